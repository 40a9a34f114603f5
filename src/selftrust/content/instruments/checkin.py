"""The self-trust check-in: our own reflection questions, written for this app.

It is NOT a validated measure and every place it appears says so. Items 1-4 are abilities,
items 5-10 are signs of lost self-trust (see selftrust.domain.checkin for the scoring).
"""

from __future__ import annotations

from types import MappingProxyType

from selftrust.content.instruments.text import (
    NOT_A_DIAGNOSIS,
    InstrumentText,
    LoincCodes,
    Option,
    ScaleQuestion,
)

INSTRUMENT = InstrumentText(
    id="checkin",
    title="Self-trust check-in",
    short_name="Check-in",
    about=(
        "Ten quick questions about how you related to yourself in the last few days. "
        "It takes about a minute. Any answer is okay, and you can stop whenever you like."
    ),
    content_note=None,
    instructions=(
        "Think about the last few days. For each sentence, pick how often it was true for you. "
        "There is nothing to get right here."
    ),
    stem="In the last few days…",
    items=(
        # Abilities: moments of trusting yourself.
        "I could listen to what my body and feelings were telling me.",
        "I believed what I saw, heard and felt.",
        "I made choices without a lot of doubt.",
        "I felt safe inside myself.",
        # Signs: the ways lost self-trust tends to show up.
        "I went back over decisions after I had made them.",
        "I asked others to check even small choices for me.",
        "I felt cut off from my gut feeling.",
        "I doubted my own memories or feelings.",
        "I felt unsafe being alone with my thoughts.",
        "I replayed conversations and picked them apart afterwards.",
    ),
    options=(
        Option(0, "Not at all"),
        Option(1, "Rarely"),
        Option(2, "Sometimes"),
        Option(3, "Often"),
        Option(4, "Most of the time"),
    ),
    citation="Written for selftrust as reflection questions; not taken from a published scale.",
    licence="Part of selftrust; written by the selftrust team.",
    source_url=None,
    loinc=LoincCodes(),
    validated=False,
    validation_note=(
        "These are reflection questions made for this app. They are not a validated measure, "
        "so the numbers are for noticing your own patterns, not for comparing with anyone."
    ),
    meaning=(
        "You get two numbers. Abilities go from 0 to 16: a higher number means more moments "
        "of trusting yourself. Signs go from 0 to 24: a higher number means more moments of "
        "doubt. Both move up and down from week to week, and that is normal. These are "
        f"reflection questions made for this app, not a validated measure. {NOT_A_DIAGNOSIS}"
    ),
    result_notes=MappingProxyType({}),
)

# Asked after the items, on its own, and always optional.
DISTRESS = ScaleQuestion(
    question="How much distress do you feel right now?",
    lowest=Option(0, "None at all"),
    highest=Option(10, "The most I can imagine"),
    note="This one is optional. You can skip it.",
)
