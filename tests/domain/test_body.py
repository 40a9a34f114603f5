from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selftrust.domain import body as rules
from selftrust.domain.body import BodySignal, BodySignalInvalid, Tone

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def _signal(
    regions: tuple[str, ...],
    feelings: tuple[str, ...] = ("tight",),
    intensity: int = 5,
    tone: Tone = Tone.UNPLEASANT,
    days_ago: int = 0,
) -> BodySignal:
    at = NOW - timedelta(days=days_ago)
    return BodySignal(1, regions, feelings, intensity, tone, None, at, at)


def test_it_keeps_regions_in_map_order_without_repeats() -> None:
    assert rules.check_regions(["stomach", "Chest", "stomach"]) == ("chest", "stomach")
    assert rules.check_regions("whole body") == ("whole_body",)


def test_it_names_the_unknown_region_and_the_choices() -> None:
    with pytest.raises(BodySignalInvalid, match="no place called 'elbow'") as caught:
        rules.check_regions(["chest", "elbow"])
    assert caught.value.field == "regions"
    assert "whole body" in str(caught.value)


def test_it_asks_for_at_least_one_region_and_one_feeling() -> None:
    with pytest.raises(BodySignalInvalid, match="at least one place"):
        rules.check_regions([])
    with pytest.raises(BodySignalInvalid, match="at least one word"):
        rules.check_feelings([], rules.FEELINGS)


def test_it_only_accepts_feeling_words_the_person_knows() -> None:
    assert rules.check_feelings(["Tight ", "warm"], rules.FEELINGS) == ("tight", "warm")
    with pytest.raises(BodySignalInvalid, match="isn't in your feeling words") as caught:
        rules.check_feelings(["fizzy"], rules.FEELINGS)
    assert caught.value.field == "feelings"
    assert rules.check_feelings(["fizzy"], [*rules.FEELINGS, "fizzy"]) == ("fizzy",)


@pytest.mark.parametrize("word", ["", "  ", "123", "<b>", "a" * 41, "one two three four five"])
def test_it_refuses_feeling_words_that_are_not_words(word: str) -> None:
    with pytest.raises(BodySignalInvalid):
        rules.normalise_feeling(word)


def test_it_keeps_feeling_words_in_any_script() -> None:
    assert rules.normalise_feeling("  Schwer  ") == "schwer"
    assert rules.normalise_feeling("pins and needles") == "pins and needles"
    assert rules.normalise_feeling("lourd-e") == "lourd-e"


@given(st.integers(min_value=-100, max_value=100))
def test_intensity_is_accepted_exactly_from_0_to_10(value: int) -> None:
    if 0 <= value <= 10:
        assert rules.check_intensity(value) == value
    else:
        with pytest.raises(BodySignalInvalid, match="0 to 10"):
            rules.check_intensity(value)


@pytest.mark.parametrize("value", [True, 3.5, "high", None, "²", "٣", "-1"])
def test_intensity_must_be_a_whole_number(value: object) -> None:
    with pytest.raises(BodySignalInvalid, match="whole number"):
        rules.check_intensity(value)


def test_tone_is_one_of_three_words() -> None:
    assert rules.check_tone("Pleasant") is Tone.PLEASANT
    with pytest.raises(BodySignalInvalid, match="pleasant, unpleasant or neutral"):
        rules.check_tone("nice")


def test_the_message_is_kept_exactly_and_is_optional() -> None:
    assert rules.check_message("  maybe I'm tired  ") == "  maybe I'm tired  "
    assert rules.check_message("   ") is None
    with pytest.raises(BodySignalInvalid) as caught:
        rules.check_message("x" * (rules.MESSAGE_MAX_CHARS + 1))
    assert caught.value.field == "message"


def test_the_map_counts_each_signal_once_per_region() -> None:
    signals = [
        _signal(("chest", "stomach"), intensity=4),
        _signal(("chest",), intensity=8, tone=Tone.PLEASANT),
        _signal(("feet",), intensity=2, tone=Tone.NEUTRAL),
    ]
    mapped = rules.body_map(signals)
    by = {r.region: r for r in mapped.regions}
    assert mapped.total_signals == 3
    assert (by["chest"].count, by["chest"].mean_intensity) == (2, 6.0)
    assert (by["chest"].pleasant, by["chest"].unpleasant) == (1, 1)
    assert by["feet"].neutral == 1
    assert by["head"].count == 0
    assert by["head"].mean_intensity is None
    assert [r.region for r in mapped.regions] == list(rules.REGIONS)


def test_shade_levels_are_relative_to_the_busiest_region_and_never_hide_a_count() -> None:
    signals = [_signal(("chest",)) for _ in range(8)] + [_signal(("jaw",))]
    mapped = rules.body_map(signals)
    by = {r.region: r for r in mapped.regions}
    assert mapped.level(by["chest"]) == 4
    assert mapped.level(by["jaw"]) == 1  # one signal still shows
    assert mapped.level(by["head"]) == 0


@given(st.lists(st.sets(st.sampled_from(rules.REGIONS), min_size=1), max_size=30))
def test_the_map_total_matches_the_regions_chosen(chosen: list[set[str]]) -> None:
    signals = [_signal(tuple(r for r in rules.REGIONS if r in s)) for s in chosen]
    mapped = rules.body_map(signals)
    assert sum(r.count for r in mapped.regions) == sum(len(s) for s in chosen)
    assert all(0 <= mapped.level(r) <= 4 for r in mapped.regions)


def test_filters_keep_one_feeling_and_a_time_window() -> None:
    old = _signal(("chest",), feelings=("warm",), days_ago=40)
    new = _signal(("chest",), feelings=("tight", "warm"), days_ago=1)
    assert rules.matches(new, feeling="tight")
    assert not rules.matches(old, feeling="tight")
    assert not rules.matches(old, since=NOW - timedelta(days=30))
    assert rules.matches(old)
