"""Labeling: one word for the whole person."""

from selftrust.language.trap_rules.shared import (
    INTENS,
    LABEL,
    LABEL_WORDS,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "label_i_am",
        LABEL,
        LABEL_WORDS + r"(?!-)",
        "A word like “stupid” or “useless” sums up a whole person in one word.",
        (
            "I'm such an idiot.",
            "I am worthless.",
            "You're so dumb, why did you even try?",
            "I'm a terrible friend.",
            "im so pathetic lol",
            "I'm not good enough.",
        ),
        (
            "I'm not stupid, I was tired.",
            "I'm terrible at names, so I write them down.",
            "I'm a nurse and I work nights.",
            "I'm nothing like my dad.",
            "I'm crazy busy today.",
        ),
        before=r"\b(?:i'?m|i\s+am|i\s+was|i've\s+(?:always\s+)?been|i'll\s+(?:always\s+|forever\s+)?be"
        r"|i\s+will\s+(?:always\s+)?be|am\s+i|you're|youre|you\s+are|i\s+feel\s+like(?:\s+i'm)?"
        r"|i\s+must\s+be|i\s+guess\s+i'm|(?:makes|made|means|proves)\s+(?:that\s+)?(?:me|i'm)"
        r"|i\s+really\s+am)\s+" + INTENS,
        not_after=r"(?:think|thinks|thought|believe|believes|believed|say|says|said|told\s+me"
        r"|call\s+me|called\s+me|like)\s+(?:that\s+)?",
    ),
    TrapRule(
        "label_what_a",
        LABEL,
        r"\b(?:idiot|moron|loser|failure|fraud|joke|burden|coward|wimp|screw-?up|disappointment"
        r"|freak|liar|hypocrite|pushover|doormat|clown|nuisance|pest|embarrassment"
        r"|waste\s+of\s+space)\b",
        "Calling yourself a name like “idiot” judges the whole person, not the moment.",
        ("What a loser I am.", "Such an idiot.", "You idiot."),
        ("What a lovely day.", "Such a kind note from my friend."),
        before=r"\b(?:what\s+an?|such\s+an?|you(?:\s+(?:stupid|useless|pathetic|dumb|worthless"
        r"|lazy|ugly|weak|fat))?)\s+",
    ),
    TrapRule(
        "label_stupid_me",
        LABEL,
        r"\b(?:stupid|dumb|useless|pathetic|worthless)\s+me\b",
        "Calling yourself “stupid” judges the whole person, not the moment.",
        ("Stupid me, I forgot again.",),
        ("That was a stupid film, but fun.",),
    ),
    TrapRule(
        "label_name_call",
        LABEL,
        r"\b(?:idiot|stupid|moron|loser|pathetic|useless|dumb|worthless)\b",
        "Starting with a name like “idiot” judges the whole person, not the moment.",
        ("Idiot, why did I say that?", "Stupid, stupid, stupid.", "You idiot, you forgot again."),
        ("Stupidly happy today.", "That film was stupid, but fun."),
        before=r"(?:\byou\s+)?",
        not_after=r"\S\s*",
    ),
)
