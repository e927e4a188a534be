"""Every admin page an editor can open, rendered in Chinese, shows no English word outside a short allow-list.

The scan visits the index, every model's list, add, change and history pages, an old version, the review queue's
tabs, the split, change-type and merge pages, import and export, the load runs and the analysts' pages, then looks
for ASCII words in the visible text (scripts, styles and tags removed). Proper names and formats are allowed.
"""
from __future__ import annotations

import re
from decimal import Decimal
from html import unescape

import pytest
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from loaders.models import LoadRun
from curation.editing import apply_editor_change
from curation.merge import mark_not_same, merge_records
from parks.models import Company

pytestmark = pytest.mark.django_db

# Formats and standards editors know by these names, the data's own words, and the user's login name.
ALLOWED = {"CSV", "csv", "XLSX", "xlsx", "UTF", "BOM", "Excel", "GB", "SHA", "txt", "test", "editor",
           "docs", "data", "dictionary", "md"}  # the last: the data dictionary's file name
WORD = re.compile(r"[A-Za-z]{2,}")


def visible_text(html: str) -> str:
    html = re.sub(r"\b[0-9a-f]{32,}\b", " ", html)  # text fingerprints (SHA-256) are data
    html = re.sub(r"<(script|style|code)\b.*?</\1>", " ", html, flags=re.S | re.I)  # code: names typed in SQL
    html = re.sub(r"<!--.*?-->", " ", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return unescape(html)


def admin_pages(world) -> list[str]:
    urls = [reverse("admin:index"), reverse("review_queue")]
    urls += [reverse("review_queue") + f"?type={t}" for t in ("conflict", "project", "fact", "company")]
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        info = opts.app_label, opts.model_name
        urls.append(reverse("admin:app_list", args=[opts.app_label]))
        for name, args in [("changelist", []), ("add", [])]:
            try:
                urls.append(reverse("admin:%s_%s_%s" % (*info, name), args=args))
            except NoReverseMatch:
                pass
        obj = model.objects.order_by("pk").first() if opts.managed else None  # analytics pages are unmanaged
        if obj is not None:
            for name in ("change", "history"):
                try:
                    urls.append(reverse("admin:%s_%s_%s" % (*info, name), args=[obj.pk]))
                except NoReverseMatch:
                    pass
            if hasattr(model, "history"):
                version = obj.history.order_by("history_id").first()
                if version is not None:
                    urls.append(reverse("admin:%s_%s_simple_history" % info, args=[obj.pk, version.history_id]))
        for name in ("import", "export"):
            try:
                urls.append(reverse("admin:%s_%s_%s" % (*info, name)))
            except NoReverseMatch:
                pass
    project = world["project"]
    urls += [reverse("admin:projects_project_split", args=[project.pk]),
             reverse("admin:projects_project_change_type", args=[project.pk])]
    return urls


@pytest.fixture
def busy_world(world):
    """The small world plus a merge, a not-same pair, a load run and an edit, so their pages have rows."""
    other = Company.objects.create(name="海尔集团")
    third = Company.objects.create(name="海尔生物")
    merge_records(survivor=world["company"], others=[other])
    mark_not_same(first=world["company"], second=third)
    LoadRun.objects.create(extractor_version="7", files_seen=5, files_loaded=5, records_created=12)
    world["fact"].metric = "annual_revenue"  # a code of the vocabulary (older data is renamed by a migration)
    world["fact"].save()
    article = world["article"]
    article.text = article.text.replace("<script>alert('x')</script>", "")  # the data's own markup is not the UI's
    article.save()
    from django.db.models import Value
    from django.db.models.functions import Replace
    from loaders.models import Evidence
    Evidence.objects.update(quote=Replace("quote", Value("<script>alert('x')</script>"), Value("")))
    apply_editor_change(record=world["project"], changes={"investment_cny": Decimal("390000000"),
                                                          "investment_amount": Decimal("390000000")})
    return world


def test_no_admin_page_an_editor_opens_shows_an_english_word(editor_client, busy_world):
    found: dict[str, set[str]] = {}
    for url in admin_pages(busy_world):
        response = editor_client.get(url)
        if response.status_code in (302, 403, 404):
            continue  # a page editors cannot open (users and groups, adding a merge log …)
        assert response.status_code == 200, url
        words = set(WORD.findall(visible_text(response.content.decode()))) - ALLOWED
        if words:
            found[url] = words
    assert found == {}, "\n".join(f"{u}: {sorted(w)}" for u, w in found.items())


def test_history_speaks_the_editors_words(editor_client, busy_world):
    project = busy_world["project"]
    html = editor_client.get(reverse("admin:projects_project_history", args=[project.pk])).content.decode()
    assert "编辑修改：投资额(元)" in html
    assert "6亿元" in html and "3.9亿元" in html and "390000000" not in html


def test_a_fact_reads_as_written_with_its_metric_label(editor_client, busy_world):
    html = editor_client.get(reverse("admin:projects_fact_changelist")).content.decode()
    text = visible_text(html)
    assert "营业收入" in text and "约30亿元" in text and "annual_revenue" not in text
    assert reverse("review_queue") + "?type=conflict" in html  # a conflict links to its side-by-side view


def test_the_load_runs_list_has_chinese_columns(editor_client, busy_world):
    html = editor_client.get(reverse("admin:loaders_loadrun_changelist")).content.decode()
    assert "抽取程序版本" in html and "新建记录" in html and "Files seen" not in html


def test_spreadsheet_headers_are_chinese_and_the_export_page_lists_them(editor_client, busy_world):
    html = editor_client.get(reverse("admin:projects_project_export")).content.decode()
    assert "名称" in html and "投资额" in html and "Investment" not in html


def test_the_index_shows_the_work_waiting_and_lists_editors_apps_first(admin_client, busy_world):
    html = admin_client.get(reverse("admin:index")).content.decode()
    summary = html[html.index('id="work-summary"'):]
    assert "数据冲突（1）" in summary and "项目（1）" in summary and "园区（1）" in summary
    assert "文件 5 个：导入 5" in summary and "记录新建 12" in summary
    assert html.index("园区与企业") < html.index("项目、基金与数据") < html.index("来源与导入") < html.index("认证和授权")
