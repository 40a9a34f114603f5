"""Geometry of the body-map silhouette (front and back), drawn server-side as inline SVG.

Each region is one or more simple shapes plus a number badge: shading shows how often a
place came up and the badge shows the count, so colour is never the only cue. Coordinates are
in a 380 x 420 viewBox; the template draws shapes in this order (larger ones first).
"""

from __future__ import annotations

from dataclasses import dataclass

from selftrust.content import body_copy as copy
from selftrust.domain.body import BodyMap, RegionSummary

VIEWBOX = "0 0 380 420"
SHADES = 4


@dataclass(frozen=True, slots=True)
class Shape:
    tag: str  # rect, circle or ellipse
    attrs: tuple[tuple[str, float], ...]


def _rect(x: float, y: float, w: float, h: float, r: float = 8) -> Shape:
    return Shape("rect", (("x", x), ("y", y), ("width", w), ("height", h), ("rx", r)))


def _circle(cx: float, cy: float, r: float) -> Shape:
    return Shape("circle", (("cx", cx), ("cy", cy), ("r", r)))


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> Shape:
    return Shape("ellipse", (("cx", cx), ("cy", cy), ("rx", rx), ("ry", ry)))


# region -> (shapes, badge centre, where a short line from the badge meets the region)
Point = tuple[float, float]
GEOMETRY: dict[str, tuple[tuple[Shape, ...], Point, Point | None]] = {
    "whole_body": ((_rect(16, 6, 188, 392, 24),), (34, 24), None),
    "back": ((_rect(256, 88, 68, 110, 12),), (290, 143), None),
    "arms": ((_rect(42, 100, 18, 100, 9), _rect(160, 100, 18, 100, 9)), (28, 150), (51, 150)),
    "legs": ((_rect(76, 228, 30, 130, 10), _rect(114, 228, 30, 130, 10)), (58, 300), (76, 300)),
    "hands": ((_circle(51, 214, 11), _circle(169, 214, 11)), (192, 214), (180, 214)),
    "feet": ((_ellipse(90, 370, 18, 9), _ellipse(130, 370, 18, 9)), (168, 384), (146, 374)),
    "hips": ((_rect(72, 198, 76, 30),), (110, 213), None),
    "stomach": ((_rect(76, 154, 68, 44, 4),), (110, 176), None),
    "chest": ((_rect(76, 108, 68, 46, 4),), (110, 131), None),
    "shoulders": ((_rect(62, 88, 96, 20, 10),), (184, 84), (156, 96)),
    "throat": ((_rect(100, 72, 20, 16, 4),), (74, 80), (100, 80)),
    "head": ((_circle(110, 42, 26),), (152, 28), (133, 34)),
    "jaw": ((_ellipse(110, 64, 14, 7),), (152, 62), (124, 64)),
}
# The back view's head, arms and legs are drawn for orientation only (not regions).
BACK_OUTLINE: tuple[Shape, ...] = (
    _circle(290, 42, 26),
    _rect(280, 68, 20, 20, 4),
    _rect(232, 100, 18, 100, 9),
    _rect(330, 100, 18, 100, 9),
    _rect(256, 198, 68, 30),
    _rect(256, 228, 30, 130, 10),
    _rect(294, 228, 30, 130, 10),
)
LABELS = ((110, 414, copy.FRONT_LABEL), (290, 414, copy.BACK_LABEL))


@dataclass(frozen=True, slots=True)
class DrawnRegion:
    summary: RegionSummary
    shapes: tuple[Shape, ...]
    badge: Point
    anchor: Point | None
    level: int
    title: str


def drawing(body_map: BodyMap) -> list[DrawnRegion]:
    """Return every region in drawing order with its shade level, badge and hover title."""
    by_region = {s.region: s for s in body_map.regions}
    drawn = []
    for region, (shapes, badge, anchor) in GEOMETRY.items():
        summary = by_region[region]
        drawn.append(
            DrawnRegion(
                summary=summary,
                shapes=shapes,
                badge=badge,
                anchor=anchor,
                level=body_map.level(summary, steps=SHADES),
                title=copy.region_title(summary.label, summary.count, summary.mean_intensity),
            )
        )
    return drawn
