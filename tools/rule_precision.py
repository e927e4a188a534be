#!/usr/bin/env python3
"""Measure each extraction rule's precision: of the records a rule produced, the share the ground truth holds.

    python tools/rule_precision.py            # seeds/, the dev set and tests/eval/real2 … real457, together

Loads each set with the real loader into a throwaway database (as tools/score_extract.py does), matches
every record to the ground truth with the shared scorer's own matching (tests/eval/score.py), and counts
per rule (the record's extraction_rules). A fact is right when its value and its subject are (the
scorer's strict reading). Records matching an optional ground-truth item count for nothing, as in the
scorer. Copy the figures into loaders/extract/records/confidence.py, which turns them into confidences.
"""
from __future__ import annotations

import glob
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

# The other real, published articles with ground truth (development sets once studied).
REAL = [ROOT / "tests" / "eval" / name
        for name in ("real2", "real3", "real4", "real5", "real6", "real7", "real8", "real9", "real10", "real11",
                     "real12", "real13", "real14", "real15", "real16", "real17", "real18", "real19", "real20", "real21", "real22", "real23",
                     "real24", "real25", "real26", "real27", "real28", "real29", "real30", "real31", "real32", "real33",
                     "real34", "real35", "real36", "real37", "real38", "real39", "real40", "real41", "real42", "real43",
                     "real44", "real45", "real46", "real47", "real48", "real49", "real50", "real51", "real52", "real53", "real54", "real55", "real56", "real57", "real58", "real59", "real60", "real61", "real62", "real63", "real64", "real65", "real66", "real67", "real68", "real69", "real70", "real71", "real72", "real73", "real74", "real75", "real76", "real77", "real78", "real79", "real80", "real81", "real82", "real83", "real84", "real85", "real86", "real87", "real88", "real89", "real90", "real91", "real92", "real93", "real94", "real95", "real96", "real97", "real98", "real99", "real100", "real101", "real102", "real103", "real104", "real105", "real106", "real107", "real108", "real109", "real110", "real111", "real112", "real113", "real114", "real115", "real116", "real117", "real118", "real119", "real120", "real121", "real122", "real123", "real124", "real125", "real126", "real127", "real128", "real129", "real130", "real131", "real132", "real133", "real134", "real135", "real136", "real137", "real138", "real139", "real140", "real141", "real142", "real143", "real144", "real145", "real146", "real147", "real148", "real149", "real150", "real151", "real152", "real153", "real154", "real155", "real156", "real157", "real158", "real159", "real160", "real161", "real162", "real163", "real164", "real165", "real166", "real167", "real168", "real169", "real170", "real171", "real172", "real173", "real174", "real175", "real176", "real177", "real178", "real179", "real180", "real181", "real182", "real183", "real184", "real185", "real186", "real187", "real188", "real189", "real190", "real191", "real192", "real193", "real194", "real195", "real196", "real197", "real198", "real199", "real200", "real201", "real202", "real203", "real204", "real205", "real206", "real207", "real208", "real209", "real210", "real211", "real212", "real213", "real214", "real215", "real216", "real217", "real218", "real219", "real220", "real221", "real222", "real223", "real224", "real225", "real226", "real227", "real228", "real229", "real230", "real231", "real232", "real233", "real234", "real235", "real236", "real237", "real238", "real239", "real240", "real241", "real242", "real243", "real244", "real245", "real246", "real247", "real248", "real249", "real250", "real251", "real252", "real253", "real255", "real256", "real257", "real258", "real259", "real260", "real261", "real262", "real263", "real264", "real265", "real266", "real267", "real268", "real269", "real270", "real271", "real272", "real273", "real274", "real275", "real276", "real277", "real278", "real279", "real280", "real281", "real282", "real283", "real284", "real285", "real286", "real287", "real288", "real289", "real290", "real291", "real292", "real293", "real294", "real295", "real296", "real297", "real298", "real299", "real300", "real301", "real302", "real303", "real304", "real305", "real306", "real307", "real308", "real309", "real310", "real311", "real312", "real313", "real314", "real315", "real316", "real317", "real318", "real319", "real320", "real321", "real322", "real323", "real324", "real325", "real326", "real327", "real328", "real329", "real330", "real331", "real332", "real333", "real334", "real335", "real336", "real337", "real338", "real339", "real340", "real341", "real342", "real343", "real344", "real345", "real346", "real347", "real348", "real349", "real350", "real351", "real352", "real353", "real354", "real355", "real356", "real357", "real358", "real359", "real360", "real361", "real362", "real363", "real364", "real365", "real366", "real367", "real368", "real369", "real370", "real371", "real372", "real373", "real374", "real375", "real376", "real377", "real378", "real379", "real380", "real381", "real382", "real383", "real384", "real385", "real386", "real387", "real388", "real389", "real390", "real391", "real392", "real393", "real394", "real395", "real396", "real397", "real398", "real399", "real400", "real401", "real402", "real403", "real404", "real405", "real406", "real407", "real408", "real409", "real410", "real411", "real412", "real413", "real414", "real415", "real416", "real417", "real418", "real419", "real420", "real421", "real422", "real423", "real424", "real425", "real426", "real427", "real428", "real429", "real430", "real431", "real432", "real433", "real434", "real435", "real437", "real438", "real439", "real440", "real441", "real442", "real443", "real444", "real445", "real446", "real447", "real448", "real449", "real450", "real451", "real452", "real453", "real454", "real455", "real456", "real457")]

