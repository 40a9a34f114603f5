"""Read from a rule's regexes the words every match has to contain, to skip rules cheaply.

Most keywords of everyday text wake rules that cannot match there: "better" wakes a rule that
also needs "than", "time" one that also needs "ruined" or "messed". The engine lists the words
of a text once, so a rule whose needed words are missing is dropped with a set check instead of
a regex search. The words are read here from the regex itself, never listed by hand, so they
cannot drift from the pattern.

A requirement is a list of "slots": sets of words of which every match contains at least one,
standing whole (a run of a-z letters with no a-z letter on either side), as the engine's word
list has them. Reading errs on the side of claiming nothing: a word is claimed only where the
regex guarantees a character that is not a-z (or the edge of the text) on both sides of it, an
alternation only when each branch claims something, and anything not understood (flags,
back-references, repeats of letters) claims nothing. Claiming nothing only means no shortcut.
"""

from __future__ import annotations

import re

from selftrust.language.trap_rules.regex_words import (
    PARSER,
    REPEATS,
    Item,
    WordReader,
    edge,
    op_name,
)


def _either(chosen: list[list[frozenset[str]]]) -> list[frozenset[str]]:
    """Slots of an alternation: a slot of each branch, joined (any such choice holds). The
    best of each first: the slot most likely missing from everyday text, taken to be the one
    whose shortest word is longest, as longer words are rarer; then the next best of each (a
    branch with fewer gives its best again), up to three."""
    ranked = [
        sorted(slots, key=lambda s: (min(map(len, s)), -len(s)), reverse=True) for slots in chosen
    ]
    out: list[frozenset[str]] = []
    for rank in range(min(3, max(map(len, ranked)))):
        slot = frozenset().union(*(r[min(rank, len(r) - 1)] for r in ranked))
        if slot not in out:
            out.append(slot)
    return out


def _slots(
    reader: WordReader, items: list[Item], left: bool, right: bool, trust: bool
) -> list[frozenset[str]]:
    """The slots of a sequence; `left`/`right`: the text just outside it is not a-z."""
    out: list[frozenset[str]] = []
    i = 0
    while i < len(items):
        states, end = reader.word(items, i)
        if end > i:  # a word, or letters that could not be read as one
            if states is not None and edge(items, i - 1, -1, left, trust):
                words = {w for w, _ in states}
                open_ = any(not done for _, done in states)
                if "" not in words and (not open_ or edge(items, end, 1, right, trust)):
                    out.append(frozenset(words))
            i = end
            continue
        op, arg = op_name(items[i]), items[i][1]
        before = edge(items, i - 1, -1, left, trust)
        after = edge(items, i + 1, 1, right, trust)
        if op == "SUBPATTERN" and not arg[1] and not arg[2]:
            out += _slots(reader, list(arg[3]), before, after, trust)
        elif op == "BRANCH":
            chosen = [_slots(reader, list(alt), before, after, trust) for alt in arg[1]]
            if all(chosen):
                out += _either(chosen)
        elif op in REPEATS and arg[0] >= 1:
            # Each pass of a repeat has only its own edges to go by.
            out += _slots(reader, list(arg[2]), False, False, trust)
        i += 1
    return out


def required_words(
    pattern: str, *, starts_word: bool, ends_at_keyword: bool
) -> list[frozenset[str]]:
    """Return slots of words every match of `pattern` contains whole (see the module docstring).

    `starts_word`: every match starts where no a-z letter stands just before (a rule's pattern,
    tried only where its keyword stands whole). `ends_at_keyword`: the regex is a rule's
    `before`, searched with the keyword's start as the end of the text; an assertion there
    sees a cut-off text, so only characters it consumes are trusted after a word.
    """
    if PARSER is None:
        return []
    try:
        parsed = PARSER.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return []
        return _slots(WordReader(), list(parsed), starts_word, False, not ends_at_keyword)
    except Exception:
        return []
