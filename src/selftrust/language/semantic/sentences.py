"""Cut a text into the pieces the semantic layer scores: its sentences, and the whole when short.

A crisis sentence inside a long, calm entry is diluted when the whole entry is turned into one
vector, so each sentence is scored on its own and the highest score counts. A short text is
also scored whole, because some lines only read as crisis language across two sentences ("I've
written the letters. Tonight's the night."). Pure Python, no numpy: the app can split without
the extra installed.

Bounded work: at most ``MAX_UNITS`` pieces per text (the first ones, in reading order), and the
encoder cuts each piece to 128 word pieces. A text longer than that is only partly read by this
layer; the rules still read all of it.
"""

from __future__ import annotations

import re

MAX_UNITS = 48
WHOLE_TEXT_MAX_CHARS = 320  # up to this length the whole text is scored as well
MIN_LETTERS = 2

# A sentence ends at . ! ? … (and any closing quotes or brackets) followed by a space, or at a
# line break; a long run without either is cut at a comma or semicolon after 300 characters.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n+")
_LETTER = re.compile(r"[^\W\d_]")
_LONG = 300


def _letters(piece: str) -> int:
    return len(_LETTER.findall(piece))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut a run of text with no sentence end into pieces of about ``_LONG`` characters."""
    pieces: list[tuple[int, int]] = []
    while end - start > _LONG and len(pieces) <= limit:
        window = text[start + _LONG // 2 : start + _LONG]
        comma = max(window.rfind(","), window.rfind(";"), window.rfind(" "))
        cut = start + _LONG // 2 + comma + 1 if comma >= 0 else start + _LONG
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def sentence_spans(text: str, limit: int = MAX_UNITS) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence with letters in it, at most ``limit`` of them."""
    spans: list[tuple[int, int]] = []
    start = 0
    for found in _END.finditer(text):
        spans.extend(_cut_long(text, start, found.end(), limit))
        start = found.end()
        if len(spans) > limit:
            break
    else:
        spans.extend(_cut_long(text, start, len(text), limit))
    kept: list[tuple[int, int]] = []
    for raw_start, raw_end in spans:
        s, e = _trimmed(text, raw_start, raw_end)
        if e > s and _letters(text[s:e]) >= MIN_LETTERS:
            kept.append((s, e))
        if len(kept) == limit:
            break
    return kept


def units(text: str, limit: int = MAX_UNITS) -> list[tuple[int, int]]:
    """Return the spans to score: each sentence, then the whole text when short and several."""
    spans = sentence_spans(text, limit)
    whole = _trimmed(text, 0, len(text))
    if len(spans) > 1 and whole[1] - whole[0] <= WHOLE_TEXT_MAX_CHARS and len(spans) < limit:
        spans.append(whole)
    return spans
