"""Taking a questionnaire or the check-in: start, answer (or skip), pause, resume, finish.

A response stays a draft until every question has an answer; drafts are never scored. On
the PHQ-9, an answer above 0 on item 9 opens the help card as soon as it is saved, even in a
draft. Scores, change and history live in `measure_results`.
"""

from __future__ import annotations

from selftrust.domain.checkin import CHECKIN_ID
from selftrust.domain.measure_responses import (
    AlreadyComplete,
    MeasureResponse,
    ResponseStatus,
    TakingMode,
    check_answer,
    check_distress,
    check_draft_answers,
    check_item_number,
    complete_answers,
    item_range,
    safety_item_flagged,
)
from selftrust.domain.measures import PHQ9_SAFETY_ITEM, AnswersInvalid
from selftrust.domain.profile import Profile
from selftrust.language.crisis import CrisisKind
from selftrust.services.runtime import Runtime
from selftrust.services.safety import NO_CONCERN, SafetyCheck, Saved
from selftrust.storage import measures as store
from selftrust.storage import settings
from selftrust.storage.database import Connection

MODE_KEY = "measure_mode"
# PHQ-9 item 9 asks about thoughts of death or self-harm: a positive answer always shows the
# card (it is not held back like repeated free text), shaped for the most urgent kind.
ITEM9_CHECK = SafetyCheck(crisis=True, kinds=(CrisisKind.SUICIDE,), show_card=True)


def safety_for(response: MeasureResponse) -> SafetyCheck:
    """Return the help card check for a response's answers (PHQ-9 item 9 above 0)."""
    return ITEM9_CHECK if response.safety_item_flagged else NO_CONCERN


def _distress_for(instrument: str, value: object) -> int | None:
    checked = check_distress(value)
    if checked is not None and instrument != CHECKIN_ID:
        raise AnswersInvalid("Distress right now is part of the check-in only.")
    return checked


def _draft(conn: Connection, profile: Profile, response_id: int) -> MeasureResponse:
    response = store.get(conn, profile, response_id)
    if response.complete:
        raise AlreadyComplete(
            "This one is already finished, and its answers stay as you gave them. "
            "You could start a new one whenever you like."
        )
    return response


def start_or_resume(rt: Runtime, profile: Profile, instrument_id: object) -> MeasureResponse:
    """Return the draft of this instrument to continue, or start a new, empty one."""
    rng = item_range(instrument_id)
    with rt.db.transaction() as conn:
        draft = store.latest_draft(conn, profile, rng.instrument)
        if draft is not None:
            return draft
        return store.add(
            conn,
            profile,
            rng.instrument,
            [None] * rng.item_count,
            distress=None,
            status=ResponseStatus.DRAFT,
            now=rt.now(),
        )


def find_draft(rt: Runtime, profile: Profile, instrument_id: object) -> MeasureResponse | None:
    """Return the unfinished response of this instrument, if there is one."""
    rng = item_range(instrument_id)
    with rt.db.transaction() as conn:
        return store.latest_draft(conn, profile, rng.instrument)


def list_drafts(rt: Runtime, profile: Profile) -> list[MeasureResponse]:
    """Return every unfinished response, newest first."""
    with rt.db.transaction() as conn:
        return store.drafts(conn, profile)


def get_response(rt: Runtime, profile: Profile, response_id: int) -> MeasureResponse:
    """Return one of this profile's responses, or raise NotFound."""
    with rt.db.transaction() as conn:
        return store.get(conn, profile, response_id)


def answer_item(
    rt: Runtime, profile: Profile, response_id: int, item: object, value: object
) -> Saved[MeasureResponse]:
    """Save (or skip, with None) one answer of a draft."""
    with rt.db.transaction() as conn:
        draft = _draft(conn, profile, response_id)
        rng = item_range(draft.instrument)
        number = check_item_number(rng, item)
        answers = list(draft.answers)
        answers[number - 1] = check_answer(rng, number, value)
        saved = store.update(
            conn,
            profile,
            draft.id,
            answers,
            distress=draft.distress,
            status=ResponseStatus.DRAFT,
            now=rt.now(),
        )
    item9 = number == PHQ9_SAFETY_ITEM and safety_item_flagged(saved.instrument, saved.answers)
    return Saved(saved, ITEM9_CHECK if item9 else NO_CONCERN)


