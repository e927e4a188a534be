"""The admin and the loader hold a value to one set of rules (curation.validation): what an editor's form or import
refuses, the loader drops with a warning giving the same reason, and what one accepts the other keeps.

Each case is one value, put to both: as the record an editor would save (`record_errors`, which forms, imports
and the editor-change function call) and as an extraction the loader checks (`loaders.validate.check_extraction`,
which the pipeline calls before writing). A case where they disagree fails, whichever way round.
"""
from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from curation.validation import record_errors
from loaders import pipeline
from loaders.extract.tables.metrics import METRICS
from loaders.pipeline import load_paths
from loaders.validate import check_extraction
from parks.models import Company, Park
from projects.models import Fact, Fund, Project
from tests import loading as L

TEXT = "青岛国际创新园营收4.6亿元。园区新增企业50余家。海尔在此投资6亿元建设一期项目。青岛产业基金规模10亿元。\n"
THIS_YEAR = datetime.date.today().year


def fact_case(metric: str, unit: str, value: str, *, qualifier: str = "", as_of: datetime.date | None = None):
    """The fact as an editor would save it, and the same figure as the loader meets it."""
    record = Fact(subject_type="park", subject_id=1, subject_name="青岛国际创新园", metric=metric, unit=unit,
                  value=Decimal(value), qualifier=qualifier, as_of=as_of)
    mention = L.fact(TEXT, "青岛国际创新园", metric, "4.6亿元", value, unit, qualifier, as_of_text="2024年",
                     as_of=as_of)
    field = "as_of" if as_of is not None else "value"
    kept = (lambda ex: bool(ex.facts) and ex.facts[0].as_of == as_of) if field == "as_of" else \
        (lambda ex: bool(ex.facts))
    return record, ["metric", "unit", "value", "qualifier", "as_of"], L.extraction(facts=[mention]), kept


def investment_case(value: str, currency: str = "cny", qualifier: str = ""):
    record = Project(name="海尔项目", investment_cny=Decimal(value) if currency == "cny" else None,
                     investment_amount=Decimal(value), investment_currency=currency,
                     investment_qualifier=qualifier, investment_text="6亿元")
    mention = L.project(TEXT, "海尔", investment=L.amount(TEXT, "6亿元", value, currency, qualifier))
    return (record, ["investment_cny", "investment_amount", "investment_currency", "investment_qualifier"],
            L.extraction(projects=[mention]), lambda ex: ex.projects[0].investment is not None)


def project_case(**values):
    (name, value), = values.items()
    return (Project(name="海尔项目", **values), [name], L.extraction(projects=[L.project(TEXT, "海尔", **values)]),
            lambda ex: getattr(ex.projects[0], name) == value)


def company_kind_case(kind: str):
    return (Company(name="海尔", kind=kind), ["kind"], L.extraction(companies=[L.company(TEXT, "海尔", kind=kind)]),
            lambda ex: ex.companies[0].kind == kind)


def park_city_case(city: str):
    return (Park(name="青岛国际创新园", city=city), ["city"],
            L.extraction(parks=[L.park(TEXT, "青岛国际创新园", city=city)]), lambda ex: ex.parks[0].city == city)


def fund_case(size: str, paid_in: str):
    record = Fund(name="青岛产业基金", size_cny=Decimal(size), paid_in_cny=Decimal(paid_in))
    mention = L.fund(TEXT, "青岛产业基金", size=L.amount(TEXT, "10亿元", size),
                     paid_in=L.amount(TEXT, "4.6亿元", paid_in))
    return record, ["size_cny", "paid_in_cny"], L.extraction(funds=[mention]), lambda ex: ex.funds[0].paid_in is not None


