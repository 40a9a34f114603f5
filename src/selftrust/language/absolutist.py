"""Find absolutist words ("always", "never", "nothing") in a person's own text.

The list starts from the 19-word absolutist dictionary of Al-Mosaiwi & Johnstone (2018), "In
an Absolute State: Elevated Use of Absolutist Words Is a Marker Specific to Anxiety,
Depression, and Suicidal Ideation", Clinical Psychological Science 6(4), 529-542,
https://doi.org/10.1177/2167702617747074. They found these words more often in forums about
anxiety, depression and suicidal thoughts than in control forums. The app only highlights them
with a gentle note; a count is never a score or a diagnosis.

Pure and fast: one pass lists the a-z words of the text, and exact whole-word positions are
looked for only for the absolutist words among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import filterfalse

from selftrust.language.plain_text import plain_words

# The published list, word for word.
PUBLISHED_WORDS = frozenset(
    {
        "absolutely", "all", "always", "complete", "completely", "constant", "constantly",
        "definitely", "entire", "ever", "every", "everyone", "everything", "full", "must",
        "never", "nothing", "totally", "whole",
    }
)  # fmt: skip
# Added, each the same kind of word as one already on the list:
# - "everybody": the same meaning as "everyone".
# - "nobody", "no one", "none": the "nothing" of people and things; "nobody cares" is as
#   absolute as "everyone leaves", and the published list has no negative of "everyone".
# - "forever": the future twin of "always" and "never".
# - "entirely": the adverb of "entire", as "completely" is of "complete".
# - "everywhere", "nowhere": "always" and "never" for places.
# Left out on purpose: "anything" and "anyone", which mostly appear in questions and hedges
# ("if anyone wants tea"), and intensifiers like "so" or "really", which are not absolutes.
ADDED_WORDS = frozenset(
    {"everybody", "nobody", "no one", "none", "forever", "entirely", "everywhere", "nowhere"}
)
ABSOLUTIST_WORDS: frozenset[str] = PUBLISHED_WORDS | ADDED_WORDS


@dataclass(frozen=True, slots=True)
class WordMatch:
    word: str  # as written in the text
    start: int
    end: int


# "no one" can also be written "no-one" or "noone", and may break across a line.
_SINGLE_SET = frozenset(w for w in ABSOLUTIST_WORDS if " " not in w)
# Every byte that is not a-z becomes a space, so splitting the UTF-8 text gives its runs of a-z
# letters: a quick way to see which listed words stand in the text at all. It can only let too
# many through ("all2" gives "all"), never too few; the exact check below decides.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_NO_ONE = re.compile(r"no(?:[\s\-]+)?one")
# The words anyone looks for: the absolutist words, and whatever the trap finder adds (its
# keywords and the words its rules need, see trap_rules/compiled.py). Only those are kept from
# a text: building a set of every word cost more than all the lookups in it.
_WANTED: list[frozenset[str]] = [_SINGLE_SET | {"no", "one", "noone"}]
# The words of the last text read, kept so the trap finder, which runs on the same text right
# after (see analysis.py), does not list them again: the text, the wanted words it was read
# with, and those of them in it. One entry, replaced as a whole.
_LAST: tuple[str, frozenset[str], frozenset[str]] = ("", _WANTED[0], frozenset())
# The runs of letters this module looks for, and those of them the trap finder found in the
# last text it read (see traps.py): one entry, replaced as a whole.
LISTED_RUNS = _WANTED[0]
_FOUND: tuple[str, frozenset[str]] = ("", frozenset())


def wanted_words() -> frozenset[str]:
    """The words listed from a text (see `want_words`); a new set each time they widen."""
    return _WANTED[0]


def keep_listed(text: str, words: frozenset[str]) -> None:
    """Remember the listed words (`LISTED_RUNS`) the trap finder found in `text`, for reuse."""
    global _FOUND
    _FOUND = (text, words)


def letter_runs(word: str) -> list[str]:
    """The runs of a-z letters in an ASCII word ("don't" gives "don" and "t")."""
    return word.encode().translate(_LETTERS_ONLY).decode().split()


def want_words(words: frozenset[str]) -> None:
    """Keep these words too when listing a text's words (the trap finder's, on first use)."""
    wanted = _WANTED[0]
    if not words <= wanted:
        _WANTED[0] = wanted | words


def letter_words(text: str, low: str) -> frozenset[str]:
    """Return the runs of a-z letters in `low`, the lowercased `text` (apostrophes may differ),
    that someone wants (see `want_words`); any other run is left out."""
    last, wanted = _LAST, _WANTED[0]
    if last[0] is text and last[1] is wanted:
        return last[2]
    return _remember(text, low, wanted)


def _remember(text: str, low: str, wanted: frozenset[str]) -> frozenset[str]:
    global _LAST
    plain = plain_words(text)
    if plain is None:
        runs = low.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).decode().split()
        words = wanted.intersection(runs)
    else:
        words = _plain_letter_words(plain[2], wanted)
    _LAST = (text, wanted, words)
    return words


def _plain_letter_words(words: tuple[str, ...], wanted: frozenset[str]) -> frozenset[str]:
    """The runs of a-z letters in the words of plain ASCII text (``plain_text.py``) that someone
    wants. Most words are one run, and are looked up as they are: they remember their hash."""
    found = wanted.intersection(words)
    mixed = list(filterfalse(str.isalpha, words))  # with a digit, an apostrophe, an underscore
    if mixed:
        runs = " ".join(mixed).encode().translate(_LETTERS_ONLY).decode().split()
        found |= wanted.intersection(runs)
    return found


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        # A few letters ("İ") grow when lowercased; keep those as they are so offsets hold.
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _whole(low: str, start: int, end: int) -> bool:
    return not (start and _is_word_char(low[start - 1])) and not (
        end < len(low) and _is_word_char(low[end])
    )


def find_absolutist_words(text: str) -> tuple[WordMatch, ...]:
    """Return every absolutist word in the text, in the order they appear."""
    if not text:
        return ()
    last, listed, low = _LAST, _FOUND, ""  # each read once: other threads replace them
    if listed[0] is text:
        tokens = listed[1]  # found just now by the trap finder: no need to lowercase yet
    elif last[0] is text and last[1] is _WANTED[0]:
        tokens = last[2]  # listed just now by the trap finder: no need to lowercase yet
    else:
        low = _lower(text)
        tokens = letter_words(text, low)
    found = tokens & _SINGLE_SET
    no_one = "noone" in tokens or ("no" in tokens and "one" in tokens)
    if not found and not no_one:
        return ()
    low = low or _lower(text)
    spans: list[tuple[int, int]] = []
    size = len(low)
    for word in found:
        start = low.find(word)
        while start >= 0:
            end = start + len(word)
            if (not start or not _is_word_char(low[start - 1])) and (
                end == size or not _is_word_char(low[end])
            ):
                spans.append((start, end))
            start = low.find(word, end)
    if no_one:
        spans.extend(m.span() for m in _NO_ONE.finditer(low) if _whole(low, m.start(), m.end()))
    spans.sort()
    return tuple(WordMatch(text[s:e], s, e) for s, e in spans)
