"""What the semantic layer answers with. No numpy here: these import without the extra."""

from __future__ import annotations

from dataclasses import dataclass

from selftrust.language.crisis import CrisisKind
from selftrust.language.traps import Trap

CRISIS_REASON = (
    "This sentence is similar in meaning to crisis language the app was taught. "
    "It was noticed by meaning, not by a rule."
)
TRAP_REASON = (
    "This sentence is similar in meaning to sentences the app was taught as this thinking trap. "
    "It was noticed by meaning, not by a rule."
)


class SemanticUnavailable(RuntimeError):
    """The optional extra (numpy, safetensors, the model package) is not installed."""


@dataclass(frozen=True, slots=True)
class SemanticHit:
    """A sentence (or the whole short text) that reads like crisis language.

    ``kinds`` are the likely kinds, most likely first; always at least one.
    """

    start: int
    end: int
    probability: float
    kinds: tuple[CrisisKind, ...]
    reason: str = CRISIS_REASON


@dataclass(frozen=True, slots=True)
class TrapGuess:
    """A sentence that reads like a thinking trap, and the trap it most resembles."""

    start: int
    end: int
    trap: Trap
    probability: float  # that the sentence holds any trap
    trap_probability: float  # that this trap is the one (one-vs-rest head)
    reason: str = TRAP_REASON
