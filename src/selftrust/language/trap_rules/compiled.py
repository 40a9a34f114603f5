"""Thinking-trap rules compiled for the engine in ``../traps.py``, each on first use.

Nothing is compiled at import, which keeps the app's start quick: the keyword index is read
from the patterns on the first call, and each keyword's rules are compiled the first time that
keyword appears in a text. Per keyword, one regex (a "scan") finds, without Python, the places
where one of its rules can match at all (see ``keywords.exact_scan``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selftrust.language.trap_rules import RULES, TrapRule
from selftrust.language.trap_rules.keywords import (
    exact_scan,
    keyword_scan,
    max_width,
    opening_words,
    without_leading_b,
    word_finder,
)
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
    needs: frozenset[bytes]  # every word some guarded rule needs


_RANK = {trap: i for i, trap in enumerate(Trap)}


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
_KEYS: list[frozenset[bytes]] = []
_BY_ID = {rule.id: order for order, rule in enumerate(RULES)}


def _index() -> dict[bytes, tuple[int, ...]]:
    if not _INDEX:
        found: dict[bytes, list[int]] = {}
        for order, rule in enumerate(RULES):
            for word in opening_words(rule.pattern):
                found.setdefault(word.encode(), []).append(order)
        _INDEX.update((word, tuple(orders)) for word, orders in found.items())
    return _INDEX


def _keys() -> frozenset[bytes]:
    """Every keyword, as a frozenset: it meets the text's words quicker than dict keys do."""
    if not _KEYS:
        _KEYS.append(frozenset(_index()))
    return _KEYS[0]


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
            exact_scan(text, [c.rule.pattern for c in gated]),
            gated,
            always,
            guarded,
            exact_scan(text, [c.rule.pattern for c in guarded if not c.regex.groups])
            if all(not c.regex.groups for c in guarded)
            else keyword_scan(text, [c.rule.pattern for c in guarded]),
            frozenset().union(*(c.needs for c in guarded)),
        )
    return keyword
