"""The gentle trend as a server-drawn bar chart (inline SVG, no script).

Two bars per month on a fixed 0-100 % scale, so a month with one entry and a month with ten
read on the same axis; the table beside the chart carries the exact counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from selftrust.content.reframes_copy import MONTH_NAMES
from selftrust.domain.reframe_trend import MonthTrend

WIDTH = 640
HEIGHT = 240
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 36


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    series: str  # "labeling" or "absolutist": the CSS class picks the colour and pattern


@dataclass(frozen=True, slots=True)
class AxisLabel:
    x: float
    y: float
    text: str


@dataclass(frozen=True, slots=True)
class BarChart:
    width: int
    height: int
    left: int
    right_edge: int
    baseline: float
    bars: tuple[Bar, ...]
    months: tuple[AxisLabel, ...]
    ticks: tuple[AxisLabel, ...]
    label: str  # the aria-label: what the chart shows, in words


def short_month(month: str) -> str:
    """Turn "2026-03" into "Mar 26" for a narrow axis label."""
    year, number = month.split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year[2:]}"


def share_chart(months: Sequence[MonthTrend], *, label: str) -> BarChart:
    """Place each month's two shares as bars on a 0-100 % scale."""
    inner_w = WIDTH - LEFT - RIGHT
    inner_h = HEIGHT - TOP - BOTTOM
    baseline = TOP + inner_h
    group = inner_w / max(1, len(months))
    bar_w = min(24.0, group * 0.35)
    bars: list[Bar] = []
    labels: list[AxisLabel] = []
    for i, month in enumerate(months):
        middle = LEFT + group * (i + 0.5)
        for offset, series, share in (
            (-bar_w, "labeling", month.labeling_share),
            (0.0, "absolutist", month.absolutist_share),
        ):
            height = inner_h * share
            bars.append(Bar(middle + offset, baseline - height, bar_w, height, series))
        labels.append(AxisLabel(middle, baseline + 22, short_month(month.month)))
    ticks = tuple(
        AxisLabel(LEFT - 6, baseline - inner_h * p / 100, f"{p}%") for p in range(0, 101, 25)
    )
    return BarChart(
        width=WIDTH,
        height=HEIGHT,
        left=LEFT,
        right_edge=WIDTH - RIGHT,
        baseline=baseline,
        bars=tuple(bars),
        months=tuple(labels),
        ticks=ticks,
        label=label,
    )