def set_distress(rt: Runtime, profile: Profile, response_id: int, value: object) -> MeasureResponse:
    """Save (or clear, with None) distress right now on a check-in draft."""
    with rt.db.transaction() as conn:
        draft = _draft(conn, profile, response_id)
        distress = _distress_for(draft.instrument, value)
        return store.update(
            conn,
            profile,
            draft.id,
            draft.answers,
            distress=distress,
            status=ResponseStatus.DRAFT,
            now=rt.now(),
        )


def save_answers(
    rt: Runtime,
    profile: Profile,
    response_id: int,
    answers: object,
    *,
    distress: object = None,
    finish: bool,
) -> Saved[MeasureResponse]:
    """Replace a draft's answers; with finish, complete it (or raise AnswersIncomplete)."""
    with rt.db.transaction() as conn:
        draft = _draft(conn, profile, response_id)
        checked = check_draft_answers(draft.instrument, answers)
        checked_distress = _distress_for(draft.instrument, distress)
        if finish:
            # Refused before anything changes: a partial submission is never scored.
            complete_answers(draft.instrument, checked)
        status = ResponseStatus.COMPLETE if finish else ResponseStatus.DRAFT
        saved = store.update(
            conn,
            profile,
            draft.id,
            checked,
            distress=checked_distress,
            status=status,
            now=rt.now(),
        )
    return Saved(saved, safety_for(saved))


def complete_response(rt: Runtime, profile: Profile, response_id: int) -> Saved[MeasureResponse]:
    """Finish a draft whose questions are all answered, or raise AnswersIncomplete."""
    with rt.db.transaction() as conn:
        draft = _draft(conn, profile, response_id)
        answers = complete_answers(draft.instrument, draft.answers)
        saved = store.update(
            conn,
            profile,
            draft.id,
            answers,
            distress=draft.distress,
            status=ResponseStatus.COMPLETE,
            now=rt.now(),
        )
    return Saved(saved, safety_for(saved))


def submit(
    rt: Runtime,
    profile: Profile,
    instrument_id: object,
    answers: object,
    *,
    distress: object = None,
    draft: bool = False,
) -> Saved[MeasureResponse]:
    """Store a whole response at once: complete when every answer is there, else only as a draft."""
    rng = item_range(instrument_id)
    checked = check_draft_answers(rng.instrument, answers)
    checked_distress = _distress_for(rng.instrument, distress)
    if not draft:
        # Refused before anything is stored: a partial submission is never scored.
        complete_answers(rng.instrument, checked)
    status = ResponseStatus.DRAFT if draft else ResponseStatus.COMPLETE
    with rt.db.transaction() as conn:
        saved = store.add(
            conn,
            profile,
            rng.instrument,
            checked,
            distress=checked_distress,
            status=status,
            now=rt.now(),
        )
    return Saved(saved, safety_for(saved))


def discard_draft(rt: Runtime, profile: Profile, response_id: int) -> None:
    """Let an unfinished response go (finished ones are kept)."""
    with rt.db.transaction() as conn:
        _draft(conn, profile, response_id)
        store.delete_draft(conn, profile, response_id)


def start_over(rt: Runtime, profile: Profile, instrument_id: object) -> MeasureResponse:
    """Let go of this instrument's draft, if any, and start an empty one."""
    rng = item_range(instrument_id)
    with rt.db.transaction() as conn:
        draft = store.latest_draft(conn, profile, rng.instrument)
        if draft is not None:
            store.delete_draft(conn, profile, draft.id)
    return start_or_resume(rt, profile, rng.instrument)


def taking_mode(rt: Runtime, profile: Profile) -> TakingMode:
    """Return how this person likes to answer (one question per screen unless they chose)."""
    with rt.db.transaction() as conn:
        stored = settings.get(conn, profile, MODE_KEY)
    return TakingMode(stored) if stored in {m.value for m in TakingMode} else TakingMode.ONE_BY_ONE


def choose_mode(rt: Runtime, profile: Profile, mode: object) -> TakingMode:
    """Remember one question per screen, or all on one page."""
    if not isinstance(mode, str) or mode not in {m.value for m in TakingMode}:
        raise AnswersInvalid("Pick one question at a time, or all questions on one page.")
    with rt.db.transaction() as conn:
        settings.put(conn, profile, MODE_KEY, mode)
    return TakingMode(mode)
