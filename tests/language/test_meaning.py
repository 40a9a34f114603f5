"""Rules first, then meaning: the semantic layer only ever adds to what the rules notice."""

from __future__ import annotations

import pytest

from selftrust.language import meaning, semantic
from selftrust.language.analysis import analyze
from selftrust.language.crisis import detect_crisis
from selftrust.language.traps import find_traps

needs_layer = pytest.mark.skipif(
    not semantic.installed(), reason="the optional semantic extra is not installed"
)

# Strangling is among the strongest warnings of later harm; a rule may not know every wording.
STRANGLED = "my partner grabbed my throat last night and said next time he will finish it"
# A wish told without a word the rules know (the rules learned STRANGLED in their eighth round).
WATER = "Caught myself looking at the water and working out how long it would take."
TEXTS = [
    STRANGLED,
    WATER,
    "I want to die",
    "I don't want to die, I just want a long holiday",
    "Made soup, watched the rain, called my aunt.",
    "I counted out all my tablets and lined them up on the table",
    "This deadline is killing me",
    "",
]


def rules_missed(text: str) -> str:
    if detect_crisis(text).crisis:
        pytest.skip("the rules notice this line now; the semantic addition is not exercised")
    return text


@needs_layer
@pytest.mark.parametrize("text", TEXTS)
def test_it_never_removes_what_the_rules_found(text: str) -> None:
    rules = detect_crisis(text)
    combined = meaning.crisis_with_meaning(text)
    assert set(rules.matches) <= set(combined.matches)
    assert set(rules.kinds) <= set(combined.kinds)
    assert combined.crisis >= rules.crisis


@needs_layer
def test_it_adds_a_sentence_the_rules_missed_with_its_own_reason() -> None:
    text = rules_missed(WATER)
    combined = meaning.crisis_with_meaning(text)
    assert combined.crisis
    added = [m for m in combined.matches if m.rule == meaning.SEMANTIC_RULE]
    assert added
    assert added[0].reason == semantic.CRISIS_REASON
    assert text[added[0].start : added[0].end].strip()


@needs_layer
def test_it_stays_calm_on_a_calm_line() -> None:
    text = "Made soup, watched the rain, called my aunt."
    assert not meaning.crisis_with_meaning(text).crisis
    assert meaning.traps_with_meaning(text) == ()


def test_without_the_layer_the_rules_answer_is_returned_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The edge: the optional extra is missing on this machine.
    monkeypatch.setattr(meaning, "semantic_ready", lambda: False)
    for text in TEXTS:
        assert meaning.crisis_with_meaning(text) == detect_crisis(text)
        assert meaning.traps_with_meaning(text) == find_traps(text)


@needs_layer
def test_the_rules_traps_are_kept_when_there_are_any() -> None:
    text = "I'm such an idiot, I always ruin everything."
    rules = find_traps(text)
    assert rules
    assert meaning.traps_with_meaning(text) == rules


@needs_layer
def test_a_semantic_trap_guess_is_marked_as_such() -> None:
    for text in (
        "Everyone at work has it together and I'm the only one still fumbling about.",
        "No point even applying, they'll bin my CV in five seconds flat.",
        "My sister's got the house, the kids and the career and look at me.",
    ):
        if find_traps(text):
            continue
        guesses = meaning.traps_with_meaning(text)
        assert len(guesses) <= 1
        for guess in guesses:
            assert guess.rule == meaning.SEMANTIC_RULE
            assert guess.reason == semantic.TRAP_REASON


@needs_layer
def test_analyze_reads_with_meaning_only_when_asked() -> None:
    text = rules_missed(WATER)
    assert not analyze(text).crisis.crisis
    document = analyze(text, semantic=True).to_dict()
    assert document["crisis"] is True
    assert any(m["rule"] == "semantic" for m in document["crisis_matches"])


@needs_layer
@pytest.mark.parametrize("text", ["I want to die.", "i don't want to be here anymore"])
def test_no_trap_is_guessed_for_a_line_read_as_crisis(text: str) -> None:
    assert meaning.crisis_with_meaning(text).crisis
    assert all(m.rule != meaning.SEMANTIC_RULE for m in meaning.traps_with_meaning(text))
    assert all(
        m["rule"] != "semantic" for m in analyze(text, semantic=True).to_dict()["trap_matches"]
    )


@needs_layer
def test_a_sentence_a_rule_explains_is_not_explained_twice() -> None:
    text = "I want to die. Made soup after."
    combined = meaning.crisis_with_meaning(text)
    assert combined.crisis
    semantic_spans = [(m.start, m.end) for m in combined.matches if m.rule == "semantic"]
    rule_spans = [(m.start, m.end) for m in combined.matches if m.rule != "semantic"]
    assert rule_spans
    assert not any(s < re and rs < e for s, e in semantic_spans for rs, re in rule_spans)
