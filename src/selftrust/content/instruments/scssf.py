"""SCS-SF: twelve statements about how you treat yourself in hard times (Raes et al., 2011)."""

from __future__ import annotations

from types import MappingProxyType

from selftrust.content.instruments.text import (
    NOT_A_DIAGNOSIS,
    InstrumentText,
    LoincCodes,
    Option,
)

INSTRUMENT = InstrumentText(
    id="scssf",
    title="Self-Compassion Scale – Short Form (SCS-SF)",
    short_name="SCS-SF",
    about=(
        "Twelve statements about how you tend to treat yourself when things are hard. "
        "It takes about three minutes. You can stop at any time."
    ),
    content_note=None,
    # Verbatim from the authors' form, minus "To the left of each item," which only fits paper.
    # The form's capitalised heading becomes the stem.
    instructions=(
        "Please read each statement carefully before answering. Indicate how often you behave "
        "in the stated manner, using the following scale:"
    ),
    stem="How I typically act towards myself in difficult times",
    # Typographic apostrophes in the published form are kept as plain ASCII apostrophes.
    items=(
        "When I fail at something important to me I become consumed by feelings of inadequacy.",
        "I try to be understanding and patient towards those aspects of my personality I don't "
        "like.",
        "When something painful happens I try to take a balanced view of the situation.",
        "When I'm feeling down, I tend to feel like most other people are probably happier than "
        "I am.",
        "I try to see my failings as part of the human condition.",
        "When I'm going through a very hard time, I give myself the caring and tenderness I need.",
        "When something upsets me I try to keep my emotions in balance.",
        "When I fail at something that's important to me, I tend to feel alone in my failure.",
        "When I'm feeling down I tend to obsess and fixate on everything that's wrong.",
        "When I feel inadequate in some way, I try to remind myself that feelings of inadequacy "
        "are shared by most people.",
        "I'm disapproving and judgmental about my own flaws and inadequacies.",
        "I'm intolerant and impatient towards those aspects of my personality I don't like.",
    ),
    # The published scale labels only its two ends; the middle points are shown as numbers.
    options=(
        Option(1, "Almost never"),
        Option(2, "2"),
        Option(3, "3"),
        Option(4, "4"),
        Option(5, "Almost always"),
    ),
    citation=(
        "Raes F, Pommier E, Neff KD, Van Gucht D. Construction and factorial validation of a "
        "short form of the Self-Compassion Scale. Clin Psychol Psychother. 2011;18(3):250-255. "
        "doi:10.1002/cpp.702"
    ),
    licence=(
        "Free to use without permission, for research, clinical work or teaching, as stated "
        "by Kristin Neff (self-compassion.org); the authors ask to be cited."
    ),
    source_url="https://self-compassion.org/",
    loinc=LoincCodes(),  # no LOINC codes found for the SCS-SF
    validated=True,
    validation_note=(
        "This is a published questionnaire, shown word for word, with its source below."
    ),
    meaning=(
        "Your score is the average of your 12 answers, from 1 to 5, after flipping the six "
        "statements about being hard on yourself. A higher number means you met hard moments "
        "with more kindness toward yourself. This short form has no official ranges, and its "
        f"authors advise using only this overall score. {NOT_A_DIAGNOSIS}"
    ),
    result_notes=MappingProxyType({}),
)
