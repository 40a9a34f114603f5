"""Emotional reasoning, widened: a feeling taken as proof through "so" or "obviously"."""

from selftrust.language.trap_rules.shared import EMOTION, TrapRule

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "emotion_feel_so_obviously",
        EMOTION,
        r"\b(?:feel|feels|felt|feeling|anxious|scared|nervous|afraid|ashamed|guilty|embarrassed"
        r"|overwhelmed)\b[^.!?\n]{0,40}?(?:,\s*|\s+)(?:so\s+|which\s+means\s+|that\s+means\s+"
        r"|means\s+|therefore\s+)?(?:it's|its|it\s+is|i'm|im|i\s+am|i|this\s+is|that's|everyone"
        r"|they|it|this)\s+(?:obviously|clearly|definitely|surely|must\s+(?:be|deserve|look|have"
        r"|mean|seem|really))\b(?!\s+(?:need|needs|have\s+to|has\s+to|want|should|ought|leave"
        r"|go|rest|listen|trust|take|stop|ask|tell))",
        "A feeling is taken as proof of a fact, when a feeling is real without being evidence.",
        (
            "I feel nervous about the interview so it's obviously a mistake to go.",
            "Because I feel so lost, I clearly can't run my own life.",
            "I feel guilty, so I must deserve to be left out.",
        ),
        (
            "I feel uneasy around him, so I'm leaving early.",
            "I feel unsafe here so I clearly need to go home.",
            "Felt anxious, so I must remember to breathe slowly.",
        ),
        needs="obviously clearly definitely surely must",
    ),
    TrapRule(
        "emotion_i_can_feel_it",
        EMOTION,
        r"\bfeel\s+it(?:\s+in\s+my\s+(?:bones|gut|body|chest|stomach))?(?=\s*(?:[.!?,;]|$))",
        "A feeling about what is coming is taken as proof of it.",
        ("Something bad is going to happen, I can feel it.", "it'll all go wrong, i can feel it"),
        (
            "Something is off about the flat, I can feel it, so I'm not signing.",
            "My back is sore, I can feel it.",
        ),
        before=r"\b(?:coming|happen|wrong|bad|badly|last|over|ruined|disaster)\b[^.!?\n]{0,12}?"
        r"[,;—-]\s*i\s+(?:can\s+|just\s+)?(?:just\s+)?",
    ),
    TrapRule(
        "emotion_feeling_so_surely",
        EMOTION,
        r"\b(?:surely|means|mean|obviously)\s+(?:that\s+)?(?:something|it|this|that|things|everything|i|they|he|she|the\s+[a-z]+)\b[^.!?\n]{0,30}?"
        r"\b(?:bad|wrong|terrible|awful|horrible|dangerous|going\s+to|will|must|off)\b",
        "A feeling in the body is taken as proof that something bad is real.",
        (
            "I'm feeling very tensed since morning, surely something bad will happen today itself.",
            "got a knot in my stomach, so surely it's going to go badly",
        ),
        ("I'm feeling tense, surely a walk will help.", "Feeling nervous, which means I care."),
        before=r"\b(?:feel|feels|felt|feeling|gut|stomach|chest|tense|tensed|uneasy|on\s+edge"
        r"|jittery|dread|panicky|bad\s+feeling|vibe|vibes|anxious|nervous|scared|shaky)\b"
        r"[^.!?\n]{0,60}?[,;—-]?\s*(?:so\s+|then\s+|and\s+)?(?:which\s+|that\s+|it\s+|this\s+"
        r"|must\s+|so\s+)?",
    ),
)
