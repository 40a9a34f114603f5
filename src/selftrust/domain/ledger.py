"""The choice ledger's maths: what a person's own look-backs add up to.

Pure: stdlib only, no I/O, no clock reads. Times are passed in and must be timezone-aware.
The domain returns facts; every sentence a person reads lives in `selftrust.content`.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any, TypeVar

from selftrust.domain.text import InputInvalid


class GutDecision(StrEnum):
    FOLLOWED = "followed"
    OVERRODE = "overrode"


class Reassurance(StrEnum):
    NONE = "none"
    SOME = "some"
    LOTS = "lots"


class Area(StrEnum):
    REST = "rest"
    BOUNDARIES = "boundaries"
    COMFORT = "comfort"
    PACE = "pace"
    PREFERENCE = "preference"
    OTHER = "other"


class FeltRight(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    TOO_EARLY = "too_early"


class BandReading(StrEnum):
    """How often a confidence band felt right, next to how sure the person was."""

    NOTHING_YET = "nothing_yet"
    TOO_FEW = "too_few"
    MORE_OFTEN = "more_often"
    AS_EXPECTED = "as_expected"
    LESS_OFTEN = "less_often"


class LedgerInputError(InputInvalid):
    """One kind, clear sentence about a value the ledger cannot use."""


DEFAULT_LOOK_BACK_DELAY = timedelta(days=1)
# Below this many yes/no look-backs the numbers swing a lot; the UI shows an honest caveat.
SMALL_NUMBERS_THRESHOLD = 10
# A band reads "as expected" when its felt-right rate is within this many percentage points
# of the mean confidence in it; with few look-backs any finer reading would be noise.
BAND_TOLERANCE_POINTS = 10.0
# One or two look-backs in a band say nothing about a direction either way; say so honestly.
BAND_MIN_COUNT = 3
BANDS = ("0-20", "20-40", "40-60", "60-80", "80-100")

_E = TypeVar("_E", bound=StrEnum)


def validate_confidence(value: object) -> int:
    """Return the confidence if it is a whole number from 0 to 100, else raise."""
    # bool is a subclass of int; True as "1 % sure" is always a bug upstream.
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise LedgerInputError("How sure you are is a whole number from 0 to 100.")
    return value


_WHAT = {
    GutDecision: "What you did with your gut",
    Reassurance: "How much reassurance you looked for",
    Area: "The area",
    FeltRight: "The look-back answer",
}


def parse_choice_field(kind: type[_E], value: object) -> _E:
    """Turn a submitted value into one of the ledger's StrEnums, or raise LedgerInputError."""
    if isinstance(value, str) and value in kind._value2member_map_:
        return kind(value)
    options = ", ".join(member.value for member in kind)
    raise LedgerInputError(f"{_WHAT.get(kind, 'This')} is one of: {options}.")


def parse_area(value: object) -> Area | None:
    """Turn a submitted value into an Area; empty or None means no area was picked."""
    return None if value is None or value == "" else parse_choice_field(Area, value)


