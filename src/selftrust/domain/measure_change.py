"""Compare two totals of one measure against its published change thresholds.

Pure: stdlib only, no I/O, no clock. Direction words stay neutral ("lower", "higher",
"about the same"); whether a direction is easier comes from the instrument's spec, as data.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from selftrust.domain.measures import Direction, ScoringSpec, Total, get_spec, json_number
from selftrust.domain.text import InputInvalid


class TotalInvalid(InputInvalid):
    """A stored total that cannot belong to the instrument it is compared for."""


@dataclass(frozen=True, slots=True)
class Change:
    """How a total moved between two completions of the same instrument."""

    instrument: str
    previous: Total
    current: Total
    delta: Total  # current minus previous
    direction: Direction
    toward_easier: bool | None  # None when the total did not move
    meaningful: bool  # always False when the authors publish no threshold
    threshold: Total | None
    response: bool | None = None  # PCL-5 only: moved 5 points or more

    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready dict of the change."""
        data: dict[str, object] = {
            "instrument": self.instrument,
            "previous": json_number(self.previous),
            "current": json_number(self.current),
            "delta": json_number(self.delta),
            "direction": self.direction.value,
            "toward_easier": self.toward_easier,
            "meaningful": self.meaningful,
            "threshold": None if self.threshold is None else json_number(self.threshold),
        }
        if self.response is not None:
            data["response"] = self.response
        return data


def change(instrument_id: str, previous_total: Total, current_total: Total) -> Change:
    """Compare two totals of one instrument against its published change thresholds."""
    spec = get_spec(instrument_id)
    previous = _checked_total(spec, previous_total)
    current = _checked_total(spec, current_total)
    delta = current - previous
    direction = Direction.HIGHER if delta > 0 else Direction.LOWER if delta < 0 else Direction.SAME
    threshold = spec.meaningful_change
    size = -delta if delta < 0 else delta
    return Change(
        instrument=spec.instrument,
        previous=previous,
        current=current,
        delta=delta,
        direction=direction,
        toward_easier=None if direction is Direction.SAME else direction is spec.easier,
        meaningful=threshold is not None and size >= threshold,
        threshold=threshold,
        response=None if spec.response_change is None else size >= spec.response_change,
    )


def _checked_total(spec: ScoringSpec, value: object) -> Total:
    decimal_allowed = isinstance(spec.min_total, Decimal)
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TotalInvalid(f"{value!r} is not a {spec.short_name} total.")
    if isinstance(value, Decimal) and not (decimal_allowed and value.is_finite()):
        raise TotalInvalid(f"{value!r} is not a {spec.short_name} total.")
    total: Total = value
    if not spec.min_total <= total <= spec.max_total:
        raise TotalInvalid(
            f"{value!r} is outside the {spec.short_name} range of {spec.min_total}"
            f" to {spec.max_total}."
        )
    return Decimal(total) if decimal_allowed else total
