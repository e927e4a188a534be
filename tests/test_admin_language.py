"""The admin in two languages: Chinese unless the editor picks English with the language switch.

The project's own labels are Chinese source strings translated by locale/en/LC_MESSAGES/django.po (compiled to
django.mo and committed, so neither the tests nor a deployment need GNU gettext). A browser's Accept-Language is
deliberately ignored (parks.middleware.ChineseFirstLocaleMiddleware): only the language cookie set by
/i18n/setlang/ switches the admin to English.

After adding or changing a wrapped string (needs GNU gettext: apt-get install gettext):
    python manage.py makemessages -l en --no-obsolete --ignore='.venv/*' --ignore='.data/*' --ignore='artifacts/*' \
        --ignore='tests/*' --ignore='tools/*' --ignore='scripts/*' --ignore='docs/*' --ignore='seeds/*'
    (translate the new or fuzzy entries in locale/en/LC_MESSAGES/django.po, removing any "#, fuzzy" flag)
    python manage.py compilemessages --ignore='.venv/*'
"""
from __future__ import annotations

import gettext
import re
from html import unescape
from pathlib import Path

import pytest
from axes.models import AccessLog
from django.conf import settings
from django.urls import reverse

from analytics.testing import make_sample
from parks.models import Park

PROJECT_DIR = Path(__file__).resolve().parent.parent
CATALOG = PROJECT_DIR / "locale" / "en" / "LC_MESSAGES" / "django.po"
COMPILED = CATALOG.with_suffix(".mo")
# Chinese for English strings of Django and its add-ons (django-axes ships none)
ZH_CATALOG = PROJECT_DIR / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")  # Chinese characters and full-width punctuation
OVERVIEW = "/admin/analytics/overview/"


# ---------------------------------------------------------------- helpers

def choose_english(client) -> None:
    """What the language menu does: POST to /i18n/setlang/, which sets the language cookie."""
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/admin/"})
    assert response.status_code == 302
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


def page(client, url: str, **headers) -> str:
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response.content.decode()


def section(html: str, pattern: str) -> str:
    found = re.search(pattern, html, re.DOTALL)
    assert found, pattern
    return found.group(0)


def chinese_in(fragment: str) -> list[str]:
    """Runs of Chinese characters or full-width punctuation in an HTML fragment (text and attribute values)."""
    return re.findall(CJK.pattern + "+", fragment)


@pytest.fixture
def english(admin_client):
    choose_english(admin_client)
    return admin_client


# ---------------------------------------------------------------- English when chosen

def test_the_index_is_english(english, world):
    html = page(english, reverse("admin:index"))
    assert '<html lang="en"' in html
    for label in ("Park database · Editors&#x27; admin", "Parks and companies", "Parks", "Park groups",
                  "Companies/institutions", "Projects, funds and facts", "Projects", "Funds", "Facts",
                  "Sources and loading", "Source articles", "Evidence", "Load runs", "Merge logs",
                  "Not-the-same pairs", "Analytics", "Overview charts", "Report downloads (CSV)", "Review queue"):
        assert label in html, label
    # Nothing Chinese is left but the language menu's own name for Chinese.
    assert chinese_in(html.replace("简体中文", "")) == []


def test_a_changelist_is_english(english, world):
    html = page(english, reverse("admin:parks_park_changelist"))
    header = section(html, r"<thead>.*?</thead>")
    for column in ("Name", "City", "District", "Type", "Parent park", "Review status", "Updated at"):
        assert column in header, column
    actions = section(html, r'<select name="action".*?</select>')
    for action in ("Verify selected records", "Reject selected records", "Merge selected records…",
                   "Mark as “not the same” (two records)"):
        assert action in actions, action
    assert chinese_in(header) == [] and chinese_in(actions) == []
    filters = section(html, r'<nav id="changelist-filter".*?</nav>')
    assert "Review status" in filters and "Unreviewed" in filters and "Source article" in filters
    assert "Select park to change" in html
    assert "Search by any part of the name or an alias" in html


