from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selftrust.domain.practices import (
    Outcome,
    PracticeInvalid,
    check_minutes,
    check_outcome,
    days_practised,
    practice_days,
)

TODAY = date(2026, 3, 14)


def _at(days_ago: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, 14, hour, tzinfo=UTC) - timedelta(days=days_ago)


def test_it_counts_distinct_days_in_the_last_four_weeks_including_today() -> None:
    moments = [_at(0), _at(0, 20), _at(1), _at(27), _at(28), _at(60)]
    assert days_practised(moments, today=TODAY) == 3


def test_the_daily_row_is_oldest_first_and_four_weeks_long() -> None:
    row = practice_days([_at(0), _at(27)], today=TODAY)
    assert len(row) == 28
    assert row[0] is True
    assert row[-1] is True
    assert sum(row) == 2


@given(st.lists(st.integers(min_value=-5, max_value=100), max_size=60))
def test_days_practised_is_never_more_than_the_window(days_ago: list[int]) -> None:
    count = days_practised([_at(d) for d in days_ago], today=TODAY)
    assert 0 <= count <= 28
    assert count == len({d for d in days_ago if 0 <= d <= 27})


def test_enough_for_today_is_a_respected_way_to_end() -> None:
    assert check_outcome("enough for today") is Outcome.ENOUGH_FOR_TODAY
    assert check_outcome("stopped") is Outcome.STOPPED
    with pytest.raises(PracticeInvalid, match="finished, enough_for_today or stopped"):
        check_outcome("gave up")


@pytest.mark.parametrize("value", [0, 61, True, "3"])
def test_minutes_are_a_whole_number_from_1_to_60(value: object) -> None:
    with pytest.raises(PracticeInvalid):
        check_minutes(value)
