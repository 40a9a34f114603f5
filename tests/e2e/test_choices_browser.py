"""The choice ledger in real Chromium: one journey with htmx, one without JavaScript, and axe."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.test_browser import serious_violations

CHOICE = "Said no to the late call 🌙"


def _record(page: Any, text: str = CHOICE) -> None:
    page.goto("/choices")
    page.get_by_label("What did you choose?").fill(text)
    page.get_by_label("What did your gut or body say?").fill("Tired shoulders")
    page.get_by_role("radio", name="I went with my gut").check()
    page.get_by_label("How sure are you").fill("70")
    page.get_by_role("button", name="Save this choice").click()


def _look_back(page: Any, answer: str, note: str) -> None:
    page.get_by_role("radio", name=answer, exact=True).check()
    page.get_by_label("Anything you noticed? (optional)").fill(note)
    page.get_by_role("button", name="Save look-back").click()


def test_a_person_records_a_choice_looks_back_and_sees_the_evidence(page: Any) -> None:
    _record(page)
    status = page.get_by_role("status")
    status.wait_for()
    assert "Saved." in status.inner_text()
    assert page.get_by_label("What did you choose?").input_value() == ""
    assert serious_violations(page) == []
    page.locator("#choices-list").get_by_role("link", name="Open").first.click()
    page.wait_for_url("**/choices/*")
    assert CHOICE in page.locator("blockquote").inner_text()
    assert serious_violations(page) == []
    _look_back(page, "Yes", "Slept well")
    page.get_by_role("status").wait_for()
    assert "this one counts" in page.locator("#look-back").inner_text()
    page.get_by_role("link", name="Back to your choices").click()
    page.get_by_role("link", name="See what your look-backs add up to").click()
    page.wait_for_url("**/evidence")
    assert CHOICE in page.locator(".cl-wall").inner_text()
    assert page.get_by_role("img", name="Bar chart").count() == 2
    assert serious_violations(page) == []


def test_a_choice_and_a_look_back_work_without_javascript(page_without_js: Any) -> None:
    page = page_without_js
    _record(page, "Took the stairs slowly")
    assert "Saved." in page.get_by_role("status").inner_text()
    page.locator("#choices-list").get_by_role("link", name="Open").first.click()
    _look_back(page, "Partly", "Knees complained")
    assert "Thank you for looking back" in page.get_by_role("status").inner_text()
    assert page.get_by_role("link", name="Look at it as information").count() == 1


def test_a_mistaken_entry_keeps_the_draft_and_points_at_the_field(page: Any) -> None:
    page.goto("/choices")
    page.get_by_label("What did you choose?").fill("Kept as a draft")
    page.get_by_role("button", name="Save this choice").click()
    error = page.locator("#gut-error")
    error.wait_for()
    assert "followed, overrode" in error.inner_text()
    assert page.get_by_label("What did you choose?").input_value() == "Kept as a draft"
    assert serious_violations(page) == []


@pytest.mark.parametrize("path", ["/choices/settings", "/choices/ideas/own-pace/edit"])
def test_the_other_choice_pages_have_no_serious_accessibility_problems(
    page: Any, path: str
) -> None:
    page.goto(path)
    assert serious_violations(page) == []


def test_the_evidence_page_follows_dark_mode_without_accessibility_problems(
    browser: Any, live_server: str
) -> None:
    context = browser.new_context(base_url=live_server, color_scheme="dark")
    page = context.new_page()
    _record(page)
    page.get_by_role("status").wait_for()
    page.goto("/evidence")
    assert serious_violations(page) == []
    context.close()