CASES = {
    # facts: value bounds per unit and metric, units, metrics, qualifiers
    "revenue": (fact_case("annual_revenue", "cny", "460000000"), True),
    "revenue of 1e30 yuan": (fact_case("annual_revenue", "cny", "1e30"), False),
    "revenue in yen beyond the yuan bound": (fact_case("annual_revenue", "jpy", "3e15"), True),
    "revenue in yen beyond the yen bound": (fact_case("annual_revenue", "jpy", "6e15"), False),
    "revenue counted in 家": (fact_case("annual_revenue", "count", "50"), False),
    "a metric outside the vocabulary": (fact_case("营收", "cny", "460000000"), False),
    "99999999999% growth": (fact_case("growth_ratio", "ratio", "999999999.99"), False),
    "a fall of 30%": (fact_case("growth_ratio", "ratio", "-0.3"), True),
    "a fall of 200%": (fact_case("growth_ratio", "ratio", "-2"), False),
    "R&D intensity of 150%": (fact_case("rd_intensity_ratio", "ratio", "1.5"), False),
    "a negative count": (fact_case("enterprises", "count", "-5"), False),
    "200 million enterprises": (fact_case("enterprises", "count", "2e8"), False),
    "a target keeps its metric's bounds": (fact_case("parks_count_target", "count", "150000"), False),
    "50余家": (fact_case("enterprises", "count", "50", qualifier="余"), True),
    "a qualifier the parser never writes": (fact_case("enterprises", "count", "50", qualifier="左右"), False),
    # facts: dates (the loader drops the date, the figure stays)
    "dated 2024": (fact_case("enterprises", "count", "50", as_of=datetime.date(2024, 12, 31)), True),
    "dated this year's end": (fact_case("enterprises", "count", "50", as_of=datetime.date(THIS_YEAR, 12, 31)), True),
    "dated 2099": (fact_case("enterprises", "count", "50", as_of=datetime.date(2099, 1, 1)), False),
    "dated before 1949": (fact_case("enterprises", "count", "50", as_of=datetime.date(1900, 1, 1)), False),
    "a target dated 2035": (fact_case("enterprises_target", "count", "50", as_of=datetime.date(2035, 12, 31)), True),
    # project investments, per currency
    "6亿元": (investment_case("600000000"), True),
    "-5亿元": (investment_case("-500000000"), False),
    "a 20-digit amount": (investment_case("99999999999999999999"), False),
    "300万亿美元": (investment_case("3e14", "usd"), False),
    "3000万亿日元": (investment_case("3e15", "jpy"), True),
    "约6亿元": (investment_case("600000000", qualifier="约"), True),
    "6亿元以上 stored as written": (investment_case("600000000", qualifier="以上"), False),
    # codes and short text columns
    "status 在建": (project_case(status="在建"), True),
    "status 完成": (project_case(status="完成"), False),
    "phase 一期": (project_case(phase="一期"), True),
    "a phase longer than its column": (project_case(phase="一期" * 11), False),
    "company kind university": (company_kind_case("university"), True),
    "company kind 企业": (company_kind_case("企业"), False),
    "city 青岛": (park_city_case("青岛"), True),
    "a city longer than its column": (park_city_case("青" * 51), False),
    # a fund's parts never exceed its size
    "paid in 4.6亿 of 10亿": (fund_case("1000000000", "460000000"), True),
    "paid in 20亿 of 10亿": (fund_case("1000000000", "2000000000"), False),
}


def admin_reasons(record, changed) -> set[str]:
    return set(record_errors(record, changed=changed).values())


def loader_reasons(extraction) -> tuple[set[str], object]:
    checked, warnings = check_extraction(extraction)
    assert all(w.startswith("dropped ") for w in warnings), warnings
    return {w.rsplit(": ", 1)[1] for w in warnings}, checked


@pytest.mark.django_db  # a park's city is part of its natural key: the admin looks for a duplicate
@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_the_admin_and_the_loader_refuse_the_same_values_for_the_same_reason(case):
    (record, changed, extraction, kept), accepted = CASES[case]
    by_admin = admin_reasons(record, changed)
    by_loader, checked = loader_reasons(extraction)
    assert by_admin == by_loader
    assert (by_admin == set()) == accepted
    assert kept(checked) == accepted


# Values at and just past every bound of curation.validation's tables, and far beyond them.
SWEEP = ["-2", "-1", "-1.000001", "-0.5", "0", "0.5", "1", "1.5", "100", "100.5", "10000", "10001", "100000",
         "100001", "1e8", "100000001", "1e11", "100000000001", "2e14", "200000000000001", "5e15",
         "5000000000000001", "1e30"]


@pytest.mark.parametrize("code", sorted(METRICS))
def test_every_metric_is_bounded_alike_by_both(code, monkeypatch):
    """Every metric of the vocabulary, at values around every bound: a form and the loader decide alike. (A form
    lists every reason a fact is refused; the loader's warning gives one of them.)"""
    from curation import validation
    monkeypatch.setattr(validation, "duplicate_fact", lambda fact: None)  # values only: no figure is stored here
    metric = METRICS[code]
    units = ["cny", "usd", "jpy", "count"] if metric.unit == "money" else [metric.unit, "cny"]
    for unit in units:
        for value in SWEEP:
            (record, changed, extraction, _kept) = fact_case(code, unit, value)
            by_loader, checked = loader_reasons(extraction)
            by_admin = admin_reasons(record, changed)
            assert len(by_loader) <= 1 and by_loader <= by_admin and bool(by_loader) == bool(by_admin), (unit, value)
            assert bool(checked.facts) == (not by_loader), (unit, value)


# ---------------------------------------------------------------- through the real paths: form, import, load

