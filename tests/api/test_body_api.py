from __future__ import annotations

from typing import Any

from selftrust.domain.profile import Profile
from selftrust.services import body
from selftrust.services.runtime import Runtime

SIGNAL = {"regions": ["jaw"], "feelings": ["tight"], "intensity": 5, "tone": "unpleasant"}


def test_a_signal_is_saved_read_listed_and_deleted(client: Any, rt: Runtime, dana: Profile) -> None:
    created = client.post("/api/v1/body-signals", json=SIGNAL | {"message": "clenching again"})
    assert created.status_code == 201
    saved = created.json()
    assert saved["regions"] == ["jaw"]
    assert saved["message"] == "clenching again"
    assert saved["safety"] == {"crisis": False, "crisis_kinds": [], "show_card": False}
    assert body.get_signal(rt, dana, saved["id"]).message == "clenching again"
    assert client.get(f"/api/v1/body-signals/{saved['id']}").json()["tone"] == "unpleasant"
    listed = client.get("/api/v1/body-signals", params={"feeling": "tight"}).json()
    assert [s["id"] for s in listed["signals"]] == [saved["id"]]
    assert client.delete(f"/api/v1/body-signals/{saved['id']}").status_code == 204
    assert body.list_signals(rt, dana) == []


def test_crisis_language_in_a_signal_is_kept_and_flagged(client: Any) -> None:
    saved = client.post("/api/v1/body-signals", json=SIGNAL | {"message": "i want to kill myself"})
    assert saved.status_code == 201
    assert saved.json()["safety"]["crisis"] is True
    assert saved.json()["message"] == "i want to kill myself"


def test_bad_input_is_refused_with_one_clear_sentence(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    for change, words in [
        ({"regions": ["elbow"]}, "no place called"),
        ({"feelings": ["fizzy"]}, "isn't in your feeling words"),
        ({"intensity": 11}, "0 to 10"),
        ({"tone": "nice"}, "pleasant, unpleasant or neutral"),
    ]:
        response = client.post("/api/v1/body-signals", json=SIGNAL | change)
        assert response.status_code == 422
        assert words in response.json()["error"]["message"]
    assert client.post("/api/v1/body-signals", json=SIGNAL | {"intensity": "5"}).status_code == 422
    assert (
        client.get("/api/v1/body-signals", params={"since": "2026-01-01T00:00"}).status_code == 422
    )
    assert body.list_signals(rt, dana) == []


def test_the_body_map_and_feeling_words_answer_in_json(client: Any) -> None:
    client.post("/api/v1/body-signals", json=SIGNAL | {"new_feeling": "Knotted"})
    words = client.get("/api/v1/body-feelings").json()["words"]
    assert words[-1] == "knotted"
    assert (
        client.post("/api/v1/body-feelings", json={"word": "fizzy"}).json()["words"][-1] == "fizzy"
    )
    assert client.post("/api/v1/body-feelings", json={"word": "<b>"}).status_code == 422
    mapped = client.get("/api/v1/body-map", params={"feeling": "knotted"}).json()
    jaw = next(r for r in mapped["regions"] if r["region"] == "jaw")
    assert (mapped["total_signals"], jaw["count"], jaw["mean_intensity"]) == (1, 1, 5.0)
    assert client.get("/api/v1/body-map", params={"period": "decade"}).status_code == 422


def test_robin_cannot_read_or_delete_dana_s_signal(
    client: Any, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    theirs = body.add_signal(
        rt, robin, regions=["jaw"], feelings=["tight"], intensity=1, tone="neutral"
    )
    assert client.get(f"/api/v1/body-signals/{theirs.record.id}").status_code == 404
    assert client.delete(f"/api/v1/body-signals/{theirs.record.id}").status_code == 404
    assert client.get("/api/v1/body-signals").json()["signals"] == []
