"""The thinking-trap detector: every rule's examples, offsets, safety choices and bad input."""

import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selftrust.language import traps
from selftrust.language.trap_rules import RULES, TrapRule
from selftrust.language.traps import (
    PatternError,
    Trap,
    TrapMatch,
    find_traps,
    match_rule,
    opening_words,
    trap_ids,
)

TUNING = Path(__file__).resolve().parents[2] / "eval" / "traps" / "tuning.jsonl"
BANNED = re.compile(
    r"\b(?:fail|failure|must|should|wrong|streak|broken|panic button|trigger warning)\b", re.I
)


def tuning_texts() -> list[str]:
    return [json.loads(line)["text"] for line in TUNING.read_text("utf-8").splitlines() if line]


def assert_valid(text: str, matches: tuple[TrapMatch, ...]) -> None:
    assert list(matches) == sorted(matches, key=lambda m: (m.start, m.end))
    for m in matches:
        assert 0 <= m.start < m.end <= len(text)
        assert isinstance(m.trap, Trap)
        assert m.reason


# --- the rules as data ----------------------------------------------------------------------


def test_it_gives_every_rule_a_unique_id_a_known_trap_examples_and_near_misses() -> None:
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        assert Trap(rule.trap), rule.id
        assert rule.examples, rule.id
        assert rule.near_misses, rule.id


def test_it_has_rules_for_every_trap() -> None:
    assert {Trap(r.trap) for r in RULES} == set(Trap)


def test_it_gives_each_rule_one_plain_kind_sentence_as_its_reason() -> None:
    for rule in RULES:
        assert rule.reason.endswith("."), rule.id
        assert rule.reason.count(". ") == 0, rule.id
        unquoted = re.sub(r"“[^”]*”", "", rule.reason)  # the person's own words may be quoted
        assert not BANNED.search(unquoted), rule.id


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_it_fires_each_rule_on_its_examples(rule: TrapRule) -> None:
    for example in rule.examples:
        assert match_rule(rule.id, example), example


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_it_keeps_each_rule_quiet_on_its_near_misses(rule: TrapRule) -> None:
    for near_miss in rule.near_misses:
        assert not match_rule(rule.id, near_miss), near_miss


def reference_fires(rule: TrapRule, low: str) -> bool:
    """The rule as one plain regex search over the whole text: slow, but obviously right."""
    if rule.unless and re.search(rule.unless, low):
        return False
    return re.search(f"(?:{rule.before or ''})(?:{rule.pattern})", low) is not None


def test_it_finds_everything_a_plain_search_would_find() -> None:
    # The engine only tries a rule where one of its keywords stands, and reads those keywords
    # from the start of the pattern. A plain search over the same texts checks that shortcut.
    texts = tuning_texts() + [t for r in RULES for t in (*r.examples, *r.near_misses)]
    lows = [traps._normalise(t) for t in texts]
    for rule in RULES:
        for text, low in zip(texts, lows, strict=True):
            engine = bool(match_rule(rule.id, text))
            reference = reference_fires(rule, low)
            if rule.not_after:  # the guard can only make the engine quieter
                assert not engine or reference, (rule.id, text)
            else:
                assert engine == reference, (rule.id, text)


def test_it_reads_the_keywords_a_pattern_opens_with() -> None:
    assert opening_words(r"\b(?:should(?:n't)?|ought)\s+x") == {"should", "shouldn", "ought"}
    assert opening_words(r"\bi'?m\s+x|\bfault\b") == {"i", "im", "fault"}
    assert opening_words(r"\breali[sz]e(?:s|d)?\b") == {
        "realise", "realize", "realises", "realizes", "realised", "realized"
    }  # fmt: skip


def test_it_refuses_a_pattern_that_does_not_open_with_a_keyword() -> None:
    with pytest.raises(PatternError):
        opening_words(r"[^.]{0,5}\bfault")
    with pytest.raises(PatternError):
        opening_words(r"\s+fault")


# --- what the person sees -------------------------------------------------------------------


def test_it_highlights_the_words_that_suggested_the_trap_in_the_original_text() -> None:
    text = "Honestly, I'm such an idiot."
    (match,) = find_traps(text)
    assert match.trap is Trap.LABELING
    assert text[match.start : match.end] == "I'm such an idiot"


def test_it_reads_curly_apostrophes_and_capitals_like_plain_ones() -> None:
    plain = find_traps("i'm such an idiot and i'll never get better")
    curly = find_traps("I’M SUCH AN IDIOT AND I’LL NEVER GET BETTER")
    assert [(m.trap, m.start, m.end) for m in curly] == [(m.trap, m.start, m.end) for m in plain]


