"""Helpers that write the ground truth of one real4 article as JSON (shape of real2/real3).

Every record carries an explicit `optional` flag; every evidence string is checked to be a
verbatim substring of the article before anything is written. Run the build_*.py scripts in this
folder (not the JSON by hand): python3 tests/eval/real4/_build/build_all.py
"""
import json, os, re

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNITS = {"万亿": 1e12, "亿": 1e8, "万": 1e4}


def amount(text):
    m = re.search(r'([0-9]+(?:\.[0-9]+)?)\s*(万亿|亿|万)元', text or "")
    return float(m.group(1)) * UNITS[m.group(2)] if m else None


class Article:
    def __init__(self, nid, **meta):
        self.nid = nid
        self.text = open(os.path.join(HERE, nid + ".txt"), encoding="utf-8").read()
        if "source_repo" in meta:  # as real2 h35 / real3 r04: one source_url string naming repo, commit, path
            meta["source_url"] = (f"GitHub {meta.pop('source_repo')} (commit {meta.pop('source_commit')}), "
                                  f"path {meta.pop('source_path')}")
        self.meta = dict(meta, file=nid + ".txt", char_count=len(self.text.strip()))
        self.parks, self.companies, self.institutions = [], [], []
        self.projects, self.funds, self.facts = [], [], []

    def _ev(self, ev):
        if not ev or ev not in self.text:
            raise SystemExit(f"{self.nid}: evidence not verbatim: {ev!r}")
        return ev

    def park(self, name, evidence, aliases=(), city=None, district=None, province=None, kind=None,
             parent=None, optional=False, note=None):
        for a in aliases:
            self._ev(a)
        d = dict(name=name, aliases=list(aliases), city=city, district=district, province=province,
                 kind=kind, parent_park=parent, evidence=self._ev(evidence), optional=optional)
        if note:
            d["note"] = note
        self.parks.append(d)

    def company(self, name, evidence, park=None, aliases=(), kind="enterprise", optional=False, note=None):
        d = dict(name=name, aliases=list(aliases), kind=kind, park=park, evidence=self._ev(evidence),
                 optional=optional)
        if note:
            d["note"] = note
        self.companies.append(d)

    def institution(self, name, evidence, kind="government", aliases=(), optional=False, note=None):
        d = dict(name=name, aliases=list(aliases), kind=kind, park=None, evidence=self._ev(evidence),
                 optional=optional)
        if note:
            d["note"] = note
        self.institutions.append(d)

    def project(self, name, evidence, park, companies=(), cny=None, text=None, qualifier=None,
                qualifier_text=None, phase=None, status=None, status_text=None, status_alt=None,
                aliases=(), optional=False, note=None, currency=None, amount_original=None):
        self._ev(evidence)
        if text is not None:
            self._ev(text)
            assert text in evidence, (self.nid, name, "investment_text not inside evidence")
            a = amount(text)
            if cny is not None:
                assert a is not None and abs(a - cny) <= 1e-6 * a, (self.nid, name, a, cny)
        d = dict(name=name, aliases=list(aliases), park=park, companies=list(companies), investment_cny=cny,
                 investment_text=text, qualifier=qualifier, phase=phase, status=status,
                 status_text=status_text, evidence=evidence, optional=optional)
        if qualifier_text:
            d["qualifier_text"] = qualifier_text
        if status_alt:
            d["status_alt"] = status_alt
        if currency:
            d["currency"], d["amount_original"] = currency, amount_original
        if note:
            d["note"] = note
        self.projects.append(d)

    def fund(self, name, evidence, park, size=None, size_type=None, paid_in=None, invested=None,
             qualifier=None, aliases=(), optional=False, note=None):
        self._ev(evidence)
        a = amount(evidence)
        if size is not None and a is not None:
            assert abs(a - size) <= 1e-6 * a, (self.nid, name, a, size)
        d = dict(name=name, aliases=list(aliases), park=park, size_cny=size, size_type=size_type,
                 paid_in_cny=paid_in, invested_cny=invested, qualifier=qualifier, evidence=evidence,
                 optional=optional)
        if note:
            d["note"] = note
        self.funds.append(d)

    def fact(self, subject, subject_type, metric, value, unit, evidence, as_of=None, kind="reported",
             qualifier=None, qualifier_text=None, optional=False, note=None, currency=None):
        self._ev(evidence)
        if metric.endswith("_cny"):
            a = amount(evidence)
            assert a is not None and abs(a - value) <= 1e-6 * a, (self.nid, metric, a, value)
        d = dict(subject=subject, subject_type=subject_type, metric=metric, value=value, unit=unit,
                 qualifier=qualifier, qualifier_text=qualifier_text, as_of=as_of, kind=kind,
                 evidence=evidence, optional=optional)
        if currency:
            d["currency"] = currency
        if note:
            d["note"] = note
        self.facts.append(d)

    def write(self):
        names = {p["name"] for p in self.parks}
        for rec in self.projects + self.funds + self.companies:
            assert rec["park"] is None or rec["park"] in names, (self.nid, rec["name"], rec["park"])
        for p in self.parks:
            assert p["parent_park"] is None or p["parent_park"] in names, (self.nid, p["name"])
        doc = {"article": self.meta, "parks": self.parks, "companies": self.companies,
               "institutions": self.institutions, "projects": self.projects, "funds": self.funds,
               "aggregate_facts": self.facts}
        with open(os.path.join(HERE, self.nid + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(self.nid, {k: len(v) for k, v in doc.items() if isinstance(v, list)})
