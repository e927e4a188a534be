"""What keeps loading flat as the database grows: a small sentence index that ignores boilerplate, and
re-loads that rewrite nothing they do not have to."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curation import conflicts
from loaders import editions, pipeline
from loaders.dedupe import INDEXED_KEYS_PER_SENTENCE, index_keys, key_as_bigint, sentence_sketch
from loaders.extract.types import ArticleMeta
from loaders.models import Evidence, SentenceKey, SourceArticle
from loaders.pipeline import load_paths
from loaders.resolve import refresh_match_keys
from parks.models import Park
from projects.models import Fact
from tests import loading as L

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

BOILERPLATE = "欢迎关注本报微信公众号获取更多园区招商引资最新动态"
STORIES = [
    ["甲市新材料产业园今年引进了一家生产高性能纤维的龙头企业",
     "这家企业计划三年内建成六条现代化生产线并全部投产",
     "园区管委会表示将为企业提供一站式审批和人才公寓服务"],
    ["乙县农产品加工园区上半年新增规模以上企业十一家之多",
     "园区内冷链物流中心已经完成主体结构施工进入装修阶段",
     "当地政府计划在明年春季举办首届特色农产品展销博览会"],
    ["丙区软件园正在建设面向中小企业的公共算力服务平台",
     "平台一期部署的服务器可满足三百家企业的日常研发需求",
     "软件园还与本地两所高校共建了联合实验室和实训基地"],
    ["丁镇智能制造小镇的首批标准厂房已经全部交付给企业使用",
     "入驻企业主要生产工业机器人减速器和伺服电机等关键部件",
     "小镇规划建设的职工生活区预计将在年底前投入使用"],
]


def article(*sentences: str) -> str:
    return "。\n".join(sentences) + "。\n"


@pytest.mark.parametrize("name", ["000", "002", "004"])
def test_an_article_is_indexed_under_at_most_two_keys_a_sentence(name):
    sketch = sentence_sketch(next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8"))
    keys = index_keys(sketch)
    assert 0 < len(keys) <= INDEXED_KEYS_PER_SENTENCE * len(sketch)
    assert all(-(1 << 63) <= key < (1 << 63) for key in keys)


def test_a_sentence_repeated_verbatim_brings_its_indexed_keys_along():
    one = sentence_sketch(article(STORIES[0][0]))
    other = sentence_sketch(article(STORIES[1][0], STORIES[0][0], STORIES[2][1]))
    assert set(index_keys(one)) <= set(index_keys(other))


@pytest.mark.django_db
def test_a_boilerplate_sentence_is_ignored_but_a_real_edition_is_still_found(tmp_path, monkeypatch):
    monkeypatch.setattr(editions, "COMMON_KEY_ARTICLES", 3)
    for n, story in enumerate(STORIES):  # four different stories, each with the boilerplate line
        (tmp_path / f"{n}.txt").write_text(article(*story, BOILERPLATE), encoding="utf-8")
    (tmp_path / "8.txt").write_text(article(BOILERPLATE, "己市一家老字号食品厂今年秋天推出了三款新口味的月饼礼盒"), encoding="utf-8")
    (tmp_path / "9.txt").write_text(article(BOILERPLATE, STORIES[1][0], "戊市今天召开了一次与园区无关的新闻发布会并通报了天气情况"),
                                    encoding="utf-8")
    load_paths([tmp_path])
    by_name = {a.file_name: a for a in SourceArticle.objects.all()}
    # Sharing only the boilerplate (a quarter of the sentences) links nothing ...
    assert [by_name[f"{n}.txt"].duplicate_of_id for n in range(4)] == [None] * 4
    # ... an article that is half boilerplate is nobody's edition (it would be every story's) ...
    assert by_name["8.txt"].duplicate_of_id is None
    # ... and once the line is boilerplate, it no longer finds candidates, but it still counts
    # towards the 40% of a candidate found by a distinctive sentence: 2 of the 3 sentences.
    assert by_name["9.txt"].duplicate_of_id == by_name["1.txt"].pk
    # Found common once, the line's indexed keys are not read again in the run.
    assert set(index_keys(sentence_sketch(article(BOILERPLATE)))) <= editions._common_keys


@pytest.mark.django_db
def test_the_candidate_editions_are_read_from_the_article_table_by_key_not_by_scanning_it(tmp_path):
    for n, story in enumerate(STORIES):
        (tmp_path / f"{n}.txt").write_text(article(*story), encoding="utf-8")
    load_paths([tmp_path])
    SourceArticle.objects.bulk_create(  # a table of some pages: one page is cheaper to scan than to look up
        SourceArticle(file_name=f"other{n}.txt", path=f"other{n}.txt", sha256=f"{n:064x}", text="其他文章。" * 40,
                      char_count=200, sentence_count=40) for n in range(2000))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE loaders_sourcearticle")
        keys = [key_as_bigint(k) for keys in sentence_sketch(article(*STORIES[0])) for k in keys]
        cursor.execute("EXPLAIN " + editions.CANDIDATES_SQL, {"keys": keys, "me": 0, "common": 50})
        plan = "\n".join(row[0] for row in cursor.fetchall())
    # A scan of the whole table for each new article is a cost that grows with every article loaded.
    assert "Seq Scan on loaders_sourcearticle" not in plan, plan
    assert "Index Scan using loaders_sourcearticle_pkey" in plan, plan


@pytest.mark.django_db
def test_a_forced_reload_of_unchanged_text_rewrites_no_evidence_and_no_sentence_keys():
    load_paths([SEEDS])
    evidence = set(Evidence.objects.values_list("pk", flat=True))
    keys = set(SentenceKey.objects.values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as queries:
        report = load_paths([SEEDS], force=True)
    assert {f.status for f in report.files} == {"reloaded"}
    article_updates = [q["sql"] for q in queries.captured_queries if q["sql"].startswith('UPDATE "loaders_sourcearticle"')]
    assert article_updates and not any('"text"' in sql for sql in article_updates)  # the same text is not rewritten
    assert set(Evidence.objects.values_list("pk", flat=True)) == evidence
    assert set(SentenceKey.objects.values_list("pk", flat=True)) == keys
    assert report.records.created == report.records.updated == 0


CITIES = "甲乙丙丁戊己庚辛壬癸"


def shaped_article(n: int) -> str:
    """Articles of one shape with different names: each costs the same statements, whatever came before."""
    c = CITIES[n % 10] + CITIES[n // 10 % 10]
    return (f"{c}高新区内的{c}东江科技园今年签约总投资6亿元的{c}湿法设备总部项目。\n"
            f"目前，{c}东江科技园已集聚{c}思锐智能等30余家重点企业。\n")


def shaped_extract(text: str, *, known_names=None):
    c = text[:2]
    return L.extraction(
        parks=[L.park(text, f"{c}高新区"), L.park(text, f"{c}东江科技园", parent=f"{c}高新区")],
        companies=[L.company(text, f"{c}思锐智能", park=f"{c}东江科技园")],
        projects=[L.project(text, f"{c}湿法设备总部项目", park=f"{c}东江科技园",
                            investment=L.amount(text, "总投资6亿元", "600000000"), status="签约")],
        facts=[L.fact(text, f"{c}东江科技园", "enterprises", "30余家", "30", "count", "余")],
    )


@pytest.mark.django_db
def test_a_new_park_in_a_new_parent_is_inserted_with_its_parent_and_one_history_row(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract", shaped_extract)
    (tmp_path / "a.txt").write_text(shaped_article(0), encoding="utf-8")
    load_paths([tmp_path])
    park = Park.objects.get(name="甲甲东江科技园")
    assert park.parent.name == "甲甲高新区"
    assert [(h.history_type, h.parent_id) for h in park.history.all()] == [("+", park.parent_id)]


@pytest.mark.django_db
def test_the_statements_an_article_costs_do_not_grow_with_the_database(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract", shaped_extract)

    def statements_to_load(n: int) -> int:
        folder = tmp_path / str(n)
        folder.mkdir()
        (folder / "a.txt").write_text(shaped_article(n), encoding="utf-8")
        with CaptureQueriesContext(connection) as queries:
            load_paths([folder])
        return len(queries)

    refresh_match_keys()  # a new database's first load records which match_key made its (no) keys
    first = statements_to_load(1)
    for n in range(2, 40):
        statements_to_load(n)
    assert statements_to_load(40) == first
    # One article's share: read what exists, insert each new record type and its history (COPY
    # writes records, history, evidence and keys without a statement of their own here).
    assert first <= 40


@pytest.mark.django_db
def test_a_run_that_finds_every_article_loaded_reads_no_record_names():
    load_paths([SEEDS])
    with CaptureQueriesContext(connection) as queries:
        report = load_paths([SEEDS])
    assert {f.status for f in report.files} == {"unchanged"}
    assert not any('"alias_keys"' in q["sql"] for q in queries.captured_queries)


@pytest.mark.django_db
def test_a_candidate_edition_met_again_is_judged_without_reading_its_text_again(monkeypatch):
    monkeypatch.setattr(editions, "_sketches", type(editions._sketches)())
    texts = ["。".join(story) + "。" for story in STORIES[:2]]
    articles = [SourceArticle.objects.create(file_name=f"{n}.txt", sha256=f"{n:064d}", text=text, char_count=len(text))
                for n, text in enumerate(texts)]
    new = sentence_sketch(texts[0] + BOILERPLATE + "。")
    chosen = {a.pk: a.sha256 for a in articles}
    with CaptureQueriesContext(connection) as first:
        best = editions._best_by_full_sketch(new, chosen)
    assert best == articles[0].pk and len(first) == 1  # both texts read and sketched once
    with CaptureQueriesContext(connection) as again:
        assert editions._best_by_full_sketch(new, chosen) == best
    assert len(again) == 0
    # Another text under the same id (a database rebuilt between runs) is read again, not taken from memory.
    SourceArticle.objects.filter(pk=articles[0].pk).update(sha256="f" * 64, text=texts[1])
    with CaptureQueriesContext(connection) as changed:
        assert editions._best_by_full_sketch(new, {articles[0].pk: "f" * 64}) is None
    assert len(changed) == 1


HOT_PARK = "青岛国际创新园"
# One park's enterprise count, article after article: (file, published, [(wording, value, qualifier)]).
COUNTS = [
    ("a.txt", date(2024, 1, 5), [("200家", "200", "")]),
    ("b.txt", date(2024, 2, 5), [("260家", "260", "")]),  # disagrees with a
    ("c.txt", date(2024, 3, 5), [("200家", "200", ""), ("260家", "260", "")]),  # both figures again, side by side
    ("d.txt", date(2024, 4, 5), [("约250家", "250", "约")]),  # 225-275: agrees with 260, not with 200
    ("e.txt", date(2025, 4, 5), [("300家", "300", "")]),  # another year: another period, no pair
    ("f.txt", date(2024, 5, 5), [("260家", "260", ""), ("40余家", "40", "余")]),
    ("g.txt", date(2025, 6, 5), [("300家", "300", ""), ("310家", "310", "")]),  # two scopes of one article
]


def count_article(wordings) -> str:
    return "".join(f"{HOT_PARK}集聚企业{w}。\n" for w, _, _ in wordings)


def extract_counts(monkeypatch, counts) -> None:
    """Make the loader's extraction of each count article the park and its enterprise counts, as written."""
    extractions = {}
    for name, published, wordings in counts:
        text = count_article(wordings)
        extractions[text.strip()] = L.extraction(
            meta=ArticleMeta(title="标题", outlet=None, published_on=published, published_precision="day"),
            parks=[L.park(text, HOT_PARK)],
            facts=[L.fact(text, HOT_PARK, "enterprises", w, v, "count", q) for w, v, q in wordings])
    monkeypatch.setattr(pipeline, "extract", lambda text, **kw: extractions[text.strip()])


