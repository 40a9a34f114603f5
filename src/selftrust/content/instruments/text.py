"""The one shape every instrument's text shares, so adding one is filling in the same form.

Validated items and response options are reproduced word for word from the published forms;
everything else (about, notes, meanings) is written for this app.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

NOT_A_DIAGNOSIS = "This is not a diagnosis."


@dataclass(frozen=True, slots=True)
class Option:
    """One response option: the stored value and the label the person sees."""

    value: int
    label: str


@dataclass(frozen=True, slots=True)
class LoincCodes:
    """LOINC codes we could confirm; None where no code exists or none was confirmed."""

    panel: str | None = None
    total: str | None = None
    items: tuple[str, ...] | None = None  # in item order


@dataclass(frozen=True, slots=True)
class ScaleQuestion:
    """A single 0-to-N rating outside the items, such as distress right now."""

    question: str
    lowest: Option
    highest: Option
    note: str


@dataclass(frozen=True, slots=True)
class InstrumentText:
    """Everything a screen, report or export needs to show one instrument."""

    id: str
    title: str
    short_name: str
    about: str  # ours: what it asks and how long it takes, shown before starting
    content_note: str | None  # ours: shown before material that may stir things up
    instructions: str  # verbatim for validated instruments (see docs/instruments.md)
    stem: str | None  # the lead-in printed above the items, where the form has one
    items: tuple[str, ...]  # verbatim for validated instruments; never edit without the checksum
    options: tuple[Option, ...]  # in the order the form shows them
    citation: str
    licence: str
    source_url: str | None
    loinc: LoincCodes
    validated: bool
    validation_note: str  # ours: says plainly whether this is a validated measure
    meaning: str  # ours: what the score means, always ending with NOT_A_DIAGNOSIS
    # Ours: one short note per result key, shown when that key applies. Keys are band values
    # ("mild") or the name of a True flag ("safety_flag", "assessment_suggested", ...).
    result_notes: Mapping[str, str]
