"""Blaming, widened: your own mood or slip put wholly on someone else.

Naming harm someone did to you is not blaming: every rule here stays quiet when the text speaks
of harm (HARM), and of lying, cheating or control done to the person.
"""

from selftrust.language.trap_rules.shared import BLAME, HURT, TrapRule

_HURT = HURT
# Who gets the blame; parents and exes are left out, since for many people using this app they
# are the ones who did real harm, and saying so is not a thinking trap.
_OTHER = (
    r"(?:my\s+(?:boss|manager|partner|husband|wife|boyfriend|girlfriend|sister|brother|friends?"
    r"|flatmates?|housemates?|roommates?|team|coworkers?|colleagues?|kids|children|teacher"
    r"|lecturer|neighbours?|neighbors?)|the\s+[a-z]+|he|she|they|people)"
)
# The same, named outright ("it's all on my team", not "on the table").
_OTHER_NAMED = _OTHER.removesuffix(r"|the\s+[a-z]+|he|she|they|people)") + ")"

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "blame_if_they_hadnt",
        BLAME,
        r"\bif\s+" + _OTHER + r"\s+(?:hadn't|had\s+not|wasn't|weren't|didn't|hadnt|wasnt|didnt"
        r"|was\s+not|were\s+not)\b[^.!?\n]{0,60}?\bi(?:'d|\s+would|\s+wouldn't|\s+would\s+not"
        r"|\s+could|\s+couldn't|\s+wouldnt|d)\b",
        "It puts the whole cause of your own day on someone else.",
        (
            "If my flatmate hadn't been so noisy, I'd have passed.",
            "if the bus wasnt late i would have got the job",
        ),
        (
            "If he hadn't hit me, I wouldn't be scared of doors.",
            "If they hadn't called, I'd have missed the news.",
        ),
        unless=_HURT + r"|\bmissed\s+the\s+news\b|\bglad\b",
    ),
    TrapRule(
        "blame_id_be_fine_if_they",
        BLAME,
        r"\bif\s+"
        + _OTHER
        + r"\s+(?:hadn't|wasn't|weren't|didn't|would\s+(?:just|only)|had\s+(?:just"
        r"|only)|kept|stopped|would\s+stop|hadnt|wasnt)\b",
        "It makes your own life wait on someone else changing.",
        (
            "I'd be so much calmer if my partner would just listen.",
            "I'd have finished the course ages ago if my friends hadn't distracted me.",
        ),
        ("I'd be glad if my friends came round on Sunday.",),
        before=r"\bi(?:'d|\s+would)\s+(?:have|be)\b[^.!?\n]{0,50}?",
        unless=_HURT + r"|\bglad\b",
    ),
    TrapRule(
        "blame_totally_on_them",
        BLAME,
        r"\bon\s+(?:her|him|them|" + _OTHER_NAMED + r")\b",
        "It puts the whole cause of your own slip on someone else.",
        (
            "I messed up the order, but it's totally on him.",
            "the missed deadline is all on my team",
        ),
        ("It's all on the table now.", "It was totally on him, he hurt me."),
        before=r"\b(?:totally|all|entirely|completely|squarely|100%)\s+",
        unless=_HURT,
    ),
    TrapRule(
        "blame_they_are_the_reason",
        BLAME,
        r"\b(?:reason|why)\s+(?:i|i'm|im|i've|my)\b[^.!?\n]{0,40}?\b(?:can't|cant|couldn't"
        r"|couldnt|don't|dont|didn't|didnt|never|failed|missed|messed|late|behind|stuck|unhappy"
        r"|so\s+(?:stressed|tired|angry))\b",
        "It puts the whole cause of your own mood or slip on someone else.",
        (
            "My kids are the reason I never finish anything.",
            "the neighbours music is why i can't sleep",
        ),
        (
            "My ex is the reason I don't trust easily, he lied to me.",
            "The rain is why I didn't cycle.",
        ),
        before=r"\b" + _OTHER + r"(?:\s+[a-z']+){0,2}\s+(?:are|is|were|was)\s+(?:the\s+(?:only\s+"
        r"|whole\s+|real\s+|main\s+)?)?",
        unless=_HURT + r"|\bmy\s+ex\b|\b(?:rain|weather|snow|storm)\b",
    ),
    TrapRule(
        "blame_only_because_they",
        BLAME,
        r"\bonly\s+(?:snapped|shouted|yelled|lost\s+it|lost\s+my\s+temper|messed\s+up|failed"
        r"|forgot|cried|swore)\s+because\s+(?:the|my|he|she|they|you|of)\b",
        "It puts the whole cause of your own reaction on someone else.",
        (
            "I only shouted because my partner kept nagging.",
            "i only lost it because they pushed me",
        ),
        ("I only cried because the film was so sad.",),
        unless=_HURT + r"|\bfilm\b|\bmovie\b|\bsad\b",
    ),
    TrapRule(
        "blame_because_they_are_useless",
        BLAME,
        r"\b(?:because|cos|coz|cause|since)\s+(?:of\s+)?(?:my|the|this|these|our|this\s+[a-z]+'s"
        r"|the\s+[a-z]+'s)\s+(?:[a-z']+\s+){0,2}?(?:(?:are|is|were|was)\s+(?:so\s+|totally\s+"
        r"|completely\s+|just\s+)?(?:useless|a\s+joke|hopeless|idiots|incompetent|lazy|rubbish"
        r"|crap|pathetic|a\s+nightmare)|(?:had|has|have)\s+it\s+in\s+for\s+me)\b",
        "It puts the whole cause of your own slip on someone else.",
        (
            "I was late again because the buses here are a joke.",
            "failed the test cos my tutor is useless",
            "I got a low mark because the examiner had it in for me.",
        ),
        (
            "I left the gym because the showers were broken.",
            "I thought she had it in for me, but she was just busy.",
        ),
        unless=_HURT,
    ),
)