def flags_by_definition() -> dict[int, bool]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT fact_id_a, fact_id_b FROM live_conflict_pairs")
        paired = {fact_id for pair in cursor.fetchall() for fact_id in pair}
    return {pk: pk in paired for pk in Fact.objects.values_list("pk", flat=True)}


@pytest.mark.django_db
def test_after_each_new_article_the_conflict_flags_are_what_the_definition_gives(tmp_path, monkeypatch):
    # A new article's flags are refreshed from the pairs with its own figures only (curation.conflicts):
    # after every article they must still be those of every pair live_conflict_pairs finds.
    extract_counts(monkeypatch, COUNTS)
    history = []
    for name, _, wordings in COUNTS:
        (tmp_path / name).write_text(count_article(wordings), encoding="utf-8")
        load_paths([tmp_path / name])
        flags = dict(Fact.objects.values_list("pk", "has_conflict"))
        assert flags == flags_by_definition(), name
        history.append(sum(flags.values()))
    assert history == [0, 2, 2, 3, 3, 4, 4]  # the pairs the steps make: a-b, then d with a, then f's 40余家
    # A forced reload re-reads the groups whole and finds the same.
    load_paths([tmp_path], force=True)
    assert dict(Fact.objects.values_list("pk", "has_conflict")) == flags_by_definition()


