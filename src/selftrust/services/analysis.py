"""Analyze a text on request (nothing is stored)."""

from __future__ import annotations

from selftrust.domain.text import InputInvalid
from selftrust.language.analysis import ANALYZE_MAX_CHARS, Analysis, analyze
from selftrust.services.reader import reads_with_meaning


def analyze_text(text: object) -> Analysis:
    """Analyze one text; refuse what is not text or is too long, with a clear sentence."""
    if not isinstance(text, str):
        raise InputInvalid("The text to analyze needs to be text.")
    if len(text) > ANALYZE_MAX_CHARS:
        raise InputInvalid(
            f"That text is {len(text):,} characters; the analyzer reads up to "
            f"{ANALYZE_MAX_CHARS:,} at a time. You could send it in parts."
        )
    return analyze(text, semantic=reads_with_meaning())
