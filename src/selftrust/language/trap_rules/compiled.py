"""Thinking-trap rules compiled for the engine in ``../traps.py``, each on first use.

Nothing is compiled at import, which keeps the app's start quick: the keyword index is read
from the patterns on the first call, and each keyword's rules are compiled the first time that
keyword appears in a text. Per keyword, one regex (a "scan") finds, without Python, the places
where one of its rules can match at all (see ``keywords.exact_scan``).

Each rule also knows the words every match of it contains (its `needs`, and those read from
its regexes by ``required.py``), as "slots": sets of words of which one has to stand in the
text. Every slot has a bit; a text's words give the bits of the slots they fill, and a rule is
tried only when all its bits are there. A keyword's scan is built for the rules that can be
tried, once per set of such rules, so most keywords of everyday text cost a dictionary lookup.
"""

from __future__ import annotations

import re
from _thread import RLock
from dataclasses import dataclass

from selftrust.language.absolutist import want_words
from selftrust.language.trap_rules import RULES, TrapRule
from selftrust.language.trap_rules.keywords import (
    exact_scan,
    keyword_scan,
    max_width,
    opening_words,
    without_leading_b,
    word_finder,
)
from selftrust.language.trap_rules.required import required_words
from selftrust.language.trap_rules.shared import Trap


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
    needs: int  # the bits of the slots every match fills (see the module docstring)


# Where to look and what to try there: each step is a scan (or the keyword's finder) and the
# rules to try wherever it stops.
_Step = tuple[re.Pattern[str], tuple["_Compiled", ...]]
_Steps = tuple[_Step, ...]
# Plans and scans kept per keyword: junk input must not grow memory without bound. Past the
# scans limit a keyword's new sets of rules use the scans for all its rules (see _within_all).
_PLANS_LIMIT = 256
_SCANS_LIMIT = 8


@dataclass(frozen=True, slots=True, eq=False)
class _Keyword:
    word: str
    finder: re.Pattern[str]  # where the word stands whole, found by the regex engine
    rules: tuple[_Compiled, ...]
    needs: int  # every slot bit one of the rules needs
    plans: dict[int, _Steps]  # the steps, by which of those bits a text has
    by_rules: dict[tuple[_Compiled, ...], _Steps]  # the steps, by the rules that can be tried


_RANK = {trap: i for i, trap in enumerate(Trap)}
# Slot bits, filled as rules are compiled: each slot's bit, and each word's bits. Every word
# of a slot is added to the words the text's word list keeps (see absolutist.want_words).
_SLOT_BITS: dict[frozenset[str], int] = {}
_WORD_BITS: dict[str, int] = {}


def _slot_bits(slots: list[frozenset[str]]) -> int:
    bits = 0
    for slot in slots:
        bit = _SLOT_BITS.get(slot)
        if bit is None:
            bit = 1 << len(_SLOT_BITS)
            for word in slot:
                _WORD_BITS[word] = _WORD_BITS.get(word, 0) | bit
            want_words(slot)  # before the bit is in use, so a text's bits are never short
            _SLOT_BITS[slot] = bit
        bits |= bit
    return bits


def _needs(rule: TrapRule) -> int:
    slots = required_words(rule.pattern, starts_word=True, ends_at_keyword=False)
    if rule.before:
        slots += required_words(rule.before, starts_word=False, ends_at_keyword=True)
    if rule.needs:
        slots.append(frozenset(rule.needs.split()))
    # A slot holding every keyword is filled wherever the rule is tried, and one holding
    # another slot is filled whenever that one is: neither is worth a bit.
    keywords = opening_words(rule.pattern)
    slots = [s for s in set(slots) if not keywords <= s]
    slots = [s for s in slots if not any(other < s for other in slots)]
    ordered = sorted(slots, key=sorted)  # the same bits whatever the hash seed
    return _slot_bits([frozenset(slot) for slot in ordered])


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
        needs=_needs(rule),
    )


