"""Benchmark load_seeds: make N distinct articles from the seeds and load them into an empty database.

    DATABASE_URL=postgresql://root@127.0.0.1:5432/parkdb_bench python tools/bench_load.py 1000

Each generated article is a seed with its paragraphs rotated and a numbered line added, so every
text is distinct (no 'unchanged' short cut) while names and figures repeat the way a real corpus
repeats them. Prints articles/s, the load report, and peak memory.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def make_corpus(folder: Path, count: int) -> int:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    chars = 0
    for n in range(count):
        paragraphs = [p for p in seeds[n % len(seeds)].split("\n") if p.strip()]
        shift = (n // len(seeds)) % max(1, len(paragraphs))
        text = "\n".join(paragraphs[shift:] + paragraphs[:shift]) + f"\n(编号{n:06d})\n"
        (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int, nargs="?", default=500)
    args = parser.parse_args()
    import django

    django.setup()
    from django.core.management import call_command

    from loaders.pipeline import load_paths

    call_command("migrate", verbosity=0)
    with tempfile.TemporaryDirectory() as tmp:
        chars = make_corpus(Path(tmp), args.count)
        started = time.perf_counter()
        report = load_paths([Path(tmp)])
        elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(report.summary())
    print(f"{args.count} articles, {chars} chars in {elapsed:.1f} s: {args.count / elapsed:.1f} articles/s, "
          f"{chars / elapsed / 1000:.0f}k chars/s; peak memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
