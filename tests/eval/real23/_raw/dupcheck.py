#!/usr/bin/env python3
"""15-character-window check of real23's texts against every earlier set's texts, the dev set,
the seeds and earlier SOURCES.md / notes (a hit = a 15-char window of ours found verbatim there)."""
import glob, os, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
others = [f for f in glob.glob('/work/main/tests/eval/*/*.txt') + glob.glob('/work/shared/eval/dev/*.txt')
          + glob.glob('/work/shared/seeds/*.txt') + glob.glob('/work/shared/seeds/*/*.txt') + glob.glob('/work/shared/eval/gold/*.txt')
          + glob.glob('/work/main/tests/eval/*/SOURCES.md') + glob.glob('/work/main/tests/eval/*/_raw/*.md')
          if '/real23/' not in f]
big = re.sub(r"\s+", "", "\n".join(open(f, encoding="utf-8", errors="replace").read() for f in others))
print("files checked:", len(others))
for f in sorted(glob.glob(os.path.join(D, 'n*.txt'))):
    t = open(f, encoding='utf-8').read()
    body = re.sub(r'\s+', '', t)
    wins = [body[i:i+15] for i in range(0, max(1, len(body)-15), 10)]
    hits = [w for w in wins if w in big]
    print(os.path.basename(f), "windows:", len(wins), "hits:", len(hits), hits[:3])
