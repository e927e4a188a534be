"""Loading real articles end to end: the seeds, editions of one story, bad files beside good ones, known names."""
from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from loaders import pipeline
from loaders.models import Evidence, SourceArticle
from loaders.pipeline import load_paths
from curation.models import ReviewStatus
from parks.models import Company, Park
from tests.loading import views_snapshot

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.django_db
def test_editions_of_one_story_are_linked_and_no_other_pair_is():
    load_paths([SEEDS])
    by_prefix = {a.file_name[:3]: a for a in SourceArticle.objects.all()}
    assert by_prefix["001"].duplicate_of_id == by_prefix["000"].pk
    linked = {a.file_name[:3] for a in SourceArticle.objects.filter(duplicate_of__isnull=False)}
    assert linked == {"001"}


@pytest.mark.django_db
def test_every_story_of_a_multi_story_page_is_loaded():
    load_paths([SEEDS])
    article = SourceArticle.objects.get(file_name=seed("000").name)
    parks = set(Park.objects.filter(pk__in=Evidence.objects.filter(article=article, entity_type="park")
                                    .values("entity_id")).values_list("name", flat=True))
    for place in ("黄石", "成都", "无锡"):
        assert any(place in name for name in parks), (place, parks)


@pytest.mark.django_db
def test_loading_the_seeds_twice_or_renamed_leaves_every_view_identical(tmp_path):
    load_paths([SEEDS])
    before = views_snapshot()
    load_paths([SEEDS])
    assert views_snapshot() == before
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path / f"copy-of-{path.name}")
    report = load_paths([tmp_path])
    assert {f.status for f in report.files} == {"unchanged"}
    assert views_snapshot() == before


@pytest.mark.django_db
def test_a_new_extractor_version_re_extracts_and_a_second_run_is_a_no_op(monkeypatch):
    load_paths([SEEDS])
    before = views_snapshot()
    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "test-next")
    report = load_paths([SEEDS])
    assert {f.status for f in report.files} == {"reloaded"}
    assert set(SourceArticle.objects.values_list("extractor_version", flat=True)) == {"test-next"}
    assert views_snapshot() == before
    assert {f.status for f in load_paths([SEEDS]).files} == {"unchanged"}


@pytest.mark.django_db
def test_a_folder_of_mixed_files_loads_the_good_ones_and_refuses_the_rest_by_name(tmp_path, capsys):
    text = seed("002").read_text(encoding="utf-8")
    (tmp_path / "gb.txt").write_bytes(seed("003").read_text(encoding="utf-8").encode("gb18030"))
    (tmp_path / "bom-crlf.txt").write_bytes(codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 8)
    with pytest.raises(SystemExit) as exit_info:
        call_command("load_seeds", str(tmp_path))
    assert exit_info.value.code == 1
    err = capsys.readouterr().err.splitlines()
    assert f"{tmp_path / 'empty.txt'}: refused: empty file" in err
    assert any(line.startswith(f"{tmp_path / 'image.txt'}: refused: binary") for line in err)
    assert SourceArticle.objects.count() == 2
    gb = SourceArticle.objects.get(file_name="gb.txt")
    assert gb.text == seed("003").read_text(encoding="utf-8").strip() or "青岛市氢能产业园" in gb.text
    crlf = SourceArticle.objects.get(file_name="bom-crlf.txt")
    assert "\r" not in crlf.text and not crlf.text.startswith("\ufeff")
    assert Park.objects.filter(name="青岛市氢能产业园").exists()


@pytest.mark.django_db
def test_a_name_editors_verified_is_found_without_any_suffix_and_not_inside_another_word(tmp_path):
    Company(name="瑞芯智造", review_status=ReviewStatus.VERIFIED).save()
    Company(name="海信", review_status=ReviewStatus.VERIFIED).save()
    (tmp_path / "news.txt").write_text(
        "本报讯 近日,瑞芯智造与滨海高新区签署合作协议,将建设研发中心。\n"
        "上海信息化发展研究协会的专家出席了签约仪式。\n", encoding="utf-8")
    load_paths([tmp_path])
    found = set(Company.objects.filter(
        pk__in=Evidence.objects.filter(entity_type="company").values("entity_id")).values_list("name", flat=True))
    assert "瑞芯智造" in found
    assert "海信" not in found


@pytest.mark.django_db
def test_a_parks_bare_kind_written_as_its_short_name_joins_no_other_article_s_park(tmp_path):
    # Each article writes its bonded zone later as just 综合保税区: inside the article that is the zone, but
    # across articles it is every bonded zone, so the second zone must not be filed under the first.
    (tmp_path / "a.txt").write_text("满洲里综合保税区今年实现进出口额10亿元。据介绍,综合保税区内已入驻企业20家。\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("凭祥综合保税区今年实现进出口额30亿元。据介绍,综合保税区内已入驻企业40家。\n",
                                    encoding="utf-8")
    load_paths([tmp_path])
    parks = {p.name: p.aliases for p in Park.objects.filter(name__endswith="综合保税区")}
    assert set(parks) == {"满洲里综合保税区", "凭祥综合保税区"}, parks
    assert all("综合保税区" not in aliases for aliases in parks.values()), parks
