"""The fine-tuned classifier: adapter file, merge maths, probabilities, and the fallback.

The merge and head maths are checked on small made-up arrays (numpy only); the rest needs the
`semantic` extra and the model package and is skipped without them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from selftrust.language import semantic

np = pytest.importorskip("numpy")

if TYPE_CHECKING:
    from selftrust.language.semantic.adapter import Classifier

needs_model = pytest.mark.skipif(
    not semantic.installed(), reason="the semantic extra and model package are not installed"
)


def _tiny_classifier(seed: int = 0) -> Classifier:
    from selftrust.language.semantic.adapter import Classifier

    rng = np.random.default_rng(seed)
    f = np.float32
    lora = {"w": (rng.normal(size=(8, 4)).astype(f), rng.normal(size=(3, 8)).astype(f))}
    hidden = (rng.normal(size=(256, 384)).astype(f) * f(0.01), np.zeros(256, f))
    head = (rng.normal(size=(18, 256)).astype(f), np.zeros(18, f))
    return Classifier(lora, hidden, head, 0.5, 0.5)


def test_merge_adds_the_scaled_low_rank_update_and_leaves_the_input_alone() -> None:
    from selftrust.language.semantic.adapter import LORA_ALPHA, LORA_RANK

    classifier = _tiny_classifier()
    base = {"w": np.ones((3, 4), np.float32), "other": np.zeros(2, np.float32)}
    merged = classifier.merged(base)
    a, b = classifier.lora["w"]
    assert np.allclose(merged["w"], 1.0 + LORA_ALPHA / LORA_RANK * (b @ a), atol=1e-5)
    assert merged["other"] is base["other"]
    assert np.array_equal(base["w"], np.ones((3, 4)))


def test_heads_give_eighteen_probabilities_per_vector() -> None:
    vectors = np.random.default_rng(1).normal(size=(5, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    classifier = _tiny_classifier()
    p = classifier.probabilities(vectors)
    assert p.shape == (5, 18)
    assert ((p >= 0) & (p <= 1)).all()
    crisis = classifier.crisis(vectors)
    traps = classifier.traps(vectors)
    assert len(crisis) == len(traps) == 5
    assert all(kinds and all(0 <= k < 4 for k in kinds) for _, kinds in crisis)
    assert all(0 <= trap < 12 and 0 <= share <= 1 for _, trap, share in traps)


@needs_model
def test_the_shipped_adapter_loads_and_is_small() -> None:
    from selftrust.language.semantic.adapter import ADAPTER_FILE, Classifier, read_classifier

    assert ADAPTER_FILE.stat().st_size < 2_000_000
    classifier = read_classifier()
    assert len(classifier.lora) == 6 * 4
    assert 0.0 < classifier.crisis_threshold < 1.0
    assert 0.0 < classifier.traps_threshold < 1.0
    assert isinstance(semantic.load()[1], Classifier)


@needs_model
def test_probabilities_of_real_sentences_lie_between_0_and_1() -> None:
    from selftrust.language.semantic.adapter import Classifier

    encoder, scorer = semantic.load()
    texts = ["I watered the plants.", "I want to die tonight.", "", "word " * 400]
    assert isinstance(scorer, Classifier)
    p = scorer.probabilities(encoder.embed(texts))
    assert p.shape == (4, 18)
    assert ((p >= 0) & (p <= 1)).all()


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself.",
        "I've decided to end my life this weekend, I have the pills ready.",
        "He said he would hurt me if I tried to leave again.",
        "I cut myself again last night.",
    ],
)
def test_clear_crisis_lines_are_found(text: str) -> None:
    assert semantic.crisis_sentences(text)


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Bought bread and flowers at the Saturday market.",
        "Made soup and called my sister, it was a good evening.",
        "The meeting ran long but we finished the plan.",
    ],
)
def test_calm_lines_get_no_crisis_hit(text: str) -> None:
    assert semantic.crisis_sentences(text) == []


@needs_model
def test_without_the_adapter_file_the_memory_is_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from selftrust.language.semantic import adapter
    from selftrust.language.semantic.heads import Memory

    monkeypatch.setattr(adapter, "ADAPTER_FILE", tmp_path / "missing.npz")
    encoder, scorer = semantic._read()
    assert isinstance(scorer, Memory)
    probability, kinds = scorer.crisis(encoder.embed(["I want to die."]))[0]
    assert 0.0 <= probability <= 1.0
    assert kinds
