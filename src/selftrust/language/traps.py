"""Find thinking traps in a person's own sentence, to highlight them with a gentle question.

It never rewrites the sentence and never judges it: each match only says which words suggested
a trap. Pure and fast: every rule opens on a keyword (see trap_rules/), so the engine lists the
words of the text once (shared with the absolutist words) and tries a rule only where one of its
keywords stands. Most keywords of everyday text wake no rule at all: a rule is tried only when
the words every match of it contains stand in the text (its `needs`, and those read from its
regexes: trap_rules/required.py). For what is left, one "scan" regex per keyword finds, without
Python, the places where one of its rules matches (a rule with numbered groups is tried
wherever a looser scan stops). The shortcut only ever skips a rule that cannot match there, so
what is found is exactly what trying every rule everywhere would find.

Nothing is compiled at import (see trap_rules/compiled.py): each keyword's rules are compiled
the first time that keyword appears in a text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selftrust.language.absolutist import keep_listed, letter_words
from selftrust.language.plain_text import plain_words
from selftrust.language.trap_rules import text_words
from selftrust.language.trap_rules.compiled import (
    _BY_ID,
    _COMPILED,
    _INDEX,
    _KEYS,
    _READY,
    _Compiled,
    _index,
    _keys,
    _keyword,
    _plan,
    _rule,
    _text_bits,
)
from selftrust.language.trap_rules.disowned import disowned
from selftrust.language.trap_rules.keywords import PatternError, max_width, opening_words
from selftrust.language.trap_rules.shared import Trap

__all__ = [
    "PatternError",
    "Trap",
    "TrapMatch",
    "find_traps",
    "match_rule",
    "max_width",
    "opening_words",
    "trap_ids",
]
# The compiled state, for the tests that check nothing is compiled at import.
_STATE = (_COMPILED, _INDEX, _READY, _index)


@dataclass(frozen=True, slots=True)
class TrapMatch:
    trap: Trap
    start: int
    end: int
    rule: str
    reason: str


# Curly and look-alike apostrophes, so "I’m" and "I'm" read the same. Each maps one character
# to one character, which keeps offsets into the original text valid.
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u00b4", "\u0060", "\u2032")
_LOOKBACK = 40  # characters before a match that `not_after` may look at
_Found = list[tuple[_Compiled, int, int]]  # a rule and the span it matched


def _normalise(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        # A few letters ("İ") grow when lowercased; keep those as they are so offsets hold.
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    for mark in _APOSTROPHES:
        if mark in low:
            low = low.replace(mark, "'")
    return low


def _before(compiled: _Compiled, regex: re.Pattern[str], low: str, start: int) -> int | None:
    pos = max(0, start - compiled.reach)
    while (m := regex.search(low, pos, start)) is not None:
        begin = m.start()
        if not compiled.word_start or not (begin and "a" <= low[begin - 1] <= "z"):
            return begin
        pos = begin + 1  # began inside a word; look again just after
    return None


def _span(compiled: _Compiled, low: str, start: int) -> tuple[int, int] | None:
    m = compiled.regex.match(low, start)
    if m is None:
        return None
    begin = start
    if compiled.before is not None:
        found = _before(compiled, compiled.before, low, start)
        if found is None:
            return None
        begin = found
    guard = compiled.not_after
    if guard is not None and guard.search(low, max(0, begin - _LOOKBACK), begin):
        return None
    end = m.end()
    while end > begin and low[end - 1].isspace():
        end -= 1
    return (begin, end) if end > begin else None


def _from(
    m: re.Match[str] | None,
    where: re.Pattern[str],
    rules: tuple[_Compiled, ...],
    low: str,
    found: _Found,
) -> None:
    """Try the rules at `m` and wherever `where` stops after it."""
    while m is not None:
        start = m.start()
        for compiled in rules:
            span = _span(compiled, low, start)
            if span is not None:
                found.append((compiled, *span))
        m = where.search(low, start + 1)


def _words(text: str, low: str) -> tuple[frozenset[str], int]:
    """The text's keywords (all compiled), and the slot bits its words fill (compiled.py)."""
    keys = _KEYS[0] if _KEYS else _keys()  # first, so the keywords are among the words kept
    plain = plain_words(text)
    if plain is None:
        todo = letter_words(text, low) & keys
        if todo and not _READY.keys() >= todo:
            for token in todo:
                _keyword(token)
        # Compiling (here or in another thread) widens the words kept, with those the new
        # rules need: ask again, which costs a lookup when nothing changed.
        return todo, _text_bits(letter_words(text, low))
    memo = text_words.memo()
    todo, listed, gives = text_words.read(memo, plain[2])
    if todo and not _READY.keys() >= todo:
        for token in todo:
            _keyword(token)
    # Bits are read only now that every keyword is compiled, from tables no compiling
    # (here or in another thread) has widened since they were read: else read again.
    if not text_words.fresh(memo):
        memo = text_words.memo()
        todo, listed, gives = text_words.read(memo, plain[2])
    keep_listed(text, listed)  # the absolutist words come next
    return todo, text_words.bits(gives) if todo else 0


