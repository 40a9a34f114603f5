"""Reframes (inner critic to kind voice): every query is scoped to a profile."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from selftrust.domain.profile import Profile
from selftrust.domain.reframe_trend import ReframeFacts
from selftrust.domain.reframes import Reframe, ReframeFields, ReframeStatus
from selftrust.storage.database import Connection, Row, as_datetime
from selftrust.storage.errors import NotFound
from selftrust.storage.search import any_column_like, like_pattern

_COLUMNS = (
    "id, thought, feeling_before, feeling_now, common_humanity, friend_words, reply, "
    "feeling_after, traps, absolutist_words, status, created_at, updated_at"
)
_TEXT_COLUMNS = ("thought", "feeling_now", "common_humanity", "friend_words", "reply")


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _words(value: Any) -> tuple[str, ...]:
    loaded = json.loads(str(value))
    return tuple(str(w) for w in loaded) if isinstance(loaded, list) else ()


def _reframe(row: Row) -> Reframe:
    return Reframe(
        id=int(row["id"]),
        thought=str(row["thought"]),
        feeling_before=_optional_int(row["feeling_before"]),
        feeling_now=_optional_str(row["feeling_now"]),
        common_humanity=_optional_str(row["common_humanity"]),
        friend_words=_optional_str(row["friend_words"]),
        reply=_optional_str(row["reply"]),
        feeling_after=_optional_int(row["feeling_after"]),
        traps=_words(row["traps"]),
        absolutist_words=_words(row["absolutist_words"]),
        status=ReframeStatus(str(row["status"])),
        created_at=as_datetime(row["created_at"]),
        updated_at=as_datetime(row["updated_at"]),
    )


def _values(
    fields: ReframeFields, traps: tuple[str, ...], words: tuple[str, ...]
) -> dict[str, Any]:
    return {
        "thought": fields.thought,
        "feeling_before": fields.feeling_before,
        "feeling_now": fields.feeling_now,
        "common_humanity": fields.common_humanity,
        "friend_words": fields.friend_words,
        "reply": fields.reply,
        "feeling_after": fields.feeling_after,
        "traps": json.dumps(list(traps)),
        "absolutist_words": json.dumps(list(words), ensure_ascii=False),
        "status": fields.status,
    }


def add(
    conn: Connection,
    profile: Profile,
    fields: ReframeFields,
    *,
    traps: tuple[str, ...],
    words: tuple[str, ...],
    now: datetime,
) -> Reframe:
    row = conn.fetch_one(
        "INSERT INTO reframes (profile_id, thought, feeling_before, feeling_now, "
        "common_humanity, friend_words, reply, feeling_after, traps, absolutist_words, status, "
        "created_at, updated_at) VALUES (:profile, :thought, :feeling_before, :feeling_now, "
        ":common_humanity, :friend_words, :reply, :feeling_after, :traps, :absolutist_words, "
        f":status, :now, :now) RETURNING {_COLUMNS}",
        {"profile": profile.id, "now": now, **_values(fields, traps, words)},
    )
    assert row is not None
    return _reframe(row)


def find(conn: Connection, profile: Profile, reframe_id: int) -> Reframe | None:
    row = conn.fetch_one(
        f"SELECT {_COLUMNS} FROM reframes WHERE id = :id AND profile_id = :profile",
        {"id": reframe_id, "profile": profile.id},
    )
    return None if row is None else _reframe(row)


def not_found(reframe_id: int) -> NotFound:
    return NotFound(f"There is no reframe number {reframe_id}.")


def get(conn: Connection, profile: Profile, reframe_id: int) -> Reframe:
    reframe = find(conn, profile, reframe_id)
    if reframe is None:
        raise not_found(reframe_id)
    return reframe


def update(
    conn: Connection,
    profile: Profile,
    reframe_id: int,
    fields: ReframeFields,
    *,
    traps: tuple[str, ...],
    words: tuple[str, ...],
    now: datetime,
) -> Reframe:
    row = conn.fetch_one(
        "UPDATE reframes SET thought = :thought, feeling_before = :feeling_before, "
        "feeling_now = :feeling_now, common_humanity = :common_humanity, "
        "friend_words = :friend_words, reply = :reply, feeling_after = :feeling_after, "
        "traps = :traps, absolutist_words = :absolutist_words, status = :status, "
        f"updated_at = :now WHERE id = :id AND profile_id = :profile RETURNING {_COLUMNS}",
        {"id": reframe_id, "profile": profile.id, "now": now, **_values(fields, traps, words)},
    )
    if row is None:
        raise not_found(reframe_id)
    return _reframe(row)


def recent(
    conn: Connection,
    profile: Profile,
    *,
    limit: int,
    before_id: int | None = None,
    query: str | None = None,
    status: ReframeStatus | None = None,
) -> list[Reframe]:
    """Newest first; `query` keeps those with the text in any field the person wrote."""
    where = ["profile_id = :profile"]
    if before_id is not None:
        where.append("id < :before")
    if query is not None:
        where.append(any_column_like(_TEXT_COLUMNS))
    if status is not None:
        where.append("status = :status")
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM reframes WHERE {' AND '.join(where)} ORDER BY id DESC "
        "LIMIT :limit",
        {
            "profile": profile.id,
            "before": before_id,
            "q": None if query is None else like_pattern(query),
            "status": status,
            "limit": limit,
        },
    )
    return [_reframe(r) for r in rows]


def trend_facts(conn: Connection, profile: Profile) -> list[ReframeFacts]:
    rows = conn.fetch_all(
        "SELECT created_at, traps, absolutist_words, feeling_before, feeling_after "
        "FROM reframes WHERE profile_id = :profile ORDER BY id",
        {"profile": profile.id},
    )
    return [
        ReframeFacts(
            created_at=as_datetime(r["created_at"]),
            traps=_words(r["traps"]),
            absolutist_words=_words(r["absolutist_words"]),
            feeling_before=_optional_int(r["feeling_before"]),
            feeling_after=_optional_int(r["feeling_after"]),
        )
        for r in rows
    ]


def delete(conn: Connection, profile: Profile, reframe_id: int) -> None:
    row = conn.fetch_one(
        "DELETE FROM reframes WHERE id = :id AND profile_id = :profile RETURNING id",
        {"id": reframe_id, "profile": profile.id},
    )
    if row is None:
        raise not_found(reframe_id)


def export_rows(conn: Connection, profile: Profile) -> list[dict[str, object]]:
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM reframes WHERE profile_id = :profile ORDER BY id",
        {"profile": profile.id},
    )
    return [to_dict(r) for r in map(_reframe, rows)]


def to_dict(reframe: Reframe) -> dict[str, object]:
    """The JSON shape shared by the export and the CLI."""
    return {
        "id": reframe.id,
        "thought": reframe.thought,
        "feeling_before": reframe.feeling_before,
        "feeling_now": reframe.feeling_now,
        "common_humanity": reframe.common_humanity,
        "friend_words": reframe.friend_words,
        "reply": reframe.reply,
        "feeling_after": reframe.feeling_after,
        "traps": list(reframe.traps),
        "absolutist_words": list(reframe.absolutist_words),
        "status": reframe.status.value,
        "created_at": reframe.created_at.isoformat(),
        "updated_at": reframe.updated_at.isoformat(),
    }


def delete_all(conn: Connection, profile: Profile) -> int:
    return int(
        conn.execute("DELETE FROM reframes WHERE profile_id = :p", {"p": profile.id}).rowcount or 0
    )
