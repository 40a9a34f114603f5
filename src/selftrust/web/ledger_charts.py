"""Bar-chart geometry for the evidence page, drawn as inline SVG by the template.

Server-side and script-free: the numbers are placed here, the template only writes them out.
Every chart is shown next to a table with the same data, so the chart is never the only way in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH = 640
HEIGHT = 280
LEFT = 48  # room for the percentage axis
RIGHT = 8
TOP = 16
PLOT_HEIGHT = 200
LABEL_Y = TOP + PLOT_HEIGHT + 20


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    kind: str  # a CSS class, so light and dark colours live in app.css


@dataclass(frozen=True, slots=True)
class Label:
    x: float
    y: float
    text: str


@dataclass(frozen=True, slots=True)
class BarChart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    labels: tuple[Label, ...]
    gridlines: tuple[Label, ...]  # y position and the percentage written beside it
    plot_left: int
    plot_right: int


@dataclass(frozen=True, slots=True)
class Group:
    """One place on the x axis: its label lines and one value per series (0–100, or None)."""

    label: tuple[str, ...]
    values: tuple[float | None, ...]


def bar_chart(groups: Sequence[Group], kinds: Sequence[str]) -> BarChart:
    """Place grouped bars for percentages from 0 to 100; None leaves a gap, never a zero."""
    plot_right = WIDTH - RIGHT
    slot = (plot_right - LEFT) / max(1, len(groups))
    bar_width = min(40.0, slot * 0.8 / max(1, len(kinds)))
    bars: list[Bar] = []
    labels: list[Label] = []
    for index, group in enumerate(groups):
        centre = LEFT + slot * (index + 0.5)
        start = centre - bar_width * len(kinds) / 2
        for series, (value, kind) in enumerate(zip(group.values, kinds, strict=True)):
            if value is None:
                continue
            height = PLOT_HEIGHT * max(0.0, min(100.0, value)) / 100
            # A true zero still shows as a hairline, so it reads as "0", not as "nothing yet".
            height = max(height, 1.0)
            x = start + series * bar_width
            bars.append(
                Bar(
                    round(x, 1),
                    round(TOP + PLOT_HEIGHT - height, 1),
                    round(bar_width - 2, 1),
                    round(height, 1),
                    kind,
                )
            )
        for line, text in enumerate(group.label):
            labels.append(Label(round(centre, 1), LABEL_Y + 16 * line, text))
    gridlines = tuple(
        Label(LEFT - 6, TOP + PLOT_HEIGHT - PLOT_HEIGHT * p / 100, f"{p} %") for p in (0, 50, 100)
    )
    return BarChart(WIDTH, HEIGHT, tuple(bars), tuple(labels), gridlines, LEFT, plot_right)
