"""A real browser (Debian chromium + chromedriver): an editor corrects records, and what the issue found wrong in
editing stays fixed.

The core loop: a project's investment corrected on its page survives the next load (and a screenshot of the
project page goes to artifacts/, copied by hand to docs/img/). Item 6: impossible amounts and figures are refused
on the form in Chinese, never a server error. Item 10: the pages an editor passes through read in Chinese, as the
browser renders them. Item 12: a corrected amount is one lock chip whose unlock names it; aliases typed with
，、 split; a two-word search finds records with both words; the index shows the pending work first.
"""
from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from django.core.management import call_command

from parks.models import Company, Park
from projects.models import Fund, Project
from tests.browser import (browser_fixture, click, log_in, message_text, needs_chromium, open_page, screenshot,
                           wait_for)

# One Chromium for the module (browser_fixture): one worker of a parallel run (pytest-xdist) runs it all.
pytestmark = [needs_chromium, pytest.mark.django_db(transaction=True), pytest.mark.xdist_group("browser_editor")]

browser = browser_fixture(width=1400, height=1800)


def load_seeds(seeds_dir) -> None:
    call_command("load_seeds", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())


def type_into(browser, field_id: str, text: str) -> None:
    from selenium.webdriver.common.by import By
    field = browser.find_element(By.ID, field_id)
    field.clear()
    field.send_keys(text)


def save(browser) -> None:
    from selenium.webdriver.common.by import By
    click(browser, browser.find_element(By.NAME, "_save"))


def test_an_editors_correction_survives_the_next_load(browser, live_server, seeds_dir):
    from selenium.webdriver.common.by import By

    from curation.review import BY_KEY, PAGE_SIZE, pending
    load_seeds(seeds_dir)
    project = next((p for p in pending(BY_KEY["project"])[:PAGE_SIZE] if p.investment_text), None)
    assert project is not None, "the seeds have projects with an investment on the queue's first page"
    log_in(browser, live_server)

    # the review queue, then the project
    click(browser, browser.find_element(By.LINK_TEXT, "审核队列"))
    click(browser, browser.find_element(By.CSS_SELECTOR, 'a.queue-tab[data-type="project"]'))
    click(browser, browser.find_element(By.CSS_SELECTOR, f'a.queue-item[href$="/projects/project/{project.pk}/change/"]'))

    # its evidence, with the supporting words highlighted
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "table.evidence mark")]
    assert marks, "the project page lists highlighted evidence"
    assert any(project.investment_text in m or m in project.investment_text for m in marks)

    # correct the investment amount
    type_into(browser, "id_investment", "约7.5亿元")
    save(browser)
    assert browser.current_url.split("?")[0].endswith("/admin/projects/project/")  # saved: back to the list
    project.refresh_from_db()
    assert (project.investment_cny, project.investment_qualifier) == (Decimal("750000000"), "约")

    # load again (re-extracting every article): the correction stays
    load_seeds(seeds_dir)
    call_command("load_seeds", str(seeds_dir), force=True, stdout=io.StringIO(), stderr=io.StringIO())
    project.refresh_from_db()
    assert (project.investment_cny, project.investment_qualifier, project.investment_text) == (
        Decimal("750000000"), "约", "约7.5亿元")

    open_page(browser, f"{live_server.url}/admin/projects/project/{project.pk}/change/")
    assert browser.find_element(By.ID, "id_investment").get_attribute("value") == "约7.5亿元"
    screenshot(browser, "editor-project-page.png")


# ---------------------------------------------------------------- 6. amounts and figures are checked

@pytest.mark.parametrize("typed, reason", [("1" * 24, "金额过大"), ("-500000000", "金额不能为负数"),
                                           ("99999999999999999999", "金额过大")])
def test_an_impossible_amount_is_refused_on_the_form_in_chinese(browser, live_server, typed, reason):
    project = Project.objects.create(name="海尔智能制造项目", investment_cny=Decimal("600000000"),
                                     investment_amount=Decimal("600000000"), investment_currency="cny",
                                     investment_text="6亿元")
    log_in(browser, live_server)
    open_page(browser, f"{live_server.url}/admin/projects/project/{project.pk}/change/")
    type_into(browser, "id_investment", typed)
    save(browser)
    assert reason in wait_for(browser, ".errorlist").text
    assert "Server Error" not in browser.page_source
    assert Project.objects.get(pk=project.pk).investment_cny == Decimal("600000000")


def test_a_funds_paid_in_beyond_its_size_and_a_figure_dated_2099_are_refused(browser, live_server):
    from tests.editor_fixtures import make_world
    world = make_world()
    fund = Fund.objects.create(name="青岛产业基金")
    log_in(browser, live_server)
    open_page(browser, f"{live_server.url}/admin/projects/fund/{fund.pk}/change/")
    type_into(browser, "id_size", "10亿")
    type_into(browser, "id_paid_in", "20亿")
    save(browser)
    assert "实缴不能超过基金规模" in wait_for(browser, ".errorlist").text
    assert Fund.objects.get(pk=fund.pk).paid_in_cny is None

    fact = world["fact"]
    open_page(browser, f"{live_server.url}/admin/projects/fact/{fact.pk}/change/")
    type_into(browser, "id_as_of", "2099-01-01")
    save(browser)
    assert "时点不能晚于" in wait_for(browser, ".errorlist").text
    assert world["fact"].__class__.objects.get(pk=fact.pk).as_of is None


# ---------------------------------------------------------------- 10. every word Chinese

