"""Find thinking traps in a person's own sentence, to highlight them with a gentle question.

It never rewrites the sentence and never judges it: each match only says which words suggested
a trap. Pure and fast: every rule opens on a keyword (see trap_rules/), so the engine lists the
words of the text once (shared with the absolutist words) and tries a rule only where one of its
keywords stands. For most keywords one "scan" regex finds, without Python, the places where a
rule could match at all; a rule's `needs` words are checked against the word list first.

Nothing is compiled at import, which keeps the app's start quick: the keyword index is read
from the patterns on the first call, and each keyword's rules are compiled the first time that
keyword appears in a text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from selftrust.language.absolutist import letter_words
from selftrust.language.trap_rules import RULES, TrapRule
from selftrust.language.trap_rules.keywords import (
    PatternError,
    keyword_scan,
    max_width,
    opening_words,
    without_leading_b,
    word_finder,
)

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


class Trap(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    OVERGENERALIZING = "overgeneralizing"
    LABELING = "labeling"
    FORTUNE_TELLING = "fortune_telling"
    MIND_READING = "mind_reading"
    EMOTIONAL_REASONING = "emotional_reasoning"
    SHOULD_STATEMENTS = "should_statements"
    PERSONALIZING = "personalizing"
    DISQUALIFYING_POSITIVE = "disqualifying_positive"
    CATASTROPHIZING = "catastrophizing"
    COMPARING = "comparing"
    BLAMING = "blaming"


@dataclass(frozen=True, slots=True)
class TrapMatch:
    trap: Trap
    start: int
    end: int
    rule: str
    reason: str


# eq=False: compared and hashed by identity, which is all the engine needs and far cheaper
# than hashing every field (that hashing once took half the time of a call).
@dataclass(frozen=True, slots=True, eq=False)
class _Compiled:
    rule: TrapRule
    trap: Trap
    rank: int  # the trap's place in the Trap list, for sorting
    order: int
    regex: re.Pattern[str]
    before: re.Pattern[str] | None
    word_start: bool  # `before` has to begin where a word begins
    reach: int  # how far back `before` can start
    not_after: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    needs: frozenset[bytes]  # one of these words has to be in the text; empty: no such need


@dataclass(frozen=True, slots=True, eq=False)
class _Keyword:
    word: str
    gate: re.Pattern[str] | None  # one regex for the rules below that have no numbered groups
    finder: re.Pattern[str]  # where the word stands whole, found by the regex engine
    scan: re.Pattern[str] | None  # where the word stands whole and a gated rule may match
    gated: tuple[_Compiled, ...]  # tried only when the gate matches
    always: tuple[_Compiled, ...]  # a rule with numbered groups keeps its numbering: no gate
    guarded: tuple[_Compiled, ...]  # rules with `needs`, tried only when those words are there
    guard_scan: re.Pattern[str] | None  # the scan for the guarded rules


# Curly and look-alike apostrophes, so "I’m" and "I'm" read the same. Each maps one character
# to one character, which keeps offsets into the original text valid.
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u00b4", "\u0060", "\u2032")
_LOOKBACK = 40  # characters before a match that `not_after` may look at
_RANK = {trap: i for i, trap in enumerate(Trap)}
_Found = list[tuple[_Compiled, int, int]]  # a rule and the span it matched


def _compile(rule: TrapRule, order: int) -> _Compiled:
    trap = Trap(rule.trap)
    # A leading \b stops the regex engine from skipping ahead by first letter, so it is taken
    # off the `before` pattern when every branch has one, and checked in _before() instead.
    unbounded, word_start = without_leading_b(rule.before) if rule.before else ("", False)
    return _Compiled(
        rule=rule,
        trap=trap,
        rank=_RANK[trap],
        order=order,
        regex=re.compile(rule.pattern),
        before=re.compile(f"(?:{unbounded})$") if rule.before else None,
        word_start=word_start,
        reach=max_width(rule.before) + 1 if rule.before else 0,
        not_after=re.compile(f"(?:{rule.not_after})$") if rule.not_after else None,
        unless=re.compile(rule.unless) if rule.unless else None,
        needs=frozenset(word.encode() for word in (rule.needs or "").split()),
    )


# Filled on first use, see the module docstring. Each rule is compiled once however many
# keywords it has, and keywords with the same rules share one gate.
_COMPILED: dict[int, _Compiled] = {}
_GATES: dict[tuple[int, ...], re.Pattern[str]] = {}
_READY: dict[bytes, _Keyword] = {}
_INDEX: dict[bytes, tuple[int, ...]] = {}
_BY_ID = {rule.id: order for order, rule in enumerate(RULES)}


def _index() -> dict[bytes, tuple[int, ...]]:
    if not _INDEX:
        found: dict[bytes, list[int]] = {}
        for order, rule in enumerate(RULES):
            for word in opening_words(rule.pattern):
                found.setdefault(word.encode(), []).append(order)
        _INDEX.update((word, tuple(orders)) for word, orders in found.items())
    return _INDEX


def _rule(order: int) -> _Compiled:
    compiled = _COMPILED.get(order)
    if compiled is None:
        compiled = _COMPILED[order] = _compile(RULES[order], order)
    return compiled


def _keyword(word: bytes) -> _Keyword:
    keyword = _READY.get(word)
    if keyword is None:
        every = [_rule(order) for order in _index()[word]]
        guarded = tuple(c for c in every if c.needs)
        rules = [c for c in every if not c.needs]
        gated = tuple(c for c in rules if not c.regex.groups)
        gate = None
        if gated:
            key = tuple(c.order for c in gated)
            gate = _GATES.get(key)
            if gate is None:
                joined = "|".join(f"(?:{c.rule.pattern})" for c in gated)
                gate = _GATES[key] = gated[0].regex if len(gated) == 1 else re.compile(joined)
        always = tuple(c for c in rules if c.regex.groups)
        text = word.decode()
        keyword = _READY[word] = _Keyword(
            text,
            gate,
            word_finder(text),
            keyword_scan(text, [c.rule.pattern for c in gated]),
            gated,
            always,
            guarded,
            keyword_scan(text, [c.rule.pattern for c in guarded]),
        )
    return keyword


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


def _at(where: re.Pattern[str], rules: tuple[_Compiled, ...], low: str, found: _Found) -> None:
    """Try the rules wherever `where` (a scan or a finder) stops; search() costs half finditer()."""
    m = where.search(low)
    while m is not None:
        start = m.start()
        for compiled in rules:
            span = _span(compiled, low, start)
            if span is not None:
                found.append((compiled, *span))
        m = where.search(low, start + 1)


def _gated(keyword: _Keyword, gate: re.Pattern[str], low: str, found: _Found) -> None:
    finder = keyword.finder
    m = finder.search(low)
    while m is not None:
        start = m.start()
        if gate.match(low, start):
            for compiled in keyword.gated:
                span = _span(compiled, low, start)
                if span is not None:
                    found.append((compiled, *span))
        m = finder.search(low, start + 1)


def _found(low: str, words: frozenset[bytes], only: _Compiled | None = None) -> _Found:
    found: _Found = []
    for token in _index().keys() & words:
        keyword = _READY.get(token) or _keyword(token)
        guarded = keyword.guarded
        if guarded:
            # A set check on the text's words; most everyday text never wakes these rules.
            guarded = tuple(c for c in guarded if not c.needs.isdisjoint(words))
        if only is not None:
            if only in keyword.gated or only in keyword.always or only in guarded:
                _at(keyword.finder, (only,), low, found)
            continue
        if keyword.scan is not None:
            _at(keyword.scan, keyword.gated, low, found)
        elif keyword.gate is not None:
            _gated(keyword, keyword.gate, low, found)
        if keyword.always:
            _at(keyword.finder, keyword.always, low, found)
        if guarded:
            _at(keyword.guard_scan or keyword.finder, guarded, low, found)
    return found


def find_traps(text: str) -> tuple[TrapMatch, ...]:
    """Return the thinking traps found in the text, sorted by where they start."""
    if not text:
        return ()
    low = _normalise(text)
    found = _found(low, letter_words(text, low))
    if not found:
        return ()
    quiet: dict[int, bool] = {}
    kept: list[tuple[_Compiled, int, int]] = []
    last_end: dict[Trap, int] = {}
    # Two rules for the same trap over the same words would show the same question twice;
    # keep the earliest (then longest) and drop those overlapping it.
    for compiled, start, end in sorted(found, key=lambda f: (f[0].rank, f[1], -f[2])):
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
    words = letter_words(text, low)
    return tuple((s, e) for _, s, e in _found(low, words, only=compiled))
