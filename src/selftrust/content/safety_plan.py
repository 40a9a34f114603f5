"""The safety plan: six steps, in our own words, plus an optional "reasons" section.

The structure (not the wording) follows the Stanley-Brown Safety Planning Intervention:
their form is copyrighted, so every title, prompt and example here is written by us.
Steps are ordered from what a person can do alone to asking others for help, which is why
the order is fixed and tested. Pure module: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

STANLEY_BROWN_2012: Final = (
    "Stanley, B., & Brown, G. K. (2012). Safety planning intervention: a brief intervention "
    "to mitigate suicide risk. Cognitive and Behavioral Practice, 19(2), 256-264."
)


@dataclass(frozen=True, slots=True)
class SafetyPlanSection:
    id: str
    title: str
    prompt: str  # one gentle line, inviting rather than instructing
    examples: tuple[str, ...]  # short placeholders, shown greyed out in empty fields
    optional: bool = False


@dataclass(frozen=True, slots=True)
class SafetyPlanCopy:
    title: str
    intro: str
    how_to_use: str
    reasons_note: str
    source_note: str
    empty_state: str
    save_label: str
    share_note: str


SAFETY_PLAN_STEPS: Final = (
    SafetyPlanSection(
        id="warning_signs",
        title="My warning signs",
        prompt="What tells you a hard time might be starting? Thoughts, feelings, places, "
        "times of day.",
        examples=("I stop answering messages", "Sundays after dark", "Replaying old arguments"),
    ),
    SafetyPlanSection(
        id="on_my_own",
        title="Things I can do on my own",
        prompt="What helps you feel even a little steadier when you are by yourself?",
        examples=("A grounding practice", "A hot shower", "Music that calms me"),
    ),
    SafetyPlanSection(
        id="people_places",
        title="People and places that help me feel better",
        prompt="Who or where can take your mind off things for a while, without needing "
        "to talk about it?",
        examples=("The library", "Coffee with Jo", "Walking the dog in the park"),
    ),
    SafetyPlanSection(
        id="ask_for_help",
        title="People I can ask for help",
        prompt="Who could you tell that you are struggling? Add how to reach them.",
        examples=("My sister, 555 0100", "A friend from group"),
    ),
    SafetyPlanSection(
        id="professionals",
        title="Professionals and services",
        prompt="Which professionals or services could you contact? The crisis lines for "
        "your region are already listed on the Get help now page.",
        examples=("My doctor or therapist", "A local crisis team"),
    ),
    SafetyPlanSection(
        id="safer_surroundings",
        title="Making my surroundings safer",
        prompt="Is there anything that could make where you are safer during a hard time?",
        examples=("Ask someone to keep certain things for me", "Go somewhere with people"),
    ),
)

REASONS_SECTION: Final = SafetyPlanSection(
    id="reasons",
    title="My reasons for living",
    prompt="If you'd like, you can add what matters to you, big or small.",
    examples=("My cat", "Seeing the sea again", "People I love"),
    optional=True,
)

SAFETY_PLAN: Final = SafetyPlanCopy(
    title="My safety plan",
    intro=(
        "A safety plan is a short list you write for yourself, for the times things feel "
        "too much. It is written in calm moments, so that in a hard moment you don't have to "
        "think of everything at once."
    ),
    how_to_use=(
        "You can start with any step and fill in as much or as little as you like. When "
        "things get hard, you can go through it from the top, one step at a time."
    ),
    reasons_note=(
        "There is also an optional space for your reasons for living. Some people find it "
        "helps to see them written down in their own words."
    ),
    source_note=(
        "The six steps follow the structure of the Stanley-Brown safety planning method, "
        "written here in our own words."
    ),
    empty_state="Nothing here yet. You can add to it whenever it feels right.",
    save_label="Save my plan",
    share_note=(
        "Your plan is yours. You can print it or share it with someone you trust, if and "
        "when you want to."
    ),
)


def all_sections(*, include_reasons: bool = True) -> tuple[SafetyPlanSection, ...]:
    """Return the six steps in order, followed by the optional reasons section."""
    return SAFETY_PLAN_STEPS + ((REASONS_SECTION,) if include_reasons else ())
