"""Phrase anchors as word slots: which words may open one, and whether one follows as written.

A phrase anchor is its first word, the words that must follow it, and slots after those, each a
choice of words (a choice may be several words, or none: the slot may be left out). The index
in ``anchors.py`` files phrases by their first two words and looks them up with these helpers.
"""

from __future__ import annotations

from collections.abc import Iterator

# A phrase filed under its first two words: the words after its first, the slots after those
# (each a tuple of choices, a choice being zero or more words), and its rules.
Tail = tuple[tuple[tuple[str, ...], ...], ...]
Phrase = tuple[tuple[str, ...], Tail, tuple[int, ...]]
# The same slots for matching: the one-word choices as a set, the longer ones, and whether the
# slot may be left out.
Slot = tuple[frozenset[str], tuple[tuple[str, ...], ...], bool]
Pair = tuple[str, str]
Triple = tuple[str, str, str]


def third_words(phrases: list[Phrase], pair: Pair) -> frozenset[str] | None:
    """The words that may come third after a pair that opens these phrases, or None when one
    of them may end there (or sooner)."""
    first, second = pair
    thirds: set[str] = set()
    for more, rest, _ in phrases:
        for opening in _openings((first, *more), rest):
            if len(opening) == 1:
                return None  # the first word alone is the whole phrase
            if opening[1] != second:
                continue  # this way of writing it cannot follow on from the pair
            if len(opening) == 2:
                return None  # the pair is the whole phrase
            thirds.add(opening[2])
    return frozenset(thirds)


def _openings(words: tuple[str, ...], rest: Tail) -> Iterator[tuple[str, ...]]:
    """The first three words of every way a phrase can go on (fewer when it ends sooner)."""
    if len(words) >= 3 or not rest:
        yield words[:3]
        return
    for choice in rest[0]:
        yield from _openings(words + choice, rest[1:])


def next_words(more: tuple[str, ...], rest: Tail) -> set[str]:
    """The words that may follow a phrase's first word ("" when none has to)."""
    if more:
        return {more[0]}
    out: set[str] = set()
    for slot in rest:
        out.update(choice[0] for choice in slot if choice)
        if all(choice for choice in slot):
            return out
    return out | {""}


def as_slot(choices: tuple[tuple[str, ...], ...]) -> Slot:
    """A slot's choices as ``follows`` reads them."""
    singles = frozenset(choice[0] for choice in choices if len(choice) == 1)
    return singles, tuple(c for c in choices if len(c) > 1), () in choices


def follows(words: list[str], at: int, slots: tuple[Slot, ...]) -> bool:
    """Whether one choice of each slot follows from word ``at``, in order, as written."""
    if not slots:
        return True
    (singles, longer, optional), rest = slots[0], slots[1:]
    if at < len(words) and words[at] in singles and follows(words, at + 1, rest):
        return True
    for choice in longer:
        after = at + len(choice)
        if tuple(words[at:after]) == choice and follows(words, after, rest):
            return True
    return optional and follows(words, at, rest)
