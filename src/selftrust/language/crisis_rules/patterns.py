"""Turn rule patterns and anchors into regexes; nothing here runs at import.

Compiling every rule up front took most of a second, and a note with no crisis word in it needs
none of them. So anchors are plain words and phrases looked up in dictionaries (nothing to
compile), and each rule is compiled the first time one of its anchors appears
(``functools.cache`` keeps it afterwards). A phrase anchor matches whole words; a single-word
anchor matches a word start unless it ends in ``$``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from selftrust.language.crisis_rules.shared import MACROS, Anchor, Slots

# Before patterns run, every separator that is not a sentence end or a comma becomes a space,
# keeping the length: dashes, quotes, brackets, emoji, an ellipsis. Marks inside a word stay
# ("she'd", "s/h", "a&e", "k!ll", "s*icide"), and so do ".", "!", "?", ";", ":" and new lines.
SEPARATOR = r"[^\w\s.!?;:,'*/&]|[^\S\n ]|(?<!\w)['*/&]|['*/&](?!\w)|(?<=\.)\.|\.(?=\.)"

# So a gap between two words is spaces and commas, and a pattern never reaches across two
# sentences. An apostrophe inside a word is not a gap, so "she (?:'d| would)" reads "she'd":
# the gap is then empty.
GAP = r"(?:[ ,]++|(?='))"

# One word of folded text. "she'd", "s/h", "s*icide" and "k!ll" stay one word; "cut/burn" is two.
WORD = r"s/h(?!\w)|\w+(?:['*!]\w+)*"

_MACRO = r"\{([a-z_]+)\}"
_DOUBLE = r"(?<=([a-z]))\1+"


def squeeze(src: str) -> str:
    """Squeeze doubled letters the way folded text has them: "kill" becomes "kil"."""
    return re.sub(_DOUBLE, "", src)


def fold_pattern(src: str) -> str:
    """Turn a rule pattern into the regex source that runs on folded text."""
    for _ in range(4):  # macros may use other macros
        src = re.sub(_MACRO, lambda m: MACROS.get(m.group(1), m.group(0)), src)
    # A word is letters with any inner apostrophes: "she'd" is one word, not two.
    return squeeze(src).replace(r"\w+", r"\w+(?:'\w+)*").replace(" ", GAP)


def compile_pattern(src: str, prefix: str = r"(?<!\w)", suffix: str = r"(?!\w)") -> re.Pattern[str]:
    """Compile one pattern of the rule language, with word edges around it by default."""
    return re.compile(prefix + "(?:" + fold_pattern(src) + ")" + suffix)


# Anchors indexed for lookup. A single word by its first three letters: (stem, whole word only,
# rules). A phrase by its first two words: (the words after its first, the slots after that,
# rules); a phrase whose second word is optional is also filed under "".
Tail = tuple[tuple[tuple[str, ...], ...], ...]
Phrase = tuple[tuple[str, ...], Tail, tuple[int, ...]]
Anchors = tuple[
    dict[str, tuple[tuple[str, bool, tuple[int, ...]], ...]], dict[str, dict[str, list[Phrase]]]
]


def _next_words(more: tuple[str, ...], rest: Tail) -> set[str]:
    """The words that may follow a phrase's first word ("" when none has to)."""
    if more:
        return {more[0]}
    out: set[str] = set()
    for slot in rest:
        out.update(choice[0] for choice in slot if choice)
        if all(choice for choice in slot):
            return out
    return out | {""}


def anchor_index(anchors_per_rule: Iterable[tuple[Anchor, ...]]) -> Anchors:
    """Index every rule's anchors for one dictionary lookup per word of folded text.

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
            for second in _next_words(tuple(more), rest):
                pair = by_pair.setdefault(first, {}).setdefault(second, [])
                pair.append((tuple(more), rest, (index,)))
    return {key: tuple(entries) for key, entries in by_prefix.items()}, by_pair


def _follows(words: list[str], at: int, slots: tuple[tuple[tuple[str, ...], ...], ...]) -> bool:
    if not slots:
        return True
    rest = slots[1:]
    for choice in slots[0]:  # a choice may be several words, or none
        size = len(choice)
        if size == 1:  # the common case, without building a tuple
            if at < len(words) and words[at] == choice[0] and _follows(words, at + 1, rest):
                return True
        elif tuple(words[at : at + size]) == choice and _follows(words, at + size, rest):
            return True
    return False


# What one word of text starts: the rules its own anchors offer, the phrases it may begin (by
# their next word), and those of them whose second word is optional (looked up once here).
WordInfo = tuple[tuple[tuple[int, ...], ...], dict[str, list[Phrase]] | None, list[Phrase] | None]
_NOTHING: WordInfo = ((), None, None)
_MEMO_LIMIT = 50_000  # words remembered; junk input must not grow memory without bound


def _word_info(index: Anchors, word: str) -> WordInfo:
    stems = index[0].get(word[:3], ())
    rules = tuple(
        r for stem, whole, r in stems if word == stem or (not whole and word.startswith(stem))
    )
    seconds = index[1].get(word)
    if not rules and seconds is None:
        return _NOTHING
    return rules, seconds, seconds.get("") if seconds is not None else None


def anchor_hits(
    index: Anchors, words: list[str], memo: dict[str, WordInfo]
) -> list[tuple[int, tuple[int, ...]]]:
    """Return (word number, rules) for every anchor in a text's folded words, in order.

    ``memo`` remembers what each word starts: everyday words repeat, so most words cost one
    dictionary lookup.
    """
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    out: list[tuple[int, tuple[int, ...]]] = []
    get, nothing, last = memo.get, _NOTHING, len(words) - 1
    for at, word in enumerate(words):
        info = get(word)
        if info is None:
            info = memo[word] = _word_info(index, word)
        if info is nothing:
            continue
        rules_here, seconds, optional = info
        for rules in rules_here:
            out.append((at, rules))
        if seconds is None:
            continue
        # Phrases filed under the next word, then those whose second word is optional.
        if at < last:
            phrases = seconds.get(words[at + 1])
            if phrases is not None:
                _phrases(words, at, phrases, out)
        if optional is not None:
            _phrases(words, at, optional, out)
    return out


def _phrases(
    words: list[str], at: int, phrases: list[Phrase], out: list[tuple[int, tuple[int, ...]]]
) -> None:
    """Add the phrases that go on from word ``at`` as written."""
    for more, rest, rules in phrases:
        after = at + 1 + len(more)
        if (not more or tuple(words[at + 1 : after]) == more) and _follows(words, after, rest):
            out.append((at, rules))
