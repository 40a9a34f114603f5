"""Rules for the free text a person writes: kept exactly as written, within clear limits."""

from __future__ import annotations

NOTE_MAX_CHARS = 20_000


class InputInvalid(ValueError):
    """Input that cannot be used; the message is one kind, clear sentence for the person."""


class TextInvalid(InputInvalid):
    """Free text that cannot be saved as written."""


def check_text(text: object, *, label: str, max_chars: int, required: bool = True) -> str:
    """Return the text unchanged if it can be stored as written, else raise TextInvalid."""
    if not isinstance(text, str):
        raise TextInvalid(f"{label} needs to be text.")
    if required and not text.strip():
        raise TextInvalid(f"{label} is empty. Write at least one word, whenever you're ready.")
    if len(text) > max_chars:
        raise TextInvalid(
            f"{label} is {len(text):,} characters long; the most that fits is {max_chars:,}. "
            "You could split it in two."
        )
    if "\x00" in text:
        raise TextInvalid(f"{label} contains a hidden null character that cannot be stored.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise TextInvalid(
            f"{label} contains a broken character (a lone surrogate) that cannot be stored."
        ) from None
    return text


def check_optional_text(text: object, *, label: str, max_chars: int) -> str | None:
    """Like check_text, but None or blank text means 'left empty'."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return check_text(text, label=label, max_chars=max_chars)