@pytest.mark.django_db
def test_a_new_figure_of_a_much_disputed_subject_is_checked_against_a_few_partners_not_all(tmp_path, monkeypatch):
    # Twelve articles each give the park another enterprise count: every pair disagrees. The thirteenth
    # article's figure needs one partner to be flagged; the view (which computes each fact it reads from
    # its evidence) is asked about a handful of facts, not the twelve, and the flags stay the definition's.
    monkeypatch.setattr(conflicts, "PARTNERS_AT_A_TIME", 4)
    counts = [(f"{n:02d}.txt", date(2024, 1, 1 + n), [(f"{100 + 10 * n}家", str(100 + 10 * n), "")])
              for n in range(13)]
    extract_counts(monkeypatch, counts)
    for name, _, wordings in counts[:-1]:
        (tmp_path / name).write_text(count_article(wordings), encoding="utf-8")
        load_paths([tmp_path / name])
    asked = []
    paired = conflicts._paired
    monkeypatch.setattr(conflicts, "_paired", lambda left, right: asked.append(set(left) | set(right))
                        or paired(left, right))
    name, _, wordings = counts[-1]
    (tmp_path / name).write_text(count_article(wordings), encoding="utf-8")
    load_paths([tmp_path / name])
    assert asked and max(len(ids) for ids in asked) <= 1 + 4
    flags = dict(Fact.objects.values_list("pk", "has_conflict"))
    assert len(flags) == 13 and all(flags.values())
    assert flags == flags_by_definition()


