"""Body signals and the person's own feeling words: every query is scoped to a profile."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from selftrust.domain.body import BodySignal, SignalDraft, Tone
from selftrust.domain.profile import Profile
from selftrust.storage.database import Connection, Row, as_datetime
from selftrust.storage.errors import NotFound

_COLUMNS = "id, regions, feelings, intensity, tone, message, created_at, updated_at"


def _signal(row: Row) -> BodySignal:
    return BodySignal(
        id=int(row["id"]),
        regions=tuple(str(r) for r in json.loads(str(row["regions"]))),
        feelings=tuple(str(f) for f in json.loads(str(row["feelings"]))),
        intensity=int(row["intensity"]),
        tone=Tone(str(row["tone"])),
        message=None if row["message"] is None else str(row["message"]),
        created_at=as_datetime(row["created_at"]),
        updated_at=as_datetime(row["updated_at"]),
    )


def _missing(signal_id: int) -> NotFound:
    return NotFound(f"There is no body signal number {signal_id}.")


def add(conn: Connection, profile: Profile, draft: SignalDraft, *, now: datetime) -> BodySignal:
    row = conn.fetch_one(
        "INSERT INTO body_signals "
        "(profile_id, regions, feelings, intensity, tone, message, created_at, updated_at) "
        "VALUES (:p, :regions, :feelings, :intensity, :tone, :message, :now, :now) "
        f"RETURNING {_COLUMNS}",
        {
            "p": profile.id,
            "regions": json.dumps(list(draft.regions)),
            "feelings": json.dumps(list(draft.feelings), ensure_ascii=False),
            "intensity": draft.intensity,
            "tone": draft.tone,
            "message": draft.message,
            "now": now,
        },
    )
    assert row is not None
    return _signal(row)


def find(conn: Connection, profile: Profile, signal_id: int) -> BodySignal | None:
    row = conn.fetch_one(
        f"SELECT {_COLUMNS} FROM body_signals WHERE id = :id AND profile_id = :p",
        {"id": signal_id, "p": profile.id},
    )
    return None if row is None else _signal(row)


def get(conn: Connection, profile: Profile, signal_id: int) -> BodySignal:
    signal = find(conn, profile, signal_id)
    if signal is None:
        raise _missing(signal_id)
    return signal


def recent(
    conn: Connection,
    profile: Profile,
    *,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[BodySignal]:
    """Newest first; `since` keeps signals from that moment on."""
    after = "" if since is None else "AND created_at >= :since "
    most = "" if limit is None else "LIMIT :limit"
    rows = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM body_signals WHERE profile_id = :p {after}ORDER BY id DESC {most}",
        {"p": profile.id, "since": since, "limit": limit},
    )
    return [_signal(r) for r in rows]


def delete(conn: Connection, profile: Profile, signal_id: int) -> None:
    row = conn.fetch_one(
        "DELETE FROM body_signals WHERE id = :id AND profile_id = :p RETURNING id",
        {"id": signal_id, "p": profile.id},
    )
    if row is None:
        raise _missing(signal_id)


def own_feelings(conn: Connection, profile: Profile) -> list[str]:
    rows = conn.fetch_all(
        "SELECT word FROM body_feelings WHERE profile_id = :p ORDER BY id", {"p": profile.id}
    )
    return [str(r["word"]) for r in rows]


def add_feeling(conn: Connection, profile: Profile, word: str, *, now: datetime) -> None:
    """Add a word to this person's vocabulary (adding it twice changes nothing)."""
    conn.execute(
        "INSERT INTO body_feelings (profile_id, word, created_at) VALUES (:p, :w, :now) "
        "ON CONFLICT (profile_id, word) DO NOTHING",
        {"p": profile.id, "w": word, "now": now},
    )


def export_rows(conn: Connection, profile: Profile) -> dict[str, Any]:
    signals = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM body_signals WHERE profile_id = :p ORDER BY id",
        {"p": profile.id},
    )
    return {
        "signals": [
            {
                "id": s.id,
                "regions": list(s.regions),
                "feelings": list(s.feelings),
                "intensity": s.intensity,
                "tone": s.tone.value,
                "message": s.message,
                "created_at": s.created_at.isoformat(),
                "updated_at": s.updated_at.isoformat(),
            }
            for s in map(_signal, signals)
        ],
        "own_feeling_words": own_feelings(conn, profile),
    }


def delete_all(conn: Connection, profile: Profile) -> int:
    total = 0
    for table in ("body_signals", "body_feelings"):
        result = conn.execute(f"DELETE FROM {table} WHERE profile_id = :p", {"p": profile.id})
        total += int(result.rowcount or 0)
    return total


def by_ids(conn: Connection, profile: Profile, ids: list[int]) -> dict[int, BodySignal]:
    """Return this profile's signals among these ids (others are left out)."""
    found: dict[int, BodySignal] = {}
    # In slices, so the number of parameters stays far below every driver's limit.
    for start in range(0, len(ids), 500):
        names = {f"i{n}": signal_id for n, signal_id in enumerate(ids[start : start + 500])}
        marks = ", ".join(f":{name}" for name in names)
        rows = conn.fetch_all(
            f"SELECT {_COLUMNS} FROM body_signals WHERE profile_id = :p AND id IN ({marks})",
            {"p": profile.id, **names},
        )
        found.update((int(r["id"]), _signal(r)) for r in rows)
    return found
