"""The self-trust check-in: two sub-scores, optional distress, a plain trend."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selftrust.domain.checkin import (
    ABILITIES_MAX,
    ITEM_COUNT,
    SIGNS_MAX,
    score_checkin,
    trend,
)
from selftrust.domain.measure_change import TotalInvalid
from selftrust.domain.measures import AnswersInvalid, Direction, round_half_up

checkin_answers = st.lists(st.integers(0, 4), min_size=ITEM_COUNT, max_size=ITEM_COUNT)


def test_it_scores_a_check_in_of_all_zeros() -> None:
    result = score_checkin([0] * 10)
    assert (result.abilities, result.signs) == (0, 0)
    assert (str(result.abilities_mean), str(result.signs_mean)) == ("0.00", "0.00")
    assert result.distress is None


def test_it_scores_a_check_in_of_all_fours() -> None:
    result = score_checkin([4] * 10)
    assert (result.abilities, result.signs) == (16, 24)
    assert (str(result.abilities_mean), str(result.signs_mean)) == ("4.00", "4.00")


def test_it_keeps_abilities_and_signs_apart() -> None:
    result = score_checkin([1, 2, 3, 4, 0, 1, 2, 3, 4, 1], distress=6)
    assert (result.abilities, result.signs) == (10, 11)
    assert (str(result.abilities_mean), str(result.signs_mean)) == ("2.50", "1.83")
    assert result.distress == 6


def test_it_says_in_its_data_that_the_check_in_is_not_validated() -> None:
    data = json.loads(json.dumps(score_checkin([2] * 10, distress=0).to_dict()))
    assert data == {
        "instrument": "checkin",
        "validated": False,
        "abilities": 8,
        "signs": 12,
        "abilities_mean": 2.0,
        "signs_mean": 2.0,
        "distress": 0,
    }


@pytest.mark.parametrize("distress", [-1, 11, True, 5.5, "3"])
def test_it_refuses_a_distress_rating_outside_0_to_10(distress: object) -> None:
    with pytest.raises(AnswersInvalid, match="Distress right now needs to be a whole number"):
        score_checkin([0] * 10, distress=distress)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [([0] * 9, "needs 10 answers, and 9 came in."), ([5] + [0] * 9, "Answer 1 is 5")],
)
def test_it_refuses_check_in_answers_it_cannot_score(answers: list[int], fragment: str) -> None:
    with pytest.raises(AnswersInvalid, match=fragment):
        score_checkin(answers)


@given(checkin_answers)
def test_it_keeps_sub_scores_within_their_ranges(answers: list[int]) -> None:
    result = score_checkin(answers)
    assert 0 <= result.abilities <= ABILITIES_MAX
    assert 0 <= result.signs <= SIGNS_MAX
    assert result.abilities_mean == round_half_up(Fraction(result.abilities, 4))
    assert result.signs_mean == round_half_up(Fraction(result.signs, 6))


# --- Trend -----------------------------------------------------------------------------------


@pytest.mark.parametrize("scores", [[], [12]])
def test_it_gives_no_trend_with_fewer_than_two_check_ins(scores: list[int]) -> None:
    assert trend(scores) is None


def test_it_compares_one_with_one_when_there_are_two_check_ins() -> None:
    result = trend([10, 13])
    assert result is not None
    assert (result.window, str(result.difference), result.direction) == (1, "3.00", "higher")


def test_it_uses_equal_halves_until_there_are_eight_check_ins() -> None:
    result = trend([99, 4, 6, 8, 10])  # the oldest score is left out: groups of two
    assert result is not None
    assert (result.window, str(result.previous_mean), str(result.latest_mean)) == (
        2,
        "5.00",
        "9.00",
    )


def test_it_compares_the_latest_four_with_the_four_before() -> None:
    result = trend([0, 0, 20, 20, 20, 20, 10, 10, 10, 12])
    assert result is not None
    assert result.window == 4
    assert (str(result.previous_mean), str(result.latest_mean)) == ("20.00", "10.50")
    assert (str(result.difference), result.direction) == ("-9.50", Direction.LOWER)


def test_it_says_about_the_same_when_the_means_match() -> None:
    result = trend([2, 1, Decimal("1.50"), Decimal("1.50")])
    assert result is not None
    assert result.direction.value == "about the same"
    assert result.to_dict()["difference"] == 0.0


def test_it_refuses_scores_that_are_not_numbers() -> None:
    with pytest.raises(TotalInvalid):
        trend([1, True])
    with pytest.raises(TotalInvalid):
        trend([1, 2.5])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="window"):
        trend([1, 2], window=0)


@given(st.lists(st.integers(0, 24), min_size=2, max_size=40))
def test_it_reports_the_rounded_gap_between_the_two_groups(scores: list[int]) -> None:
    result = trend(scores)
    assert result is not None
    size = min(4, len(scores) // 2)
    latest = Fraction(sum(scores[-size:]), size)
    previous = Fraction(sum(scores[-2 * size : -size]), size)
    assert result.difference == round_half_up(latest - previous)
    assert result.direction.value in {"lower", "higher", "about the same"}
    assert (result.direction is Direction.SAME) is (result.difference == 0)
