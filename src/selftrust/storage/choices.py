"""The choice ledger's records: choices and their look-backs, every query scoped to a profile.

Choices and look-backs are only ever added (or all deleted together). The look-back that counts
for a choice is its latest one, taken as the highest id: the one the person saved last, even if
the clock moved backwards in between. `ix_look_backs_choice (choice_id, id)` makes that a single
index step per choice on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from selftrust.domain.ledger import (
    Area,
    ChoiceFacts,
    FeltRight,
    GutDecision,
    Reassurance,
    parse_area,
)
from selftrust.domain.profile import Profile
from selftrust.storage.database import Connection, Row, as_datetime
from selftrust.storage.errors import NotFound


@dataclass(frozen=True, slots=True)
class LookBack:
    id: int
    choice_id: int
    felt_right: FeltRight
    note: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    text: str
    gut_text: str | None
    gut: GutDecision
    confidence: int
    reassurance: Reassurance
    area: Area | None
    made_at: datetime
    latest: LookBack | None  # the look-back that counts
    look_back_count: int
    body_signal_id: int | None = None  # "what my gut said": one of this person's body signals

    def facts(self) -> ChoiceFacts:
        """Return this choice as the ledger maths sees it."""
        return ChoiceFacts(
            id=self.id,
            made_at=self.made_at,
            gut=self.gut,
            confidence=self.confidence,
            reassurance=self.reassurance,
            area=self.area,
            latest_look_back=None if self.latest is None else self.latest.felt_right,
            looked_back_at=None if self.latest is None else self.latest.created_at,
        )


_LOOK_BACK = (
    "l.id AS lb_id, l.felt_right AS lb_felt_right, l.note AS lb_note, l.created_at AS lb_at"
)
# The body-signal link is read through the signal itself, so a link to a signal that is gone
# (or was never this person's) reads as no link at all, whatever raced with its deletion.
_SIGNAL_LINK = (
    "(SELECT s.id FROM body_signals s WHERE s.id = c.body_signal_id "
    "AND s.profile_id = c.profile_id) AS signal_id"
)
_CHOICE = (
    "c.id, c.text, c.gut_text, c.gut, c.confidence, c.reassurance, c.area, c.made_at, "
    f"{_LOOK_BACK}, (SELECT count(*) FROM look_backs n WHERE n.choice_id = c.id) AS lb_count, "
    f"{_SIGNAL_LINK}"
)
LATEST_LOOK_BACK = (
    "LEFT JOIN look_backs l ON l.id = (SELECT MAX(m.id) FROM look_backs m WHERE m.choice_id = c.id)"
)


def maybe_time(value: object) -> datetime | None:
    """Read back an optional timestamp stored by either database."""
    return None if value is None else as_datetime(value)


def _look_back(row: Row) -> LookBack:
    return LookBack(
        id=int(row["id"]),
        choice_id=int(row["choice_id"]),
        felt_right=FeltRight(row["felt_right"]),
        note=row["note"],
        created_at=as_datetime(row["created_at"]),
    )


def _joined_look_back(row: Row) -> LookBack | None:
    if row["lb_id"] is None:
        return None
    return LookBack(
        id=int(row["lb_id"]),
        choice_id=int(row["id"]),
        felt_right=FeltRight(row["lb_felt_right"]),
        note=row["lb_note"],
        created_at=as_datetime(row["lb_at"]),
    )


def _choice(row: Row) -> Choice:
    return Choice(
        id=int(row["id"]),
        text=str(row["text"]),
        gut_text=row["gut_text"],
        gut=GutDecision(row["gut"]),
        confidence=int(row["confidence"]),
        reassurance=Reassurance(row["reassurance"]),
        area=parse_area(row["area"]),
        made_at=as_datetime(row["made_at"]),
        latest=_joined_look_back(row),
        look_back_count=int(row["lb_count"]),
        body_signal_id=None if row["signal_id"] is None else int(row["signal_id"]),
    )


def add(
    conn: Connection,
    profile: Profile,
    *,
    text: str,
    gut_text: str | None,
    gut: GutDecision,
    confidence: int,
    reassurance: Reassurance,
    area: Area | None,
    now: datetime,
    body_signal_id: int | None = None,
) -> Choice:
    """Insert a choice; the caller has checked that `body_signal_id` is this profile's."""
    row = conn.fetch_one(
        "INSERT INTO choices (profile_id, text, gut_text, gut, confidence, reassurance, area, "
        "body_signal_id, made_at, updated_at) VALUES (:p, :text, :gut_text, :gut, :confidence, "
        ":reassurance, :area, :signal, :now, :now) RETURNING id",
        {
            "p": profile.id,
            "text": text,
            "gut_text": gut_text,
            "gut": gut,
            "confidence": confidence,
            "reassurance": reassurance,
            "area": area,
            "signal": body_signal_id,
            "now": now,
        },
    )
    assert row is not None
    return get(conn, profile, int(row["id"]))


