"""A small Flesch-Kincaid grade level, offline (textstat 0.7 downloads a dictionary at run time).

Syllables are counted by vowel groups with the usual English corrections; on plain prose this
lands within about one grade of dictionary-based counters, which is enough for a ceiling test.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)|\n\s*\n|\n\s*[-*] ")
_VOWELS = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """Estimate the syllables in one English word."""
    w = word.lower().split("'")[0]
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", w)  # silent endings
    w = re.sub(r"^y", "", w)
    # "-le" after a consonant keeps its e above, so "little" counts as two.
    return max(1, len(_VOWELS.findall(w)))


def plain_text(markdown: str) -> str:
    """Strip the Markdown marks that would skew the counts."""
    text = re.sub(r"^#+\s*(.*)$", r"\1.", markdown, flags=re.M)  # a heading reads as a sentence
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return re.sub(r"[*_`>]", "", text)


def grade(text: str) -> float:
    """Return the Flesch-Kincaid grade level of a text."""
    words = _WORD.findall(text)
    sentences = max(1, len([s for s in _SENTENCE_END.split(text) if _WORD.search(s)]))
    if not words:
        return 0.0
    per_sentence = len(words) / sentences
    per_word = sum(syllables(w) for w in words) / len(words)
    return 0.39 * per_sentence + 11.8 * per_word - 15.59
