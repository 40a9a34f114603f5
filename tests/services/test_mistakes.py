from __future__ import annotations

import pytest

from selftrust.domain.mistakes import ChoiceLinkInvalid
from selftrust.domain.profile import Profile
from selftrust.services import data, mistakes
from selftrust.services.errors import InputInvalid, NotFound, TextInvalid
from selftrust.services.runtime import Runtime


def make_choice(rt: Runtime, profile: Profile, text: str = "Took the quiet table") -> int:
    """A ledger choice, written straight to its table (the ledger is another feature)."""
    with rt.db.transaction() as conn:
        row = conn.fetch_one(
            "INSERT INTO choices (profile_id, text, gut, confidence, reassurance, made_at, "
            "updated_at) VALUES (:p, :text, 'followed', 60, 'none', :now, :now) RETURNING id",
            {"p": profile.id, "text": text, "now": rt.now()},
        )
    assert row is not None
    return int(row["id"])


def test_a_mistake_is_kept_exactly_as_written_with_only_what_happened_required(
    rt: Runtime, dana: Profile
) -> None:
    saved = mistakes.add_mistake(
        rt,
        dana,
        what_happened="  Sent the email to the wrong person.  ",
        information="I rush when I'm tired",
        kind_sentence="   ",
    )
    entry = saved.record
    assert entry.what_happened == "  Sent the email to the wrong person.  "
    assert entry.information == "I rush when I'm tired"
    assert (entry.expected, entry.next_time, entry.kind_sentence, entry.choice_id) == (
        None,
        None,
        None,
        None,
    )
    assert mistakes.get_mistake(rt, dana, entry.id) == entry
    with pytest.raises(TextInvalid):
        mistakes.add_mistake(rt, dana, what_happened=" ", expected="something")
    assert len(mistakes.list_mistakes(rt, dana)) == 1


def test_a_mistake_can_link_one_of_your_own_choices(rt: Runtime, dana: Profile) -> None:
    choice = make_choice(rt, dana)
    entry = mistakes.add_mistake(rt, dana, what_happened="x", choice_id=choice).record
    assert entry.choice_id == choice
    linked = mistakes.find_linked_choice(rt, dana, choice)
    assert linked is not None
    assert linked.text == "Took the quiet table"
    assert mistakes.update_mistake(rt, dana, entry.id, choice_id=None).record.choice_id is None


def test_linking_a_missing_or_someone_elses_choice_is_refused_and_saves_nothing(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    robins = make_choice(rt, robin, "robin's choice")
    for choice in (robins, 999, 0, "1"):
        with pytest.raises(ChoiceLinkInvalid, match="choice"):
            mistakes.add_mistake(rt, dana, what_happened="x", choice_id=choice)
    assert mistakes.list_mistakes(rt, dana) == []
    entry = mistakes.add_mistake(rt, dana, what_happened="kept").record
    with pytest.raises(ChoiceLinkInvalid):
        mistakes.update_mistake(rt, dana, entry.id, what_happened="changed", choice_id=robins)
    assert mistakes.get_mistake(rt, dana, entry.id) == entry
    assert mistakes.find_linked_choice(rt, dana, robins) is None


def test_an_update_changes_only_the_fields_given(rt: Runtime, dana: Profile) -> None:
    entry = mistakes.add_mistake(rt, dana, what_happened="late", expected="on time").record
    changed = mistakes.update_mistake(rt, dana, entry.id, next_time="leave earlier").record
    assert (changed.what_happened, changed.expected, changed.next_time) == (
        "late",
        "on time",
        "leave earlier",
    )
    with pytest.raises(InputInvalid):
        mistakes.update_mistake(rt, dana, entry.id, expected="y" * 5_001)
    assert mistakes.get_mistake(rt, dana, entry.id) == changed


def test_search_looks_in_every_field_ignoring_case(rt: Runtime, dana: Profile) -> None:
    one = mistakes.add_mistake(rt, dana, what_happened="missed the bus", kind_sentence="Easy now")
    mistakes.add_mistake(rt, dana, what_happened="burnt the toast")
    assert mistakes.list_mistakes(rt, dana, query="EASY") == [one.record]
    assert mistakes.list_mistakes(rt, dana, query="the") != []
    assert mistakes.list_mistakes(rt, dana, query="%") == []


def test_nobody_can_read_change_or_delete_another_persons_entry(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    entry = mistakes.add_mistake(rt, dana, what_happened="mine").record
    with pytest.raises(NotFound):
        mistakes.get_mistake(rt, robin, entry.id)
    with pytest.raises(NotFound):
        mistakes.update_mistake(rt, robin, entry.id, what_happened="theirs")
    with pytest.raises(NotFound):
        mistakes.delete_mistake(rt, robin, entry.id)
    mistakes.delete_mistake(rt, dana, entry.id)
    with pytest.raises(NotFound):
        mistakes.get_mistake(rt, dana, entry.id)


def test_crisis_language_in_any_field_is_saved_and_flagged(rt: Runtime, dana: Profile) -> None:
    saved = mistakes.add_mistake(
        rt, dana, what_happened="I said the wrong thing", information="I want to die"
    )
    assert saved.safety.crisis
    assert saved.safety.show_card
    assert saved.record.information == "I want to die"


def test_entries_are_exported_and_deleted_even_when_linked_to_a_choice(
    rt: Runtime, dana: Profile
) -> None:
    choice = make_choice(rt, dana)
    mistakes.add_mistake(rt, dana, what_happened="x", choice_id=choice)
    document = data.export_everything(rt, dana)
    assert document["mistakes"][0]["choice_id"] == choice
    counts = data.delete_everything(rt, dana)
    assert counts["mistakes"] == 1
    assert mistakes.list_mistakes(rt, dana) == []
