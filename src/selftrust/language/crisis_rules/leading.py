"""Crisis regexes turned round to open on their first letters, so the regex engine can skip.

Every crisis pattern is compiled with ``(?<!\\w)`` in front: a match starts where a word starts.
A regex that opens on a look-behind gives Python's regex engine nothing to scan for, so it tries
the whole pattern at every position of the text; the careful pass spent most of its time there.
Turned round, the same pattern opens on an alternation of its possible first letters, each
followed by the look-behind moved after it ("k(?<!\\wk)..."). The engine then jumps from one
such letter to the next in C, and at each tries only the alternatives that begin with it.

Every match stays the same: alternatives that begin with different letters never both match at
one place, so grouping them by first letter changes nothing, and within a group their order is
kept; a look-around before a letter says the same thing moved after it. The rewrite is made
only where that is plain (the pattern opens on letters, has no capturing group, and does not
grow much); any other pattern is compiled as it is. The tests compare both forms on every
rule's examples and on generated text. ``re._parser`` is private, hence the guard: without it
every pattern is simply compiled as it is.
"""

from __future__ import annotations

import re

# Importing ``typing`` costs ~3 ms at start-up; ``Any`` is only needed by mypy.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    _Item = tuple[Any, Any]  # (opcode, argument) as the parser gives them

try:  # already loaded by ``re``, so this costs nothing
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python; patterns are then compiled as they are
    _parser = None
_PARSER: Any = _parser

_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_CATEGORIES = {
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
}
_AT = {
    "AT_BEGINNING": "^",
    "AT_END": "$",
    "AT_BOUNDARY": r"\b",
    "AT_NON_BOUNDARY": r"\B",
    "AT_BEGINNING_STRING": r"\A",
    "AT_END_STRING": r"\Z",
}


class _Unsure(Exception):
    """The pattern is not one this module rewrites."""


def lead(source: str) -> str | None:
    """Return a regex matching exactly where ``source`` matches, opening on its first letters,
    or None when ``source`` is not one this module rewrites."""
    if _PARSER is None:
        return None
    try:
        parsed = _PARSER.parse(source)
        if parsed.state.groups > 1 or parsed.state.flags & ~re.UNICODE:
            return None  # capturing groups (their numbers) and flags are left alone
        turned = _join(_split(list(parsed.data)))
    except (_Unsure, RecursionError, ValueError, KeyError):
        return None
    return turned if len(turned) <= 2.5 * len(source) + 1000 else None


# An alternative: its first letter and the regex for the rest; or, for one that opens on a
# class of characters ("\d+ years"), None, the regex for all of it, and that class.
_Alt = tuple[int | None, str, tuple[str, ...]]


def _split(items: list[_Item]) -> list[_Alt]:
    """The sequence as alternatives, in matching order."""
    if not items:
        raise _Unsure("may match nothing")
    (op, arg), rest = items[0], items[1:]
    kind = str(op)
    if kind == "LITERAL":
        return [(arg, _unparse(rest), ())]
    if kind == "SUBPATTERN" and arg[0] is None and not arg[1] and not arg[2]:
        return _split(list(arg[3]) + rest)
    if kind == "BRANCH":
        tail = _unparse(rest)
        heads = [alt for alternative in arg[1] for alt in _split(list(alternative))]
        return [(first, body + tail, chars) for first, body, chars in _gathered(heads)]
    if kind in ("MAX_REPEAT", "MIN_REPEAT") and arg[0] == 0 and arg[1] == 1:
        taken, skipped = _split(list(arg[2]) + rest), _split(rest)
        return taken + skipped if kind == "MAX_REPEAT" else skipped + taken
    if kind in ("ASSERT", "ASSERT_NOT"):
        return [_looked(kind, arg[0], _unparse(list(arg[1])), alt) for alt in _split(rest)]
    return [(None, _unparse(items), (_opening_class(items[0]),))]


def _looked(kind: str, way: int, looked: str, alt: _Alt) -> _Alt:
    """A look-around just before the first letter, said again just after it."""
    first, body, chars = alt
    sign = {("ASSERT", 1): "(?=", ("ASSERT_NOT", 1): "(?!"}.get((kind, way))
    if first is None:  # a class opens it: the look-around stays in front
        return None, (sign or ("(?<=" if kind == "ASSERT" else "(?<!")) + looked + ")" + body, chars
    if sign is None:
        behind = "(?<=" if kind == "ASSERT" else "(?<!"
        return first, behind + looked + _char(first) + ")" + body, ()
    return first, f"(?<={sign}{looked}){_char(first)})" + body, ()


