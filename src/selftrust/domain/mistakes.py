"""Mistakes as information: what happened, what I expected, what it tells me, next time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.domain.text import InputInvalid, check_optional_text, check_text

MISTAKE_TEXT_MAX_CHARS = 5_000
# The names used in messages about each optional field.
LABELS: dict[str, str] = {
    "expected": "What you expected",
    "information": "What it tells you",
    "next_time": "What you could try next time",
    "kind_sentence": "Your kind sentence",
}


@dataclass(frozen=True, slots=True)
class Mistake:
    id: int
    what_happened: str
    expected: str | None
    information: str | None  # what it tells me
    next_time: str | None
    kind_sentence: str | None
    choice_id: int | None  # a choice from the ledger this grew out of, if any
    created_at: datetime
    updated_at: datetime

    @property
    def texts(self) -> tuple[str | None, ...]:
        return (
            self.what_happened,
            self.expected,
            self.information,
            self.next_time,
            self.kind_sentence,
        )


@dataclass(frozen=True, slots=True)
class MistakeFields:
    """Every field of a mistake, checked; what storage saves."""

    what_happened: str
    expected: str | None = None
    information: str | None = None
    next_time: str | None = None
    kind_sentence: str | None = None
    choice_id: int | None = None


class ChoiceLinkInvalid(InputInvalid):
    """The choice to link is not one of this person's choices."""


def check_what_happened(text: object) -> str:
    """Return what happened exactly as written, or raise TextInvalid."""
    return check_text(text, label="What happened", max_chars=MISTAKE_TEXT_MAX_CHARS)


def check_mistake_answer(text: object, *, label: str) -> str | None:
    """Return an optional answer as written (None when left empty), or raise TextInvalid."""
    return check_optional_text(text, label=label, max_chars=MISTAKE_TEXT_MAX_CHARS)


def check_choice_id(value: object) -> int | None:
    """Return a possible choice id (None for no link), or raise ChoiceLinkInvalid."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ChoiceLinkInvalid("The choice to link is given by its number.")
    if not 1 <= value <= MAX_RECORD_ID:
        raise ChoiceLinkInvalid(f"There is no choice number {value} to link to.")
    return value


def no_such_choice(choice_id: int) -> ChoiceLinkInvalid:
    """The one message for a choice that is missing or someone else's (never say which)."""
    return ChoiceLinkInvalid(
        f"There is no choice number {choice_id} to link to. Nothing was saved; you can save "
        "this without a link."
    )
