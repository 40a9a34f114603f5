"""Where a text enters the crisis detector: fold it, and decide which texts need a careful look.

Most everyday text has no anchor word at all, and the quick look at its lowercased words says so
without folding the whole text or compiling anything: the words are listed once for all the
analyzers (``plain_text.py``), spelled as folded text would spell them ("cutt" is "cut";
remembered per word), and looked up with set operations (``anchors.py``), so it finds every
anchor the careful tokens find. A text with an anchor is folded, and the careful pass in
``careful.py`` judges each rule around its anchors. When the quick words are the careful tokens
(plain text without odd marks, most of it) their anchors are kept; else they are found again.
"""

from __future__ import annotations

from functools import cache

from selftrust.language.crisis_rules import RULES
from selftrust.language.crisis_rules.anchors import (
    Anchors,
    Hits,
    anchor_hits,
    anchor_index,
)
from selftrust.language.crisis_rules.careful import Analysis, _cue, _rule, _rx
from selftrust.language.crisis_rules.patterns import WORD
from selftrust.language.crisis_rules.records import NO_CRISIS, CrisisResult
from selftrust.language.plain_text import _PUNCTUATION_BYTES, plain_words

# ``_cue`` and ``_rule`` are here for the tests: they show what has been compiled so far.
__all__ = ["_PUNCTUATION_BYTES", "Analysis", "_cue", "_rule", "_rx", "fold", "lower", "read"]

_FOLD_TABLE = str.maketrans(
    dict.fromkeys("\u2019\u2018\u201b\u02bc\u00b4`\u2032\uff07", "'")
    | dict.fromkeys("\u201c\u201d\u201e", '"')
    | {"\u2026": ",", "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u200b": " ", "\u0130": "i"}
)
# Patterns are ASCII, so only ASCII letter runs are squeezed (faster, and offsets map exactly).
_RUN = r"(?<=([a-z]))\1+"  # for one word; a whole text is split at ``_LETTER_RUN`` instead
_LETTER_RUN = r"([a-z])\1+"


@cache
def _anchors() -> Anchors:
    return anchor_index(rule.anchors for rule in RULES)


# The quick look reads plain lowercase ASCII text split at punctuation. Marks inside words
# ("k!ll", "s/h") need the careful tokens of folded text.
_MARK_IN_WORD = r"\w[/*!]\w"
_EDGE_QUOTE = r"'(?:(?!\S)|(?<!\S'))"  # an apostrophe that begins or ends a word
_LONE_QUOTE = r"'(?<!\w')(?!\w)"  # no word character either side
_CONTROL = r"[\x00-\x08\x0e-\x1b\x7f]"  # ASCII that is neither word, space nor punctuation
# What the careful pass keeps as it is, but for "*", "/", "&" and apostrophes at a word's edge.
_SEPARATED = r"[^a-z0-9_ \n.!?;:,'*/&]"  # plain lowercase ASCII: \w is a-z, 0-9 and _
_EDGE_APOSTROPHE = r"'(?:(?!\w)|(?<!\w'))"


class _Quick(dict[str, str]):
    """Each word of the quick look spelled as folded text spells it ("cutt" is "cut"), and
    the words that start a single-word anchor: both worked out once per word.

    A full one keeps what it has and stores nothing more (junk input must not grow memory
    without bound); it is replaced, never cleared, so a reader that took it keeps both
    consistent. A reader that filled it up asks ``Anchors.memo`` about every word instead.
    """

    __slots__ = ("loud",)

    def __init__(self) -> None:
        super().__init__()
        self.loud: set[str] = set()

    def __missing__(self, word: str) -> str:
        squeezed = _rx(_RUN).sub("", word)
        # Looking the word up also makes the phrases it opens known (``Anchors.known``).
        loud = _anchors().memo[squeezed]
        if len(self) < _QUICK_LIMIT:
            if loud:
                self.loud.add(word)
            self[word] = squeezed
        return squeezed

    def singles(self, raw: tuple[str, ...], words: list[str]) -> bool:
        """Whether any of the words (looked up just now, as ``words``) offers a single-word
        anchor."""
        if len(self) < _QUICK_LIMIT:
            return not self.loud.isdisjoint(raw)
        return any(map(_anchors().memo.__getitem__, words))


