"""Find thinking traps in a person's own sentence, to highlight them with a gentle question.

It never rewrites the sentence and never judges it: each match only says which words suggested
a trap. Pure and fast: every rule opens on a keyword (see trap_rules/), so the engine lists the
words of the text once and tries a rule only where one of its keywords stands.

Nothing is compiled at import, which keeps the app's start quick: the keyword index is read
from the patterns on the first call, and each keyword's rules are compiled the first time that
keyword appears in a text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from selftrust.language.trap_rules import RULES, TrapRule
from selftrust.language.trap_rules.keywords import (
    PatternError,
    max_width,
    opening_words,
    top_level_branches,
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


@dataclass(frozen=True, slots=True, eq=False)
class _Keyword:
    word: str
    gate: re.Pattern[str] | None  # one regex for the rules below that have no numbered groups
    gated: tuple[_Compiled, ...]  # tried only when the gate matches
    always: tuple[_Compiled, ...]  # a rule with numbered groups keeps its numbering: no gate


# Every byte that is not a-z becomes a space, so splitting the UTF-8 text gives exactly the runs
# of a-z letters (bytes of other letters are all above 127). About four times quicker than
# re.findall(r"[a-z]+"), and listing the words is a large part of the time for everyday text.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# Curly and look-alike apostrophes, so "I’m" and "I'm" read the same. Each maps one character
# to one character, which keeps offsets into the original text valid.
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u00b4", "\u0060", "\u2032")
_LOOKBACK = 40  # characters before a match that `not_after` may look at
_RANK = {trap: i for i, trap in enumerate(Trap)}


def _unbounded(before: str) -> tuple[str, bool]:
    # A leading \b stops the regex engine from skipping ahead by first letter, which makes the
    # search of the text before a keyword slow; when every branch has one, it is taken off and
    # checked in _before() instead.
    branches = top_level_branches(before)
    if all(b.startswith("\\b") for b in branches):
        return "|".join(b[2:] for b in branches), True
    return before, False


def _compile(rule: TrapRule, order: int) -> _Compiled:
    trap = Trap(rule.trap)
    unbounded, word_start = _unbounded(rule.before) if rule.before else ("", False)
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
        rules = [_rule(order) for order in _index()[word]]
        gated = tuple(c for c in rules if not c.regex.groups)
        gate = None
        if gated:
            key = tuple(c.order for c in gated)
            gate = _GATES.get(key)
            if gate is None:
                joined = "|".join(f"(?:{c.rule.pattern})" for c in gated)
                gate = _GATES[key] = gated[0].regex if len(gated) == 1 else re.compile(joined)
        always = tuple(c for c in rules if c.regex.groups)
        keyword = _READY[word] = _Keyword(word.decode(), gate, gated, always)
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


def _found(low: str, only: _Compiled | None = None) -> list[tuple[_Compiled, int, int]]:
    found: list[tuple[_Compiled, int, int]] = []
    index = _index()
    size_low = len(low)
    words = low.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).split()
    for token in index.keys() & words:
        keyword = _READY.get(token) or _keyword(token)
        word = keyword.word
        gate, gated, always = keyword.gate, keyword.gated, keyword.always
        if only is not None:
            if only not in gated and only not in always:
                continue
            gate, gated, always = None, (), (only,)
        size = len(word)
        start = low.find(word)
        while start >= 0:
            after = start + size
            if (start and "a" <= low[start - 1] <= "z") or (
                after < size_low and "a" <= low[after] <= "z"
            ):  # part of a longer word
                start = low.find(word, start + 1)
                continue
            rules = gated + always if gate is not None and gate.match(low, start) else always
            for compiled in rules:
                span = _span(compiled, low, start)
                if span is not None:
                    found.append((compiled, *span))
            start = low.find(word, after)
    return found


def find_traps(text: str) -> tuple[TrapMatch, ...]:
    """Return the thinking traps found in the text, sorted by where they start."""
    if not text:
        return ()
    low = _normalise(text)
    found = _found(low)
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
    return tuple((s, e) for _, s, e in _found(low, only=compiled))
