"""A person takes the GAD-7 one question per screen in real Chromium, with axe checks."""

from __future__ import annotations

from typing import Any

from tests.e2e.test_browser import serious_violations

GAD7_ANSWERS = [
    "Several days",
    "More than half the days",
    "Several days",
    "Not at all",
    "Several days",
    "More than half the days",
    "Nearly every day",
]


def test_a_person_takes_the_gad7_one_question_per_screen_and_reads_the_result(
    page: Any,
) -> None:
    page.goto("/measures")
    assert serious_violations(page) == []
    page.get_by_role("link", name="Start GAD-7").click()
    page.wait_for_url("**/measures/gad7")
    assert serious_violations(page) == []
    page.get_by_label("One question at a time").check()
    page.get_by_role("button", name="Start").click()
    page.wait_for_url("**/items/1")
    assert serious_violations(page) == []
    for number, label in enumerate(GAD7_ANSWERS, start=1):
        page.get_by_role("heading", name=f"Question {number} of 7").wait_for()
        page.get_by_label(label, exact=True).check()
        page.get_by_role("button", name="Save and go on").click()
    page.get_by_role("heading", name="Your GAD-7 result").wait_for()
    text = page.locator("main").inner_text()
    assert "10 out of 21" in text
    assert "This is not a diagnosis." in text
    assert serious_violations(page) == []
    page.get_by_role("link", name="How it has changed").click()
    page.get_by_role("img").first.wait_for()
    assert "GAD-7 totals" in (page.get_by_role("img").first.get_attribute("aria-label") or "")
    assert serious_violations(page) == []


def test_a_person_can_skip_stop_and_pick_up_later(page: Any) -> None:
    page.goto("/measures/phq9")
    page.get_by_role("button", name="Start").click()
    # Each step waits for the next question's heading: a click that lands while the
    # previous form is still submitting would hit the old page and be lost.
    page.get_by_role("heading", name="Question 1 of 9").wait_for()
    page.get_by_label("Not at all", exact=True).check()
    page.get_by_role("button", name="Save and go on").click()
    page.get_by_role("heading", name="Question 2 of 9").wait_for()
    page.get_by_role("button", name="Skip this one").click()
    page.get_by_role("heading", name="Question 3 of 9").wait_for()
    page.get_by_role("button", name="Stop for now").click()
    page.get_by_role("status").wait_for()
    assert "Saved for later" in page.get_by_role("status").inner_text()
    page.get_by_role("link", name="Continue PHQ-9").click()
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("heading", name="Question 2 of 9").wait_for()


def test_all_questions_on_one_page_work_without_javascript(page_without_js: Any) -> None:
    page = page_without_js
    page.goto("/measures/rses")
    page.get_by_label("All questions on one page").check()
    page.get_by_role("button", name="Start").click()
    for number in range(1, 11):
        page.locator(f"#item-{number}-3").check()
    page.locator("#item-4-skip").check()
    page.get_by_role("button", name="See my result").click()
    assert "You skipped question 4" in page.get_by_role("status").inner_text()
    page.locator("#item-4-3").check()
    page.get_by_role("button", name="See my result").click()
    page.get_by_role("heading", name="Your RSES result").wait_for()
    assert "15 out of 30" in page.locator("main").inner_text()


def test_the_one_page_form_and_its_result_pass_axe_in_dark_mode(
    browser: Any, live_server: str
) -> None:
    context = browser.new_context(base_url=live_server, color_scheme="dark")
    page = context.new_page()
    page.goto("/measures/checkin")
    page.get_by_label("All questions on one page").check()
    page.get_by_role("button", name="Start").click()
    page.get_by_role("heading", name="Self-trust check-in").wait_for()
    assert serious_violations(page) == []
    for number in range(1, 11):
        page.locator(f"#item-{number}-2").check()
    page.get_by_role("button", name="See my result").click()
    page.get_by_role("heading", name="Your Check-in result").wait_for()
    assert serious_violations(page) == []
    page.goto("/measures/checkin/history")
    assert serious_violations(page) == []
    context.close()
