"""Questionnaire responses: every query is scoped to a profile.

Answers are kept as a JSON list in item order, null for a skipped item. Scores are never
stored: they are recomputed from the answers (see domain/measure_responses.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from selftrust.domain.measure_responses import MeasureResponse, ResponseStatus
from selftrust.domain.profile import Profile
from selftrust.storage.database import Connection, Row, as_datetime
from selftrust.storage.errors import NotFound

_COLUMNS = "id, instrument, answers, distress, status, created_at, completed_at"
# Completion time first, then id: several answers can share one timestamp.
_IN_TIME_ORDER = "ORDER BY completed_at, id"


def _response(row: Row) -> MeasureResponse:
    answers = json.loads(str(row["answers"]))
    completed = row["completed_at"]
    return MeasureResponse(
        id=int(row["id"]),
        instrument=str(row["instrument"]),
        answers=tuple(None if a is None else int(a) for a in answers),
        distress=None if row["distress"] is None else int(row["distress"]),
        status=ResponseStatus(str(row["status"])),
        created_at=as_datetime(row["created_at"]),
        completed_at=None if completed is None else as_datetime(completed),
    )


def _missing(response_id: int) -> NotFound:
    return NotFound(f"There is no questionnaire answer number {response_id}.")


def add(
    conn: Connection,
    profile: Profile,
    instrument: str,
    answers: Sequence[int | None],
    *,
    distress: int | None,
    status: ResponseStatus,
    now: datetime,
) -> MeasureResponse:
    row = conn.fetch_one(
        "INSERT INTO measure_responses "
        "(profile_id, instrument, answers, distress, status, created_at, completed_at) "
        "VALUES (:profile, :instrument, :answers, :distress, :status, :now, :completed) "
        f"RETURNING {_COLUMNS}",
        {
            "profile": profile.id,
            "instrument": instrument,
            "answers": json.dumps(list(answers)),
            "distress": distress,
            "status": status,
            "now": now,
            "completed": now if status is ResponseStatus.COMPLETE else None,
        },
    )
    assert row is not None
    return _response(row)


def find(conn: Connection, profile: Profile, response_id: int) -> MeasureResponse | None:
    row = conn.fetch_one(
        f"SELECT {_COLUMNS} FROM measure_responses WHERE id = :id AND profile_id = :profile",
        {"id": response_id, "profile": profile.id},
    )
    return None if row is None else _response(row)


def get(conn: Connection, profile: Profile, response_id: int) -> MeasureResponse:
    response = find(conn, profile, response_id)
    if response is None:
        raise _missing(response_id)
    return response


def update(
    conn: Connection,
    profile: Profile,
    response_id: int,
    answers: Sequence[int | None],
    *,
    distress: int | None,
    status: ResponseStatus,
    now: datetime,
) -> MeasureResponse:
    """Replace a draft's answers; with status complete, stamp the completion time."""
    row = conn.fetch_one(
        "UPDATE measure_responses SET answers = :answers, distress = :distress, "
        "status = :status, completed_at = :completed "
        "WHERE id = :id AND profile_id = :profile AND status = :draft "
        f"RETURNING {_COLUMNS}",
        {
            "answers": json.dumps(list(answers)),
            "distress": distress,
            "status": status,
            "completed": now if status is ResponseStatus.COMPLETE else None,
            "id": response_id,
            "profile": profile.id,
            "draft": ResponseStatus.DRAFT,
        },
    )
    if row is None:
        raise _missing(response_id)
    return _response(row)


def latest_draft(conn: Connection, profile: Profile, instrument: str) -> MeasureResponse | None:
    row = conn.fetch_one(
        f"SELECT {_COLUMNS} FROM measure_responses WHERE profile_id = :profile "
        "AND instrument = :instrument AND status = :draft ORDER BY id DESC LIMIT 1",
        {"profile": profile.id, "instrument": instrument, "draft": ResponseStatus.DRAFT},
    )
    return None if row is None else _response(row)


def drafts(conn: Connection, profile: Profile) -> list[MeasureResponse]:
    """Every unfinished response, newest first."""
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM measure_responses WHERE profile_id = :profile "
        "AND status = :draft ORDER BY id DESC",
        {"profile": profile.id, "draft": ResponseStatus.DRAFT},
    )
    return [_response(r) for r in rows]


def completed(
    conn: Connection, profile: Profile, instrument: str | None = None
) -> list[MeasureResponse]:
    """Finished responses, oldest first; all instruments when none is named."""
    which = "" if instrument is None else "AND instrument = :instrument "
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM measure_responses WHERE profile_id = :profile "
        f"AND status = :complete {which}{_IN_TIME_ORDER}",
        {"profile": profile.id, "instrument": instrument, "complete": ResponseStatus.COMPLETE},
    )
    return [_response(r) for r in rows]


def completed_counts(conn: Connection, profile: Profile) -> dict[str, int]:
    """How many finished responses each instrument has."""
    rows = conn.fetch_all(
        "SELECT instrument, count(*) AS n FROM measure_responses WHERE profile_id = :profile "
        "AND status = :complete GROUP BY instrument",
        {"profile": profile.id, "complete": ResponseStatus.COMPLETE},
    )
    return {str(r["instrument"]): int(r["n"]) for r in rows}


def previous_complete(
    conn: Connection, profile: Profile, response: MeasureResponse
) -> MeasureResponse | None:
    """The finished response of the same instrument just before this one, if any."""
    if response.completed_at is None:
        return None
    row = conn.fetch_one(
        f"SELECT {_COLUMNS} FROM measure_responses WHERE profile_id = :profile "
        "AND instrument = :instrument AND status = :complete AND id <> :id "
        "AND (completed_at < :at OR (completed_at = :at AND id < :id)) "
        "ORDER BY completed_at DESC, id DESC LIMIT 1",
        {
            "profile": profile.id,
            "instrument": response.instrument,
            "complete": ResponseStatus.COMPLETE,
            "id": response.id,
            "at": response.completed_at,
        },
    )
    return None if row is None else _response(row)


def delete_draft(conn: Connection, profile: Profile, response_id: int) -> None:
    """Delete an unfinished response (finished ones leave only through delete-all)."""
    row = conn.fetch_one(
        "DELETE FROM measure_responses WHERE id = :id AND profile_id = :profile "
        "AND status = :draft RETURNING id",
        {"id": response_id, "profile": profile.id, "draft": ResponseStatus.DRAFT},
    )
    if row is None:
        raise _missing(response_id)


def count(conn: Connection, profile: Profile) -> int:
    return int(
        conn.scalar(
            "SELECT count(*) FROM measure_responses WHERE profile_id = :p", {"p": profile.id}
        )
    )


def export_rows(conn: Connection, profile: Profile) -> list[dict[str, object]]:
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM measure_responses WHERE profile_id = :profile ORDER BY id",
        {"profile": profile.id},
    )
    return [
        {
            "id": r.id,
            "instrument": r.instrument,
            "answers": list(r.answers),
            "distress": r.distress,
            "status": r.status.value,
            "created_at": r.created_at.isoformat(),
            "completed_at": None if r.completed_at is None else r.completed_at.isoformat(),
        }
        for r in map(_response, rows)
    ]


def delete_all(conn: Connection, profile: Profile) -> int:
    result = conn.execute("DELETE FROM measure_responses WHERE profile_id = :p", {"p": profile.id})
    return int(result.rowcount or 0)
