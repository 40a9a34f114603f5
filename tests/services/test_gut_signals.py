"""A body signal linked to a choice as "what my gut said": saved, shown, refused, unlinked."""

from __future__ import annotations

from datetime import timedelta

import pytest

from selftrust.content import gut_signal_copy as gc
from selftrust.domain.profile import Profile
from selftrust.services import body, choices, data, gut_signals
from selftrust.services.choices import FieldInvalid
from selftrust.services.runtime import Runtime
from selftrust.storage.errors import NotFound
from tests.conftest import FixedClock


def _signal(rt: Runtime, who: Profile, region: str = "chest", feeling: str = "tight") -> int:
    saved = body.add_signal(
        rt, who, regions=[region], feelings=[feeling], intensity=6, tone="unpleasant"
    )
    return saved.record.id


def _choice(rt: Runtime, who: Profile, signal: object = None) -> choices.Choice:
    return choices.add_choice(
        rt, who, "Rested", gut="followed", confidence=60, body_signal_id=signal
    ).record


def test_a_choice_keeps_the_body_signal_picked_as_what_the_gut_said(
    rt: Runtime, dana: Profile
) -> None:
    signal = _signal(rt, dana)
    choice = _choice(rt, dana, signal)
    assert choice.body_signal_id == signal
    detail = choices.choice_detail(rt, dana, choice.id)
    assert detail.gut_signal is not None
    assert detail.gut_signal.regions == ("chest",)


@pytest.mark.parametrize("empty", [None, "", "  ", "none", "None"])
def test_no_body_signal_is_fine(rt: Runtime, dana: Profile, empty: object) -> None:
    assert _choice(rt, dana, empty).body_signal_id is None


def test_a_typed_number_is_read_as_the_signal(rt: Runtime, dana: Profile) -> None:
    signal = _signal(rt, dana)
    assert _choice(rt, dana, f" {signal} ").body_signal_id == signal


@pytest.mark.parametrize("wrong", ["chest", "1.5", 1.5, True, -3, 0, "٣", [1]])
def test_a_wrong_kind_of_value_is_refused_and_nothing_is_saved(
    rt: Runtime, dana: Profile, wrong: object
) -> None:
    _signal(rt, dana)
    with pytest.raises(FieldInvalid) as refused:
        _choice(rt, dana, wrong)
    assert refused.value.field == "body_signal_id"
    assert str(refused.value) == gc.SIGNAL_ID_INVALID
    assert choices.list_choices(rt, dana) == []


@pytest.mark.parametrize("missing", [999, 10**12])
def test_a_signal_that_does_not_exist_is_refused_and_nothing_is_saved(
    rt: Runtime, dana: Profile, missing: int
) -> None:
    with pytest.raises(FieldInvalid) as refused:
        _choice(rt, dana, missing)
    assert refused.value.field == "body_signal_id"
    assert f"no body signal number {missing} among yours" in str(refused.value)
    assert choices.list_choices(rt, dana) == []


def test_another_persons_signal_cannot_be_linked_and_gets_the_same_sentence(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    theirs = _signal(rt, robin)
    with pytest.raises(FieldInvalid, match=f"no body signal number {theirs} among yours"):
        _choice(rt, dana, theirs)
    mine = _choice(rt, dana)
    with pytest.raises(FieldInvalid):
        choices.set_gut_signal(rt, dana, mine.id, theirs)
    assert choices.get_choice(rt, dana, mine.id).body_signal_id is None


def test_a_signal_can_be_linked_changed_and_removed_later(rt: Runtime, dana: Profile) -> None:
    first, second = _signal(rt, dana), _signal(rt, dana, "jaw")
    choice = _choice(rt, dana)
    assert choices.set_gut_signal(rt, dana, choice.id, first).body_signal_id == first
    assert choices.set_gut_signal(rt, dana, choice.id, str(second)).body_signal_id == second
    assert choices.set_gut_signal(rt, dana, choice.id, "none").body_signal_id is None
    assert choices.get_choice(rt, dana, choice.id).text == "Rested"


def test_linking_on_a_missing_or_someone_elses_choice_is_not_found(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    signal = _signal(rt, dana)
    theirs = _choice(rt, robin)
    for choice_id in (theirs.id, 999, 10**12):
        with pytest.raises(NotFound):
            choices.set_gut_signal(rt, dana, choice_id, signal)
    assert choices.get_choice(rt, robin, theirs.id).body_signal_id is None


def test_deleting_a_linked_signal_keeps_the_choice_and_only_removes_the_link(
    rt: Runtime, dana: Profile
) -> None:
    signal = _signal(rt, dana)
    linked = [_choice(rt, dana, signal).id for _ in range(2)]
    assert gut_signals.linked_choices(rt, dana, signal) == 2
    assert body.delete_signal(rt, dana, signal) == 2
    for choice_id in linked:
        kept = choices.choice_detail(rt, dana, choice_id)
        assert (kept.choice.text, kept.choice.body_signal_id, kept.gut_signal) == (
            "Rested",
            None,
            None,
        )


def test_deleting_someone_elses_signal_changes_nothing(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    signal = _signal(rt, dana)
    choice = _choice(rt, dana, signal)
    with pytest.raises(NotFound):
        body.delete_signal(rt, robin, signal)
    assert choices.get_choice(rt, dana, choice.id).body_signal_id == signal


def test_the_export_carries_the_link_and_delete_all_clears_linked_records(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    signal = _signal(rt, dana)
    _choice(rt, dana, signal)
    _choice(rt, robin, _signal(rt, robin))
    document = data.export_everything(rt, dana)
    assert document["choices"][0]["body_signal_id"] == signal
    assert document["body"]["signals"][0]["id"] == signal
    counts = data.delete_everything(rt, dana)
    assert (counts["choices"], counts["body"]) == (1, 1)
    assert choices.list_choices(rt, dana) == []
    assert body.list_signals(rt, dana) == []
    [kept] = choices.list_choices(rt, robin)
    assert kept.body_signal_id is not None


def test_recent_signals_are_newest_first_and_keep_the_linked_one(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    oldest = _signal(rt, dana)
    for _ in range(gut_signals.RECENT_SIGNALS):
        clock.advance(minutes=5)
        _signal(rt, dana, "feet")
    ids = [s.id for s in gut_signals.recent_signals(rt, dana)]
    assert ids == sorted(ids, reverse=True)
    assert oldest not in ids
    assert [s.id for s in gut_signals.recent_signals(rt, dana, keep=oldest)][-1] == oldest


def test_a_signal_is_described_in_plain_words(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    signal = body.get_signal(rt, dana, _signal(rt, dana))
    now = signal.created_at
    assert gc.describe(signal, now) == "Chest · tight · 6/10 · today, 09:30 UTC"
    assert gc.describe(signal, now + timedelta(days=1)).endswith("yesterday, 09:30 UTC")
    assert gc.describe(signal, now + timedelta(days=3)).endswith("3 days ago")
    assert gc.describe(signal, now + timedelta(days=30)).endswith("14 Mar 2026")