VISIBLE_TEXT = """
const copy = document.body.cloneNode(true);
copy.querySelectorAll("script, style, code").forEach(function (e) { e.remove(); });
document.body.appendChild(copy); copy.style.position = "absolute"; copy.style.left = "-99999px";
const text = copy.innerText; copy.remove(); return text;
"""


def test_the_pages_an_editor_passes_through_read_in_chinese_as_the_browser_shows_them(browser, live_server,
                                                                                     seeds_dir):
    """What the browser renders (tooltips and hidden parts aside) on the pages item 10 listed: a history with an
    editor's change, the load runs and one run, an article, the evidence, the merge log, the facts, an import."""
    from curation.editing import apply_editor_change
    from curation.merge import merge_records
    from loaders.models import LoadRun, SourceArticle
    from tests.test_admin_chinese_scan import ALLOWED, WORD
    allowed = {w.lower() for w in ALLOWED}  # the page upper-cases the login name (EDITOR)

    load_seeds(seeds_dir)
    project = Project.objects.exclude(investment_cny=None).order_by("pk").first()
    apply_editor_change(record=project, changes={"investment_cny": Decimal("390000000"),
                                                 "investment_amount": Decimal("390000000")})
    first, second = Company.objects.order_by("pk")[:2]
    log = merge_records(survivor=first, others=[second])
    data_words = set(WORD.findall(" ".join(SourceArticle.objects.values_list("text", flat=True))))
    article = SourceArticle.objects.order_by("pk").first()
    pages = ["/admin/", f"/admin/projects/project/{project.pk}/history/", "/admin/loaders/loadrun/",
             f"/admin/loaders/loadrun/{LoadRun.objects.get().pk}/change/",
             f"/admin/loaders/sourcearticle/{article.pk}/change/", "/admin/loaders/evidence/",
             f"/admin/curation/mergelog/{log.pk}/change/", "/admin/projects/fact/", "/admin/projects/project/import/",
             "/admin/projects/project/export/", "/admin/analytics/report/", "/admin/review/?type=conflict"]
    log_in(browser, live_server)
    found = {}
    for page in pages:
        open_page(browser, live_server.url + page)
        wait_for(browser, "#footer")
        words = {w for w in WORD.findall(re.sub(r"\b\d{3}_[0-9a-f]{16}\.txt\b|\b[0-9a-f]{32,}\b", " ",
                                                browser.execute_script(VISIBLE_TEXT)))
                 if w.lower() not in allowed and w not in data_words}
        if words:
            found[page] = sorted(words)
    assert found == {}


# ---------------------------------------------------------------- 12. smaller things

def test_a_corrected_amount_is_one_lock_chip_and_unlocking_it_names_the_field(browser, live_server):
    from selenium.webdriver.common.by import By

    from tests.editor_fixtures import make_world
    project = make_world()["project"]
    log_in(browser, live_server)
    open_page(browser, f"{live_server.url}/admin/projects/project/{project.pk}/change/")
    type_into(browser, "id_investment", "约3.9亿元")
    save(browser)
    open_page(browser, f"{live_server.url}/admin/projects/project/{project.pk}/change/")
    chips = browser.find_elements(By.CSS_SELECTOR, ".lock-chip")
    assert [c.text.replace("解锁", "").strip() for c in chips] == ["投资额(元)"]  # not five chips for five columns
    click(browser, chips[0].find_element(By.CSS_SELECTOR, 'button[name="_unlock"]'))
    assert message_text(browser).startswith("已解锁 投资额(元)")  # not investment_cny
    project.refresh_from_db()
    assert project.locked_fields == [] and project.investment_cny == Decimal("600000000")  # back to its evidence


def test_aliases_typed_with_chinese_commas_split_and_a_two_word_search_finds_both_words(browser, live_server):
    from selenium.webdriver.common.by import By

    company = Company.objects.create(name="赛轮轮胎")
    Park.objects.create(name="青岛市集成电路产业园", city="青岛")
    Park.objects.create(name="青岛国际创新园", city="青岛")
    log_in(browser, live_server)
    open_page(browser, f"{live_server.url}/admin/parks/company/{company.pk}/change/")
    type_into(browser, "id_aliases", "赛轮集团，赛轮股份、赛轮")
    save(browser)
    assert Company.objects.get(pk=company.pk).aliases == ["赛轮集团", "赛轮股份", "赛轮"]

    open_page(browser, f"{live_server.url}/admin/parks/park/")
    search = browser.find_element(By.ID, "searchbar")
    search.send_keys("青岛 集成电路")
    click(browser, browser.find_element(By.CSS_SELECTOR, "#changelist-search input[type=submit]"))
    names = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#result_list tbody th a")]
    assert names == ["青岛市集成电路产业园"]


def test_the_index_shows_the_pending_work_first_and_the_editors_record_types_before_the_accounts(
        browser, live_server, seeds_dir):
    from selenium.webdriver.common.by import By

    load_seeds(seeds_dir)
    log_in(browser, live_server)
    summary = wait_for(browser, "#work-summary")
    pending = Project.objects.filter(review_status="unreviewed").count()
    assert f"项目（{pending}）" in summary.text and "数据冲突（" in summary.text
    assert "最近一次导入" in summary.text and "文件 5 个：导入 5" in summary.text
    # the pending work sits above the list of record types, and that list starts with the editors' own
    captions = [c.get_attribute("textContent").strip() for c in browser.find_elements(
        By.CSS_SELECTOR, "#content caption")]
    assert captions.index("待办") < captions.index("园区与企业") < captions.index("项目、基金与数据")
    click(browser, summary.find_element(By.CSS_SELECTOR, "a.pending-project"))
    assert "/admin/review/?type=project" in browser.current_url
