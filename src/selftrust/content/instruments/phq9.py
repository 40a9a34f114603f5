"""PHQ-9: nine questions about low mood over the last two weeks (Kroenke et al., 2001)."""

from __future__ import annotations

from types import MappingProxyType

from selftrust.content.instruments.text import (
    NOT_A_DIAGNOSIS,
    InstrumentText,
    LoincCodes,
    Option,
)

INSTRUMENT = InstrumentText(
    id="phq9",
    title="Patient Health Questionnaire (PHQ-9)",
    short_name="PHQ-9",
    about=(
        "Nine short questions about mood, sleep, energy and how you have felt about yourself "
        "in the last two weeks. It takes about three minutes. You can stop at any time."
    ),
    content_note=(
        "Content note: the last question asks about thoughts of being better off dead or of "
        "hurting yourself. You can pause, take a breath, or leave this for another day."
    ),
    # Verbatim from the Pfizer form (phqscreeners.com). Item 6 contains a word we never use
    # in our own copy; validated items are the one place it stays, as published.
    instructions=(
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    ),
    stem=None,
    items=(
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ),
    options=(
        Option(0, "Not at all"),
        Option(1, "Several days"),
        Option(2, "More than half the days"),
        Option(3, "Nearly every day"),
    ),
    citation=(
        "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression "
        "severity measure. J Gen Intern Med. 2001;16(9):606-613. "
        "doi:10.1046/j.1525-1497.2001.016009606.x"
    ),
    licence=(
        "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
        "with an educational grant from Pfizer Inc. No permission required to reproduce, "
        "translate, display or distribute."
    ),
    source_url="https://www.phqscreeners.com/",
    loinc=LoincCodes(
        panel="44249-1",
        total="44261-6",
        items=(
            "44250-9",
            "44255-8",
            "44259-0",
            "44254-1",
            "44251-7",
            "44258-2",
            "44252-5",
            "44253-3",
            "44260-8",
        ),
    ),
    validated=True,
    validation_note=(
        "This is a published questionnaire, shown word for word, with its source below."
    ),
    # A 0 on item 9 is never read back as reassurance, so this text speaks to every score.
    meaning=(
        "Your score adds up your answers, from 0 to 27. A higher number means these hard "
        "feelings came more often in the last two weeks. If thoughts of hurting yourself come "
        "up at any time, whatever your score, help is one step away. "
        f"{NOT_A_DIAGNOSIS}"
    ),
    result_notes=MappingProxyType(
        {
            "minimal": (
                "Scores from 0 to 4 are in the lowest of the five ranges the authors describe."
            ),
            "mild": ("Scores from 5 to 9 are in the second of five ranges the authors describe."),
            "moderate": (
                "Scores from 10 to 14 are in the middle of five ranges the authors describe. "
                "If it feels okay, a doctor or counsellor could look at this with you."
            ),
            "moderately_severe": (
                "Scores from 15 to 19 are in the fourth of five ranges the authors describe. "
                "That is a lot to carry. A doctor or counsellor could look at this with you, "
                "when you are ready."
            ),
            "severe": (
                "Scores from 20 to 27 are in the highest of five ranges the authors describe. "
                "You deserve support with this. A doctor or counsellor could look at it with "
                "you, and you can reach out whenever you choose."
            ),
            "safety_flag": (
                "You said thoughts of being better off dead or of hurting yourself have come "
                "up. Thank you for sharing something so heavy. You don't have to hold it alone. "
                '"Get help now" is always one step away, and a person you trust, a doctor or a '
                "crisis line can be there with you."
            ),
        }
    ),
)
