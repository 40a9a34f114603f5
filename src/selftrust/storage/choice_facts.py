"""The choice ledger as the maths reads it: every choice with its latest look-back, and the
marker that tells whether anything changed since the last read (see services/ledger_facts.py).

The look-back that counts is the one with the highest id, as in storage/choices.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from selftrust.domain.ledger import ChoiceFacts
from selftrust.domain.profile import Profile
from selftrust.storage.choices import LATEST_LOOK_BACK, maybe_time
from selftrust.storage.database import Connection, Row, as_datetime


@dataclass(frozen=True, slots=True)
class LedgerMarker:
    """Cheap to read; changes whenever a choice or look-back is added or removed."""

    choices: int
    last_choice_id: int | None
    last_made_at: datetime | None
    look_backs: int
    last_look_back_id: int | None
    last_looked_back_at: datetime | None


_FACTS = (
    "SELECT c.id, c.made_at, c.gut, c.confidence, c.reassurance, c.area, "
    f"l.felt_right AS lb_felt_right, l.created_at AS lb_at FROM choices c {LATEST_LOOK_BACK} "
)


def _facts(row: Row) -> ChoiceFacts:
    return ChoiceFacts(
        id=int(row["id"]),
        made_at=as_datetime(row["made_at"]),
        gut=row["gut"],
        confidence=int(row["confidence"]),
        reassurance=row["reassurance"],
        area=row["area"],
        latest_look_back=row["lb_felt_right"],
        looked_back_at=maybe_time(row["lb_at"]),
    )


def all_facts(conn: Connection, profile: Profile) -> list[ChoiceFacts]:
    """Every choice of this profile with its latest look-back, in one query."""
    rows = conn.fetch_all(f"{_FACTS} WHERE c.profile_id = :p", {"p": profile.id})
    return [_facts(r) for r in rows]


def facts_changed_since(
    conn: Connection, profile: Profile, *, choice_id: int, look_back_id: int
) -> list[ChoiceFacts]:
    """Choices added after `choice_id`, or looked back on after `look_back_id`."""
    # One id list from two index range scans, so the cost follows the changes, not the ledger.
    rows = conn.fetch_all(
        f"{_FACTS} WHERE c.profile_id = :p AND c.id IN ("
        "SELECT n.id FROM choices n WHERE n.profile_id = :p AND n.id > :c UNION "
        "SELECT n.choice_id FROM look_backs n WHERE n.profile_id = :p AND n.id > :l)",
        {"p": profile.id, "c": choice_id, "l": look_back_id},
    )
    return [_facts(r) for r in rows]


def marker(conn: Connection, profile: Profile) -> LedgerMarker:
    """Read the counts and newest rows that tell whether the ledger changed."""
    row = conn.fetch_one(
        "SELECT "
        "(SELECT count(*) FROM choices WHERE profile_id = :p) AS choices, "
        "(SELECT max(id) FROM choices WHERE profile_id = :p) AS last_choice, "
        "(SELECT count(*) FROM look_backs WHERE profile_id = :p) AS look_backs, "
        "(SELECT max(id) FROM look_backs WHERE profile_id = :p) AS last_look_back",
        {"p": profile.id},
    )
    assert row is not None
    last_choice, last_look_back = row["last_choice"], row["last_look_back"]
    return LedgerMarker(
        choices=int(row["choices"]),
        last_choice_id=None if last_choice is None else int(last_choice),
        last_made_at=_row_time(conn, "choices", "made_at", last_choice, profile),
        look_backs=int(row["look_backs"]),
        last_look_back_id=None if last_look_back is None else int(last_look_back),
        last_looked_back_at=_row_time(conn, "look_backs", "created_at", last_look_back, profile),
    )


def row_time(conn: Connection, profile: Profile, table: str, row_id: int | None) -> datetime | None:
    """Return when a choice was made or a look-back saved (None when it no longer exists)."""
    column = {"choices": "made_at", "look_backs": "created_at"}[table]
    return _row_time(conn, table, column, row_id, profile)


def count_look_backs_after(conn: Connection, profile: Profile, look_back_id: int) -> int:
    return int(
        conn.scalar(
            "SELECT count(*) FROM look_backs WHERE profile_id = :p AND id > :l",
            {"p": profile.id, "l": look_back_id},
        )
    )


def _row_time(
    conn: Connection, table: str, column: str, row_id: object, profile: Profile
) -> datetime | None:
    if row_id is None:
        return None
    value = conn.scalar(
        f"SELECT {column} FROM {table} WHERE id = :id AND profile_id = :p",
        {"id": row_id, "p": profile.id},
    )
    return maybe_time(value)
