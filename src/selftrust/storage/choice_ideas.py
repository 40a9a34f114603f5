"""A person's own changes to the choice ideas, every query scoped to a profile.

A row with `builtin_id` changes one idea that comes with the app (its words, or hides it); a row
without one is an idea the person wrote. The built-in ideas themselves live in content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from selftrust.domain.ledger import Area, parse_area
from selftrust.domain.profile import Profile
from selftrust.storage.database import Connection, Row, as_datetime
from selftrust.storage.errors import NotFound

_COLUMNS = "id, builtin_id, text, area, hidden, created_at"


@dataclass(frozen=True, slots=True)
class IdeaRow:
    id: int
    builtin_id: str | None
    text: str | None  # None for a built-in idea keeps its original words
    area: Area | None
    hidden: bool
    created_at: datetime


def _row(row: Row) -> IdeaRow:
    return IdeaRow(
        id=int(row["id"]),
        builtin_id=row["builtin_id"],
        text=row["text"],
        area=parse_area(row["area"]),
        hidden=bool(row["hidden"]),  # SQLite answers 0/1, PostgreSQL a boolean
        created_at=as_datetime(row["created_at"]),
    )


def rows(conn: Connection, profile: Profile) -> list[IdeaRow]:
    found = conn.fetch_all(
        f"SELECT {_COLUMNS} FROM choice_ideas WHERE profile_id = :p ORDER BY id",
        {"p": profile.id},
    )
    return [_row(r) for r in found]


def find_builtin(conn: Connection, profile: Profile, builtin_id: str) -> IdeaRow | None:
    row = conn.fetch_one(
        f"SELECT {_COLUMNS} FROM choice_ideas WHERE profile_id = :p AND builtin_id = :b",
        {"p": profile.id, "b": builtin_id},
    )
    return None if row is None else _row(row)


def put_builtin(
    conn: Connection,
    profile: Profile,
    builtin_id: str,
    *,
    text: str | None,
    hidden: bool,
    now: datetime,
) -> IdeaRow:
    """Create or replace the person's change to one built-in idea."""
    row = conn.fetch_one(
        "INSERT INTO choice_ideas (profile_id, builtin_id, text, area, hidden, created_at) "
        "VALUES (:p, :b, :text, NULL, :hidden, :now) "
        "ON CONFLICT (profile_id, builtin_id) DO UPDATE "
        f"SET text = excluded.text, hidden = excluded.hidden RETURNING {_COLUMNS}",
        {"p": profile.id, "b": builtin_id, "text": text, "hidden": hidden, "now": now},
    )
    assert row is not None
    return _row(row)


def remove_builtin(conn: Connection, profile: Profile, builtin_id: str) -> None:
    """Forget the person's change to a built-in idea (it shows as it came, again)."""
    conn.execute(
        "DELETE FROM choice_ideas WHERE profile_id = :p AND builtin_id = :b",
        {"p": profile.id, "b": builtin_id},
    )


def find_own(conn: Connection, profile: Profile, idea_id: int) -> IdeaRow | None:
    row = conn.fetch_one(
        f"SELECT {_COLUMNS} FROM choice_ideas "
        "WHERE id = :id AND profile_id = :p AND builtin_id IS NULL",
        {"id": idea_id, "p": profile.id},
    )
    return None if row is None else _row(row)


def add_own(
    conn: Connection, profile: Profile, text: str, area: Area | None, *, now: datetime
) -> IdeaRow:
    row = conn.fetch_one(
        "INSERT INTO choice_ideas (profile_id, builtin_id, text, area, hidden, created_at) "
        f"VALUES (:p, NULL, :text, :area, :hidden, :now) RETURNING {_COLUMNS}",
        {"p": profile.id, "text": text, "area": area, "hidden": False, "now": now},
    )
    assert row is not None
    return _row(row)


def update_own(
    conn: Connection, profile: Profile, idea_id: int, *, text: str, hidden: bool
) -> IdeaRow:
    row = conn.fetch_one(
        "UPDATE choice_ideas SET text = :text, hidden = :hidden "
        f"WHERE id = :id AND profile_id = :p AND builtin_id IS NULL RETURNING {_COLUMNS}",
        {"text": text, "hidden": hidden, "id": idea_id, "p": profile.id},
    )
    if row is None:
        raise NotFound("There is no idea with that name.")
    return _row(row)


def delete_own(conn: Connection, profile: Profile, idea_id: int) -> None:
    row = conn.fetch_one(
        "DELETE FROM choice_ideas WHERE id = :id AND profile_id = :p AND builtin_id IS NULL "
        "RETURNING id",
        {"id": idea_id, "p": profile.id},
    )
    if row is None:
        raise NotFound("There is no idea with that name.")


def export_rows(conn: Connection, profile: Profile) -> list[dict[str, Any]]:
    return [
        {
            "id": idea.id,
            "builtin_id": idea.builtin_id,
            "text": idea.text,
            "area": None if idea.area is None else idea.area.value,
            "hidden": idea.hidden,
            "created_at": idea.created_at.isoformat(),
        }
        for idea in rows(conn, profile)
    ]


def delete_all(conn: Connection, profile: Profile) -> int:
    result = conn.execute("DELETE FROM choice_ideas WHERE profile_id = :p", {"p": profile.id})
    return int(result.rowcount or 0)
