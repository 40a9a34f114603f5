"""Notice crisis language in free text so the app can offer a calm help card.

The detector never blocks or changes what a person writes; it only answers "should we show the
help card, and why". Missing a crisis is worse than an extra calm card, so when a sentence is
truly ambiguous it fires. The phrases live as commented data in ``crisis_rules/``; the decisions
about context are written up with examples in docs/crisis-detection.md:

- Negation: an explicit negation right before a phrase cancels it ("I don't want to die", "no
  thoughts of hurting myself"), and so does a screening question answered no ("asked if I'd had
  thoughts of suicide and I could say no") or a rating of zero ("sh urges: 0/10"). A negation
  still counts when what follows turns ambivalent ("... but part of me wants to"), and a
  negated intention also when a time word follows right after it ("I'm not going to kill
  myself today"; but in "I'm not suicidal, just sad today" the "today" belongs to "sad"). A
  negated report ("didn't feel any pull to self-harm today") stays calm. Phrases whose
  negation is the crisis ("I don't want to live") are never cancelled.
- Past: a past statement counts unless a sentence near it places it in the settled past ("ten
  years ago", "it's far behind me") and nothing makes it live again ("again", "urges", "last
  night"; "today" only inside its own sentence). "I used to self-harm" alone counts, and so
  does "three months clean and I relapsed": words inside the phrase neither settle it nor make
  it live.
- Whose crisis: the nearest subject before a phrase decides. "She wants to die" is concern for
  someone else, "she wishes I was dead" is harm from others, and "my girlfriend and I both cut"
  is both.
- Topics and idioms: a bare mention in a class, podcast or documentary context (this sentence
  or the one before) does not count unless something makes it personal. Idioms are listed per
  rule ("career suicide", "kill me if I forget the milk"). "Kill myself" counts even as a joke.
- Accidents: "cut myself shaving" does not count, unless the sentence says "on purpose",
  "to cope", "until it bled"...
- Stories: some phrases only count with a sign nearby ("drove to the cliffs" with "deciding",
  "thanks for everything" at 3am), and everyday words nearby keep them calm.

Speed: nothing is compiled at import. A lowercased text is split into words that are looked up
in a dictionary of anchor words and phrases; a text with none (most everyday text) is done.
Otherwise it is folded (straight quotes, repeated letters squeezed) and each rule is tried only
around its own anchors, inside the anchor's sentence; a rule's regex is compiled the first time
one of its anchors appears. Offsets are mapped back to the original text. Patterns have no
nested unbounded repetition and gaps are possessive, so matching stays linear.
"""

from __future__ import annotations

from selftrust.language.crisis_rules.reading import fold, read
from selftrust.language.crisis_rules.records import (
    NO_CRISIS,
    CrisisKind,
    CrisisMatch,
    CrisisResult,
)

__all__ = [
    "NO_CRISIS",
    "CrisisKind",
    "CrisisMatch",
    "CrisisResult",
    "detect_crisis",
    "fold_text",
]


def detect_crisis(text: str) -> CrisisResult:
    """Say whether the text shows crisis language, of which kinds, and where."""
    return read(text)


def fold_text(text: str) -> str:
    """Fold text the way patterns expect it: lowercase, straight quotes, squeezed letters."""
    return fold(text)
