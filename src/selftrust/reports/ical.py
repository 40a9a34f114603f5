"""Look-back invitations as an iCalendar file (RFC 5545) a person can import into a calendar.

Privacy: calendars usually sync to an online account, so an event says only "Look back on a
choice" and never what the person chose, unless they ask for it (`with_text`). Nothing else
from the ledger goes in: no gut text, no sureness, no look-back answers.

icalendar takes about 0.14 s to import, so it is imported here, when a file is made, and this
module is only imported by the code that makes one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from selftrust.content import choices_copy as copy

EVENT_LENGTH = timedelta(minutes=15)
PRODUCT_ID = "-//selftrust//look-backs//EN"
# ".invalid" is reserved (RFC 2606): the ids name nothing on the network and reveal nothing.
CALENDAR_UID = "look-backs@selftrust.invalid"


@dataclass(frozen=True, slots=True)
class LookBackEvent:
    """One invitation: when, for which choice, and the choice's words only if asked for."""

    choice_id: int
    starts_at: datetime
    sequence: int  # grows each time the invitation moves, so calendar apps take the update
    choice_text: str | None = None


def event_uid(choice_id: int) -> str:
    """Return the UID that stays the same for a choice's invitation across exports."""
    return f"look-back-{choice_id}@selftrust.invalid"


def look_back_calendar(events: Iterable[LookBackEvent], *, stamp: datetime) -> bytes:
    """Return the events as one VCALENDAR document (CRLF line endings, UTF-8)."""
    from icalendar import Calendar, Event
    from icalendar.enums import TRANSP

    calendar = Calendar.new(
        prodid=PRODUCT_ID, name=copy.CALENDAR_NAME, method="PUBLISH", uid=CALENDAR_UID
    )
    stamp = stamp.astimezone(UTC).replace(microsecond=0)
    for item in events:
        starts = item.starts_at.astimezone(UTC).replace(microsecond=0)
        description = copy.CALENDAR_DESCRIPTION
        if item.choice_text is not None:
            choice_line = copy.CALENDAR_CHOICE_LINE.format(text=item.choice_text)
            description = f"{choice_line}\n\n{description}"
        calendar.add_component(
            Event.new(
                uid=event_uid(item.choice_id),
                summary=copy.CALENDAR_SUMMARY,
                description=description,
                start=starts,
                end=starts + EVENT_LENGTH,
                stamp=stamp,
                sequence=item.sequence,
                # Shown as free time: an invitation, never something that blocks the day.
                transparency=TRANSP.TRANSPARENT,
            )
        )
    document: bytes = calendar.to_ical()
    return document
