"""A small, hand-made database for the analytics tests: two editions of one story, a conflict, a rejected park.

Tests use the seeds through load_seeds where they can; this covers the cases the seeds may not (a rejected
record, a dollar amount, a conflict) and lets the report tests run without the loader.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from loaders.models import Evidence, LoadRun, SourceArticle
from parks.models import Company, Park
from projects.models import Fact, Fund, Project


@dataclass
class Sample:
    original: SourceArticle
    edition: SourceArticle
    other: SourceArticle
    park: Park
    rejected_park: Park
    project: Project
    conflict: tuple[Fact, Fact]
    run: LoadRun


def article(name: str, text: str, **fields) -> SourceArticle:
    return SourceArticle.objects.create(file_name=name, sha256=name.ljust(64, "0")[:64], text=text,
                                        char_count=len(text), extractor_version="test", **fields)


def cite(source: SourceArticle, record, entity_type: str, field: str, quote: str) -> Evidence:
    start = max(source.text.find(quote), 0)
    return Evidence.objects.create(article=source, entity_type=entity_type, entity_id=record.pk, field=field,
                                   start_offset=start, end_offset=start + len(quote), quote=quote)


def make_sample() -> Sample:
    started = timezone.now() - timedelta(seconds=5)
    run = LoadRun.objects.create(extractor_version="test", files_seen=3, files_loaded=3, records_created=9,
                                 report={"files": []})
    LoadRun.objects.filter(pk=run.pk).update(started_at=started)

    text_a = "青岛国际创新园营收约30亿元。歌尔智能制造项目总投资6亿元，已开工。"
    text_c = "青岛国际创新园营收约40亿元。=HYPERLINK 园区基金规模10亿元。创新园计划总投资50亿元。"
    original = article("000_a.txt", text_a, title="青岛园区新闻", outlet="青岛日报", published_on=date(2024, 3, 1))
    edition = article("001_b.txt", text_a + "另一版本。", title="青岛园区新闻(二)", duplicate_of=original,
                      published_on=date(2024, 3, 2))
    other = article("002_c.txt", text_c, title="=cmd|' /C calc'!A0", published_on=date(2024, 6, 1))

    park = Park.objects.create(name="青岛国际创新园", city="青岛", kind="产业园", aliases=["创新园"])
    rejected_park = Park.objects.create(name="该园", city="青岛", review_status="rejected")
    second_park = Park.objects.create(name="东江科技园", city="惠州", parent=park)
    company = Company.objects.create(name="歌尔股份有限公司", aliases=["歌尔"])
    company.parks.add(park)
    project = Project.objects.create(name="歌尔智能制造项目", park=park, investment_cny=Decimal("600000000"),
                                     investment_amount=Decimal("600000000"), investment_currency="cny",
                                     investment_text="总投资6亿元", status="开工")
    Project.objects.create(name="美元项目", park=second_park, investment_amount=Decimal("330000000"),
                           investment_currency="usd", investment_text="3.3亿美元", status="签约")
    Project.objects.create(name="东江新材料项目", park=second_park, investment_cny=Decimal("250000000"),
                           investment_currency="cny", status="在建")
    fund = Fund.objects.create(name="创新园产业基金", park=park, size_cny=Decimal("1000000000"),
                               paid_in_cny=Decimal("400000000"))
    first = Fact.objects.create(subject_type="park", subject_id=park.pk, subject_name=park.name,
                                metric="annual_revenue", value=Decimal("3000000000"), unit="cny", qualifier="约",
                                value_text="约30亿元", as_of_text="2023年", has_conflict=True, article=original)
    second = Fact.objects.create(subject_type="park", subject_id=park.pk, subject_name=park.name,
                                 metric="annual_revenue", value=Decimal("4000000000"), unit="cny", qualifier="约",
                                 value_text="约40亿元", as_of_text="2023年", has_conflict=True, article=other)
    planned = Fact.objects.create(subject_type="park", subject_id=park.pk, subject_name=park.name,
                                  metric="planned_investment", value=Decimal("5000000000"), unit="cny",
                                  value_text="50亿元", article=other)
    Fact.objects.create(subject_type="park", subject_id=rejected_park.pk, subject_name="该园", metric="enterprises",
                        value=Decimal("5"), unit="count", article=other, review_status="rejected")

    for source in (original, edition):
        cite(source, park, "park", "name", "青岛国际创新园营收约30亿元。")
        cite(source, project, "project", "name", "歌尔智能制造项目总投资6亿元，已开工。")
        cite(source, company, "company", "name", "歌尔智能制造项目总投资6亿元，已开工。")
        cite(source, first, "fact", "value", "青岛国际创新园营收约30亿元。")
    cite(other, park, "park", "name", "青岛国际创新园营收约40亿元。")
    cite(other, second, "fact", "value", "青岛国际创新园营收约40亿元。")
    cite(other, planned, "fact", "value", "创新园计划总投资50亿元。")
    cite(other, fund, "fund", "name", "=HYPERLINK 园区基金规模10亿元。")
    cite(other, rejected_park, "park", "name", "=HYPERLINK 园区基金规模10亿元。")
    LoadRun.objects.filter(pk=run.pk).update(finished_at=timezone.now() + timedelta(seconds=1))
    run.refresh_from_db()
    return Sample(original, edition, other, park, rejected_park, project, (first, second), run)


def psql_args(*, database: str, user: str | None = None, extra: list[str] | None = None) -> tuple[list[str], dict]:
    """psql's command line and environment for Django's current connection (or `user` on the same server)."""
    import os

    from django.db import connection

    settings = connection.settings_dict
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if settings.get("PASSWORD") and user is None:
        env["PGPASSWORD"] = settings["PASSWORD"]
    args = ["psql", "-X", "-v", "ON_ERROR_STOP=1", "-d", database, "-U", user or settings["USER"] or "postgres"]
    if settings.get("HOST"):
        args += ["-h", settings["HOST"]]
    if settings.get("PORT"):
        args += ["-p", str(settings["PORT"])]
    return args + (extra or []), env
