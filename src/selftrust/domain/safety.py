"""The person's own safety plan, contacts and grounding sessions: rules for what is stored."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from selftrust.domain.text import TextInvalid, check_optional_text, check_text

# The six steps of the Stanley–Brown structure, plus optional reasons for living.
PLAN_SECTIONS = (
    "warning_signs",
    "on_my_own",
    "people_places",
    "ask_for_help",
    "professionals",
    "safer_surroundings",
    "reasons",
)
PLAN_ITEM_MAX_CHARS = 1_000
PLAN_ITEMS_PER_SECTION = 30
CONTACT_NAME_MAX_CHARS = 200
CONTACT_NOTE_MAX_CHARS = 1_000
DISTRESS_MIN, DISTRESS_MAX = 0, 10
_PHONE = re.compile(r"[0-9+()\-. ]{2,40}")


@dataclass(frozen=True, slots=True)
class PlanItem:
    id: int
    section: str
    position: int
    text: str


@dataclass(frozen=True, slots=True)
class PersonalContact:
    id: int
    name: str
    phone: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class GroundingSession:
    id: int
    practice: str
    distress_before: int | None
    distress_after: int | None
    created_at: datetime


def check_section(section: object) -> str:
    """Return a known safety-plan section id, or raise TextInvalid."""
    if not isinstance(section, str) or section not in PLAN_SECTIONS:
        raise TextInvalid(f"The safety plan has no part called {str(section)[:40]!r}.")
    return section


def check_plan_item(text: object) -> str:
    """Return a safety-plan line as written, or raise TextInvalid."""
    return check_text(text, label="This line", max_chars=PLAN_ITEM_MAX_CHARS)


def check_contact(name: object, phone: object, note: object) -> tuple[str, str | None, str | None]:
    """Return a contact's fields as written, or raise TextInvalid with a clear sentence."""
    checked_name = check_text(name, label="The name", max_chars=CONTACT_NAME_MAX_CHARS)
    checked_phone = check_optional_text(phone, label="The number", max_chars=40)
    if checked_phone is not None and not _PHONE.fullmatch(checked_phone.strip()):
        raise TextInvalid("The number can use digits, spaces, +, -, dots and brackets.")
    checked_note = check_optional_text(note, label="The note", max_chars=CONTACT_NOTE_MAX_CHARS)
    return checked_name, checked_phone, checked_note


def check_distress(value: object, *, label: str) -> int | None:
    """Return a distress rating 0–10 (or None when skipped), or raise TextInvalid."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TextInvalid(f"{label} is a whole number from 0 to 10.")
    if not DISTRESS_MIN <= value <= DISTRESS_MAX:
        raise TextInvalid(f"{label} is a whole number from 0 to 10.")
    return value