@pytest.mark.django_db
def test_a_long_load_refreshes_the_planner_statistics_of_what_it_grows_at_each_doubling(tmp_path, monkeypatch, settings):
    monkeypatch.setattr(pipeline, "extract", shaped_extract)
    monkeypatch.setattr(pipeline, "ANALYZE_AFTER", {2, 4, 8})
    settings.LOAD_PARALLEL_MIN_FILES, settings.LOAD_WORKERS = 3, 0
    for n in range(9):
        (tmp_path / f"{n}.txt").write_text(shaped_article(n), encoding="utf-8")
    with CaptureQueriesContext(connection) as queries:
        load_paths([tmp_path])
    analyzed = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("ANALYZE")]
    # after the 2nd, 4th and 8th file: every table the load fills, each time
    tables = {sql.split()[1].strip('"') for sql in analyzed}
    assert {"parks_park", "parks_company", "projects_project", "projects_fact", "loaders_evidence",
            "loaders_sentencekey", "loaders_sourcearticle"} <= tables
    assert len(analyzed) == 3 * len(tables)
    assert SourceArticle.objects.count() == 9


@pytest.mark.django_db
def test_a_load_smaller_than_what_is_there_leaves_the_statistics_to_autovacuum(tmp_path, monkeypatch, settings):
    monkeypatch.setattr(pipeline, "extract", shaped_extract)
    settings.LOAD_PARALLEL_MIN_FILES, settings.LOAD_WORKERS = 3, 0
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    for n in range(8):
        (first / f"{n}.txt").write_text(shaped_article(n), encoding="utf-8")
    for n in range(8, 12):
        (second / f"{n}.txt").write_text(shaped_article(n), encoding="utf-8")
    monkeypatch.setattr(pipeline, "ANALYZE_AFTER", {2, 4})
    with CaptureQueriesContext(connection) as queries:
        load_paths([first])
    analyzed = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("ANALYZE")]
    assert analyzed, "a load into an empty database refreshes the statistics as it grows"
    # only the columns lookups use: no article text, no quote, so no bigram expression statistics
    assert not [sql for sql in analyzed if '"text"' in sql or '"quote"' in sql]
    assert [sql for sql in analyzed if sql.startswith('ANALYZE "loaders_evidence" (') and '"entity_id"' in sql]
    with CaptureQueriesContext(connection) as queries:
        load_paths([second])  # 4 files onto 8 articles: the tables grow by half at most
    assert not [q for q in queries.captured_queries if q["sql"].startswith("ANALYZE")]
    assert SourceArticle.objects.count() == 12


@pytest.mark.django_db
def test_a_short_load_leaves_the_statistics_to_autovacuum(tmp_path, monkeypatch, settings):
    monkeypatch.setattr(pipeline, "extract", shaped_extract)
    monkeypatch.setattr(pipeline, "ANALYZE_AFTER", {1, 2})
    settings.LOAD_PARALLEL_MIN_FILES = 40
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(shaped_article(n), encoding="utf-8")
    with CaptureQueriesContext(connection) as queries:
        load_paths([tmp_path])
    assert not [q for q in queries.captured_queries if q["sql"].startswith("ANALYZE")]
