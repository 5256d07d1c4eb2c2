"""Browser test of the office's dashboard and package pages (issue 23): headless Chromium through
WebDriver (Debian's chromium-driver + python3-selenium 4), window 1366×900, against a real
`dossier serve` on 127.0.0.1 with a real inbox (three units' text files, no OCR).

The office logs in, follows the 总览 link in the top bar to the dashboard: the score, the working
days left, three SVG charts drawn (non-zero boxes), the 催办 list with a notice naming the unit;
"复制通知" answers; a matrix cell leads to that unit's files of that indicator. On the package
page: the package with its verify result, "立即整理" starts a build and the page reloads with
one more build, the index (from inside the zip) and report.html open in the browser with their
charts, and the download link is an attachment. A unit clerk gets the 404 page for both pages.
Screenshots go to --screens: portal-dashboard.png, portal-package.png (and portal-chase.png,
the 催办 list).

Usage: dashboard_test.py --bin BUILD/dossier --screens DIR"""

import argparse
import os
import sys
import tempfile
import urllib.parse

from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve import Serve, Session  # noqa: E402
from portal_test import ACCOUNTS, BUDGET, GUIDE, PASSWORD, browser, login, wait  # noqa: E402

UNIT, OTHER = "市财政局", "市教育和体育局"


def svg_boxes(driver):
    return driver.execute_script(
        "return [...document.querySelectorAll('.chart svg')].map(s => {"
        "  const r = s.getBoundingClientRect(); return [r.width, r.height]; })")


def office_dashboard(driver, serve, screens):
    login(driver, serve, "boss")
    driver.find_element(By.CSS_SELECTOR, "header a.nav").click()
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == "总览")
    boxes = svg_boxes(driver)
    assert len(boxes) == 3 and all(w > 200 and h > 40 for w, h in boxes), boxes
    assert driver.find_element(By.ID, "days-left").text.isdigit()
    assert driver.find_element(By.ID, "points-confirmed").text != ""
    chase = driver.find_elements(By.CSS_SELECTOR, "#chase details.chase")
    assert chase, "no 催办 list"
    first = chase[0]
    unit = first.find_element(By.CSS_SELECTOR, "summary strong").text
    notice = first.find_element(By.CSS_SELECTOR, "textarea.notice").get_attribute("value")
    assert notice.startswith(unit + "："), notice
    assert "个工作日" in notice, notice
    for li in first.find_elements(By.CSS_SELECTOR, "ul.missing li"):
        ident = li.find_element(By.CSS_SELECTOR, ".ind").text
        assert ident in notice, "%s not in the notice" % ident
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(os.path.join(screens, "portal-dashboard.png"))
    first.find_element(By.CSS_SELECTOR, "button.copy").click()
    wait(driver, lambda d: first.find_element(By.CSS_SELECTOR, ".copied").text != "", 10)
    driver.execute_script("document.getElementById('chase').scrollIntoView()")
    driver.save_screenshot(os.path.join(screens, "portal-chase.png"))
    # A matrix cell of 市财政局 → that unit's files of that indicator.
    href = driver.execute_script(
        "const a = [...document.querySelectorAll('#matrix-chart a')].find(a => "
        "decodeURIComponent(a.getAttribute('href')).startsWith('/unit/%s?')); "
        "return a && a.getAttribute('href');" % UNIT)
    assert href, "no matrix cell for " + UNIT
    driver.get(serve.url + href)
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == UNIT)
    assert driver.find_elements(By.ID, "only"), "the unit page is not narrowed to the indicator"


def office_package(driver, serve, office, screens):
    driver.get(serve.url + "/package")
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == "报送包")
    rows = driver.find_elements(By.CSS_SELECTOR, "#packages tbody tr")
    assert len(rows) == 1, "packages listed: %d" % len(rows)
    assert "完整" in rows[0].text or "不完整" in rows[0].text, rows[0].text
    builds = office.json("/api/build")["builds"]
    driver.find_element(By.ID, "build-now").click()
    wait(driver, lambda d: "已请求整理" in d.find_element(By.ID, "build-msg").text, 10)
    wait(driver, lambda d: int(d.find_element(By.ID, "package").get_attribute("data-builds"))
         > builds, 120)
    driver.save_screenshot(os.path.join(screens, "portal-package.png"))
    download = driver.find_element(By.CSS_SELECTOR, "a.download").get_attribute("href")
    cookie = "dossier_session=" + driver.get_cookie("dossier_session")["value"]
    status, body, headers = serve.request("GET", urllib.parse.urlparse(download).path,
                                          headers={"Cookie": cookie})
    assert status == 200 and body[:2] == b"PK", status
    assert headers["Content-Disposition"].startswith("attachment;"), headers
    driver.find_element(By.CSS_SELECTOR, "a.view-index").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "svg"), 20)
    assert "材料目录" in driver.title, driver.title
    assert "存在风险" not in driver.page_source and "置信度" not in driver.page_source
    w = driver.execute_script("return document.querySelector('svg').getBoundingClientRect().width")
    assert w > 200, "the index's chart is not drawn: %r" % w
    driver.get(serve.url + "/package/report.html")
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "svg")) == 3, 20)
    # Under the documents' CSP their own inline style applies (headings are not the default).
    colour = driver.execute_script(
        "return getComputedStyle(document.querySelector('table')).borderCollapse")
    assert colour == "collapse", "report.html's style was blocked: %r" % colour


def clerk_gets_404(driver, serve):
    driver.delete_all_cookies()
    login(driver, serve, "clerk")
    assert not driver.find_elements(By.CSS_SELECTOR, "header a.nav"), "a clerk sees 总览"
    for path in ("/dashboard", "/package"):
        driver.get(serve.url + path)
        assert driver.find_element(By.TAG_NAME, "h1").text == "未找到", path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--screens", required=True)
    a = ap.parse_args()
    os.makedirs(a.screens, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dossier-dash-browser-") as root:
        for unit, name, text in ((UNIT, "2020年部门预算公开.txt", BUDGET),
                                 (UNIT, "2019年度部门决算公开.txt", ACCOUNTS),
                                 (OTHER, "政府信息公开指南.txt", GUIDE)):
            os.makedirs(os.path.join(root, "inbox", unit), exist_ok=True)
            with open(os.path.join(root, "inbox", unit, name), "w") as f:
                f.write(text)
        serve = Serve(a.bin, root, ["-j", "2", "--as-of", "2020-11-02"])
        driver = None
        try:
            serve.add_user("clerk", PASSWORD, UNIT)
            serve.add_user("boss", PASSWORD)
            office = Session(serve, "boss", PASSWORD)
            office.wait_builds(1)
            driver = browser()
            office_dashboard(driver, serve, a.screens)
            office_package(driver, serve, office, a.screens)
            clerk_gets_404(driver, serve)
            logs = driver.get_log("browser") if hasattr(driver, "get_log") else []
            errors = [l for l in logs if l.get("level") == "SEVERE" and "404" not in l["message"]]
            assert not errors, "browser console errors: %s" % errors
        except Exception:
            if driver:
                driver.save_screenshot(os.path.join(a.screens, "portal-dashboard-failure.png"))
            sys.stderr.write("".join(serve.output[-40:]))
            raise
        finally:
            if driver:
                driver.quit()
            serve.stop()
    print("ok")


if __name__ == "__main__":
    main()