def _require_aware(moment: datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise LedgerInputError(f"{what} needs a time zone.")


@dataclass(frozen=True, slots=True)
class ChoiceFacts:
    """One choice as the maths sees it; the person's words stay with the service."""

    id: int
    made_at: datetime
    gut: GutDecision
    confidence: int
    reassurance: Reassurance
    area: Area | None
    latest_look_back: FeltRight | None
    looked_back_at: datetime | None

    def __post_init__(self) -> None:
        validate_confidence(self.confidence)
        _require_aware(self.made_at, "The time of the choice")
        if self.made_at.utcoffset():
            # Store UTC so month grouping reads year and month straight off the value.
            object.__setattr__(self, "made_at", self.made_at.astimezone(UTC))
        # Coerce so plain strings from storage compare by identity in the hot loop.
        object.__setattr__(self, "gut", parse_choice_field(GutDecision, self.gut))
        object.__setattr__(self, "reassurance", parse_choice_field(Reassurance, self.reassurance))
        object.__setattr__(self, "area", parse_area(self.area))
        if (self.latest_look_back is None) != (self.looked_back_at is None):
            raise LedgerInputError("A look-back needs both an answer and a time.")
        if self.latest_look_back is not None and self.looked_back_at is not None:
            answer = parse_choice_field(FeltRight, self.latest_look_back)
            object.__setattr__(self, "latest_look_back", answer)
            _require_aware(self.looked_back_at, "The time of the look-back")


@dataclass(frozen=True, slots=True)
class CalibrationBand:
    """Yes/no look-backs whose confidence fell in [low, high); the last band includes 100."""

    band: str
    low: int
    high: int
    count: int
    mean_confidence: float | None  # in percent, like the confidence itself
    felt_right_rate: float | None  # share from 0 to 1 that were a "yes"

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape: band, count, mean_confidence, felt_right_rate."""
        return {
            "band": self.band,
            "count": self.count,
            "mean_confidence": _rounded(self.mean_confidence, 1),
            "felt_right_rate": _rounded(self.felt_right_rate, 3),
        }


@dataclass(frozen=True, slots=True)
class MonthShare:
    """How many choices were made in a month and the share made without reassurance."""

    month: str  # "YYYY-MM"
    choices: int
    none_share: float

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape: month, choices, none_share."""
        share = round(self.none_share, 3)
        return {"month": self.month, "choices": self.choices, "none_share": share}


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the ledger adds up to. Attributes are exact; to_dict rounds for display.

    "Looked back" means the latest look-back is yes, partly or no. "Too early" is not counted
    as looked back: the person said it was too early to tell. "Felt right" means a "yes".
    A "partly" counts as looked back but not as felt right, and is shown on its own
    (partly_when_*). The Brier score and calibration use yes (1) and no (0) only.
    """

    choices: int
    followed_gut: int
    overrode_gut: int
    looked_back: int
    too_early: int
    felt_right: int
    felt_right_when_followed: int
    partly_when_followed: int
    looked_back_when_followed: int
    felt_right_when_overrode: int
    partly_when_overrode: int
    looked_back_when_overrode: int
    scored_look_backs: int  # yes/no look-backs: the ones the Brier score and bands use
    brier: float | None
    calibration: tuple[CalibrationBand, ...]
    reassurance_none_share: float | None
    reassurance_by_month: tuple[MonthShare, ...]
    small_numbers: bool

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict; brier is rounded to 3 decimals, brier_exact is not."""
        data: dict[str, Any] = {field.name: getattr(self, field.name) for field in fields(self)}
        data.update(
            brier=_rounded(self.brier, 3),
            brier_exact=self.brier,
            calibration=[band.to_dict() for band in self.calibration],
            reassurance_none_share=_rounded(self.reassurance_none_share, 3),
            reassurance_by_month=[month.to_dict() for month in self.reassurance_by_month],
        )
        return data


def _rounded(value: float | None, places: int) -> float | None:
    return None if value is None else round(value, places)


def compute_evidence(choices: Iterable[ChoiceFacts], *, tz: tzinfo = UTC) -> Evidence:
    """Add up the ledger in one pass; tz decides which month a choice belongs to."""
    followed = overrode = 0
    # Per gut decision: [yes, partly, no, too_early]
    tally = {GutDecision.FOLLOWED: [0, 0, 0, 0], GutDecision.OVERRODE: [0, 0, 0, 0]}
    slot = {FeltRight.YES: 0, FeltRight.PARTLY: 1, FeltRight.NO: 2, FeltRight.TOO_EARLY: 3}
    # Squared errors summed in whole percent points so the Brier score is one exact division.
    squared_error_sum = 0
    band_count = [0] * 5
    band_confidence = [0] * 5
    band_yes = [0] * 5
    months: dict[int, list[int]] = {}  # year * 100 + month -> [choices, without reassurance]
    utc_months = tz == UTC
    seen: set[int] = set()
    none_count = 0
    yes, no, none_ = FeltRight.YES, FeltRight.NO, Reassurance.NONE
    for choice in choices:
        if choice.id in seen:
            raise LedgerInputError("Each choice can be counted only once.")
        seen.add(choice.id)
        if choice.gut is GutDecision.FOLLOWED:
            followed += 1
        else:
            overrode += 1
        made = choice.made_at
        # Offsets are under a day, so from the 2nd to the 27th the local month is the UTC
        # month; converting only near month edges keeps 20,000 choices well inside budget.
        if not utc_months and not 2 <= made.day <= 27:
            made = made.astimezone(tz)
        key = made.year * 100 + made.month
        month = months.get(key)
        if month is None:
            month = months[key] = [0, 0]
        month[0] += 1
        if choice.reassurance is none_:
            none_count += 1
            month[1] += 1
        answer = choice.latest_look_back
        if answer is None:
            continue
        tally[choice.gut][slot[answer]] += 1
        if answer is yes or answer is no:
            confidence = choice.confidence
            error = confidence - 100 if answer is yes else confidence
            squared_error_sum += error * error
            # [0,20) [20,40) [40,60) [60,80) [80,100]: 100 joins the top band.
            index = 4 if confidence >= 80 else confidence // 20
            band_count[index] += 1
            band_confidence[index] += confidence
            if answer is yes:
                band_yes[index] += 1

    f_yes, f_partly, f_no, f_early = tally[GutDecision.FOLLOWED]
    o_yes, o_partly, o_no, o_early = tally[GutDecision.OVERRODE]
    scored = f_yes + f_no + o_yes + o_no
    total = followed + overrode
    return Evidence(
        choices=total,
        followed_gut=followed,
        overrode_gut=overrode,
        looked_back=scored + f_partly + o_partly,
        too_early=f_early + o_early,
        felt_right=f_yes + o_yes,
        felt_right_when_followed=f_yes,
        partly_when_followed=f_partly,
        looked_back_when_followed=f_yes + f_partly + f_no,
        felt_right_when_overrode=o_yes,
        partly_when_overrode=o_partly,
        looked_back_when_overrode=o_yes + o_partly + o_no,
        scored_look_backs=scored,
        brier=squared_error_sum / (10_000 * scored) if scored else None,
        calibration=tuple(
            CalibrationBand(
                band=name,
                low=20 * i,
                high=20 * (i + 1),
                count=band_count[i],
                mean_confidence=band_confidence[i] / band_count[i] if band_count[i] else None,
                felt_right_rate=band_yes[i] / band_count[i] if band_count[i] else None,
            )
            for i, name in enumerate(BANDS)
        ),
        reassurance_none_share=none_count / total if total else None,
        reassurance_by_month=tuple(
            MonthShare(f"{key // 100:04d}-{key % 100:02d}", choices=count, none_share=nones / count)
            for key, (count, nones) in sorted(months.items())
        ),
        small_numbers=scored < SMALL_NUMBERS_THRESHOLD,
    )


def latest_look_back(
    look_backs: Iterable[tuple[datetime, FeltRight]],
) -> tuple[datetime, FeltRight] | None:
    """Return the look-back that counts: the latest one; on equal times, the one listed last."""
    latest: tuple[datetime, FeltRight] | None = None
    for look_back in look_backs:
        if latest is None or look_back[0] >= latest[0]:
            latest = look_back
    return latest


def read_band(band: CalibrationBand, *, tolerance: float = BAND_TOLERANCE_POINTS) -> BandReading:
    """Compare how often a band felt right with how sure the person was in it."""
    if band.count == 0 or band.felt_right_rate is None or band.mean_confidence is None:
        return BandReading.NOTHING_YET
    if band.count < BAND_MIN_COUNT:
        return BandReading.TOO_FEW
    gap = band.felt_right_rate * 100 - band.mean_confidence
    if gap > tolerance:
        return BandReading.MORE_OFTEN
    if gap < -tolerance:
        return BandReading.LESS_OFTEN
    return BandReading.AS_EXPECTED


def look_back_due_at(
    made_at: datetime, *, delay: timedelta | None = DEFAULT_LOOK_BACK_DELAY
) -> datetime | None:
    """Return when to invite the first look-back; None when look-backs are turned off."""
    _require_aware(made_at, "The time of the choice")
    if delay is None:
        return None
    if delay <= timedelta(0):
        raise LedgerInputError("The time before a look-back is longer than zero.")
    return made_at + delay


def next_look_back_at(
    choice: ChoiceFacts, delay: timedelta | None = DEFAULT_LOOK_BACK_DELAY
) -> datetime | None:
    """Return when to invite a look-back for this choice, or None if none is waiting."""
    if choice.latest_look_back is None:
        return look_back_due_at(choice.made_at, delay=delay)
    if choice.latest_look_back is FeltRight.TOO_EARLY and choice.looked_back_at is not None:
        # Ask again one delay after "too early", not after the choice: otherwise the
        # invitation would come straight back, which feels like being chased.
        return look_back_due_at(choice.looked_back_at, delay=delay)
    return None  # already answered; looking back again is always open, just not prompted


def is_due(
    choice: ChoiceFacts, now: datetime, delay: timedelta | None = DEFAULT_LOOK_BACK_DELAY
) -> bool:
    """Tell whether a look-back invitation is waiting for this choice at `now`."""
    _require_aware(now, "The current time")
    due = next_look_back_at(choice, delay)
    return due is not None and now >= due


def recent_honoured(choices: Iterable[ChoiceFacts], limit: int = 12) -> list[ChoiceFacts]:
    """Return up to `limit` choices whose latest look-back is yes, most recently made first."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise LedgerInputError("The number of choices to show is a whole number, 0 or more.")
    honoured = (c for c in choices if c.latest_look_back is FeltRight.YES)
    # Ties on the same moment go to the higher id, i.e. the one recorded later.
    return heapq.nlargest(limit, honoured, key=lambda c: (c.made_at, c.id))
