"""Score the validated measures exactly as their authors published them.

Pure: stdlib only, no I/O, no clock. The wording lives in `selftrust.content.instruments`;
this module only knows counts, ranges and rules. Comparing two totals lives in
`measure_change`, our own (not validated) check-in in `checkin`. WHO-5 is deliberately not
here: its licence is non-commercial, and the app may be hosted by organisations.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType

from selftrust.domain.text import InputInvalid

Total = int | Decimal


class Direction(StrEnum):
    """Which way a number moved, in words that carry no judgement."""

    LOWER = "lower"
    HIGHER = "higher"
    SAME = "about the same"


class Band(StrEnum):
    """Published severity ranges (GAD-7 and PHQ-9 only; the PCL-5 has none on purpose)."""

    MINIMAL = "minimal"
    MILD = "mild"
    MODERATE = "moderate"
    MODERATELY_SEVERE = "moderately_severe"
    SEVERE = "severe"


# Error names describe the state ("answers invalid"), matching the rest of the domain.
class AnswersInvalid(InputInvalid):
    """Answers that cannot be scored; the message is one kind, plain sentence."""


class UnknownInstrument(AnswersInvalid):
    """An instrument id that this module does not score."""


@dataclass(frozen=True, slots=True)
class ScoringSpec:
    """Counts, ranges and change thresholds of one instrument, as published."""

    instrument: str
    short_name: str
    item_count: int
    min_answer: int
    max_answer: int
    min_total: Total
    max_total: Total
    easier: Direction  # the direction in which the measured thing weighs less on the person
    meaningful_change: Total | None  # None: the authors publish no threshold
    response_change: int | None = None
    reverse_items: frozenset[int] = frozenset()  # 1-based item numbers


# Change thresholds: GAD-7 4 points (Toussaint et al., 2020); PHQ-9 5 points (Löwe et al., 2004;
# Kroenke et al., 2001); PCL-5 10 points clinically meaningful, 5 points a response (National
# Center for PTSD guidance). SCS-SF and RSES have no published threshold, so none is invented.
# fmt: off
SPECS: Mapping[str, ScoringSpec] = MappingProxyType({
    "gad7": ScoringSpec(
        "gad7", "GAD-7", item_count=7, min_answer=0, max_answer=3, min_total=0, max_total=21,
        easier=Direction.LOWER, meaningful_change=4,
    ),
    "phq9": ScoringSpec(
        "phq9", "PHQ-9", item_count=9, min_answer=0, max_answer=3, min_total=0, max_total=27,
        easier=Direction.LOWER, meaningful_change=5,
    ),
    "pcl5": ScoringSpec(
        "pcl5", "PCL-5", item_count=20, min_answer=0, max_answer=4, min_total=0, max_total=80,
        easier=Direction.LOWER, meaningful_change=10, response_change=5,
    ),
    "scssf": ScoringSpec(
        "scssf", "SCS-SF", item_count=12, min_answer=1, max_answer=5,
        min_total=Decimal("1.00"), max_total=Decimal("5.00"),
        easier=Direction.HIGHER, meaningful_change=None,
        reverse_items=frozenset({1, 4, 8, 9, 11, 12}),
    ),
    "rses": ScoringSpec(
        "rses", "RSES", item_count=10, min_answer=1, max_answer=4, min_total=0, max_total=30,
        easier=Direction.HIGHER, meaningful_change=None,
        reverse_items=frozenset({2, 5, 6, 8, 9}),
    ),
})
# fmt: on

# Lower bounds of each band, highest first (Spitzer et al., 2006; Kroenke et al., 2001).
GAD7_BANDS: tuple[tuple[int, Band], ...] = (
    (15, Band.SEVERE),
    (10, Band.MODERATE),
    (5, Band.MILD),
    (0, Band.MINIMAL),
)
PHQ9_BANDS: tuple[tuple[int, Band], ...] = (
    (20, Band.SEVERE),
    (15, Band.MODERATELY_SEVERE),
    (10, Band.MODERATE),
    (5, Band.MILD),
    (0, Band.MINIMAL),
)
PHQ9_SAFETY_ITEM = 9
# PCL-5 clusters follow DSM-5 criteria B-E; an item rated 2 ("Moderately") or more counts as
# endorsed, and the DSM-5 rule needs 1 B, 1 C, 2 D and 2 E items (Weathers et al., 2013).
PCL5_CLUSTERS: Mapping[str, tuple[int, ...]] = MappingProxyType(
    {
        "B": tuple(range(1, 6)),
        "C": (6, 7),
        "D": tuple(range(8, 15)),
        "E": tuple(range(15, 21)),
    }
)
PCL5_RULE_MINIMUM: Mapping[str, int] = MappingProxyType({"B": 1, "C": 1, "D": 2, "E": 2})
PCL5_ENDORSED_FROM = 2
# The National Center for PTSD gives 31-33 as the range for a provisional positive; we use
# the low end so the suggestion of a professional assessment errs on the side of offering it.
PCL5_ASSESSMENT_FROM = 31
# "Below 15 is low" is a widely used reading of the 0-30 RSES; the University of Maryland notes
# the scale itself has no discrete cut-off, so the content describes it as a convention.
RSES_LOW_BELOW = 15


@dataclass(frozen=True, slots=True)
class MeasureResult:
    """One scored questionnaire; fields that do not apply to the instrument stay None."""

    instrument: str
    total: Total
    band: Band | None = None
    safety_flag: bool | None = None
    clusters: Mapping[str, int] | None = None
    dsm5_rule: bool | None = None
    assessment_suggested: bool | None = None
    low_self_esteem: bool | None = None

    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready dict holding only the keys this instrument uses."""
        data: dict[str, object] = {"instrument": self.instrument, "total": json_number(self.total)}
        if self.band is not None:
            data["band"] = self.band.value
        if self.safety_flag is not None:
            data["safety_flag"] = self.safety_flag
        if self.clusters is not None:
            data["clusters"] = dict(self.clusters)
        if self.dsm5_rule is not None:
            data["dsm5_rule"] = self.dsm5_rule
        if self.assessment_suggested is not None:
            data["assessment_suggested"] = self.assessment_suggested
        if self.low_self_esteem is not None:
            data["low_self_esteem"] = self.low_self_esteem
        return data


