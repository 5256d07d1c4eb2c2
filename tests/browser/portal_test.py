"""Browser test of the portal's pages (issue 21): headless Chromium through WebDriver (Debian's
chromium-driver + python3-selenium 4), window 1366×900, against a real `dossier serve` on
127.0.0.1 with a real inbox and workspace.

A unit clerk logs in, uploads two files through the page (send_keys to the file input), sees a
progress bar per file, sees both appear after the rebuild with indicator, date and a loaded
thumbnail, withdraws one (it leaves the page and the inbox), uploads a folder holding a zip (its
member appears, marked as inside the zip), and cannot reach another unit's page
or file by editing the URL (the 404 page / a 404 answer). The office then sees the unit list and
the same unit page. Screenshots go to --screens (the build dir): portal-login.png,
portal-upload.png, portal-home.png, portal-duties.png (the same page at its responsibilities),
portal-notfound.png, portal-units.png.

Usage: portal_test.py --bin BUILD/dossier --screens DIR"""

import argparse
import json
import os
import re
import sys
import tempfile
import time
import urllib.parse
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve import Serve, Session  # noqa: E402

UNIT, OTHER = "市财政局", "市教育和体育局"
PASSWORD = "correct-horse-battery"

BUDGET = """霸州市财政局关于公开2020年部门预算的公告

根据《中华人民共和国预算法》和《关于进一步做好预算信息公开工作的指导意见》要求，现将霸州市2020年部门预算、“三公”经费预算情况予以公开。预算公开内容包括收支总表、收入总表、支出总表、财政拨款收支总表及相关说明。

霸州市财政局
2020年10月12日
"""
ACCOUNTS = """霸州市财政局关于公开2019年度部门决算的公告

依据《中华人民共和国预算法》及决算公开有关规定，现将霸州市2019年度部门决算和“三公”经费决算情况予以公开，包括收入支出决算总表、财政拨款收入支出决算表等。

霸州市财政局
2020年9月18日
"""
GUIDE = """霸州市教育和体育局政府信息公开指南（2020年修订）

为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。公开的主要内容、公开方式、依申请公开的办理程序详见正文。

霸州市教育和体育局
2020年6月30日
"""


def browser():
    options = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
              "--window-size=1366,900", "--lang=zh-CN"):
        options.add_argument(a)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_window_size(1366, 900)
    return driver


def wait(driver, what, seconds=90):
    # The page reloads itself after a rebuild: elements found just before may go stale.
    return WebDriverWait(driver, seconds, poll_frequency=0.2,
                         ignored_exceptions=(StaleElementReferenceException,
                                             NoSuchElementException)).until(lambda d: what(d))


def rows(driver):
    """{shown name: row element} of the files table (empty when there is none)."""
    out = {}
    for tr in driver.find_elements(By.CSS_SELECTOR, "#files tbody tr"):
        out[tr.find_element(By.CSS_SELECTOR, "td.name a").text] = tr
    return out


def login(driver, serve, user):
    driver.get(serve.url + "/login")
    wait(driver, lambda d: d.find_element(By.ID, "user"))
    driver.find_element(By.ID, "user").send_keys(user)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "login-button").click()
    wait(driver, lambda d: d.current_url == serve.url + "/" and d.find_elements(By.ID, "logout"))


def check_row(driver, tr, name):
    cells = tr.find_elements(By.TAG_NAME, "td")
    indicator = cells[2].text
    date = cells[3].text
    state = cells[4].text
    assert re.match(r"^\d+(\.\d+)+ ", indicator), "%s: no indicator shown: %r" % (name, indicator)
    assert re.match(r"^20\d\d-\d\d-\d\d$", date), "%s: no date shown: %r" % (name, date)
    assert state.split("\n")[0] in ("已收录", "待确认"), "%s: state %r" % (name, state)
    img = tr.find_element(By.CSS_SELECTOR, "img.thumb")
    wait(driver, lambda d: d.execute_script(
        "return arguments[0].complete && arguments[0].naturalWidth > 0", img), 60)


def clerk_uploads(driver, serve, files, screens):
    login(driver, serve, "clerk")
    h1 = driver.find_element(By.TAG_NAME, "h1").text
    assert h1 == UNIT, "the clerk's home shows %r" % h1
    driver.find_element(By.ID, "pick-files").send_keys("\n".join(files))
    bars = wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#progress progress")) == 2
                and d.find_elements(By.CSS_SELECTOR, "#progress progress"), 30)
    assert len(bars) == 2, "one progress bar per file"
    wait(driver, lambda d: all("已上传" in s.text for s in
                               d.find_elements(By.CSS_SELECTOR, "#progress .status")), 60)
    driver.save_screenshot(os.path.join(screens, "portal-upload.png"))
    names = [os.path.basename(f) for f in files]
    # The page reloads by itself once the rebuild lists both files (not "处理中").
    wait(driver, lambda d: all(n in rows(d) for n in names) and
         not d.find_elements(By.CSS_SELECTOR, "#files tr.state-waiting"), 120)
    for n in names:
        check_row(driver, rows(driver)[n], n)
    days = driver.find_element(By.ID, "days-left").text
    assert days.isdigit(), "working days left: %r" % days
    assert driver.find_elements(By.CSS_SELECTOR, "#duties tbody tr"), "no responsibilities"
    driver.save_screenshot(os.path.join(screens, "portal-home.png"))
    driver.execute_script("document.getElementById('duties').scrollIntoView()")
    driver.save_screenshot(os.path.join(screens, "portal-duties.png"))
    driver.execute_script("window.scrollTo(0, 0)")
    return names


