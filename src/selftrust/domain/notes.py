"""Journal notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from selftrust.domain.text import NOTE_MAX_CHARS, check_text


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    text: str
    created_at: datetime
    updated_at: datetime


def check_note_text(text: object) -> str:
    """Return the note text as written, or raise TextInvalid with a clear sentence."""
    return check_text(text, label="The note", max_chars=NOTE_MAX_CHARS)