def test_a_bulk_action_reports_in_english(english, world):
    response = english.post(reverse("admin:parks_park_changelist"), {
        "action": "verify_selected", "_selected_action": [world["park"].pk]}, follow=True)
    assert "Verified 1 record" in response.content.decode()
    assert Park.objects.get(pk=world["park"].pk).review_status == "verified"


def test_a_change_page_is_english(english, world):
    html = page(english, reverse("admin:projects_project_change", args=[world["project"].pk]))
    for label in ("Review and evidence", "Aliases", "Park", "Companies", "Investment", "Phase", "Status",
                  "Written as in the articles", "Split", "Change type", "History"):
        assert label in html, label
    evidence = section(html, r'<div class="form-row field-evidence_panel">.*?</table>')
    assert "<label>Evidence:</label>" in evidence
    assert chinese_in(section(evidence, r"<thead>.*?</thead>")) == []
    for heading in ("Field", "Article", "Original text", "Value"):
        assert f"<th>{heading}</th>" in evidence, heading
    review = section(html, r'<div class="form-row field-review_panel">.*?</div>\s*</div>')
    for text in ("Review:", "Unreviewed", "Reviewed by: -", "Reviewed at: -", "✔ Verify", "✘ Reject",
                 "Reset to unreviewed"):
        assert text in review, text
    assert chinese_in(review) == []
    assert "None: loads may update every field" in html
    labels = re.findall(r"<label[^>]*>(.*?)</label>", html, re.DOTALL)
    assert labels and [label for label in labels if CJK.search(label)] == []


def test_the_review_queue_is_english(english, world):
    html = page(english, reverse("review_queue"))
    queue = section(html, r'<div id="review-queue">.*</div>')
    for heading in ("Records waiting for review, conflicting figures first",
                    "Conflicting figures (1)", "Projects (1)", "Funds (0)", "Parks (1)", "Companies/institutions (1)",
                    "Park groups (0)", "Facts (0)", "All parks", "✔ Verify", "✘ Reject", "Skip"):
        assert heading in queue, heading
    assert [h for h in re.findall(r"<h2>(.*?)</h2>", queue, re.DOTALL) if CJK.search(h)] == []
    assert "<title>Review queue |" in html


def test_the_analytics_overview_is_english(english, db):
    make_sample()
    html = page(english, OVERVIEW)
    totals = section(html, r'<ul class="overview-totals">.*?</ul>')
    for label in ("Articles", "Stories (deduplicated)", "Parks", "Companies/institutions", "Projects", "Funds",
                  "Facts"):
        assert label in totals, label
    assert chinese_in(totals) == []
    titles = re.findall(r'<section class="overview-chart">\s*<h2>(.*?)</h2>\s*<p>(.*?)</p>', html, re.DOTALL)
    assert [t for t, _ in titles] == ["Planned investment by park (100 million yuan)", "Project status",
                                      "Review progress", "Articles by publication date"]
    assert chinese_in(" ".join(t + n for t, n in titles)) == []
    charts = re.findall(r'<section class="overview-chart">.*?</section>', html, re.DOTALL)
    assert "50.00 × 100M yuan" in charts[0]
    assert "Started" in charts[1] and "Signed" in charts[1]  # project statuses
    assert "Verified" in charts[2] and "Unreviewed" in charts[2] and "Parks" in charts[2]
    assert "Originals" in charts[3] and "Other editions of the same story" in charts[3]
    assert "Download reports (CSV)" in html


def test_an_empty_overview_says_so_in_english(english, db):
    html = page(english, OVERVIEW)
    assert html.count("No data yet") == 4 and "暂无数据" not in html


def login_records(client) -> None:
    """A locked-out login (axes' access attempt) and a successful one (its access log), through the login form."""
    from django.contrib.auth.models import User
    from django.test import Client

    User.objects.create_user("clerk", password="pw-clerk-1", is_staff=True)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        Client().post(reverse("admin:login"), {"username": "clerk", "password": "wrong"})
    User.objects.create_user("reader", password="pw-reader-1", is_staff=True)
    Client().post(reverse("admin:login"), {"username": "reader", "password": "pw-reader-1"})


