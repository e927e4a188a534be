"""Helpers for writing the real7 ground truth (copied from real6); every evidence string and park link is checked against the text."""
import json, os

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def park(name, evidence, city=None, province=None, kind=None, aliases=(), district=None, parent=None, optional=False, note=None):
    r = {"name": name, "aliases": list(aliases), "city": city, "district": district, "province": province,
         "kind": kind, "parent_park": parent, "evidence": evidence, "optional": optional}
    if note:
        r["note"] = note
    return r


def company(name, evidence, park=None, aliases=(), kind="enterprise", optional=False, note=None):
    r = {"name": name, "aliases": list(aliases), "kind": kind, "park": park, "evidence": evidence, "optional": optional}
    if note:
        r["note"] = note
    return r


def inst(name, evidence, kind="government", aliases=(), park=None, optional=True, note=None):
    r = {"name": name, "aliases": list(aliases), "kind": kind, "park": park, "evidence": evidence, "optional": optional}
    if note:
        r["note"] = note
    return r


def project(name, evidence, park=None, companies=(), inv=None, inv_text=None, qualifier=None, phase=None,
            status=None, status_text=None, aliases=(), optional=False, status_alt=None, note=None):
    r = {"name": name, "aliases": list(aliases), "park": park, "companies": list(companies), "investment_cny": inv,
         "investment_text": inv_text, "qualifier": qualifier, "phase": phase, "status": status,
         "status_text": status_text, "evidence": evidence, "optional": optional}
    if status_alt:
        r["status_alt"] = status_alt
    if note:
        r["note"] = note
    return r


def fund(name, evidence, park=None, size=None, size_type=None, aliases=(), paid_in=None, invested=None,
         qualifier=None, optional=False, note=None):
    r = {"name": name, "aliases": list(aliases), "park": park, "size_cny": size, "size_type": size_type,
         "paid_in_cny": paid_in, "invested_cny": invested, "qualifier": qualifier, "evidence": evidence,
         "optional": optional}
    if note:
        r["note"] = note
    return r


UNITS = {"_cny": "cny", "_usd": "usd", "_mu": "mu", "_m2": "m2", "_km2": "km2", "_growth": "ratio"}


def fact(subject, subject_type, metric, value, evidence, unit=None, qualifier=None, qualifier_text=None,
         as_of=None, kind="reported", optional=False, note=None):
    if unit is None:
        unit = next((u for s, u in UNITS.items() if metric.endswith(s)), "count")
    r = {"subject": subject, "subject_type": subject_type, "metric": metric, "value": value, "unit": unit,
         "qualifier": qualifier, "qualifier_text": qualifier_text, "as_of": as_of, "kind": kind,
         "evidence": evidence, "optional": optional}
    if note:
        r["note"] = note
    return r


def write(nid, article, parks=(), companies=(), institutions=(), projects=(), funds=(), facts=()):
    txt_path = os.path.join(D, nid + ".txt")
    txt = open(txt_path, encoding="utf-8").read()
    art = dict(article)
    art["file"] = nid + ".txt"
    art["char_count"] = len(txt)
    doc = {"article": art, "parks": list(parks), "companies": list(companies), "institutions": list(institutions),
           "projects": list(projects), "funds": list(funds), "aggregate_facts": list(facts)}
    bad = []

    def walk(o, path):
        if isinstance(o, dict):
            for k, v in o.items():
                if k in ("evidence", "investment_text") and isinstance(v, str) and v not in txt:
                    bad.append(f"{path}.{k}: {v}")
                walk(v, f"{path}.{k}")
        elif isinstance(o, list):
            for i, v in enumerate(o):
                walk(v, f"{path}[{i}]")
    walk(doc, nid)
    pnames = {p["name"] for p in doc["parks"]}
    for sec in ("companies", "projects", "funds", "institutions"):
        for it in doc[sec]:
            if it.get("park") and it["park"] not in pnames:
                bad.append(f"{nid}.{sec} {it['name']}: park {it['park']} not among parks")
    for p in doc["parks"]:
        if p.get("parent_park") and p["parent_park"] not in pnames:
            bad.append(f"{nid}.parks {p['name']}: parent {p['parent_park']} not among parks")
    if bad:
        raise SystemExit("\n".join(bad))
    with open(os.path.join(D, nid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(nid, "ok", len(txt), "chars")
