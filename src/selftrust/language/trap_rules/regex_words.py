"""Read how a parsed regex sits around words, for ``required.py``.

The engine lists a text's words as its runs of a-z letters, so a word of a regex counts as one
of them only where the regex puts a character that is not a-z (or the edge of the text) on
both sides of it. These helpers tell that, erring on the side of "cannot tell". The regex is
read with Python's own parser (``re._parser``), so the reading follows exactly the syntax the
regex engine sees; that module is private, hence the guard: if it is missing, every rule
simply gets no shortcut (``PARSER`` is None).
"""

from __future__ import annotations

import importlib
from typing import Any

try:
    PARSER: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python; rules then get no shortcut
    PARSER = None

Item = tuple[Any, Any]  # (opcode, argument) as the parser gives them
_LETTERS = range(ord("a"), ord("z") + 1)
REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_NOT_LETTER_CATEGORIES = ("CATEGORY_SPACE", "CATEGORY_DIGIT", "CATEGORY_NOT_WORD")
_MAX_SPELLINGS = 256  # more ways to spell one word than this: claim nothing there


def op_name(item: Item) -> str:
    return str(item[0])


def _no_letter(item: Item) -> bool:
    """The item matches exactly one character, never one of a-z."""
    op, arg = op_name(item), item[1]
    if op == "LITERAL":
        return arg not in _LETTERS
    if op != "IN":
        return False
    for kind, value in arg:
        kind = str(kind)
        if kind == "LITERAL" and value in _LETTERS:
            return False
        if kind == "RANGE" and not (value[1] < _LETTERS.start or value[0] >= _LETTERS.stop):
            return False
        if kind == "CATEGORY" and str(value) not in _NOT_LETTER_CATEGORIES:
            return False
        if kind not in ("LITERAL", "RANGE", "CATEGORY"):
            return False  # NEGATE and anything else
    return True


def quiet(item: Item) -> bool:
    """Nothing the item may consume is a-z (an assertion consumes nothing)."""
    op, arg = op_name(item), item[1]
    if _no_letter(item) or op in ("ASSERT", "ASSERT_NOT", "AT"):
        return True
    if op in REPEATS:
        return all(map(quiet, arg[2]))
    if op == "SUBPATTERN" and not arg[1] and not arg[2]:
        return all(map(quiet, arg[3]))
    if op == "BRANCH":
        return all(all(map(quiet, alt)) for alt in arg[1])
    return False


def _least(item: Item) -> int:
    """The fewest characters the item consumes."""
    op, arg = op_name(item), item[1]
    if op in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
        return 1
    if op in REPEATS:
        return int(arg[0]) * sum(map(_least, arg[2]))
    if op == "SUBPATTERN":
        return sum(map(_least, arg[3]))
    if op == "BRANCH":
        return min(sum(map(_least, alt)) for alt in arg[1])
    return 0  # assertions, and anything unknown (the safe side here)


def _covers_letters(item: Item) -> bool:
    """The item matches every a-z letter (as in the negative look-around "(?![a-z])")."""
    if op_name(item) != "IN":
        return False
    for kind, value in item[1]:
        kind = str(kind)
        if kind == "NEGATE":
            return False
        if kind == "RANGE" and value[0] <= _LETTERS.start and value[1] >= _LETTERS.stop - 1:
            return True
        if kind == "CATEGORY" and str(value) == "CATEGORY_WORD":
            return True
    return False


def _beside(item: Item, step: int, trust: bool) -> str:
    """What an item says about the character next to a word, looking back (step -1) or on
    (step 1): "yes" sure not a-z (or the edge of the text), "no" maybe a letter, "skip" it may
    consume nothing there (look at the next item)."""
    op, arg = op_name(item), item[1]
    if op == "AT":
        code = str(arg)
        if step < 0 and code in ("AT_BOUNDARY", "AT_BEGINNING", "AT_BEGINNING_STRING"):
            return "yes"
        if step > 0 and trust and code in ("AT_BOUNDARY", "AT_END", "AT_END_STRING"):
            return "yes"
        return "skip"
    if op in ("ASSERT", "ASSERT_NOT"):
        # A look-around sees the text itself, except one ahead cut off at a `before`'s end.
        if arg[0] != step or (step > 0 and not trust):
            return "skip"
        inner = list(arg[1])
        if op == "ASSERT":
            return "yes" if _verdict(inner, step, trust) == "yes" else "skip"
        return "yes" if len(inner) == 1 and _covers_letters(inner[0]) else "skip"
    if _no_letter(item):
        return "yes"
    if op in REPEATS:
        inner_verdict = _verdict(list(arg[2]), step, trust)
        return "skip" if arg[0] == 0 and inner_verdict == "yes" else inner_verdict
    if op == "SUBPATTERN" and not arg[1] and not arg[2]:
        return _verdict(list(arg[3]), step, trust)
    if op == "BRANCH":
        verdicts = {_verdict(list(alt), step, trust) for alt in arg[1]}
        return "no" if "no" in verdicts else ("yes" if verdicts == {"yes"} else "skip")
    return "no"


