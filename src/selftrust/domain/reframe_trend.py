"""The gentle trend of reframes: labeling and all-or-nothing words per month, and the change.

The change is in feeling strength from step 1 to step 4. Pure: facts in, exact counts out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

LABELING = "labeling"


@dataclass(frozen=True, slots=True)
class ReframeFacts:
    """What the trend needs from one reframe."""

    created_at: datetime
    traps: tuple[str, ...]
    absolutist_words: tuple[str, ...]
    feeling_before: int | None
    feeling_after: int | None


@dataclass(frozen=True, slots=True)
class MonthTrend:
    month: str  # "YYYY-MM"
    entries: int
    with_labeling: int
    with_absolutist: int
    rated_both: int  # entries with a feeling number in step 1 and in step 4
    drop_total: int  # sum of (before - after) over those entries

    @property
    def labeling_share(self) -> float:
        return self.with_labeling / self.entries

    @property
    def absolutist_share(self) -> float:
        return self.with_absolutist / self.entries

    @property
    def average_drop(self) -> float | None:
        return self.drop_total / self.rated_both if self.rated_both else None


@dataclass(frozen=True, slots=True)
class Trend:
    months: tuple[MonthTrend, ...]  # oldest first, only months with entries

    @property
    def entries(self) -> int:
        return sum(m.entries for m in self.months)

    @property
    def rated_both(self) -> int:
        return sum(m.rated_both for m in self.months)

    @property
    def average_drop(self) -> float | None:
        """Average of (feeling before - feeling after); positive means the feeling eased."""
        rated = self.rated_both
        return sum(m.drop_total for m in self.months) / rated if rated else None


def compute_trend(entries: Iterable[ReframeFacts], *, tz: tzinfo = UTC) -> Trend:
    """Add up reframes per month: labeling, absolutist words, and the change in feeling."""
    months: dict[tuple[int, int], list[int]] = {}
    for entry in entries:
        made = entry.created_at.astimezone(tz)
        tally = months.setdefault((made.year, made.month), [0, 0, 0, 0, 0])
        tally[0] += 1
        tally[1] += LABELING in entry.traps
        tally[2] += bool(entry.absolutist_words)
        if entry.feeling_before is not None and entry.feeling_after is not None:
            tally[3] += 1
            tally[4] += entry.feeling_before - entry.feeling_after
    return Trend(
        months=tuple(
            MonthTrend(f"{year:04d}-{month:02d}", *tally)
            for (year, month), tally in sorted(months.items())
        )
    )


def last_months(trend: Trend, count: int) -> Sequence[MonthTrend]:
    """The most recent `count` months that have entries, oldest first."""
    return trend.months[-count:] if count > 0 else ()
