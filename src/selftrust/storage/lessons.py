"""Lesson reflections: one per lesson and profile; every query is scoped to the profile."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from selftrust.domain.lessons import Reflection
from selftrust.domain.profile import Profile
from selftrust.storage.database import Connection, Row, as_datetime

_COLUMNS = "id, lesson, text, created_at, updated_at"


def _reflection(row: Row) -> Reflection:
    return Reflection(
        id=int(row["id"]),
        lesson=str(row["lesson"]),
        text=str(row["text"]),
        created_at=as_datetime(row["created_at"]),
        updated_at=as_datetime(row["updated_at"]),
    )


def save(
    conn: Connection, profile: Profile, lesson: str, text: str, *, now: datetime
) -> Reflection:
    """Write this lesson's reflection, replacing an earlier one."""
    row = conn.fetch_one(
        "INSERT INTO lesson_reflections (profile_id, lesson, text, created_at, updated_at) "
        "VALUES (:p, :lesson, :text, :now, :now) "
        "ON CONFLICT (profile_id, lesson) DO UPDATE SET text = excluded.text, "
        f"updated_at = excluded.updated_at RETURNING {_COLUMNS}",
        {"p": profile.id, "lesson": lesson, "text": text, "now": now},
    )
    assert row is not None
    return _reflection(row)


def find(conn: Connection, profile: Profile, lesson: str) -> Reflection | None:
    row = conn.fetch_one(
        f"SELECT {_COLUMNS} FROM lesson_reflections WHERE profile_id = :p AND lesson = :lesson",
        {"p": profile.id, "lesson": lesson},
    )
    return None if row is None else _reflection(row)


def all_for(conn: Connection, profile: Profile) -> list[Reflection]:
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM lesson_reflections WHERE profile_id = :p ORDER BY id",
        {"p": profile.id},
    )
    return [_reflection(r) for r in rows]


def delete(conn: Connection, profile: Profile, lesson: str) -> bool:
    row = conn.fetch_one(
        "DELETE FROM lesson_reflections WHERE profile_id = :p AND lesson = :lesson RETURNING id",
        {"p": profile.id, "lesson": lesson},
    )
    return row is not None


def export_rows(conn: Connection, profile: Profile) -> list[dict[str, Any]]:
    return [
        {
            "lesson": r.lesson,
            "text": r.text,
            "created_at": r.created_at.isoformat(),
            "updated_at": r.updated_at.isoformat(),
        }
        for r in all_for(conn, profile)
    ]


def delete_all(conn: Connection, profile: Profile) -> int:
    result = conn.execute("DELETE FROM lesson_reflections WHERE profile_id = :p", {"p": profile.id})
    return int(result.rowcount or 0)
