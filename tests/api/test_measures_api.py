"""The measures API: strict answers, drafts never scored, item 9 safety, history and FHIR."""

from __future__ import annotations

from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from selftrust.domain.profile import Profile
from selftrust.services import measure_results, measures
from selftrust.services.runtime import Runtime
from selftrust.storage import measures as store

API = "/api/v1"


def stored(rt: Runtime, profile: Profile) -> int:
    with rt.db.transaction() as conn:
        return store.count(conn, profile)


def test_it_lists_every_instrument_and_marks_our_checkin_as_not_validated(client: Any) -> None:
    listed = client.get(f"{API}/instruments").json()["instruments"]
    assert [i["id"] for i in listed] == ["gad7", "phq9", "pcl5", "scssf", "rses", "checkin"]
    checkin = listed[-1]
    assert checkin["validated"] is False
    assert "not a validated measure" in checkin["validation_note"]
    assert listed[1]["content_note"].startswith("Content note")


def test_one_instrument_comes_with_its_items_options_source_and_loinc(client: Any) -> None:
    body = client.get(f"{API}/instruments/gad7").json()
    assert body["items"][0] == "Feeling nervous, anxious, or on edge"
    assert body["options"][3] == {"value": 3, "label": "Nearly every day"}
    assert body["loinc"]["panel"] == "69737-5"
    assert "Spitzer" in body["citation"]
    assert body["meaning"].endswith("This is not a diagnosis.")
    distress = client.get(f"{API}/instruments/checkin").json()["distress"]
    assert distress["highest"]["value"] == 10
    assert client.get(f"{API}/instruments/who5").status_code == 404


