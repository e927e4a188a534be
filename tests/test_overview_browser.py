"""The overview page in a real browser (headless Chromium), from the seeds, offline; the screenshot is kept."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
PASSWORD = "overview-test-password"

pytestmark = pytest.mark.skipif(not Path(CHROMEDRIVER).exists() or not shutil.which("chromium"),
                                reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--window-size=1400,1300", "--lang=zh-CN"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def test_the_overview_renders_its_four_charts_from_the_seeds(live_server, browser, django_user_model, seeds_dir):
    from selenium.webdriver.common.by import By

    call_command("load_seeds", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())
    django_user_model.objects.create_superuser("analyst-admin", "a@example.com", PASSWORD)

    browser.get(f"{live_server.url}/admin/login/?next=/admin/analytics/overview/")
    browser.find_element(By.NAME, "username").send_keys("analyst-admin")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit], button[type=submit]").click()

    # The click returns before the redirect to the overview has loaded (often, on a busy machine).
    from selenium.webdriver.support.ui import WebDriverWait
    selector = "section.overview-chart svg[role=img]"
    WebDriverWait(browser, 30).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, selector))
    charts = browser.find_elements(By.CSS_SELECTOR, selector)
    assert len(charts) == 4
    assert all(chart.size["height"] > 40 and chart.size["width"] > 300 for chart in charts)
    bars = [len(chart.find_elements(By.TAG_NAME, "rect")) for chart in charts]
    assert all(bars), f"every chart has bars drawn from the seeds: {bars}"
    # Nothing was fetched from another host: every resource came from the live server.
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(url.startswith(live_server.url) for url in resources), resources

    ARTIFACTS.mkdir(exist_ok=True)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1400, min(max(height, 900), 3000))
    assert browser.save_screenshot(str(ARTIFACTS / "overview.png"))
