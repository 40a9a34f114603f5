"""Rules first, then meaning: how the optional semantic layer joins the rules' answer.

The rules (``crisis.py``, ``traps.py``) are the explainable base and always run. When the
semantic layer is wanted and installed, it may only *add*:

- crisis: a sentence the layer reads as crisis language becomes one more match (rule
  ``"semantic"``, with the layer's own reason), so the card shows even when no rule fired.
  It never removes what a rule found, and it never makes a calm answer from a crisis one.
- traps: only when the rules found no trap at all, the layer's most likely trap for its
  strongest sentence is offered, also marked ``"semantic"``. The rules' traps are never
  replaced, so every highlighted trap keeps its written reason where one exists. No guess is
  offered for a text read as crisis language: the layer was never taught traps on such lines
  ("I want to die" is not a "should statement"), and the moment calls for care, not a question
  about thinking.

If the layer is missing or fails to load, the rules' answer is returned unchanged: the app works
fully without it. Nothing here imports numpy until the layer is asked for.
"""

from __future__ import annotations

from selftrust.language.crisis import CrisisMatch, CrisisResult, detect_crisis
from selftrust.language.traps import TrapMatch, find_traps

SEMANTIC_RULE = "semantic"


def semantic_ready() -> bool:
    """Whether the semantic layer is installed and loads (loads it once). Never raises."""
    from selftrust.language import semantic

    return semantic.available()  # remembers a failed load, so a missing extra costs nothing


def crisis_with_meaning(text: str, rules: CrisisResult | None = None) -> CrisisResult:
    """The rules' crisis answer, plus sentences the semantic layer reads as crisis."""
    found = detect_crisis(text) if rules is None else rules
    if not text or not semantic_ready():
        return found
    from selftrust.language import semantic

    added = [
        CrisisMatch(hit.kinds[0], hit.start, hit.end, SEMANTIC_RULE, hit.reason)
        for hit in semantic.crisis_sentences(text)
        # A sentence a rule already explains keeps the rule's explanation alone.
        if not any(m.start < hit.end and hit.start < m.end for m in found.matches)
    ]
    if not added:
        return found
    matches = tuple(sorted((*found.matches, *added), key=lambda m: (m.start, -m.end, m.kind)))
    kinds = tuple(sorted({m.kind for m in matches}))
    return CrisisResult(crisis=True, kinds=kinds, matches=matches)


def traps_with_meaning(
    text: str, rules: tuple[TrapMatch, ...] | None = None, crisis: CrisisResult | None = None
) -> tuple[TrapMatch, ...]:
    """The rules' traps; when they found none, the semantic layer's strongest guess, if any.

    ``crisis`` is the text's crisis reading when the caller has it (it is read here if not).
    """
    found = find_traps(text) if rules is None else rules
    if found or not text or not semantic_ready():
        return found
    if (crisis_with_meaning(text) if crisis is None else crisis).crisis:
        return found
    from selftrust.language import semantic

    guesses = semantic.trap_guesses(text)
    if not guesses:
        return found
    best = guesses[0]
    return (TrapMatch(best.trap, best.start, best.end, SEMANTIC_RULE, best.reason),)
