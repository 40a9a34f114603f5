"""Labeling, widened: the label said as an exclamation or tucked at the end."""

from selftrust.language.trap_rules.shared import (
    LABEL,
    LABEL_ADJS,
    LABEL_NOUNS,
    LABEL_PHRASES,
    LABEL_WORDS,
    TrapRule,
    alt,
)

# Nouns that turn an adjective into a verdict on the whole person ("useless mess").
_PERSON = (
    r"(?:mess|idiot|person|fool|loser|failure|wreck|disaster|excuse\s+for\s+a\s+[a-z]+|"
    + LABEL_PHRASES
    + r")"
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "label_what_a_thing_i_am",
        LABEL,
        r"\b(?:" + alt(LABEL_ADJS) + r"\s+)?(?:" + alt(LABEL_NOUNS) + r"|" + _PERSON + r")\s+"
        r"(?:that\s+|which\s+)?i\s+(?:am|was|really\s+am)\b(?!\s+(?:at|about|with|in|to|for)\b)",
        "It sums up a whole person in one word.",
        (
            "What a hopeless idiot I am.",
            "sat in the car crying like the useless wreck i am",
            "Cried over a parking ticket, what a drama queen I am.",
        ),
        ("What a lovely morning I had.", "the mess I was in last year is behind me now"),
        before=r"\b(?:what\s+an?|like\s+the|like\s+an?|such\s+an?|the)\s+(?:[a-z]+\s+)?",
        needs="am was",
    ),
    TrapRule(
        "label_what_a_label",
        LABEL,
        r"\bwhat\s+an?\s+(?:[a-z]+\s+){0,2}?(?:" + alt(LABEL_NOUNS) + r"|" + LABEL_PHRASES + r")"
        r"(?=\s*(?:[.!?,;]|$))",
        "It sums up a whole person in one word.",
        ("Locked myself out again, what a clumsy idiot.", "what an absolute loser"),
        ("What a mess the storm made of the garden.", "What a joke that film was, we laughed."),
        not_after=r"\b(?:film|movie|show|game|match|day|storm|weather)\b[^.!?]{0,20}",
    ),
    TrapRule(
        "label_thats_what_i_am",
        LABEL,
        LABEL_WORDS + r"[,.!\s-]+(?:that's|that\s+is|thats)\s+(?:(?:what|all|who)\s+i\s+am\b"
        r"|me(?=\s*(?:[.!?,;]|$)))",
        "It sums up a whole person in one word.",
        (
            "Useless, that's what I am.",
            "a total fraud, thats all i am",
            "Such a wet blanket, that's me.",
        ),
        ("Curious, that's what I am, always asking.",),
        needs="that thats",
    ),
    TrapRule(
        "label_the_slow_one",
        LABEL,
        r"\bone\b(?!\s+(?:who|that)\s+(?:brought|made|cooked|drove|organised|organized))",
        "It hands you a fixed role in one word, as if it were all of you.",
        ("I'm the stupid one in my family.", "always the weird one at parties"),
        ("I'm the quiet one at parties, and I like it that way.", "I'm the tall one."),
        before=r"\b(?:i'm|i\s+am|im|i\s+was|always|just)\s+the\s+(?:stupid|dumb|slow|useless"
        r"|broken|weird|difficult|problem|failure|awkward|annoying|lazy|weak|pathetic|crazy"
        r"|messed[\s-]up|ugly|fat|boring|screw[\s-]?up|disappointing)\s+",
        unless=r"\band\s+i\s+like\s+it\b",
        needs=(
            "stupid dumb slow useless broken weird difficult problem failure awkward annoying"
            " lazy weak pathetic crazy messed ugly fat boring screw screwup disappointing"
        ),
    ),
    TrapRule(
        "label_what_kind_of_person",
        LABEL,
        r"\bwhat\s+(?:kind|sort|type)\s+of\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:"
        + alt(LABEL_NOUNS)
        + r"|person"
        r"|mother|mum|mom|father|dad|parent|friend|wife|husband|daughter|son|human|grown\s+woman"
        r"|grown\s+man|adult)\s+(?:forgets|does|can't|cannot|doesn't|would|is|says|leaves|ignores"
        r"|loses|snaps|shouts|misses|needs|cries|gets)\b",
        "A question like this sums up a whole person from one moment.",
        (
            "What kind of idiot forgets her own kid's birthday?",
            "what sort of mother snaps at a baby",
        ),
        ("What kind of person is she, do you know?", "What sort of dog is that?"),
        not_after=r"\b(?:asked|wonder|wondered|know|knew)\s+",
        unless=r"\bdo\s+you\s+know\b",
    ),
    TrapRule(
        "label_i_suck",
        LABEL,
        r"\bsucks?\b(?!\s+at\s+(?!life|everything|being|people))(?=\s*(?:[.!?,;]|$|\s+at\b|\s+lol|\s+so\s+much))",
        "“I suck” sums up a whole person in two words.",
        ("I suck at life.", "i just suck lol"),
        ("I suck at darts, but it's fun.", "This weather sucks."),
        before=r"\b(?:i|i\s+just|i\s+really|i\s+totally|i\s+honestly|you|you\s+just)\s+",
    ),
)
