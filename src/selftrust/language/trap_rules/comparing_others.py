"""Comparing, widened: how others seem to manage, set beside how you struggle."""

from selftrust.language.trap_rules.shared import COMPARE, FRIENDLY, TrapRule

# The people a comparison reaches for.
_THEM = (
    r"(?:everyone|everybody|other\s+people|others|all\s+my\s+friends|my\s+friends|people\s+my\s+age"
    r"|(?:my|her|his)\s+(?:[a-z]+\s+){0,2}?(?:sister|brother|cousin|friends?|mates?|pal|bestie"
    r"|colleague|colleagues"
    r"|coworker|coworkers"
    r"|classmates?|flatmate|neighbour|neighbor|ex|mum'?s\s+friend)|other\s+(?:[a-z]+\s+)?[a-z]+s)"
)
# How you are doing, in the second half of the comparison. The rule opens on these words, which
# are far rarer than "my" or "and", so everyday text seldom wakes it.
_STRUGGLING = (
    r"(?:stuck|struggling|barely|can\s+barely|failing|behind|mess|fall\s+apart|falling\s+apart"
    r"|can't\s+even|cant\s+even|don't\s+even|dont\s+even|haven't\s+even|havent\s+even"
    r"|can't\s+manage|nowhere|lost|clueless|confused|floundering|drowning|single|renting|skint|broke"
    r"|unemployed|alone|at\s+(?:my\s+)?(?:mum|mom|mam|parents|dad)(?:'s)?|living\s+with\s+my\s+(?:mum"
    r"|mom|parents|dad))"
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "compare_they_thrive_i_struggle",
        COMPARE,
        r"\b" + _STRUGGLING + r"\b",
        "It sets how others look from outside beside how you feel inside.",
        (
            "My flatmate runs marathons and I can barely get up the stairs.",
            "everyone at work got promoted while i'm stuck in the same role",
            "My cousin has two kids and a house; I can't even keep a plant alive.",
        ),
        (
            "My friends went out and I stayed in, which was lovely.",
            "My sister visited while I was resting, and it was nice.",
        ),
        before=r"\b" + _THEM + r"\b[^.!?\n]{0,90}?(?:\b(?:while|and|but|whereas|meanwhile)|[;,—-])"
        r"\s*(?:i'm|i\s+am|im|i)\s+(?:still\s+|just\s+|a\s+)?",
        unless=FRIENDLY,
        needs=(
            "everyone everybody other others friends friend people sister brother cousin mate mates"
            " pal bestie colleague colleagues coworker coworkers classmate classmates flatmate"
            " neighbour neighbor ex"
        ),
    ),
    TrapRule(
        "compare_faster_than_me",
        COMPARE,
        r"\b(?:faster|quicker|further\s+(?:ahead|along)|sooner)\s+than\s+(?:me|i\s+(?:am|do|did|can))\b",
        "It measures your healing against someone else's pace.",
        (
            "Other people recover so much quicker than me.",
            "my classmates are healing faster than i am",
        ),
        (
            "The bus got there faster than me on my bike.",
            "She runs faster than me, and she coaches me.",
        ),
        before=r"\b(?:heal|heals|healing|healed|recover|recovers|recovering|recovered|learn|learns"
        r"|learning|cope|copes|coping|progress|progresses|progressing|moving\s+on|move\s+on"
        r"|moved\s+on|getting\s+better|get\s+better|getting\s+over\s+it)\s+(?:so\s+much\s+|much\s+"
        r"|way\s+|a\s+lot\s+|far\s+)?",
        # "learn" is left out here on purpose: learning slower is the very comparison.
        unless=r"(?:teach|taught|inspir|happy\s+for|glad\s+for|proud\s+of|coach)",
    ),
    TrapRule(
        "compare_everyone_else_easily",
        COMPARE,
        r"\belse\b[^.!?\n]{0,50}?\b(?:straight\s+away|right\s+away|so\s+easily|easily"
        r"|first\s+time|no\s+problem|without\s+trying|has\s+it\s+(?:all\s+)?together"
        r"|has\s+their\s+life\s+together|seems\s+(?:fine|happy|okay|to\s+cope)|copes|manages)\b",
        "It sets how others look from outside beside how you feel inside.",
        (
            "Everyone else at the course understood it first time.",
            "everybody else has it all together",
        ),
        ("Everyone else arrived first time, we were lost.", "Someone else can do it, no problem."),
        before=r"\b(?:everyone|everybody)\s+",
        unless=r"\bwe\s+were\b",
    ),
    TrapRule(
        "compare_same_thing_theyre_fine",
        COMPARE,
        r"\bsame\s+(?:stuff|thing|things|course|class|situation|childhood|job|as\s+me)\b"
        r"[^.!?\n]{0,40}?\b(?:she's|he's|they're|they\s+are|she\s+is|he\s+is)\s+(?:totally\s+"
        r"|completely\s+|just\s+)?(?:fine|okay|ok|doing\s+(?:fine|great|well)|thriving|over\s+it"
        r"|happy)\b",
        "It sets someone else's path beside yours as if they were the same road.",
        (
            "My brother had the same childhood and he's doing great, so it must be me.",
            "she went through the same thing and she's fine",
        ),
        ("We did the same course and she's happy to share notes with me.",),
        unless=FRIENDLY + r"|\bshare\b",
    ),
)
