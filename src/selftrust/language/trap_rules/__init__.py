"""Thinking-trap rules as data: one module per trap, assembled here in the Trap list's order.

The rule shape and the word lists shared by several traps live in ``shared.py``; how a pattern
is written is described there, and how the engine uses the rules in ``../traps.py``.
"""

from selftrust.language.trap_rules import (
    all_or_nothing,
    all_or_nothing_slips,
    all_or_nothing_verdicts,
    blaming,
    blaming_causes,
    blaming_excuses,
    catastrophizing,
    catastrophizing_chains,
    comparing,
    comparing_gaps,
    comparing_others,
    disqualifying_credit,
    disqualifying_positive,
    emotional_reasoning,
    emotional_reasoning_proof,
    fortune_predictions,
    fortune_telling,
    labeling,
    labeling_phrases,
    mind_reading,
    mind_reading_hidden,
    overgeneralizing,
    overgeneralizing_patterns,
    personalizing,
    personalizing_causes,
    should_musts,
    should_statements,
    told_plainly,
)
from selftrust.language.trap_rules.shared import TrapRule

RULES: tuple[TrapRule, ...] = (
    *all_or_nothing.RULES,
    *all_or_nothing_verdicts.RULES,
    *all_or_nothing_slips.RULES,
    *overgeneralizing.RULES,
    *overgeneralizing_patterns.RULES,
    *labeling.RULES,
    *labeling_phrases.RULES,
    *fortune_telling.RULES,
    *fortune_predictions.RULES,
    *mind_reading.RULES,
    *mind_reading_hidden.RULES,
    *emotional_reasoning.RULES,
    *emotional_reasoning_proof.RULES,
    *should_statements.RULES,
    *should_musts.RULES,
    *personalizing.RULES,
    *personalizing_causes.RULES,
    *disqualifying_positive.RULES,
    *disqualifying_credit.RULES,
    *catastrophizing.RULES,
    *catastrophizing_chains.RULES,
    *comparing.RULES,
    *comparing_others.RULES,
    *comparing_gaps.RULES,
    *blaming.RULES,
    *blaming_causes.RULES,
    *blaming_excuses.RULES,
    *told_plainly.RULES,
)

__all__ = ["RULES", "TrapRule"]
