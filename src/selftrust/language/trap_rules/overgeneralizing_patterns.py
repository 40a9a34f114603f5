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
        r"|in\s+tears|nowhere|flat|with\s+me\s+(?:getting\s+|being\s+)?(?:let\s+go|dumped|left|fired|sacked"
        r"|alone|hurt|on\s+my\s+own|crying|in\s+tears))\b",
        "One hard outcome is spread over every time, past and future.",
        (
            "Every date I go on ends the same way.",
            "Every plan I make goes wrong, without exception.",
        ),
        ("Every dog at the park went home tired and happy.", "Every step went fine today."),
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
    TrapRule(
        "over_everything_i_touch_goes",
        OVER,
        r"\beverything\s+i\s+(?:touch|do|try|say|make|start|attempt|go\s+near|put\s+my\s+hands?\s+to"
        r"|care\s+about|love|cook|plan)\s+(?:always\s+)?(?:goes|go|turns|turn|ends|end|falls|fall|gets|get|is"
        r"|comes|come)\s+(?:up\s+)?(?:wrong|bad|badly|to\s+(?:shit|crap|dust|rubbish|custard|ruin"
        r"|pieces|mush)|sour|pear[\s-]shaped|up\s+in\s+(?:flames|smoke)|apart|ruined|a\s+mess|to\s+nothing"
        r"|rubbish|crap|shit|a\s+disaster|sideways|south|mush|messed\s+up|worse)\b",
        "It takes a few things that went badly and says it is everything, every time.",
        (
            "Why does everything I touch go wrong?",
            "everything i try turns to crap",
            "Everything I cook turns to mush.",
        ),
        (
            "Everything I planted came up in spring.",
            "Everything I make is a bit lopsided and I love it.",
        ),
    ),
    TrapRule(
        "over_i_always_do",
        OVER,
        r"\b(?:always|every\s+time)\s+(?:do|does|did|have|has|am|will|happens|happen)(?=\s*(?:[.!?,;)]"
        r"|$|lol|haha))",
        "“I always do” turns this one time into a rule about you.",
        ("Reckon I'll stuff up the footy tryouts, I always do.", "I'll mess it up, I always have."),
        ("I love Sundays, I always have.", "I'll bring a cake, I always do."),
        before=r"\b(?:mess|screw|stuff|fuck|ruin|fail|flunk|blow|lose|forget|wreck|muck|cock|bomb"
        r"|choke|freeze|panic|cry|snap|let|bottle|balls|botch)\w*\b[^.!?\n]{0,60}?\b(?:i|it|they"
        r"|that|this|he|she)\s+",
    ),
    TrapRule(
        "over_setback_constantly",
        OVER,
        r"\b(?:constantly|non-?stop|all\s+the\s+bloody\s+time)\b",
        "One hard morning becomes “constantly”, as if it were every time.",
        (
            "Lost my temper with the kids again, I lose it constantly.",
            "i mess up constantly",
        ),
        ("I check my emails constantly at work, it's part of the job.",),
        before=r"\b(?:lose|lost|mess|screw|forget|forgot|ruin|cry|snap|fail|drop|break|let|muck"
        r"|stuff|say\s+the\s+wrong)\w*\b[^.!?\n]{0,25}?",
        unless=r"\b(?:weather|love|enjoy|learning|practis|practic|improv|check)\w*",
    ),
    TrapRule(
        "over_every_day_is_like_this",
        OVER,
        r"\bevery\s+(?:single\s+)?(?:day|time|night|week|morning)\s+(?:is|it's|goes|ends)\s+(?:like"
        r"\s+this|the\s+same|a\s+(?:struggle|disaster|nightmare|battle|mess|write-off))\b",
        "One hard day becomes “every day”, as if there were no other kind.",
        ("I lose it with the kids, every day is like this.", "Every single day is a battle."),
        ("Every day is a new start.", "Every day is the same at the beach, and I love it."),
        unless=r"\b(?:love|enjoy|lovely|happy|glad)\b",
    ),
    TrapRule(
        "over_typical_me",
        OVER,
        r"\btypical(?:\s+me|\s+of\s+me)?\s*[,.!—-]+\s*[^.!?\n]{0,40}?\b(?:wrong|badly|ruin\w*|mess\w*"
        r"|screw\w*|fail\w*|again|always|never|forgot|lost)\b|\btypical\s+of\s+(?:me|my\s+life|my\s+luck)\b",
        "“Typical” turns one moment into a rule that always holds.",
        (
            "Typical, the one day I try, it goes wrong.",
            "typical me - forgot the tickets again",
            "This is so typical of my life.",
        ),
        ("Typical Sunday, tea and the papers.", "A typical day: work, walk, sleep."),
    ),
    TrapRule(
        "over_theyre_all_the_same",
        OVER,
        r"\b(?:they're|theyre|they\s+are|men\s+are|women\s+are|people\s+are|guys\s+are|you're|you\s+are)"
        r"\s+all\s+the\s+same\b(?=\s*(?:[.!?,;]|$|tbh|lol|honestly|really))",
        "A few people who hurt you are made to stand for everyone.",
        ("Every man I've dated has cheated, they're all the same.", "people are all the same tbh"),
        (
            "The puppies are lovely, they're all the same colour.",
            "They're all the same to me, pick one.",
        ),
    ),
)
