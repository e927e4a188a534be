"""Profile loading a slice of the distinct-article corpus on top of whatever the database holds.

    DATABASE_URL=postgresql://root@127.0.0.1:5432/parkdb_perf_bench python bench/profile_load.py --start 2000 --count 200

Writes articles start … start+count-1 of tools/bench_load.py's distinct corpus (the same texts
`bench/run.py` loads), loads them serially under cProfile, and prints articles/s, SQL statements
an article, sentence-key rows an article and the functions the time went to. Loading articles
0 … N-1 first (e.g. with `--start 0 --count 2000 --no-profile`) and then profiling N … N+199
shows whether the cost of an article grows with the database.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def write_slice(folder: Path, start: int, count: int) -> None:
    from tools.bench_load import DistinctCorpus, rotated

    corpus = DistinctCorpus()
    for n in range(start, start + count):
        if n % 10 == 9:
            text = rotated(corpus.story(n - 1), 3)  # another edition of the article before
        else:
            text = corpus.story(n)
        (folder / f"{n:06d}.txt").write_text(text + f"\n(编号{n:06d})\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sql", action="store_true", help="also time the SQL statements, grouped by their text")
    parser.add_argument("--stats", metavar="FILE", help="also save the profile here, for pstats or snakeviz")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    from loaders.models import SentenceKey, SourceArticle
    from loaders.pipeline import load_paths

    before = SourceArticle.objects.count()
    keys_before = SentenceKey.objects.count()
    statements = [0]

    sql_time: dict[str, list[float]] = {}

    def count_statements(execute, sql, params, many, context):
        statements[0] += 1
        if not args.sql:
            return execute(sql, params, many, context)
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            key = re.sub(r"\s+", " ", re.sub(r"\d+", "N", sql))[:110]
            entry = sql_time.setdefault(key, [0.0, 0])
            entry[0] += time.perf_counter() - started
            entry[1] += 1

    with tempfile.TemporaryDirectory() as tmp:
        write_slice(Path(tmp), args.start, args.count)
        profiler = None if args.no_profile else cProfile.Profile()
        started = time.perf_counter()
        with connection.execute_wrapper(count_statements):
            if profiler:
                profiler.enable()
            report = load_paths([Path(tmp)], workers=args.workers)
            if profiler:
                profiler.disable()
        elapsed = time.perf_counter() - started
    loaded = SourceArticle.objects.count() - before
    print(report.summary())
    print(f"{before} articles loaded before; {args.count} more in {elapsed:.1f} s: {args.count / elapsed:.2f} articles/s; "
          f"{statements[0] / max(1, args.count):.1f} statements an article; "
          f"{(SentenceKey.objects.count() - keys_before) / max(1, loaded):.0f} sentence-key rows an article")
    if args.sql:
        print("SQL statements by total time (COPY is not seen here):")
        for key, (seconds, n) in sorted(sql_time.items(), key=lambda kv: -kv[1][0])[:args.top]:
            print(f"{seconds:8.2f} s {n:6d}x  {key}")
    if profiler and args.stats:
        profiler.dump_stats(args.stats)
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