def json_number(value: Total) -> int | float:
    """Turn a total into a JSON number; two-decimal Decimals survive the float round trip."""
    return value if isinstance(value, int) else float(value)


def round_half_up(value: Fraction | int, places: int = 2) -> Decimal:
    """Round an exact fraction to a fixed number of decimals, halves away from zero."""
    # This is Decimal's ROUND_HALF_UP applied to the exact value. It is done in integers so no
    # intermediate division can round first (1/12 has no finite decimal form).
    if places < 0:
        raise ValueError("places needs to be zero or more.")
    exact = Fraction(value)
    scaled = abs(exact) * 10**places
    units = (2 * scaled.numerator + scaled.denominator) // (2 * scaled.denominator)
    return Decimal(-units if exact < 0 else units).scaleb(-places)


def get_spec(instrument_id: str) -> ScoringSpec:
    """Return the scoring spec for an instrument id, or raise UnknownInstrument."""
    spec = SPECS.get(instrument_id) if isinstance(instrument_id, str) else None
    if spec is None:
        raise UnknownInstrument(f"There is no questionnaire called {instrument_id!r} here.")
    return spec


def validate_answers(
    answers: Sequence[int], *, short_name: str, count: int, lowest: int, highest: int
) -> tuple[int, ...]:
    """Return the answers as a tuple, or raise AnswersInvalid saying what is off."""
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise AnswersInvalid(f"The {short_name} answers need to come as a list, one per question.")
    if len(answers) != count:
        raise AnswersInvalid(
            f"The {short_name} has {count} questions, so it needs {count} answers,"
            f" and {len(answers)} came in."
        )
    for position, value in enumerate(answers, start=1):
        # bool is a subclass of int in Python; True is not a questionnaire answer.
        if isinstance(value, bool) or not isinstance(value, int):
            raise AnswersInvalid(
                f"Answer {position} needs to be a whole number from {lowest} to {highest}."
            )
        if not lowest <= value <= highest:
            raise AnswersInvalid(
                f"Answer {position} is {value}, and {short_name} answers go from {lowest}"
                f" to {highest}."
            )
    return tuple(answers)


def score(instrument_id: str, answers: Sequence[int]) -> MeasureResult:
    """Score one completed questionnaire exactly as published."""
    spec = get_spec(instrument_id)
    values = validate_answers(
        answers,
        short_name=spec.short_name,
        count=spec.item_count,
        lowest=spec.min_answer,
        highest=spec.max_answer,
    )
    return _SCORERS[spec.instrument](values)


def _band(total: int, bands: tuple[tuple[int, Band], ...]) -> Band:
    for lowest, band in bands:
        if total >= lowest:
            return band
    return bands[-1][1]


def _score_gad7(answers: tuple[int, ...]) -> MeasureResult:
    total = sum(answers)
    return MeasureResult("gad7", total, band=_band(total, GAD7_BANDS))


def _score_phq9(answers: tuple[int, ...]) -> MeasureResult:
    total = sum(answers)
    # Any answer above 0 on item 9 raises the flag. A 0 is not read as "no risk" anywhere.
    return MeasureResult(
        "phq9",
        total,
        band=_band(total, PHQ9_BANDS),
        safety_flag=answers[PHQ9_SAFETY_ITEM - 1] > 0,
    )


def _score_pcl5(answers: tuple[int, ...]) -> MeasureResult:
    clusters = {
        name: sum(answers[item - 1] for item in items) for name, items in PCL5_CLUSTERS.items()
    }
    endorsed = {
        name: sum(1 for item in items if answers[item - 1] >= PCL5_ENDORSED_FROM)
        for name, items in PCL5_CLUSTERS.items()
    }
    total = sum(answers)
    return MeasureResult(
        "pcl5",
        total,
        clusters=MappingProxyType(clusters),
        dsm5_rule=all(endorsed[name] >= need for name, need in PCL5_RULE_MINIMUM.items()),
        assessment_suggested=total >= PCL5_ASSESSMENT_FROM,
    )


def _score_scssf(answers: tuple[int, ...]) -> MeasureResult:
    reverse = SPECS["scssf"].reverse_items
    scored = [6 - value if item in reverse else value for item, value in enumerate(answers, 1)]
    # Raes et al. (2011) report the total as the mean of the 12 scored items.
    return MeasureResult("scssf", round_half_up(Fraction(sum(scored), len(scored))))


def _score_rses(answers: tuple[int, ...]) -> MeasureResult:
    # Answers are stored 1 (strongly disagree) to 4 (strongly agree); Rosenberg's 0-3 item
    # scores come from shifting positive items down by one and mirroring the negative ones.
    reverse = SPECS["rses"].reverse_items
    total = sum(
        4 - value if item in reverse else value - 1 for item, value in enumerate(answers, start=1)
    )
    return MeasureResult("rses", total, low_self_esteem=total < RSES_LOW_BELOW)


_SCORERS: Mapping[str, Callable[[tuple[int, ...]], MeasureResult]] = MappingProxyType(
    {
        "gad7": _score_gad7,
        "phq9": _score_phq9,
        "pcl5": _score_pcl5,
        "scssf": _score_scssf,
        "rses": _score_rses,
    }
)
