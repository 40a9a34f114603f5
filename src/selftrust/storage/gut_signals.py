"""The link from a choice to a body signal ("what my gut said"), every query scoped to a profile.

`choices.body_signal_id` carries no foreign key (the column came before body signals existed),
so these functions keep it honest: a link is only ever set to this person's own signal, and
deleting a signal unlinks it from every choice in the same transaction. Readers go through the
signal too (see storage/choices.py), so a link can never show another person's record.
"""

from __future__ import annotations

from datetime import datetime

from selftrust.domain.profile import Profile
from selftrust.storage.database import Connection
from selftrust.storage.errors import NotFound


def set_link(
    conn: Connection, profile: Profile, choice_id: int, signal_id: int | None, *, now: datetime
) -> None:
    """Point one of this profile's choices at a signal (None removes the link)."""
    row = conn.fetch_one(
        "UPDATE choices SET body_signal_id = :signal, updated_at = :now "
        "WHERE id = :id AND profile_id = :p RETURNING id",
        {"signal": signal_id, "now": now, "id": choice_id, "p": profile.id},
    )
    if row is None:
        raise NotFound(f"There is no choice number {choice_id}.")


def linked_choices(conn: Connection, profile: Profile, signal_id: int) -> int:
    """Count this profile's choices that point at a signal."""
    return int(
        conn.scalar(
            "SELECT count(*) FROM choices WHERE profile_id = :p AND body_signal_id = :signal",
            {"p": profile.id, "signal": signal_id},
        )
        or 0
    )


def unlink_signal(conn: Connection, profile: Profile, signal_id: int, *, now: datetime) -> int:
    """Remove a signal from every choice that points at it; return how many changed."""
    result = conn.execute(
        "UPDATE choices SET body_signal_id = NULL, updated_at = :now "
        "WHERE profile_id = :p AND body_signal_id = :signal",
        {"p": profile.id, "signal": signal_id, "now": now},
    )
    return int(result.rowcount or 0)