def find(conn: Connection, profile: Profile, choice_id: int) -> Choice | None:
    row = conn.fetch_one(
        f"SELECT {_CHOICE} FROM choices c {LATEST_LOOK_BACK} "
        "WHERE c.id = :id AND c.profile_id = :p",
        {"id": choice_id, "p": profile.id},
    )
    return None if row is None else _choice(row)


def get(conn: Connection, profile: Profile, choice_id: int) -> Choice:
    choice = find(conn, profile, choice_id)
    if choice is None:
        raise NotFound(f"There is no choice number {choice_id}.")
    return choice


def recent(
    conn: Connection, profile: Profile, *, limit: int, before_id: int | None = None
) -> list[Choice]:
    """Newest first; `before_id` pages back through older choices."""
    older = "" if before_id is None else "AND c.id < :before "
    rows = conn.fetch_all(
        f"SELECT {_CHOICE} FROM choices c {LATEST_LOOK_BACK} WHERE c.profile_id = :p {older}"
        "ORDER BY c.id DESC LIMIT :limit",
        {"p": profile.id, "before": before_id, "limit": limit},
    )
    return [_choice(r) for r in rows]


def by_ids(conn: Connection, profile: Profile, ids: Sequence[int]) -> dict[int, Choice]:
    """Return this profile's choices among these ids (others are left out)."""
    found: dict[int, Choice] = {}
    # In slices, so the number of parameters stays far below every driver's limit.
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        names = {f"i{n}": choice_id for n, choice_id in enumerate(part)}
        marks = ", ".join(f":{name}" for name in names)
        rows = conn.fetch_all(
            f"SELECT {_CHOICE} FROM choices c {LATEST_LOOK_BACK} "
            f"WHERE c.profile_id = :p AND c.id IN ({marks})",
            {"p": profile.id, **names},
        )
        found.update((int(r["id"]), _choice(r)) for r in rows)
    return found


def add_look_back(
    conn: Connection,
    profile: Profile,
    choice_id: int,
    *,
    felt_right: FeltRight,
    note: str | None,
    now: datetime,
) -> LookBack:
    """Add a look-back to one of this profile's choices; NotFound for anyone else's."""
    # The owner and id come from the choice row itself, so a look-back can never be attached
    # to another person's choice, even by a racing request.
    row = conn.fetch_one(
        "INSERT INTO look_backs (choice_id, profile_id, felt_right, note, created_at) "
        "SELECT c.id, c.profile_id, :felt_right, :note, :now FROM choices c "
        "WHERE c.id = :id AND c.profile_id = :p "
        "RETURNING id, choice_id, felt_right, note, created_at",
        {"felt_right": felt_right, "note": note, "now": now, "id": choice_id, "p": profile.id},
    )
    if row is None:
        raise NotFound(f"There is no choice number {choice_id}.")
    return _look_back(row)


def look_backs_of(conn: Connection, profile: Profile, choice_id: int) -> list[LookBack]:
    """Every look-back on one choice, the one that counts first."""
    rows = conn.fetch_all(
        "SELECT id, choice_id, felt_right, note, created_at FROM look_backs "
        "WHERE choice_id = :id AND profile_id = :p ORDER BY id DESC",
        {"id": choice_id, "p": profile.id},
    )
    return [_look_back(r) for r in rows]


def export_rows(conn: Connection, profile: Profile) -> list[dict[str, Any]]:
    """Every choice with every look-back, oldest first, exactly as written."""
    rows = conn.fetch_all(
        "SELECT c.id, c.text, c.gut_text, c.gut, c.confidence, c.reassurance, c.area, "
        f"c.made_at, {_SIGNAL_LINK} FROM choices c WHERE c.profile_id = :p ORDER BY c.id",
        {"p": profile.id},
    )
    look_backs: dict[int, list[dict[str, Any]]] = {}
    for lb in conn.fetch_all(
        "SELECT id, choice_id, felt_right, note, created_at FROM look_backs "
        "WHERE profile_id = :p ORDER BY id",
        {"p": profile.id},
    ):
        look_backs.setdefault(int(lb["choice_id"]), []).append(
            {
                "id": int(lb["id"]),
                "felt_right": str(lb["felt_right"]),
                "note": lb["note"],
                "created_at": as_datetime(lb["created_at"]).isoformat(),
            }
        )
    return [
        {
            "id": int(r["id"]),
            "text": str(r["text"]),
            "gut_text": r["gut_text"],
            "gut": str(r["gut"]),
            "confidence": int(r["confidence"]),
            "reassurance": str(r["reassurance"]),
            "area": r["area"],
            "body_signal_id": None if r["signal_id"] is None else int(r["signal_id"]),
            "made_at": as_datetime(r["made_at"]).isoformat(),
            "look_backs": look_backs.get(int(r["id"]), []),
        }
        for r in rows
    ]


def delete_all(conn: Connection, profile: Profile) -> int:
    """Delete every choice and look-back of this profile; return how many records went."""
    look_backs = conn.execute("DELETE FROM look_backs WHERE profile_id = :p", {"p": profile.id})
    choices = conn.execute("DELETE FROM choices WHERE profile_id = :p", {"p": profile.id})
    return int(look_backs.rowcount or 0) + int(choices.rowcount or 0)
