"""How long after a choice the look-back invitation waits: a per-profile setting, or off."""

from __future__ import annotations

from datetime import timedelta

from selftrust.domain.profile import Profile
from selftrust.services.choice_fields import FieldInvalid, parse_whole_number
from selftrust.services.runtime import Runtime
from selftrust.storage import settings
from selftrust.storage.database import Connection

DELAY_KEY = "look_back_hours"
DELAY_OFF = "off"
DEFAULT_DELAY_HOURS = 24
MAX_DELAY_HOURS = 24 * 28


def _stored_hours(conn: Connection, profile: Profile) -> int | None:
    value = settings.get(conn, profile, DELAY_KEY)
    if value == DELAY_OFF:
        return None
    if value is not None and value.isdigit() and 1 <= int(value) <= MAX_DELAY_HOURS:
        return int(value)
    return DEFAULT_DELAY_HOURS  # never set, or unreadable: the gentle default


def stored_delay(conn: Connection, profile: Profile) -> timedelta | None:
    """Return the delay inside an open transaction, or None when invitations are off."""
    hours = _stored_hours(conn, profile)
    return None if hours is None else timedelta(hours=hours)


def look_back_hours(rt: Runtime, profile: Profile) -> int | None:
    """Return the hours before a look-back is offered, or None when invitations are off."""
    with rt.db.transaction() as conn:
        return _stored_hours(conn, profile)


def parse_look_back_hours(value: object) -> int | None:
    """Read a delay: whole hours from 1 to 672, or None / "off" to turn invitations off."""
    if value is None or (isinstance(value, str) and value.strip().lower() == DELAY_OFF):
        return None
    hours = parse_whole_number(value)
    if isinstance(hours, bool) or not isinstance(hours, int) or not 1 <= hours <= MAX_DELAY_HOURS:
        raise FieldInvalid(
            "hours",
            f"The time before a look-back is a whole number of hours from 1 to "
            f"{MAX_DELAY_HOURS}, or off.",
        )
    return hours


def set_look_back_hours(rt: Runtime, profile: Profile, value: object) -> int | None:
    """Set the hours before a look-back is offered (None or "off" turns invitations off)."""
    hours = parse_look_back_hours(value)
    with rt.db.transaction() as conn:
        settings.put(conn, profile, DELAY_KEY, DELAY_OFF if hours is None else str(hours))
    return hours
