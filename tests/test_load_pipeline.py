"""The loader's promises, with extraction stubbed by hand-built mentions: idempotence, editor safety, reporting."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction

from loaders import pipeline
from loaders.models import Evidence, LoadRun, SourceArticle
from loaders.pipeline import load_paths
from curation.editing import apply_editor_change, review_records
from curation.merge import merge_records
from curation.models import ReviewStatus
from parks.models import Company, Park
from projects.models import Fact, Project
from tests import loading as L
from tests.loading import views_snapshot

ARTICLE_A = (
    "青岛市集成电路产业园今年签约总投资6亿元的贝斯兰湿法设备总部项目。\n"
    "目前,园区已集聚思锐智能等30余家重点企业。\n"
)
ARTICLE_B = (
    "青岛市集成电路产业园区一周内集中签约总投资9亿元的贝斯兰湿法设备总部项目。\n"
    "园区已集聚30余家重点企业,其中包括思锐智能。\n"
)


def fake_extract(text: str, *, known_names=None):
    if text.startswith("青岛市集成电路产业园今年"):
        return L.extraction(
            parks=[L.park(text, "青岛市集成电路产业园")],
            companies=[L.company(text, "思锐智能", park="青岛市集成电路产业园")],
            projects=[L.project(text, "贝斯兰湿法设备总部项目", park="青岛市集成电路产业园",
                                investment=L.amount(text, "总投资6亿元", "600000000"), status="签约")],
            facts=[L.fact(text, "青岛市集成电路产业园", "enterprises", "30余家", "30", "count", "余")],
        )
    if text.startswith("青岛市集成电路产业园区"):
        return L.extraction(
            parks=[L.park(text, "青岛市集成电路产业园区")],
            companies=[L.company(text, "思锐智能")],
            projects=[L.project(text, "贝斯兰湿法设备总部项目", park="青岛市集成电路产业园区",
                                investment=L.amount(text, "总投资9亿元", "900000000"), status="签约")],
            facts=[L.fact(text, "青岛市集成电路产业园区", "enterprises", "30余家", "30", "count", "余")],
        )
    if text.startswith("据统计"):
        return L.extraction(
            parks=[L.park(text, "青岛市集成电路产业园")],
            facts=[L.fact(text, "青岛市集成电路产业园", "enterprises", "40余家", "40", "count", "余")],
        )
    return L.extraction()


ARTICLE_C = "据统计,青岛市集成电路产业园已集聚40余家重点企业。\n"


@pytest.fixture
def articles(tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr(pipeline, "extract", fake_extract)
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="gb18030")
    return tmp_path


@pytest.mark.django_db
def test_it_resolves_one_park_across_articles_and_keeps_every_source(articles):
    report = load_paths([articles / "a.txt", articles / "b.txt"])
    assert [f.status for f in report.files] == ["loaded", "loaded"]
    park = Park.objects.get()
    assert park.name == "青岛市集成电路产业园"
    assert "青岛市集成电路产业园区" in park.aliases
    assert Evidence.objects.filter(entity_type="park", entity_id=park.pk).values("article").distinct().count() == 2
    fact = Fact.objects.get()
    assert fact.value == Decimal("30") and fact.qualifier == "余"
    assert Evidence.objects.filter(entity_type="fact", entity_id=fact.pk).count() == 2


@pytest.mark.django_db
def test_a_second_load_changes_nothing(articles):
    load_paths([articles])
    before = views_snapshot()
    report = load_paths([articles])
    assert [f.status for f in report.files] == ["unchanged", "unchanged"]
    assert report.records.created == report.records.updated == 0
    assert views_snapshot() == before


@pytest.mark.django_db
def test_a_renamed_copy_is_the_same_article(articles, tmp_path_factory):
    load_paths([articles])
    before = views_snapshot()
    other = tmp_path_factory.mktemp("renamed")
    (other / "renamed.txt").write_bytes((articles / "a.txt").read_bytes())
    report = load_paths([other])
    assert report.files[0].status == "unchanged"
    assert "already loaded as a.txt" in report.files[0].reason
    assert views_snapshot() == before
    assert SourceArticle.objects.count() == 2


@pytest.mark.django_db
def test_a_forced_reload_gives_the_same_views(articles):
    load_paths([articles])
    before = views_snapshot()
    report = load_paths([articles], force=True)
    assert [f.status for f in report.files] == ["reloaded", "reloaded"]
    assert views_snapshot() == before


@pytest.mark.django_db
def test_two_articles_disagreeing_pick_a_value_whatever_the_order(articles):
    load_paths([articles / "a.txt", articles / "b.txt"])
    first = Project.objects.get().investment_cny
    for model in (SourceArticle, Park, Company, Project, Fact):
        model.objects.all().delete()
    load_paths([articles / "b.txt", articles / "a.txt"])
    assert Project.objects.get().investment_cny == first
    values = {v["amount"] for v in Evidence.objects.filter(entity_type="project", field="investment")
              .values_list("value", flat=True)}
    assert len(values) == 2  # each article's value is kept in its evidence


@pytest.mark.django_db
def test_it_keeps_editor_corrections(articles):
    load_paths([articles / "a.txt"])
    apply_editor_change(record=Project.objects.get(), changes={"investment_cny": Decimal("700000000")})
    load_paths([articles / "b.txt"])
    load_paths([articles], force=True)
    project = Project.objects.get()
    assert project.investment_cny == Decimal("700000000")
    assert "investment_cny" in project.locked_fields


@pytest.mark.django_db
def test_a_rejected_record_is_not_brought_back(articles):
    load_paths([articles / "a.txt"])
    review_records(records=Company.objects.all(), status=ReviewStatus.REJECTED, user=None)
    load_paths([articles / "b.txt"])
    load_paths([articles], force=True)
    assert Company.objects.count() == 1
    assert Company.objects.get().review_status == ReviewStatus.REJECTED
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM report_companies")
        assert cursor.fetchone()[0] == 0


@pytest.mark.django_db
def test_a_name_merged_away_maps_to_the_survivor(articles):
    load_paths([articles / "a.txt"])
    loaded = Company.objects.get(name="思锐智能")
    survivor = Company(name="青岛思锐科技")
    survivor.save()
    merge_records(survivor=survivor, others=[loaded])
    load_paths([articles / "b.txt"])
    load_paths([articles], force=True)
    assert list(Company.objects.values_list("name", flat=True)) == ["青岛思锐科技"]
    survivor.refresh_from_db()
    assert "思锐智能" in survivor.aliases
    cited = set(Evidence.objects.filter(entity_type="company", entity_id=survivor.pk, field="name")
                .values_list("article__file_name", flat=True))
    assert cited == {"a.txt", "b.txt"}


@pytest.mark.django_db
def test_an_alias_an_editor_removed_is_not_added_back(articles):
    load_paths([articles])
    park = Park.objects.get()
    assert park.aliases == ["青岛市集成电路产业园区"]
    apply_editor_change(record=park, changes={"aliases": []})
    load_paths([articles], force=True)
    park.refresh_from_db()
    assert park.aliases == []


@pytest.mark.django_db
def test_a_verified_record_stays_verified_and_keeps_its_fields_after_reloads(articles):
    load_paths([articles])
    review_records(records=Park.objects.all(), status=ReviewStatus.VERIFIED, user=None)
    load_paths([articles], force=True)
    assert Park.objects.get().review_status == ReviewStatus.VERIFIED


@pytest.mark.django_db
def test_it_refuses_bad_files_by_name_and_loads_the_rest(articles, capsys):
    (articles / "empty.txt").write_bytes(b"")
    (articles / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    with pytest.raises(SystemExit) as exit_info:
        call_command("load_seeds", str(articles))
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert f"{articles / 'empty.txt'}: refused: empty file" in err
    assert f"{articles / 'binary.txt'}: refused: binary" in err
    assert SourceArticle.objects.count() == 2
    run = LoadRun.objects.get()
    assert (run.files_loaded, run.files_refused) == (2, 2)


@pytest.mark.django_db
def test_the_summary_is_the_last_line_and_json_says_the_same(articles, capsys):
    call_command("load_seeds", str(articles))
    last = capsys.readouterr().out.strip().splitlines()[-1]
    run = LoadRun.objects.get()
    assert run.records_created > 0
    assert last == ("files: 2 loaded, 0 unchanged, 0 refused; records: "
                    f"{run.records_created} created, {run.records_updated} updated, "
                    f"{run.records_unchanged} unchanged, 0 locked")
    call_command("load_seeds", str(articles), "--json")
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["files"] == {"loaded": 0, "unchanged": 2, "refused": 0, "skipped": 0, "seen": 2}


@pytest.mark.django_db
def test_a_missing_path_is_a_usage_error(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError) as error:
        call_command("load_seeds", str(tmp_path / "nope"))
    assert error.value.returncode == 2 and "nope" in str(error.value)


@pytest.mark.django_db
def test_a_dry_run_writes_nothing(articles):
    report = load_paths([articles], dry_run=True)
    assert report.records.created > 0
    assert SourceArticle.objects.count() == 0 and Park.objects.count() == 0 and LoadRun.objects.count() == 0


@pytest.mark.django_db
def test_unloading_an_article_removes_what_only_it_supported(articles):
    load_paths([articles])
    project = Project.objects.get()
    project.review_status = ReviewStatus.VERIFIED
    project.save()
    call_command("unload_article", "a.txt")
    assert Park.objects.count() == 1  # still supported by b.txt
    call_command("unload_article", "b.txt")
    assert Park.objects.count() == 0 and Company.objects.count() == 0 and Fact.objects.count() == 0
    project.refresh_from_db()
    assert project.source_lost is True


@pytest.mark.django_db
def test_different_figures_from_two_articles_are_both_kept_and_flagged(articles):
    (articles / "c.txt").write_text(ARTICLE_C, encoding="utf-8")
    load_paths([articles / "a.txt", articles / "c.txt"])
    facts = {f.value: f for f in Fact.objects.filter(metric="enterprises")}
    assert set(facts) == {Decimal("30"), Decimal("40")}
    assert all(f.has_conflict for f in facts.values())


@pytest.mark.django_db
def test_the_same_figure_from_two_articles_is_one_fact_without_conflict(articles):
    load_paths([articles / "a.txt", articles / "b.txt"])
    fact = Fact.objects.get(metric="enterprises")
    assert fact.has_conflict is False
    assert set(Evidence.objects.filter(entity_type="fact", entity_id=fact.pk).values_list("article__file_name",
                                                                                          flat=True)) == {"a.txt",
                                                                                                          "b.txt"}


@pytest.mark.django_db(transaction=True)
def test_a_run_stopped_half_way_keeps_the_batches_it_finished(articles, monkeypatch):
    write_article = pipeline.write_article

    def stop_in_the_second(*, article_text, **kwargs):
        result = write_article(article_text=article_text, **kwargs)
        if article_text.path.name == "b.txt":  # interrupted while the second batch is open
            raise KeyboardInterrupt
        return result

    monkeypatch.setattr(pipeline, "write_article", stop_in_the_second)
    told = []
    with pytest.raises(KeyboardInterrupt):
        load_paths([articles / "a.txt", articles / "b.txt"], batch_size=1, on_file=lambda o: told.append(o.path))
    # the first batch (a.txt) was committed before the second started; nothing of b.txt is there
    assert list(SourceArticle.objects.values_list("file_name", flat=True)) == ["a.txt"]
    assert Park.objects.count() == 1
    assert [Path(p).name for p in told] == ["a.txt"]  # a file is reported loaded only once committed
    assert LoadRun.objects.get().status == "interrupted"


def committed_run_statuses() -> list[str]:
    """The runs' statuses as another connection sees them: only what was committed."""
    other = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        with other.cursor() as cursor:
            cursor.execute(f"SELECT status FROM {LoadRun._meta.db_table} ORDER BY id")
            return [row[0] for row in cursor.fetchall()]
    finally:
        other.close()