def test_a_complete_submission_is_scored_with_meaning_and_stored(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post(
        f"{API}/measures/gad7/responses", json={"answers": [1, 1, 1, 2, 2, 2, 3]}
    )
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "complete"
    assert body["result"] == {"instrument": "gad7", "total": 12, "band": "moderate"}
    assert body["meaning"].endswith("This is not a diagnosis.")
    assert body["notes"][0].startswith("Scores from 10 to 14")
    assert body["change"] is None
    assert body["safety"]["show_card"] is False
    assert measures.get_response(rt, dana, body["id"]).answers == (1, 1, 1, 2, 2, 2, 3)


def test_a_partial_submission_is_refused_unless_it_is_a_draft(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    partial = {"answers": [1, None, 1, 1, 1, 1, 1]}
    refused = client.post(f"{API}/measures/gad7/responses", json=partial)
    assert refused.status_code == 422
    assert "nothing was scored" in refused.json()["error"]["message"]
    assert stored(rt, dana) == 0
    kept = client.post(f"{API}/measures/gad7/responses", json=partial | {"draft": True})
    assert kept.status_code == 201
    assert kept.json()["status"] == "draft"
    assert kept.json()["result"] is None
    assert kept.json()["open_items"] == [2]


@pytest.mark.parametrize(
    "answers",
    [
        [True, 1, 1, 1, 1, 1, 1],
        ["2", 1, 1, 1, 1, 1, 1],
        [1.0, 1, 1, 1, 1, 1, 1],
        [1, 1, 1, 1, 1, 1, 4],
        [1, 1, 1],
        "1,1,1,1,1,1,1",
    ],
)
def test_answers_are_strict_and_nothing_is_stored_when_they_are_refused(
    client: Any, rt: Runtime, dana: Profile, answers: object
) -> None:
    response = client.post(f"{API}/measures/gad7/responses", json={"answers": answers})
    assert response.status_code == 422
    assert set(response.json()["error"]) == {"code", "message", "fields"}
    assert stored(rt, dana) == 0


def test_unknown_fields_and_instruments_are_refused(client: Any) -> None:
    extra = client.post(f"{API}/measures/gad7/responses", json={"answers": [0] * 7, "total": 0})
    assert extra.status_code == 422
    unknown = client.post(f"{API}/measures/who5/responses", json={"answers": [0] * 5})
    assert unknown.status_code == 404


def test_a_draft_is_answered_item_by_item_and_completed_only_when_full(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    draft = client.post(
        f"{API}/measures/gad7/responses", json={"answers": [None] * 7, "draft": True}
    ).json()
    url = f"{API}/measures/responses/{draft['id']}"
    assert client.put(f"{url}/answers/1", json={"answer": 2}).json()["answers"][0] == 2
    assert client.put(f"{url}/answers/1", json={"answer": True}).status_code == 422
    assert client.put(f"{url}/answers/8", json={"answer": 1}).status_code == 422
    early = client.post(f"{url}/complete")
    assert early.status_code == 422
    assert client.get(url).json()["status"] == "draft"
    listed = client.get(f"{API}/measures/drafts").json()["responses"]
    assert [d["id"] for d in listed] == [draft["id"]]
    done = client.put(url, json={"answers": [2, 1, 1, 1, 1, 1, 1]})
    assert done.status_code == 200
    assert done.json()["result"]["total"] == 8
    assert client.put(f"{url}/answers/1", json={"answer": 0}).status_code == 422
    assert measures.get_response(rt, dana, draft["id"]).answers[0] == 2


def test_a_positive_item_9_returns_the_safety_card_at_once_even_in_a_draft(client: Any) -> None:
    draft = client.post(
        f"{API}/measures/phq9/responses", json={"answers": [None] * 9, "draft": True}
    ).json()
    zero = client.put(f"{API}/measures/responses/{draft['id']}/answers/9", json={"answer": 0})
    assert zero.json()["safety"] == {"crisis": False, "crisis_kinds": [], "show_card": False}
    positive = client.put(f"{API}/measures/responses/{draft['id']}/answers/9", json={"answer": 2})
    assert positive.json()["status"] == "draft"
    assert positive.json()["safety"] == {
        "crisis": True,
        "crisis_kinds": ["suicide"],
        "show_card": True,
    }
    whole = client.post(f"{API}/measures/phq9/responses", json={"answers": [0] * 8 + [1]})
    assert whole.json()["safety"]["show_card"] is True
    assert whole.json()["result"]["safety_flag"] is True


def test_drafts_can_be_let_go_but_finished_results_stay(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    draft = client.post(
        f"{API}/measures/rses/responses", json={"answers": [None] * 10, "draft": True}
    ).json()
    assert client.delete(f"{API}/measures/responses/{draft['id']}").status_code == 204
    done = client.post(f"{API}/measures/rses/responses", json={"answers": [3] * 10}).json()
    assert client.delete(f"{API}/measures/responses/{done['id']}").status_code == 422
    assert stored(rt, dana) == 1


def test_history_shows_totals_oldest_first_with_meaningful_change(client: Any) -> None:
    for answers in ([3] * 9, [1] * 9, [1] * 8 + [0]):
        client.post(f"{API}/measures/phq9/responses", json={"answers": answers})
    body = client.get(f"{API}/measures/history", params={"instrument": "phq9"}).json()
    assert [e["result"]["total"] for e in body["entries"]] == [27, 9, 8]
    assert [e["change"] and e["change"]["meaningful"] for e in body["entries"]] == [
        None,
        True,
        False,
    ]
    assert client.get(f"{API}/measures/history", params={"instrument": "x"}).status_code == 404


def test_a_checkin_is_scored_with_sub_scores_distress_and_trend(client: Any) -> None:
    first = client.post(f"{API}/checkins", json={"answers": [2] * 10, "distress": 6})
    assert first.status_code == 201
    assert first.json()["result"]["validated"] is False
    assert first.json()["result"]["distress"] == 6
    second = client.post(f"{API}/checkins", json={"answers": [3] * 4 + [1] * 6}).json()
    assert second["trend"]["abilities"]["direction"] == "higher"
    assert second["trend"]["signs"]["direction"] == "lower"
    history = client.get(f"{API}/measures/history", params={"instrument": "checkin"}).json()
    assert history["trend"]["count"] == 2
    refused = client.post(f"{API}/checkins", json={"answers": [2] * 10, "distress": "6"})
    assert refused.status_code == 422


def test_the_fhir_bundle_validates_and_holds_only_finished_results(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    done = client.post(f"{API}/measures/gad7/responses", json={"answers": [0] * 7}).json()
    draft = client.post(
        f"{API}/measures/gad7/responses", json={"answers": [None] * 7, "draft": True}
    ).json()
    bundle = client.get(f"{API}/measures/fhir").json()
    Bundle.model_validate(bundle)
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == [
        "Questionnaire",
        "QuestionnaireResponse",
    ]
    single = client.get(f"{API}/measures/responses/{done['id']}/fhir").json()
    assert single == measure_results.fhir_for_response(rt, dana, done["id"]) | {
        "timestamp": single["timestamp"]
    }
    assert client.get(f"{API}/measures/responses/{draft['id']}/fhir").status_code == 422


def test_another_persons_responses_are_not_found(client: Any, rt: Runtime, robin: Profile) -> None:
    theirs = measures.submit(rt, robin, "gad7", [None] * 7, draft=True).record
    url = f"{API}/measures/responses/{theirs.id}"
    assert client.get(url).status_code == 404
    assert client.put(f"{url}/answers/1", json={"answer": 1}).status_code == 404
    assert client.put(url, json={"answers": [1] * 7}).status_code == 404
    assert client.post(f"{url}/complete").status_code == 404
    assert client.delete(url).status_code == 404
    assert client.get(f"{url}/fhir").status_code == 404
    assert client.get(f"{API}/measures/drafts").json()["responses"] == []
    assert measures.get_response(rt, robin, theirs.id).answers == (None,) * 7
