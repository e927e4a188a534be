"""A real browser (Debian chromium + chromedriver) walks the editors' daily loop on the seed articles: ten records
verified from the review queue in ten clicks, the keyboard shortcuts, a taken name refused with a merge offer, an
old version's page without review buttons, a merge of records marked not the same refused, a split that takes its
park along and is undone, and a CSV saved by Chinese Excel (GB18030) imported. Screenshots of the queue, a conflict and a project page go to artifacts/
(git-ignored); docs/img/ holds copies made by hand, so tests never rewrite tracked files."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from parks.models import Company
from projects.models import Fact, Project
from tests.editor_fixtures import make_editor

CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"

pytestmark = [
    pytest.mark.skipif(not CHROMEDRIVER.exists() or not shutil.which("chromium"),
                       reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1100", "--lang=zh-CN"]:
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.implicitly_wait(20)  # a loaded machine (the whole suite, other jobs) can take seconds per page
    yield driver
    driver.quit()


def log_in(browser, live_server):
    from selenium.webdriver.common.by import By
    make_editor("editor")
    browser.get(f"{live_server.url}/admin/")
    browser.find_element(By.NAME, "username").send_keys("editor")
    browser.find_element(By.NAME, "password").send_keys("pw-editor-1")
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    # Logged in once the index is there: a page asked for sooner loses the race to the login's own redirect.
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 60).until(lambda driver: driver.find_elements(By.ID, "user-tools"))
    WebDriverWait(browser, 60).until(lambda driver: driver.execute_script("return document.readyState") == "complete")
    assert "园区数据库" in browser.title


def after_load(browser, old_element) -> None:
    """Wait until the page an action submitted has replaced the one holding `old_element`."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def replaced(_driver) -> bool:
        # Stale, or (while the old page is being torn down) "node does not belong to the document":
        # either way the element's page is gone. Selenium's staleness_of only knows the first.
        try:
            old_element.is_enabled()
        except WebDriverException:
            return True
        return False

    WebDriverWait(browser, 60).until(replaced)
    WebDriverWait(browser, 60).until(lambda driver: driver.execute_script("return document.readyState") == "complete")