def permission_options(html: str) -> list[str]:
    return [unescape(o) for o in re.findall(r"<option value=\"\d+\"[^>]*>(.*?)</option>", html)]


def test_users_groups_and_login_records_are_english(english, db):
    from django.contrib.auth.models import Group, User

    login_records(english)
    options = permission_options(page(english, reverse("admin:auth_group_change",
                                                        args=[Group.objects.get(name="editors").pk])))
    for label in ("Parks and companies | park | Can add park", "Projects, funds and facts | historical project | "
                  "Can view historical project", "Merges and splits | merge log | Can verify or reject records",
                  "Login records | access attempt | Can view access attempt",
                  "Authentication and Authorization | user | Can change user"):
        assert label in options, label
    assert [o for o in options if CJK.search(o)] == []
    html = page(english, reverse("admin:index"))
    assert "Login records" in html and "Access attempts" in html and "Access logs" in html
    html = page(english, reverse("admin:axes_accessattempt_changelist"))
    header = section(html, r"<thead>.*?</thead>")
    assert "Status" in header and "IP Address" in header and chinese_in(header) == []
    assert "Locked out" in html and "Clean up expired attempts" in html
    html = page(english, reverse("admin:axes_accesslog_change", args=[AccessLog.objects.filter(username="reader").first().pk]))
    assert "Login: reader from 127.0.0.1" in html and chinese_in(html.replace("简体中文", "")) == []
    # Django builds this help text when its module is imported, in the language active then
    html = page(english, reverse("admin:auth_user_password_change", args=[User.objects.get(username="reader").pk]))
    assert "If disabled, the current password for this user will be lost." in html
    assert chinese_in(html.replace("简体中文", "")) == []


def test_users_groups_and_login_records_are_chinese_by_default(admin_client, db):
    from django.contrib.auth.models import Group

    login_records(admin_client)
    options = permission_options(page(admin_client, reverse("admin:auth_group_change",
                                                            args=[Group.objects.get(name="editors").pk])))
    for label in ("园区与企业 | 园区 | 可添加园区", "项目、基金与数据 | 项目的历史版本 | 可查看项目的历史版本",
                  "合并与拆分 | 合并记录 | 可核实或拒绝记录", "登录记录 | 登录尝试 | 可查看登录尝试",
                  "认证和授权 | 用户 | 可修改用户"):
        assert label in options, label
    assert [o for o in options if "Can " in o] == []
    html = page(admin_client, reverse("admin:axes_accessattempt_changelist"))
    header = section(html, r"<thead>.*?</thead>")
    assert "状态" in header and "IP 地址" in header and "浏览器标识" in header and "Status" not in header
    assert "已锁定" in html and "清理已过期的登录尝试" in html
    html = page(admin_client, reverse("admin:axes_accesslog_change", args=[AccessLog.objects.filter(username="reader").first().pk]))
    assert "登录：reader，来自 127.0.0.1" in html and "Access Log for" not in html


def test_a_locked_out_login_is_told_so_in_chinese(client, db):
    from django.contrib.auth.models import User

    User.objects.create_user("clerk", password="pw-clerk-1", is_staff=True)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(reverse("admin:login"), {"username": "clerk", "password": "wrong"})
    assert response.status_code == 429
    assert "账户已锁定：登录失败次数过多，请稍后再试。" in response.content.decode()


# ---------------------------------------------------------------- Chinese otherwise

@pytest.mark.parametrize("headers", [{}, {"HTTP_ACCEPT_LANGUAGE": "en"}, {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}],
                         ids=["no-header", "accept-en", "accept-en-us"])
