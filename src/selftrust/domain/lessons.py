"""A private reflection under a lesson: one per lesson, kept exactly as written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from selftrust.domain.text import check_text

REFLECTION_MAX_CHARS = 10_000


@dataclass(frozen=True, slots=True)
class Reflection:
    id: int
    lesson: str
    text: str
    created_at: datetime
    updated_at: datetime


def check_reflection(text: object) -> str:
    """Return the reflection as written, or raise TextInvalid with a clear sentence."""
    return check_text(text, label="Your reflection", max_chars=REFLECTION_MAX_CHARS)
