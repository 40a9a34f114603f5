"""Should statements, widened: a rule held "no matter what"."""

from selftrust.language.trap_rules.shared import SHOULD, TrapRule

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "should_no_matter_what",
        SHOULD,
        r"\bno\s+matter\s+(?:what|how\s+(?:i\s+feel|bad|hard|tired|sick))\b",
        "A rule kept “no matter what” leaves no room for how you are doing today.",
        (
            "I have to stay cheerful at home no matter what.",
            "i must never cry in front of anyone no matter how bad it gets",
        ),
        ("I love my dog no matter what.", "No matter what happens, I'll try to rest on Sunday."),
        before=r"\b(?:must|have\s+to|has\s+to|need\s+to|should|got\s+to|gotta)\s+[^.!?\n]{0,40}?",
    ),
)
