"""Disqualifying the positive, widened: a good moment handed to anyone but you."""

from selftrust.language.trap_rules.shared import DISCOUNT, TrapRule

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "discount_nothing_to_do_with_me",
        DISCOUNT,
        r"\b(?:fun|well|great|good|nice|lovely|happy|smiled|laughed|liked|loved|thanked|praised"
        r"|passed|worked|won|enjoyed|glad|proud)\b[^.!?\n]{0,50}?\bbut\s+(?:that|it|this|they"
        r"|she|he|that's|it's)\s+(?:had|has|have|was|is|'s)?\s*(?:got\s+)?nothing\s+to\s+do\s+with"
        r"\s+me\b",
        "It hands the credit for a good moment to anything but you.",
        (
            "The party went well, but that had nothing to do with me.",
            "My son smiled at breakfast but it was nothing to do with me",
        ),
        ("The storm was awful, but it had nothing to do with me.", "It was lovely and I helped."),
    ),
)
