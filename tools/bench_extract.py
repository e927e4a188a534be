#!/usr/bin/env python3
"""Time loaders.extract.extract() on the seeds, the unseen set and 10k-character articles.

    python tools/bench_extract.py [--seeds DIR] [--articles DIR] [--rounds N] [--profile]

Prints articles/s and chars/s per set.  The loader budget is 10,000 articles of
~10k characters in 60 s on 2 cores, so extraction alone should reach about
150 articles/s per core on the "10k" line.  The 10k articles are the seeds and
the unseen articles joined paragraph by paragraph until each is ~10,000 chars.
"""
from __future__ import annotations

import argparse
import cProfile
import glob
import os
import pstats
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from loaders.extract import extract  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def read_folder(folder: str) -> list[str]:
    return [open(p, encoding="utf-8-sig").read() for p in sorted(glob.glob(os.path.join(folder, "*.txt")))]


def ten_k_articles(texts: list[str], size: int = 10_000) -> list[str]:
    """Articles of about `size` characters built from whole paragraphs of the given texts."""
    paras = [p for t in texts for p in t.split("\n") if p.strip()]
    out, cur, k = [], [], 0
    for _ in range(2):
        for p in paras[k:] + paras[:k]:
            cur.append(p)
            if sum(len(x) + 1 for x in cur) >= size:
                out.append("\n".join(cur))
                cur = []
        k += 7  # a second pass with a shifted start gives different mixes
    return out


def bench(name: str, texts: list[str], rounds: int) -> float:
    extract(texts[0])  # warm the regex caches
    chars = sum(len(t) for t in texts)
    t0 = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            extract(t)
    dt = time.perf_counter() - t0
    n = rounds * len(texts)
    rate = n / dt
    print(f"{name:8s} {len(texts):3d} articles x {rounds}: {rate:7.1f} articles/s  {chars * rounds / dt / 1000:7.0f}k chars/s"
          f"  (mean {chars / len(texts):.0f} chars)")
    return rate


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seeds"))
    ap.add_argument("--articles", default=os.path.join(HERE, "..", "tests", "articles"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="cProfile the 10k set and print the top functions")
    args = ap.parse_args()
    seeds, unseen = read_folder(args.seeds), read_folder(args.articles)
    big = ten_k_articles(seeds + unseen)
    bench("seeds", seeds, args.rounds)
    if unseen:
        bench("unseen", unseen, args.rounds)
    bench("10k", big, args.rounds)
    if args.profile:
        pr = cProfile.Profile()
        pr.enable()
        for t in big:
            extract(t)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