def clerk_withdraws(driver, serve, name):
    button = rows(driver)[name].find_element(By.CSS_SELECTOR, "button.withdraw")
    button.click()
    assert button.text == "确认撤回"
    button.click()
    wait(driver, lambda d: name not in rows(d), 120)
    assert not os.path.exists(os.path.join(serve.inbox, UNIT, name)), "still in the inbox"


def clerk_uploads_folder(driver, folder):
    """A folder holding a zip, through the folder picker: its member appears, marked as such."""
    driver.find_element(By.ID, "pick-folder").send_keys(folder)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#progress progress"), 30)
    member = "材料.zip!/2020年财政预算执行情况.txt"
    wait(driver, lambda d: member in rows(d), 120)
    tr = rows(driver)[member]
    assert "压缩包内" in tr.text, "a zip member is not marked as one"
    assert not tr.find_elements(By.CSS_SELECTOR, "button.withdraw"), "a member offers withdrawal"


def clerk_cannot_reach_other_unit(driver, serve, other_id):
    driver.get(serve.url + "/unit/" + urllib.parse.quote(OTHER))
    assert driver.find_element(By.TAG_NAME, "h1").text == "未找到", "another unit's page shown"
    driver.save_screenshot(os.path.join(SCREENS, "portal-notfound.png"))
    cookie = "dossier_session=" + driver.get_cookie("dossier_session")["value"]
    for path in ("/unit/" + urllib.parse.quote(OTHER), "/api/files/%s/content" % other_id,
                 "/api/files/%s/thumbnail" % other_id,
                 "/api/files?unit=" + urllib.parse.quote(OTHER)):
        status = serve.request("GET", path, headers={"Cookie": cookie})[0]
        assert status == 404, "%s answered %d to the clerk" % (path, status)
    driver.get(serve.url + "/api/files/%s/content" % other_id)
    assert "未找到" in driver.find_element(By.TAG_NAME, "body").text


def office_sees_units(driver, serve):
    driver.find_element(By.ID, "logout").click() if driver.find_elements(By.ID, "logout") else None
    wait(driver, lambda d: d.current_url.endswith("/login"))
    login(driver, serve, "boss")
    links = driver.find_elements(By.CSS_SELECTOR, "#units a")
    assert UNIT in [a.text for a in links], "the unit list lacks " + UNIT
    driver.save_screenshot(os.path.join(SCREENS, "portal-units.png"))
    next(a for a in links if a.text == UNIT).click()
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == UNIT)
    assert len(rows(driver)) == 2, "the office sees the unit's remaining file and the zip's member"


def main():
    global SCREENS
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--screens", required=True)
    a = ap.parse_args()
    SCREENS = a.screens
    os.makedirs(SCREENS, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dossier-browser-") as root:
        os.makedirs(os.path.join(root, "inbox", UNIT))
        os.makedirs(os.path.join(root, "inbox", OTHER))
        with open(os.path.join(root, "inbox", OTHER, "政府信息公开指南.txt"), "w") as f:
            f.write(GUIDE)
        files = []
        for name, text in (("2020年部门预算公开.txt", BUDGET), ("2019年度部门决算公开.txt", ACCOUNTS)):
            os.makedirs(os.path.join(root, "upload"), exist_ok=True)
            files.append(os.path.join(root, "upload", name))
            with open(files[-1], "w") as f:
                f.write(text)
        serve = Serve(a.bin, root, ["-j", "2", "--as-of", "2020-11-02"])
        driver = None
        try:
            serve.add_user("clerk", PASSWORD, UNIT)
            serve.add_user("boss", PASSWORD)
            office = Session(serve, "boss", PASSWORD)
            office.wait_builds(1)
            other = [f for f in office.json("/api/files") if f["unit"] == OTHER]
            assert other, "the other unit's file was not built"
            driver = browser()
            driver.get(serve.url + "/")
            wait(driver, lambda d: d.current_url.endswith("/login"))
            driver.save_screenshot(os.path.join(SCREENS, "portal-login.png"))
            names = clerk_uploads(driver, serve, files, SCREENS)
            clerk_withdraws(driver, serve, names[0])
            folder = os.path.join(root, "folder")
            os.makedirs(folder)
            with zipfile.ZipFile(os.path.join(folder, "材料.zip"), "w") as z:
                z.writestr("2020年财政预算执行情况.txt", BUDGET.replace("部门预算", "预算执行情况"))
            clerk_uploads_folder(driver, folder)
            clerk_cannot_reach_other_unit(driver, serve, other[0]["id"])
            driver.get(serve.url + "/")
            office_sees_units(driver, serve)
            logs = driver.get_log("browser") if hasattr(driver, "get_log") else []
            errors = [l for l in logs if l.get("level") == "SEVERE" and "404" not in l["message"]]
            assert not errors, "browser console errors: %s" % json.dumps(errors, ensure_ascii=False)
        except Exception:
            if driver:
                driver.save_screenshot(os.path.join(SCREENS, "portal-failure.png"))
            sys.stderr.write("".join(serve.output[-40:]))
            raise
        finally:
            if driver:
                driver.quit()
            code = serve.stop()
        assert code == 0, "serve exited with %s" % code
    print("portal_test: ok (screenshots in %s)" % SCREENS)


SCREENS = ""

if __name__ == "__main__":
    main()
