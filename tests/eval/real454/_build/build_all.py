#!/usr/bin/env python3
"""Write kkNN.json (ground truth, real28–real52 schema) for real454; run after make_txt.py. Copied from real52 unchanged
except this note (helpers park/comp/inst/proj/fund/fact/art/amt as real52; gold.py holds the ground truth)."""
import json, os, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
U = {"万亿": 1e12, "亿": 1e8, "万": 1e4}

def cny(t):
    t = t.replace("億", "亿").replace("萬", "万")
    m = re.search(r'([0-9]+(?:\.[0-9]+)?)\s*(万亿|亿|万)元', t)
    return round(float(m.group(1)) * U[m.group(2)], 2) if m else None

def park(name, city, prov, kind, ev, district=None, parent=None, aliases=(), opt=False, note=None):
    r = {"name": name, "aliases": list(aliases), "city": city, "district": district, "province": prov,
         "kind": kind, "parent_park": parent, "evidence": ev, "optional": opt}
    if note: r["note"] = note
    return r

def comp(name, park, ev, kind="enterprise", aliases=(), opt=False, note=None):
    r = {"name": name, "aliases": list(aliases), "kind": kind, "park": park, "evidence": ev, "optional": opt}
    if note: r["note"] = note
    return r

def inst(name, ev, kind="government", park=None, opt=True, note=None):
    r = {"name": name, "aliases": [], "kind": kind, "park": park, "evidence": ev, "optional": opt}
    if note: r["note"] = note
    return r

U2 = {"兆": 1e12, "億": 1e8, "亿": 1e8, "萬": 1e4, "万": 1e4, "千": 1e3}

def amt(t):
    """first amount in t: digits with 兆/億/亿/萬/万/千 groups, mixed groups allowed (17億2700萬元)."""
    m = re.search(r'((?:[0-9][0-9,.]*\s*[兆億亿萬万千]\s*)+)(?:[0-9][0-9,]*)?\s*元', t or "")
    if not m:
        return None
    total = 0.0
    for num, unit in re.findall(r'([0-9][0-9,.]*)\s*([兆億亿萬万千])', m.group(1)):
        total += float(num.replace(",", "")) * U2[unit]
    return round(total, 2)

def proj(name, park, ev, companies=(), inv=None, qual=None, status=None, status_text=None, aliases=(), opt=False, note=None, phase=None,
         currency="cny", value=None, qual_text=None, unparsed=False, **extra):
    r = {"name": name, "aliases": list(aliases), "park": park, "companies": list(companies),
         "investment_cny": None, "investment_text": inv, "qualifier": qual, "phase": phase,
         "status": status, "status_text": status_text, "evidence": ev, "optional": opt}
    if inv:
        assert inv in ev, (name, inv)
        if unparsed:
            assert cny(inv) is None, (name, inv)  # e.g. “2000多万元”: not digits+万元/亿元, investment_cny left null (as real25 q04)
        elif currency == "cny":
            r["investment_cny"] = cny(inv) if value is None else value
            assert r["investment_cny"] is not None, (name, inv)
        else:
            assert value is not None, (name, inv)
            r["investment_value"] = value
            r["investment_currency"] = currency
    if qual_text: r["qualifier_text"] = qual_text
    r.update(extra)
    if note: r["note"] = note
    return r

def fund(name, park, ev, size=None, size_type=None, qual=None, opt=False, note=None, aliases=()):
    r = {"name": name, "aliases": list(aliases), "park": park, "size_cny": cny(size) if size else None, "size_type": size_type,
         "paid_in_cny": None, "invested_cny": None, "qualifier": qual, "evidence": ev, "optional": opt}
    if note: r["note"] = note
    return r

def fact(subject, stype, metric, value, unit, ev, as_of, kind="reported", qual=None, qtext=None, opt=False, note=None, chk=False):
    if metric.endswith("_cny") and cny(ev) is not None:
        value = cny(ev)
    if chk:
        assert amt(ev) is not None and abs(amt(ev) - value) < 1e-6 * value, (subject, metric, ev, amt(ev), value)
    r = {"subject": subject, "subject_type": stype, "metric": metric, "value": value, "unit": unit,
         "qualifier": qual, "qualifier_text": qtext, "as_of": as_of, "kind": kind, "evidence": ev, "optional": opt}
    if note: r["note"] = note
    return r

def art(title, outlet, published, prec, register, url, note, nid, title_note=None):
    txt = open(os.path.join(D, nid + ".txt"), encoding="utf-8").read()
    a = {"title": title}
    if title_note: a["title_note"] = title_note
    a.update({"outlet": outlet, "published": published, "published_precision": prec, "register": register,
              "source_url": url, "note": note, "file": nid + ".txt", "char_count": len(txt)})
    return a

G = {}
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.py"), encoding="utf-8").read())

if __name__ == "__main__":
    for nid, g in sorted(G.items()):
        out = {"article": g["article"]}
        for k in ("parks", "companies", "institutions", "projects", "funds", "aggregate_facts"):
            out[k] = g.get(k, [])
        json.dump(out, open(os.path.join(D, nid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(nid, {k: len(v) for k, v in out.items() if k != "article"})
