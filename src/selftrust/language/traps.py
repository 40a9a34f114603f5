"""Find thinking traps in a person's own sentence, to highlight them with a gentle question.

It never rewrites the sentence and never judges it: each match only says which words suggested
a trap. Pure and fast: every rule opens on a keyword (see trap_rules.py), so the engine lists
the words of the text once and tries a rule only where one of its keywords stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from selftrust.language.trap_rules import RULES, TrapRule


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


# --- Reading a rule's keywords from the start of its pattern --------------------------------
# A pattern opens with its keywords, e.g. r"\b(?:should(?:n't)?|ought)\s+...". Rather than keep
# a second list that could drift from the pattern, the words are read from it here. Only the
# small part of regex syntax used at the start of patterns is understood; anything else there
# stops the import with a clear error, which the tests would show at once.
_Item = tuple[str, object, str]  # kind, value, quantifier
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


class PatternError(ValueError):
    """A rule's pattern does not open with plain words."""


def _quantifier(p: str, i: int) -> tuple[str, int]:
    if i < len(p) and p[i] in "?*+":
        q, i = p[i], i + 1
    elif i < len(p) and p[i] == "{":
        end = p.index("}", i)
        q, i = p[i : end + 1], end + 1
    else:
        return "", i
    if i < len(p) and p[i] in "?+":  # lazy or possessive: same words either way
        i += 1
    return q, i


def _parse(p: str, i: int = 0) -> tuple[list[list[_Item]], int]:
    alternatives: list[list[_Item]] = [[]]
    while i < len(p) and p[i] != ")":
        ch = p[i]
        if ch == "|":
            alternatives.append([])
            i += 1
            continue
        kind: str
        value: object
        if ch == "\\":
            kind, value, i = "escape", p[i + 1], i + 2
        elif ch == "[":
            end = p.index("]", i + 2 if p[i + 1] == "^" else i + 1)
            body = p[i + 1 : end]
            letters_only = body.isalpha() and body.islower()
            kind, value, i = "class", (frozenset(body) if letters_only else None), end + 1
        elif ch == "(":
            look = p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
            start = i + (2 if p.startswith("(?", i) else 1)
            if p.startswith("(?P<", i):
                start = p.index(">", i) + 1
            elif p.startswith("(?<=", i) or p.startswith("(?<!", i):
                start = i + 4
            elif p.startswith("(?", i):
                start = i + 3
            inner, i = _parse(p, start)
            kind, value, i = ("look" if look else "group"), inner, i + 1
        else:
            kind, value, i = "char", ch, i + 1
        q, i = _quantifier(p, i)
        alternatives[-1].append((kind, value, q))
    return alternatives, i


_State = tuple[str, bool]  # letters so far, and whether the first word has ended


def _end_word(states: set[_State], where: str) -> set[_State]:
    if any(not done and not word for word, done in states):
        raise PatternError(f"no keyword before {where!r}")
    return {(word, True) for word, _ in states}


def _step(item: _Item, states: set[_State]) -> set[_State]:
    kind, value, q = item
    open_states = {s for s in states if not s[1]}
    done = states - open_states
    if kind == "look" or not open_states:
        return states
    if kind == "escape" and value == "b":
        return done | {(w, bool(w)) for w, _ in open_states}
    optional = q in ("?", "*") or q.startswith("{0")
    if kind == "char" and value in _LETTERS:
        after = {(w + str(value), False) for w, _ in open_states}
    elif kind == "class" and value is not None:
        after = {(w + c, False) for w, _ in open_states for c in value}  # type: ignore[attr-defined]
    elif kind == "group":
        after = set()
        for alternative in value:  # type: ignore[attr-defined]
            after |= _run(alternative, open_states)
    else:
        after = _end_word(open_states, str(value))
    if q and q != "?" and any(not d for _, d in after):
        raise PatternError("a repeated part inside a keyword")
    return done | after | (open_states if optional else set())


def _run(items: list[_Item], states: set[_State]) -> set[_State]:
    for item in items:
        if all(done for _, done in states):
            break
        states = _step(item, states)
    return states


def _repeats(q: str) -> int:
    # Runs of spaces and the like are taken as at most three long, which keeps the look back
    # short; a longer run before a keyword would only mean a missed highlight.
    if q in ("", "?"):
        return 1
    if q in ("*", "+"):
        return 3
    low, _, high = q.strip("{}").partition(",")
    return int(high) if high else int(low) + (3 if _ else 0)


