"""Inner critic to kind voice: the reframe record, its checks, highlights and the gentle trend.

Pure: the analyzer's matches come in as spans, times come in as arguments.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum, StrEnum
from itertools import pairwise
from typing import TypeVar

from selftrust.domain.text import InputInvalid, check_optional_text, check_text

REFRAME_TEXT_MAX_CHARS = 5_000
FEELING_MIN = 0
FEELING_MAX = 10
SEARCH_MAX_CHARS = 200
_T = TypeVar("_T")


class ReframeStatus(StrEnum):
    DRAFT = "draft"
    DONE = "done"


class Keep(Enum):
    """Marks a field an update leaves as it is (None would mean 'clear it')."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True, slots=True)
class Reframe:
    id: int
    thought: str
    feeling_before: int | None
    feeling_now: str | None  # step 3, mindfulness: what am I feeling right now
    common_humanity: str | None  # step 3: who else might feel this way
    friend_words: str | None  # step 3, kindness: what would I say to a friend
    reply: str | None  # step 4: the person's own kind reply
    feeling_after: int | None
    # Captured from the thought when it was saved, so history and the trend do not shift
    # when the analyzer's rules change later.
    traps: tuple[str, ...]
    absolutist_words: tuple[str, ...]
    status: ReframeStatus
    created_at: datetime
    updated_at: datetime

    @property
    def texts(self) -> tuple[str | None, ...]:
        return (self.thought, self.feeling_now, self.common_humanity, self.friend_words, self.reply)


@dataclass(frozen=True, slots=True)
class ReframeFields:
    """Every field a person writes, checked; what storage saves."""

    thought: str
    feeling_before: int | None = None
    feeling_now: str | None = None
    common_humanity: str | None = None
    friend_words: str | None = None
    reply: str | None = None
    feeling_after: int | None = None
    status: ReframeStatus = ReframeStatus.DRAFT


@dataclass(frozen=True, slots=True)
class ReframeChanges:
    """Checked changes to a saved reframe: KEEP leaves a field as it is, None clears it."""

    thought: str | Keep = KEEP
    feeling_before: int | Keep | None = KEEP
    feeling_now: str | Keep | None = KEEP
    common_humanity: str | Keep | None = KEEP
    friend_words: str | Keep | None = KEEP
    reply: str | Keep | None = KEEP
    feeling_after: int | Keep | None = KEEP
    status: ReframeStatus | Keep = KEEP

    def apply(self, fields: ReframeFields) -> ReframeFields:
        """Return the fields with these changes made."""

        def pick(new: _T | Keep, old: _T) -> _T:
            return old if isinstance(new, Keep) else new

        return ReframeFields(
            thought=pick(self.thought, fields.thought),
            feeling_before=pick(self.feeling_before, fields.feeling_before),
            feeling_now=pick(self.feeling_now, fields.feeling_now),
            common_humanity=pick(self.common_humanity, fields.common_humanity),
            friend_words=pick(self.friend_words, fields.friend_words),
            reply=pick(self.reply, fields.reply),
            feeling_after=pick(self.feeling_after, fields.feeling_after),
            status=pick(self.status, fields.status),
        )

    @property
    def texts(self) -> tuple[str | None, ...]:
        """The free texts written in this change (what the crisis check looks at)."""
        values = (self.thought, self.feeling_now, self.common_humanity, self.friend_words)
        return tuple(v for v in (*values, self.reply) if not isinstance(v, Keep))


class ReframeInputError(InputInvalid):
    """A feeling number or status the reframe cannot use."""


# The names used in messages about each field.
LABELS: dict[str, str] = {
    "feeling_before": "The feeling at the start",
    "feeling_after": "The feeling at the end",
    "feeling_now": "What you're feeling right now",
    "common_humanity": "Who else might feel this way",
    "friend_words": "What you'd say to a friend",
    "reply": "Your kind reply",
}


def check_thought(text: object) -> str:
    """Return the thought exactly as written, or raise TextInvalid."""
    return check_text(text, label="The thought", max_chars=REFRAME_TEXT_MAX_CHARS)


def check_answer(text: object, *, label: str) -> str | None:
    """Return an optional answer as written (None when left empty), or raise TextInvalid."""
    return check_optional_text(text, label=label, max_chars=REFRAME_TEXT_MAX_CHARS)


