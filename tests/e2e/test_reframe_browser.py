from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.test_browser import serious_violations

CRITIC = "I'm such an idiot, I always ruin everything."


def _step(page: Any, number: int) -> None:
    page.get_by_text(f"Step {number} of 4", exact=True).wait_for()
    assert serious_violations(page) == []


def test_a_person_answers_an_inner_critic_step_by_step(page: Any) -> None:
    page.goto("/reframe")
    _step(page, 1)
    page.get_by_label("The critical thought, in your own words").fill(CRITIC)
    page.get_by_role("group", name="How strong is the feeling").get_by_label(
        "8", exact=True
    ).check()
    page.get_by_role("button", name="Next").click()

    _step(page, 2)
    page.wait_for_url("**/reframe/*/step/2")
    marks = page.locator("mark").all_inner_texts()
    assert "always" in "".join(marks)
    assert page.locator(".kv-thought .note-text").inner_text() == CRITIC
    assert page.get_by_role("heading", name="All-or-nothing words").is_visible()
    page.get_by_role("button", name="Next").click()

    _step(page, 3)
    page.get_by_label("What am I feeling right now?").fill("ashamed and tired")
    page.get_by_label("What would I say to a friend").fill("You're doing your best.")
    page.get_by_role("button", name="Next").click()

    _step(page, 4)
    page.get_by_label("Your kind reply to the thought").fill("I'm learning, and that's okay.")
    page.get_by_role("group", name="How strong is that feeling now?").get_by_label(
        "4", exact=True
    ).check()
    page.get_by_role("button", name="Finish").click()

    page.get_by_text("Thank you for giving yourself this time").wait_for()
    assert "The feeling eased a little" in page.content()
    assert serious_violations(page) == []
    page.reload()
    assert "I'm learning, and that's okay." in page.content()

    page.goto("/reflections")
    assert page.locator("svg[role=img]").count() == 1
    assert page.locator("table tbody tr").count() == 1
    assert serious_violations(page) == []


def test_a_reframe_can_be_saved_for_later_without_javascript(page_without_js: Any) -> None:
    page = page_without_js
    page.goto("/reframe")
    page.get_by_label("The critical thought, in your own words").fill("Nobody likes me.")
    page.get_by_role("button", name="Save for later").click()
    assert "Saved for later" in page.get_by_role("status").inner_text()
    page.get_by_role("link", name="Carry on with step 2").click()
    page.get_by_role("button", name="Skip this step").click()
    page.get_by_label("Who else might feel this way?").fill("lots of people")
    page.get_by_role("button", name="Next").click()
    page.get_by_text("Step 4 of 4", exact=True).wait_for()


@pytest.mark.parametrize(
    "path", ["/reflections", "/mistakes/new", "/practices/self-compassion-break"]
)
def test_kind_voice_pages_have_no_serious_accessibility_problems(page: Any, path: str) -> None:
    page.goto(path)
    assert serious_violations(page) == []


def test_highlights_stay_readable_in_dark_mode(browser: Any, live_server: str) -> None:
    context = browser.new_context(base_url=live_server, color_scheme="dark")
    page = context.new_page()
    page.goto("/reframe")
    page.get_by_label("The critical thought, in your own words").fill(CRITIC)
    page.get_by_role("button", name="Next").click()
    _step(page, 2)
    context.close()


def test_a_mistake_is_saved_in_place_with_htmx(page: Any) -> None:
    page.goto("/mistakes/new")
    page.get_by_label("What happened?").fill("Missed the bus.")
    page.get_by_label("What does this tell me?").fill("I need more time in the morning.")
    page.get_by_role("button", name="Save").click()
    page.get_by_role("status").wait_for()
    page.wait_for_url("**/mistakes/*")
    assert "I need more time in the morning." in page.content()
    assert serious_violations(page) == []
