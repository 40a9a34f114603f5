"""Where a text enters the crisis detector: fold it, and decide which texts need a careful look.

Most everyday text has no anchor word at all, and the quick look at its lowercased words says so
without folding the whole text or compiling anything. It spells each word as folded text would
("cutt" is "cut"; remembered per word), so it finds every anchor the careful tokens find. A text
with an anchor is folded, its anchors found again in the folded words, and the careful pass in
``careful.py`` judges each rule around them.
"""

from __future__ import annotations

from functools import cache

from selftrust.language.crisis_rules import RULES
from selftrust.language.crisis_rules.careful import Analysis, _cue, _rule, _rx
from selftrust.language.crisis_rules.patterns import (
    WORD,
    Anchors,
    WordInfo,
    anchor_hits,
    anchor_index,
)
from selftrust.language.crisis_rules.records import NO_CRISIS, CrisisResult

# ``_cue`` and ``_rule`` are here for the tests: they show what has been compiled so far.
__all__ = ["Analysis", "_cue", "_rule", "_rx", "fold", "lower", "read"]

_FOLD_TABLE = str.maketrans(
    dict.fromkeys("\u2019\u2018\u201b\u02bc\u00b4`\u2032\uff07", "'")
    | dict.fromkeys("\u201c\u201d\u201e", '"')
    | {"\u2026": ",", "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u200b": " ", "\u0130": "i"}
)
# Patterns are ASCII, so only ASCII letter runs are squeezed (faster, and offsets map exactly).
_RUN = r"(?<=([a-z]))\1+"


@cache
def _anchors() -> Anchors:
    return anchor_index(rule.anchors for rule in RULES)


# What each folded word starts (see ``anchor_hits``), for the quick look and the careful one.
_MEMO: dict[str, WordInfo] = {}
# The quick look reads plain lowercase ASCII text split at punctuation. Marks inside words
# ("k!ll", "s/h") need the careful tokens of folded text.
_MARK_IN_WORD = r"\w[/*!]\w"
_EDGE_QUOTE = r"'(?:(?!\S)|(?<!\S'))"  # an apostrophe that begins or ends a word
_PUNCTUATION = '!"#$%&()*+,-./:;<=>?@[\\]^`{|}~'
_PUNCTUATION_BYTES = bytes.maketrans(_PUNCTUATION.encode(), b" " * len(_PUNCTUATION))


class _Squeezed(dict[str, str]):
    """Each word of the quick look with its letter runs squeezed, remembered (bounded)."""

    def __missing__(self, word: str) -> str:
        if len(self) > _SQUEEZED_LIMIT:
            self.clear()
        squeezed = self[word] = _rx(_RUN).sub("", word)
        return squeezed


_SQUEEZED_LIMIT = 50_000  # junk input must not grow memory without bound
_SQUEEZED = _Squeezed()


def lower(text: str) -> str:
    """Lowercase a text one character for one, with straight quotes and plain spaces."""
    if not text.isascii() or "`" in text:
        # One character for one, before lowering: "İ".lower() would be two characters.
        text = text.translate(_FOLD_TABLE)
    return text.lower()


def fold(text: str) -> str:
    """Fold text the way patterns expect it: lowercase, straight quotes, squeezed letters."""
    return _rx(_RUN).sub("", lower(text))


def read(text: str, *, quick: bool = True) -> CrisisResult:
    """Find crisis language in a text: the whole detector behind ``detect_crisis``.

    ``quick=False`` skips the quick look at the lowercased words (tests compare both ways).
    """
    if not text:
        return NO_CRISIS
    low = lower(text)
    marks = "!" in low or "*" in low or "/" in low
    if quick and low.isascii() and not (marks and _rx(_MARK_IN_WORD).search(low)):
        spaced = low.encode().translate(_PUNCTUATION_BYTES).decode()  # ASCII: bytes are quicker
        words = spaced.split()
        if "'" in low and _rx(_EDGE_QUOTE).search(spaced):
            words = [word.strip("'") for word in words]
        # Spelled as folded text spells them ("cutt" is "cut"), so the quick look finds every
        # anchor the careful tokens would.
        words = list(map(_SQUEEZED.__getitem__, words))
        if not anchor_hits(_anchors(), words, _MEMO):
            return NO_CRISIS  # the common case: no anchor, nothing compiled
    norm = _rx(_RUN).sub("", low)
    words = _rx(WORD).findall(norm)
    hits = anchor_hits(_anchors(), words, _MEMO)
    if not hits:
        return NO_CRISIS
    starts = _starts(norm, words, hits[-1][0])
    return Analysis(low, norm).run([(starts[at], rules) for at, rules in hits])


def _starts(norm: str, words: list[str], last: int) -> list[int]:
    """Where the first ``last + 1`` words start, without a match object per word.

    Every word begins with a word character and none stands between two words, so the next
    occurrence of a word after the end of the one before is where it starts.
    """
    starts, pos = [], 0
    for word in words[: last + 1]:
        pos = norm.find(word, pos)
        starts.append(pos)
        pos += len(word)
    return starts
