"""Find rule anchors in the folded words of a text: plain dictionary and set lookups.

Anchors are plain words and phrases, so nothing here is compiled. A single-word anchor matches
a word start (or the whole word when it ends in ``$``); a phrase anchor matches whole words that
follow each other.

Most everyday text holds no anchor, and a Python loop over its forty-odd words was the largest
cost of reading it. So the words are first looked at with set operations that run in C: what
each word offers as a single-word anchor (remembered per word), the pairs of neighbouring words
that are a whole phrase ("told my"), and the runs of three words that open a longer one ("don't
want to"). Common words open phrases ("how i", "for the"), so pairs alone would let most text
through; three words rarely do. Both sets hold only the phrases whose first word some text has
shown, which keeps the first call cheap. Only where something is left does Python look word by
word, and there in the same order as a plain loop over every word would, so the hits are
exactly the same.
"""

from __future__ import annotations

import re
from _thread import allocate_lock
from collections.abc import Iterable
from itertools import pairwise

from selftrust.language.crisis_rules.phrases import (
    Pair,
    Phrase,
    Slot,
    Triple,
    as_slot,
    follows,
    next_words,
    third_words,
)
from selftrust.language.crisis_rules.shared import Anchor, Slots

# Importing ``typing`` costs ~3 ms at start-up; ``Any`` is only needed by mypy.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_DOUBLE = r"(?<=([a-z]))\1+"
_MEMO_LIMIT = 50_000  # words remembered; junk input must not grow memory without bound

# The rules a word offers as a single-word anchor, one tuple per anchor it starts.
Rules = tuple[tuple[int, ...], ...]
Hits = list[tuple[int, tuple[int, ...]]]


def squeeze(src: str) -> str:
    """Squeeze doubled letters the way folded text has them: "kill" becomes "kil"."""
    return re.sub(_DOUBLE, "", src)


class Anchors:
    """Every rule's anchors, indexed for lookups by word, and what texts have shown so far."""

    __slots__ = ("_learned", "_lock", "known", "memo", "optional", "phrases", "slots", "words")

    def __init__(
        self,
        words: dict[str, tuple[tuple[str, bool, tuple[int, ...]], ...]],
        phrases: dict[str, dict[str, list[Phrase]]],
    ) -> None:
        # Single-word anchors by their first three letters: (stem, whole word only, rules).
        self.words = words
        # Phrase anchors by their first word, then their second ("" when it is optional).
        self.phrases = phrases
        self.optional = frozenset(first for first, seconds in phrases.items() if "" in seconds)
        # Each phrase's slots after its first words, as ``_follows`` reads them, made when the
        # phrase is first tried (by the identity of its tail, which the index keeps alive).
        self.slots: dict[int, tuple[Slot, ...]] = {}
        self.memo = WordRules(self)
        # The openings of the phrases whose first word a text has shown: the pairs of words a
        # phrase may end with, and the first three words of the others. Grown as words are
        # first seen (``WordRules``), under a lock, and replaced as a whole, so that a reader
        # sees every opening of the words it has looked up.
        empty: frozenset[Any] = frozenset()
        self.known: tuple[frozenset[Pair], frozenset[Triple]] = (empty, empty)
        self._learned: set[str] = set()
        self._lock = allocate_lock()

    def learn(self, first: str) -> None:
        """Add the openings of the phrases that begin with ``first`` to ``known``."""
        with self._lock:
            if first in self._learned:
                return
            ends: set[Pair] = set()
            triples: set[Triple] = set()
            for second, phrases in self.phrases[first].items():
                if second:
                    thirds = third_words(phrases, (first, second))
                    if thirds is None:
                        ends.add((first, second))
                    else:
                        triples.update((first, second, third) for third in thirds)
            old_ends, old_triples = self.known
            self.known = (old_ends | ends, old_triples | triples)
            self._learned.add(first)


class WordRules(dict[str, Rules]):
    """What each word offers as a single-word anchor, worked out once per word (bounded).

    Everyday words repeat, so most words cost one dictionary lookup, made in C. A word is
    stored only once the openings of the phrases it begins are in ``Anchors.known``.
    """

    __slots__ = ("index",)

    def __init__(self, index: Anchors) -> None:
        super().__init__()
        self.index = index

    def __missing__(self, word: str) -> Rules:
        index = self.index
        if word in index.phrases:
            index.learn(word)
        if len(self) > _MEMO_LIMIT:
            self.clear()
        rules = self[word] = _word_rules(index, word)
        return rules


