"""The semantic layer's pure-Python parts: sentence pieces, caps, lazy import, absence."""

from __future__ import annotations

import subprocess
import sys

import pytest

from selftrust.language import semantic
from selftrust.language.semantic.sentences import MAX_UNITS, WHOLE_TEXT_MAX_CHARS, units


def _pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in units(text)]


def test_each_sentence_is_a_piece_and_a_short_text_is_also_scored_whole() -> None:
    text = "I wrote the letters. Tonight is the night."
    assert _pieces(text) == ["I wrote the letters.", "Tonight is the night.", text]


def test_a_single_sentence_is_scored_once() -> None:
    assert _pieces("  i just want to sleep and not wake up  ") == [
        "i just want to sleep and not wake up"
    ]


def test_line_breaks_end_sentences_and_letterless_bits_are_left_out() -> None:
    assert _pieces("fine today\n\n:)\n...\nsaw Jo") == [
        "fine today",
        "saw Jo",
        "fine today\n\n:)\n...\nsaw Jo",
    ]


def test_a_long_text_is_not_scored_whole() -> None:
    text = "A calm day at the market with my sister. " * 12
    assert len(text) > WHOLE_TEXT_MAX_CHARS
    assert len(units(text)) == 12


def test_huge_input_is_capped_in_pieces() -> None:
    # The cap is what bounds the work; timings belong in bench/, not in assertions.
    for text in ("word " * 200_000, "x" * 1_000_000, "Ok. " * 200_000):
        spans = units(text)
        assert len(spans) <= MAX_UNITS
        assert all(e - s <= 310 for s, e in spans)


def test_empty_and_junk_give_nothing_to_score() -> None:
    assert units("") == []
    assert units("   \n\t ") == []
    assert units("\x00\x01\x02 ... !!! 123") == []


def test_importing_the_layer_loads_neither_numpy_nor_the_model() -> None:
    code = (
        "import sys, selftrust.language.semantic, selftrust.language.analysis\n"
        "print('numpy' in sys.modules, 'safetensors' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_it_is_unavailable_and_says_so_when_the_extra_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # An edge: simulate an install without the extra by making its imports fail.
    monkeypatch.setattr(semantic, "_loaded", None)
    monkeypatch.setattr(semantic, "_failed", None)
    monkeypatch.setitem(sys.modules, "selftrust.language.semantic.encoder", None)
    assert semantic.available() is False
    with pytest.raises(semantic.SemanticUnavailable):
        semantic.crisis_sentences("anything")
