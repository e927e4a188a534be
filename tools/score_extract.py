#!/usr/bin/env python3
"""Score loaders.extract against the hand-made gold without a database.

    python tools/score_extract.py [SEEDS_DIR] [--seeds DIR] [--gold DIR] [--show] [--json OUT] [--bench N]
    python tools/score_extract.py --seeds tests/articles --gold tests/articles   # the unseen set

Any folder of NAME.txt articles with NAME.json ground truth (gold shape) can be scored;
the gold folder may be the article folder itself.  score() returns the figures as a
dict so tests can assert thresholds.

Runs extract() over every *.txt in SEEDS_DIR, builds the rows the report_* views
would hold after a conservative resolver (parks merged by normalised name or a
same-article alias, companies by name without the legal-form suffix, projects and
funds by normalised name), links near-duplicate editions into one story (≥40% of
the shorter article's sentences found in the other), and scores them with the
functions of the shared scorer (its copy in tests/eval/score.py).
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import re
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)
# The project's own copies: the seeds, their ground truth and the scorer (tests/eval/ mirrors ../shared/eval).
SEEDS = os.path.join(ROOT, "seeds")
GOLD = os.path.join(ROOT, "tests", "eval", "gold")
SCORER = os.path.join(ROOT, "tests", "eval", "score.py")

from loaders.extract import company_key, extract, merge_key, project_key  # noqa: E402
from loaders.extract.names import leading_place, norm_key  # noqa: E402

NOT_COMPANY_KINDS = {"university", "research", "government"}



def load_scorer(path: str):
    spec = importlib.util.spec_from_file_location("gold_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Merger:
    """Rows merged by key; a row is found by any of its keys (name or alias)."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.index: dict[str, dict] = {}

    def add(self, keys: list[str], name: str, aliases: list[str], **fields) -> dict:
        row = next((self.index[k] for k in keys if k in self.index), None)
        if row is None:
            row = {"name": name, "aliases": [], **fields}
            self.rows.append(row)
        for a in aliases + [name]:
            if a != row["name"] and a not in row["aliases"]:
                row["aliases"].append(a)
        for k, v in fields.items():
            if row.get(k) is None and v is not None:
                row[k] = v
        for k in keys:
            self.index.setdefault(k, row)
        return row


def stories(texts: dict[str, str]) -> dict[str, str]:
    """stem -> story id: a later article whose sentences largely appear in an earlier one joins its story."""
    sents = {k: {norm_key(s) for s in re.split(r"[。！？\n]", t) if len(norm_key(s)) >= 12} for k, t in texts.items()}
    story: dict[str, str] = {}
    for k in sorted(texts):
        story[k] = k
        for j in sorted(texts):
            if j >= k:
                break
            a, b = sents[k], sents[j]
            if a and b and len(a & b) >= 0.4 * min(len(a), len(b)):
                story[k] = story[j]
                break
    return story


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("seeds_pos", nargs="?", default=None, metavar="SEEDS_DIR")
    ap.add_argument("--seeds", default=None, help="folder of *.txt articles (default: seeds/)")
    ap.add_argument("--gold", default=None, help="folder of NAME.json gold files (default: tests/eval/gold)")
    ap.add_argument("--scorer", default=SCORER)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", help="write the figures here as JSON")
    ap.add_argument("--bench", type=int, default=0, help="also time N passes over the seeds")
    args = ap.parse_args()
    seeds = args.seeds or args.seeds_pos or SEEDS
    gold = args.gold or GOLD
    out, lines = score(seeds, gold, scorer=args.scorer, show=args.show)
    print("\n".join(lines))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1)
    if args.bench:
        texts = read_texts(seeds)
        total_chars = sum(len(t) for t in texts.values())
        t0 = time.perf_counter()
        for _ in range(args.bench):
            for t in texts.values():
                extract(t)
        dt = time.perf_counter() - t0
        n = args.bench * len(texts)
        print(f"throughput: {n / dt:.0f} articles/s, {total_chars * args.bench / dt / 1000:.0f}k chars/s "
              f"(mean article {total_chars / len(texts):.0f} chars; {n / dt * total_chars / len(texts) / 10000:.0f} articles/s at 10k chars)")
    return 0


