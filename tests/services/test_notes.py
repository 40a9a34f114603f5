from __future__ import annotations

import pytest

from selftrust.domain.profile import Profile
from selftrust.domain.text import NOTE_MAX_CHARS
from selftrust.services import data, notes
from selftrust.services.errors import NotFound, TextInvalid
from selftrust.services.runtime import Runtime
from tests.conftest import START, FixedClock

ODD_TEXTS = [
    "plain",
    "emoji 🌱🫶🏽 and ZWJ 👩‍👩‍👧",
    "RTL: אני בסדר · Arabic: أنا بخير",
    "combining: e\u0301 vs é, and a zero-width\u200bspace",
    "  leading and trailing spaces  \n\n",
    "x" * NOTE_MAX_CHARS,
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_it_keeps_a_note_exactly_as_written(rt: Runtime, dana: Profile, text: str) -> None:
    saved = notes.add_note(rt, dana, text).record
    assert notes.get_note(rt, dana, saved.id).text == text
    assert saved.created_at == START


def test_an_empty_note_is_refused_and_nothing_is_stored(rt: Runtime, dana: Profile) -> None:
    with pytest.raises(TextInvalid):
        notes.add_note(rt, dana, "   ")
    with pytest.raises(TextInvalid):
        notes.add_note(rt, dana, "y" * (NOTE_MAX_CHARS + 1))
    assert notes.list_notes(rt, dana) == []


def test_notes_are_listed_newest_first_in_pages(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    for i in range(5):
        clock.advance(minutes=1)
        notes.add_note(rt, dana, f"note {i}")
    first = notes.list_notes(rt, dana, limit=2)
    assert [n.text for n in first] == ["note 4", "note 3"]
    older = notes.list_notes(rt, dana, limit=2, before_id=first[-1].id)
    assert [n.text for n in older] == ["note 2", "note 1"]


def test_editing_keeps_the_created_time_and_records_the_edit(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    note = notes.add_note(rt, dana, "first words").record
    clock.advance(hours=1)
    edited = notes.edit_note(rt, dana, note.id, "better words").record
    assert edited.text == "better words"
    assert edited.created_at == note.created_at
    assert edited.updated_at > note.updated_at


def test_an_invalid_edit_changes_nothing(rt: Runtime, dana: Profile) -> None:
    note = notes.add_note(rt, dana, "keep me").record
    with pytest.raises(TextInvalid):
        notes.edit_note(rt, dana, note.id, "")
    assert notes.get_note(rt, dana, note.id).text == "keep me"


def test_deleting_a_note_removes_it(rt: Runtime, dana: Profile) -> None:
    note = notes.add_note(rt, dana, "gone soon").record
    notes.delete_note(rt, dana, note.id)
    with pytest.raises(NotFound):
        notes.get_note(rt, dana, note.id)


def test_nobody_can_read_change_or_delete_another_persons_note(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    note = notes.add_note(rt, dana, "mine alone").record
    with pytest.raises(NotFound):
        notes.get_note(rt, robin, note.id)
    with pytest.raises(NotFound):
        notes.edit_note(rt, robin, note.id, "taken over")
    with pytest.raises(NotFound):
        notes.delete_note(rt, robin, note.id)
    assert notes.list_notes(rt, robin) == []
    assert notes.get_note(rt, dana, note.id).text == "mine alone"


def test_export_holds_everything_the_profile_owns_in_a_versioned_document(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    notes.add_note(rt, dana, "one 🌱")
    notes.add_note(rt, robin, "not dana's")
    document = data.export_everything(rt, dana)
    assert document["schema"] == "selftrust.export"
    assert document["version"] == 1
    assert [n["text"] for n in document["notes"]] == ["one 🌱"]


def test_delete_everything_removes_only_that_profiles_records(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    notes.add_note(rt, dana, "a")
    notes.add_note(rt, dana, "b")
    notes.add_note(rt, robin, "robin's")
    assert data.delete_everything(rt, dana)["notes"] == 2
    assert notes.list_notes(rt, dana) == []
    assert len(notes.list_notes(rt, robin)) == 1
