"""The overview page in a real browser (headless Chromium), from the seeds, offline; the screenshot is kept."""
from __future__ import annotations

import io

from django.core.management import call_command

from tests.browser import ARTIFACTS, browser_fixture, needs_chromium

PASSWORD = "overview-test-password"

pytestmark = needs_chromium

browser = browser_fixture(width=1400, height=1300)


def test_the_overview_renders_its_four_charts_from_the_seeds(live_server, browser, django_user_model, seeds_dir):
    from selenium.webdriver.common.by import By

    call_command("load_seeds", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())
    django_user_model.objects.create_superuser("analyst-admin", "a@example.com", PASSWORD)

    browser.get(f"{live_server.url}/admin/login/?next=/admin/analytics/overview/")
    browser.find_element(By.NAME, "username").send_keys("analyst-admin")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit], button[type=submit]").click()

    # find_elements does not wait: on a busy machine it used to look while the login was still being answered
    from selenium.webdriver.support.ui import WebDriverWait
    chart_selector = "section.overview-chart svg[role=img]"
    WebDriverWait(browser, 60).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, chart_selector))
    charts = browser.find_elements(By.CSS_SELECTOR, chart_selector)
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
