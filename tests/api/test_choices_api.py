from __future__ import annotations

from typing import Any

import pytest
from icalendar import Calendar

from selftrust.domain.ledger import FeltRight
from selftrust.domain.profile import Profile
from selftrust.services import choice_ideas, choices
from selftrust.services.runtime import Runtime
from tests.conftest import FixedClock

BODY = {"text": "Rested when tired 🌙", "gut": "followed", "confidence": 70}


def test_a_choice_round_trips_through_the_api_exactly(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    body = BODY | {"gut_text": "Heavy eyes", "reassurance": "some", "area": "rest"}
    created = client.post("/api/v1/choices", json=body)
    assert created.status_code == 201
    saved = created.json()
    assert saved["safety"] == {"crisis": False, "crisis_kinds": [], "show_card": False}
    assert (saved["text"], saved["confidence"], saved["latest_look_back"]) == (
        "Rested when tired 🌙",
        70,
        None,
    )
    one = client.get(f"/api/v1/choices/{saved['id']}").json()
    assert (one["gut_text"], one["reassurance"], one["area"]) == ("Heavy eyes", "some", "rest")
    assert one["look_backs"] == []
    assert one["next_look_back_at"] == "2026-03-15T09:30:00Z"
    listed = client.get("/api/v1/choices").json()
    assert [c["id"] for c in listed["choices"]] == [saved["id"]]
    assert listed["next_before"] is None
    assert choices.get_choice(rt, dana, saved["id"]).text == "Rested when tired 🌙"


@pytest.mark.parametrize(
    "change",
    [
        {"confidence": "50"},
        {"confidence": True},
        {"confidence": 50.5},
        {"confidence": None},
        {"gut": "maybe"},
        {"gut": True},
        {"reassurance": "loads"},
        {"area": "work"},
        {"text": 5},
        {"mood": "extra field"},
    ],
)
def test_wrong_types_and_unknown_options_are_refused_and_nothing_is_stored(
    client: Any, rt: Runtime, dana: Profile, change: dict[str, Any]
) -> None:
    response = client.post("/api/v1/choices", json=BODY | change)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
    assert choices.list_choices(rt, dana) == []


@pytest.mark.parametrize(
    ("change", "words"), [({"confidence": 101}, "0 to 100"), ({"text": " "}, "empty")]
)
def test_values_out_of_range_get_one_clear_sentence(
    client: Any, rt: Runtime, dana: Profile, change: dict[str, Any], words: str
) -> None:
    response = client.post("/api/v1/choices", json=BODY | change)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_input"
    assert words in error["message"]
    assert choices.list_choices(rt, dana) == []


def test_a_look_back_is_stored_and_no_invites_reflection(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    choice_id = client.post("/api/v1/choices", json=BODY).json()["id"]
    answer = client.post(
        f"/api/v1/choices/{choice_id}/look-backs", json={"felt_right": "no", "note": "Hmm"}
    )
    assert answer.status_code == 201
    body = answer.json()
    assert body["invite_reflection"] is True
    assert body["look_back"]["felt_right"] == "no"
    again = client.post(f"/api/v1/choices/{choice_id}/look-backs", json={"felt_right": "yes"})
    assert again.json()["invite_reflection"] is False
    detail = client.get(f"/api/v1/choices/{choice_id}").json()
    assert detail["latest_look_back"]["felt_right"] == "yes"
    assert [lb["felt_right"] for lb in detail["look_backs"]] == ["yes", "no"]
    latest = choices.get_choice(rt, dana, choice_id).latest
    assert latest is not None
    assert latest.felt_right is FeltRight.YES


def test_crisis_words_in_a_look_back_note_are_saved_and_flagged(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    choice_id = client.post("/api/v1/choices", json=BODY).json()["id"]
    body = {"felt_right": "partly", "note": "I want to end my life"}
    answer = client.post(f"/api/v1/choices/{choice_id}/look-backs", json=body).json()
    assert answer["safety"]["crisis"] is True
    assert answer["look_back"]["note"] == "I want to end my life"


@pytest.mark.parametrize("body", [{"felt_right": "maybe"}, {"felt_right": True}, {}])
def test_a_bad_look_back_is_refused_and_nothing_is_stored(
    client: Any, rt: Runtime, dana: Profile, body: dict[str, Any]
) -> None:
    choice_id = client.post("/api/v1/choices", json=BODY).json()["id"]
    assert client.post(f"/api/v1/choices/{choice_id}/look-backs", json=body).status_code == 422
    assert choices.choice_detail(rt, dana, choice_id).look_backs == ()


def test_another_persons_choice_is_not_found(client: Any, rt: Runtime, robin: Profile) -> None:
    choice_id = choices.add_choice(rt, robin, "robin's", gut="followed", confidence=5).record.id
    assert client.get(f"/api/v1/choices/{choice_id}").status_code == 404
    answer = client.post(f"/api/v1/choices/{choice_id}/look-backs", json={"felt_right": "yes"})
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"
    assert (
        client.post("/api/v1/choices/999/look-backs", json={"felt_right": "yes"}).status_code == 404
    )
    assert choices.choice_detail(rt, robin, choice_id).look_backs == ()


def test_due_look_backs_and_the_delay_setting(
    client: Any, rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    choice_id = client.post("/api/v1/choices", json=BODY).json()["id"]
    assert client.get("/api/v1/choices/settings").json() == {"look_back_hours": 24}
    assert client.get("/api/v1/choices/due").json()["total"] == 0
    clock.advance(days=1)
    due = client.get("/api/v1/choices/due").json()
    assert [item["choice"]["id"] for item in due["due"]] == [choice_id]
    assert client.put("/api/v1/choices/settings", json={"look_back_hours": None}).json() == {
        "look_back_hours": None
    }
    assert client.get("/api/v1/choices/due").json()["turned_off"] is True
    for refused in ({"look_back_hours": "24"}, {"look_back_hours": 0}, {"look_back_hours": True}):
        assert client.put("/api/v1/choices/settings", json=refused).status_code == 422
    assert choices.look_back_hours(rt, dana) is None


def test_the_calendar_is_a_valid_ics_file_without_the_choice_by_default(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    client.post("/api/v1/choices", json=BODY | {"text": "A private choice"})
    response = client.get("/api/v1/choices/lookbacks.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Look back on a choice"
    assert b"A private choice" not in response.content
    with_text = client.get("/api/v1/choices/lookbacks.ics?with_text=true").content
    assert b"A private choice" in with_text


def test_evidence_has_at_least_the_documented_keys(client: Any, rt: Runtime, dana: Profile) -> None:
    empty = client.get("/api/v1/evidence").json()
    assert empty["brier"] is None
    choice_id = client.post("/api/v1/choices", json=BODY | {"confidence": 80}).json()["id"]
    client.post(f"/api/v1/choices/{choice_id}/look-backs", json={"felt_right": "yes"})
    body = client.get("/api/v1/evidence").json()
    assert set(body) >= {
        "choices",
        "followed_gut",
        "looked_back",
        "felt_right_when_followed",
        "looked_back_when_followed",
        "felt_right_when_overrode",
        "looked_back_when_overrode",
        "brier",
        "calibration",
        "reassurance_none_share",
    }
    assert body["brier"] == pytest.approx(0.04)
    assert body["calibration"][4] == {
        "band": "80-100",
        "count": 1,
        "mean_confidence": 80.0,
        "felt_right_rate": 1.0,
    }
    assert body["wall"][0]["text"] == "Rested when tired 🌙"


def test_ideas_are_listed_changed_added_and_removed(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    ideas = client.get("/api/v1/choices/ideas").json()["ideas"]
    assert ideas[0]["key"] == "rest-when-tired"
    hidden = client.patch("/api/v1/choices/ideas/rest-when-tired", json={"hidden": True})
    assert hidden.json()["hidden"] is True
    edited = client.patch("/api/v1/choices/ideas/rest-when-tired", json={"text": "Nap"}).json()
    assert (edited["text"], edited["hidden"], edited["edited"]) == ("Nap", True, True)
    restored = client.post("/api/v1/choices/ideas/rest-when-tired/restore").json()
    assert (restored["hidden"], restored["edited"]) == (False, False)
    mine = client.post("/api/v1/choices/ideas", json={"text": "Dishes can wait", "area": "rest"})
    assert mine.status_code == 201
    key = mine.json()["key"]
    assert client.delete("/api/v1/choices/ideas/rest-when-tired").status_code == 422
    assert client.delete(f"/api/v1/choices/ideas/{key}").status_code == 204
    assert all(not i.own for i in choice_ideas.list_ideas(rt, dana))
    assert client.patch("/api/v1/choices/ideas/own-pace", json={}).status_code == 422
    assert client.patch("/api/v1/choices/ideas/nope", json={"hidden": True}).status_code == 404
    assert client.post("/api/v1/choices/ideas", json={"text": 3}).status_code == 422
