"""Fortune telling: the future told as if it were certain."""

from selftrust.language.trap_rules.shared import (
    FORTUNE,
    FUTURE,
    OUTCOME,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "fortune_will_go_badly",
        FORTUNE,
        r"\b(?:fail|mess(?:\s+[a-z]+)?\s+up|screw\s+(?:[a-z]+\s+)?up|ruin|blow\s+it|bomb"
        r"|go\s+(?:badly|wrong|horribly|terribly)|end\s+(?:badly|in\s+(?:disaster|tears)|up\s+(?:alone"
        r"|hurt|homeless|broke|on\s+the\s+street|with\s+nothing|like\s+(?:my|her|him|them)))"
        r"|hate\s+(?:me|it)|reject\s+me|leave\s+me|dump\s+me|laugh\s+at\s+me|judge\s+me|fire\s+me"
        r"|(?<=get\s)(?:fired|rejected|dumped|laughed\s+at|hurt|left\s+behind)"
        # "I'm going to say no" is the person's own choice, not a guess about someone else.
        r"|(?<!i'm\sgoing\sto\s)(?<!i\swill\s)(?<!\bi'll\s)(?<!\bll\s)say\s+no"
        r"|turn\s+me\s+down|lose\s+(?:my|everything|them|him|her|it\s+all|control)|embarrass"
        r"|humiliate|freeze|forget\s+everything|panic|regret"
        # Alone "this weekend" or "tonight" is a plan; alone with no end in sight is the guess.
        r"|(?<=be\s)alone(?!\s+(?:this|tonight|today|tomorrow|on|at|until|for\s+(?:a|the|an)))"
        r"|(?<=be\s)(?:awful|terrible"
        r"|horrible|rejected|miserable|lonely|stuck|homeless|single|unhappy|bad)|(?<=be\sa\s)(?:disaster"
        r"|mess|failure|waste)|(?<=be\sfor\s)nothing|(?:bored|tired|sick)\s+of\s+me"
        r"|see\s+(?:through\s+me|right\s+through|that\s+i|i'm|the\s+real\s+me)"
        r"|find\s+(?:me\s+out|out\s+(?:i'm|that\s+i|who\s+i))|reali[sz]e\s+(?:i|that\s+i|how)"
        r"|hurt\s+me|disappoint|let\s+(?:[a-z]+\s+)?down|awful|terrible|horrible|disaster|badly"
        r"|horribly|terribly|wrong|worse|fall\s+apart|(?<=make\sa\s)fool|look\s+(?:stupid"
        r"|like\s+an?\s+(?:idiot|fool)|dumb|ridiculous)|bad\s+news|break\s+up\s+with\s+me"
        r"|walk\s+out|give\s+up\s+on\s+me|say\s+something\s+(?:stupid|dumb|wrong|embarrassing"
        r"|awkward))\b",
        "The words say what will happen as if it were already known.",
        (
            "I'll mess up the presentation tomorrow.",
            "The interview is going to go badly.",
            "They're going to say no.",
            "tomorrow is going to be awful",
            "They'll realise I'm a fake.",
            "I'm sure the doctor will have bad news.",
            "They're definitely going to break up with me.",
            "I'll be single forever.",
        ),
        (
            "It's going to rain, so I'll bring an umbrella.",
            "We'll laugh about this later.",
            "I'll probably go to bed early tonight.",
            "I'll be alone this weekend, which I'm glad about.",
            "My gut says no, so I'm going to say no.",
        ),
        before=FUTURE + r"(?:[a-z']+\s+){0,3}?(?:be\s+(?:a\s+|for\s+)?|get\s+|make\s+a\s+)?",
        not_after=r"(?:don't\s+think|doesn't\s+mean|no\s+reason)\s+(?:[a-z']+\s+){0,2}",
        needs="ll will going gonna",
    ),
    TrapRule(
        "fortune_never_going_to",
        FORTUNE,
        r"\bnever\s+(?:ever\s+)?(?:going\s+to|gonna)\b"
        r"(?!\s+(?:forget|know|regret|get\s+tired\s+of|stop\s+loving))",
        "“Never going to” reads the future as if it were already written.",
        ("I'm never going to get the hang of this.", "It's never going to get better."),
        ("I'm never going to forget that sunset.",),
    ),
    TrapRule(
        "fortune_will_never",
        FORTUNE,
        r"\bnever(?:\s+ever)?\b(?!\s+(?:forget|know|regret|get\s+tired\s+of|stop\s+loving))",
        "“I'll never” reads the future as if it were already written.",
        ("I'll never get better.", "I will never find someone."),
        (
            "We'll never know, and that's fine.",
            "I'll never forget her kindness.",
            "I'll never work weekends again, that's my new rule.",
            "I'll never shop at that place again, they were rude.",
        ),
        before=r"(?:(?<=')ll|\bwill|\bill)\s+",  # "ill never": I'll typed without the apostrophe
        # A promise to yourself is a choice about the future, not a forecast.
        unless=r"\b(?:new\s+rule|my\s+rule|i've\s+decided|i\s+decided|promised?\s+myself|i\s+promise)\b"
        # "I'll never eat at that café again": a decision about a place, not a forecast.
        r"|\bnever\s+(?:eat|shop|order|buy|book|stay|fly|drink|visit|use|recommend|go\s+back)"
        r"\b[^.!?\n]{0,40}?\bagain\b",
    ),
    TrapRule(
        "fortune_wont_work",
        FORTUNE,
        r"\b(?:won't|wont|will\s+not)\s+(?:[a-z]+\s+)?" + OUTCOME,
        "“It won't work” decides the ending before it has happened.",
        ("Therapy won't help me.", "This new job won't work out.", "I won't get it."),
        ("This feeling won't last forever.", "I won't change my mind, I like this plan."),
    ),
    TrapRule(
        "fortune_not_going_to_work",
        FORTUNE,
        r"\b(?:going\s+to|gonna)\s+(?:[a-z]+\s+)?" + OUTCOME,
        "“It's not going to work” decides the ending before it has happened.",
        ("It's not going to work.", "They aren't going to like me."),
        ("I'm not going to work today, it's Sunday.",),
        before=r"(?:\bnot|n't)\s+",
    ),
    TrapRule(
        "fortune_no_point",
        FORTUNE,
        r"\bpoint\b",
        "“No point trying” settles how it ends before you have had a chance to find out.",
        ("There's no point applying, I won't get it.", "It's no point."),
        ("The point of the walk is the fresh air.",),
        before=r"\b(?:there's|there\s+is|it's|there\s+was)\s+no\s+",
    ),
    TrapRule(
        "fortune_no_point_trying",
        FORTUNE,
        r"\bpoint\s+(?:in\s+)?(?:trying|applying|asking|going|bothering|even)\b"
        r"|\bpoint(?=\s*(?:[.!?,;]|$|of\s+(?:even\s+)?trying|anymore|of\s+anything))",
        "“What's the point” settles how it ends before you have had a chance to find out.",
        ("No point in trying.", "What's the point?"),
        ("What's the point of this button? I'll ask.",),
        before=r"\b(?:no|what's\s+the)\s+",
    ),
    TrapRule(
        "fortune_why_bother",
        FORTUNE,
        r"\b(?:bother|try)(?:ing)?\b",
        "“Why bother” settles how it ends before you have had a chance to find out.",
        ("Why even try?", "Why bother?"),
        ("Why not try the soup?",),
        before=r"\bwhy\s+(?:even\s+)?",
    ),
    TrapRule(
        "fortune_doomed",
        FORTUNE,
        r"\b(?:pointless\s+(?:to\s+)?(?:try|trying|even)|doomed(?:\s+(?:to|from))?|bound\s+to\s+"
        r"(?:fail|go\s+wrong|mess|end\s+badly|screw|disappoint|be\s+(?:a\s+disaster|awful"
        r"|terrible))|matter\s+of\s+time\s+(?:before|until))\b",
        "“Doomed” or “bound to fail” speaks for a future that has not happened yet.",
        (
            "This relationship is doomed, I can tell.",
            "It's only a matter of time before I lose this job too.",
        ),
        ("It's a matter of taste.",),
    ),
    TrapRule(
        "fortune_nothing_will_change",
        FORTUNE,
        r"\bnothing\s+(?:good\s+)?(?:is\s+|'s\s+)?(?:ever\s+)?(?:going\s+to|gonna|will|'ll)\s+"
        r"(?:ever\s+)?(?:change|get\s+better|improve|work|help|come\s+of|happen|be\s+(?:okay|ok"
        r"|fine|different|good|better|enough|the\s+same))\b",
        "“Nothing will change” speaks for a future that has not happened yet.",
        ("Nothing is ever going to change.", "Nothing good will come of this."),
        ("Nothing will stop me having cake today.",),
    ),
    TrapRule(
        "fortune_no_one_will",
        FORTUNE,
        r"\b(?:nobody|noone|one|none)(?:\s+of\s+them)?(?:\s+is|'s)?\s+(?:ever\s+)?(?:going\s+to"
        r"|gonna|will|'ll)\s+(?:ever\s+)?(?:come|show\s+up|turn\s+up|want|love|like|care|hire"
        r"|choose|pick|date|marry|help|listen|understand|stay|call|miss\s+me|remember\s+me"
        r"|believe)\b",
        "“No one will” speaks for a future that has not happened yet.",
        ("No one is going to show up to my party.", "Nobody will ever hire me."),
        ("Nobody will notice the stain, it's fine.",),
        not_after=r"\b(?:any|some|that|this|every|the)\s+",
    ),
    TrapRule(
        "fortune_just_know_it",
        FORTUNE,
        r"\bknow\s+it\b",
        "“I just know it” treats a guess about the future as a fact.",
        ("I won't sleep tonight, I just know it.",),
        ("I just knew the words to that song.",),
        before=r"\bi\s+just\s+",
    ),
)
