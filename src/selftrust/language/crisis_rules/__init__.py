"""Crisis-language rules, kept as data so they can be read and reviewed in one place.

One module per kind of crisis (split further where a kind has many families), the shared rule
shape and word lists in ``shared.py``, and the context cues in ``negation.py`` and
``context.py``. How a pattern is written is described in ``shared.py``; how the engine uses the
rules and cues is described in ``selftrust/language/crisis.py``.
"""

from selftrust.language.crisis_rules import (
    concern_for_other,
    concern_signs,
    concern_told,
    harm_fear,
    harm_from_others,
    harm_more,
    harm_signs,
    harm_threats,
    harm_told,
    self_harm,
    self_harm_acts,
    self_harm_more,
    self_harm_signs,
    self_harm_told,
    suicide,
    suicide_acts,
    suicide_affairs,
    suicide_attempt,
    suicide_farewells,
    suicide_goodbye,
    suicide_hope,
    suicide_indirect,
    suicide_letters,
    suicide_means,
    suicide_no_way,
    suicide_passive,
    suicide_plan,
    suicide_quiet,
    suicide_recent,
    suicide_signs,
    suicide_told,
    suicide_wish,
    suicide_wishes,
)
from selftrust.language.crisis_rules.shared import OTHER_REASONS, Rule

RULES: tuple[Rule, ...] = (
    *suicide.RULES,
    *suicide_attempt.RULES,
    *suicide_passive.RULES,
    *suicide_no_way.RULES,
    *suicide_wish.RULES,
    *suicide_hope.RULES,
    *suicide_indirect.RULES,
    *suicide_plan.RULES,
    *suicide_means.RULES,
    *suicide_goodbye.RULES,
    *suicide_letters.RULES,
    *suicide_affairs.RULES,
    *suicide_signs.RULES,
    *suicide_recent.RULES,
    *suicide_told.RULES,
    *suicide_quiet.RULES,
    *suicide_acts.RULES,
    *suicide_wishes.RULES,
    *suicide_farewells.RULES,
    *self_harm.RULES,
    *self_harm_signs.RULES,
    *self_harm_more.RULES,
    *self_harm_told.RULES,
    *self_harm_acts.RULES,
    *harm_from_others.RULES,
    *harm_fear.RULES,
    *harm_threats.RULES,
    *harm_more.RULES,
    *harm_told.RULES,
    *harm_signs.RULES,
    *concern_for_other.RULES,
    *concern_told.RULES,
    *concern_signs.RULES,
)

__all__ = ["OTHER_REASONS", "RULES", "Rule"]
