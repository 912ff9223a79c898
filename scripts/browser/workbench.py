"""The steward workbench in a real browser (Debian's headless chromium driven by Playwright).

Logs in with a one-time password, sets a new one, opens the first pair of the review queue,
confirms it with the keyboard (C), and checks that it left the queue and that PostgreSQL holds
the decision. Screenshots of the queue and the pair page are written to the artefacts folder.

Arguments: URL NAME ONE_TIME_PASSWORD PSQL_CONNINFO ARTEFACTS_DIR
Exit status 0 when every check held; an AssertionError (exit 1) names the one that did not.
"""

import os
import subprocess
import sys

from playwright.sync_api import sync_playwright


def psql(conninfo, sql):
    """One query's rows through the psql client, fields separated by tabs."""
    result = subprocess.run(
        ["psql", conninfo, "-XAt", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
        check=True, capture_output=True, text=True)
    return [line.split("\t") for line in result.stdout.splitlines() if line]


def snap(page, path):
    """A screenshot of the whole page, taken with a window as tall as the page (the decision
    bar sticks to the bottom of the window and would cover the middle of a taller page)."""
    height = page.evaluate("document.documentElement.scrollHeight")
    page.set_viewport_size({"width": 1280, "height": height})
    page.screenshot(path=path)
    page.set_viewport_size({"width": 1280, "height": 900})


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def main():
    url, name, one_time, conninfo, artefacts = sys.argv[1:6]
    url = url.rstrip("/")
    os.makedirs(artefacts, exist_ok=True)
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ja-JP")

        # No session: the login page, in Japanese.
        page.goto(url + "/queue")
        assert page.url.endswith("/login"), page.url
        assert page.locator("html").get_attribute("lang") == "ja"
        page.fill("#name", name)
        page.fill("#password", one_time)
        page.click("button[type=submit]")

        # First login: the one-time password is replaced.
        page.wait_for_url("**/password")
        new_password = "見沼町の春-correct-horse-7"
        page.fill("#password", new_password)
        page.fill("#again", new_password)
        page.click("button.primary")
        page.wait_for_url("**/queue")

        before = int(page.text_content("#queue-count"))
        assert before > 0, "the queue is empty"
        snap(page, os.path.join(artefacts, "queue.png"))

        first = page.locator("table.queue tbody tr").first
        registry = first.get_attribute("data-registry")
        record = first.get_attribute("data-record")
        role = first.get_attribute("data-role")
        first.locator("a.pair-link").click()
        page.wait_for_url("**/pair?**")
        resident = page.text_content("#resident-code").strip()
        assert page.text_content("#record-key").strip() == record
        snap(page, os.path.join(artefacts, "pair.png"))

        # Confirm with the keyboard: the next pair opens with a notice.
        page.locator("body").click(position={"x": 5, "y": 300})
        page.keyboard.press("c")
        page.wait_for_url("**notice=confirm**")
        assert page.locator("p.notice").count() == 1

        # The pair left the queue.
        page.goto(url + "/queue")
        after = int(page.text_content("#queue-count"))
        assert after == before - 1, (before, after)
        rows = page.locator(
            f'table.queue tbody tr[data-registry="{registry}"][data-record="{record}"][data-role="{role}"]')
        assert rows.count() == 0, "the confirmed person is still in the queue"
        browser.close()

    # The decision is in PostgreSQL, with the steward, and the person now links.
    key = "replace(record_key, chr(31), '|') = " + quote(record)
    decisions = psql(
        conninfo,
        "SELECT verdict, steward, source FROM regsync.steward_decision WHERE registry = " + quote(registry)
        + " AND " + key + " AND person_role = " + quote(role) + " AND resident_code = " + quote(resident))
    assert decisions == [["confirm", name, "workbench"]], decisions
    links = psql(
        conninfo,
        "SELECT decision, resident_code, decided_by FROM regsync.link WHERE registry = " + quote(registry)
        + " AND " + key + " AND person_role = " + quote(role))
    assert links == [["link", resident, "steward:" + name]], links
    audits = psql(
        conninfo,
        "SELECT count(*) FROM regsync.audit WHERE action = 'steward_confirm' AND actor = " + quote("steward:" + name))
    assert audits == [["1"]], audits
    print(f"browser test passed: {registry} {record} {role} confirmed as {resident}; queue {before} -> {after}")


if __name__ == "__main__":
    main()
