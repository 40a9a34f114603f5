"""Stored responses: answer checks, open questions, and the PHQ-9 item 9 rule."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selftrust.domain.measure_responses import (
    INSTRUMENT_IDS,
    AnswersIncomplete,
    MeasureResponse,
    NotScored,
    ResponseStatus,
    check_draft_answers,
    complete_answers,
    item_range,
    safety_item_flagged,
    score_response,
)
from selftrust.domain.measures import AnswersInvalid, UnknownInstrument

NOW = datetime(2026, 3, 14, tzinfo=UTC)


def response(instrument: str, answers: list[int | None], status: ResponseStatus) -> MeasureResponse:
    return MeasureResponse(1, instrument, tuple(answers), None, status, NOW, NOW)


def test_it_knows_all_five_validated_measures_and_the_checkin() -> None:
    assert INSTRUMENT_IDS == ("gad7", "phq9", "pcl5", "scssf", "rses", "checkin")
    assert (item_range("checkin").item_count, item_range("checkin").highest) == (10, 4)
    with pytest.raises(UnknownInstrument):
        item_range("who5")


@pytest.mark.parametrize("instrument", INSTRUMENT_IDS)
@given(data=st.data())
def test_any_in_range_draft_is_kept_exactly_with_skips(
    instrument: str, data: st.DataObject
) -> None:
    rng = item_range(instrument)
    answers = data.draw(
        st.lists(
            st.none() | st.integers(rng.lowest, rng.highest),
            min_size=rng.item_count,
            max_size=rng.item_count,
        )
    )
    assert check_draft_answers(instrument, answers) == tuple(answers)


@pytest.mark.parametrize("bad", [True, 1.0, "1", -1, 4])
def test_a_draft_answer_that_is_not_a_choice_is_refused(bad: object) -> None:
    with pytest.raises(AnswersInvalid, match="Answer 2"):
        check_draft_answers("gad7", [0, bad, 0, 0, 0, 0, 0])


def test_finishing_names_the_open_questions() -> None:
    with pytest.raises(AnswersIncomplete, match=r"2 GAD-7 questions .*\(2, 5\)"):
        complete_answers("gad7", [0, None, 0, 0, None, 0, 0])


def test_a_draft_is_never_scored_even_when_every_answer_is_there() -> None:
    with pytest.raises(NotScored):
        score_response(response("gad7", [1] * 7, ResponseStatus.DRAFT))
    done = score_response(response("gad7", [1] * 7, ResponseStatus.COMPLETE))
    assert done.to_dict()["total"] == 7


@given(st.lists(st.none() | st.integers(0, 3), min_size=9, max_size=9))
def test_the_phq9_safety_item_is_raised_exactly_by_an_answer_above_zero(
    answers: list[int | None],
) -> None:
    item9 = answers[8]
    assert safety_item_flagged("phq9", answers) is (item9 is not None and item9 > 0)
    assert safety_item_flagged("gad7", answers) is False
