"""Score the self-trust check-in and describe its trend.

The check-in is our own set of reflection items, not a validated measure: it has sub-scores
and a trend, but no bands, cut-offs or "meaningful change", because none were ever tested.
Pure: stdlib only, no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from selftrust.domain.measure_change import TotalInvalid
from selftrust.domain.measures import (
    AnswersInvalid,
    Direction,
    json_number,
    round_half_up,
    validate_answers,
)

CHECKIN_ID = "checkin"
SHORT_NAME = "check-in"
MIN_ANSWER = 0
MAX_ANSWER = 4
# Items 1-4 ask about abilities (more is easier), items 5-10 about signs of lost self-trust
# (less is easier). Their order is fixed here and in content/instruments/checkin.py.
ABILITY_ITEMS: tuple[int, ...] = (1, 2, 3, 4)
SIGN_ITEMS: tuple[int, ...] = (5, 6, 7, 8, 9, 10)
ITEM_COUNT = len(ABILITY_ITEMS) + len(SIGN_ITEMS)
ABILITIES_MAX = MAX_ANSWER * len(ABILITY_ITEMS)
SIGNS_MAX = MAX_ANSWER * len(SIGN_ITEMS)
ABILITIES_EASIER = Direction.HIGHER
SIGNS_EASIER = Direction.LOWER
DISTRESS_MIN = 0
DISTRESS_MAX = 10
TREND_WINDOW = 4


@dataclass(frozen=True, slots=True)
class CheckInResult:
    """Sub-scores of one check-in; distress right now is kept apart and optional."""

    abilities: int  # 0-16
    signs: int  # 0-24
    abilities_mean: Decimal  # 0.00-4.00, per item
    signs_mean: Decimal  # 0.00-4.00, per item
    distress: int | None = None  # 0-10

    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready dict that says, in data, that this is not a validated measure."""
        return {
            "instrument": CHECKIN_ID,
            "validated": False,
            "abilities": self.abilities,
            "signs": self.signs,
            "abilities_mean": json_number(self.abilities_mean),
            "signs_mean": json_number(self.signs_mean),
            "distress": self.distress,
        }


@dataclass(frozen=True, slots=True)
class Trend:
    """The latest few scores next to the few before them."""

    latest_mean: Decimal
    previous_mean: Decimal
    difference: Decimal  # latest minus previous, rounded from the exact means
    window: int  # how many scores are in each of the two groups
    direction: Direction

    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready dict of the trend."""
        return {
            "latest_mean": json_number(self.latest_mean),
            "previous_mean": json_number(self.previous_mean),
            "difference": json_number(self.difference),
            "window": self.window,
            "direction": self.direction.value,
        }


def score_checkin(answers: Sequence[int], *, distress: int | None = None) -> CheckInResult:
    """Score a check-in: sums and per-item means of abilities and signs."""
    values = validate_answers(
        answers, short_name=SHORT_NAME, count=ITEM_COUNT, lowest=MIN_ANSWER, highest=MAX_ANSWER
    )
    if distress is not None and (
        isinstance(distress, bool)
        or not isinstance(distress, int)
        or not DISTRESS_MIN <= distress <= DISTRESS_MAX
    ):
        raise AnswersInvalid(
            f"Distress right now needs to be a whole number from {DISTRESS_MIN} to {DISTRESS_MAX}."
        )
    abilities = sum(values[item - 1] for item in ABILITY_ITEMS)
    signs = sum(values[item - 1] for item in SIGN_ITEMS)
    return CheckInResult(
        abilities=abilities,
        signs=signs,
        abilities_mean=round_half_up(Fraction(abilities, len(ABILITY_ITEMS))),
        signs_mean=round_half_up(Fraction(signs, len(SIGN_ITEMS))),
        distress=distress,
    )


def trend(scores: Sequence[int | Decimal], *, window: int = TREND_WINDOW) -> Trend | None:
    """Compare the mean of the latest scores with the mean of the scores just before them."""
    # Scores are time-ordered, oldest first. With fewer than 2 * window scores the two groups
    # shrink to equal halves, so two check-ins already give a (very rough) one-to-one trend.
    if window < 1:
        raise ValueError("window needs to be 1 or more.")
    exact = [_exact(value) for value in scores]
    if len(exact) < 2:
        return None
    size = min(window, len(exact) // 2)
    latest = sum(exact[-size:], Fraction(0)) / size
    previous = sum(exact[-2 * size : -size], Fraction(0)) / size
    difference = round_half_up(latest - previous)
    if difference > 0:
        direction = Direction.HIGHER
    elif difference < 0:
        direction = Direction.LOWER
    else:
        direction = Direction.SAME
    return Trend(
        latest_mean=round_half_up(latest),
        previous_mean=round_half_up(previous),
        difference=difference,
        window=size,
        direction=direction,
    )


def _exact(value: object) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TotalInvalid(f"{value!r} is not a check-in score.")
    if isinstance(value, Decimal) and not value.is_finite():
        raise TotalInvalid(f"{value!r} is not a check-in score.")
    return Fraction(value)
