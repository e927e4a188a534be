"""What the browser tests share: one headless Debian Chromium per test module, logging in, waiting for the page an
action loads, counting the clicks an editor makes, and screenshots under artifacts/ (git-ignored).

The tests run on pytest-django's live server with a database flushed after each test, so each test logs in again;
starting Chromium once per module instead of once per test keeps the browser set fast.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
PASSWORD = "pw-editor-1"  # tests.editor_fixtures.make_editor's

needs_chromium = pytest.mark.skipif(
    not CHROMEDRIVER.exists() or not shutil.which("chromium"),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")

# Every click the page receives, kept in the tab's sessionStorage so it survives the page loads clicks cause.
CLICK_COUNTER = """
document.addEventListener("click", function (e) {
  if (e.isTrusted) sessionStorage.setItem("clicks", String(Number(sessionStorage.getItem("clicks") || 0) + 1));
}, true);
"""


def start_chromium(*, width: int = 1400, height: int = 1100):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", f"--window-size={width},{height}", "--lang=zh-CN"]:
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    # Elements are awaited explicitly (after_load, WebDriverWait), so a check that something is absent is instant.
    driver.implicitly_wait(0)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CLICK_COUNTER})
    return driver


def browser_fixture(**size):
    """A module-scoped `browser` fixture: one Chromium for all the tests of a module."""

    @pytest.fixture(scope="module")
    def browser():
        driver = start_chromium(**size)
        yield driver
        driver.quit()

    return browser


def wait_for(browser, css: str, *, timeout: float = 60):
    """The first element matching `css`, once the page shows it."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, timeout).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, css))
    return browser.find_element(By.CSS_SELECTOR, css)


def open_page(browser, url: str) -> None:
    browser.get(url)
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 60).until(lambda driver: driver.execute_script("return document.readyState") == "complete")


def log_in(browser, live_server, username: str = "editor") -> None:
    """Log in as a member of the editors group (created here: each test's database starts empty)."""
    from selenium.webdriver.common.by import By

    from tests.editor_fixtures import make_editor
    make_editor(username)
    browser.delete_all_cookies()  # the previous test's session belongs to a user that is gone
    open_page(browser, f"{live_server.url}/admin/login/")
    browser.find_element(By.NAME, "username").send_keys(username)
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    # Logged in once the index is there: a page asked for sooner loses the race to the login's own redirect.
    wait_for(browser, "#user-tools")
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


def click(browser, element) -> None:
    """Click `element` and wait for the page the click loads."""
    element.click()
    after_load(browser, element)


def clicks_so_far(browser) -> int:
    """The clicks this tab has received since the count was last reset (CLICK_COUNTER)."""
    return int(browser.execute_script("return Number(sessionStorage.getItem('clicks') || 0)"))


def reset_clicks(browser) -> None:
    browser.execute_script("sessionStorage.setItem('clicks', '0')")


def message_text(browser) -> str:
    return wait_for(browser, "ul.messagelist").text


def screenshot(browser, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / name
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    return shot
