"""Server-drawn line charts for inline SVG: no script, same numbers as the table beside them.

Points are spaced evenly by order, not by date, so a busy week and a quiet month read the same
way; the table next to every chart carries the dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

WIDTH = 640
HEIGHT = 240
# Room for the y-axis labels on the left and the first/last labels underneath.
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 36
TICK_STEPS = (0.5, 1, 2, 4, 5, 10, 20, 25)
MAX_TICKS = 7


@dataclass(frozen=True, slots=True)
class ChartPoint:
    x: float
    y: float
    value: str


@dataclass(frozen=True, slots=True)
class Tick:
    y: float
    label: str


@dataclass(frozen=True, slots=True)
class LineChart:
    width: int
    height: int
    left: int
    right_edge: int
    bottom_edge: int
    points: tuple[ChartPoint, ...]
    ticks: tuple[Tick, ...]
    first_label: str
    last_label: str
    label: str  # the aria-label: what the chart shows, in one sentence
    caption: str

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


def _text(value: int | Decimal | float) -> str:
    if isinstance(value, int):
        return str(value)
    return f"{Decimal(str(value)):.2f}"


def line_chart(
    values: Sequence[int | Decimal],
    *,
    lowest: int | Decimal,
    highest: int | Decimal,
    first_label: str,
    last_label: str,
    label: str,
    caption: str,
) -> LineChart:
    """Place values on a fixed scale from lowest to highest (the instrument's full range)."""
    span = float(highest - lowest) or 1.0
    inner_w = WIDTH - LEFT - RIGHT
    inner_h = HEIGHT - TOP - BOTTOM
    step = inner_w / (len(values) - 1) if len(values) > 1 else 0.0

    def y_of(value: float) -> float:
        return TOP + inner_h * (1 - (value - float(lowest)) / span)

    points = tuple(
        ChartPoint(
            x=LEFT + (step * i if len(values) > 1 else inner_w / 2),
            y=y_of(float(v)),
            value=_text(v),
        )
        for i, v in enumerate(values)
    )
    ticks = tuple(Tick(y=y_of(at), label=_tick_label(at)) for at in _tick_values(lowest, span))
    return LineChart(
        width=WIDTH,
        height=HEIGHT,
        left=LEFT,
        right_edge=WIDTH - RIGHT,
        bottom_edge=HEIGHT - BOTTOM,
        points=points,
        ticks=ticks,
        first_label=first_label,
        last_label=last_label,
        label=label,
        caption=caption,
    )


def _tick_values(lowest: int | Decimal, span: float) -> list[float]:
    # The smallest round step that keeps the axis to a few labels (0, 5, 10 … for the GAD-7).
    step = next((s for s in TICK_STEPS if span / s <= MAX_TICKS - 1), span)
    count = int(span / step + 1e-9)
    return [float(lowest) + step * k for k in range(count + 1)]


def _tick_label(value: float) -> str:
    return f"{value:g}"
