"""Plain ASCII text lowercased and split into words once, for every analyzer that reads it.

``analyze()`` runs the crisis detector, the thinking traps and the absolutist words on the same
text, one after the other. Each used to lowercase the text and list its words again, and listing
words costs more than anything else they do on everyday text. So the first to ask keeps the
result, for one text, and the next ones with the same text object reuse it: the lookups in their
dictionaries then also reuse the hash each word remembers.

Only plain ASCII text is read here (most text people write); anything else goes the slower way,
which each analyzer keeps for itself.
"""

from __future__ import annotations

# Every ASCII mark but the apostrophe and the underscore, which stay inside words.
_PUNCTUATION = '!"#$%&()*+,-./:;<=>?@[\\]^`{|}~'
_PUNCTUATION_BYTES = bytes.maketrans(_PUNCTUATION.encode(), b" " * len(_PUNCTUATION))

# The lowercased text, the same with marks as spaces, and its words.
Plain = tuple[str, str, tuple[str, ...]]

# The last text read, kept whole: a text, then what ``plain_words`` gives for it. One entry,
# replaced as a whole, and only ever used for the very same text object, so two threads can
# only make each other read a text again.
_LAST: tuple[str, Plain] = ("", ("", "", ()))


def plain_words(text: str) -> Plain | None:
    """For ASCII text: the lowercased text (a backtick read as an apostrophe), the same with
    every mark but apostrophes and underscores as a space, and its words split at spaces. None
    for any other text.

    Both strings have the text's length, so offsets into them are offsets into the text.
    """
    last = _LAST
    if last[0] is text:
        return last[1]
    if not text.isascii():
        return None
    return _read(text)


def _read(text: str) -> Plain:
    global _LAST
    low = text.lower()
    if "`" in low:
        low = low.replace("`", "'")
    spaced = low.encode().translate(_PUNCTUATION_BYTES).decode()
    plain = (low, spaced, tuple(spaced.split()))
    _LAST = (text, plain)
    return plain