def read_texts(folder: str) -> dict[str, str]:
    """stem -> text of every *.txt in folder (UTF-8, BOM tolerated)."""
    return {os.path.splitext(os.path.basename(p))[0]: open(p, encoding="utf-8-sig").read()
            for p in sorted(glob.glob(os.path.join(folder, "*.txt")))}


def score(seeds_dir: str, gold_dir: str, *, scorer: str = SCORER,
          show: bool = False) -> tuple[dict, list[str]]:
    """Extract every article of seeds_dir and score against gold_dir: (figures, report lines)."""
    sc = load_scorer(scorer)
    figures: dict = {}

    class args:  # noqa: N801 - the names the body below was written against
        pass
    args.gold, args.show = gold_dir, show
    texts = read_texts(seeds_dir)
    results = {k: extract(t) for k, t in texts.items()}

    parks, companies, projects, funds = Merger(), Merger(), Merger(), Merger()
    pred_facts: list[dict] = []
    for stem, r in results.items():
        for p in r.parks:
            parks.add([merge_key(n) for n in [p.name] + p.aliases], p.name, p.aliases)
        for c in r.companies:
            companies.add([company_key(n) for n in [c.name] + c.aliases], c.name, c.aliases, kind=c.kind)
        for p in r.projects:
            inv = p.investment
            # projects are not keyed by city: 青岛虚拟现实创享中心 ~ 虚拟现实创享中心
            projects.add([project_key(n) for n in [p.name] + p.aliases], p.name, p.aliases,
                         park_name=p.park,
                         investment_cny=float(inv.value) if inv is not None and inv.unit == "cny" else None)
        for f in r.funds:
            funds.add([norm_key(f.name)], f.name, [],
                      size_cny=float(f.size.value) if f.size else None,
                      paid_in_cny=float(f.paid_in.value) if f.paid_in else None,
                      invested_cny=float(f.invested.value) if f.invested else None)
        for x in r.facts:
            pred_facts.append({"article": stem, "value": float(x.amount.value), "metric": x.metric,
                               "subject_type": x.subject_type, "subject_name": x.subject})

    groups = []
    alias_file = os.path.join(args.gold, "aliases.json")
    if os.path.exists(alias_file):
        for kind_groups in json.load(open(alias_file, encoding="utf-8")).values():
            groups += [set().union(*(sc.variants(n, "companies") | sc.variants(n, "parks") for n in g)) for g in kind_groups]
    gold = {k: sc.GoldSet(k) for k in ("parks", "companies", "projects", "funds")}
    gold_facts: dict[str, list] = {}
    for stem in texts:
        path = os.path.join(args.gold, stem + ".json")
        if not os.path.exists(path):
            continue
        doc = json.load(open(path, encoding="utf-8"))
        for kind in gold:
            for item in doc.get(kind, []):
                gold[kind].add(item, groups)
        for item in doc.get("institutions", []):
            gold["companies"].add(dict(item, optional=True), groups)
        gold_facts[stem] = [f for f in doc.get("aggregate_facts", []) if f.get("value") is not None]

    lines = []
    rows_by_kind = {"parks": parks.rows, "companies": [r for r in companies.rows if r.get("kind") not in NOT_COMPANY_KINDS],
                    "projects": projects.rows, "funds": funds.rows}
    for kind in ("parks", "companies", "projects", "funds"):
        tp, fp, fn = sc.match(gold[kind], rows_by_kind[kind], kind)
        p, r, f = sc.prf(len(tp), len(fp), len(fn))
        extra = ""
        if kind in ("projects", "funds"):
            fields = ["investment_cny"] if kind == "projects" else ["size_cny", "paid_in_cny", "invested_cny"]
            checked, right = sc.amount_accuracy(tp, fields)
            extra = f" amounts {right}/{checked}"
            if args.show:
                for row, ent in tp:
                    for fld in fields:
                        golds = {it.get(fld) for it in ent["items"] if it.get(fld) is not None}
                        if golds and not any(sc.same_amount(row.get(fld), g) for g in golds):
                            extra += f"\n    wrong {fld} {row['name']}: {row.get(fld)} vs {golds}"
        figures[kind] = {"precision": p, "recall": r, "f1": f, "tp": len(tp), "fp": len(fp), "fn": len(fn)}
        if kind in ("projects", "funds"):
            figures[kind].update(amounts_checked=checked, amounts_right=right)
        lines.append(f"{kind:9s} P={p:.2f} R={r:.2f} F1={f:.2f} (tp={len(tp)} fp={len(fp)} fn={len(fn)}){extra}")
        if args.show:
            lines += [f"    miss  {e['items'][0]['name']}" for e in fn]
            lines += [f"    extra {row['name']}" for row in fp]

    story = stories(texts)
    gold_by_story: dict[str, list] = {}
    for stem, golds in gold_facts.items():
        gold_by_story.setdefault(story[stem], []).extend(golds)
    pred_by_story: dict[str, list] = {}
    subj_by_story: dict[str, list] = {}
    lenient: dict[str, list] = {}
    for x in pred_facts:
        key = story[x["article"]]
        pred_by_story.setdefault(key, []).append(x["value"])
        subj_by_story.setdefault(key, []).append((x["value"], x["subject_name"], x))
        if x["subject_type"] in ("project", "fund"):
            lenient.setdefault(key, []).append(x["value"])

    def distinct(values):
        out = []
        for v in values:
            if not any(sc.same_amount(v, o) for o in out):
                out.append(v)
        return out

    tp = fp = fn = 0
    misses, extras = [], []
    for key in set(gold_by_story) | set(pred_by_story):
        golds = gold_by_story.get(key, [])
        required = distinct([g["value"] for g in golds if not g.get("optional")])
        optional = [g["value"] for g in golds if g.get("optional")]
        preds = distinct(pred_by_story.get(key, []))
        matched = [r for r in required if any(sc.same_amount(p, r) for p in preds)]
        tp += len(matched)
        fn += len(required) - len(matched)
        misses += [(key, g) for g in golds if not g.get("optional") and g["value"] in required and g["value"] not in matched]
        for p in preds:
            if not any(sc.same_amount(p, g) for g in required + optional) and not any(sc.same_amount(p, v) for v in lenient.get(key, [])):
                fp += 1
                extras += [(key, x) for v, _, x in subj_by_story.get(key, []) if v == p][:1]
    p, r, f = sc.prf(tp, fp, fn)

    def same_subject(a, b):
        ka, kb = sc.variants(a, "parks"), sc.variants(b, "parks")
        return bool(ka & kb) or any(x in y or y in x for x in ka for y in kb if min(len(x), len(y)) >= 3)

    strict_tp = 0
    strict_miss = []
    for key, golds in gold_by_story.items():
        seen = []
        for g in [g for g in golds if not g.get("optional")]:
            if any(sc.same_amount(v, g["value"]) and same_subject(subj, g["subject"]) for v, subj, _ in subj_by_story.get(key, [])):
                if not any(sc.same_amount(g["value"], o) for o in seen):
                    seen.append(g["value"])
            elif any(sc.same_amount(v, g["value"]) for v, _, _ in subj_by_story.get(key, [])):
                strict_miss.append((key, g))
        strict_tp += len(seen)
    strict = strict_tp / (tp + fn) if tp + fn else 0.0
    lines.append(f"facts     P={p:.2f} R={r:.2f} F1={f:.2f} (tp={tp} fp={fp} fn={fn}) recall with the right subject {strict:.2f}")
    if args.show:
        lines += [f"    miss  [{k}] {g['subject']} {g['metric']} {g['value']}  «{g['evidence'][:40]}»" for k, g in misses]
        lines += [f"    extra [{k}] {x['subject_name']} {x['metric']} {x['value']}" for k, x in extras]
        lines += [f"    subj? [{k}] gold {g['subject']} {g['metric']} {g['value']}" for k, g in strict_miss]
    figures["facts"] = {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn, "strict_recall": strict}
    return figures, lines


if __name__ == "__main__":
    sys.exit(main())