# Filled on first use, see the module docstring. Each rule is compiled once however many
# keywords it has. Compiling widens tables that texts are read with (slot bits, wanted words),
# so it happens under a lock: two threads widening one table at once could lose a word, and a
# lost word would hide a rule.
_LOCK = RLock()
_COMPILED: dict[int, _Compiled] = {}
_READY: dict[str, _Keyword] = {}
_INDEX: dict[str, tuple[int, ...]] = {}
_KEYS: list[frozenset[str]] = []
_BY_ID = {rule.id: order for order, rule in enumerate(RULES)}


def _index() -> dict[str, tuple[int, ...]]:
    if not _INDEX:
        found: dict[str, list[int]] = {}
        for order, rule in enumerate(RULES):
            for word in opening_words(rule.pattern):
                found.setdefault(word, []).append(order)
        _INDEX.update((word, tuple(orders)) for word, orders in found.items())
    return _INDEX


def _keys() -> frozenset[str]:
    """Every keyword, as a frozenset: it meets the text's words quicker than dict keys do."""
    if not _KEYS:
        with _LOCK:
            if not _KEYS:
                keys = frozenset(_index())
                want_words(keys)
                _KEYS.append(keys)
    return _KEYS[0]


def _rule(order: int) -> _Compiled:
    compiled = _COMPILED.get(order)
    if compiled is None:
        with _LOCK:
            compiled = _COMPILED.get(order)
            if compiled is None:
                compiled = _COMPILED[order] = _compile(RULES[order], order)
    return compiled


def _keyword(word: str) -> _Keyword:
    keyword = _READY.get(word)
    if keyword is None:
        with _LOCK:
            keyword = _READY.get(word)
            if keyword is None:
                rules = tuple(_rule(order) for order in _index()[word])
                needs = 0
                for compiled in rules:
                    needs |= compiled.needs
                # Published last: a thread that sees the keyword sees the words it widened.
                keyword = _READY[word] = _Keyword(word, word_finder(word), rules, needs, {}, {})
    return keyword


def _text_bits(words: frozenset[str]) -> int:
    """The slot bits a text's words fill."""
    bits, known = 0, _WORD_BITS
    for word in words:
        bits |= known.get(word, 0)
    return bits


def _plan(keyword: _Keyword, bits: int) -> _Steps:
    """The keyword's steps for a text with these slot bits: only the rules it can match."""
    rules = tuple(c for c in keyword.rules if bits & c.needs == c.needs)
    steps = keyword.by_rules.get(rules)
    if steps is None:
        if len(keyword.by_rules) < _SCANS_LIMIT:
            steps = keyword.by_rules[rules] = _steps(keyword.word, keyword.finder, rules)
        else:
            steps = _within_all(keyword, rules)
    if len(keyword.plans) >= _PLANS_LIMIT:
        keyword.plans.clear()
    keyword.plans[bits & keyword.needs] = steps
    return steps


def _within_all(keyword: _Keyword, rules: tuple[_Compiled, ...]) -> _Steps:
    """Steps for `rules` that compile nothing new: the scans built for all the keyword's rules
    (built once), trying only `rules` where they stop. For a keyword whose texts wake many
    different sets of rules, which would otherwise compile a scan for each."""
    every = keyword.by_rules.get(keyword.rules)
    if every is None:
        every = keyword.by_rules[keyword.rules] = _steps(
            keyword.word, keyword.finder, keyword.rules
        )
    steps: list[_Step] = []
    for where, step_rules in every:
        kept = tuple(c for c in step_rules if c in rules)
        if kept:
            steps.append((where, kept))
    return tuple(steps)


def _steps(word: str, finder: re.Pattern[str], rules: tuple[_Compiled, ...]) -> _Steps:
    """One exact scan for the rules without numbered groups (they can be joined); a rule with
    them keeps its numbering, so it is tried wherever a looser scan (or the finder) stops."""
    plain = tuple(c for c in rules if not c.regex.groups)
    grouped = tuple(c for c in rules if c.regex.groups)
    steps: list[_Step] = []
    if plain:
        patterns = [c.rule.pattern for c in plain]
        steps.append((exact_scan(word, patterns) or keyword_scan(word, patterns) or finder, plain))
    if grouped:
        patterns = [c.rule.pattern for c in grouped]
        steps.append((keyword_scan(word, patterns) or finder, grouped))
    return tuple(steps)
