"""What keeps one bad article from costing more than itself: the bounds of curation.validation, the extractor's safety net,
file names in any encoding, and a run's own record when it fails."""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import OperationalError

from loaders import pipeline
from loaders.extract.mentions.amounts import cn_to_int, parse_amount
from loaders.extract.types import Amount, ArticleMeta, Span
from loaders.models import LoadRun, LoadRunStatus, SourceArticle
from loaders.pipeline import load_paths
from loaders.validate import check_extraction, figure_error
from loaders.read import RefusedFile, display_path, read_article
from projects.models import Fact
from tests import loading as L


@pytest.mark.parametrize("text, value", [
    ("三万亿元", 3 * 10 ** 12),
    ("两万亿元", 2 * 10 ** 12),
    ("十万亿元", 10 ** 13),
    ("一千三百亿元", 130 * 10 ** 9),
    ("一亿五千万元", 150 * 10 ** 6),
    ("万元", None),  # a bare scale word is not a figure
])
def test_chinese_numerals_with_wan_yi_read_as_written(text, value):
    amount = parse_amount(text)
    assert (amount.value if amount else None) == (Decimal(value) if value is not None else None)


def test_wan_before_yi_multiplies():
    assert cn_to_int("三万亿") == 3 * 10 ** 12
    assert cn_to_int("万") == 10 ** 4


def test_a_figure_too_long_for_any_column_is_read_not_raised():
    amount = parse_amount("总投资99999999999999999999999999亿元")
    assert amount.value > Decimal("1e33")
    assert "金额过大" in figure_error(amount, "planned_investment_cny")
    assert "金额过大" in figure_error(amount)


def _amount(value: str, unit: str, text: str = "x") -> Amount:
    return Amount(Decimal(value), unit, "", text, Span(0, 1))


@pytest.mark.parametrize("value, unit, metric, plausible", [
    ("3000000000000", "cny", "industry_scale", True),  # 三万亿元
    ("999999999.99", "ratio", "growth_ratio", False),  # 99999999999%
    ("0.1217", "ratio", "growth_ratio", True),
    ("-0.3", "ratio", "growth_ratio", True),
    ("1.5", "ratio", "rd_intensity_ratio", False),
    ("300", "count", "enterprises", True),
    ("-5", "count", "enterprises", False),
    ("1e30", "cny", "annual_revenue", False),
    ("285", "mu", "area_mu", True),
    ("150000", "count", "parks_count_target", False),  # a variant keeps its metric's bounds
    ("50", "count", "enterprises_target", True),
])
def test_plausibility_bounds_per_unit_and_metric(value, unit, metric, plausible):
    assert (figure_error(_amount(value, unit), metric) is None) == plausible


def test_an_implausible_figure_and_a_future_date_are_dropped_with_warnings_and_the_rest_kept():
    text = "青岛高新区营收增长99999999999%,营收4.6亿元,投资99999999999999999999999亿元。"
    extraction = L.extraction(
        meta=ArticleMeta(title="t", outlet=None, published_on=date(2099, 3, 5), published_precision="day",
                         date_basis="stated: '2099年3月5日'"),
        projects=[L.project(text, "青岛高新区", investment=L.amount(text, "99999999999999999999999亿元", "1e31"))],
        facts=[L.fact(text, "青岛高新区", "growth_ratio", "99999999999%", "999999999.99", "ratio"),
               L.fact(text, "青岛高新区", "annual_revenue", "4.6亿元", "460000000")])
    checked, warnings = check_extraction(extraction, today=date(2026, 1, 1))
    assert [f.metric for f in checked.facts] == ["annual_revenue"]
    assert checked.projects[0].investment is None and checked.projects[0].name == "青岛高新区"
    assert checked.meta.published_on is None
    assert len(warnings) == 3
    assert any("2099-03-05" in w for w in warnings)


def test_a_gbk_file_name_is_shown_as_gbk_and_an_undecodable_one_with_replacement_characters():
    assert display_path(os.fsdecode("青岛园区.txt".encode("gbk"))) == "青岛园区.txt"
    assert display_path(os.fsdecode(b"\xff\xfe\xfa.txt")).endswith(".txt")
    assert "\ufffd" in display_path(os.fsdecode(b"\xff\xfe\xfa.txt"))
    assert display_path("普通.txt") == "普通.txt"


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes("青岛高新区。".encode("utf-8") * 100_000)
    with pytest.raises(RefusedFile, match="larger than 1.0 MB"):
        read_article(path, max_bytes=1_000_000)
    assert read_article(path, max_bytes=2_000_000).text.startswith("青岛高新区")


