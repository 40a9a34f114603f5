"""Turn rule patterns into regexes; nothing here runs at import.

Compiling every rule up front took most of a second, and a note with no crisis word in it needs
none of them. So anchors are plain words and phrases looked up in dictionaries and sets
(``anchors.py``, nothing to compile), and each rule is compiled the first time one of its
anchors appears (``functools.cache`` keeps it afterwards).
"""

from __future__ import annotations

import re

from selftrust.language.crisis_rules.anchors import Anchors, anchor_hits, anchor_index, squeeze
from selftrust.language.crisis_rules.leading import lead
from selftrust.language.crisis_rules.shared import MACROS

# The anchors' lookup lives in ``anchors.py``; these names are kept here for their callers.
__all__ = [
    "GAP",
    "SEPARATOR",
    "WORD",
    "Anchors",
    "anchor_hits",
    "anchor_index",
    "compile_pattern",
    "compile_scan",
    "fold_pattern",
    "squeeze",
]

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


def fold_pattern(src: str) -> str:
    """Turn a rule pattern into the regex source that runs on folded text."""
    for _ in range(4):  # macros may use other macros
        src = re.sub(_MACRO, lambda m: MACROS.get(m.group(1), m.group(0)), src)
    # A word is letters with any inner apostrophes: "she'd" is one word, not two.
    return squeeze(src).replace(r"\w+", r"\w+(?:'\w+)*").replace(" ", GAP)


def compile_pattern(src: str, prefix: str = r"(?<!\w)", suffix: str = r"(?!\w)") -> re.Pattern[str]:
    """Compile one pattern of the rule language, with word edges around it by default."""
    return re.compile(prefix + "(?:" + fold_pattern(src) + ")" + suffix)


def compile_scan(src: str, prefix: str = r"(?<!\w)", suffix: str = r"(?!\w)") -> re.Pattern[str]:
    """The same, turned round to open on its first letters where it can be (``leading.py``):
    it matches exactly where the other does, and finds it sooner."""
    source = prefix + "(?:" + fold_pattern(src) + ")" + suffix
    return re.compile(lead(source) or source)
