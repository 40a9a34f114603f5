"""Emotional reasoning: a feeling taken as proof."""

from selftrust.language.trap_rules.shared import (
    CONCLUSION,
    EMOTION,
    FEEL,
    LABEL_WORDS,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "emotion_feel_so_true",
        EMOTION,
        FEEL + r"[^.!?\n]{0,40}?(?:[,;:]\s*|\s+)(?:so|which\s+means|that\s+means|this\s+means"
        r"|it\s+means|means|that\s+proves|which\s+proves|this\s+proves|it\s+proves|proves"
        r"|therefore|then|and\s+that\s+means|must\s+mean)\s+" + CONCLUSION,
        "A feeling is being used as the proof that something is true.",
        (
            "I feel stupid, so I must be stupid.",
            "I feel guilty, which means I did something wrong.",
            "It feels true, so it must be true.",
            "I feel like a burden, so I probably am one.",
            "I feel unlovable, so nobody could love me.",
            "I feel hopeless, so there's no hope.",
            "I feel like I don't belong, so I don't.",
            "My body is tense, which means I'm not safe.",
        ),
        (
            "I feel tired, so I'll rest.",
            "i feel hungry so i'm making a sandwich",
            "I felt uneasy, so I left early, and I'm glad I listened to myself.",
        ),
        needs="so means mean proves therefore then",
    ),
    TrapRule(
        "emotion_feel_must_be",
        EMOTION,
        FEEL + r"[^.!?\n]{0,40}?(?:[,;:]\s*|\s+)(?:(?:if|when|because|since|so)\s+)?(?:(?:i|it"
        r"|that|this|they|he|she|everyone|something|things|(?:this|the|my)\s+[a-z]+)\s+"
        r"(?:[a-z]+\s+)?(?:must|has\s+to|have\s+to)\s+(?:be|have|mean)\b|i\s+(?:must|have\s+to)"
        r"\s+be\s+(?:(?:a|an|so|really)\s+)?" + LABEL_WORDS + r")",
        "How strong a feeling is, is being taken as proof of what is true.",
        (
            "I feel so ashamed, I must be a bad person.",
            "My stomach is in knots, I must have messed up.",
            "If I feel this scared it has to mean I'm in danger.",
            "I'm anxious about it, so it must be dangerous.",
        ),
        ("I feel so happy today.", "I feel nervous and I'm going anyway."),
        needs="must has have",
    ),
    TrapRule(
        "emotion_because_i_feel",
        EMOTION,
        r"\bfeel\b[^.!?\n]{0,30}?[,;]?\s*(?:then\s+)?(?:(?:things|everything|life|it|i|that)\s+"
        r"(?:really|truly|definitely|must)\s+(?:be|am|is|are)\b|" + CONCLUSION + r")",
        "The feeling and the fact are treated as the same thing.",
        (
            "Because I feel hopeless, things really are hopeless.",
            "Because I feel scared, the flat must not be safe.",
        ),
        ("Because I feel calm, I'll try the phone call now.",),
        before=r"\b(?:because|since|if|when)\s+i\s+(?:[a-z]+\s+)?",
        needs="because since if when",
    ),
    TrapRule(
        "emotion_feelings_are_facts",
        EMOTION,
        r"\bfeelings?\s+(?:are|is)\s+(?:facts?|never\s+wrong|the\s+truth)\b"
        r"|\bfeelings\s+don't\s+lie\b",
        "The feeling and the fact are treated as the same thing.",
        ("My feelings don't lie.", "Feelings are facts."),
        ("Feelings are information, not orders.",),
    ),
    TrapRule(
        "emotion_feel_x_so_x",
        EMOTION,
        r"\bfeel(?:s)?\s+(?:like\s+)?(?:i'm\s+|i\s+am\s+|an?\s+|so\s+|really\s+)?([a-z]+)\b"
        r"[^.!?\n]{0,30}?\b(?:so|which\s+means|that\s+means|means|proves|therefore)\s+(?:i'm"
        r"|i\s+am|i\s+must\s+be|i\s+really\s+am)\s+(?:(?:a|an|so|really|just)\s+)?\1\b",
        "The feeling and the fact are treated as the same thing.",
        ("I feel like I'm failing, so I'm failing.", "I feel worthless, so I am worthless."),
        ("I feel hungry, so I'm having a snack.",),
    ),
)