def max_width(pattern: str) -> int:
    """Return how long a match of the pattern can be, at most (runs counted as three)."""

    def width(items: list[_Item]) -> int:
        total = 0
        for kind, value, q in items:
            if kind == "look" or (kind == "escape" and value == "b"):
                continue
            w = max(width(alt) for alt in value) if kind == "group" else 1  # type: ignore[attr-defined]
            total += w * _repeats(q)
        return total

    return max(width(alt) for alt in _parse(pattern)[0])


def opening_words(pattern: str) -> frozenset[str]:
    """Return the words a match of the pattern can begin with."""
    alternatives, _ = _parse(pattern)
    words: set[str] = set()
    for alternative in alternatives:
        for word, _ in _run(alternative, {("", False)}):
            if not word:
                raise PatternError(f"pattern does not open with a keyword: {pattern[:40]!r}")
            words.add(word)
    return frozenset(words)


# --- The engine --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class _Keyword:
    gated: tuple[_Compiled, ...]  # tried together first, through one gate regex
    always: tuple[_Compiled, ...]


_WORD = re.compile(r"[a-z]+")
# Curly and look-alike apostrophes, so "I’m" and "I'm" read the same. Each maps one character
# to one character, which keeps offsets into the original text valid.
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u00b4", "\u0060", "\u2032")
_LOOKBACK = 40  # characters before a match that `not_after` may look at
_RANK = {trap: i for i, trap in enumerate(Trap)}


def _top_level(p: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = p.index("]", i + 2 if p[i + 1] == "^" else i + 1)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(p[start:i])
            start = i + 1
        i += 1
    return [*parts, p[start:]]


def _unbounded(before: str) -> tuple[str, bool]:
    # A leading \b stops the regex engine from skipping ahead by first letter, which makes the
    # search of the text before a keyword slow; when every branch has one, it is taken off and
    # checked in _before() instead.
    branches = _top_level(before)
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


def _by_keyword(compiled: tuple[_Compiled, ...]) -> dict[str, _Keyword]:
    index: dict[str, list[_Compiled]] = {}
    for c in compiled:
        for word in opening_words(c.rule.pattern):
            index.setdefault(word, []).append(c)
    return {
        word: _Keyword(
            gated=tuple(c for c in rules if not c.regex.groups),
            always=tuple(c for c in rules if c.regex.groups),
        )
        for word, rules in index.items()
    }


# One regex for all the rules that open on a word, so a place where none of them matches costs
# a single call. Built the first time the word is seen (most keywords are rare, and building
# them all would slow the app's start); many words share the same rules, so each set of rules
# is built once. A rule with numbered groups keeps its own numbering and stays out.
_GATES: dict[tuple[_Compiled, ...], re.Pattern[str]] = {}


def _gate(rules: tuple[_Compiled, ...]) -> re.Pattern[str]:
    gate = _GATES.get(rules)
    if gate is None:
        if len(rules) == 1:
            gate = rules[0].regex
        else:
            gate = re.compile("|".join(f"(?:{c.rule.pattern})" for c in rules))
        _GATES[rules] = gate
    return gate


_COMPILED = tuple(_compile(rule, i) for i, rule in enumerate(RULES))
_BY_ID = {c.rule.id: c for c in _COMPILED}
_BY_KEYWORD = _by_keyword(_COMPILED)
_KEYWORDS = frozenset(_BY_KEYWORD)


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
    for word in set(_WORD.findall(low)) & _KEYWORDS:
        keyword = _BY_KEYWORD[word]
        gated, always = keyword.gated, keyword.always
        if only is not None:
            if only not in gated and only not in always:
                continue
            gated, always = (), (only,)
        gate = _gate(gated) if gated else None
        size = len(word)
        start = low.find(word)
        while start >= 0:
            after = start + size
            alone = not (start and "a" <= low[start - 1] <= "z") and not (
                after < len(low) and "a" <= low[after] <= "z"
            )
            if not alone:  # part of a longer word
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
    quiet: dict[int, bool] = {}
    kept: list[tuple[_Compiled, int, int]] = []
    last_end: dict[Trap, int] = {}
    # Two rules for the same trap over the same words would show the same question twice;
    # keep the earliest (then longest) and drop those overlapping it.
    for compiled, start, end in sorted(_found(low), key=lambda f: (f[0].rank, f[1], -f[2])):
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
    compiled = _BY_ID[rule_id]
    low = _normalise(text)
    if compiled.unless is not None and compiled.unless.search(low):
        return ()
    return tuple((s, e) for _, s, e in _found(low, only=compiled))
