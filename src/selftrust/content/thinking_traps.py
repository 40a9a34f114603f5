"""Words for the inner-critic flow: each thinking trap, in plain language, with gentle questions.

Written for this app in our own words, to be read by someone being hard on themselves: the trap
is a habit of the mind that many people share, never a sign the person is wrong. The questions
invite a second look and leave the answer to the person. Keys are the trap ids used by
selftrust.language.traps (kept as text so content never imports the analyzer).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class TrapContent:
    name: str
    description: str
    questions: tuple[str, ...]


_TRAPS = {
    "all_or_nothing": TrapContent(
        name="All or nothing",
        description="Seeing things as perfect or worthless, with nothing in between.",
        questions=(
            "What would a middle ground look like here?",
            "Is there a part of this that went okay?",
        ),
    ),
    "overgeneralizing": TrapContent(
        name="Making one time into every time",
        description="Treating one hard moment as a rule about every moment.",
        questions=(
            "Is there a time this wasn't true?",
            "If you think back, what else has happened besides this?",
        ),
    ),
    "labeling": TrapContent(
        name="Name-calling yourself",
        description="Summing up your whole self with one harsh word after one moment.",
        questions=(
            "Would you use this word for a friend who did the same thing?",
            "What is one thing you did, instead of one thing you are?",
        ),
    ),
    "fortune_telling": TrapContent(
        name="Predicting the worst",
        description="Feeling sure how things will turn out before they have happened.",
        questions=(
            "What else could happen, even if it feels less likely right now?",
            "Has a worry like this ever turned out differently than you expected?",
        ),
    ),
    "mind_reading": TrapContent(
        name="Guessing what others think",
        description="Feeling sure you know what is in someone else's head.",
        questions=(
            "What did they actually say or do?",
            "What else might they be thinking about?",
        ),
    ),
    "emotional_reasoning": TrapContent(
        name="Feelings as facts",
        description="Taking a strong feeling as proof of what is true.",
        questions=(
            "Your feeling makes sense. What else do you know, besides the feeling?",
            "Has this feeling ever pointed one way while things turned out another?",
        ),
    ),
    "should_statements": TrapContent(
        name="Strict rules for yourself",
        description="Holding yourself to rules about how you ought to be or feel.",
        questions=(
            "Whose rule is this, and does it still fit you?",
            "What would change if you swapped “should” for “I'd like to”?",
        ),
    ),
    "personalizing": TrapContent(
        name="Taking all the blame",
        description="Seeing yourself as the cause of things that had many causes.",
        questions=(
            "What else, and who else, played a part in this?",
            "How much of this was really in your hands?",
        ),
    ),
    "disqualifying_positive": TrapContent(
        name="Brushing off the good",
        description="Setting aside good things as if they don't count.",
        questions=(
            "What would it be like to let this good thing count, just for today?",
            "If a friend did this, would you say it doesn't count?",
        ),
    ),
    "catastrophizing": TrapContent(
        name="Expecting the worst",
        description="Jumping to the worst outcome as if it were the likely one.",
        questions=(
            "What is most likely to happen, and how might you handle it?",
            "What have you already lived through that you once thought you couldn't?",
        ),
    ),
    "comparing": TrapContent(
        name="Measuring against others",
        description="Setting your inside next to someone else's outside.",
        questions=(
            "What might be going on for them that you can't see?",
            "How far have you come, compared with where you were?",
        ),
    ),
    "blaming": TrapContent(
        name="Handing over the power",
        description=(
            "Putting all of how you feel in someone else's hands. When someone harmed you, "
            "that was theirs to own, and this is only about noticing where you still have a say."
        ),
        questions=(
            "What is one small thing that is still up to you?",
            "What would help you feel a little steadier, whatever they do?",
        ),
    ),
}

# Keyed by trap id; read-only so no screen can change the copy by accident.
TRAP_CONTENT: Mapping[str, TrapContent] = MappingProxyType(_TRAPS)

# Shown beside highlighted words like "always", "never", "nothing".
ABSOLUTIST_NOTE = (
    "Words like “always” and “never” can make a hard moment feel like the whole story. "
    "You could ask yourself if there are times that don't fit."
)
