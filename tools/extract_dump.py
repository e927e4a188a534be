#!/usr/bin/env python3
"""Write every record extraction finds in a set of articles, one line each, so that two versions of the rules
can be compared with diff: every record a change adds, drops or alters, on every article, not only the
figures the scorer sums up.

    python tools/extract_dump.py /tmp/before.tsv                 # seeds/, the dev set, tests/eval/real*, tests/articles*
    git stash; python tools/extract_dump.py /tmp/before.tsv; git stash pop
    python tools/extract_dump.py /tmp/after.tsv && diff /tmp/before.tsv /tmp/after.tsv
    python tools/extract_dump.py OUT --exclude 'real3[4-9]/'     # keep a set nobody has studied yet out of sight
    python tools/extract_dump.py OUT tests/eval/real33           # only these folders or files

Each line is `file<TAB>record`, records in the order extract() returns them, files in name order. No
database is touched: this runs extract() on each file as read by the loader (loaders.read.read_article).
"""
from __future__ import annotations

import argparse
import re
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_FOLDERS = ("seeds", "../shared/eval/dev", "tests/eval/real*", "tests/articles*")


def records(path: str) -> tuple[str, list[str]]:
    """The lines of one article: every record extract() finds, or why the file was not read."""
    from loaders.extract import extract
    from loaders.read import RefusedFile, read_article

    try:
        text = read_article(Path(path)).text
    except RefusedFile as error:
        return path, [f"REFUSED {error.reason}"]
    x = extract(text)
    out = [f"PARK {p.name} {p.kind} {p.city} {p.district} {p.parent} {p.aliases}" for p in x.parks]
    out += [f"GROUP {g.name} {g.members}" for g in x.park_groups]
    out += [f"COMP {c.name} {c.kind} @{c.park} {c.aliases}" for c in x.companies]
    for p in x.projects:
        amount = f"{p.investment.text} {p.investment.qualifier}" if p.investment else "None"
        out.append(f"PROJ {p.name} @{p.park} {p.status} {amount} {p.companies} {p.phase} {p.aliases}")
    out += [f"FUND {f.name} @{f.park} {f.size.text if f.size else None}" for f in x.funds]
    out += [f"FACT {f.subject} {f.subject_type} {f.metric} {f.amount.value} {f.amount.unit} {f.amount.qualifier} "
            f"{f.as_of_text}" for f in x.facts]
    return path, out


def article_files(folders: list[str], exclude: str | None) -> list[str]:
    files: set[Path] = set()
    for pattern in folders:
        base = Path(pattern) if Path(pattern).is_absolute() else ROOT / pattern
        matches = sorted(base.parent.glob(base.name)) if any(c in pattern for c in "*?[") else [base]
        for m in matches:
            if m.is_file():
                files.add(m)
            elif m.is_dir():
                files.update(f for f in m.rglob("*.txt") if not any(part.startswith("_") for part in f.relative_to(m).parts))
                # (an eval set's _raw/ and _build/ hold pages as found and scripts, not articles)
    names = sorted(str(f.relative_to(ROOT) if f.is_relative_to(ROOT) else f) for f in files)
    return [n for n in names if not (exclude and re.search(exclude, n))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="file to write")
    ap.add_argument("folders", nargs="*", default=list(DEFAULT_FOLDERS),
                    help="folders (searched for *.txt), files or glob patterns; default: %(default)s")
    ap.add_argument("--exclude", help="regular expression: leave out files whose path matches")
    ap.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    args = ap.parse_args()
    files = article_files(args.folders, args.exclude)
    if not files:
        ap.error("no article files found")
    partial = args.out.with_name(args.out.name + ".partial")  # (a run that fails leaves no dump that looks whole)
    with Pool(args.workers) as pool, partial.open("w", encoding="utf-8") as out:
        for path, lines in pool.imap(records, files, chunksize=4):
            for line in lines:
                out.write(f"{path}\t{line}\n")
    partial.replace(args.out)
    print(f"{len(files)} files -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
