"""A real browser (Debian chromium + chromedriver): an editor corrects a project's investment and the next load
keeps the correction. Saves a screenshot of the project page under artifacts/ (git-ignored); docs/img/ holds a copy made by hand, so tests never rewrite tracked files."""
from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command

from projects.models import Project
from tests.editor_fixtures import make_editor
from tests.test_browser_review import after_load

CHROMEDRIVER = Path("/usr/bin/chromedriver")
PROJECT_DIR = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not CHROMEDRIVER.exists() or not shutil.which("chromium"),
                                reason="needs Debian's chromium and chromium-driver (apt-get install chromium "
                                       "chromium-driver)")


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1800", "--lang=zh-CN"]:
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


@pytest.mark.django_db(transaction=True)
def test_an_editors_correction_survives_the_next_load(browser, live_server, seeds_dir):
    from selenium.webdriver.common.by import By

    call_command("load_seeds", str(seeds_dir), verbosity=0)
    make_editor("editor")
    from curation.review import BY_KEY, PAGE_SIZE, pending
    project = next((p for p in pending(BY_KEY["project"])[:PAGE_SIZE] if p.investment_text), None)
    assert project is not None, "the seeds have projects with an investment on the queue's first page"

    # log in
    browser.get(f"{live_server.url}/admin/")
    browser.find_element(By.NAME, "username").send_keys("editor")
    browser.find_element(By.NAME, "password").send_keys("pw-editor-1")
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    assert "园区数据库" in browser.title

    # the review queue, then the project
    browser.find_element(By.LINK_TEXT, "审核队列").click()
    assert browser.find_element(By.ID, "review-queue")
    browser.find_element(By.CSS_SELECTOR, 'a.queue-tab[data-type="project"]').click()
    browser.find_element(By.CSS_SELECTOR, f'a.queue-item[href$="/projects/project/{project.pk}/change/"]').click()

    # its evidence, with the supporting words highlighted
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "table.evidence mark")]
    assert marks, "the project page lists highlighted evidence"
    assert any(project.investment_text in m or m in project.investment_text for m in marks)

    # correct the investment amount
    field = browser.find_element(By.ID, "id_investment")
    field.clear()
    field.send_keys("约7.5亿元")
    save = browser.find_element(By.NAME, "_save")
    save.click()
    after_load(browser, save)  # the change page's own URL passes the check below before the save is done
    assert browser.current_url.split("?")[0].endswith("/admin/projects/project/")  # saved: back to the list
    project.refresh_from_db()
    assert (project.investment_cny, project.investment_qualifier) == (Decimal("750000000"), "约")

    # load again (re-extracting every article): the correction stays
    call_command("load_seeds", str(seeds_dir), verbosity=0)
    call_command("load_seeds", str(seeds_dir), force=True, verbosity=0)
    project.refresh_from_db()
    assert (project.investment_cny, project.investment_qualifier, project.investment_text) == (
        Decimal("750000000"), "约", "约7.5亿元")

    browser.get(f"{live_server.url}/admin/projects/project/{project.pk}/change/")
    assert browser.find_element(By.ID, "id_investment").get_attribute("value") == "约7.5亿元"
    artifacts = PROJECT_DIR / "artifacts"
    artifacts.mkdir(exist_ok=True)
    shot = artifacts / "editor-project-page.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
