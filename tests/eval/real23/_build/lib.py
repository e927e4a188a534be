"""Small helpers for writing real23 ground truth (real21's helper as reused by real22, unchanged but for this line); every evidence / investment text is
checked against the article text when the file is written."""
import json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def park(name, evidence, city=None, district=None, province=None, kind=None, parent=None,
         aliases=(), optional=False, note=None):
    return dict(name=name, aliases=list(aliases), city=city, district=district, province=province,
                kind=kind, parent_park=parent, evidence=evidence, optional=optional, note=note)

def comp(name, evidence, park=None, kind="enterprise", aliases=(), optional=False, note=None):
    return dict(name=name, aliases=list(aliases), kind=kind, park=park, evidence=evidence,
                optional=optional, note=note)

def inst(name, evidence, kind="government", aliases=(), optional=True, note=None):
    return dict(name=name, aliases=list(aliases), kind=kind, park=None, evidence=evidence,
                optional=optional, note=note)

def proj(name, evidence, park, companies=(), cny=None, text=None, qual=None, phase=None,
         status=None, status_text=None, aliases=(), optional=False, note=None, **extra):
    d = dict(name=name, aliases=list(aliases), park=park, companies=list(companies),
             investment_cny=cny, investment_text=text, qualifier=qual, phase=phase,
             status=status, status_text=status_text, evidence=evidence, optional=optional, note=note)
    d.update(extra)
    return d

def fact(subject, stype, metric, value, unit, evidence, kind="reported", qual=None, qtext=None,
         as_of=None, optional=False, note=None):
    return dict(subject=subject, subject_type=stype, metric=metric, value=value, unit=unit,
                qualifier=qual, qualifier_text=qtext, as_of=as_of, kind=kind, evidence=evidence,
                optional=optional, note=note)

def ratio(*a, **k):
    k.setdefault("kind", "ratio"); k.setdefault("optional", True)
    return fact(*a, **k)

def fund(name, evidence, park=None, size=None, size_type=None, paid_in=None, invested=None,
         qual=None, aliases=(), optional=False, note=None):
    return dict(name=name, aliases=list(aliases), park=park, size_cny=size, size_type=size_type,
                paid_in_cny=paid_in, invested_cny=invested, qualifier=qual, evidence=evidence,
                optional=optional, note=note)

def write(nid, article, parks=(), companies=(), institutions=(), projects=(), funds=(), facts=()):
    txt = open(os.path.join(D, nid + ".txt"), encoding="utf-8").read()
    article = dict(article, file=nid + ".txt", char_count=len(txt))
    doc = dict(article=article, parks=list(parks), companies=list(companies),
               institutions=list(institutions), projects=list(projects), funds=list(funds),
               aggregate_facts=list(facts))
    names = {p["name"] for p in parks}
    cnames = {c["name"] for c in companies}
    subj = names | cnames | {p["name"] for p in projects} | {f["name"] for f in funds}
    for sec in ("parks", "companies", "institutions", "projects", "funds", "aggregate_facts"):
        for it in doc[sec]:
            assert it["evidence"] in txt, (nid, sec, it["evidence"])
            if it.get("investment_text"):
                assert it["investment_text"] in txt, (nid, it["investment_text"])
            if sec in ("companies", "projects", "funds") and it.get("park"):
                assert it["park"] in names, (nid, sec, it["park"])
            if sec == "parks" and it.get("parent_park"):
                assert it["parent_park"] in names, (nid, it["parent_park"])
            if sec == "projects":
                for c in it["companies"]:
                    assert c in cnames, (nid, c)
            if sec == "aggregate_facts" and it["subject_type"] in ("park", "company", "project", "fund"):
                assert it["subject"] in subj, (nid, it["subject"])
    for sec in ("parks", "companies", "institutions", "projects", "funds"):
        for it in doc[sec]:
            if it.get("note") is None:
                it.pop("note", None)
    for it in doc["aggregate_facts"]:
        if it.get("note") is None:
            it.pop("note", None)
    with open(os.path.join(D, nid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
