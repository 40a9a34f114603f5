from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from selftrust.domain.ledger import Area, FeltRight, GutDecision, Reassurance
from selftrust.domain.profile import MAX_RECORD_ID, Profile
from selftrust.services import choices, data
from selftrust.services.choices import FieldInvalid
from selftrust.services.errors import NotFound
from selftrust.services.runtime import Runtime
from selftrust.storage import settings
from tests.conftest import START, FixedClock

CRISIS = "I want to end my life"


def _add(rt: Runtime, profile: Profile, text: str = "Rested when tired", **extra: Any) -> int:
    fields: dict[str, Any] = {"gut": "followed", "confidence": 60} | extra
    return choices.add_choice(rt, profile, text, **fields).record.id


def test_it_keeps_a_choice_exactly_as_written(rt: Runtime, dana: Profile) -> None:
    saved = choices.add_choice(
        rt,
        dana,
        "  Said no 🌿 without explaining\n",
        gut_text="Tight chest, then calm",
        gut="overrode",
        confidence=0,
        reassurance="lots",
        area="boundaries",
    )
    choice = choices.get_choice(rt, dana, saved.record.id)
    assert choice.text == "  Said no 🌿 without explaining\n"
    assert choice.gut_text == "Tight chest, then calm"
    assert choice.gut is GutDecision.OVERRODE
    assert choice.confidence == 0
    assert choice.reassurance is Reassurance.LOTS
    assert choice.area is Area.BOUNDARIES
    assert choice.made_at == START
    assert choice.latest is None
    assert saved.safety.crisis is False


def test_it_saves_a_choice_with_only_what_is_required(rt: Runtime, dana: Profile) -> None:
    choice = choices.get_choice(rt, dana, _add(rt, dana, confidence=100, gut_text="   "))
    assert choice.gut_text is None
    assert choice.reassurance is Reassurance.NONE
    assert choice.area is None


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"text": "   "}, "text"),
        ({"text": "x" * (choices.CHOICE_MAX_CHARS + 1)}, "text"),
        ({"gut_text": "g" * (choices.GUT_MAX_CHARS + 1)}, "gut_text"),
        ({"gut": "maybe"}, "gut"),
        ({"gut": None}, "gut"),
        ({"confidence": 101}, "confidence"),
        ({"confidence": -1}, "confidence"),
        ({"confidence": "50"}, "confidence"),
        ({"confidence": True}, "confidence"),
        ({"confidence": 50.0}, "confidence"),
        ({"reassurance": "a bit"}, "reassurance"),
        ({"area": "work"}, "area"),
    ],
)
def test_bad_input_is_refused_with_the_field_named_and_nothing_is_stored(
    rt: Runtime, dana: Profile, fields: dict[str, Any], field: str
) -> None:
    values: dict[str, Any] = {"text": "ok", "gut": "followed", "confidence": 50} | fields
    text = values.pop("text")
    with pytest.raises(FieldInvalid) as raised:
        choices.add_choice(rt, dana, text, **values)
    assert raised.value.field == field
    assert str(raised.value).endswith(".")
    assert choices.list_choices(rt, dana) == []


@pytest.mark.parametrize("where", ["text", "gut_text"])
def test_crisis_words_in_a_choice_are_saved_and_flagged(
    rt: Runtime, dana: Profile, where: str
) -> None:
    values: dict[str, Any] = {"text": "Stayed in", "gut_text": None} | {where: CRISIS}
    saved = choices.add_choice(rt, dana, values.pop("text"), gut="followed", confidence=5, **values)
    assert saved.safety.crisis is True
    assert saved.safety.show_card is True
    stored = choices.get_choice(rt, dana, saved.record.id)
    assert CRISIS in (stored.text, stored.gut_text)