@pytest.mark.django_db
def test_an_amount_the_project_form_refuses_is_dropped_by_a_load_with_the_forms_reason(editor_client, world,
                                                                                         tmp_path, monkeypatch):
    project = world["project"]
    url = reverse("admin:projects_project_change", args=[project.pk])
    response = editor_client.post(url, {"name": project.name, "aliases": "", "park": project.park_id or "",
                                        "companies": [], "investment": "300万亿元", "phase": "", "status": ""})
    assert response.status_code == 200
    reason = next(iter(record_errors(Project(investment_cny=Decimal("3e14"), investment_amount=Decimal("3e14"),
                                             investment_currency="cny"), changed=["investment_cny"]).values()))
    assert reason in response.content.decode()

    text = "青岛国际创新园营收4.6亿元，园区内新项目总投资300万亿元。\n"
    monkeypatch.setattr(pipeline, "extract", lambda t, *, known_names=None: L.extraction(
        parks=[L.park(t, "青岛国际创新园")],
        projects=[L.project(t, "园区内新项目", park="青岛国际创新园",
                            investment=L.amount(t, "300万亿元", "300000000000000"))],
        facts=[L.fact(t, "青岛国际创新园", "annual_revenue", "4.6亿元", "460000000", as_of_text="2099年",
                      as_of=datetime.date(2099, 12, 31))]))
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = load_paths([tmp_path])
    outcome, = report.files
    assert outcome.status == "loaded"  # the figure costs itself, not the article
    assert any(w.startswith("dropped investment figure '300万亿元'") and w.endswith(reason) for w in outcome.warnings)
    loaded = Project.objects.get(name="园区内新项目")
    assert (loaded.investment_cny, loaded.investment_text) == (None, "")
    fact = Fact.objects.get(value_text="4.6亿元", article__file_name="a.txt")
    assert (fact.as_of, fact.as_of_text) == (None, "2099年")
    assert any(w.startswith("dropped as-of date 2099-12-31") for w in outcome.warnings)


@pytest.mark.django_db
def test_a_status_an_import_refuses_is_dropped_by_a_load_with_the_imports_reason(world, tmp_path, monkeypatch):
    from tablib import Dataset

    from projects.resources import ProjectResource

    project = world["project"]
    dataset = Dataset(headers=["id", "name", "status"])
    dataset.append([project.pk, project.name, "完成"])
    result = ProjectResource().import_data(dataset, dry_run=False, use_transactions=True)
    reasons = [str(m) for row in result.invalid_rows for messages in row.error_dict.values() for m in messages]
    assert len(reasons) == 1 and "不是有效的状态" in reasons[0]

    text = "海尔智能工厂项目已完成。\n"
    monkeypatch.setattr(pipeline, "extract", lambda t, *, known_names=None: L.extraction(
        projects=[L.project(t, "海尔智能工厂项目", status="完成", phase="一期")]))
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    outcome, = load_paths([tmp_path]).files
    assert outcome.status == "loaded"
    assert outcome.warnings == [f"dropped project status '完成' of '海尔智能工厂项目': {reasons[0]}"]
    assert Project.objects.filter(name="海尔智能工厂项目").values_list("status", "phase").get() == ("", "一期")


@pytest.mark.django_db
@pytest.mark.parametrize("first, second, dropped", [
    ({"size": ("10亿元", "1000000000")}, {"paid_in": ("20亿元", "2000000000")}, "paid_in"),
    ({"paid_in": ("20亿元", "2000000000")}, {"size": ("10亿元", "1000000000")}, "size"),
])
def test_a_fund_figure_that_breaks_its_size_next_to_another_articles_is_dropped_as_the_form_refuses_it(
        tmp_path, monkeypatch, first, second, dropped):
    """The size from one article, the paid-in from the next: the later figure is not applied, for the reason a form
    gives an editor who types it; the article loads and its evidence keeps what it said."""
    from loaders.models import Evidence

    articles = {"a.txt": first, "b.txt": second}

    def extract(text, *, known_names=None):
        figures = next(f for name, f in articles.items() if name[0] in text[:2])
        return L.extraction(funds=[L.fund(text, "青岛产业基金", **{
            field: L.amount(text, words, value) for field, (words, value) in figures.items()})])

    monkeypatch.setattr(pipeline, "extract", extract)
    for name, figures in articles.items():
        folder = tmp_path / name[0]
        folder.mkdir()
        (folder / name).write_text(name[0] + "：青岛产业基金" + "，".join(w for w, _v in figures.values()) + "。\n",
                                   encoding="utf-8")
        outcome, = load_paths([folder]).files
        assert outcome.status == "loaded"
    fund = Fund.objects.get(name="青岛产业基金")
    assert (fund.size_cny, fund.paid_in_cny) == (
        (Decimal("1000000000"), None) if dropped == "paid_in" else (None, Decimal("2000000000")))
    reason = record_errors(Fund(name="x", size_cny=Decimal("1000000000"), paid_in_cny=Decimal("2000000000")),
                           changed=["size_cny", "paid_in_cny"])["paid_in_cny"]
    words = dict(second)[dropped][0]
    assert outcome.warnings == [f"dropped {dropped} figure '{words}' of fund '青岛产业基金': {reason}"]
    assert Evidence.objects.filter(entity_type="fund", entity_id=fund.pk, field=dropped).exists()


@pytest.mark.parametrize("code, inside, outside", [
    ("occupancy_ratio", Decimal("0.99"), Decimal("1.2")),
    ("start_ratio", Decimal("0.83"), Decimal("3")),
    ("share_ratio", Decimal("1.013"), Decimal("12")),
])
def test_the_ratios_of_a_whole_are_bounded_by_what_a_share_can_be(code, inside, outside):
    from curation.validation import fact_value_error
    assert fact_value_error(code, inside, unit="ratio") is None
    assert fact_value_error(code, outside, unit="ratio") is not None