def check_feeling(value: object, *, label: str) -> int | None:
    """Return a feeling strength 0–10 (None when skipped), or raise ReframeInputError."""
    if value is None:
        return None
    # bool is a subclass of int: True as "1" is always a bug upstream.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ReframeInputError(f"{label} is a whole number from 0 to 10.")
    if not FEELING_MIN <= value <= FEELING_MAX:
        raise ReframeInputError(f"{label} is a whole number from 0 to 10, and {value} is not.")
    return value


def check_status(value: object) -> ReframeStatus:
    """Return a known status, or raise ReframeInputError."""
    if isinstance(value, str) and value in set(ReframeStatus):
        return ReframeStatus(value)
    raise ReframeInputError("A reframe is either a draft or done.")


def check_new_reframe(
    *,
    thought: object,
    feeling_before: object = None,
    feeling_now: object = None,
    common_humanity: object = None,
    friend_words: object = None,
    reply: object = None,
    feeling_after: object = None,
    status: object = ReframeStatus.DRAFT,
) -> ReframeFields:
    """Check every field of a new reframe; raise InputInvalid with one sentence if any is off."""
    return ReframeFields(
        thought=check_thought(thought),
        feeling_before=check_feeling(feeling_before, label=LABELS["feeling_before"]),
        feeling_now=check_answer(feeling_now, label=LABELS["feeling_now"]),
        common_humanity=check_answer(common_humanity, label=LABELS["common_humanity"]),
        friend_words=check_answer(friend_words, label=LABELS["friend_words"]),
        reply=check_answer(reply, label=LABELS["reply"]),
        feeling_after=check_feeling(feeling_after, label=LABELS["feeling_after"]),
        status=check_status(status),
    )


def check_changes(
    *,
    thought: object = KEEP,
    feeling_before: object = KEEP,
    feeling_now: object = KEEP,
    common_humanity: object = KEEP,
    friend_words: object = KEEP,
    reply: object = KEEP,
    feeling_after: object = KEEP,
    status: object = KEEP,
) -> ReframeChanges:
    """Check the fields being changed (KEEP: unchanged); raise InputInvalid if any is off."""

    def answer(value: object, name: str) -> str | Keep | None:
        return KEEP if value is KEEP else check_answer(value, label=LABELS[name])

    def feeling(value: object, name: str) -> int | Keep | None:
        return KEEP if value is KEEP else check_feeling(value, label=LABELS[name])

    return ReframeChanges(
        thought=KEEP if thought is KEEP else check_thought(thought),
        feeling_before=feeling(feeling_before, "feeling_before"),
        feeling_now=answer(feeling_now, "feeling_now"),
        common_humanity=answer(common_humanity, "common_humanity"),
        friend_words=answer(friend_words, "friend_words"),
        reply=answer(reply, "reply"),
        feeling_after=feeling(feeling_after, "feeling_after"),
        status=KEEP if status is KEEP else check_status(status),
    )


def check_search(query: object) -> str | None:
    """Return a search text (None when empty), or raise InputInvalid when it is too long."""
    if query is None or (isinstance(query, str) and not query.strip()):
        return None
    if not isinstance(query, str):
        raise InputInvalid("The search needs to be text.")
    if len(query) > SEARCH_MAX_CHARS:
        raise InputInvalid(f"A search can be up to {SEARCH_MAX_CHARS} characters long.")
    # The same storable-text rules as saving (no NUL, no lone surrogates): PostgreSQL refuses them.
    return check_text(query.strip(), label="The search", max_chars=SEARCH_MAX_CHARS)


# --- Highlighting the person's own sentence ------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    tag: str  # what noticed these words, e.g. a trap id or "absolutist"


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    tags: tuple[str, ...]  # empty: plain text between highlights


def highlight(text: str, spans: Iterable[Span]) -> tuple[Segment, ...]:
    """Cut the text into segments at every span edge; joining them gives the text back."""
    clean = [
        (max(0, s.start), min(len(text), s.end), s.tag)
        for s in spans
        if min(len(text), s.end) > max(0, s.start)
    ]
    edges = sorted({0, len(text), *(s for s, _, _ in clean), *(e for _, e, _ in clean)})
    segments: list[Segment] = []
    for left, right in pairwise(edges):
        tags = tuple(dict.fromkeys(tag for s, e, tag in clean if s <= left and right <= e))
        if segments and segments[-1].tags == tags:
            # Neighbours with the same tags read as one highlight.
            segments[-1] = Segment(segments[-1].text + text[left:right], tags)
        else:
            segments.append(Segment(text[left:right], tags))
    return tuple(segments)
