"""PCL-5: twenty questions about reactions to a very stressful experience (Weathers et al., 2013).

The PCL-5 has no severity bands, so none are given here: only the total, the four cluster sums,
the DSM-5 rule and the range where a professional assessment is suggested.
"""

from __future__ import annotations

from types import MappingProxyType

from selftrust.content.instruments.text import (
    NOT_A_DIAGNOSIS,
    InstrumentText,
    LoincCodes,
    Option,
)

INSTRUMENT = InstrumentText(
    id="pcl5",
    title="PTSD Checklist for DSM-5 (PCL-5)",
    short_name="PCL-5",
    about=(
        "Twenty questions about how a very stressful experience may still show up in your "
        "life, over the past month. It takes about five to ten minutes. You can stop at any "
        "time and come back another day."
    ),
    content_note=(
        "Content note: these questions touch on a very stressful experience and how it still "
        "affects you. You don't need to describe what happened. You can pause, ground "
        "yourself, or stop whenever you like."
    ),
    # Verbatim from the National Center for PTSD form, using the wording of its fillable
    # version ("select one of the options") in place of "circle one of the numbers to the right".
    instructions=(
        "Below is a list of problems that people sometimes have in response to a very stressful "
        "experience. Please read each problem carefully and then select one of the options to "
        "indicate how much you have been bothered by that problem in the past month."
    ),
    stem="In the past month, how much were you bothered by:",
    items=(
        "Repeated, disturbing, and unwanted memories of the stressful experience?",
        "Repeated, disturbing dreams of the stressful experience?",
        "Suddenly feeling or acting as if the stressful experience were actually happening again "
        "(as if you were actually back there reliving it)?",
        "Feeling very upset when something reminded you of the stressful experience?",
        "Having strong physical reactions when something reminded you of the stressful "
        "experience (for example, heart pounding, trouble breathing, sweating)?",
        "Avoiding memories, thoughts, or feelings related to the stressful experience?",
        "Avoiding external reminders of the stressful experience (for example, people, places, "
        "conversations, activities, objects, or situations)?",
        "Trouble remembering important parts of the stressful experience?",
        "Having strong negative beliefs about yourself, other people, or the world (for example, "
        "having thoughts such as: I am bad, there is something seriously wrong with me, no one "
        "can be trusted, the world is completely dangerous)?",
        "Blaming yourself or someone else for the stressful experience or what happened after it?",
        "Having strong negative feelings such as fear, horror, anger, guilt, or shame?",
        "Loss of interest in activities that you used to enjoy?",
        "Feeling distant or cut off from other people?",
        "Trouble experiencing positive feelings (for example, being unable to feel happiness or "
        "have loving feelings for people close to you)?",
        "Irritable behavior, angry outbursts, or acting aggressively?",
        "Taking too many risks or doing things that could cause you harm?",
        'Being "superalert" or watchful or on guard?',
        "Feeling jumpy or easily startled?",
        "Having difficulty concentrating?",
        "Trouble falling or staying asleep?",
    ),
    options=(
        Option(0, "Not at all"),
        Option(1, "A little bit"),
        Option(2, "Moderately"),
        Option(3, "Quite a bit"),
        Option(4, "Extremely"),
    ),
    citation=(
        "Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist "
        "for DSM-5 (PCL-5). 2013. Scale available from the National Center for PTSD at "
        "www.ptsd.va.gov."
    ),
    licence=(
        "Developed by the US Department of Veterans Affairs National Center for PTSD. "
        "In the public domain; no permission is needed to use it."
    ),
    source_url="https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp",
    # Panel and total as listed by LOINC (2.75+); item codes not confirmed, so left out.
    loinc=LoincCodes(panel="101697-1", total="101698-9", items=None),
    validated=True,
    validation_note=(
        "This is a published questionnaire, shown word for word, with its source below."
    ),
    meaning=(
        "Your score adds up your answers, from 0 to 80. A higher number means these reactions "
        "bothered you more in the past month. The PCL-5 has no official levels like mild or "
        "severe, so we don't give one. Reactions like these make sense after what people "
        f"live through, and they can ease. {NOT_A_DIAGNOSIS}"
    ),
    result_notes=MappingProxyType(
        {
            "assessment_suggested": (
                "Scores of 31 or more are in the range where the checklist's authors suggest "
                "a fuller assessment with a professional who knows about trauma. If and when "
                "you want that, it could help to look at this with someone."
            ),
            "dsm5_rule": (
                "Your answers include, at the level the authors count, reactions from each of "
                "the four groups the checklist looks at. Only a conversation with a "
                "professional can say what that means for you."
            ),
        }
    ),
)