ROWS = {
    "parks": "select r.name, r.aliases, t.extraction_rules from report_parks r join parks_park t on t.id = r.park_id",
    "companies": "select r.name, r.aliases, r.kind, t.extraction_rules from report_companies r "
                 "join parks_company t on t.id = r.company_id",
    "projects": "select r.name, r.aliases, t.extraction_rules from report_projects r "
                "join projects_project t on t.id = r.project_id",
    "funds": "select r.name, r.aliases, t.extraction_rules from report_funds r join projects_fund t on t.id = r.fund_id",
    "facts": "select r.value::float8 as value, r.subject_name, r.article_file, t.extraction_rules from report_facts r "
             "join projects_fact t on t.id = r.fact_id",
}


def _gold(scorer, gold_dir: Path):
    groups = []
    alias_file = gold_dir / "aliases.json"
    if alias_file.exists():
        for kind_groups in json.loads(alias_file.read_text(encoding="utf-8")).values():
            groups += [set().union(*(scorer.variants(n, "companies") | scorer.variants(n, "parks") for n in g))
                       for g in kind_groups]
    gold = {k: scorer.GoldSet(k) for k in ("parks", "companies", "projects", "funds")}
    facts = {}
    for path in sorted(glob.glob(str(gold_dir / "*.json"))):
        if path.endswith("aliases.json"):
            continue
        doc = json.load(open(path, encoding="utf-8"))
        for kind in gold:
            for item in doc.get(kind, []):
                gold[kind].add(item, groups)
        for item in doc.get("institutions", []):
            gold["companies"].add(dict(item, optional=True), groups)
        facts[Path(path).stem] = [f for f in doc.get("aggregate_facts", []) if f.get("value") is not None]
    return gold, facts


def measure(scorer, rows: dict[str, list[dict]], gold_dir: Path, tally: dict) -> None:
    gold, gold_facts = _gold(scorer, gold_dir)
    for kind in ("parks", "companies", "projects", "funds"):
        kind_rows = rows[kind]
        if kind == "companies":
            kind_rows = [r for r in kind_rows if r.get("kind") not in scorer.NOT_COMPANY_KINDS]
        tp, fp, _ = scorer.match(gold[kind], kind_rows, kind)
        for row, _ent in tp:
            for rule in row["extraction_rules"] or ["(none)"]:
                tally[rule][0] += 1
        for row in fp:
            for rule in row["extraction_rules"] or ["(none)"]:
                tally[rule][1] += 1
    for row in rows["facts"]:
        golds = gold_facts.get(Path(row["article_file"] or "").stem, [])
        right = any(scorer.same_amount(row["value"], g["value"]) and _same_subject(scorer, row["subject_name"], g["subject"])
                    for g in golds)
        optional_only = not right and any(scorer.same_amount(row["value"], g["value"]) and g.get("optional") for g in golds)
        if optional_only:
            continue
        for rule in row["extraction_rules"] or ["(none)"]:
            tally[rule][0 if right else 1] += 1


def _same_subject(scorer, a: str, b: str) -> bool:
    ka, kb = scorer.variants(a or "", "parks"), scorer.variants(b or "", "parks")
    return bool(ka & kb) or any(x in y or y in x for x in ka for y in kb if min(len(x), len(y)) >= 3)


def main() -> int:
    import django

    django.setup()
    from django.db import connection, transaction

    from tests.scoring import DEV, SEEDS_GOLD, load_articles, scorer

    connection.settings_dict.setdefault("TEST", {})["NAME"] = f"{connection.settings_dict['NAME']}_rules_{os.getpid()}"
    original = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    try:
        sets = [(ROOT / "seeds", SEEDS_GOLD), (DEV, DEV)] + [(d, d) for d in REAL]
        for articles, gold_dir in sets:
            with transaction.atomic():
                load_articles(articles)
                rows = {}
                with connection.cursor() as cursor:
                    for kind, sql in ROWS.items():
                        cursor.execute(sql)
                        names = [c.name for c in cursor.description]
                        rows[kind] = [dict(zip(names, r)) for r in cursor.fetchall()]
                measure(scorer, rows, gold_dir, tally)
                transaction.set_rollback(True)
    finally:
        connection.creation.destroy_test_db(original, verbosity=0)
    print(f"{'rule':28s} {'right':>6s} {'wrong':>6s} {'precision':>9s}")
    for rule, (right, wrong) in sorted(tally.items()):
        print(f"{rule:28s} {right:6d} {wrong:6d} {right / (right + wrong):9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
