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
        r"|mean|seem|really|not\s+(?:want|like|care|love|rate|need)))\b(?!\s+(?:need|needs"
        r"|have\s+to|has\s+to|want|should|ought|leave"
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
    TrapRule(
        "emotion_feel_proves",
        EMOTION,
        r"\b(?:feel|feels|felt|feeling)\b[^.!?\n]{0,40}?(?:,\s*|\s+)(?:which|that|and\s+that"
        r"|this|so\s+that|and\s+it)\s+(?:proves|confirms|is\s+(?:the\s+)?proof)\b",
        "A feeling is taken as proof, when a feeling is real without being evidence.",
        ("I feel stupid in the group, which proves I don't belong there.",),
        ("I felt calm at the dentist, which proves the breathing helps.",),
        needs="proves confirms proof",
        unless=r"\b(?:helps?|helped|works?|worked|progress|better|calm|calmer|safe|safer)\b",
    ),
    TrapRule(
        "emotion_feelings_dont_lie",
        EMOTION,
        r"\b(?:feelings|my\s+feelings|emotions|my\s+gut|the\s+gut|gut\s+feelings?|my\s+heart)"
        r"\s+(?:don't|dont|do\s+not|never|can't|cant|doesn't|doesnt|does\s+not)\s+lie\b"
        r"|\b(?:my\s+|the\s+)?gut(?:'s|\s+is)\s+(?:usually\s+right|always\s+right|never\s+wrong"
        r"|rarely\s+wrong)",
        "A feeling is treated as a fact, when a strong feeling can still miss part of the story.",
        (
            "i feel ugly today, and feelings dont lie",
            "My gut says I'm a bad father and the gut's usually right.",
        ),
        ("My gut is usually sore after dairy.",),
        unless=r"\b(?:but|therapist|counsellor|counselor|not\s+always|isn't\s+always)\b",
    ),
    TrapRule(
        "emotion_feel_so_fact",
        EMOTION,
        r"\bfeel\b[^.!?\n]{0,40}?(?:,\s*|\s+)so\s+(?:i\s+guess\s+|i\s+suppose\s+)?(?:that's"
        r"|thats|it's|its|it\s+is)\s+(?:just\s+)?(?:a\s+fact|true|the\s+truth|real)\b"
        r"|\bfeel\s+like\s+i\s+[a-z']+\b[^.!?\n]{0,30}?\s+so\s+i\s+(?:def|defo|definitely"
        r"|obviously|must\s+have|prob|probably)\s+(?:did|have|am|was)\b",
        "A feeling is taken as proof of a fact, when a feeling is real without being evidence.",
        (
            "i feel unlovable, so i guess thats just a fact about me",
            "i feel like i ruined the date so i def did",
        ),
        ("I feel like I left the oven on, so I went back to check.",),
        unless=r"\b(?:settled|happy|safe|calm|good|better|welcome|at\s+home|loved|proud)\b",
    ),
)
