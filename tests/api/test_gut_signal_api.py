"""The JSON API links a body signal to a choice as "what my gut said", and refuses bad links."""

from __future__ import annotations

from typing import Any

import pytest

from selftrust.domain.profile import Profile
from selftrust.services import body, choices
from selftrust.services.runtime import Runtime

BODY = {"text": "Rested when tired", "gut": "followed", "confidence": 70}


def _signal(rt: Runtime, who: Profile) -> int:
    saved = body.add_signal(
        rt, who, regions=["chest"], feelings=["tight"], intensity=6, tone="neutral"
    )
    return saved.record.id


def test_a_choice_created_with_a_body_signal_returns_it_everywhere(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    signal = _signal(rt, dana)
    created = client.post("/api/v1/choices", json=BODY | {"body_signal_id": signal})
    assert created.status_code == 201, created.text
    assert created.json()["body_signal_id"] == signal
    choice_id = created.json()["id"]
    one = client.get(f"/api/v1/choices/{choice_id}").json()
    assert one["body_signal_id"] == signal
    assert (one["body_signal"]["id"], one["body_signal"]["regions"]) == (signal, ["chest"])
    listed = client.get("/api/v1/choices").json()["choices"]
    assert listed[0]["body_signal_id"] == signal


def test_without_a_body_signal_the_field_is_null(client: Any) -> None:
    created = client.post("/api/v1/choices", json=BODY).json()
    assert created["body_signal_id"] is None
    assert client.get(f"/api/v1/choices/{created['id']}").json()["body_signal"] is None


@pytest.mark.parametrize("wrong", ["1", 1.5, True, 0, -1, [1], {"id": 1}])
def test_a_wrong_type_is_refused_with_422_and_nothing_is_stored(
    client: Any, rt: Runtime, dana: Profile, wrong: object
) -> None:
    _signal(rt, dana)
    refused = client.post("/api/v1/choices", json=BODY | {"body_signal_id": wrong})
    assert refused.status_code == 422
    assert refused.json()["error"]["fields"][0]["field"].startswith("body_signal_id")
    assert choices.list_choices(rt, dana) == []


def test_a_missing_or_someone_elses_signal_is_refused_kindly_and_nothing_is_stored(
    client: Any, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    theirs = _signal(rt, robin)
    for signal in (theirs, 4242):
        refused = client.post("/api/v1/choices", json=BODY | {"body_signal_id": signal})
        assert refused.status_code == 422
        error = refused.json()["error"]
        assert error["code"] == "invalid_input"
        assert f"no body signal number {signal} among yours" in error["message"]
    assert choices.list_choices(rt, dana) == []


def test_a_signal_can_be_linked_and_removed_later(
    client: Any, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    signal = _signal(rt, dana)
    choice_id = client.post("/api/v1/choices", json=BODY).json()["id"]
    url = f"/api/v1/choices/{choice_id}/body-signal"
    linked = client.put(url, json={"body_signal_id": signal})
    assert linked.status_code == 200
    assert linked.json()["body_signal_id"] == signal
    refused = client.put(url, json={"body_signal_id": _signal(rt, robin)})
    assert refused.status_code == 422
    assert choices.get_choice(rt, dana, choice_id).body_signal_id == signal
    removed = client.put(url, json={"body_signal_id": None})
    assert removed.status_code == 200
    assert removed.json()["body_signal_id"] is None
    assert client.put(url, json={}).status_code == 422
    missing = client.put("/api/v1/choices/999/body-signal", json={"body_signal_id": signal})
    assert missing.status_code == 404


def test_deleting_a_linked_signal_keeps_the_choice(client: Any, rt: Runtime, dana: Profile) -> None:
    signal = _signal(rt, dana)
    choice_id = client.post("/api/v1/choices", json=BODY | {"body_signal_id": signal}).json()["id"]
    assert client.delete(f"/api/v1/body-signals/{signal}").status_code == 204
    kept = client.get(f"/api/v1/choices/{choice_id}").json()
    assert (kept["text"], kept["body_signal_id"], kept["body_signal"]) == (
        "Rested when tired",
        None,
        None,
    )
