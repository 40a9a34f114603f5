"""All instruments by id: five validated measures and our own check-in.

Each module exposes one `INSTRUMENT` of the same shape (see `text.InstrumentText`); adding one
is the short recipe in docs/instruments.md. WHO-5 is deliberately left out: its licence is
non-commercial, and selftrust may be hosted by organisations.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from selftrust.content.instruments import checkin, gad7, pcl5, phq9, rses, scssf
from selftrust.content.instruments.text import InstrumentText

INSTRUMENTS: Mapping[str, InstrumentText] = MappingProxyType(
    {module.INSTRUMENT.id: module.INSTRUMENT for module in (gad7, phq9, pcl5, scssf, rses, checkin)}
)

__all__ = ["INSTRUMENTS", "InstrumentText"]
