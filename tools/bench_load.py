"""Benchmark load_seeds: make N articles from the seeds and load them into an empty database.

    DATABASE_URL=postgresql://root@127.0.0.1:5432/parkdb_bench python tools/bench_load.py 1000
    DATABASE_URL=... python tools/bench_load.py 1000 --corpus both [--workers 2] [--profile]

Two corpora:

- rotated (the default): each article is a seed with its paragraphs rotated and a numbered line
  added. Every text is distinct (no 'unchanged' short cut), but every article is an edition of an
  earlier one and repeats its records and facts: the pathological case, all lookups and no inserts.
- distinct: each article is a seed made into a different story: its park, company, project and
  fund names get generated cores, every figure (but dates) is changed, the characters the
  extraction rules never look at are replaced by a per-article cipher, and generated sentences are
  interleaved (so an article is ~9k characters, and two articles from one seed share under 40% of
  their sentences). Most records, facts and sentence keys are new, as in a real corpus of different
  articles. Every tenth article is another edition of the one before it (paragraphs rotated), so
  edition linking still happens at a realistic rate.

`both` runs each corpus in its own process against the same database (emptied in between) and
prints one table. The database is flushed before each run: point DATABASE_URL at a scratch one.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

_HAN = re.compile(r"[\u4e00-\u9fff]")
# A figure, but not a date's year, month or day (changing those only makes bad dates).
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?![\d.]*[年月日号])")


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def rotated(text: str, shift: int) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    shift %= max(1, len(paragraphs))
    return "\n".join(paragraphs[shift:] + paragraphs[:shift])


def make_corpus(folder: Path, count: int) -> int:
    seeds = seed_texts()
    chars = 0
    for n in range(count):
        text = rotated(seeds[n % len(seeds)], n // len(seeds)) + f"\n(编号{n:06d})\n"
        (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


class DistinctCorpus:
    """Different stories made from the seeds; see the module docstring."""

    def __init__(self) -> None:
        from loaders.extract import extract
        from loaders.read import _is_common_han

        self.seeds = seed_texts()
        source = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "loaders" / "extract").glob("*.py"))
        # Characters the rules mention (suffixes, verbs, places, units) stay; the rest may change.
        self.protected = set(_HAN.findall(source))
        self.pool = [chr(c) for c in range(0x4E00, 0xA000)
                     if chr(c) not in self.protected and _is_common_han(chr(c))]
        self.names = []
        for text in self.seeds:
            found = extract(text)
            names = {n for group in (found.parks, found.companies, found.projects, found.funds) for m in group
                     for n in [m.name, *getattr(m, "aliases", [])] if len(n) >= 2}
            self.names.append(re.compile("|".join(map(re.escape, sorted(names, key=lambda n: (-len(n), n))))))

    def story(self, n: int) -> str:
        rng = random.Random(n)
        seed = n % len(self.seeds)
        tokens: dict[str, str] = {}

        def rename(match: re.Match) -> str:
            name = match.group(0)  # a generated core for the first two characters, one per article
            core = tokens.setdefault(name[:2], "".join(rng.choice(self.pool) for _ in range(2)))
            return core + name[2:]

        def refigure(match: re.Match) -> str:
            return "".join(str(rng.randint(1 if i == 0 else 0, 9)) if c.isdigit() else c
                           for i, c in enumerate(match.group(0)))

        text = self.names[seed].sub(rename, self.seeds[seed])
        text = _FIGURE.sub(refigure, text)
        free = sorted(set(_HAN.findall(text)) - self.protected)
        cipher = dict(zip(free, rng.sample(self.pool, len(free))))
        text = "".join(cipher.get(c, c) for c in text)
        out = []
        for paragraph in (p for p in text.split("\n") if p.strip()):
            out.append(paragraph)
            out.append("".join("".join(rng.choice(self.pool) for _ in range(rng.randint(12, 30))) + "。"
                               for _ in range(max(1, len(paragraph) // 40))))
        return "\n".join(out)

    def write(self, folder: Path, count: int) -> int:
        chars = 0
        previous = ""
        for n in range(count):
            if n % 10 == 9 and previous:
                text = rotated(previous, 3)  # another edition of the article before
            else:
                text = previous = self.story(n)
            text += f"\n(编号{n:06d})\n"
            (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")
            chars += len(text)
        return chars


def run_one(corpus: str, count: int, *, profile: bool, workers: int | None) -> dict:
    import django

    django.setup()
    from django.core.management import call_command

    from loaders.models import SourceArticle
    from loaders.pipeline import load_paths

    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    with tempfile.TemporaryDirectory() as tmp:
        chars = (DistinctCorpus().write if corpus == "distinct" else lambda f, c: make_corpus(f, c))(Path(tmp), count)
        profiler = cProfile.Profile() if profile else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        report = load_paths([Path(tmp)], workers=workers)
        if profiler:
            profiler.disable()
        elapsed = time.perf_counter() - started
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"corpus": corpus, "articles": count, "chars": chars, "seconds": round(elapsed, 2),
            "per_second": round(count / elapsed, 1), "peak_mb": round(peak_mb), "worker_peak_mb": round(worker_mb),
            "editions": SourceArticle.objects.filter(duplicate_of__isnull=False).count(), "summary": report.summary()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int, nargs="?", default=500)
    parser.add_argument("--corpus", choices=["rotated", "distinct", "both"], default="rotated")
    parser.add_argument("--distinct", action="store_const", const="distinct", dest="corpus",
                        help="same as --corpus distinct")
    parser.add_argument("--workers", type=int, default=None, help="extraction processes (default: LOAD_WORKERS)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the load (main process)")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # one run, for `both`
    args = parser.parse_args()
    if args.corpus == "both":
        rows = []
        for corpus in ("rotated", "distinct"):
            command = [sys.executable, __file__, str(args.count), "--corpus", corpus, "--json"]
            if args.workers is not None:
                command += ["--workers", str(args.workers)]
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            rows.append(json.loads(out.strip().splitlines()[-1]))
        print("| corpus | articles | chars | s | articles/s | editions | peak MB (main / workers) |")
        print("|---|---|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['corpus']} | {r['articles']} | {r['chars']} | {r['seconds']} | {r['per_second']} | "
                  f"{r['editions']} | {r['peak_mb']} / {r['worker_peak_mb']} |")
        for r in rows:
            print(f"{r['corpus']}: {r['summary']}")
        return
    result = run_one(args.corpus, args.count, profile=args.profile, workers=args.workers)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(result["summary"])
    print(f"{result['corpus']}: {result['articles']} articles, {result['chars']} chars in {result['seconds']} s: "
          f"{result['per_second']} articles/s, {result['chars'] / result['seconds'] / 1000:.0f}k chars/s; "
          f"{result['editions']} editions; peak memory {result['peak_mb']} MB (workers {result['worker_peak_mb']} MB)")


if __name__ == "__main__":
    main()
