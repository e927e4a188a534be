"""Every admin page an editor can open, rendered in Chinese, shows no English word outside a short allow-list.

The scan loads the seed articles (so pages show real data: load-run reports, inferred dates, evidence of every
field), then merges, splits, marks, edits and reloads, and visits the index, every model's list, add, change and
history pages for a few records each, an old version, every tab of the review queue, the split, change-type and
merge pages, import (the form and a preview with refused rows) and export, the load runs and the analysts' pages,
and a form sent back with an error. It looks for ASCII words in the visible text (scripts, styles, tags and
<code> removed: <code> holds names typed in SQL and the loader's own notes, quoted as written). Words of the
articles themselves (TOP, VR, AOI …) are the data's, as are file-name fingerprints; formats are allowed.

A superuser's walk then follows every link the admin offers from the index (users, groups and their permissions,
the login records, delete confirmations, filters and facet counts), and checks it opened the list, add and change
page of every registered model.
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
           "docs", "data", "dictionary", "md",  # the last: the data dictionary's file name
           "IP", "LDAP", "Control", "Command", "Mac"}  # an IP address; Django's Chinese names the keys as printed
WORD = re.compile(r"[A-Za-z]{2,}")


def visible_text(html: str) -> str:
    html = re.sub(r"\b[0-9a-f]{32,}\b", " ", html)  # text fingerprints (SHA-256) are data
    html = re.sub(r"\b\d{3}_[0-9a-f]{16}\.txt\b", " ", html)  # a seed's file name carries one
    html = re.sub(r"<(script|style|code)\b.*?</\1>", " ", html, flags=re.S | re.I)  # code: names typed in SQL
    html = re.sub(r"<!--.*?-->", " ", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return unescape(html)


def admin_pages(records: dict, *, per_model: int = 1) -> list[str]:
    """Every page of every registered admin for the first `per_model` records of each model, and the editors' own
    pages; `records` names a project and a company whose split and change-type pages are visited too."""
    urls = [reverse("admin:index"), reverse("review_queue")]
    from curation.review import QUEUE_TYPES
    urls += [reverse("review_queue") + f"?type={t.key}" for t in QUEUE_TYPES]
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        info = opts.app_label, opts.model_name
        urls.append(reverse("admin:app_list", args=[opts.app_label]))
        for name, args in [("changelist", []), ("add", [])]:
            try:
                urls.append(reverse("admin:%s_%s_%s" % (*info, name), args=args))
            except NoReverseMatch:
                pass
        objects = list(model.objects.order_by("pk")[:per_model]) if opts.managed else []  # analytics: unmanaged
        for obj in objects:
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
    for record in (records["project"], records["company"]):
        opts = record._meta
        urls += [reverse(f"admin:{opts.app_label}_{opts.model_name}_split", args=[record.pk]),
                 reverse(f"admin:{opts.app_label}_{opts.model_name}_change_type", args=[record.pk])]
    return list(dict.fromkeys(urls))


def english_words(html: str, *, data_words: set[str] = frozenset()) -> set[str]:
    return set(WORD.findall(visible_text(html))) - ALLOWED - data_words


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


@pytest.fixture
def seeded(db, seeds_dir):
    """The seed articles loaded twice (the second run's report has files left unchanged, with the loader's notes),
    then a merge, a split, a not-same pair, an editor's correction and a settled review: every page has rows."""
    import io

    from django.core.management import call_command

    from curation.merge import split_record
    from curation.review import BY_KEY, pending
    from loaders.models import Evidence, SourceArticle
    from projects.models import Project

    quiet = {"stdout": io.StringIO(), "stderr": io.StringIO()}
    call_command("load_seeds", str(seeds_dir), **quiet)
    call_command("load_seeds", str(seeds_dir), **quiet)
    companies = list(Company.objects.order_by("pk")[:4])
    merge_records(survivor=companies[0], others=[companies[1]])
    mark_not_same(first=companies[0], second=companies[2])
    split = next(c for c in Company.objects.order_by("pk")
                 if Evidence.objects.filter(entity_type="company", entity_id=c.pk).count() > 2)
    split_record(record=split, name=split.name + "（拆分）",
                 evidence_ids=[Evidence.objects.filter(entity_type="company", entity_id=split.pk).first().pk])
    project = pending(BY_KEY["project"]).exclude(investment_cny=None).first() or Project.objects.first()
    apply_editor_change(record=project, changes={"investment_cny": Decimal("390000000"),
                                                 "investment_amount": Decimal("390000000")})
    data_words = set(WORD.findall(" ".join(SourceArticle.objects.values_list("text", flat=True))))
    return {"project": project, "company": companies[0], "data_words": data_words}


