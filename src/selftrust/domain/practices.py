"""Practice sessions: how a practice ended, optional distress before and after, and the gentle
"days practised in the last four weeks" count (never a streak, never a count of days missed).
Pure module: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Final

from selftrust.domain.text import InputInvalid

WINDOW_DAYS: Final = 28


class PracticeInvalid(InputInvalid):
    """A practice session that cannot be saved as given."""


class Outcome(StrEnum):
    FINISHED = "finished"
    ENOUGH_FOR_TODAY = "enough_for_today"  # a respected end, not a lesser one
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class PracticeSession:
    id: int
    practice: str
    minutes: int | None
    outcome: Outcome
    distress_before: int | None
    distress_after: int | None
    created_at: datetime


def check_outcome(value: object) -> Outcome:
    """Return a known way a practice ended, or raise."""
    try:
        return Outcome(str(value).strip().lower().replace(" ", "_"))
    except ValueError:
        raise PracticeInvalid(
            "A practice can end as finished, enough_for_today or stopped."
        ) from None


def check_minutes(value: object) -> int | None:
    """Return the length chosen in minutes (optional, 1-60), or raise."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 60:
        raise PracticeInvalid("The length is a whole number of minutes from 1 to 60.")
    return value


def days_practised(moments: Iterable[datetime], *, today: date, window: int = WINDOW_DAYS) -> int:
    """Count the distinct days with any practice in the `window` days up to and including today."""
    first = today - timedelta(days=window - 1)
    return len({m.date() for m in moments if first <= m.date() <= today})


def practice_days(
    moments: Iterable[datetime], *, today: date, window: int = WINDOW_DAYS
) -> list[bool]:
    """Return, oldest first, whether each of the last `window` days had any practice."""
    days = {m.date() for m in moments}
    first = today - timedelta(days=window - 1)
    return [first + timedelta(days=i) in days for i in range(window)]