_QUICK_LIMIT = 50_000
_QUICK = [_Quick()]


def _quick() -> _Quick:
    memo = _QUICK[0]
    if len(memo) >= _QUICK_LIMIT:
        memo = _QUICK[0] = _Quick()
    return memo


def lower(text: str) -> str:
    """Lowercase a text one character for one, with straight quotes and plain spaces."""
    if not text.isascii() or "`" in text:
        # One character for one, before lowering: "İ".lower() would be two characters.
        text = text.translate(_FOLD_TABLE)
    return text.lower()


def _has_marks(low: str) -> bool:
    return "!" in low or "*" in low or "/" in low


def fold(text: str) -> str:
    """Fold text the way patterns expect it: lowercase, straight quotes, squeezed letters."""
    return squeeze_runs(lower(text))


def read(text: str, *, quick: bool = True) -> CrisisResult:
    """Find crisis language in a text: the whole detector behind ``detect_crisis``.

    ``quick=False`` skips the quick look at the lowercased words (tests compare both ways).
    """
    if not text:
        return NO_CRISIS
    index = _anchors()
    hits: Hits | None = None
    plain_norm = False
    plain = plain_words(text) if quick else None
    low = lower(text) if plain is None else plain[0]
    if plain is not None and not (_has_marks(low) and _rx(_MARK_IN_WORD).search(low)):
        _, spaced, raw = plain
        if "'" in low and _rx(_EDGE_QUOTE).search(spaced):
            raw = tuple(word.strip("'") for word in raw)
        # Spelled as folded text spells them, so the quick look finds every anchor the
        # careful tokens would. Most everyday text is done after these lookups, all in C.
        memo = _quick()
        words = list(map(memo.__getitem__, raw))
        ends, triples = index.known
        singles = memo.singles(raw, words) or not index.optional.isdisjoint(words)
        # zip, not pairwise: zip reuses its tuple when it can, pairwise makes one per pair.
        pairs = not ends.isdisjoint(zip(words, words[1:], strict=False))  # noqa: RUF007
        threes = not triples.isdisjoint(zip(words, words[1:], words[2:], strict=False))
        if not (singles or pairs or threes):
            return NO_CRISIS  # the common case: no anchor, nothing compiled
        hits = anchor_hits(index, words, index.memo, singles=singles, pairs=pairs, threes=threes)
        if not hits:
            return NO_CRISIS
        plain_norm = _unseparated(low)
        if not plain_norm and not _same_words(low):
            hits = None  # the careful tokens may differ: find the anchors in those
    norm = squeeze_runs(low)
    if hits is None:
        words = _rx(WORD).findall(norm)
        hits = anchor_hits(index, words, index.memo)
        if not hits:
            return NO_CRISIS
    starts = _starts(norm, words, hits[-1][0])
    return Analysis(low, norm, plain=plain_norm).run([(starts[at], rules) for at, rules in hits])


def _unseparated(low: str) -> bool:
    """Whether text that passed the quick look's checks has nothing the careful pass turns into
    a space (``careful.SEPARATOR``): then its folded text is the careful pass's text as it is,
    and its quick words are the careful tokens too (see ``_same_words``)."""
    if _rx(_SEPARATED).search(low) is not None:
        return False
    if "&" in low or "*" in low or "/" in low or ".." in low:
        return False
    return "'" not in low or _rx(_EDGE_APOSTROPHE).search(low) is None


def _same_words(low: str) -> bool:
    """Whether the quick look's words of ``low`` are the careful tokens of its folded text.

    They are for text that passed the quick look's checks unless it has an ASCII control
    character (the quick look keeps it inside a word), two apostrophes in a row, or an
    apostrophe with no word character either side (the quick look keeps an empty word).
    """
    if _rx(_CONTROL).search(low) is not None:
        return False
    return "'" not in low or ("''" not in low and _rx(_LONE_QUOTE).search(low) is None)


def squeeze_runs(low: str) -> str:
    """Squeeze every run of one ASCII letter in lowercased text to one letter ("kiill": "kil").

    Splitting at the runs and joining the pieces is quicker than substituting them.
    """
    pieces = _rx(_LETTER_RUN).split(low)
    return "".join(pieces) if len(pieces) > 1 else low


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
