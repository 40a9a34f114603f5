"""The words of plain text that the trap rules want, and the slot bits they fill, per word.

For plain ASCII text the words are already listed (``plain_text.py``), and everyday words
repeat, so what each word gives is worked out once: the runs of a-z letters in it that the
engine wants ("don't" gives "don" and "t"), and the slot bits those fill (``compiled.py``).
A text then costs one lookup per word and a union, instead of listing its letter runs and
looking each up in three tables.

What a word gives depends on the tables of the moment, which compiling widens. So a memo
holds the tables it was made for, and a new one is made when they have changed (or when junk
input has filled it): an answer is never read from a memo made for other tables.
"""

from __future__ import annotations

from functools import reduce
from itertools import chain
from operator import itemgetter, or_

from selftrust.language.absolutist import LISTED_RUNS, letter_runs, wanted_words
from selftrust.language.trap_rules.compiled import _KEYS, _SLOT_BITS, _WORD_BITS

# What a word gives: the slot bits its wanted runs of letters fill, the keywords among them,
# and the absolutist words (with "no" and "one") among them.
_Gives = tuple[int, tuple[str, ...], tuple[str, ...]]
_Tables = tuple[frozenset[str], int]  # the wanted words, and how many slots have a bit
_LIMIT = 50_000
_EMPTY: frozenset[str] = frozenset()
_BITS = itemgetter(0)
_KEYWORDS = itemgetter(1)
_LISTED = itemgetter(2)


class _Memo(dict[str, "_Gives | None"]):
    __slots__ = ("tables",)

    def __init__(self, tables: _Tables) -> None:
        super().__init__()
        self.tables = tables

    def __missing__(self, word: str) -> _Gives | None:
        runs = self.tables[0].intersection(letter_runs(word))
        gives = None
        if runs:  # every wanted word is a keyword, a slot's word or an absolutist word
            bits = 0
            for run in runs:
                bits |= _WORD_BITS.get(run, 0)
            gives = (bits, tuple(runs & _KEYS[0]), tuple(runs & LISTED_RUNS))
        if len(self) < _LIMIT:  # a full one stores nothing more, and is replaced
            self[word] = gives
        return gives


_MEMO = [_Memo((_EMPTY, -1))]


def memo() -> _Memo:
    """The memo for the tables as they are now (the keywords must be known: ``_keys()``)."""
    found = _MEMO[0]
    if not fresh(found) or len(found) >= _LIMIT:
        found = _MEMO[0] = _Memo((wanted_words(), len(_SLOT_BITS)))
    return found


def fresh(found: _Memo) -> bool:
    """Whether the tables are still those the memo was made for.

    A slot's words get their bits before the slot is counted (``compiled._slot_bits``), so a
    memo that is still fresh has every bit of every slot it counts.
    """
    return found.tables[0] is wanted_words() and found.tables[1] == len(_SLOT_BITS)


def read(
    found: _Memo, words: tuple[str, ...]
) -> tuple[frozenset[str], frozenset[str], list[_Gives]]:
    """The keywords and the absolutist words in these words of plain text, and what each word
    gives."""
    gives = list(filter(None, map(found.__getitem__, words)))
    keywords = frozenset(chain.from_iterable(map(_KEYWORDS, gives)))
    return keywords, frozenset(chain.from_iterable(map(_LISTED, gives))), gives


def bits(gives: list[_Gives]) -> int:
    """The slot bits the words fill."""
    return reduce(or_, map(_BITS, gives), 0)
