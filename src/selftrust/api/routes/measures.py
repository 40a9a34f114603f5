"""Instruments, questionnaire answers (drafts and finished), history, check-ins and FHIR."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from selftrust.api.deps import ProfileDep, RuntimeDep
from selftrust.api.measure_schemas import (
    AnswersReplace,
    AnswerUpdate,
    CheckInCreate,
    HistoryPublic,
    InstrumentDetail,
    InstrumentList,
    InstrumentSummary,
    ResponseCreate,
    ResponseList,
    ResponsePublic,
    ResponseSaved,
)
from selftrust.content.instruments import INSTRUMENTS
from selftrust.domain.checkin import CHECKIN_ID
from selftrust.domain.measure_responses import INSTRUMENT_IDS, MeasureResponse
from selftrust.domain.profile import MAX_RECORD_ID, Profile
from selftrust.services import measure_results, measures
from selftrust.services.errors import NotFound
from selftrust.services.runtime import Runtime
from selftrust.services.safety import Saved

ResponseId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID, description="The response's id.")]
ItemNumber = Annotated[int, Path(ge=1, le=100, description="The question number, from 1.")]
InstrumentPath = Annotated[str, Path(max_length=20, description="gad7, phq9, pcl5, scssf, rses")]

router = APIRouter(tags=["check-ins and measures"])


def _known(instrument: str) -> str:
    if instrument not in INSTRUMENT_IDS:
        raise NotFound(f"There is no questionnaire called {instrument[:20]!r} here.")
    return instrument


def _saved(rt: Runtime, profile: Profile, saved: Saved[MeasureResponse]) -> ResponseSaved:
    if saved.record.complete:
        return ResponseSaved.of_outcome(measure_results.outcome(rt, profile, saved.record.id))
    return ResponseSaved.of_draft(saved.record, saved.safety)


@router.get("/instruments")
def list_instruments() -> InstrumentList:
    """Every questionnaire offered, and our own check-in (marked as not validated)."""
    return InstrumentList(instruments=[InstrumentSummary.of(t) for t in INSTRUMENTS.values()])


@router.get("/instruments/{instrument}")
def get_instrument(instrument: InstrumentPath) -> InstrumentDetail:
    """One instrument: verbatim items and options, citation, licence, LOINC codes, meaning."""
    return InstrumentDetail.of_text(INSTRUMENTS[_known(instrument)])


@router.post("/measures/{instrument}/responses", status_code=201)
def submit_response(
    instrument: InstrumentPath, body: ResponseCreate, rt: RuntimeDep, profile: ProfileDep
) -> ResponseSaved:
    """Submit answers: complete ones are scored; partial ones need `"draft": true`."""
    saved = measures.submit(
        rt, profile, _known(instrument), body.answers, distress=body.distress, draft=body.draft
    )
    return _saved(rt, profile, saved)


@router.post("/checkins", status_code=201)
def submit_checkin(body: CheckInCreate, rt: RuntimeDep, profile: ProfileDep) -> ResponseSaved:
    """Save a self-trust check-in (ours, not validated) with optional distress right now."""
    saved = measures.submit(
        rt, profile, CHECKIN_ID, body.answers, distress=body.distress, draft=body.draft
    )
    return _saved(rt, profile, saved)


@router.get("/measures/drafts")
def list_drafts(rt: RuntimeDep, profile: ProfileDep) -> ResponseList:
    """Unfinished responses, newest first."""
    drafts = measures.list_drafts(rt, profile)
    return ResponseList(responses=[ResponsePublic.of(d) for d in drafts])


@router.get("/measures/history")
def history(
    rt: RuntimeDep,
    profile: ProfileDep,
    instrument: Annotated[str, Query(max_length=20, description="e.g. gad7 or checkin")],
) -> HistoryPublic:
    """Finished responses of one instrument, oldest first, each with its change."""
    known = _known(instrument)
    points = measure_results.history(rt, profile, known)
    trend = measure_results.checkin_trend(rt, profile) if known == CHECKIN_ID else None
    return HistoryPublic.of(known, points, trend)


@router.get("/measures/fhir")
def fhir_bundle(rt: RuntimeDep, profile: ProfileDep) -> dict[str, Any]:
    """Every finished response as a FHIR R4B Bundle, with the matching Questionnaires."""
    return measure_results.fhir_bundle(rt, profile)


@router.get("/measures/responses/{response_id}")
def get_response(response_id: ResponseId, rt: RuntimeDep, profile: ProfileDep) -> ResponseSaved:
    """One response; finished ones come with their score and change."""
    response = measures.get_response(rt, profile, response_id)
    return _saved(rt, profile, Saved(response, measures.safety_for(response)))


@router.get("/measures/responses/{response_id}/fhir")
def fhir_response(response_id: ResponseId, rt: RuntimeDep, profile: ProfileDep) -> dict[str, Any]:
    """One finished response as a FHIR R4B Bundle with its Questionnaire."""
    return measure_results.fhir_for_response(rt, profile, response_id)


@router.put("/measures/responses/{response_id}/answers/{item}")
def answer_item(
    response_id: ResponseId,
    item: ItemNumber,
    body: AnswerUpdate,
    rt: RuntimeDep,
    profile: ProfileDep,
) -> ResponseSaved:
    """Save or skip (null) one answer of a draft; `safety` opens help at once when needed."""
    return _saved(rt, profile, measures.answer_item(rt, profile, response_id, item, body.answer))


@router.put("/measures/responses/{response_id}")
def replace_answers(
    response_id: ResponseId, body: AnswersReplace, rt: RuntimeDep, profile: ProfileDep
) -> ResponseSaved:
    """Replace a draft's answers; without `"draft": true` it is finished (all answers needed)."""
    saved = measures.save_answers(
        rt, profile, response_id, body.answers, distress=body.distress, finish=not body.draft
    )
    return _saved(rt, profile, saved)


@router.post("/measures/responses/{response_id}/complete")
def complete(response_id: ResponseId, rt: RuntimeDep, profile: ProfileDep) -> ResponseSaved:
    """Finish a draft whose questions all have answers (else 422, and it stays a draft)."""
    return _saved(rt, profile, measures.complete_response(rt, profile, response_id))


@router.delete("/measures/responses/{response_id}", status_code=204)
def discard(response_id: ResponseId, rt: RuntimeDep, profile: ProfileDep) -> Response:
    """Let a draft go. Finished responses leave only with delete-all."""
    measures.discard_draft(rt, profile, response_id)
    return Response(status_code=204)