def test_without_the_switch_every_page_stays_chinese(admin_client, world, headers):
    html = page(admin_client, reverse("admin:index"), **headers)
    assert '<html lang="zh-hans"' in html
    assert "园区数据库 · 编辑后台" in html and "项目、基金与数据" in html and "审核队列" in html
    assert "Parks and companies" not in html and "Review queue" not in html

    html = page(admin_client, reverse("admin:parks_park_changelist"), **headers)
    header = section(html, r"<thead>.*?</thead>")
    assert "名称" in header and "上级园区" in header and "审核状态" in header and "Parent park" not in header
    assert "核实所选记录" in html and "合并所选记录…" in html and "Verify selected records" not in html

    html = page(admin_client, reverse("admin:projects_project_change", args=[world["project"].pk]), **headers)
    assert "审核与证据" in html and "<label>证据:</label>" in html and "<th>原文</th>" in html
    assert "✔ 核实" in html and "✘ 拒绝" in html and "审核人：-" in html
    assert "Review and evidence" not in html and "Reset to unreviewed" not in html

    html = page(admin_client, reverse("review_queue"), **headers)
    assert "数据冲突（1）" in html and "项目（1）" in html and "核实并下一条" not in html
    assert "Projects (1)" not in html

    html = page(admin_client, OVERVIEW, **headers)
    assert "概览图表" in html and "各园区计划投资额 (亿元)" in html and "稿件 (去重)" in html
    assert "Overview charts" not in html and "No data yet" not in html


def test_switching_back_to_chinese(english, world):
    response = english.post("/i18n/setlang/", {"language": "zh-hans", "next": "/admin/"})
    assert response.status_code == 302
    html = page(english, reverse("admin:index"))
    assert "园区与企业" in html and "Parks and companies" not in html


def test_a_bulk_action_reports_in_chinese_by_default(admin_client, world):
    response = admin_client.post(reverse("admin:parks_park_changelist"), {
        "action": "verify_selected", "_selected_action": [world["park"].pk]}, follow=True,
        HTTP_ACCEPT_LANGUAGE="en")
    assert "已核实 1 条记录" in response.content.decode()


# ---------------------------------------------------------------- the catalog itself

def read_po(path: Path) -> list[dict]:
    """The entries of a .po file: {"flags", "msgctxt", "msgid", "msgid_plural", "msgstr": {index: text}}."""
    entries, entry, key = [], None, None

    def unquote(text: str) -> str:
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)

    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = line.strip()
        if not line:
            if entry is not None:
                entries.append(entry)
            entry, key = None, None
            continue
        if entry is None:
            entry = {"flags": set(), "msgctxt": None, "msgid": None, "msgid_plural": None, "msgstr": {}}
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            text = unquote(line[1:-1])
            if isinstance(key, tuple):
                entry["msgstr"][key[1]] += text
            else:
                entry[key] += text
        else:
            keyword, _, rest = line.partition(" ")
            text = unquote(rest.strip()[1:-1])
            plural = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
            if keyword == "msgstr" or plural:
                key = ("msgstr", int(plural.group(1)) if plural else 0)
                entry["msgstr"][key[1]] = text
            else:
                key = keyword
                entry[key] = text
    return entries


def catalog_entries() -> list[dict]:
    return [e for e in read_po(CATALOG) if e["msgid"] is not None]


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\(\w+\)[sd]|%[sd]|\{\w*\}", text))


def test_the_catalog_exists_and_is_compiled():
    assert CATALOG.is_file() and COMPILED.is_file()
    entries = catalog_entries()
    assert entries[0]["msgid"] == "" and "Plural-Forms: nplurals=2; plural=(n != 1);" in entries[0]["msgstr"][0]
    assert len(entries) > 150


# Chinese an English msgstr may keep: examples of what editors type (amounts as the articles write them, a search).
TYPED_EXAMPLES = ("约3.9亿元", "1.5亿美元", "6亿", "2000万", "海尔")


