"""Overgeneralizing, widened: one time read as how it always goes."""

from selftrust.language.trap_rules.shared import HARM, OVER, TrapRule

# How things turn out, in the words of someone who expects it to go badly again.
_GOES_BADLY = (
    r"(?:go(?:es)?\s+(?:wrong|badly|sideways|south|pear[\s-]shaped|nowhere|the\s+same\s+way)"
    r"|fall(?:s)?\s+(?:through|apart|flat)|end(?:s)?\s+(?:the\s+same(?:\s+way)?|badly|in\s+tears"
    r"|with\s+me\s+(?:on\s+my\s+own|alone|hurt))|turn(?:s)?\s+out\s+(?:badly|the\s+same|wrong)"
    r"|blows?\s+up|backfires?)"
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "over_always_goes_badly",
        OVER,
        r"\balways\s+" + _GOES_BADLY + r"\b",
        "One more time it went badly is read as proof it always will.",
        (
            "My diets always fall through.",
            "Friendships always end the same way for me.",
            "My plans always go wrong.",
        ),
        ("The bread always goes stale by Friday.", "Always goes well when we plan ahead."),
        before=r"\b(?:it|this|things|they|my\s+[a-z]+|[a-z]+ships|plans)\s+",
    ),
    TrapRule(
        "over_how_it_always_goes",
        OVER,
        r"\balways\s+(?:goes|go|ends|happens|turns\s+out|is)(?:\s+for\s+me)?\b",
        "“This is how it always goes” turns one time into a rule for every time.",
        (
            "another job rejection, this is how it always goes for me",
            "Cancelled on again. It's what always happens.",
        ),
        ("This is how it always goes at the bakery, a queue by eight.",),
        before=r"\b(?:how\s+it|what|this\s+is\s+what|that's\s+what|it's\s+what)\s+",
        not_after=r"\b(?:bakery|shop|market|café|cafe|office)[^.!?]{0,20}",
        unless=r"\b(?:bakery|queue|traffic|weather)\b",
    ),
    TrapRule(
        "over_every_one_goes_badly",
        OVER,
        r"\bevery\s+(?:single\s+)?[a-z]+[^.!?\n]{0,30}?\b(?:goes|go|went|ends?|ended|turns?\s+out"
        r"|falls?|fell)\s+(?:badly|wrong|the\s+same(?:\s+way)?|sideways|south|apart|through"
        r"|in\s+tears|nowhere|flat)\b",
        "One hard outcome is spread over every time, past and future.",
        (
            "Every date I go on ends the same way.",
            "Every plan I make goes wrong, without exception.",
        ),
        ("Every dog at the park went home tired and happy.", "Every step went fine today."),
    ),
    TrapRule(
        "over_everything_i_touch_goes",
        OVER,
        r"\beverything\s+i\s+(?:touch|do|try|start|make|say|cook|plan)\s+(?:goes|turns|ends"
        r"|falls|gets)\s+(?:wrong|badly|sideways|to\s+(?:dust|ruin|mush)|south|apart|ruined"
        r"|messed\s+up|worse)\b",
        "It takes a few slips and spreads them over everything you do.",
        (
            "Everything I cook turns to mush.",
            "spilled the paint, everything I touch goes wrong",
        ),
        ("Everything I cook tastes of garlic, which I love.",),
    ),
    TrapRule(
        "over_i_ruin_everything",
        OVER,
        r"\beverything(?:\s+up)?\b(?!\s+(?:on|in|at|for|from|about)\b)",
        "One slip is made into a rule about everything you do.",
        ("I break everything, honestly.", "lost my bank card, I lose everything"),
        ("I forget everything on the shopping list unless I write it down.",),
        before=r"\bi\s+(?:always\s+|just\s+)?(?:forget|lose|break|ruin|spoil|wreck|mess\s+up"
        r"|get\s+wrong|mess|screw\s+up|drop)\s+",
    ),
    TrapRule(
        "over_cant_do_anything_without",
        OVER,
        r"\banything\s+(?:right\s+)?without\s+(?:messing|screwing|ruining|stuffing|mucking"
        r"|making\s+a\s+mess|getting\s+it\s+wrong|breaking|spoiling|dropping|burning|spilling"
        r"|forgetting|losing)\b",
        "One slip is read as proof that you can never get anything right.",
        (
            "Dropped a plate. I can't do anything without breaking something.",
            "i cant do anything without messing it up",
        ),
        ("I can't do anything without my glasses on.",),
        before=r"\b(?:can't|cant|cannot|never)\s+(?:even\s+)?(?:do|make|cook|say|try|get)\s+",
    ),
    TrapRule(
        "over_people_never_me",
        OVER,
        r"\b(?:people|everyone|everybody|nobody|no\s+one)\s+(?:just\s+|ever\s+|really\s+)?"
        r"(?:don't|doesn't|never|won't|always)\s+(?:ever\s+)?(?:takes?\s+me\s+seriously"
        r"|listens?\s+to\s+me|respects?\s+me|notices?\s+me|remembers?\s+me|walks?\s+all\s+over\s+me"
        r"|lets?\s+me\s+down|leaves?\s+me\s+out|forgets?\s+(?:about\s+)?me|picks?\s+me)\b",
        "One person's reply is spread over all people, for all time.",
        (
            "The shop ignored my complaint. People never take me seriously.",
            "Left off the invite again, everyone always forgets about me.",
        ),
        ("People don't take me seriously when I joke, and I like that.",),
        unless=r"\b(?:when\s+i\s+joke|and\s+i\s+like\s+that)\b",
    ),
    TrapRule(
        "over_they_always_do_this",
        OVER,
        r"\balways\s+(?:does|do)\s+(?:this|that)\b(?!\s+(?:stretch|dance|trick|song|thing\s+where))",
        "“Always” turns one evening into the whole of how someone is.",
        ("My brother interrupted me again, he always does this.", "She always does this to me."),
        ("He always does this stretch before a run.",),
        before=r"\b(?:she|he|they|you)\s+",
        # Naming a pattern of harm done to you is not a thinking trap.
        unless=HARM,
    ),
    TrapRule(
        "over_whenever_something_bad",
        OVER,
        r"\b(?:whenever|every\s+time)\s+i\b[^.!?\n]{0,70}?\bsomething\s+(?:bad|awful|terrible"
        r"|horrible)\s+(?:happens|comes\s+along|turns\s+up)\b",
        "A few hard times are made into a rule about what follows every good moment.",
        (
            "Every time I feel happy, something bad happens.",
            "whenever i rest something awful happens",
        ),
        ("Whenever I bake, something good happens in the kitchen.",),
    ),
)
