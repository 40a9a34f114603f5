"""FHIR export: every resource validates as R4B and every answer matches a questionnaire item."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from selftrust.content.instruments import INSTRUMENTS
from selftrust.domain.measure_responses import INSTRUMENT_IDS, item_range
from selftrust.domain.profile import Profile
from selftrust.reports import fhir
from selftrust.services import measure_results, measures
from selftrust.services.runtime import Runtime

ANSWERS: dict[str, list[int | None]] = {
    "gad7": [1, 2, 3, 0, 1, 2, 3],
    "phq9": [0, 1, 2, 3, 0, 1, 2, 3, 1],
    "pcl5": [2] * 20,
    "scssf": [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2],
    "rses": [4, 1, 4, 3, 2, 2, 3, 1, 1, 4],
    "checkin": [0, 1, 2, 3, 4, 4, 3, 2, 1, 0],
}


def items_by_link(resource: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["linkId"]: item for item in resource["item"]}


@pytest.mark.parametrize("instrument", INSTRUMENT_IDS)
def test_each_questionnaire_validates_and_carries_the_items_word_for_word(
    instrument: str,
) -> None:
    resource = fhir.questionnaire(instrument)
    Questionnaire.model_validate(resource)
    text = INSTRUMENTS[instrument]
    items = items_by_link(resource)
    for number, wording in enumerate(text.items, start=1):
        assert items[str(number)]["text"] == wording
        offered = [o["valueCoding"]["code"] for o in items[str(number)]["answerOption"]]
        assert offered == [str(o.value) for o in text.options]
    assert resource["url"] == fhir.questionnaire_url(instrument)


@pytest.mark.parametrize("instrument", ["gad7", "phq9"])
def test_loinc_codes_are_given_where_they_exist(instrument: str) -> None:
    resource = fhir.questionnaire(instrument)
    codes = INSTRUMENTS[instrument].loinc
    assert resource["code"][0] == {
        "system": "http://loinc.org",
        "code": codes.panel,
        "display": INSTRUMENTS[instrument].title,
    }
    items = items_by_link(resource)
    assert codes.items is not None
    assert [items[str(n)]["code"][0]["code"] for n in range(1, len(codes.items) + 1)] == list(
        codes.items
    )
    assert items["total"]["code"][0]["code"] == codes.total


def test_nothing_is_coded_where_loinc_lists_no_code() -> None:
    for instrument in ("scssf", "rses", "checkin"):
        resource = json.dumps(fhir.questionnaire(instrument))
        assert "loinc.org" not in resource
    pcl5 = fhir.questionnaire("pcl5")
    assert "code" not in items_by_link(pcl5)["1"]  # item codes not confirmed
    assert items_by_link(pcl5)["total"]["code"][0]["code"] == "101698-9"


@pytest.mark.parametrize("instrument", INSTRUMENT_IDS)
def test_a_stored_result_exports_as_a_valid_response_matching_its_questionnaire(
    rt: Runtime, dana: Profile, instrument: str
) -> None:
    distress = 4 if instrument == "checkin" else None
    saved = measures.submit(rt, dana, instrument, ANSWERS[instrument], distress=distress).record
    bundle = measure_results.fhir_for_response(rt, dana, saved.id)
    validated = Bundle.model_validate(bundle)
    assert [type(e.resource) for e in validated.entry or []] == [
        Questionnaire,
        QuestionnaireResponse,
    ]
    questionnaire, answer = (entry["resource"] for entry in bundle["entry"])
    assert answer["questionnaire"] == questionnaire["url"]
    assert answer["status"] == "completed"
    asked = items_by_link(questionnaire)
    for item in answer["item"]:
        assert item["linkId"] in asked, item["linkId"]
        assert item["text"] == asked[item["linkId"]]["text"]
        options = asked[item["linkId"]].get("answerOption")
        if options is not None:
            assert item["answer"][0]["valueCoding"] in [o["valueCoding"] for o in options]
    count = item_range(instrument).item_count
    given = {i["linkId"]: i["answer"][0] for i in answer["item"]}
    assert [given[str(n)]["valueCoding"]["code"] for n in range(1, count + 1)] == [
        str(v) for v in ANSWERS[instrument]
    ]


def test_the_totals_in_the_export_are_recomputed_from_the_answers(
    rt: Runtime, dana: Profile
) -> None:
    scs = measures.submit(rt, dana, "scssf", ANSWERS["scssf"]).record
    gad = measures.submit(rt, dana, "gad7", ANSWERS["gad7"]).record
    totals = {}
    for record in (scs, gad):
        resource = measure_results.fhir_for_response(rt, dana, record.id)["entry"][1]["resource"]
        totals[record.instrument] = items_by_link(resource)["total"]["answer"][0]
    # SCS-SF by hand: items 1, 4, 8, 9, 11, 12 reversed → 5+2+3+2+5+1+2+3+2+5+5+4 = 39; 39/12.
    assert totals == {"scssf": {"valueDecimal": 3.25}, "gad7": {"valueInteger": 12}}


def test_the_bundle_holds_each_questionnaire_once_and_every_finished_result_only(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    measures.submit(rt, dana, "gad7", ANSWERS["gad7"])
    measures.submit(rt, dana, "gad7", [0] * 7)
    measures.submit(rt, dana, "phq9", ANSWERS["phq9"])
    measures.submit(rt, dana, "rses", [1] * 9 + [None], draft=True)
    measures.submit(rt, robin, "pcl5", ANSWERS["pcl5"])
    bundle = measure_results.fhir_bundle(rt, dana)
    Bundle.model_validate(bundle)
    kinds = [(e["resource"]["resourceType"], e["resource"]["id"]) for e in bundle["entry"]]
    assert kinds == [
        ("Questionnaire", "selftrust-gad7"),
        ("Questionnaire", "selftrust-phq9"),
        ("QuestionnaireResponse", "selftrust-response-1"),
        ("QuestionnaireResponse", "selftrust-response-2"),
        ("QuestionnaireResponse", "selftrust-response-3"),
    ]
    assert bundle["timestamp"] == rt.now().isoformat()
    assert len({e["fullUrl"] for e in bundle["entry"]}) == len(bundle["entry"])


def test_an_empty_bundle_is_still_valid(rt: Runtime, dana: Profile) -> None:
    bundle = measure_results.fhir_bundle(rt, dana)
    Bundle.model_validate(bundle)
    assert bundle["entry"] == []
