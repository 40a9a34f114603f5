"""Mistakes as information: every query is scoped to a profile."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from selftrust.domain.mistakes import Mistake, MistakeFields
from selftrust.domain.profile import Profile
from selftrust.storage.database import Connection, Row, as_datetime
from selftrust.storage.errors import NotFound
from selftrust.storage.search import any_column_like, like_pattern

_COLUMNS = (
    "id, what_happened, expected, information, next_time, kind_sentence, choice_id, "
    "created_at, updated_at"
)
_TEXT_COLUMNS = ("what_happened", "expected", "information", "next_time", "kind_sentence")


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _mistake(row: Row) -> Mistake:
    choice = row["choice_id"]
    return Mistake(
        id=int(row["id"]),
        what_happened=str(row["what_happened"]),
        expected=_optional_str(row["expected"]),
        information=_optional_str(row["information"]),
        next_time=_optional_str(row["next_time"]),
        kind_sentence=_optional_str(row["kind_sentence"]),
        choice_id=None if choice is None else int(choice),
        created_at=as_datetime(row["created_at"]),
        updated_at=as_datetime(row["updated_at"]),
    )


def _values(fields: MistakeFields) -> dict[str, Any]:
    return {
        "what_happened": fields.what_happened,
        "expected": fields.expected,
        "information": fields.information,
        "next_time": fields.next_time,
        "kind_sentence": fields.kind_sentence,
        "choice_id": fields.choice_id,
    }


def choice_text(conn: Connection, profile: Profile, choice_id: int) -> str | None:
    """The text of one of this profile's own choices, or None (missing or someone else's)."""
    # A query of our own rather than the ledger's module: the two features stay independent.
    value = conn.scalar(
        "SELECT text FROM choices WHERE id = :id AND profile_id = :p",
        {"id": choice_id, "p": profile.id},
    )
    return None if value is None else str(value)


def add(conn: Connection, profile: Profile, fields: MistakeFields, *, now: datetime) -> Mistake:
    row = conn.fetch_one(
        "INSERT INTO mistakes (profile_id, what_happened, expected, information, next_time, "
        "kind_sentence, choice_id, created_at, updated_at) VALUES (:profile, :what_happened, "
        ":expected, :information, :next_time, :kind_sentence, :choice_id, :now, :now) "
        f"RETURNING {_COLUMNS}",
        {"profile": profile.id, "now": now, **_values(fields)},
    )
    assert row is not None
    return _mistake(row)


def find(conn: Connection, profile: Profile, mistake_id: int) -> Mistake | None:
    row = conn.fetch_one(
        f"SELECT {_COLUMNS} FROM mistakes WHERE id = :id AND profile_id = :profile",
        {"id": mistake_id, "profile": profile.id},
    )
    return None if row is None else _mistake(row)


def not_found(mistake_id: int) -> NotFound:
    return NotFound(f"There is no mistake entry number {mistake_id}.")


def get(conn: Connection, profile: Profile, mistake_id: int) -> Mistake:
    mistake = find(conn, profile, mistake_id)
    if mistake is None:
        raise not_found(mistake_id)
    return mistake


def update(
    conn: Connection, profile: Profile, mistake_id: int, fields: MistakeFields, *, now: datetime
) -> Mistake:
    row = conn.fetch_one(
        "UPDATE mistakes SET what_happened = :what_happened, expected = :expected, "
        "information = :information, next_time = :next_time, kind_sentence = :kind_sentence, "
        "choice_id = :choice_id, updated_at = :now "
        f"WHERE id = :id AND profile_id = :profile RETURNING {_COLUMNS}",
        {"id": mistake_id, "profile": profile.id, "now": now, **_values(fields)},
    )
    if row is None:
        raise not_found(mistake_id)
    return _mistake(row)


def recent(
    conn: Connection,
    profile: Profile,
    *,
    limit: int,
    before_id: int | None = None,
    query: str | None = None,
) -> list[Mistake]:
    """Newest first; `query` keeps those with the text in any field the person wrote."""
    where = ["profile_id = :profile"]
    if before_id is not None:
        where.append("id < :before")
    if query is not None:
        where.append(any_column_like(_TEXT_COLUMNS))
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM mistakes WHERE {' AND '.join(where)} ORDER BY id DESC "
        "LIMIT :limit",
        {
            "profile": profile.id,
            "before": before_id,
            "q": None if query is None else like_pattern(query),
            "limit": limit,
        },
    )
    return [_mistake(r) for r in rows]


def delete(conn: Connection, profile: Profile, mistake_id: int) -> None:
    row = conn.fetch_one(
        "DELETE FROM mistakes WHERE id = :id AND profile_id = :profile RETURNING id",
        {"id": mistake_id, "profile": profile.id},
    )
    if row is None:
        raise not_found(mistake_id)


def to_dict(mistake: Mistake) -> dict[str, object]:
    """The JSON shape shared by the export and the CLI."""
    return {
        "id": mistake.id,
        "what_happened": mistake.what_happened,
        "expected": mistake.expected,
        "information": mistake.information,
        "next_time": mistake.next_time,
        "kind_sentence": mistake.kind_sentence,
        "choice_id": mistake.choice_id,
        "created_at": mistake.created_at.isoformat(),
        "updated_at": mistake.updated_at.isoformat(),
    }


def export_rows(conn: Connection, profile: Profile) -> list[dict[str, object]]:
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM mistakes WHERE profile_id = :profile ORDER BY id",
        {"profile": profile.id},
    )
    return [to_dict(m) for m in map(_mistake, rows)]


def delete_all(conn: Connection, profile: Profile) -> int:
    return int(
        conn.execute("DELETE FROM mistakes WHERE profile_id = :p", {"p": profile.id}).rowcount or 0
    )