def screenshot(browser, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / name
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


def test_ten_records_are_verified_from_the_queue_in_ten_clicks(browser, live_server, seeds_dir):
    from selenium.webdriver.common.by import By

    call_command("load_seeds", str(seeds_dir), verbosity=0)
    assert Project.objects.filter(review_status="unreviewed").count() >= 10, "the seeds have ten projects"
    log_in(browser, live_server)
    browser.get(f"{live_server.url}/admin/review/?type=project")
    screenshot(browser, "editor-review-queue.png")

    clicks = 0
    verified = []
    for _ in range(10):
        row = browser.find_element(By.CSS_SELECTOR, "tr.queue-row")
        verified.append(int(row.get_attribute("data-record").split(":")[1]))
        row.find_element(By.CSS_SELECTOR, "button.queue-verify").click()
        clicks += 1
        after_load(browser, row)
        assert browser.find_element(By.ID, "review-queue")  # back on the queue, the next record on top
    assert clicks == 10
    assert len(set(verified)) == 10
    assert Project.objects.filter(pk__in=verified, review_status="verified").count() == 10
    assert all(p.reviewed_by.username == "editor" for p in Project.objects.filter(pk__in=verified))

    # the keyboard: S skips the first row, V verifies the one after it
    first = browser.find_element(By.CSS_SELECTOR, "tr.queue-row").get_attribute("data-record")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("s")
    after_load(browser, body)
    second = browser.find_element(By.CSS_SELECTOR, "tr.queue-row").get_attribute("data-record")
    assert second != first
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("v")
    after_load(browser, body)
    assert Project.objects.get(pk=int(second.split(":")[1])).review_status == "verified"
    assert Project.objects.get(pk=int(first.split(":")[1])).review_status == "unreviewed"

    # a conflict, side by side; then a project page, verified and on to the next with one key
    if Fact.objects.filter(has_conflict=True, review_status="unreviewed").exists():
        browser.get(f"{live_server.url}/admin/review/?type=conflict")
        assert browser.find_elements(By.CSS_SELECTOR, "table.conflict mark")
        screenshot(browser, "editor-conflict.png")
    project = Project.objects.filter(review_status="unreviewed").exclude(investment_text="").order_by("pk").first()
    browser.get(f"{live_server.url}/admin/projects/project/{project.pk}/change/")
    screenshot(browser, "editor-project-to-review.png")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("v")
    after_load(browser, body)
    assert f"/project/{project.pk}/" not in browser.current_url
    assert Project.objects.get(pk=project.pk).review_status == "verified"


def test_a_taken_name_is_refused_in_the_browser_and_the_merge_offer_leads_to_a_merge(browser, live_server):
    from selenium.webdriver.common.by import By

    first = Company.objects.create(name="京东方")
    second = Company.objects.create(name="海尔")
    log_in(browser, live_server)
    browser.get(f"{live_server.url}/admin/parks/company/{second.pk}/change/")
    name = browser.find_element(By.ID, "id_name")
    name.clear()
    name.send_keys("京 东 方")
    save = browser.find_element(By.NAME, "_save")
    save.click()
    after_load(browser, save)
    error = browser.find_element(By.CSS_SELECTOR, ".errorlist")
    assert "已有同名记录" in error.text and "Server Error" not in browser.page_source
    error.find_element(By.CSS_SELECTOR, "a.merge-offer").click()
    after_load(browser, error)
    browser.find_element(By.CSS_SELECTOR, f'input[name="survivor"][value="{first.pk}"]').click()
    submit = browser.find_element(By.CSS_SELECTOR, "input[type=submit].default")
    submit.click()
    after_load(browser, submit)
    assert "可撤销" in browser.find_element(By.CSS_SELECTOR, ".messagelist").text
    assert not Company.objects.filter(pk=second.pk).exists()
    assert "海尔" in Company.objects.get(pk=first.pk).aliases


def test_an_old_versions_page_offers_revert_and_no_review_buttons(browser, live_server):
    from selenium.webdriver.common.by import By

    from curation.editing import apply_editor_change
    company = Company.objects.create(name="海尔")
    apply_editor_change(record=company, changes={"aliases": ["海尔集团"]})
    version = company.history.order_by("history_id").first()
    log_in(browser, live_server)
    browser.get(f"{live_server.url}/admin/parks/company/{company.pk}/history/{version.history_id}/")
    assert not browser.find_elements(By.CSS_SELECTOR, 'button[name="_reject"], button[name="_verify"]')
    browser.find_element(By.TAG_NAME, "body").send_keys("r")  # the reject shortcut does nothing here
    assert Company.objects.get(pk=company.pk).review_status == "unreviewed"


def run_action(browser, action: str, ids: list[int]) -> None:
    """Tick the rows `ids` in a changelist and run the bulk action named `action`."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    from selenium.webdriver.support.ui import WebDriverWait
    for pk in ids:
        selector = f'input.action-select[value="{pk}"]'
        # the changelist may still be arriving after the previous action's redirect
        WebDriverWait(browser, 30).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, selector))
        browser.find_element(By.CSS_SELECTOR, selector).click()
    Select(browser.find_element(By.NAME, "action")).select_by_value(action)
    go = browser.find_element(By.CSS_SELECTOR, 'button[name="index"]')
    go.click()
    after_load(browser, go)


def test_not_the_same_then_merge_is_refused_in_the_browser(browser, live_server):
    from selenium.webdriver.common.by import By

    first, second = Company.objects.create(name="海尔"), Company.objects.create(name="海尔生物")
    log_in(browser, live_server)
    browser.get(f"{live_server.url}/admin/parks/company/")
    run_action(browser, "mark_not_same_selected", [first.pk, second.pk])
    browser.get(f"{live_server.url}/admin/parks/company/")
    run_action(browser, "merge_selected", [first.pk, second.pk])
    submit = browser.find_element(By.CSS_SELECTOR, "input[type=submit].default")
    submit.click()
    after_load(browser, submit)
    assert "不是同一个" in browser.find_element(By.CSS_SELECTOR, ".messagelist").text
    assert Company.objects.filter(pk=second.pk).exists()


def test_a_split_keeps_the_park_with_its_evidence_and_is_undone_in_the_browser(browser, live_server):
    from selenium.webdriver.common.by import By

    from tests.test_admin_refusals import goer_world
    goer, park, moved = goer_world()
    log_in(browser, live_server)
    browser.get(f"{live_server.url}/admin/parks/company/{goer.pk}/change/")
    link = browser.find_element(By.LINK_TEXT, "拆分")
    link.click()
    after_load(browser, link)
    browser.find_element(By.ID, "id_name").send_keys("歌尔集团")
    for pk in moved:
        browser.find_element(By.CSS_SELECTOR, f'input[name="evidence"][value="{pk}"]').click()
    submit = browser.find_element(By.CSS_SELECTOR, "input[type=submit].default")
    submit.click()
    after_load(browser, submit)
    new = Company.objects.get(name="歌尔集团")
    assert list(new.parks.all()) == [park] and not Company.objects.get(pk=goer.pk).parks.exists()
    undo_link = browser.find_element(By.LINK_TEXT, "可撤销")
    undo_link.click()
    after_load(browser, undo_link)
    button = browser.find_element(By.CSS_SELECTOR, 'button[name="_undo"]')
    button.click()
    after_load(browser, button)
    assert "拆分已撤销" in browser.find_element(By.CSS_SELECTOR, ".messagelist").text
    assert not Company.objects.filter(pk=new.pk).exists()
    assert list(Company.objects.get(pk=goer.pk).parks.all()) == [park]


def test_a_gb18030_csv_is_imported_through_the_browser(browser, live_server, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    company = Company.objects.create(name="海尔")
    upload = tmp_path / "企业.csv"
    upload.write_bytes(f"编号,名称,别名,类型\n{company.pk},海尔,海尔集团、海尔智家,企业\n".encode("gb18030"))
    log_in(browser, live_server)
    browser.get(f"{live_server.url}/admin/parks/company/import/")
    browser.find_element(By.NAME, "import_file").send_keys(str(upload))
    Select(browser.find_element(By.NAME, "format")).select_by_value("0")  # CSV
    submit = browser.find_element(By.CSS_SELECTOR, "form[enctype=\"multipart/form-data\"] input[type=submit]")
    submit.click()
    after_load(browser, submit)
    confirm = browser.find_element(By.CSS_SELECTOR, 'input[name="confirm"]')
    confirm.click()
    after_load(browser, confirm)
    assert Company.objects.get(pk=company.pk).aliases == ["海尔集团", "海尔智家"]


def _fact_table_overflow(browser, live_server) -> tuple[int, int]:
    """(the table's own width, the width of the box the admin gives it) on the fact list."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{live_server.url}/admin/projects/fact/")
    WebDriverWait(browser, 60).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, "#result_list tbody tr"))
    return tuple(browser.execute_script(
        "const t = document.querySelector('#result_list');"
        "return [t.scrollWidth, t.parentElement.clientWidth];"))


def test_the_fact_list_fits_a_1280_pixel_screen(browser, live_server, seeds_dir, monkeypatch):
    """Issue: the fact list ran off the screen. Shown with every column it had, it still would."""
    import io

    from django.core.management import call_command
    from projects.admin import FactAdmin

    call_command("load_seeds", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())
    browser.set_window_size(1280, 900)
    log_in(browser, live_server)
    table, box = _fact_table_overflow(browser, live_server)
    assert table <= box, (table, box)
    # the check can fail: with the raw columns of every field the table is wider than its box
    wide = ("id", "subject_type", "subject_id", "metric", "value", "unit", "qualifier", "value_text", "as_of",
            "as_of_text", "article", "review_status", "reviewed_by", "reviewed_at", "confidence",
            "extraction_rules", "has_conflict", "locked_fields", "created_at", "updated_at")
    monkeypatch.setattr(FactAdmin, "list_display", wide)
    monkeypatch.setattr(FactAdmin, "list_display_links", ("id",))
    table, box = _fact_table_overflow(browser, live_server)
    assert table > box, (table, box)
