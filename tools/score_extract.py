#!/usr/bin/env python3
"""Score extraction as analysts will see it: load a folder of articles into a throwaway database with the
real loader, then run the shared scorer on the report views.

    python tools/score_extract.py --show                                   # seeds/ against tests/eval/gold
    python tools/score_extract.py --seeds tests/eval/dev --show            # the 18 real articles of the dev set
    python tools/score_extract.py --seeds DIR [--gold DIR] [--json OUT]

The database is created next to the one DATABASE_URL names (or on the embedded server), migrated, loaded
through loaders.pipeline.load_paths (what `manage.py load_seeds` runs) and dropped at the end. The
scorer is tests/eval/score.py, a verbatim copy of ../shared/eval/score.py; its report is printed as it
writes it. The ground truth defaults to tests/eval/gold for the seeds and to the article folder itself
(NAME.json beside NAME.txt) for any other folder. The quality tests score through the same functions
(tests/scoring.py).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
SEEDS = ROOT / "seeds"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=Path, default=SEEDS, help="folder of *.txt articles (default: seeds/)")
    ap.add_argument("--gold", type=Path, default=None,
                    help="folder of NAME.json ground truth (default: tests/eval/gold for seeds/, else --seeds)")
    ap.add_argument("--show", action="store_true", help="list every miss, extra and wrong link")
    ap.add_argument("--json", type=Path, help="also write the figures here as JSON")
    args = ap.parse_args()
    if not args.seeds.is_dir():
        ap.error(f"--seeds {args.seeds}: not a folder")

    import django

    django.setup()
    from django.db import connection

    from tests.scoring import SEEDS_GOLD, load_articles, score_views

    gold = args.gold or (SEEDS_GOLD if args.seeds.resolve() == SEEDS else args.seeds)
    # Django's test-database machinery creates, migrates and drops it; the name is this process's own.
    connection.settings_dict.setdefault("TEST", {})["NAME"] = f"{connection.settings_dict['NAME']}_score_{os.getpid()}"
    original = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        load_articles(args.seeds)
        _, printed = score_views(gold, show=args.show, json_out=args.json)
    finally:
        connection.creation.destroy_test_db(original, verbosity=0)
    print(printed, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