def test_no_admin_page_an_editor_opens_shows_an_english_word(seeded, editor_client):
    found: dict[str, set[str]] = {}
    for url in admin_pages(seeded, per_model=3):
        response = editor_client.get(url)
        if response.status_code in (302, 403, 404):
            continue  # a page editors cannot open (users and groups, adding a merge log …)
        assert response.status_code == 200, url
        if words := english_words(response.content.decode(), data_words=seeded["data_words"]):
            found[url] = words
    assert found == {}, "\n".join(f"{u}: {sorted(w)}" for u, w in found.items())


def test_pages_an_editor_reaches_by_sending_a_form_show_no_english_word(seeded, editor_client):
    """An import preview with refused rows, the merge confirmation, a form sent back with an error."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.contrib import admin as django_admin

    project, company = seeded["project"], seeded["company"]
    other = Company.objects.exclude(pk=company.pk).order_by("pk").first()
    pages = {}
    for model, model_admin in django_admin.site._registry.items():
        opts = model._meta
        if not getattr(model_admin, "resource_classes", None):
            continue
        # the first exported row, then a row each of its cells refuses: a bad id, a bad code, an unreadable amount
        exported = editor_client.post(reverse(f"admin:{opts.app_label}_{opts.model_name}_export"), {
            "format": "0", "resource": "0", **{f"{model_admin.resource_classes[0].__name__.lower()}_{f}": "on"
                                                for f in model_admin.resource_classes[0]().fields}})
        lines = exported.content.decode("utf-8-sig").splitlines()
        header, first = lines[0], lines[1]
        broken = ",".join("某某" for _ in header.split(","))  # no id, no code, no amount, no date
        upload = SimpleUploadedFile("表.csv", "\n".join([header, first, broken]).encode("utf-8-sig"))
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_import")
        pages[url + " (preview)"] = editor_client.post(url, {"import_file": upload, "format": "0", "resource": "0"})
    changelist = reverse("admin:parks_company_changelist")
    pages["merge confirmation"] = editor_client.post(changelist, {"action": "merge_selected",
                                                                  "_selected_action": [company.pk, other.pk]})
    pages["a taken name"] = editor_client.post(reverse("admin:parks_company_change", args=[other.pk]), {
        "name": company.name, "aliases": "", "kind": "enterprise"})
    pages["an unreadable amount"] = editor_client.post(reverse("admin:projects_project_change", args=[project.pk]), {
        "name": project.name, "aliases": "", "investment": "很多钱"})
    found = {}
    for name, response in pages.items():
        assert response.status_code == 200, name
        if words := english_words(response.content.decode(), data_words=seeded["data_words"]):
            found[name] = words
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


@pytest.mark.parametrize("basis, shown", [
    ("stated: '2021年6月2日'", "文中写明：2021年6月2日"),
    ("inferred: latest event 6月2日, year 2021 from context", "推断：文中最晚的日期 6月2日，年份 2021 由上下文推断"),
    ("inferred: latest month 4月, year 2024 from context", "推断：文中最晚的月份 4月，年份 2024 由上下文推断"),
    ("inferred: year 2023 from context", "推断：年份 2023 由上下文推断"),
])
def test_how_a_publication_date_was_found_reads_in_chinese(basis, shown):
    from loaders.admin import date_basis_text
    assert date_basis_text(basis) == shown


def test_a_load_run_page_lists_each_file_and_each_record_type_in_chinese(editor_client, busy_world):
    run = LoadRun.objects.get()
    run.report = {"files": [{"path": "/data/000_a.txt", "status": "unchanged", "reason": "already loaded as 000_a.txt",
                             "warnings": [], "records": {}},
                            {"path": "/data/001_b.txt", "status": "refused", "reason": "binary content (NUL bytes)",
                             "warnings": [], "records": {}}],
                  "records": {"by_type": {"company": {"created": 3, "updated": 1, "unchanged": 0, "locked": 0}}}}
    run.save()
    html = editor_client.get(reverse("admin:loaders_loadrun_change", args=[run.pk])).content.decode()
    assert "<td>000_a.txt</td><td>未变（已导入过）</td>" in html and "<td>001_b.txt</td><td>已拒绝</td>" in html
    assert "<code>binary content (NUL bytes)</code>" in html  # the loader's note, as the operator reads it
    assert "<td>企业/机构</td><td>3</td><td>1</td>" in html
    assert '"by_type"' not in html and "&quot;by_type&quot;" not in html


# ---------------------------------------------------------------- a superuser's walk from the index

HREF = re.compile(r"""<a\b[^>]*?\bhref=(["'])(.*?)\1""", re.S | re.I)


def walk_admin(client, *, start: str, per_view: int = 2) -> dict[str, object]:
    """The HTML pages reached from `start` by following the admin's own links (GET only, as a visitor clicks):
    up to `per_view` pages per URL name (a third park's page shows nothing the first two did not), and from a page
    without a query string one link of each kind with one (a filter, a sort, the facet counts, a page of the list),
    whose own links with a query string are left: filters combined show nothing new. Logging out, the public site
    and downloads are left alone."""
    from urllib.parse import parse_qsl, urljoin, urlsplit

    from django.urls import Resolver404, resolve

    seen: dict[tuple, int] = {}
    pages: dict[str, object] = {}
    queue = [start]
    while queue:
        url = queue.pop(0)
        if url in pages:
            continue
        response = client.get(url)
        assert response.status_code in (200, 302), f"{url}: {response.status_code}"
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        pages[url] = response
        for href in (unescape(m.group(2)) for m in HREF.finditer(response.content.decode())):
            parts = urlsplit(urljoin(url, href))  # relative: a filter's ?…, the password form's ../password/
            if parts.netloc not in ("", "testserver") or not parts.path.startswith("/admin/"):
                continue  # another site, the public site, or a link inside the page (#…)
            try:
                view = resolve(parts.path).view_name
            except Resolver404:
                continue
            if view in ("admin:logout", "admin:view_on_site", "admin:jsi18n"):
                continue
            if parts.query and urlsplit(url).query:
                continue
            target = parts.path + ("?" + parts.query if parts.query else "")
            key = (view, tuple(sorted(k for k, _v in parse_qsl(parts.query, keep_blank_values=True))))
            if target in pages or target in queue or seen.get(key, 0) >= (1 if parts.query else per_view):
                continue
            seen[key] = seen.get(key, 0) + 1
            queue.append(target)
    return pages


@pytest.fixture
def superuser_world(seeded, client):
    """The seeded world plus what only a superuser's pages list: an editor, a group with permissions, a locked-out
    login (axes' access attempts and failures) and a successful one (axes' access log)."""
    from axes.models import AccessFailureLog
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.test import Client

    from tests.editor_fixtures import make_editor

    make_editor()
    for _attempt in range(settings.AXES_FAILURE_LIMIT + 1):  # locked out, and refused once more
        Client().post(reverse("admin:login"), {"username": "editor", "password": "wrong"})
    # axes writes these only with AXES_ENABLE_ACCESS_FAILURE_LOG, off here; the admin lists them all the same
    AccessFailureLog.objects.create(username="editor", ip_address="127.0.0.1", user_agent="<unknown>",
                                    http_accept="*/*", path_info="/admin/login/", locked_out=True)
    chief = User.objects.create_superuser("chief", "chief@parks.example", "pw-chief-1")
    assert Client().post(reverse("admin:login"), {"username": "chief", "password": "pw-chief-1"}).status_code == 302
    client.force_login(chief)
    return {**seeded, "client": client, "user": chief}


def account_words() -> set[str]:
    """Names people chose and what browsers sent, shown as recorded: user and group names, e-mail addresses, a
    password's algorithm and the first characters of its salt and hash (the user page shows them), axes' request
    fields."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.auth.models import Group, User

    texts = [" ".join(row) for row in User.objects.values_list("username", "email", "first_name", "last_name")]
    texts += list(Group.objects.values_list("name", flat=True))
    texts += [part[:6] + " " + part for password in User.objects.values_list("password", flat=True)
              for part in password.split("$")]
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        for row in model.objects.values():
            texts += [str(row[k]) for k in ("username", "user_agent", "http_accept", "path_info", "get_data",
                                            "post_data") if k in row]
    return set(WORD.findall(" ".join(texts)))


def pages_not_reached(pages: dict, user) -> list[str]:
    """The list, add and change page of every registered model that the walk did not open (a model with no record
    to open, a page no link leads to)."""
    from urllib.parse import urlsplit

    from django.test import RequestFactory
    from django.urls import resolve

    request = RequestFactory().get("/admin/")
    request.user = user
    opened = {resolve(urlsplit(url).path).view_name for url in pages}
    wanted = []
    for model, model_admin in admin.site._registry.items():
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        wanted.append(f"{name}_changelist")
        if model_admin.has_add_permission(request):
            wanted.append(f"{name}_add")
        if model._meta.managed:  # analytics' are pages without records
            wanted.append(f"{name}_change")
    return [name for name in wanted if name not in opened]


def test_every_page_a_superuser_reaches_from_the_index_shows_no_english_word(superuser_world):
    """Users, groups and their permissions, axes' login records, delete confirmations, filters and facet counts
    included: every link the admin offers, followed from the index."""
    client = superuser_world["client"]
    pages = walk_admin(client, start=reverse("admin:index"))
    assert pages_not_reached(pages, superuser_world["user"]) == []
    data_words = superuser_world["data_words"] | account_words()
    found = {url: words for url, response in pages.items()
             if (words := english_words(response.content.decode(), data_words=data_words))}
    assert found == {}, "\n".join(f"{u}: {sorted(w)}" for u, w in found.items())
