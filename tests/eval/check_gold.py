#!/usr/bin/env python3
"""Validate the ground truth of a folder of real articles (tests/eval/real2, tests/eval/real3):
JSON parses, schema keys present, every evidence / investment_text string is a verbatim substring
of its NAME.txt, and investment_text amounts agree with investment_cny (万亿元=1e12, 亿元=1e8, 万元=1e4).

    python3 tests/eval/check_gold.py tests/eval/real3
"""
import json, re, sys, glob, os
if len(sys.argv) != 2:
    sys.exit("usage: check_gold.py FOLDER")
D = os.path.abspath(sys.argv[1])
KEYS = {"institutions": ["name", "evidence"], "parks": ["name", "aliases", "city", "evidence"],
        "companies": ["name", "evidence"],
        "projects": ["name", "park", "investment_cny", "investment_text", "qualifier", "evidence"],
        "funds": ["name", "size_cny", "evidence"],
        "aggregate_facts": ["subject", "metric", "value", "qualifier", "evidence"]}
QUALS = {None, "约", "超", "余"}

def amount(text):
    text = (text or "").replace("億", "亿").replace("萬", "万")  # (traditional script: 7億元)
    m = re.search(r'([0-9]+(?:\.[0-9]+)?)\s*(万亿|亿|万)元', text or "")
    if not m:
        m2 = re.search(r'(十|百|千)(万亿|亿|万)元', text or "")
        if m2:
            return {"十": 10, "百": 100, "千": 1000}[m2.group(1)] * {"万亿": 1e12, "亿": 1e8, "万": 1e4}[m2.group(2)]
        return None
    return float(m.group(1)) * {"万亿": 1e12, "亿": 1e8, "万": 1e4}[m.group(2)]

STATUSES = {None, "签约", "开工", "在建", "投产", "竣工", "planned"}
KINDS = {"reported", "target", "cumulative", "ratio"}
errors, warns, summary = [], [], []
for jp in sorted(p for p in glob.glob(os.path.join(D, "*.json"))
                 if re.fullmatch(r"[a-z]{1,2}[0-9][0-9]\.json", os.path.basename(p))):  # h19.json, za01.json …
    nid = os.path.basename(jp)[:-5]
    tp = os.path.join(D, nid + ".txt")
    txt = open(tp, encoding="utf-8").read()
    try:
        ann = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        errors.append(f"{nid}: JSON parse error {e}"); continue
    counts = {}
    for sec, keys in KEYS.items():
        items = ann.get(sec)
        if not isinstance(items, list):
            errors.append(f"{nid}: missing list '{sec}'"); continue
        counts[sec] = (sum(1 for x in items if not x.get("optional")), sum(1 for x in items if x.get("optional")))
        for i, it in enumerate(items):
            for k in keys:
                if k not in it:
                    errors.append(f"{nid}.{sec}[{i}]: missing key {k}")
            ev = it.get("evidence")
            if not ev or ev not in txt:
                errors.append(f"{nid}.{sec}[{i}] evidence not verbatim: {ev!r}")
            if "qualifier" in it and it["qualifier"] not in QUALS:
                errors.append(f"{nid}.{sec}[{i}] bad qualifier {it['qualifier']!r}")
            nm = it.get("name") or it.get("subject")
            if sec in ("parks", "companies", "funds") and nm not in txt:
                warns.append(f"{nid}.{sec}[{i}] name not verbatim in text: {nm}")
            if sec == "projects":
                for sk in ("status", "status_alt"):
                    if sk in it and it[sk] not in STATUSES:
                        errors.append(f"{nid}.projects[{i}] bad {sk} {it[sk]!r}")
                if "park" not in it:
                    errors.append(f"{nid}.projects[{i}] missing park")
            if sec in ("funds", "companies") and "park" not in it:
                errors.append(f"{nid}.{sec}[{i}] missing park")
            if sec == "aggregate_facts":
                if it.get("kind") not in KINDS:
                    errors.append(f"{nid}.aggregate_facts[{i}] bad kind {it.get('kind')!r}")
                if "as_of" not in it:
                    errors.append(f"{nid}.aggregate_facts[{i}] missing as_of")
            if sec == "projects":
                it_t = it.get("investment_text")
                if it_t is not None:
                    if it_t not in txt:
                        errors.append(f"{nid}.projects[{i}] investment_text not in text: {it_t!r}")
                    if it_t not in ev:
                        warns.append(f"{nid}.projects[{i}] investment_text not inside evidence")
                    a = amount(it_t)
                    if a is not None and it.get("investment_cny") is not None and abs(a - it["investment_cny"]) > 1e-6 * a:
                        errors.append(f"{nid}.projects[{i}] amount mismatch {it_t} vs {it['investment_cny']}")
                    if a is None and it.get("investment_cny") is not None:
                        errors.append(f"{nid}.projects[{i}] cny given but text has no 亿元/万元")
                alt = it.get("alt_investment")
                if alt and alt["investment_text"] not in txt:
                    errors.append(f"{nid}.projects[{i}] alt investment_text not in text")
                for al in it.get("aliases", []) or []:
                    if al not in txt:
                        warns.append(f"{nid}.projects[{i}] alias not in text: {al}")
            if sec == "parks":
                for al in it.get("aliases", []):
                    if al not in txt:
                        errors.append(f"{nid}.parks[{i}] alias not in text: {al}")
            if sec == "funds" and it.get("size_cny") is not None:
                a = amount(ev)
                if a is not None and abs(a - it["size_cny"]) > 1e-6 * a:
                    errors.append(f"{nid}.funds[{i}] size mismatch vs evidence")
            if sec == "aggregate_facts" and it["metric"].endswith("_cny"):
                a = amount(ev)
                if a is None or abs(a - it["value"]) > 1e-6 * a:
                    errors.append(f"{nid}.aggregate_facts[{i}] value {it['value']} not matching evidence amount {a}")
    def walk(o, path):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "evidence" and isinstance(v, str) and v not in txt:
                    errors.append(f"{nid}{path}.evidence not verbatim: {v!r}")
                walk(v, f"{path}.{k}")
        elif isinstance(o, list):
            for j, v in enumerate(o):
                walk(v, f"{path}[{j}]")
    walk(ann, "")
    summary.append((nid, len(txt), counts))

for nid, n, c in summary:
    print(nid, f"{n} chars", " ".join(f"{k}={v[0]}+{v[1]}opt" for k, v in c.items()))
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
