"""Nearest-neighbour heads: how close a sentence lies to taught lines of each label.

Why nearest neighbours and not a linear classifier: in leave-one-set-out tests a logistic
regression on the vectors found about 0.30-0.45 of crisis lines at a 3 % false-alarm rate, the
neighbour score 0.70-0.85 (docs/semantic-layer.md). Crisis language comes in many small, distinct
phrasings; being close to one of them says more than lying on one side of a plane.

The file ``memory.npz`` holds only numbers: the taught lines' vectors, reduced to 128 dimensions
(a PCA basis fitted on the taught lines) and stored as int8, their labels as bits, and a
two-number calibration and a threshold per task. No taught text is shipped.
``eval/semantic_train.py`` writes it from the labelled sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

MEMORY_FILE = Path(__file__).with_name("memory.npz")
K = 5  # neighbours averaged on each side
VOTERS = 10  # nearest positive lines that vote on kinds or traps
KIND_SHARE = 0.4  # a kind is named when it holds this share of the vote (the top one always is)

Floats = NDArray[np.float32]


@dataclass(frozen=True)
class Projection:
    """Centre, reduce to the PCA basis and renormalise, so dot products are cosines."""

    mean: Floats
    basis: Floats  # (dims, 384)

    def __call__(self, vectors: Floats) -> Floats:
        z = (vectors - self.mean) @ self.basis.T
        result: Floats = (z / np.maximum(np.linalg.norm(z, axis=1, keepdims=True), 1e-9)).astype(
            np.float32
        )
        return result


def quantise(z: Floats) -> NDArray[np.int8]:
    """Store unit vectors as int8 (cosines change by less than 0.01)."""
    return np.round(np.clip(z, -1.0, 1.0) * 127).astype(np.int8)


@dataclass(frozen=True)
class Bank:
    """The taught lines of one task: vectors, label bits (bit 0 = any), calibration, threshold."""

    vectors: Floats  # (n, dims), unit length
    bits: NDArray[np.uint16]  # (n,)
    calibration: tuple[float, float]  # probability = sigmoid(a * raw + b)
    threshold: float

    def raw(self, z: Floats) -> tuple[Floats, NDArray[np.intp]]:
        """Mean of the K nearest positive minus K nearest negative cosines; and the nearest
        positives' rows (VOTERS of them, nearest first) for the vote."""
        sims = z @ self.vectors.T
        positive = (self.bits & 1).astype(bool)
        pos, neg = sims[:, positive], sims[:, ~positive]
        k_pos, k_neg = min(K, pos.shape[1]), min(K, neg.shape[1])
        top_pos = -np.partition(-pos, k_pos - 1, axis=1)[:, :k_pos].mean(axis=1)
        top_neg = -np.partition(-neg, k_neg - 1, axis=1)[:, :k_neg].mean(axis=1)
        rows = np.flatnonzero(positive)[np.argsort(-pos, axis=1)[:, :VOTERS]]
        return (top_pos - top_neg).astype(np.float32), rows

    def probability(self, raw: Floats) -> Floats:
        a, b = self.calibration
        result: Floats = (1.0 / (1.0 + np.exp(-np.clip(a * raw + b, -30.0, 30.0)))).astype(
            np.float32
        )
        return result

    def vote(self, rows: NDArray[np.intp], labels: int) -> list[list[tuple[int, float]]]:
        """For each sentence, the labels (1..labels) its nearest positives carry, with their
        share of the vote, largest first."""
        out = []
        for near in rows:
            counts = np.zeros(labels + 1)
            for bits in self.bits[near]:
                counts += [(int(bits) >> j) & 1 for j in range(labels + 1)]
            total = max(counts[1:].sum(), 1.0)
            ranked = sorted(range(1, labels + 1), key=lambda j: (-counts[j], j))
            out.append([(j, float(counts[j] / total)) for j in ranked if counts[j] > 0])
        return out


@dataclass(frozen=True)
class Memory:
    """The nearest-neighbour path: used only when ``adapter.npz`` is missing (see adapter.py)."""

    projection: Projection
    crisis_bank: Bank
    traps_bank: Bank

    @property
    def crisis_threshold(self) -> float:
        return self.crisis_bank.threshold

    @property
    def traps_threshold(self) -> float:
        return self.traps_bank.threshold

    def crisis(self, vectors: Floats) -> list[tuple[float, tuple[int, ...]]]:
        """Per vector: the crisis probability and the voted kinds (0-based, likeliest first)."""
        raw, rows = self.crisis_bank.raw(self.projection(vectors))
        probability = self.crisis_bank.probability(raw)
        votes = self.crisis_bank.vote(rows, 4)
        return [
            (
                float(p),
                tuple(j - 1 for n, (j, share) in enumerate(vote) if n == 0 or share >= KIND_SHARE)
                or (0,),
            )
            for p, vote in zip(probability, votes, strict=True)
        ]

    def traps(self, vectors: Floats) -> list[tuple[float, int, float]]:
        """Per vector: the any-trap probability, the voted trap (0-based) and its vote share."""
        raw, rows = self.traps_bank.raw(self.projection(vectors))
        probability = self.traps_bank.probability(raw)
        votes = self.traps_bank.vote(rows, 12)
        return [
            (float(p), vote[0][0] - 1, vote[0][1]) if vote else (0.0, 0, 0.0)
            for p, vote in zip(probability, votes, strict=True)
        ]


def _bank(data: dict[str, NDArray[np.generic]], name: str) -> Bank:
    calibration = data[f"{name}_calibration"].astype(float)
    return Bank(
        vectors=data[f"{name}_vectors"].astype(np.float32) / 127.0,
        bits=data[f"{name}_bits"].astype(np.uint16),
        calibration=(float(calibration[0]), float(calibration[1])),
        threshold=float(data[f"{name}_threshold"]),
    )


def read_memory(path: Path = MEMORY_FILE) -> Memory:
    """Load the shipped memory file."""
    with np.load(path) as npz:
        data = {name: npz[name] for name in npz.files}
    projection = Projection(data["mean"].astype(np.float32), data["basis"].astype(np.float32))
    return Memory(projection, _bank(data, "crisis"), _bank(data, "traps"))
