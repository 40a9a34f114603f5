"""RSES: ten statements about how you feel about yourself (Rosenberg, 1965), original order."""

from __future__ import annotations

from types import MappingProxyType

from selftrust.content.instruments.text import (
    NOT_A_DIAGNOSIS,
    InstrumentText,
    LoincCodes,
    Option,
)

INSTRUMENT = InstrumentText(
    id="rses",
    title="Rosenberg Self-Esteem Scale",
    short_name="RSES",
    about=(
        "Ten statements about how you feel about yourself in general. It takes about two "
        "minutes. You can stop at any time."
    ),
    content_note=None,
    # The published lead-in, with "circle SA/A/D/SD" replaced by the on-screen equivalent.
    instructions=(
        "Below is a list of statements dealing with your general feelings about yourself. "
        "Please indicate how strongly you agree or disagree with each statement."
    ),
    stem=None,
    items=(
        "On the whole, I am satisfied with myself.",
        "At times I think I am no good at all.",
        "I feel that I have a number of good qualities.",
        "I am able to do things as well as most other people.",
        "I feel I do not have much to be proud of.",
        "I certainly feel useless at times.",
        "I feel that I'm a person of worth, at least on an equal plane with others.",
        "I wish I could have more respect for myself.",
        "All in all, I am inclined to feel that I am a failure.",
        "I take a positive attitude toward myself.",
    ),
    # Shown in the published order (agree first). Stored values run 1 (strongly disagree)
    # to 4 (strongly agree); domain.measures turns them into Rosenberg's 0-3 item scores.
    options=(
        Option(4, "Strongly agree"),
        Option(3, "Agree"),
        Option(2, "Disagree"),
        Option(1, "Strongly disagree"),
    ),
    citation=(
        "Rosenberg M. Society and the Adolescent Self-Image. Princeton, NJ: Princeton "
        "University Press; 1965. Revised edition: Middletown, CT: Wesleyan University Press; "
        "1989."
    ),
    # The University of Maryland page records Dr. Florence Rosenberg's permission and asks
    # for credit; it names research and educational use, with no charge.
    licence=(
        "Free to use: Dr. Florence Rosenberg has given permission to use the scale, with no "
        "charge, asking that Dr. Morris Rosenberg be credited by citing his work "
        "(University of Maryland, Department of Sociology)."
    ),
    source_url="http://www.socy.umd.edu/quick-links/rosenberg-self-esteem-scale",
    loinc=LoincCodes(),  # no LOINC codes found for the RSES
    validated=True,
    validation_note=(
        "This is a published questionnaire, shown word for word, with its source below."
    ),
    meaning=(
        "Your score goes from 0 to 30. A higher number means you felt more settled and kind "
        "toward yourself overall. How we see ourselves often takes a knock after hard "
        f"experiences, and it can grow again. {NOT_A_DIAGNOSIS}"
    ),
    result_notes=MappingProxyType(
        {
            "low_self_esteem": (
                "Scores below 15 are often read as low self-esteem, though the scale has no "
                "official cut-off. It describes how things feel right now. It is not a measure "
                "of your worth."
            ),
        }
    ),
)