class _AutocommitOffOutsideABlock:
    """A signal that lands between switching autocommit off and marking the atomic block: the connection is then in
    a transaction no block owns, and a save on it would never be committed."""

    def enter(self):
        connection.set_autocommit(False)

    def leave(self):
        connection.rollback()
        connection.set_autocommit(True)


class _AtomicBlockLeftOpen:
    """A signal that lands inside an atomic block, which is never left."""

    def enter(self):
        self.block = transaction.atomic()
        self.block.__enter__()

    def leave(self):
        self.block.__exit__(KeyboardInterrupt, KeyboardInterrupt(), None)  # rolls back what it held


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("state", [_AutocommitOffOutsideABlock, _AtomicBlockLeftOpen])
def test_an_interrupt_that_lands_inside_a_transactions_bookkeeping_is_still_recorded(articles, monkeypatch, state):
    interrupted = state()

    def interrupt(*args, **kwargs):
        interrupted.enter()
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_load", interrupt)
    try:
        with pytest.raises(KeyboardInterrupt):
            load_paths([articles / "a.txt"])
        assert committed_run_statuses() == ["interrupted"]
    finally:
        interrupted.leave()


@pytest.mark.django_db
def test_when_two_parks_share_a_key_the_one_with_the_exact_name_is_chosen(articles):
    # 青岛市集成电路产业园区 and 青岛集成电路产业园 both meet 青岛市集成电路产业园 under the park key
    exact = Park(name="青岛市集成电路产业园", city="青岛")
    exact.save()
    Park(name="青岛集成电路产业园区", city="").save()
    load_paths([articles / "a.txt"])
    assert Evidence.objects.filter(entity_type="park", field="name").values_list("entity_id", flat=True) \
        .distinct().get() == exact.pk