def test_every_msgid_has_an_english_msgstr_and_nothing_is_fuzzy():
    untranslated, fuzzy, still_chinese, bad_placeholders = [], [], [], []
    for entry in catalog_entries():
        if "fuzzy" in entry["flags"]:
            fuzzy.append(entry["msgid"])
        if entry["msgid"] == "":
            continue  # the header
        strings = list(entry["msgstr"].values())
        if len(strings) != (2 if entry["msgid_plural"] is not None else 1) or not all(s.strip() for s in strings):
            untranslated.append(entry["msgid"])
        if any(CJK.search(re.sub("|".join(TYPED_EXAMPLES), "", s)) for s in strings):
            still_chinese.append(entry["msgid"])
        if any(placeholders(s) != placeholders(entry["msgid"]) for s in strings):
            bad_placeholders.append(entry["msgid"])
    assert fuzzy == [] and untranslated == [] and still_chinese == [] and bad_placeholders == []


@pytest.mark.parametrize("po", [CATALOG, ZH_CATALOG], ids=["en", "zh_Hans"])
def test_the_committed_mo_matches_the_po(po):
    """django.mo is what Django reads; it must be compiled from the django.po beside it (compilemessages)."""
    with po.with_suffix(".mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    stale = []
    for entry in (e for e in read_po(po) if e["msgid"] is not None):
        if entry["msgid"] == "":
            continue
        if entry["msgid_plural"] is not None:
            got = [compiled.ngettext(entry["msgid"], entry["msgid_plural"], n) for n in (1, 2)]
            want = [entry["msgstr"][0], entry["msgstr"][1]]
        elif entry["msgctxt"] is not None:
            got, want = compiled.pgettext(entry["msgctxt"], entry["msgid"]), entry["msgstr"][0]
        else:
            got, want = compiled.gettext(entry["msgid"]), entry["msgstr"][0]
        if got != want:
            stale.append(entry["msgid"])
    assert stale == [], "run: python manage.py compilemessages --ignore='.venv/*'"


SOURCE_DIRS = ("accounts", "curation", "parks", "projects", "loaders", "analytics", "templates")
PY_CALL = re.compile(r'\b(?:_|gettext|gettext_lazy|ngettext|ngettext_lazy)\(\s*"([^"\\]*(?:\\.[^"\\]*)*)"'
                     r"|\b(?:_|gettext|gettext_lazy|ngettext|ngettext_lazy)\(\s*'([^'\\]*(?:\\.[^'\\]*)*)'"
                     r'|\bp(?:gettext|gettext_lazy)\(\s*"([^"]*)",\s*"([^"\\]*(?:\\.[^"\\]*)*)"')
TEMPLATE_TAG = re.compile(r'\{%\s*translate\s+(["\'])(.*?)\1(?:\s+context\s+"([^"]*)")?')


def test_every_chinese_source_string_is_in_the_catalog():
    """A Chinese string wrapped for translation but missing from the catalog would show in Chinese in English
    mode: rerun makemessages -l en and compilemessages (see the module docstring) and translate it."""
    known = {(e["msgctxt"], e["msgid"]) for e in catalog_entries()}
    missing = []
    for folder in SOURCE_DIRS:
        for path in sorted((PROJECT_DIR / folder).rglob("*")):
            if path.suffix == ".py" and "migrations" not in path.parts and "extract" not in path.parts:
                for match in PY_CALL.finditer(path.read_text(encoding="utf-8")):
                    double, single, context, with_context = match.groups()
                    msgid = with_context if context is not None else (double if double is not None else single)
                    msgid = msgid.replace('\\"', '"').replace("\\'", "'")
                    if CJK.search(msgid) and (context, msgid) not in known:
                        missing.append(f"{path.relative_to(PROJECT_DIR)}: {msgid}")
            elif path.suffix == ".html":
                for match in TEMPLATE_TAG.finditer(path.read_text(encoding="utf-8")):
                    msgid, context = match.group(2), match.group(3)
                    if CJK.search(msgid) and (context, msgid) not in known:
                        missing.append(f"{path.relative_to(PROJECT_DIR)}: {msgid}")
    assert missing == []
