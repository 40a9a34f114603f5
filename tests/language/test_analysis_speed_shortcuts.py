"""The shortcuts of the rules-only analysis must give exactly what the plain forms give.

Each one (regexes turned round to open on their first letters, the plain-text checks that let
the careful pass keep the quick look's words, the trap words remembered per word, the phrase
openings learned as words are first seen) is checked against the form it stands in for.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selftrust.language import absolutist, traps
from selftrust.language.absolutist import find_absolutist_words
from selftrust.language.analysis import analyze
from selftrust.language.crisis_rules import RULES, careful, reading
from selftrust.language.crisis_rules.leading import lead
from selftrust.language.crisis_rules.patterns import SEPARATOR, WORD, fold_pattern
from selftrust.language.plain_text import plain_words
from selftrust.language.trap_rules import RULES as TRAP_RULES
from selftrust.language.trap_rules import compiled, text_words

_EXAMPLES = [e for rule in RULES for e in (*rule.examples, *rule.near_misses)]
_TRAP_EXAMPLES = [e for rule in TRAP_RULES for e in (*rule.examples, *rule.near_misses)]


@cache
def _turned() -> list[tuple[str, str]]:
    """Every crisis regex that is turned round: as compiled before, and turned round."""
    sources = [
        r"(?<!\w)(?:" + fold_pattern(src) + r")(?!\w)"
        for rule in RULES
        for src in (rule.pattern, rule.unless, rule.benign, rule.needs)
        if src
    ]
    for source, prefix, suffix in careful._CUES.values():
        sources.append(prefix + "(?:" + fold_pattern(source) + ")" + suffix)
    return [(source, fast) for source in sources if (fast := lead(source)) is not None]


def test_a_turned_round_regex_matches_exactly_where_the_plain_one_does() -> None:
    texts = [careful._rx(careful._SEPARATORS).sub(" ", reading.fold(t)) for t in _EXAMPLES]
    rng = random.Random(7)
    for source, fast in _turned():
        plain, quick = re.compile(source), re.compile(fast)
        for text in rng.sample(texts, 150):
            lo = rng.randrange(len(text) + 1)
            hi = rng.randrange(lo, len(text) + 1)
            for window in ((0, len(text)), (lo, hi)):
                expected = [m.span() for m in plain.finditer(text, *window)]
                assert [m.span() for m in quick.finditer(text, *window)] == expected, source
    assert len(_turned()) >= len(RULES) // 3  # most of the time goes to these


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab sh'.,!?-:;(\n", min_size=1, max_size=30), st.integers(0, 7))
def test_turned_round_regexes_agree_on_generated_text(text: str, pick: int) -> None:
    for source, fast in _turned()[pick::8]:
        expected = [m.span() for m in re.finditer(source, text)]
        assert [m.span() for m in re.finditer(fast, text)] == expected


def test_lead_leaves_capturing_groups_and_odd_openings_alone() -> None:
    assert lead(r"(?<!\w)(?P<x>she|he) left") is None
    assert lead(r"(?<!\w).+ years") is None  # any character may open it
    assert lead(r"(?<!\w)(?:\d+|a) years") is not None  # digits never open a letter's match
    assert lead(r"(?<!\w)(?:[a-c]+|a) years") is None  # but this class holds "a"
    assert lead(r"(?<!\w)(?:ab|c)?") is None  # may match nothing
    assert lead(r"(?<!\w)(?:told|tell) (?:them|him)(?!\w)") is not None


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="ab1_ .!?;:,'*/&-\"\n\t()\x00\x1c", max_size=30))
def test_plain_text_with_no_separator_keeps_its_words_and_its_length(text: str) -> None:
    plain = plain_words(text)
    assert plain is not None
    low = plain[0]
    if reading._has_marks(low) and re.search(reading._MARK_IN_WORD, low):
        return  # the quick look leaves these to the careful tokens
    norm = reading.fold(text)
    quick = [w.strip("'") for w in plain[2]] if re.search(reading._EDGE_QUOTE, plain[1]) else []
    quick = [reading._rx(reading._RUN).sub("", w) for w in (quick or plain[2])]
    if reading._unseparated(low):
        assert re.sub(SEPARATOR, " ", norm) == norm
        assert reading._same_words(low)
    if reading._same_words(low):
        assert quick == re.findall(WORD, norm)


def test_the_first_text_to_show_a_phrase_is_read_as_later_ones_are() -> None:
    # Phrase openings are learned as words are first seen; the careful pass (curly quotes
    # keep this text from the quick look) must see them as soon as the quick look does.
    code = (
        "from selftrust.language.crisis import detect_crisis\n"
        "print(detect_crisis('If tomorrow\u2019s scan results are bad I\u2019m not sticking "
        "around for another round of chemo. I\u2019ll do it myself.').crisis)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "True"


def test_trap_words_remembered_per_word_give_what_listing_them_gives() -> None:
    for text in _TRAP_EXAMPLES + _EXAMPLES:
        plain = plain_words(text)
        if plain is None:
            continue
        todo, bits = traps._words(text, plain[0])  # may compile keywords: tables widen first
        runs = plain[0].encode().translate(absolutist._LETTERS_ONLY).decode().split()
        words = absolutist.wanted_words().intersection(runs)
        assert todo == words & compiled._KEYS[0], text
        assert bits == (compiled._text_bits(words) if todo else 0), text
        # The absolutist words come from the same reading, and again from a fresh copy.
        found = [m.word for m in find_absolutist_words(text)]
        assert found == [m.word for m in find_absolutist_words("".join(list(text)))], text


def test_junk_input_does_not_grow_the_word_memos(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    junk = " ".join("".join(rng.choice("abcdefghij") for _ in range(7)) for _ in range(400))
    text = junk + ". I want to kill myself. I always ruin everything."
    expected = analyze(text).to_dict()
    monkeypatch.setattr(reading, "_QUICK_LIMIT", 40)
    monkeypatch.setattr(text_words, "_LIMIT", 40)
    monkeypatch.setattr(reading, "_QUICK", [reading._Quick()])
    fresh = "".join(list(text))  # another object, so nothing is reused from the first reading
    assert analyze(fresh).to_dict() == expected
    assert len(reading._QUICK[0]) <= 40
    assert len(text_words._MEMO[0]) <= 40
