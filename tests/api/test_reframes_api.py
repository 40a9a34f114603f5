from __future__ import annotations

from typing import Any

import pytest

from selftrust.domain.profile import Profile
from selftrust.services import mistakes, reframes
from selftrust.services.runtime import Runtime
from tests.services.test_mistakes import make_choice

API = "/api/v1"
CRITIC = "I'm such an idiot, I always ruin everything."


def test_a_reframe_is_started_as_a_draft_carried_on_and_finished(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    created = client.post(f"{API}/reframes", json={"thought": CRITIC, "feeling_before": 8})
    assert created.status_code == 201
    body = created.json()
    assert body["status"] == "draft"
    assert "labeling" in body["traps"]
    assert body["absolutist_words"] == ["always", "everything"]
    assert body["safety"] == {"crisis": False, "crisis_kinds": [], "show_card": False}
    reframe_id = body["id"]
    step3 = client.patch(f"{API}/reframes/{reframe_id}", json={"friend_words": "Go easy"})
    assert step3.status_code == 200
    assert step3.json()["feeling_before"] == 8
    done = client.patch(
        f"{API}/reframes/{reframe_id}",
        json={"reply": "I'm learning", "feeling_after": 5, "status": "done"},
    ).json()
    assert (done["status"], done["friend_words"], done["feeling_after"]) == ("done", "Go easy", 5)
    assert client.get(f"{API}/reframes/{reframe_id}").json()["reply"] == "I'm learning"
    stored = reframes.get_reframe(rt, dana, reframe_id)
    assert stored.reply == "I'm learning"


@pytest.mark.parametrize(
    "body",
    [
        {"thought": "x", "feeling_before": "5"},
        {"thought": "x", "feeling_before": True},
        {"thought": "x", "feeling_before": 5.0},
        {"thought": "x", "feeling_after": 11},
        {"thought": "x", "feeling_after": -1},
        {"thought": 42},
        {"thought": "   "},
        {"thought": "x", "status": "finished"},
        {"thought": "x", "mood": "sad"},
        {},
    ],
)
def test_requests_are_strict_and_bad_ones_save_nothing(
    client: Any, rt: Runtime, dana: Profile, body: dict[str, object]
) -> None:
    response = client.post(f"{API}/reframes", json=body)
    assert response.status_code == 422
    assert response.json()["error"]["message"]
    assert reframes.list_reframes(rt, dana) == []


def test_a_patch_with_a_bad_field_changes_nothing(client: Any, rt: Runtime, dana: Profile) -> None:
    reframe = reframes.start_reframe(rt, dana, thought=CRITIC, reply="kept").record
    for body in ({"reply": "new", "feeling_after": 12}, {"thought": None}, {"status": None}):
        assert client.patch(f"{API}/reframes/{reframe.id}", json=body).status_code == 422
    assert reframes.get_reframe(rt, dana, reframe.id) == reframe
    cleared = client.patch(f"{API}/reframes/{reframe.id}", json={"reply": None}).json()
    assert cleared["reply"] is None


def test_reframes_are_listed_searched_and_paged(client: Any, rt: Runtime, dana: Profile) -> None:
    for text in ("one kind", "two", "three KIND"):
        reframes.start_reframe(rt, dana, thought=text)
    page = client.get(f"{API}/reframes", params={"limit": 2}).json()
    assert [r["thought"] for r in page["reframes"]] == ["three KIND", "two"]
    older = client.get(f"{API}/reframes", params={"before": page["next_before"]}).json()
    assert [r["thought"] for r in older["reframes"]] == ["one kind"]
    found = client.get(f"{API}/reframes", params={"q": "Kind"}).json()
    assert [r["thought"] for r in found["reframes"]] == ["three KIND", "one kind"]
    assert client.get(f"{API}/reframes", params={"q": "x" * 201}).status_code == 422
    drafts = client.get(f"{API}/reframes", params={"status": "done"}).json()
    assert drafts["reframes"] == []


def test_the_trend_is_served_per_month(client: Any, rt: Runtime, dana: Profile) -> None:
    reframes.start_reframe(rt, dana, thought=CRITIC, feeling_before=9, feeling_after=6)
    body = client.get(f"{API}/reframes/trend").json()
    assert body["entries"] == 1
    assert body["average_drop"] == 3.0
    assert body["months"][0] == {
        "month": "2026-03",
        "entries": 1,
        "with_labeling": 1,
        "with_absolutist": 1,
        "labeling_share": 1.0,
        "absolutist_share": 1.0,
        "rated_both": 1,
        "average_drop": 3.0,
    }


def test_a_crisis_reply_is_saved_and_flagged(client: Any) -> None:
    body = client.post(f"{API}/reframes", json={"thought": "x", "reply": "I want to die"}).json()
    assert body["reply"] == "I want to die"
    assert body["safety"]["crisis"] is True


def test_another_persons_records_are_not_found(client: Any, rt: Runtime, robin: Profile) -> None:
    reframe = reframes.start_reframe(rt, robin, thought="robin's").record
    entry = mistakes.add_mistake(rt, robin, what_happened="robin's").record
    for path in (f"reframes/{reframe.id}", f"mistakes/{entry.id}"):
        assert client.get(f"{API}/{path}").status_code == 404
        assert client.patch(f"{API}/{path}", json={}).status_code == 404
        assert client.delete(f"{API}/{path}").status_code == 404
    assert reframes.get_reframe(rt, robin, reframe.id) == reframe


def test_a_mistake_goes_through_the_api_with_an_optional_choice_link(
    client: Any, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    mine, theirs = make_choice(rt, dana), make_choice(rt, robin)
    refused = client.post(f"{API}/mistakes", json={"what_happened": "x", "choice_id": theirs})
    assert refused.status_code == 422
    assert "no choice number" in refused.json()["error"]["message"]
    assert (
        client.post(f"{API}/mistakes", json={"what_happened": "x", "choice_id": "1"}).status_code
        == 422
    )
    assert mistakes.list_mistakes(rt, dana) == []
    created = client.post(
        f"{API}/mistakes",
        json={"what_happened": "Late again", "information": "Too much on", "choice_id": mine},
    )
    assert created.status_code == 201
    entry = created.json()
    assert (entry["choice_id"], entry["safety"]["crisis"]) == (mine, False)
    changed = client.patch(f"{API}/mistakes/{entry['id']}", json={"choice_id": None}).json()
    assert changed["choice_id"] is None
    assert changed["information"] == "Too much on"
    listed = client.get(f"{API}/mistakes", params={"q": "LATE"}).json()
    assert [m["id"] for m in listed["mistakes"]] == [entry["id"]]
    assert client.delete(f"{API}/mistakes/{entry['id']}").status_code == 204
    assert mistakes.list_mistakes(rt, dana) == []
