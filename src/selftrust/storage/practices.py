"""Practice sessions: every query is scoped to a profile."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from selftrust.domain.practices import Outcome, PracticeSession
from selftrust.domain.profile import Profile
from selftrust.storage.database import Connection, Row, as_datetime

_COLUMNS = "id, practice, minutes, outcome, distress_before, distress_after, created_at"


def _session(row: Row) -> PracticeSession:
    return PracticeSession(
        id=int(row["id"]),
        practice=str(row["practice"]),
        minutes=None if row["minutes"] is None else int(row["minutes"]),
        outcome=Outcome(str(row["outcome"])),
        distress_before=None if row["distress_before"] is None else int(row["distress_before"]),
        distress_after=None if row["distress_after"] is None else int(row["distress_after"]),
        created_at=as_datetime(row["created_at"]),
    )


def add(
    conn: Connection,
    profile: Profile,
    practice: str,
    *,
    minutes: int | None,
    outcome: Outcome,
    before: int | None,
    after: int | None,
    now: datetime,
) -> PracticeSession:
    row = conn.fetch_one(
        "INSERT INTO practice_sessions (profile_id, practice, minutes, outcome, distress_before, "
        "distress_after, created_at) VALUES (:p, :practice, :minutes, :outcome, :before, :after, "
        f":now) RETURNING {_COLUMNS}",
        {
            "p": profile.id,
            "practice": practice,
            "minutes": minutes,
            "outcome": outcome,
            "before": before,
            "after": after,
            "now": now,
        },
    )
    assert row is not None
    return _session(row)


def recent(
    conn: Connection, profile: Profile, *, since: datetime | None = None, limit: int | None = None
) -> list[PracticeSession]:
    """Newest first."""
    after = "" if since is None else "AND created_at >= :since "
    most = "" if limit is None else "LIMIT :limit"
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM practice_sessions WHERE profile_id = :p {after}"
        f"ORDER BY id DESC {most}",
        {"p": profile.id, "since": since, "limit": limit},
    )
    return [_session(r) for r in rows]


def export_rows(conn: Connection, profile: Profile) -> list[dict[str, Any]]:
    return [
        {
            "practice": s.practice,
            "minutes": s.minutes,
            "outcome": s.outcome.value,
            "distress_before": s.distress_before,
            "distress_after": s.distress_after,
            "created_at": s.created_at.isoformat(),
        }
        for s in reversed(recent(conn, profile))
    ]


def delete_all(conn: Connection, profile: Profile) -> int:
    result = conn.execute("DELETE FROM practice_sessions WHERE profile_id = :p", {"p": profile.id})
    return int(result.rowcount or 0)