def _opening_class(item: _Item) -> str:
    """The class of characters an item opens with (a class, or a repeat of one), or _Unsure."""
    op, arg = item
    if str(op) == "IN":
        return _set(arg)
    if str(op) in _REPEATS and arg[0] >= 1 and len(arg[2]) == 1 and str(arg[2][0][0]) == "IN":
        return _set(arg[2][0][1])
    raise _Unsure(str(op))


def _gathered(alts: list[_Alt]) -> list[_Alt]:
    """The alternatives gathered by first letter, each letter where it first came and its
    alternatives in their order; those opening on a class go last, together and in their
    order, which changes nothing only if no class holds one of the letters."""
    by_first: dict[int, list[str]] = {}
    classed: list[_Alt] = []
    for alt in alts:
        if alt[0] is None:
            classed.append(alt)
        else:
            by_first.setdefault(alt[0], []).append(alt[1])
    for _, _, classes in classed:
        for opening in classes:
            if any(re.fullmatch(opening, chr(first)) for first in by_first):
                raise _Unsure("a class holds a letter that opens another alternative")
    out: list[_Alt] = [(first, _either(bodies), ()) for first, bodies in by_first.items()]
    if classed:
        every = tuple(opening for _, _, classes in classed for opening in classes)
        out.append((None, _either([body for _, body, _ in classed]), every))
    return out


def _either(rests: list[str]) -> str:
    return rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"


def _join(alts: list[_Alt]) -> str:
    return (
        "(?:"
        + "|".join(
            body if first is None else _char(first) + body for first, body, _ in _gathered(alts)
        )
        + ")"
    )


def _char(code: int) -> str:
    return re.escape(chr(code))


def _unparse(items: list[_Item]) -> str:
    """Write parsed items back as a regex (only the syntax crisis patterns use)."""
    out = []
    for op, arg in items:
        kind = str(op)
        if kind == "LITERAL":
            out.append(_char(arg))
        elif kind == "NOT_LITERAL":
            out.append("[^" + _char(arg) + "]")
        elif kind == "ANY":
            out.append(".")
        elif kind == "IN":
            out.append(_set(arg))
        elif kind == "BRANCH":
            out.append("(?:" + "|".join(_unparse(list(a)) for a in arg[1]) + ")")
        elif kind == "SUBPATTERN" and arg[0] is None and not arg[1] and not arg[2]:
            out.append("(?:" + _unparse(list(arg[3])) + ")")
        elif kind == "ATOMIC_GROUP":
            out.append("(?>" + _unparse(list(arg)) + ")")
        elif kind in _REPEATS:
            out.append("(?:" + _unparse(list(arg[2])) + ")" + _count(kind, arg[0], arg[1]))
        elif kind in ("ASSERT", "ASSERT_NOT"):
            ahead = arg[0] == 1
            sign = {True: "(?=", False: "(?!"} if ahead else {True: "(?<=", False: "(?<!"}
            out.append(sign[kind == "ASSERT"] + _unparse(list(arg[1])) + ")")
        elif kind == "AT":
            out.append(_AT[str(arg)])
        else:
            raise _Unsure(kind)
    return "".join(out)


def _count(kind: str, low: int, high: int) -> str:
    if high == _PARSER.MAXREPEAT:
        count = "*" if low == 0 else "+" if low == 1 else f"{{{low},}}"
    elif low == 0 and high == 1:
        count = "?"
    else:
        count = f"{{{low},{high}}}"
    return count + {"MAX_REPEAT": "", "MIN_REPEAT": "?", "POSSESSIVE_REPEAT": "+"}[kind]


def _set(arg: list[_Item]) -> str:
    body, negate = "", ""
    for op, value in arg:
        kind = str(op)
        if kind == "NEGATE":
            negate = "^"
        elif kind == "LITERAL":
            body += "\\" + chr(value) if chr(value) in "\\]^-[" else _char(value)
        elif kind == "RANGE":
            body += _char(value[0]) + "-" + _char(value[1])
        elif kind == "CATEGORY":
            body += _CATEGORIES[str(value)]
        else:
            raise _Unsure(kind)
    return "[" + negate + body + "]"
