"""Body signals, practices, lessons and Listen in real Chromium, with axe checks."""

from __future__ import annotations

from typing import Any

import pytest

from selftrust.domain.profile import Profile
from selftrust.services import body, lessons, practices
from selftrust.services.runtime import Runtime
from tests.e2e.test_browser import serious_violations
from tests.speech_fakes import use_fake_speech

PAGES = [
    "/body",
    "/practices",
    "/practices/body_scan",
    "/practices/paced_breathing?version=short",
    "/learn",
    "/learn/how-trauma-affects-self-trust",
]


@pytest.fixture(autouse=True)
def _fake_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_speech(monkeypatch)


@pytest.fixture
def history(rt: Runtime, dana: Profile) -> None:
    """Dana has noted a few signals, practised once and written one reflection."""
    for regions, feeling, strength in ((["chest"], "tight", 6), (["chest", "jaw"], "heavy", 4)):
        body.add_signal(
            rt, dana, regions=regions, feelings=[feeling], intensity=strength, tone="unpleasant"
        )
    practices.record_session(rt, dana, "body_scan", outcome="enough_for_today", before=5, after=3)
    lessons.save_reflection(rt, dana, "how-trauma-affects-self-trust", "That makes sense.")


@pytest.mark.parametrize("path", PAGES)
def test_these_pages_have_no_serious_accessibility_problems(
    page: Any, history: None, path: str
) -> None:
    page.goto(path)
    assert serious_violations(page) == []


def test_a_person_notes_a_body_signal_and_sees_it_on_the_map(
    page: Any, rt: Runtime, dana: Profile
) -> None:
    page.goto("/body")
    page.get_by_label("Stomach").check()
    page.get_by_label("fluttery").check()
    page.locator('input[name="intensity"][value="5"]').check()
    page.get_by_label("Unpleasant").check()
    page.get_by_label("What might it be telling you? (optional)").fill("Nervous about tomorrow.")
    page.get_by_role("button", name="Save this signal").click()
    page.get_by_role("status").wait_for()
    assert "Saved." in page.get_by_role("status").inner_text()
    assert page.locator('g[data-region="stomach"]').get_attribute("data-count") == "1"
    assert page.locator('tr[data-region="stomach"] td').first.inner_text() == "1"
    assert body.list_signals(rt, dana)[0].message == "Nervous about tomorrow."
    assert serious_violations(page) == []


def test_the_body_log_and_its_filters_work_without_javascript(
    page_without_js: Any, rt: Runtime, dana: Profile
) -> None:
    page = page_without_js
    page.goto("/body")
    page.get_by_label("Feet").check()
    page.get_by_label("calm").check()
    page.locator('input[name="intensity"][value="2"]').check()
    page.get_by_label("Pleasant", exact=True).check()
    page.get_by_role("button", name="Save this signal").click()
    assert "Saved." in page.get_by_role("status").inner_text()
    page.get_by_label("Feeling word").select_option("tight")
    page.get_by_role("button", name="Show").click()
    assert "feeling=tight" in page.url
    assert page.locator('g[data-region="feet"]').get_attribute("data-count") == "0"


def test_the_player_plays_with_a_speed_control_and_the_practice_ends_gently(
    page: Any, rt: Runtime, dana: Profile
) -> None:
    page.goto("/practices/orienting?version=short")
    audio = page.locator("audio#listen-audio")
    assert audio.get_attribute("controls") is not None
    speed = page.get_by_label("Speed")
    speed.wait_for(state="visible")  # listen.js reveals it
    speed.select_option("0.75")
    assert audio.evaluate("a => a.playbackRate") == 0.75
    audio.focus()
    assert page.evaluate("document.activeElement.id") == "listen-audio"
    source = audio.get_attribute("src")
    fetched = page.request.get(source)
    assert fetched.status == 200
    assert fetched.headers["content-type"] == "audio/wav"
    assert audio.evaluate("a => a.play().then(() => !a.paused)") is True
    page.get_by_role("button", name="Enough for today").click()
    assert "Enough for today is a good place to stop." in page.get_by_role("status").inner_text()
    assert practices.history(rt, dana)[0].outcome.value == "enough_for_today"


def test_a_person_reads_a_lesson_and_keeps_a_private_reflection(
    page: Any, rt: Runtime, dana: Profile
) -> None:
    page.goto("/learn")
    page.get_by_role("link", name="Signs to notice").click()
    page.wait_for_url("**/learn/signs-to-notice")
    page.get_by_text("Transcript").click()
    assert page.locator(".transcript p").first.is_visible()
    page.get_by_label("What stood out to you? (private, optional)").fill("I do ask a lot.")
    page.get_by_role("button", name="Save my reflection").click()
    page.get_by_role("status").wait_for()
    found = lessons.get_reflection(rt, dana, "signs-to-notice")
    assert found is not None
    assert found.text == "I do ask a lot."
