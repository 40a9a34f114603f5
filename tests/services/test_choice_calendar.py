"""The look-back calendar file, parsed back with icalendar as a calendar app would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from icalendar import Calendar

from selftrust.domain.profile import Profile
from selftrust.reports.ical import event_uid
from selftrust.services import choices
from selftrust.services.runtime import Runtime
from tests.conftest import START, FixedClock

PRIVATE = "Told my sister no 🌿"


def _events(document: bytes) -> list[Any]:
    calendar = Calendar.from_ical(document)
    assert calendar["VERSION"] == "2.0"
    return list(calendar.walk("VEVENT"))


def _add(rt: Runtime, profile: Profile, text: str = PRIVATE) -> int:
    return choices.add_choice(rt, profile, text, gut="followed", confidence=50).record.id


def test_it_lists_upcoming_look_backs_without_the_choice_by_default(
    rt: Runtime, dana: Profile
) -> None:
    choice_id = _add(rt, dana)
    document = choices.look_back_calendar(rt, dana)
    [event] = _events(document)
    assert str(event["UID"]) == event_uid(choice_id)
    assert str(event["SUMMARY"]) == "Look back on a choice"
    assert event.decoded("DTSTART") == START + timedelta(days=1)
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=15)
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert PRIVATE.encode() not in document
    assert "sister" not in document.decode()


def test_the_choice_goes_in_only_when_the_person_asks(rt: Runtime, dana: Profile) -> None:
    _add(rt, dana)
    [event] = _events(choices.look_back_calendar(rt, dana, with_text=True))
    assert PRIVATE in str(event["DESCRIPTION"])


def test_the_uid_stays_the_same_and_the_sequence_grows_when_the_time_moves(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    choice_id = _add(rt, dana)
    [before] = _events(choices.look_back_calendar(rt, dana))
    clock.advance(hours=30)
    choices.look_back(rt, dana, choice_id, "too_early")
    [after] = _events(choices.look_back_calendar(rt, dana))
    assert after["UID"] == before["UID"]
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("DTSTART") == START + timedelta(hours=30 + 24)


def test_a_waiting_look_back_is_placed_at_the_next_full_hour(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    _add(rt, dana)
    clock.advance(days=3)  # 09:30 three days later
    [event] = _events(choices.look_back_calendar(rt, dana))
    assert event.decoded("DTSTART") == datetime(2026, 3, 17, 10, 0, tzinfo=UTC)


def test_answered_choices_others_choices_and_turned_off_invitations_are_left_out(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    answered = _add(rt, dana, "answered")
    choices.look_back(rt, dana, answered, "yes")
    _add(rt, robin, "robin's")
    assert _events(choices.look_back_calendar(rt, dana)) == []
    _add(rt, dana, "waiting")
    choices.set_look_back_hours(rt, dana, "off")
    assert _events(choices.look_back_calendar(rt, dana)) == []
