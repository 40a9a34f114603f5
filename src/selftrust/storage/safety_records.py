"""The person's safety plan lines, own contacts and grounding sessions (profile-scoped)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from selftrust.domain.profile import Profile
from selftrust.domain.safety import GroundingSession, PersonalContact, PlanItem
from selftrust.storage.database import Connection, Row, as_datetime
from selftrust.storage.errors import NotFound


def _item(row: Row) -> PlanItem:
    return PlanItem(
        id=int(row["id"]),
        section=str(row["section"]),
        position=int(row["position"]),
        text=str(row["text"]),
    )


def _contact(row: Row) -> PersonalContact:
    return PersonalContact(
        id=int(row["id"]), name=str(row["name"]), phone=row["phone"], note=row["note"]
    )


def plan_items(conn: Connection, profile: Profile) -> list[PlanItem]:
    rows = conn.fetch_all(
        "SELECT id, section, position, text FROM safety_plan_items WHERE profile_id = :p "
        "ORDER BY section, position, id",
        {"p": profile.id},
    )
    return [_item(r) for r in rows]


def replace_section(
    conn: Connection, profile: Profile, section: str, lines: list[str], *, now: datetime
) -> None:
    """Replace one section's lines with these, in this order."""
    conn.execute(
        "DELETE FROM safety_plan_items WHERE profile_id = :p AND section = :s",
        {"p": profile.id, "s": section},
    )
    conn.execute_many(
        "INSERT INTO safety_plan_items (profile_id, section, position, text, created_at, "
        "updated_at) VALUES (:p, :s, :pos, :text, :now, :now)",
        [
            {"p": profile.id, "s": section, "pos": i, "text": line, "now": now}
            for i, line in enumerate(lines)
        ],
    )


def contacts(conn: Connection, profile: Profile) -> list[PersonalContact]:
    rows = conn.fetch_all(
        "SELECT id, name, phone, note FROM personal_contacts WHERE profile_id = :p ORDER BY id",
        {"p": profile.id},
    )
    return [_contact(r) for r in rows]


def add_contact(
    conn: Connection,
    profile: Profile,
    name: str,
    phone: str | None,
    note: str | None,
    *,
    now: datetime,
) -> PersonalContact:
    row = conn.fetch_one(
        "INSERT INTO personal_contacts (profile_id, name, phone, note, created_at) "
        "VALUES (:p, :name, :phone, :note, :now) RETURNING id, name, phone, note",
        {"p": profile.id, "name": name, "phone": phone, "note": note, "now": now},
    )
    assert row is not None
    return _contact(row)


def delete_contact(conn: Connection, profile: Profile, contact_id: int) -> None:
    row = conn.fetch_one(
        "DELETE FROM personal_contacts WHERE id = :id AND profile_id = :p RETURNING id",
        {"id": contact_id, "p": profile.id},
    )
    if row is None:
        raise NotFound(f"There is no contact number {contact_id}.")


def add_grounding(
    conn: Connection,
    profile: Profile,
    practice: str,
    before: int | None,
    after: int | None,
    *,
    now: datetime,
) -> GroundingSession:
    row = conn.fetch_one(
        "INSERT INTO grounding_sessions (profile_id, practice, distress_before, distress_after, "
        "created_at) VALUES (:p, :practice, :before, :after, :now) "
        "RETURNING id, practice, distress_before, distress_after, created_at",
        {"p": profile.id, "practice": practice, "before": before, "after": after, "now": now},
    )
    assert row is not None
    return _session(row)


def _session(row: Row) -> GroundingSession:
    return GroundingSession(
        id=int(row["id"]),
        practice=str(row["practice"]),
        distress_before=row["distress_before"],
        distress_after=row["distress_after"],
        created_at=as_datetime(row["created_at"]),
    )


def grounding_sessions(conn: Connection, profile: Profile) -> list[GroundingSession]:
    rows = conn.fetch_all(
        "SELECT id, practice, distress_before, distress_after, created_at "
        "FROM grounding_sessions WHERE profile_id = :p ORDER BY id",
        {"p": profile.id},
    )
    return [_session(r) for r in rows]


def export_rows(conn: Connection, profile: Profile) -> dict[str, Any]:
    return {
        "safety_plan": [
            {"section": i.section, "position": i.position, "text": i.text}
            for i in plan_items(conn, profile)
        ],
        "contacts": [
            {"name": c.name, "phone": c.phone, "note": c.note} for c in contacts(conn, profile)
        ],
        "grounding_sessions": [
            {
                "practice": s.practice,
                "distress_before": s.distress_before,
                "distress_after": s.distress_after,
                "created_at": s.created_at.isoformat(),
            }
            for s in grounding_sessions(conn, profile)
        ],
    }


def delete_all(conn: Connection, profile: Profile) -> int:
    total = 0
    for table in ("safety_plan_items", "personal_contacts", "grounding_sessions"):
        result = conn.execute(f"DELETE FROM {table} WHERE profile_id = :p", {"p": profile.id})
        total += int(result.rowcount or 0)
    return total
