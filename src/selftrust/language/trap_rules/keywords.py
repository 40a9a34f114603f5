"""Read the keywords a thinking-trap pattern opens with, and how long a match can be.

A pattern opens with its keywords, e.g. r"\b(?:should(?:n't)?|ought)\\s+...". Rather than keep a
second list that could drift from the pattern, the words are read from it here. Only the small
part of regex syntax used at the start of patterns is understood; anything else there raises
PatternError, which the rule tests would show at once. Reading every pattern takes tens of
milliseconds, so the engine does it on first use, never at import.
"""

from __future__ import annotations

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


def top_level_branches(p: str) -> list[str]:
    """Return the pattern's alternatives that are not inside a group."""
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