def test_it_keeps_offsets_when_a_letter_grows_when_lowercased() -> None:
    text = "İİİ I'm a failure"
    (match,) = find_traps(text)
    assert text[match.start : match.end] == "I'm a failure"


def test_it_lists_each_trap_once_in_the_trap_order() -> None:
    text = "I'm a complete failure and I'll never get better. I'm a loser."
    assert trap_ids(text) == (Trap.ALL_OR_NOTHING, Trap.LABELING, Trap.FORTUNE_TELLING)


def test_it_shows_one_question_per_trap_for_the_same_words() -> None:
    matches = find_traps("I always mess everything up, I always ruin everything.")
    for trap in {m.trap for m in matches}:
        spans = [(m.start, m.end) for m in matches if m.trap is trap]
        for (_, end), (next_start, _) in itertools.pairwise(spans):
            assert next_start >= end, (trap, spans)


def test_it_finds_nothing_in_kind_or_neutral_self_talk() -> None:
    for text in (
        "I should call my sister, I'd like that.",
        "I always enjoy my morning walk.",
        "I feel tired, so I'll rest.",
        "What if I try the new café?",
    ):
        assert find_traps(text) == (), text


def test_it_does_not_call_it_blaming_when_the_person_names_harm_done_to_them() -> None:
    # Saying that harm was someone else's doing is true, not a thinking trap.
    assert Trap.BLAMING not in trap_ids("It was his fault, he hurt me.")
    assert Trap.BLAMING not in trap_ids("It's her fault I'm scared all the time, she hit me.")
    assert Trap.BLAMING in trap_ids("It's her fault I'm always late.")


def test_it_does_not_flag_a_person_saying_it_was_not_their_fault() -> None:
    assert trap_ids("It wasn't my fault, he chose to hurt me.") == ()
    assert trap_ids("What happened to me was not my fault.") == ()


def test_it_does_not_call_it_mind_reading_when_they_said_so() -> None:
    assert Trap.MIND_READING in trap_ids("She's mad at me.")
    assert Trap.MIND_READING not in trap_ids("She told me she's mad at me, so we talked.")


# --- bad input --------------------------------------------------------------------------------


def test_it_returns_nothing_for_empty_text() -> None:
    assert find_traps("") == ()
    assert trap_ids("") == ()


def test_it_reads_a_megabyte_of_text_without_trouble() -> None:
    unit = "I always mess everything up and everyone thinks I'm stupid, what if I lose it all. "
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    matches = find_traps(text)
    assert matches
    assert_valid(text, matches)


def test_it_reads_long_runs_that_could_trip_a_regex_up() -> None:
    for text in (
        "a" * 200_000,
        "i " * 100_000,
        "i'm " + "so " * 50_000 + "stupid",
        "always " * 30_000,
        "feel " + "x" * 100_000 + " so I must be",
        "but " * 40_000 + "it was nothing",
    ):
        assert_valid(text, find_traps(text))


def test_it_reads_binary_junk_emoji_and_mixed_scripts() -> None:
    for text in (
        "\x00\x01\x02\xff\ufffd" * 50,
        "😭😭 I'm such an idiot 😭",
        "Я всегда всё порчу. I always mess up. 我总是搞砸",
        "I\u200bm a failure",
        "\ud800 lone surrogate",
    ):
        assert_valid(text, find_traps(text))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_it_never_raises_on_any_text_and_keeps_offsets_in_bounds(text: str) -> None:
    assert_valid(text, find_traps(text))


WORDS = sorted({w for r in RULES for t in r.examples for w in re.findall(r"[\w']+", t.lower())})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([" ", ", ", "  ", "\n"]))
def test_it_keeps_offsets_in_bounds_on_texts_made_of_trap_words(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert_valid(text, find_traps(text))


def test_it_compiles_nothing_at_import() -> None:
    # Keeps the app's start quick: patterns are read and compiled on first use.
    code = (
        "import selftrust.language.traps as t; "
        "assert not t._COMPILED and not t._INDEX and not t._READY; "
        "t.find_traps('I always mess up'); assert t._INDEX and t._COMPILED"
    )
    src = Path(__file__).resolve().parents[2] / "src"
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(src)})


def test_it_keeps_each_rule_module_short() -> None:
    folder = Path(traps.__file__).resolve().parent / "trap_rules"
    for module in folder.glob("*.py"):
        assert len(module.read_text("utf-8").splitlines()) <= 300, module.name
