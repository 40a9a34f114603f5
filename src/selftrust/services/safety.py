"""The safety check every free-text field goes through on save.

The text is always saved as written; the check only decides whether the calm help card shows.
It is not shown twice in a row for the same text (a digest of the last text that showed it is
kept in the profile's settings, never the text itself).

Which reader checks the text is chosen once per process by the composition root
(``read_with_meaning``): the rules alone, or the rules plus the optional semantic layer
(``selftrust.language.meaning``), which may only add to what the rules notice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from selftrust.domain.profile import Profile
from selftrust.language.crisis import CrisisKind, CrisisResult, detect_crisis
from selftrust.storage import settings
from selftrust.storage.database import Connection

T = TypeVar("T")
LAST_CARD_KEY = "last_card_digest"
# When several kinds show at once, the card is shaped for the most urgent one.
KIND_PRIORITY = (
    CrisisKind.SUICIDE,
    CrisisKind.SELF_HARM,
    CrisisKind.HARM_FROM_OTHERS,
    CrisisKind.CONCERN_FOR_OTHER,
)
_reader = {"meaning": False}  # this process's choice; see read_with_meaning


def read_with_meaning(enabled: bool) -> None:
    """Choose, for this process, whether saved text is also read by the semantic layer."""
    _reader["meaning"] = enabled


def choose_reader(mode: str, *, long_running: bool) -> bool:
    """Set this process's reader from the ``semantic`` setting; return whether meaning is on.

    ``auto`` uses the semantic layer in a long-running server when it is installed, and not in
    one-shot commands, where loading the model would double the start-up time; ``on`` uses it
    wherever it is installed; ``off`` never. A missing or broken layer always means rules alone.
    """
    wanted = mode == "on" or (mode == "auto" and long_running)
    if wanted:
        from selftrust.language import semantic

        wanted = semantic.installed()
    read_with_meaning(wanted)
    return wanted


def reads_with_meaning() -> bool:
    """Whether this process reads saved text with the semantic layer as well as the rules."""
    return _reader["meaning"]


def detect(text: str) -> CrisisResult:
    """Read one text the way this process was set up to: rules, or rules plus meaning."""
    if _reader["meaning"]:
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
