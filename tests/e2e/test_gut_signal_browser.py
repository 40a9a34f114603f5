"""Linking a body signal to a choice as "what my gut said", in real Chromium, with axe."""

from __future__ import annotations

from typing import Any

import pytest

from selftrust.domain.profile import Profile
from selftrust.services import body, choices
from selftrust.services.runtime import Runtime
from tests.e2e.test_browser import serious_violations

DESCRIBED = "Chest · tight · 6/10 · today, 09:30 UTC"


@pytest.fixture
def signal(rt: Runtime, dana: Profile) -> int:
    """Dana noted a tight chest this morning."""
    saved = body.add_signal(
        rt, dana, regions=["chest"], feelings=["tight"], intensity=6, tone="unpleasant"
    )
    return saved.record.id


def test_a_person_links_a_body_signal_to_a_choice_and_sees_it_when_looking_back(
    page: Any, rt: Runtime, dana: Profile, signal: int
) -> None:
    page.goto("/choices")
    page.get_by_label("What did you choose?").fill("Left the party early")
    page.get_by_role("radio", name=DESCRIBED).check()
    page.get_by_role("radio", name="I went with my gut").check()
    page.get_by_label("How sure are you").fill("60")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Save this choice").click()
    page.get_by_role("status").wait_for()
    assert page.get_by_role("radio", name="No body signal").is_checked()
    listed = page.locator("#choices-list")
    assert f"What your gut said: {DESCRIBED}" in listed.inner_text()
    [choice] = choices.list_choices(rt, dana)
    assert choice.body_signal_id == signal
    listed.get_by_role("link", name="Open").first.click()
    page.wait_for_url("**/choices/*")
    assert f"What your gut said then: {DESCRIBED}" in page.locator("#look-back").inner_text()
    assert serious_violations(page) == []
    section = page.locator("#gut-signal")
    section.get_by_role("radio", name="No body signal").check()
    section.get_by_role("button", name="Save the link").click()
    page.locator("#gut-signal").get_by_role("status").wait_for()
    assert "The link is removed" in page.locator("#gut-signal").inner_text()
    assert choices.get_choice(rt, dana, choice.id).body_signal_id is None
    assert serious_violations(page) == []


def test_linking_works_without_javascript(
    page_without_js: Any, rt: Runtime, dana: Profile, signal: int
) -> None:
    page = page_without_js
    choice = choices.add_choice(rt, dana, "Said no", gut="followed", confidence=50).record
    page.goto(f"/choices/{choice.id}")
    page.locator("#gut-signal").get_by_role("radio", name=DESCRIBED).check()
    page.get_by_role("button", name="Save the link").click()
    assert "The body signal is linked" in page.locator("#gut-signal").inner_text()
    assert choices.get_choice(rt, dana, choice.id).body_signal_id == signal