def _two_articles(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("青岛高新区营收4.6亿元。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("崂山区产业园营收3亿元。\n", encoding="utf-8")
    return tmp_path


@pytest.mark.django_db
def test_an_extractor_error_refuses_that_article_by_name_and_loads_the_rest(tmp_path, monkeypatch, capsys):
    def extract(text, *, known_names=None):
        if text.startswith("青岛"):
            raise ValueError("day is out of range for month")
        return L.extraction(parks=[L.park(text, "崂山区产业园")])

    monkeypatch.setattr(pipeline, "extract", extract)
    with pytest.raises(SystemExit) as exit_info:
        call_command("load_seeds", str(_two_articles(tmp_path)))
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'a.txt'}: refused: extraction failed: ValueError: day is out of range for month" in err
    assert "Traceback" not in err
    assert list(SourceArticle.objects.values_list("file_name", flat=True)) == ["b.txt"]


@pytest.mark.django_db
def test_a_run_that_fails_exits_3_says_why_without_a_traceback_and_is_recorded_as_failed(tmp_path, monkeypatch,
                                                                                          capsys):
    def database_gone():
        raise OperationalError("server closed the connection unexpectedly\nThis probably means ...")

    monkeypatch.setattr(pipeline, "known_names", database_gone)  # the first query of a run
    with pytest.raises(SystemExit) as exit_info:
        call_command("load_seeds", str(_two_articles(tmp_path)))
    assert exit_info.value.code == 3
    err = capsys.readouterr().err
    assert "load failed: OperationalError: server closed the connection unexpectedly" in err
    assert "Traceback" not in err
    run = LoadRun.objects.get()
    assert run.status == LoadRunStatus.FAILED and "server closed" in run.error and run.finished_at


@pytest.mark.django_db
def test_a_run_is_running_while_it_loads_and_keeps_counts_per_record_type(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract", lambda text, known_names=None: L.extraction(
        parks=[L.park(text, text[:5])], facts=[L.fact(text, text[:5], "annual_revenue", text[8:13],
                                                       "460000000" if "4.6" in text else "300000000")]))
    statuses = []
    load_paths([_two_articles(tmp_path)], on_file=lambda outcome: statuses.append(
        LoadRun.objects.values_list("status", flat=True).get()))
    assert statuses == [LoadRunStatus.RUNNING, LoadRunStatus.RUNNING]
    run = LoadRun.objects.get()
    assert run.status == LoadRunStatus.FINISHED
    assert run.report["records"]["by_type"] == {
        "fact": {"created": 2, "updated": 0, "unchanged": 0, "locked": 0},
        "park": {"created": 2, "updated": 0, "unchanged": 0, "locked": 0}}
    assert Fact.objects.count() == 2


class _Deadlock(Exception):
    sqlstate = "40P01"


@pytest.mark.django_db
def test_an_article_that_meets_a_deadlock_is_written_again_not_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract", lambda text, known_names=None: L.extraction(
        parks=[L.park(text, text[:5])]))
    write_article, failures = pipeline.write_article, []

    def deadlocked_once(**kwargs):
        if not failures:
            failures.append(kwargs["article_text"].path.name)
            try:
                raise _Deadlock("deadlock detected")
            except _Deadlock as cause:
                raise OperationalError("deadlock detected") from cause
        return write_article(**kwargs)

    monkeypatch.setattr(pipeline, "write_article", deadlocked_once)
    report = load_paths([_two_articles(tmp_path)])
    assert failures == ["a.txt"]
    assert [f.status for f in report.files] == ["loaded", "loaded"]
    assert SourceArticle.objects.count() == 2


@pytest.mark.django_db
def test_a_database_error_writing_one_article_refuses_it_alone_on_one_line(tmp_path, monkeypatch, capsys):
    from django.db import DataError

    monkeypatch.setattr(pipeline, "extract", lambda text, known_names=None: L.extraction(
        parks=[L.park(text, text[:5])]))
    write_article = pipeline.write_article

    def overflow_in_a(**kwargs):
        if kwargs["article_text"].path.name == "a.txt":
            raise DataError("numeric field overflow\nDETAIL:  A field with precision 24, scale 2 ...")
        return write_article(**kwargs)

    monkeypatch.setattr(pipeline, "write_article", overflow_in_a)
    with pytest.raises(SystemExit) as exit_info:
        call_command("load_seeds", str(_two_articles(tmp_path)))
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'a.txt'}: refused: could not be written: DataError: numeric field overflow\n" in err
    assert "Traceback" not in err and "DETAIL" not in err
    assert list(SourceArticle.objects.values_list("file_name", flat=True)) == ["b.txt"]


def test_an_unreadable_folder_is_refused_by_name_and_the_scan_goes_on(tmp_path, monkeypatch):
    from loaders import read

    (tmp_path / "ok.txt").write_text("青岛高新区营收4.6亿元。", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    walk = os.walk

    def walk_without_permission(top, onerror=None, **kwargs):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))  # as os.walk reports it
        yield from walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(read.os, "walk", walk_without_permission)
    scan = read.scan_article_paths([tmp_path])
    assert scan.files == [tmp_path / "ok.txt"]
    assert scan.refused == [(tmp_path / "locked", "unreadable folder: Permission denied")]