def _found(text: str, low: str) -> _Found:
    found: _Found = []
    todo, bits = _words(text, low)
    if not todo:
        return found
    ready = _READY
    for token in todo:
        keyword = ready[token]
        # Most keywords of everyday text wake no rule whose needed words are all there.
        steps = keyword.plans.get(bits & keyword.needs)
        if steps is None:
            steps = _plan(keyword, bits)
        for where, rules in steps:
            # Where rules are left, one search says whether one can match at all.
            m = where.search(low)
            if m is not None:
                _from(m, where, rules, low, found)
    return found


def _only(text: str, low: str, only: _Compiled) -> _Found:
    """Where one rule matches, tried wherever one of its keywords stands whole, when the words
    it needs stand in the text: the same shortcut as `_found`, so the rule tests check it on
    every example."""
    found: _Found = []
    todo, bits = _words(text, low)
    for token in todo:
        keyword = _READY[token]
        if only in keyword.rules and bits & only.needs == only.needs:
            finder = keyword.finder
            _from(finder.search(low), finder, (only,), low, found)
    return found


def find_traps(text: str) -> tuple[TrapMatch, ...]:
    """Return the thinking traps found in the text, sorted by where they start."""
    if not text:
        return ()
    plain = plain_words(text)  # shared with the other analyzers of the same text
    low = _normalise(text) if plain is None else plain[0]
    found = _found(text, low)
    if not found:
        return ()
    # A thought the writer has already answered or outgrown stays quiet (disowned.py).
    found = [f for f in found if not disowned(low, f[1], f[2])]
    quiet: dict[int, bool] = {}
    kept: list[tuple[_Compiled, int, int]] = []
    last_end: dict[Trap, int] = {}
    # Two rules for the same trap over the same words would show the same question twice;
    # keep the earliest (then longest, then first listed) and drop those overlapping it.
    for compiled, start, end in sorted(found, key=lambda f: (f[0].rank, f[1], -f[2], f[0].order)):
        if compiled.order not in quiet:
            unless = compiled.unless
            quiet[compiled.order] = unless is not None and unless.search(low) is not None
        if quiet[compiled.order] or start < last_end.get(compiled.trap, -1):
            continue
        kept.append((compiled, start, end))
        last_end[compiled.trap] = end
    kept.sort(key=lambda f: (f[1], f[2], f[0].rank))
    return tuple(TrapMatch(c.trap, s, e, c.rule.id, c.rule.reason) for c, s, e in kept)


def trap_ids(text: str) -> tuple[Trap, ...]:
    """Return each trap found in the text once, in the order the Trap list gives."""
    found = {match.trap for match in find_traps(text)}
    return tuple(trap for trap in Trap if trap in found)


def match_rule(rule_id: str, text: str) -> tuple[tuple[int, int], ...]:
    """Return where one rule matches in the text, the others left aside (for rule tests)."""
    compiled = _rule(_BY_ID[rule_id])
    low = _normalise(text)
    if compiled.unless is not None and compiled.unless.search(low):
        return ()
    return tuple((s, e) for _, s, e in _only(text, low, compiled))
