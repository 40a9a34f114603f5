from __future__ import annotations

from typing import Any

import pytest

from selftrust.content.lessons import all_lessons
from selftrust.domain.profile import Profile
from selftrust.services import lessons
from selftrust.services.runtime import Runtime
from tests.speech_fakes import use_fake_speech


@pytest.fixture(autouse=True)
def _fake_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_speech(monkeypatch)


def test_the_learn_page_lists_every_lesson_with_its_reading_time(client: Any) -> None:
    page = client.get("/learn").text
    for lesson in all_lessons():
        assert f'href="/learn/{lesson.slug}"' in page
    assert "min read" in page


def test_a_lesson_shows_safe_html_its_content_note_a_player_and_a_transcript(client: Any) -> None:
    page = client.get("/learn/how-trauma-affects-self-trust").text
    assert "<h2>Your body's alarm system</h2>" in page
    assert "Content note:" in page
    assert 'src="/listen/lessons/how-trauma-affects-self-trust"' in page
    assert "Transcript" in page
    assert 'href="/learn/signs-to-notice"' in page  # the next lesson
    audio = client.get("/listen/lessons/how-trauma-affects-self-trust")
    assert audio.status_code == 200
    assert audio.headers["content-type"] == "audio/wav"


def test_an_unknown_lesson_is_not_found(client: Any) -> None:
    assert client.get("/learn/nowhere").status_code == 404
    assert client.get("/listen/lessons/nowhere").status_code == 404


def test_a_reflection_is_saved_edited_and_deleted(client: Any, rt: Runtime, dana: Profile) -> None:
    slug = "what-self-trust-is"
    response = client.post(f"/learn/{slug}/reflection", data={"text": "I trust my sense of time."})
    assert response.status_code == 200  # after the redirect
    assert "Your reflection is saved." in response.text
    assert "I trust my sense of time." in response.text
    client.post(f"/learn/{slug}/reflection", data={"text": "And my taste in music."})
    found = lessons.get_reflection(rt, dana, slug)
    assert found is not None
    assert found.text == "And my taste in music."
    assert "You wrote a reflection" in client.get("/learn").text
    deleted = client.post(f"/learn/{slug}/reflection/delete")
    assert "Your reflection is deleted." in deleted.text
    assert lessons.get_reflection(rt, dana, slug) is None


def test_an_empty_reflection_keeps_the_page_and_says_so(client: Any) -> None:
    response = client.post("/learn/faq/reflection", data={"text": "   "})
    assert response.status_code == 422
    assert 'aria-describedby="reflection-hint reflection-error"' in response.text


def test_crisis_language_in_a_reflection_is_saved_and_the_card_shows(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post(
        "/learn/faq/reflection",
        data={"text": "some days I want to end my life"},
        headers={"HX-Request": "true"},
    )
    assert 'id="care-card"' in response.text
    assert response.text.lstrip().startswith('<section class="reflection"')
    found = lessons.get_reflection(rt, dana, "faq")
    assert found is not None
    assert found.text == "some days I want to end my life"


def test_robin_s_reflection_stays_robin_s(client: Any, rt: Runtime, robin: Profile) -> None:
    lessons.save_reflection(rt, robin, "faq", "robin's private words")
    assert "robin&#39;s private words" not in client.get("/learn/faq").text
