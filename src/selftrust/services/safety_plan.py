"""My safety plan: six steps in the person's own words, plus reasons for living."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from selftrust.domain.profile import Profile
from selftrust.domain.safety import (
    PLAN_ITEMS_PER_SECTION,
    PLAN_SECTIONS,
    check_plan_item,
    check_section,
)
from selftrust.domain.text import InputInvalid
from selftrust.services.runtime import Runtime
from selftrust.services.safety import Saved, check_texts
from selftrust.storage import safety_records

Plan = dict[str, list[str]]


def get_plan(rt: Runtime, profile: Profile) -> Plan:
    """Return every section (empty ones too) with its lines in order."""
    plan: Plan = {section: [] for section in PLAN_SECTIONS}
    with rt.db.transaction() as conn:
        for item in safety_records.plan_items(conn, profile):
            plan[item.section].append(item.text)
    return plan


def lines_from_text(text: str) -> list[str]:
    """One line per item; blank lines are dropped, each kept line is kept as written."""
    return [line for line in text.splitlines() if line.strip()]


def save_plan(rt: Runtime, profile: Profile, sections: Mapping[str, Sequence[str]]) -> Saved[Plan]:
    """Replace the given sections (others stay as they are), all or nothing."""
    checked: dict[str, list[str]] = {}
    for section, lines in sections.items():
        name = check_section(section)
        if len(lines) > PLAN_ITEMS_PER_SECTION:
            raise InputInvalid(f"Each part holds up to {PLAN_ITEMS_PER_SECTION} lines.")
        checked[name] = [check_plan_item(line) for line in lines]
    with rt.db.transaction() as conn:
        for section, lines in checked.items():
            safety_records.replace_section(conn, profile, section, lines, now=rt.now())
        check = check_texts(conn, profile, [line for ls in checked.values() for line in ls])
    return Saved(get_plan(rt, profile), check)
