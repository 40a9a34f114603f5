"""The semantic layer with its model: encoder, memory, crisis hits and trap guesses.

Skipped when the `semantic` extra or the model package is not installed.
"""

from __future__ import annotations

import pytest

from selftrust.language import semantic
from selftrust.language.crisis import CrisisKind
from selftrust.language.traps import Trap

pytestmark = pytest.mark.skipif(
    not semantic.installed(), reason="the semantic extra and model package are not installed"
)


@pytest.fixture(scope="module")
def encoder() -> object:
    return semantic.load()[0]


def test_the_tokenizer_gives_the_models_own_ids(encoder: object) -> None:
    tokenizer = semantic.load()[0].tokenizer
    assert tokenizer.encode("Hello, world!", 128) == [101, 7592, 1010, 2088, 999, 102]
    assert tokenizer.encode("Café unalive", 128)[:2] == [101, 7668]
    assert len(tokenizer.encode("word " * 500, 128)) == 128


def test_vectors_are_384_floats_of_unit_length(encoder: object) -> None:
    import numpy as np

    vectors = semantic.load()[0].embed(["I went for a walk.", "", "😭" * 300])
    assert vectors.shape == (3, 384)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_paraphrases_lie_closer_than_unrelated_sentences(encoder: object) -> None:
    from selftrust.language.semantic.encoder import load_encoder

    # The published model, without the fine-tuned adapter merged in.
    a, b, c = load_encoder().embed(
        ["I don't want to be alive anymore", "I wish I could stop existing", "The soup needs salt"]
    )
    assert float(a @ b) > float(a @ c) + 0.2
    # The figures sentence-transformers gives for this model (checked on PyTorch once).
    assert float(a @ b) == pytest.approx(0.4991, abs=1e-3)
    assert float(a @ c) == pytest.approx(0.2047, abs=1e-3)


def test_order_and_batching_do_not_change_a_vector(encoder: object) -> None:
    import numpy as np

    enc = semantic.load()[0]
    texts = ["short", "a somewhat longer sentence about the garden and the rain"]
    alone = np.vstack([enc.embed([t]) for t in texts])
    assert np.allclose(enc.embed(texts, batch=1), alone, atol=1e-5)
    assert np.allclose(enc.embed(texts[::-1])[::-1], alone, atol=1e-5)


def test_a_crisis_sentence_inside_a_calm_entry_is_found_and_named() -> None:
    calm = "Made pasta and watched a film with Sam. The rain stopped around six. "
    text = calm + "I just want to go to sleep and never wake up again. " + calm
    hits = semantic.crisis_sentences(text)
    assert hits, "expected a semantic hit"
    hit = hits[0]
    assert "never wake up" in text[hit.start : hit.end]
    assert hit.probability >= semantic.crisis_threshold()
    assert hit.kinds[0] is CrisisKind.SUICIDE
    assert "not by a rule" in hit.reason


def test_everyday_text_gets_no_crisis_hit() -> None:
    assert semantic.crisis_sentences("Bought bread and flowers at the Saturday market.") == []
    assert semantic.crisis_sentences("") == []


def test_trap_guesses_name_a_trap_for_a_trap_sentence() -> None:
    guesses = semantic.trap_guesses("Everyone at work probably thinks I am useless.")
    assert guesses
    assert isinstance(guesses[0].trap, Trap)
    assert semantic.trap_guesses("I watered the plants and had tea.") == []


def test_huge_input_is_scored_in_bounded_work() -> None:
    # Bounded by construction, not by a clock (timings belong in bench/): at most MAX_UNITS
    # pieces of a huge text are scored, whatever its length.
    from selftrust.language.semantic.sentences import units

    huge = "I keep going. " * 50_000
    assert len(units(huge)) <= semantic.MAX_UNITS
    assert semantic.crisis_sentences(huge) == []
