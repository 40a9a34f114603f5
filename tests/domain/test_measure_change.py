"""Change between two totals, judged only against published thresholds, in neutral words."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selftrust.domain.measure_change import TotalInvalid, change
from selftrust.domain.measures import SPECS, Direction, UnknownInstrument


@pytest.mark.parametrize(
    ("instrument_id", "previous", "current", "meaningful"),
    [
        ("gad7", 10, 6, True),  # 4 points is the published threshold
        ("gad7", 10, 7, False),
        ("gad7", 6, 10, True),  # a rise of the same size counts the same
        ("phq9", 15, 10, True),
        ("phq9", 15, 11, False),
        ("pcl5", 50, 40, True),
        ("pcl5", 50, 41, False),
    ],
)
def test_it_marks_change_meaningful_at_the_published_threshold(
    instrument_id: str, previous: int, current: int, meaningful: bool
) -> None:
    result = change(instrument_id, previous, current)
    assert result.delta == current - previous
    assert result.meaningful is meaningful


@pytest.mark.parametrize(("current", "response"), [(45, True), (46, False), (55, True)])
def test_it_marks_a_pcl5_response_at_five_points(current: int, response: bool) -> None:
    assert change("pcl5", 50, current).response is response


def test_it_leaves_response_out_for_instruments_without_one() -> None:
    result = change("gad7", 10, 5)
    assert result.response is None
    assert "response" not in result.to_dict()


def test_it_describes_a_drop_in_gad7_as_lower_and_toward_easier() -> None:
    result = change("gad7", 12, 8)
    assert (result.direction, result.toward_easier) == (Direction.LOWER, True)
    assert result.direction.value == "lower"


def test_it_describes_a_rise_in_self_compassion_as_higher_and_toward_easier() -> None:
    result = change("scssf", Decimal("2.50"), Decimal("3.08"))
    assert result.delta == Decimal("0.58")
    assert (result.direction, result.toward_easier) == (Direction.HIGHER, True)
    assert (result.meaningful, result.threshold) == (False, None)


def test_it_says_about_the_same_when_nothing_moved() -> None:
    result = change("rses", 20, 20)
    assert (result.direction.value, result.toward_easier, result.meaningful) == (
        "about the same",
        None,
        False,
    )


def test_it_accepts_whole_numbers_for_the_scssf_mean() -> None:
    result = change("scssf", 3, Decimal("3.50"))
    assert result.previous == Decimal(3)
    assert result.delta == Decimal("0.50")


def test_it_gives_a_json_ready_dict() -> None:
    data = change("scssf", Decimal("2.00"), Decimal("1.92")).to_dict()
    assert json.loads(json.dumps(data)) == {
        "instrument": "scssf",
        "previous": 2.0,
        "current": 1.92,
        "delta": -0.08,
        "direction": "lower",
        "toward_easier": False,
        "meaningful": False,
        "threshold": None,
    }


@pytest.mark.parametrize(
    ("instrument_id", "previous", "current"),
    [
        ("gad7", 22, 0),
        ("gad7", 0, -1),
        ("gad7", Decimal(5), 4),  # GAD-7 totals are whole numbers
        ("gad7", True, 4),
        ("phq9", 5.0, 4),
        ("scssf", Decimal("0.99"), 3),
        ("scssf", Decimal("NaN"), 3),
        ("rses", "10", 12),
    ],
)
def test_it_refuses_totals_that_cannot_belong_to_the_instrument(
    instrument_id: str, previous: object, current: object
) -> None:
    with pytest.raises(TotalInvalid):
        change(instrument_id, previous, current)  # type: ignore[arg-type]


def test_it_refuses_an_unknown_instrument() -> None:
    with pytest.raises(UnknownInstrument):
        change("who5", 10, 12)


@given(st.sampled_from(["gad7", "phq9", "pcl5", "rses"]), st.data())
def test_it_is_meaningful_exactly_when_the_gap_reaches_the_threshold(
    instrument_id: str, data: st.DataObject
) -> None:
    spec = SPECS[instrument_id]
    low, high = int(spec.min_total), int(spec.max_total)
    previous = data.draw(st.integers(low, high))
    current = data.draw(st.integers(low, high))
    result = change(instrument_id, previous, current)
    threshold = spec.meaningful_change
    assert result.meaningful is (threshold is not None and abs(current - previous) >= threshold)
    assert result.direction.value in {"lower", "higher", "about the same"}
    assert change(instrument_id, current, previous).delta == -result.delta
