from __future__ import annotations

from typing import Any

import pytest

from selftrust.domain.profile import Profile
from selftrust.services import lessons, practices
from selftrust.services.runtime import Runtime
from tests.speech_fakes import use_fake_speech, use_no_speech


def test_practices_are_listed_with_versions_steps_and_areas(client: Any) -> None:
    listed = client.get("/api/v1/practices").json()
    scan = next(p for p in listed if p["id"] == "body_scan")
    assert [v["id"] for v in scan["versions"]] == ["1", "3", "5"]
    assert "feet" in scan["areas"]
    assert scan["versions"][0]["steps"]
    assert client.get("/api/v1/practices/orienting").json()["page"] == "/practices/orienting"
    assert client.get("/api/v1/practices/juggling").status_code == 404


def test_a_practice_session_is_saved_and_counted(client: Any, rt: Runtime, dana: Profile) -> None:
    created = client.post(
        "/api/v1/practice-sessions",
        json={"practice": "body_scan", "outcome": "enough_for_today", "minutes": 3,
              "distress_before": 6, "distress_after": 4},
    )  # fmt: skip
    assert created.status_code == 201
    assert created.json()["outcome"] == "enough_for_today"
    listed = client.get("/api/v1/practice-sessions").json()
    assert listed["days_practised"] == 1
    assert listed["window_days"] == 28
    assert practices.history(rt, dana)[0].distress_after == 4


@pytest.mark.parametrize(
    "change",
    [{"practice": "juggling"}, {"outcome": "gave up"}, {"distress_before": 11}, {"minutes": 0}],
)
def test_bad_practice_sessions_are_refused(
    client: Any, rt: Runtime, dana: Profile, change: dict[str, object]
) -> None:
    body = {"practice": "orienting", "outcome": "finished"} | change
    assert client.post("/api/v1/practice-sessions", json=body).status_code == 422
    assert practices.history(rt, dana) == []


def test_lessons_come_as_markdown_and_safe_html_with_their_audio_address(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_fake_speech(monkeypatch)
    listed = client.get("/api/v1/lessons").json()
    assert listed[0]["slug"] == "what-self-trust-is"
    assert listed[0]["audio"] == "/listen/lessons/what-self-trust-is"
    faq = client.get("/api/v1/lessons/faq").json()
    assert "<h2>" in faq["html"]
    assert faq["markdown"].startswith("## ")
    use_no_speech(monkeypatch)
    assert client.get("/api/v1/lessons/faq").json()["audio"] is None
    assert client.get("/api/v1/lessons/nowhere").status_code == 404


def test_a_reflection_is_written_read_and_deleted(
    client: Any, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    assert client.get("/api/v1/lessons/faq/reflection").json() is None
    saved = client.put("/api/v1/lessons/faq/reflection", json={"text": "This helped."})
    assert saved.status_code == 200
    assert saved.json()["safety"]["crisis"] is False
    assert client.get("/api/v1/lessons/faq/reflection").json()["text"] == "This helped."
    assert client.put("/api/v1/lessons/faq/reflection", json={"text": ""}).status_code == 422
    lessons.save_reflection(rt, robin, "signs-to-notice", "robin's")
    assert client.get("/api/v1/lessons/signs-to-notice/reflection").json() is None
    assert client.delete("/api/v1/lessons/faq/reflection").status_code == 204
    assert client.delete("/api/v1/lessons/faq/reflection").status_code == 404
    assert lessons.get_reflection(rt, dana, "faq") is None


def test_audio_status_says_which_engine_and_how_much_is_ready(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_fake_speech(monkeypatch)
    status = client.get("/api/v1/audio/status").json()
    assert status["engine"] == "fake 1.0"
    assert status["ready"] == 0
    assert status["total"] > 10
    use_no_speech(monkeypatch)
    assert client.get("/api/v1/audio/status").json()["engine"] is None
