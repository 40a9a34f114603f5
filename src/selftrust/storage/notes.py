"""Journal notes: every query is scoped to a profile."""

from __future__ import annotations

from datetime import datetime

from selftrust.domain.notes import Note
from selftrust.domain.profile import Profile
from selftrust.storage.database import Connection, Row, as_datetime
from selftrust.storage.errors import NotFound

_COLUMNS = "id, text, created_at, updated_at"


def _note(row: Row) -> Note:
    return Note(
        id=int(row["id"]),
        text=str(row["text"]),
        created_at=as_datetime(row["created_at"]),
        updated_at=as_datetime(row["updated_at"]),
    )


def add(conn: Connection, profile: Profile, text: str, *, now: datetime) -> Note:
    row = conn.fetch_one(
        f"INSERT INTO notes (profile_id, text, created_at, updated_at) "
        f"VALUES (:profile, :text, :now, :now) RETURNING {_COLUMNS}",
        {"profile": profile.id, "text": text, "now": now},
    )
    assert row is not None
    return _note(row)


def find(conn: Connection, profile: Profile, note_id: int) -> Note | None:
    row = conn.fetch_one(
        f"SELECT {_COLUMNS} FROM notes WHERE id = :id AND profile_id = :profile",
        {"id": note_id, "profile": profile.id},
    )
    return None if row is None else _note(row)


def get(conn: Connection, profile: Profile, note_id: int) -> Note:
    note = find(conn, profile, note_id)
    if note is None:
        raise NotFound(f"There is no note number {note_id}.")
    return note


def recent(
    conn: Connection, profile: Profile, *, limit: int, before_id: int | None = None
) -> list[Note]:
    """Newest first; `before_id` pages back through older notes."""
    older = "" if before_id is None else "AND id < :before "
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM notes WHERE profile_id = :profile {older}"
        "ORDER BY id DESC LIMIT :limit",
        {"profile": profile.id, "before": before_id, "limit": limit},
    )
    return [_note(r) for r in rows]


def export_rows(conn: Connection, profile: Profile) -> list[dict[str, object]]:
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM notes WHERE profile_id = :profile ORDER BY id",
        {"profile": profile.id},
    )
    return [
        {
            "id": n.id,
            "text": n.text,
            "created_at": n.created_at.isoformat(),
            "updated_at": n.updated_at.isoformat(),
        }
        for n in map(_note, rows)
    ]


def count(conn: Connection, profile: Profile) -> int:
    return int(conn.scalar("SELECT count(*) FROM notes WHERE profile_id = :p", {"p": profile.id}))


def update(conn: Connection, profile: Profile, note_id: int, text: str, *, now: datetime) -> Note:
    row = conn.fetch_one(
        f"UPDATE notes SET text = :text, updated_at = :now "
        f"WHERE id = :id AND profile_id = :profile RETURNING {_COLUMNS}",
        {"text": text, "now": now, "id": note_id, "profile": profile.id},
    )
    if row is None:
        raise NotFound(f"There is no note number {note_id}.")
    return _note(row)


def delete(conn: Connection, profile: Profile, note_id: int) -> None:
    row = conn.fetch_one(
        "DELETE FROM notes WHERE id = :id AND profile_id = :profile RETURNING id",
        {"id": note_id, "profile": profile.id},
    )
    if row is None:
        raise NotFound(f"There is no note number {note_id}.")


def delete_all(conn: Connection, profile: Profile) -> int:
    return int(
        conn.execute("DELETE FROM notes WHERE profile_id = :p", {"p": profile.id}).rowcount or 0
    )
