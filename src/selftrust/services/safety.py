"""The safety check every free-text field goes through on save.

The text is always saved as written; the check only decides whether the calm help card shows.
It is not shown twice in a row for the same text (a digest of the last text that showed it is
kept in the profile's settings, never the text itself).

Which reader checks the text is chosen once per process (``services/reader.py``): the rules
alone, or the rules plus the optional semantic layer (``selftrust.language.meaning``), which may
only add to what the rules notice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from selftrust.domain.profile import Profile
from selftrust.language.crisis import CrisisKind, CrisisResult, detect_crisis
from selftrust.services.reader import choose_reader, read_with_meaning, reads_with_meaning
from selftrust.storage import settings
from selftrust.storage.database import Connection

__all__ = [
    "KIND_PRIORITY",
    "NO_CONCERN",
    "SafetyCheck",
    "Saved",
    "check_texts",
    "choose_reader",
    "detect",
    "read_with_meaning",
    "reads_with_meaning",
]

T = TypeVar("T")
LAST_CARD_KEY = "last_card_digest"
# When several kinds show at once, the card is shaped for the most urgent one.
KIND_PRIORITY = (
    CrisisKind.SUICIDE,
    CrisisKind.SELF_HARM,
    CrisisKind.HARM_FROM_OTHERS,
    CrisisKind.CONCERN_FOR_OTHER,
)


def detect(text: str) -> CrisisResult:
    """Read one text the way this process was set up to: rules, or rules plus meaning."""
    if reads_with_meaning():
        from selftrust.language.meaning import crisis_with_meaning

        return crisis_with_meaning(text)
    return detect_crisis(text)


@dataclass(frozen=True, slots=True)
class SafetyCheck:
    crisis: bool
    kinds: tuple[CrisisKind, ...]
    show_card: bool
    results: tuple[CrisisResult, ...] = field(default=(), repr=False)

    @property
    def primary_kind(self) -> CrisisKind | None:
        return next((k for k in KIND_PRIORITY if k in self.kinds), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "crisis": self.crisis,
            "crisis_kinds": [k.value for k in self.kinds],
            "show_card": self.show_card,
        }


NO_CONCERN = SafetyCheck(crisis=False, kinds=(), show_card=False)


def check_texts(conn: Connection, profile: Profile, texts: Iterable[str | None]) -> SafetyCheck:
    """Check every free-text field of one record; decide whether the card shows."""
    fields = [t for t in texts if t]
    results = tuple(detect(t) for t in fields)
    kinds = tuple(sorted({k for r in results for k in r.kinds}, key=KIND_PRIORITY.index))
    if not kinds:
        if settings.get(conn, profile, LAST_CARD_KEY) is not None:
            settings.remove(conn, profile, LAST_CARD_KEY)
        return SafetyCheck(crisis=False, kinds=(), show_card=False, results=results)
    digest = hashlib.sha256("\x1f".join(fields).encode()).hexdigest()
    shown_before = settings.get(conn, profile, LAST_CARD_KEY) == digest
    if not shown_before:
        settings.put(conn, profile, LAST_CARD_KEY, digest)
    return SafetyCheck(crisis=True, kinds=kinds, show_card=not shown_before, results=results)


@dataclass(frozen=True, slots=True)
class Saved(Generic[T]):
    """A record as stored, with what the safety check noticed in its text."""

    record: T
    safety: SafetyCheck