def test_the_latest_look_back_is_the_one_that_counts(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    choice_id = _add(rt, dana)
    clock.advance(days=1)
    choices.look_back(rt, dana, choice_id, "too_early")
    clock.advance(days=1)
    choices.look_back(rt, dana, choice_id, "partly", "Mostly fine")
    detail = choices.choice_detail(rt, dana, choice_id)
    assert detail.choice.latest is not None
    assert detail.choice.latest.felt_right is FeltRight.PARTLY
    assert detail.choice.latest.note == "Mostly fine"
    assert detail.choice.look_back_count == 2
    assert [lb.felt_right for lb in detail.look_backs] == [FeltRight.PARTLY, FeltRight.TOO_EARLY]
    assert detail.next_look_back_at is None


def test_the_latest_saved_look_back_counts_even_when_the_clock_went_back(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    choice_id = _add(rt, dana)
    clock.advance(days=2)
    choices.look_back(rt, dana, choice_id, "no")
    clock.advance(days=-1)
    choices.look_back(rt, dana, choice_id, "yes")
    latest = choices.get_choice(rt, dana, choice_id).latest
    assert latest is not None
    assert latest.felt_right is FeltRight.YES


def test_crisis_words_in_a_look_back_note_are_saved_and_flagged(rt: Runtime, dana: Profile) -> None:
    choice_id = _add(rt, dana)
    saved = choices.look_back(rt, dana, choice_id, "no", CRISIS)
    assert saved.safety.crisis is True
    assert saved.record.note == CRISIS


def test_a_look_back_needs_a_known_answer_and_stores_nothing_otherwise(
    rt: Runtime, dana: Profile
) -> None:
    choice_id = _add(rt, dana)
    with pytest.raises(FieldInvalid) as raised:
        choices.look_back(rt, dana, choice_id, "maybe")
    assert raised.value.field == "felt_right"
    assert "yes, partly, no, too_early" in str(raised.value)
    assert choices.choice_detail(rt, dana, choice_id).look_backs == ()


@pytest.mark.parametrize("choice_id", [0, -3, 999, MAX_RECORD_ID + 1])
def test_looking_back_on_a_choice_that_does_not_exist_is_not_found(
    rt: Runtime, dana: Profile, choice_id: int
) -> None:
    with pytest.raises(NotFound):
        choices.look_back(rt, dana, choice_id, "yes")


def test_someone_elses_choice_cannot_be_read_or_looked_back_on(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    robins = _add(rt, robin, "Robin's own choice")
    with pytest.raises(NotFound):
        choices.get_choice(rt, dana, robins)
    with pytest.raises(NotFound):
        choices.look_back(rt, dana, robins, "yes")
    assert choices.list_choices(rt, dana) == []
    assert choices.choice_detail(rt, robin, robins).look_backs == ()


def test_choices_are_listed_newest_first_in_pages(rt: Runtime, dana: Profile) -> None:
    ids = [_add(rt, dana, f"choice {i}") for i in range(5)]
    first = choices.list_choices(rt, dana, limit=2)
    assert [c.id for c in first] == ids[:2:-1]
    older = choices.list_choices(rt, dana, limit=2, before_id=first[-1].id)
    assert [c.id for c in older] == [ids[2], ids[1]]


def test_a_look_back_is_offered_the_next_day_by_default(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    choice_id = _add(rt, dana)
    assert choices.due_look_backs(rt, dana).total == 0
    clock.advance(hours=24)
    due = choices.due_look_backs(rt, dana)
    assert [item.choice.id for item in due.items] == [choice_id]
    assert due.items[0].due_at == START + timedelta(days=1)
    choices.look_back(rt, dana, choice_id, "yes")
    assert choices.due_look_backs(rt, dana).total == 0


def test_too_early_asks_again_one_delay_after_the_look_back(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    choice_id = _add(rt, dana)
    clock.advance(hours=30)
    choices.look_back(rt, dana, choice_id, "too_early")
    assert choices.due_look_backs(rt, dana).total == 0
    clock.advance(hours=24)
    assert [i.choice.id for i in choices.due_look_backs(rt, dana).items] == [choice_id]


def test_the_person_sets_the_delay_or_turns_invitations_off(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    _add(rt, dana)
    assert choices.look_back_hours(rt, dana) == choices.DEFAULT_DELAY_HOURS
    assert choices.set_look_back_hours(rt, dana, "4") == 4
    clock.advance(hours=4)
    assert choices.due_look_backs(rt, dana).total == 1
    assert choices.set_look_back_hours(rt, dana, "off") is None
    due = choices.due_look_backs(rt, dana)
    assert due.turned_off is True
    assert due.total == 0
    assert choices.set_look_back_hours(rt, dana, 48) == 48
    assert choices.due_look_backs(rt, dana).total == 0


@pytest.mark.parametrize("value", [0, 673, -1, "abc", "4.5", True, 2.0, ""])
def test_a_delay_out_of_range_is_refused_and_the_old_one_kept(
    rt: Runtime, dana: Profile, value: object
) -> None:
    choices.set_look_back_hours(rt, dana, 12)
    with pytest.raises(FieldInvalid):
        choices.set_look_back_hours(rt, dana, value)
    assert choices.look_back_hours(rt, dana) == 12


def test_an_unreadable_stored_delay_falls_back_to_the_next_day(rt: Runtime, dana: Profile) -> None:
    with rt.db.transaction() as conn:
        settings.put(conn, dana, choices.DELAY_KEY, "soon")
    assert choices.look_back_hours(rt, dana) == 24


def test_the_due_list_shows_the_most_recent_first_up_to_the_limit(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    ids = []
    for i in range(4):
        ids.append(_add(rt, dana, f"c{i}"))
        clock.advance(hours=1)
    clock.advance(days=1)
    due = choices.due_look_backs(rt, dana, limit=2)
    assert due.total == 4
    assert [item.choice.id for item in due.items] == [ids[3], ids[2]]


def test_a_profiles_choices_and_look_backs_are_exported_and_deleted(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    choice_id = _add(rt, dana, "Chose the window seat")
    choices.look_back(rt, dana, choice_id, "yes", "Lovely light")
    _add(rt, robin, "robin's")
    exported = data.export_everything(rt, dana)
    assert exported["choices"][0]["text"] == "Chose the window seat"
    assert exported["choices"][0]["look_backs"][0]["note"] == "Lovely light"
    assert len(exported["choices"]) == 1
    counts = data.delete_everything(rt, dana)
    assert counts["choices"] == 2
    assert choices.list_choices(rt, dana) == []
    assert len(choices.list_choices(rt, robin)) == 1