def anchor_index(anchors_per_rule: Iterable[tuple[Anchor, ...]]) -> Anchors:
    """Index every rule's anchors for lookups by word of folded text.

    They are spelled the way folded text spells them ("kill" as "kil"); the quick look squeezes
    its words the same way (``reading.py``).
    """
    phrases: list[tuple[Slots, int]] = []
    words: dict[tuple[str, bool], set[int]] = {}
    choices: set[str] = set()
    for index, anchors in enumerate(anchors_per_rule):
        for anchor in anchors:
            slots = anchor if isinstance(anchor, tuple) else ((anchor,),)
            if len(slots) == 1 and len(slots[0]) == 1 and " " not in slots[0][0]:
                key = (slots[0][0].rstrip("$"), slots[0][0].endswith("$"))
                words.setdefault(key, set()).add(index)
            else:
                phrases.append((slots, index))
            choices.update(choice for slot in slots for choice in slot)
    # Squeeze every word once, in one regex call: "kill" is "kil" in folded text.
    ordered = list(choices | {stem for stem, _ in words})
    spelled = squeeze("\n".join(ordered))
    fold = dict(zip(ordered, spelled.split("\n"), strict=True))
    by_prefix: dict[str, list[tuple[str, bool, tuple[int, ...]]]] = {}
    for (stem, whole), rules in words.items():
        spelt = fold[stem]
        by_prefix.setdefault(spelt[:3], []).append((spelt, whole, tuple(sorted(rules))))
    by_pair: dict[str, dict[str, list[Phrase]]] = {}
    for slots, index in phrases:
        rest = tuple(tuple(tuple(fold[c].split()) for c in slot) for slot in slots[1:])
        for choice in slots[0]:
            first, *more = fold[choice].split()
            for second in next_words(tuple(more), rest):
                pair = by_pair.setdefault(first, {}).setdefault(second, [])
                pair.append((tuple(more), rest, (index,)))
    return Anchors({key: tuple(entries) for key, entries in by_prefix.items()}, by_pair)


def _word_rules(index: Anchors, word: str) -> Rules:
    stems = index.words.get(word[:3], ())
    return tuple(
        r for stem, whole, r in stems if word == stem or (not whole and word.startswith(stem))
    )


def anchor_hits(
    index: Anchors,
    words: list[str],
    memo: dict[str, Rules],
    *,
    singles: bool = True,
    pairs: bool | None = None,
    threes: bool | None = None,
) -> Hits:
    """Return (word number, rules) for every anchor in a text's folded words, in order.

    ``memo`` remembers what each word offers (``index.memo``; a plain dict works too). A
    caller that has looked already may say that no word offers a single-word anchor
    (``singles=False``: it must have looked every word up in ``index.memo``, which makes the
    phrases they open known) and whether any pair of words is a whole phrase (``pairs``) or
    any three open one (``threes``); None: look.
    """
    offered: list[Rules] | None = None
    starts: list[int] = []
    if singles:
        if isinstance(memo, WordRules):
            offered = list(map(memo.__getitem__, words))
        else:
            offered = [memo[w] if w in memo else memo.setdefault(w, index.memo[w]) for w in words]
        if any(offered):
            starts += [at for at, rules in enumerate(offered) if rules]
        if index.optional and not index.optional.isdisjoint(words):
            starts += [at for at, word in enumerate(words) if word in index.optional]
    # Every phrase the words begin is known once they have been looked up (``WordRules``):
    # here, or by the caller that says ``singles=False``.
    ends, triples = index.known
    # zip, not pairwise: zip reuses its tuple when it can, pairwise makes one per pair.
    following = zip(words, words[1:], strict=False)  # noqa: RUF007
    if pairs or (pairs is None and not ends.isdisjoint(following)):
        two = list(pairwise(words))
        starts += _positions(two, ends.intersection(two))
    three = zip(words, words[1:], words[2:], strict=False)
    if threes or (threes is None and not triples.isdisjoint(three)):
        every = list(zip(words, words[1:], words[2:], strict=False))
        starts += _positions(every, triples.intersection(every))
    if not starts:
        return []  # most everyday text
    out: Hits = []
    last = len(words) - 1
    # The same steps, in the same order, as a loop over every word: the others add nothing.
    for at in sorted(set(starts)):
        if offered is not None:
            for rules in offered[at]:
                out.append((at, rules))
        seconds = index.phrases.get(words[at])
        if seconds is None:
            continue
        # Phrases filed under the next word, then those whose second word is optional.
        if at < last:
            phrases = seconds.get(words[at + 1])
            if phrases is not None:
                _phrases(index, words, at, phrases, out)
        optional = seconds.get("")
        if optional is not None:
            _phrases(index, words, at, optional, out)
    return out


def _positions(items: list[Any], found: frozenset[Any]) -> list[int]:
    """Every place where one of ``found`` stands in ``items`` (each stands there at least
    once). A few are looked for with ``list.index``, in C; many in one pass, so that junk
    holding every phrase stays linear."""
    if len(found) > 3:
        return [at for at, item in enumerate(items) if item in found]
    places = []
    for item in found:
        at = items.index(item)
        places.append(at)
        while True:
            try:
                at = items.index(item, at + 1)
            except ValueError:
                break
            places.append(at)
    return places


def _phrases(index: Anchors, words: list[str], at: int, phrases: list[Phrase], out: Hits) -> None:
    """Add the phrases that go on from word ``at`` as written."""
    for more, rest, rules in phrases:
        after = at + 1 + len(more)
        if more and tuple(words[at + 1 : after]) != more:
            continue
        slots = index.slots.get(id(rest))
        if slots is None:
            slots = index.slots[id(rest)] = tuple(as_slot(choices) for choices in rest)
        if follows(words, after, slots):
            out.append((at, rules))
