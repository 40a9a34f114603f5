"""Build the semantic layer's fallback memory (memory.npz) from the labelled sets.

The app scores with the fine-tuned classifier (adapter.npz, ``semantic_finetune.py``); this
memory of the plain model's vectors is used only when the adapter file is missing.

Run: python eval/semantic_train.py [--check]

Needs the `semantic` extra and the model package (docs/semantic-layer.md). Every line of
tuning, dev_a, dev_b and dev_c (crisis and traps) becomes one vector; a PCA basis (128 dims)
fitted on them all reduces the vectors, which are stored as int8 with their labels as bits.
The calibration (score to probability) and the threshold of each task are chosen out of fold:
each set is scored by a memory of the other three, never by itself, and the lowest threshold
that keeps the semantic layer's own false-alarm rate within budget is kept. Deterministic: the
same sets and model give the same arrays; ``--check`` fails if a fresh build differs from the
shipped file. The holdout sets are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from selftrust.language.crisis import CrisisKind  # noqa: E402
from selftrust.language.semantic.encoder import Encoder, load_encoder  # noqa: E402
from selftrust.language.semantic.heads import (  # noqa: E402
    MEMORY_FILE,
    Bank,
    Floats,
    Projection,
    quantise,
)
from selftrust.language.semantic.sentences import units  # noqa: E402
from selftrust.language.traps import Trap  # noqa: E402

SETS = ("tuning", "dev_a", "dev_b", "dev_c")
# Teaching sets (teach_*.jsonl): lines written only to widen what the layer was taught; the
# rules are not tuned or tested on them.
TEACH_PREFIX = "teach_"
DIMS = 128  # PCA dimensions kept for the stored vectors
CRISIS_FPR_BUDGET = 0.03  # semantic-alone false alarms allowed on out-of-fold calm lines
TRAPS_QUIET_BUDGET = 0.05  # semantic-alone alarms allowed on out-of-fold no-trap lines
GRID = [round(0.05 + 0.01 * i, 2) for i in range(95)]
CRISIS_LABELS = [k.value for k in CrisisKind]
TRAP_LABELS = [t.value for t in Trap]

Matrix = NDArray[np.float64]


def sets_for(task: str, *, teach: bool = False) -> tuple[str, ...]:
    """The development sets of a task and, when asked, its teaching sets in name order.

    The shipped fallback memory is built from the development sets alone (``--check`` compares
    against that); the fine-tuned classifier is what learns from the teaching sets.
    """
    if not teach:
        return SETS
    found = sorted(p.stem for p in (HERE / task).glob(f"{TEACH_PREFIX}*.jsonl"))
    return (*SETS, *found)


def load_rows(task: str, name: str) -> list[dict[str, Any]]:
    """Read one labelled set (crisis or traps)."""
    text = (HERE / task / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def label_bits(task: str, rows: Sequence[dict[str, Any]]) -> NDArray[np.uint16]:
    """Bit 0: any crisis (any trap); bit j: the j-th kind (trap) of the label list."""
    key, labels = ("kinds", CRISIS_LABELS) if task == "crisis" else ("traps", TRAP_LABELS)
    bits = np.zeros(len(rows), dtype=np.uint16)
    for i, row in enumerate(rows):
        value = int(bool(row[key]))
        for label in row[key]:
            value |= 1 << (labels.index(label) + 1)
        bits[i] = value
    return bits


def fit_calibration(raw: Matrix, y: NDArray[np.bool_]) -> tuple[float, float]:
    """A one-feature logistic regression (Newton's method), so scores read as probabilities."""
    x = np.stack([raw, np.ones_like(raw)], axis=1)
    beta = np.zeros(2)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        hess = (x * (p * (1 - p))[:, None]).T @ x + 1e-6 * np.eye(2)
        step = np.linalg.solve(hess, x.T @ (p - y))
        beta -= step
        if np.abs(step).max() < 1e-12:
            break
    return round(float(beta[0]), 6), round(float(beta[1]), 6)


def fit_projection(vectors: Matrix) -> Projection:
    """PCA basis of the taught lines (sign fixed so the fit is deterministic)."""
    mean = vectors.mean(axis=0)
    _, _, vt = np.linalg.svd(vectors - mean, full_matrices=False)
    basis = vt[:DIMS] * np.sign(vt[:DIMS, :1] + 1e-12)
    return Projection(mean.astype(np.float32), basis.astype(np.float16).astype(np.float32))


def unit_vectors(encoder: Encoder, texts: Sequence[str]) -> list[Floats]:
    """Embed each text's scoring units (sentences, and the whole when short), batched."""
    spans = [units(text) or [(0, len(text))] for text in texts]
    flat = [text[s:e] for text, pieces in zip(texts, spans, strict=True) for s, e in pieces]
    vectors = encoder.embed(flat)
    out, at = [], 0
    for pieces in spans:
        out.append(vectors[at : at + len(pieces)])
        at += len(pieces)
    return out


class Embedded:
    """Every line of every set of one task, embedded once: whole lines and their units."""

    def __init__(self, task: str, encoder: Encoder) -> None:
        self.task = task
        self.names = sets_for(task)
        self.rows = {name: load_rows(task, name) for name in self.names}
        self.whole: dict[str, Floats] = {}
        self.units: dict[str, list[Floats]] = {}
        for name, rows in self.rows.items():
            texts = [row["text"] for row in rows]
            self.whole[name] = encoder.embed(texts)
            self.units[name] = unit_vectors(encoder, texts)

    def bits(self, names: Sequence[str]) -> NDArray[np.uint16]:
        return np.concatenate([label_bits(self.task, self.rows[n]) for n in names])

    def bank(
        self,
        names: Sequence[str],
        projection: Projection,
        calibration: tuple[float, float] = (1.0, 0.0),
        threshold: float = 0.5,
    ) -> Bank:
        """The taught lines of the named sets, as the app stores them (int8 vectors)."""
        z = projection(np.vstack([self.whole[n] for n in names]))
        vectors = quantise(z).astype(np.float32) / 127.0
        return Bank(vectors, self.bits(names), calibration, threshold)

    def raw_scores(self, bank: Bank, projection: Projection, name: str) -> Matrix:
        """Per line of a set, the highest raw score over its units."""
        return np.array([float(bank.raw(projection(u))[0].max()) for u in self.units[name]])

    def fitted(self, names: Sequence[str], projection: Projection) -> Bank:
        """A bank on the named sets with calibration and threshold chosen out of fold: each
        set is scored by a bank of the other named sets, never by itself."""
        raw, y = [], []
        for held in names:
            inner = self.bank([n for n in names if n != held], projection)
            raw.append(self.raw_scores(inner, projection, held))
            y.append((label_bits(self.task, self.rows[held]) & 1).astype(bool))
        scores, labels = np.concatenate(raw), np.concatenate(y)
        a, b = fit_calibration(scores, labels)
        probability = 1.0 / (1.0 + np.exp(-(a * scores + b)))
        budget = CRISIS_FPR_BUDGET if self.task == "crisis" else TRAPS_QUIET_BUDGET
        threshold = next(
            (t for t in GRID if (probability[~labels] >= t).mean() <= budget), GRID[-1]
        )
        return self.bank(names, projection, (a, b), threshold)


def build(encoder: Encoder) -> dict[str, NDArray[np.generic]]:
    """Fit the memory on all four sets of both tasks; return the arrays of memory.npz."""
    data = {task: Embedded(task, encoder) for task in ("crisis", "traps")}
    every = np.vstack([d.whole[n] for d in data.values() for n in d.names])
    projection = fit_projection(every.astype(np.float64))
    out: dict[str, NDArray[np.generic]] = {
        "mean": projection.mean,
        "basis": projection.basis.astype(np.float16),
    }
    for task, embedded in data.items():
        bank = embedded.fitted(embedded.names, projection)
        out[f"{task}_vectors"] = quantise(bank.vectors)
        out[f"{task}_bits"] = bank.bits
        out[f"{task}_calibration"] = np.array(bank.calibration)
        out[f"{task}_threshold"] = np.array(bank.threshold)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if memory.npz would change")
    args = parser.parse_args()
    arrays = build(load_encoder())
    if args.check:
        with np.load(MEMORY_FILE) as old:
            same = set(old.files) == set(arrays) and all(
                np.array_equal(old[k], arrays[k]) for k in arrays
            )
        print("memory.npz is up to date" if same else "memory.npz differs from a fresh fit")
        return 0 if same else 1
    np.savez_compressed(MEMORY_FILE, **arrays)  # type: ignore[arg-type]
    size = MEMORY_FILE.stat().st_size // 1024
    print(f"wrote {MEMORY_FILE} ({size} KB)")
    for task in ("crisis", "traps"):
        print(f"{task}: threshold {float(arrays[task + '_threshold']):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
