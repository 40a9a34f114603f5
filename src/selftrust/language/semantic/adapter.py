"""The fine-tuned classifier: LoRA adapters merged into the encoder, and two small heads.

Why a fine-tuned classifier and not only the nearest-neighbour memory (``heads.py``): frozen,
mean-pooled vectors put "I want to die" and "I don't want to die" side by side, so the memory
could not tell negated or settled-past lines from present ones. Low-rank adapters (LoRA, rank 8)
on the attention query and value and on both feed-forward linears of all six layers let the
encoder itself learn those differences while its 22 M weights stay as published; on fresh text
they did measurably better (docs/semantic-layer.md).

``adapter.npz`` (float16, written by ``eval/semantic_finetune.py``) holds only numbers: the
adapter matrices A (rank x in) and B (out x rank), the heads and the two thresholds. At load the
adapters are merged into the weights (W + alpha / rank * B @ A), so scoring costs the same as the
plain encoder. The heads read the pooled unit vector: one shared hidden layer (ReLU), then 18
sigmoid outputs: crisis (any, then the four kinds) and traps (any, then the twelve traps).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from selftrust.language.crisis import CrisisKind
from selftrust.language.traps import Trap

ADAPTER_FILE = Path(__file__).with_name("adapter.npz")
CRISIS_LABELS = [k.value for k in CrisisKind]
TRAP_LABELS = [t.value for t in Trap]
LORA_RANK = 8
LORA_ALPHA = 16.0
LORA_TARGETS = ("query", "value", "up", "down")
POOL_SCALE = 20.0  # the unit vector is scaled so the hidden layer's inputs are near unit size
KIND_CUT = 0.5  # a kind is named when its head says so (the most likely one always is)
CRISIS_COL, TRAPS_COL = 0, 1 + len(CRISIS_LABELS)  # columns of the two "any" outputs
_WEIGHT_NAMES = {
    "query": "attention.self.query.weight",
    "value": "attention.self.value.weight",
    "up": "intermediate.dense.weight",
    "down": "output.dense.weight",
}

Floats = NDArray[np.float32]


@dataclass(frozen=True)
class Classifier:
    """The adapters (to merge into the encoder) and the heads that read its vectors."""

    lora: Mapping[str, tuple[Floats, Floats]]  # weight name -> (A, B)
    hidden: tuple[Floats, Floats]  # (256, 384) weight, bias
    head: tuple[Floats, Floats]  # (18, 256) weight, bias
    crisis_threshold: float
    traps_threshold: float

    def merged(self, weights: Mapping[str, Floats]) -> dict[str, Floats]:
        """The model's weights with the adapters added in (new arrays; the input is untouched)."""
        out = dict(weights)
        scale = np.float32(LORA_ALPHA / LORA_RANK)
        for name, (a, b) in self.lora.items():
            out[name] = (np.asarray(weights[name], dtype=np.float32) + scale * (b @ a)).astype(
                np.float32
            )
        return out

    def probabilities(self, vectors: Floats) -> Floats:
        """(n, 18) sigmoid outputs for (n, 384) unit vectors from the merged encoder."""
        w1, b1 = self.hidden
        w2, b2 = self.head
        inner = np.maximum(vectors * np.float32(POOL_SCALE) @ w1.T + b1, np.float32(0.0))
        logits = np.clip(inner @ w2.T + b2, -30.0, 30.0)
        result: Floats = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return result

    def crisis(self, vectors: Floats) -> list[tuple[float, tuple[int, ...]]]:
        """Per vector: the crisis probability and the likely kinds (indices, likeliest first)."""
        p = self.probabilities(vectors)
        out = []
        for row in p:
            kinds = row[CRISIS_COL + 1 : TRAPS_COL]
            ranked = [int(j) for j in np.argsort(-kinds, kind="stable")]
            out.append(
                (
                    float(row[CRISIS_COL]),
                    tuple(j for n, j in enumerate(ranked) if n == 0 or kinds[j] >= KIND_CUT),
                )
            )
        return out

    def traps(self, vectors: Floats) -> list[tuple[float, int, float]]:
        """Per vector: the any-trap probability, the likeliest trap (index) and its probability."""
        p = self.probabilities(vectors)
        out = []
        for row in p:
            traps = row[TRAPS_COL + 1 :]
            j = int(np.argmax(traps))
            out.append((float(row[TRAPS_COL]), j, float(traps[j])))
        return out


def read_classifier(path: Path = ADAPTER_FILE) -> Classifier:
    """Load the shipped adapter file (raises OSError when it is missing)."""
    with np.load(path) as npz:
        data = {name: npz[name].astype(np.float32) for name in npz.files}
    lora = {}
    for layer in range(6):
        for short in LORA_TARGETS:
            key = f"l{layer}.{short}"
            name = f"encoder.layer.{layer}.{_WEIGHT_NAMES[short]}"
            lora[name] = (data[f"{key}.a"], data[f"{key}.b"])
    return Classifier(
        lora=lora,
        hidden=(data["hidden_w"], data["hidden_b"]),
        head=(data["head_w"], data["head_b"]),
        crisis_threshold=round(float(data["crisis_threshold"]), 4),  # stored as float32
        traps_threshold=round(float(data["traps_threshold"]), 4),
    )
