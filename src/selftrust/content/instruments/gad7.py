"""GAD-7: seven questions about worry over the last two weeks (Spitzer et al., 2006)."""

from __future__ import annotations

from types import MappingProxyType

from selftrust.content.instruments.text import (
    NOT_A_DIAGNOSIS,
    InstrumentText,
    LoincCodes,
    Option,
)

INSTRUMENT = InstrumentText(
    id="gad7",
    title="Generalized Anxiety Disorder 7-item (GAD-7) scale",
    short_name="GAD-7",
    about=(
        "Seven short questions about worry and feeling on edge in the last two weeks. "
        "It takes about two minutes. You can stop at any time."
    ),
    content_note=None,
    # Verbatim from the Pfizer form (phqscreeners.com), checked against the LOINC panel.
    instructions=(
        "Over the last 2 weeks, how often have you been bothered by the following problems?"
    ),
    stem=None,
    items=(
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid as if something awful might happen",
    ),
    options=(
        Option(0, "Not at all"),
        Option(1, "Several days"),
        Option(2, "More than half the days"),
        Option(3, "Nearly every day"),
    ),
    citation=(
        "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized "
        "anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097. "
        "doi:10.1001/archinte.166.10.1092"
    ),
    licence=(
        "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
        "with an educational grant from Pfizer Inc. No permission required to reproduce, "
        "translate, display or distribute."
    ),
    source_url="https://www.phqscreeners.com/",
    loinc=LoincCodes(
        panel="69737-5",
        total="70274-6",
        items=("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"),
    ),
    validated=True,
    validation_note=(
        "This is a published questionnaire, shown word for word, with its source below."
    ),
    meaning=(
        "Your score adds up your answers, from 0 to 21. A higher number means worry has been "
        "around more often in the last two weeks. It is a snapshot of a time, not a verdict "
        f"about you. {NOT_A_DIAGNOSIS}"
    ),
    result_notes=MappingProxyType(
        {
            "minimal": (
                "Scores from 0 to 4 are in the lowest of the four ranges the authors describe. "
                "Worry came up on only a few days, if at all."
            ),
            "mild": (
                "Scores from 5 to 9 are in the second of four ranges the authors describe. "
                "Worry came up on some days."
            ),
            "moderate": (
                "Scores from 10 to 14 are in the third of four ranges the authors describe. "
                "Worry came up on many days. If it feels okay, a doctor or counsellor could "
                "look at this with you."
            ),
            "severe": (
                "Scores from 15 to 21 are in the highest of four ranges the authors describe. "
                "Worry has been around on most days, and that is a lot to carry. You deserve "
                "support with it. A doctor or counsellor could look at this with you, when "
                "you are ready."
            ),
        }
    ),
)
