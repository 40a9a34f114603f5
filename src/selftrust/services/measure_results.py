"""Results of finished questionnaires: score, change since last time, history, FHIR export.

Everything here is recomputed from stored answers on each call; nothing scored is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from selftrust.domain import checkin
from selftrust.domain.checkin import CHECKIN_ID, CheckInResult, Trend
from selftrust.domain.measure_change import Change, change
from selftrust.domain.measure_responses import (
    MeasureResponse,
    NotScored,
    item_range,
    score_response,
)
from selftrust.domain.measures import MeasureResult
from selftrust.domain.profile import Profile
from selftrust.reports import fhir
from selftrust.services.measures import safety_for
from selftrust.services.runtime import Runtime
from selftrust.services.safety import SafetyCheck
from selftrust.storage import measures as store

Score = MeasureResult | CheckInResult


@dataclass(frozen=True, slots=True)
class CheckInTrend:
    """The check-in's two sub-scores, each as latest few against the few before."""

    abilities: Trend | None
    signs: Trend | None
    count: int  # finished check-ins the trend is drawn from

    def to_dict(self) -> dict[str, object]:
        return {
            "abilities": None if self.abilities is None else self.abilities.to_dict(),
            "signs": None if self.signs is None else self.signs.to_dict(),
            "count": self.count,
        }


@dataclass(frozen=True, slots=True)
class Outcome:
    """A finished response, its score, and how it moved since the one before."""

    response: MeasureResponse
    score: Score
    previous: MeasureResponse | None
    change: Change | None  # validated measures only; None the first time
    trend: CheckInTrend | None  # the check-in only
    safety: SafetyCheck

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of the outcome."""
        return {
            **response_dict(self.response),
            "result": self.score.to_dict(),
            "previous_id": None if self.previous is None else self.previous.id,
            "change": None if self.change is None else self.change.to_dict(),
            "trend": None if self.trend is None else self.trend.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    response: MeasureResponse
    score: Score
    change: Change | None  # since the point before, validated measures only


def response_dict(response: MeasureResponse) -> dict[str, Any]:
    """Return a JSON-ready dict of a stored response (no score: drafts have none)."""
    return {
        "id": response.id,
        "instrument": response.instrument,
        "status": response.status.value,
        "answers": list(response.answers),
        "open_items": list(response.open_items),
        "distress": response.distress,
        "created_at": response.created_at.isoformat(),
        "completed_at": None
        if response.completed_at is None
        else response.completed_at.isoformat(),
    }


def _change(previous: Score | None, current: Score) -> Change | None:
    if not isinstance(previous, MeasureResult) or not isinstance(current, MeasureResult):
        return None
    return change(current.instrument, previous.total, current.total)


def _trend(scores: list[CheckInResult]) -> CheckInTrend:
    return CheckInTrend(
        abilities=checkin.trend([s.abilities for s in scores]),
        signs=checkin.trend([s.signs for s in scores]),
        count=len(scores),
    )


def outcome(rt: Runtime, profile: Profile, response_id: int) -> Outcome:
    """Return the scored result of a finished response; drafts raise NotScored."""
    with rt.db.transaction() as conn:
        response = store.get(conn, profile, response_id)
        if not response.complete:
            raise NotScored("This one isn't finished yet, so it has no score.")
        previous = store.previous_complete(conn, profile, response)
        earlier = (
            store.completed(conn, profile, CHECKIN_ID) if response.instrument == CHECKIN_ID else []
        )
    current = score_response(response)
    before = None if previous is None else score_response(previous)
    trend = None
    if isinstance(current, CheckInResult):
        # The trend as it stood when this check-in was finished: it and the ones before it.
        upto = [r for r in earlier if r.id == response.id or _before(r, response)]
        trend = _trend([s for s in map(score_response, upto) if isinstance(s, CheckInResult)])
    return Outcome(
        response, current, previous, _change(before, current), trend, safety_for(response)
    )


def _before(one: MeasureResponse, other: MeasureResponse) -> bool:
    return (one.completed_at or one.created_at, one.id) < (
        other.completed_at or other.created_at,
        other.id,
    )


def history(rt: Runtime, profile: Profile, instrument_id: object) -> list[HistoryPoint]:
    """Return every finished response of one instrument, oldest first, with change."""
    rng = item_range(instrument_id)
    with rt.db.transaction() as conn:
        responses = store.completed(conn, profile, rng.instrument)
    points: list[HistoryPoint] = []
    before: Score | None = None
    for response in responses:
        current = score_response(response)
        points.append(HistoryPoint(response, current, _change(before, current)))
        before = current
    return points


def finished_counts(rt: Runtime, profile: Profile) -> dict[str, int]:
    """Return how many finished responses each instrument has."""
    with rt.db.transaction() as conn:
        return store.completed_counts(conn, profile)


def checkin_trend(rt: Runtime, profile: Profile) -> CheckInTrend:
    """Return the trend of every finished check-in."""
    points = history(rt, profile, CHECKIN_ID)
    return _trend([p.score for p in points if isinstance(p.score, CheckInResult)])


def fhir_bundle(rt: Runtime, profile: Profile) -> dict[str, Any]:
    """Return every finished response as one FHIR R4B Bundle with its Questionnaires."""
    with rt.db.transaction() as conn:
        responses = store.completed(conn, profile)
    return fhir.bundle(responses, now=rt.now())


def fhir_for_response(rt: Runtime, profile: Profile, response_id: int) -> dict[str, Any]:
    """Return one finished response as a FHIR R4B Bundle with its Questionnaire."""
    with rt.db.transaction() as conn:
        response = store.get(conn, profile, response_id)
    if not response.complete:
        raise NotScored("This one isn't finished yet, so it can't be exported as a result.")
    return fhir.bundle([response], now=rt.now())
