"""Read the keywords a thinking-trap pattern opens with, and how long a match can be.

A pattern opens with its keywords, e.g. r"\b(?:should(?:n't)?|ought)\\s+...". Rather than keep a
second list that could drift from the pattern, the words are read from it here. Only the small
part of regex syntax used at the start of patterns is understood; anything else there raises
PatternError, which the rule tests would show at once. Reading every pattern takes tens of
milliseconds, so the engine does it on first use, never at import. The same reading turns a
pattern round so that a scan can open on the keyword itself (after_keyword, keyword_scan).
"""

from __future__ import annotations

import re

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


def _close(p: str, i: int) -> int:
    """Return the index of the ")" that closes the group opening at p[i]."""
    depth = 0
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
            if depth == 0:
                return i
        i += 1
    raise PatternError("unbalanced group")


def _derive(s: str, word: str) -> list[str] | None:
    """Return regexes for what follows `word` in the matches of `s` that open on the word standing
    whole; [] when none can, None when the opening is too complex to tell. A look-around in
    front is left out: the result may then let through more than the pattern, never less."""
    if s.startswith(("(?=", "(?!", "(?<=", "(?<!")):
        return _derive(s[_close(s, 0) + 1 :], word)
    if s.startswith("(?:"):
        end = _close(s, 0)
        if s[end + 1 : end + 2] in ("?", "*", "+", "{"):
            return None
        found: list[str] = []
        for alternative in top_level_branches(s[3:end]):
            rests = _derive(alternative + s[end + 1 :], word)
            if rests is None:
                return None
            found += rests
        return found
    n = 0
    while n < len(s) and s[n] in _LETTERS:
        n += 1
    quantified = s[n : n + 1] in ("?", "*", "+", "{")
    lead = s[: n - 1] if quantified else s[:n]  # the letters that have to be there
    if not lead or (word.startswith(lead) and (quantified or lead != word)):
        return None  # it might reach the word in a way only the regex engine can tell
    return [s[len(word) :]] if lead == word else []


def after_keyword(pattern: str, word: str) -> str | None:
    """Return a regex for what has to follow `word` for the pattern to match where the word
    stands, or None when the pattern's opening is too complex to tell (see traps.py)."""
    if "(?P" in pattern or "\\1" in pattern:
        return None
    parts: list[str] = []
    for branch in top_level_branches(pattern):
        if not branch.startswith("\\b"):
            return None
        rests = _derive(branch[2:], word)
        if rests is None:
            return None
        parts += rests
    return "|".join(f"(?:{rest})" for rest in parts) if parts else None


def word_finder(word: str) -> re.Pattern[str]:
    """A regex for the places where `word` stands as a whole word.

    Opening on the plain word lets the regex engine jump from one place the word stands to the
    next (a leading \\b or look-behind would make it try every position); the look-behind after
    it checks that the word is not the end of a longer one.
    """
    escaped = re.escape(word)
    return re.compile(f"{escaped}(?<![a-z]{escaped})(?![a-z])")


def keyword_scan(word: str, patterns: list[str]) -> re.Pattern[str] | None:
    """The patterns' combined gate, turned round so that it opens on `word` itself.

    The regex engine then jumps from one place the word stands to the next and checks what
    follows, all without Python: most everyday text holds keywords whose rules cannot match,
    and this finds that at once. It may let through more than the patterns, never less. None
    when a pattern's opening cannot be turned round; those keep the finder and the gate.
    """
    rests = [after_keyword(pattern, word) for pattern in patterns]
    if not patterns or None in rests:
        return None
    escaped = re.escape(word)
    ahead = "|".join(f"(?:{rest})" for rest in rests)
    return re.compile(f"{escaped}(?<![a-z]{escaped})(?![a-z])(?={ahead})")


def without_leading_b(pattern: str) -> tuple[str, bool]:
    """Return the pattern without the \\b that opens each of its branches, and True; or the
    pattern as it is and False when some branch does not open with one."""
    branches = top_level_branches(pattern)
    if all(b.startswith("\\b") for b in branches):
        return "|".join(b[2:] for b in branches), True
    return pattern, False


def exact_scan(word: str, patterns: list[str]) -> re.Pattern[str] | None:
    """The places where `word` stands whole and one of the patterns matches from there.

    The regex engine jumps from one place the word stands to the next; where the cheap
    `keyword_scan` test of what follows lets it through (when the patterns can be turned round
    for one), a lookbehind set back over the word runs the patterns themselves from its start.
    So it stops exactly where ``pattern.match(text, start)`` would accept, without Python. The
    patterns must have no numbered groups (they are joined). None when there are no patterns
    or they do not join.
    """
    if not patterns:
        return None
    escaped = re.escape(word)
    rests = [after_keyword(pattern, word) for pattern in patterns]
    ahead = "" if None in rests else "(?=" + "|".join(f"(?:{rest})" for rest in rests) + ")"
    joined = "|".join(f"(?:{pattern})" for pattern in patterns)
    exact = f"(?<=(?=(?:{joined})){escaped})"
    try:
        return re.compile(f"{escaped}(?<![a-z]{escaped})(?![a-z]){ahead}{exact}")
    except re.error:
        return None
