from __future__ import annotations

from typing import Any

import pytest

from selftrust.domain.profile import Profile
from selftrust.services import safety_plan as plans
from selftrust.services.runtime import Runtime


def test_analyze_returns_crisis_and_kinds(client: Any) -> None:
    body = client.post("/api/v1/analyze", json={"text": "i want to unalive myself"}).json()
    assert body["crisis"] is True
    assert body["crisis_kinds"] == ["suicide"]
    assert body["crisis_matches"][0]["reason"]
    calm = client.post("/api/v1/analyze", json={"text": "I'm dying to try that ramen"}).json()
    assert calm == {**calm, "crisis": False, "crisis_kinds": []}


@pytest.mark.parametrize("body", [{"text": 5}, {"text": None}, {}, {"text": "a", "x": 1}])
def test_analyze_refuses_wrong_types(client: Any, body: dict[str, Any]) -> None:
    assert client.post("/api/v1/analyze", json=body).status_code == 422


def test_analyze_refuses_over_long_text_with_a_clear_sentence(client: Any) -> None:
    response = client.post("/api/v1/analyze", json={"text": "a" * 200_001})
    assert response.status_code == 422
    assert "in parts" in response.json()["error"]["message"]


def test_a_saved_note_says_whether_to_offer_help(client: Any) -> None:
    body = client.post("/api/v1/notes", json={"text": "thinking about ending it all"}).json()
    assert body["safety"] == {"crisis": True, "crisis_kinds": ["suicide"], "show_card": True}
    again = client.post("/api/v1/notes", json={"text": "thinking about ending it all"}).json()
    assert again["safety"]["show_card"] is False


def test_help_contacts_and_region_through_the_api(client: Any) -> None:
    assert client.put("/api/v1/help/region", json={"region": "NZ"}).json()["region"] == "NZ"
    contact = client.post("/api/v1/contacts", json={"name": "Mum", "phone": "021 555 0100"})
    assert contact.status_code == 201
    body = client.get("/api/v1/help").json()
    assert body["region"] == "NZ"
    assert body["emergency_number"] == "111"
    assert any("1737" in c["value"] for s in body["services"] for c in s["contacts"])
    assert body["own_contacts"][0]["name"] == "Mum"
    assert client.delete(f"/api/v1/contacts/{contact.json()['id']}").status_code == 204
    assert client.put("/api/v1/help/region", json={"region": "XX"}).status_code == 422


def test_the_safety_plan_through_the_api(client: Any, rt: Runtime, dana: Profile) -> None:
    response = client.put("/api/v1/safety-plan", json={"sections": {"ask_for_help": ["Call Jo"]}})
    assert response.status_code == 200
    assert client.get("/api/v1/safety-plan").json()["ask_for_help"] == ["Call Jo"]
    bad = client.put("/api/v1/safety-plan", json={"sections": {"ask_for_help": [1]}})
    assert bad.status_code == 422
    assert plans.get_plan(rt, dana)["ask_for_help"] == ["Call Jo"]


def test_grounding_sessions_through_the_api(client: Any) -> None:
    assert {p["id"] for p in client.get("/api/v1/grounding").json()} >= {"five_senses"}
    created = client.post(
        "/api/v1/grounding-sessions",
        json={"practice": "orienting", "distress_before": 6, "distress_after": 3},
    )
    assert created.status_code == 201
    for bad in (
        {"practice": "orienting", "distress_before": 11},
        {"practice": "x"},
        {"practice": "orienting", "distress_before": True},
    ):
        assert client.post("/api/v1/grounding-sessions", json=bad).status_code == 422
