from __future__ import annotations

from typing import Any

import pytest

from selftrust.domain.practices import Outcome
from selftrust.domain.profile import Profile
from selftrust.services import practices
from selftrust.services.runtime import Runtime
from tests.speech_fakes import use_fake_speech, use_no_speech


@pytest.fixture(autouse=True)
def _fake_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_speech(monkeypatch)


def test_the_practices_page_lists_every_practice_and_the_days_practised(client: Any) -> None:
    page = client.get("/practices")
    assert page.status_code == 200
    for href in (
        "/practices/body_scan",
        "/practices/five_senses",
        "/practices/orienting",
        "/practices/paced_breathing",
        "/practices/self-compassion-break",
        "/body",
    ):
        assert f'href="{href}"' in page.text
    assert "There&#39;s no schedule to keep." in page.text
    assert "streak" not in page.text.lower()
    assert "missed" not in page.text.lower()


def test_a_practice_page_offers_stop_first_options_versions_listen_and_why(client: Any) -> None:
    page = client.get("/practices/body_scan").text
    assert page.index('value="stopped"') < page.index('<ol class="steps">')
    assert "<strong>Content note:</strong>" in page
    assert 'href="/practices/body_scan?version=1"' in page
    assert 'aria-current="page">3 minutes' in page
    assert '<audio controls preload="none" src="/listen/practices/body_scan?version=3"' in page
    assert 'value="enough_for_today"' in page
    assert "Why this helps" in page
    assert "Mehling" in page


def test_leaving_out_areas_changes_the_steps_and_the_audio(client: Any) -> None:
    page = client.get("/practices/body_scan", params={"version": "5", "skip": ["chest"]}).text
    assert "Notice your chest" not in page
    assert 'name="skip" value="chest" checked' in page
    assert "/listen/practices/body_scan?version=5&amp;skip=chest" in page
    assert client.get("/practices/body_scan", params={"skip": "elbow"}).status_code == 422


def test_ending_a_practice_saves_how_it_ended_and_the_numbers(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post(
        "/practices/five_senses",
        data={"outcome": "enough_for_today", "version": "short", "before": "7", "after": "5"},
    )
    assert response.status_code == 200
    assert "Enough for today is a good place to stop." in response.text
    assert "It eased a little." in response.text
    assert "You practised on 1 day in the last four weeks." in response.text
    [session] = practices.history(rt, dana)
    assert session.outcome is Outcome.ENOUGH_FOR_TODAY
    assert (session.practice, session.distress_before, session.distress_after) == (
        "five_senses",
        7,
        5,
    )


def test_stopping_is_saved_as_stopped_and_said_kindly(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/practices/orienting", data={"outcome": "stopped"})
    assert "that&#39;s okay" in response.text
    assert practices.history(rt, dana)[0].outcome is Outcome.STOPPED


def test_bad_input_is_refused_and_nothing_is_saved(client: Any, rt: Runtime, dana: Profile) -> None:
    assert client.post("/practices/orienting", data={"outcome": "gave up"}).status_code == 422
    assert client.post("/practices/juggling", data={"outcome": "finished"}).status_code == 404
    assert client.get("/practices/juggling").status_code == 404
    assert practices.history(rt, dana) == []


def test_a_hand_made_distress_that_is_not_a_number_is_refused_kindly_in_place(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    for before, after in [("abc", ""), ("", "²"), ("4", "100"), ("11", "3")]:
        response = client.post(
            "/practices/orienting",
            data={"outcome": "finished", "version": "short", "before": before, "after": after},
        )
        assert response.status_code == 422, (before, after)
        assert 'role="alert"' in response.text
        assert "is a whole number from 0 to 10" in response.text
        assert '<ol class="steps">' in response.text  # the same page, so nothing is lost
    assert practices.history(rt, dana) == []


def test_the_self_compassion_break_goes_to_its_own_page(client: Any) -> None:
    response = client.get("/practices/self_compassion_break", follow_redirects=False)
    assert response.headers["location"] == "/practices/self-compassion-break"


def test_the_audio_is_served_with_its_content_type_and_cached(client: Any, rt: Runtime) -> None:
    first = client.get("/listen/practices/orienting?version=short")
    assert first.status_code == 200
    assert first.headers["content-type"] == "audio/wav"
    assert first.content.startswith(b"RIFF")
    assert client.get("/listen/practices/orienting?version=short").content == first.content
    ranged = client.get("/listen/practices/orienting?version=short", headers={"Range": "bytes=0-9"})
    assert ranged.status_code == 206
    assert len(ranged.content) == 10
    assert len(list((rt.settings.home / "audio").glob("*.wav"))) == 1


def test_without_a_speech_engine_the_player_becomes_a_note(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_no_speech(monkeypatch)
    page = client.get("/practices/orienting").text
    assert "<audio" not in page
    assert "sudo apt install espeak-ng" in page
    assert client.get("/listen/practices/orienting").status_code == 503