def _verdict(items: list[Item], step: int, trust: bool) -> str:
    """`_beside` for a sequence, read from its end nearest the word."""
    for item in items if step > 0 else reversed(items):
        verdict = _beside(item, step, trust)
        if verdict != "skip":
            return verdict
    return "skip"


def edge(items: list[Item], at: int, step: int, outside: bool, trust_zero: bool) -> bool:
    """True when the character just before (step -1) or after (step 1) position `at` of the
    sequence is sure not to be a-z, or is the edge of the text."""
    part = items[at:] if step > 0 else items[: at + 1]
    verdict = _verdict(part, step, trust_zero) if part else "skip"
    return verdict == "yes" or (verdict == "skip" and outside)


# A word is read as the ways its first token can be spelled: (letters so far, whether a
# character that is not a-z has ended it). "head\s*case" gives "headcase" (still open: what
# follows may add letters) and "head" (ended by the spaces).
_State = tuple[str, bool]


def _join(states: set[_State], more: set[_State]) -> set[_State] | None:
    joined = {(w, True) for w, done in states if done}
    joined |= {(w + m, end) for w, done in states if not done for m, end in more}
    if len(joined) > _MAX_SPELLINGS or ("", True) in joined:
        return None  # too many, or a gap before any letter: no first token to tell
    return joined


def _is_gap(item: Item) -> bool:
    """The item may consume nothing, and nothing it consumes is a-z."""
    return op_name(item) not in ("ASSERT", "ASSERT_NOT", "AT") and quiet(item) and not _least(item)


class WordReader:
    """Reads words out of one parsed regex, remembering each part it has read (a word list
    such as the labels is met again at every level of the reading)."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[Item, set[_State] | None]] = {}

    def states(self, item: Item) -> set[_State] | None:
        """The spellings of one part of a word: letters, a letter set, an alternation, a
        group, an optional part, or a gap that may hold characters that are not a-z."""
        seen = self._seen.get(id(item))
        if seen is None:  # the item is kept with the answer, so its id stays its own
            seen = self._seen[id(item)] = (item, self._read(item))
        return seen[1]

    def _read(self, item: Item) -> set[_State] | None:
        op, arg = op_name(item), item[1]
        if op == "LITERAL":
            return {(chr(arg), False)} if arg in _LETTERS else None
        if op == "IN":
            if all(str(k) == "LITERAL" and v in _LETTERS for k, v in arg):
                return {(chr(v), False) for _, v in arg}
            return None
        if _is_gap(item):
            return {("", False), ("", True)}
        if op == "BRANCH":
            found: set[_State] = set()
            for alt in arg[1]:
                states = self.sequence(list(alt))
                if states is None:
                    return None
                found |= states
            return found
        if op == "SUBPATTERN" and not arg[1] and not arg[2]:
            return self.sequence(list(arg[3]))
        if op in REPEATS and arg[0] == 0 and arg[1] == 1:
            inner = self.sequence(list(arg[2]))
            return None if inner is None else inner | {("", False)}
        return None

    def sequence(self, items: list[Item]) -> set[_State] | None:
        states: set[_State] | None = {("", False)}
        for item in items:
            more = self.states(item)
            if more is None or states is None:
                return None
            states = _join(states, more)
        return states

    def word(self, items: list[Item], start: int) -> tuple[set[_State] | None, int]:
        """Read a word from items[start]: where it ends, and its spellings (None: cannot
        tell). A gap is part of the word only between letters."""
        states: set[_State] | None = {("", False)}
        i = start
        while i < len(items):
            item = items[i]
            if _is_gap(item) and not (i + 1 < len(items) and self._letters(items[i + 1])):
                break
            more = self.states(item)
            if more is None:
                break
            states = None if states is None else _join(states, more)
            i += 1
        return (states if i > start else None), i

    def _letters(self, item: Item) -> bool:
        return self.states(item) is not None and not _is_gap(item)
