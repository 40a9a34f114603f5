"""Finished answers as FHIR R4B resources: Questionnaire, QuestionnaireResponse, Bundle.

R4B is chosen over R5 because most health records and clinic systems speak R4, and for these
two resources R4B is the same as R4. Plain dicts only (stdlib): nothing needs a FHIR library at
run time; the tests validate every resource with `fhir.resources` (R4B models).

Each Questionnaire carries the verbatim items and options, the citation and licence, and LOINC
codes where they are confirmed (docs/instruments.md); nothing is coded that LOINC does not list.
Answers are codings of the stored value (the number the person picked) with the option's label.
The total is a read-only item, recomputed from the answers, never stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from selftrust.content.instruments import INSTRUMENTS, InstrumentText
from selftrust.content.instruments.checkin import DISTRESS
from selftrust.domain.checkin import CHECKIN_ID, CheckInResult
from selftrust.domain.measure_responses import MeasureResponse, score_response
from selftrust.domain.measures import SPECS

FHIR_VERSION = "4.3.0"  # R4B
LOINC = "http://loinc.org"
QUESTIONNAIRE_BASE = "urn:selftrust:fhir:Questionnaire:"
ANSWER_SYSTEM_BASE = "urn:selftrust:fhir:answers:"
TOTAL_LINK = "total"
DISTRESS_LINK = "distress"
CHECKIN_SCORES = (("abilities", "Abilities (sum of items 1-4)"), ("signs", "Signs (items 5-10)"))

Resource = dict[str, Any]


def questionnaire_url(instrument_id: str) -> str:
    """Return the canonical URL a QuestionnaireResponse uses to name its Questionnaire."""
    return QUESTIONNAIRE_BASE + instrument_id


def _loinc(code: str | None, display: str | None = None) -> list[dict[str, str]] | None:
    if code is None:
        return None
    coding = {"system": LOINC, "code": code}
    if display:
        coding["display"] = display
    return [coding]


def _drop_none(data: Mapping[str, Any]) -> Resource:
    return {key: value for key, value in data.items() if value is not None}


def _option_coding(text: InstrumentText, value: int) -> dict[str, str]:
    label = next((o.label for o in text.options if o.value == value), str(value))
    return {"system": ANSWER_SYSTEM_BASE + text.id, "code": str(value), "display": label}


def questionnaire(instrument_id: str) -> Resource:
    """Return the Questionnaire for one instrument, items verbatim, LOINC-coded where known."""
    text = INSTRUMENTS[instrument_id]
    item_codes = text.loinc.items or ()
    items: list[Resource] = []
    for number, wording in enumerate(text.items, start=1):
        code = item_codes[number - 1] if number <= len(item_codes) else None
        items.append(
            _drop_none(
                {
                    "linkId": str(number),
                    "code": _loinc(code),
                    "prefix": f"{number}.",
                    "text": wording,
                    "type": "choice",
                    "required": True,
                    "answerOption": [
                        {"valueCoding": _option_coding(text, o.value)} for o in text.options
                    ],
                }
            )
        )
    items.extend(_score_items(text))
    description = " ".join(p for p in (text.instructions, text.stem, text.validation_note) if p)
    return _drop_none(
        {
            "resourceType": "Questionnaire",
            "id": f"selftrust-{text.id}",
            "url": questionnaire_url(text.id),
            "name": text.id.upper(),
            "title": text.title,
            "status": "active",
            "subjectType": ["Patient"],
            "description": description,
            "copyright": f"{text.citation} {text.licence}",
            "code": _loinc(text.loinc.panel, text.title),
            "item": items,
        }
    )


def _score_items(text: InstrumentText) -> list[Resource]:
    if text.id == CHECKIN_ID:
        scores = [
            {"linkId": link, "text": label, "type": "integer", "readOnly": True}
            for link, label in CHECKIN_SCORES
        ]
        distress = {
            "linkId": DISTRESS_LINK,
            "text": DISTRESS.question,
            "type": "integer",
            "required": False,
        }
        return [*scores, distress]
    kind = "decimal" if isinstance(SPECS[text.id].min_total, Decimal) else "integer"
    total = {
        "linkId": TOTAL_LINK,
        "code": _loinc(text.loinc.total),
        "text": f"{text.short_name} total",
        "type": kind,
        "readOnly": True,
    }
    return [_drop_none(total)]


def questionnaire_response(response: MeasureResponse) -> Resource:
    """Return one finished response as a QuestionnaireResponse (drafts raise NotScored)."""
    text = INSTRUMENTS[response.instrument]
    result = score_response(response)
    items: list[Resource] = [
        {
            "linkId": str(number),
            "text": text.items[number - 1],
            "answer": [{"valueCoding": _option_coding(text, value)}],
        }
        for number, value in enumerate(response.answers, start=1)
        if value is not None
    ]
    if isinstance(result, CheckInResult):
        items.append(_number_item("abilities", CHECKIN_SCORES[0][1], result.abilities))
        items.append(_number_item("signs", CHECKIN_SCORES[1][1], result.signs))
        if result.distress is not None:
            items.append(_number_item(DISTRESS_LINK, DISTRESS.question, result.distress))
    else:
        items.append(_number_item(TOTAL_LINK, f"{text.short_name} total", result.total))
    stamp = response.completed_at or response.created_at
    return {
        "resourceType": "QuestionnaireResponse",
        "id": f"selftrust-response-{response.id}",
        "questionnaire": questionnaire_url(response.instrument),
        "status": "completed",
        "authored": stamp.isoformat(),
        "item": items,
    }


def _number_item(link: str, label: str, value: int | Decimal) -> Resource:
    answer = {"valueInteger": value} if isinstance(value, int) else {"valueDecimal": float(value)}
    return {"linkId": link, "text": label, "answer": [answer]}


def bundle(responses: Iterable[MeasureResponse], *, now: datetime) -> Resource:
    """Return a collection Bundle: each Questionnaire used once, then every response."""
    finished = [r for r in responses if r.complete]
    used = list(dict.fromkeys(r.instrument for r in finished))
    resources = [questionnaire(i) for i in used] + [questionnaire_response(r) for r in finished]
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": now.isoformat(),
        "entry": [{"fullUrl": _full_url(resource), "resource": resource} for resource in resources],
    }


def _full_url(resource: Resource) -> str:
    if resource["resourceType"] == "Questionnaire":
        return str(resource["url"])
    return f"urn:selftrust:fhir:QuestionnaireResponse:{resource['id']}"
