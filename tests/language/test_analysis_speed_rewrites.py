"""The speed rewrites of the analysis must give exactly what the plain forms give.

Each rewrite (regexes turned round for a fast first-character scan, word starts found with
``str.find``, the apostrophe shortcut, the exact keyword scans) is checked against the plain
form it replaces, on generated text full of the characters that matter.
"""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from selftrust.language.crisis_rules import careful, reading
from selftrust.language.crisis_rules.patterns import SEPARATOR, WORD
from selftrust.language.trap_rules import RULES
from selftrust.language.trap_rules.keywords import exact_scan, opening_words, word_finder

# Letters, digits, every mark the separators and sentence ends care about, and a few others.
_ALPHABET = "ab1_ .!?;:,'*/&-\"\n\t()…😀é\u00a0\u2028²"
_TEXT = st.text(alphabet=_ALPHABET, max_size=30)


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_turned_round_separators_and_sentence_ends_match_the_plain_ones(text: str) -> None:
    assert re.sub(careful._SEPARATORS, " ", text) == re.sub(SEPARATOR, " ", text)
    ends = [m.span() for m in re.finditer(careful._SENTENCE_END, text)]
    assert [m.span() for m in re.finditer(careful._ENDS, text)] == ends


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="ab s/h'*!_1 .,\n-é😀²ßİ", max_size=30))
def test_word_starts_match_the_word_regex(text: str) -> None:
    norm = reading.fold(text)
    tokens = list(re.finditer(WORD, norm))
    words = re.findall(WORD, norm)
    assert words == [t.group() for t in tokens]
    if words:
        assert reading._starts(norm, words, len(words) - 1) == [t.start() for t in tokens]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="ab' \t\n\x1c.-", max_size=20))
def test_the_apostrophe_shortcut_changes_no_word(text: str) -> None:
    spaced = text.encode().translate(reading._PUNCTUATION_BYTES).decode()
    if not re.search(reading._EDGE_QUOTE, spaced):
        assert spaced.split() == [word.strip("'") for word in spaced.split()]


def test_an_exact_scan_stops_exactly_where_a_rule_matches() -> None:
    texts = [example for rule in RULES for example in (*rule.examples, *rule.near_misses)]
    lows = [text.lower().replace("\u2019", "'") for text in texts[::3]]
    for rule in RULES[::4]:
        for word in sorted(opening_words(rule.pattern))[:3]:
            scan, regex = exact_scan(word, [rule.pattern]), re.compile(rule.pattern)
            if scan is None:
                continue
            finder = word_finder(word)
            for low in lows:
                expected = [m.start() for m in finder.finditer(low) if regex.match(low, m.start())]
                assert [m.start() for m in scan.finditer(low)] == expected, (rule.id, low)


def test_tied_trap_rules_are_reported_the_same_whatever_the_hash_seed() -> None:
    code = (
        "from selftrust.language.traps import find_traps\n"
        "print(find_traps('They were laughing when I walked in, obviously about me')[0].rule)\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(seen) == 1
