"""Overgeneralizing: one time becomes every time."""

from selftrust.language.trap_rules.shared import (
    GAP,
    NOBODY_DOES,
    OVER,
    SETBACK,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "over_always_setback",
        OVER,
        r"\b(?:always|constantly|forever|whenever)\b" + GAP + r"\b" + SETBACK,
        "“Always” next to a setback can stretch one time into every time.",
        (
            "I always mess everything up.",
            "I'm always the one who gets left out.",
            "Whenever I trust someone, they end up hurting me.",
        ),
        (
            "I always enjoy my morning walk.",
            "They always save me a seat.",
            "I'm always the one who brings snacks, I love it.",
        ),
        unless=r"\bi\s+(?:love|like|enjoy)\s+(?:it|that|doing)\b",
    ),
    TrapRule(
        "over_every_time_setback",
        OVER,
        r"\btime\b" + GAP + r"\b" + SETBACK,
        "“Every time” next to a setback can stretch one time into every time.",
        (
            "Every time I try to speak up, it goes wrong.",
            "Each time I speak, I say the wrong thing.",
        ),
        ("Every time I bake, the house smells lovely.",),
        before=r"\b(?:every\s+(?:single\s+)?|each\s+|all\s+the\s+)",
    ),
    TrapRule(
        "over_setback_all_the_time",
        OVER,
        r"\btime\b",
        "“All the time” next to a setback can stretch one time into every time.",
        ("I mess up all the time.", "I let people down every single time."),
        ("I sing all the time and I love it.",),
        before=r"\b(?:mess(?:ed)?|screw(?:ed)?|fail(?:ing)?|ruin(?:ing)?|forget(?:ting)?|cry(?:ing)?"
        r"|panic(?:king)?|overreact(?:ing)?|disappoint(?:ing)?|let(?:ting)?|wrong|mistakes?)\b"
        r"[^.!?\n]{0,25}?\b(?:all\s+the|every(?:\s+single)?)\s+",
    ),
    TrapRule(
        "over_never_right",
        OVER,
        r"\bnever\s+(?:[a-z']+\s+){0,2}?(?:(?:anything|a\s+thing|things|it|one\s+thing|something)\s+"
        r"(?:right|useful|well|properly|worthwhile)|right|good\s+enough|works?(?:\s+out)?"
        r"|worked(?:\s+out)?|goes?\s+(?:well|right|my\s+way)|get\s+(?:it|anything|a\s+break|ahead"
        r"|picked|chosen)|finish|follow\s+through|stick\s+(?:to|with|around)|keep\s+(?:it\s+)?up|learn"
        r"|succeed|listens?|cares?|understands?|wants?\s+me|likes?\s+me|loves?\s+me|notices?\s+me"
        r"|calls?\s+me|invites?\s+me|asks?\s+me|remembers?\s+me|picks?\s+me|chooses?\s+me|win"
        r"|wins)\b",
        "“Never” turns some times into all times.",
        (
            "I never get anything right.",
            "Things never work out for me.",
            "I can never stick to anything.",
            "I never do anything useful.",
            "Dating never works for me.",
        ),
        (
            "I never miss my Sunday call with Gran.",
            "I never thought I'd enjoy gardening.",
            "I'll never work weekends again, that's my new rule.",
        ),
        unless=r"\b(?:new\s+rule|my\s+rule|i've\s+decided|i\s+decided|promised?\s+myself|i\s+promise)\b",
    ),
    TrapRule(
        "over_nothing_ever_works",
        OVER,
        r"\bnothing\s+(?:ever\s+)?(?:goes|works?|turns|went|worked|turned)\s+(?:out\b|right|well"
        r"|my\s+way)|\bnothing\s+good\s+ever\s+(?:happens|comes|lasts|works)",
        "“Nothing ever” turns some times into all times.",
        ("Nothing ever goes right for me.", "Story of my life, nothing ever goes my way."),
        ("Nothing went wrong today.",),
    ),
    TrapRule(
        "over_everything_going_wrong",
        OVER,
        r"\bwrong\b",
        "“Everything” stretches one bad stretch across your whole life.",
        ("Everything is going wrong and it will never stop.",),
        ("Nothing is going wrong today.",),
        before=r"\beverything\s+(?:is\s+|'s\s+|keeps\s+|always\s+)?(?:going|goes|went)\s+",
    ),
    TrapRule(
        "over_nobody_ever",
        OVER,
        r"\b(?:nobody|noone)\s+(?:[a-z']+\s+){0,2}?" + NOBODY_DOES,
        "“Nobody” sweeps every single person into one answer.",
        ("Nobody ever listens to me.", "nobody cares"),
        ("Nobody was at the pool this morning.",),
    ),
    TrapRule(
        "over_no_one_ever",
        OVER,
        r"\bone\s+(?:[a-z']+\s+){0,2}?" + NOBODY_DOES,
        "“No one” sweeps every single person into one answer.",
        ("No one will ever want me.", "no-one cares"),
        ("No one is perfect, and that's okay.", "That one likes the sun."),
        before=r"\bno[\s-]+",
        needs="no",
    ),
    TrapRule(
        "over_everyone_leaves",
        OVER,
        r"\b(?:leaves?\s+me|left\s+me(?!\s+a\b)|leaves?(?=\s*(?:[.!?,;]|$|in\s+the\s+end"
        r"|eventually))|abandons?\s+me|hates?\s+me|hurts?\s+me|uses?\s+me|lets?\s+me\s+down"
        r"|turns?\s+on\s+me|gets?\s+(?:tired|sick|bored)\s+of\s+me|getting\s+(?:tired|sick|bored)"
        r"\s+of\s+me|ends?\s+up\s+(?:leaving|hating|hurting|getting\s+(?:tired|sick|bored)\s+of)"
        r"|forgets?\s+(?:about\s+)?me|ignores?\s+me|rejects?\s+me|betrays?\s+me)\b",
        "“Everyone” or “people” makes a few hard times sound like a rule about all people.",
        (
            "People always leave me in the end.",
            "Everybody ends up getting tired of me.",
            "Everyone always leaves.",
            "Everyone I love eventually leaves.",
        ),
        ("My friends left me a voicemail.", "Everyone left early, so the studio was quiet."),
        before=r"\b(?:everyone|everybody|people|they|men|women|friends|all\s+of\s+them|they\s+all"
        r"|partners|guys|girls)\s+(?:[a-z']+\s+){0,3}?",
    ),
    TrapRule(
        "over_always_happens",
        OVER,
        r"\bhappen(?:s|ing)?\b(?!\s+(?:in|every)\s+(?:spring|summer|autumn|winter|the\s+spring))",
        "“This always happens” makes one event sound like a pattern with no exceptions.",
        ("This always happens to me.", "Why does this always happen?"),
        (
            "Good things always happen on Fridays.",
            "This always happens in spring, the garden goes wild.",
        ),
        before=r"\b(?:this|that|it|these\s+things|stuff\s+like\s+this|bad\s+things)\s+(?:[a-z]+\s+)?"
        r"(?:always|only\s+ever|keeps?)\s+|\bwhy\s+(?:does|do)\s+(?:this|it|that|bad\s+things)\s+"
        r"always\s+",
    ),
    TrapRule(
        "over_happens_every_time",
        OVER,
        r"\bhappens?\s+(?:to\s+me\s+)?every\s+(?:single\s+)?time\b|\bhappens?\s+to\s+me\s+always\b",
        "“Every time” makes one event sound like a pattern with no exceptions.",
        ("This happens every time.", "It happens to me every single time."),
        ("What happens next time is up to me.",),
    ),
    TrapRule(
        "over_always_happens_to_me",
        OVER,
        r"\bhappens?\s+to\s+me\b",
        "“Always happens to me” makes one event sound like a pattern with no exceptions.",
        ("Bad luck always happens to me.",),
        ("Good luck happened to me today.",),
        before=r"\balways\s+",
    ),
    TrapRule(
        "over_cant_do_anything_right",
        OVER,
        r"\bright\b",
        "“Anything” or “everything” stretches one moment across your whole life.",
        ("I burned dinner again, I can't do anything right.",),
        ("I can't do anything today, I'm resting.",),
        before=r"\b(?:can't|cannot|can\s+never|never|don't|doesn't|won't|couldn't)\s+(?:[a-z]+\s+)?"
        r"(?:do|get|say|make|handle)\s+(?:anything|everything|a\s+single\s+thing|one\s+thing"
        r"|something|things|nothing)\s+",
    ),
    TrapRule(
        "over_everything_i_touch",
        OVER,
        r"\beverything\s+i\s+(?:do|touch|try|make|say)\s+(?:[a-z]+\s+)?(?:is|turns|goes|ends"
        r"|falls|gets|comes\s+out)\s+(?:[a-z]+\s+)?(?:wrong|bad|to|into|apart|ruined|pointless"
        r"|worthless|useless|rubbish|garbage|badly|terrible|awful)\b",
        "“Everything” stretches one moment across your whole life.",
        ("Everything I touch turns to dust.",),
        ("Everything I cooked was tasty.",),
    ),
    TrapRule(
        "over_same_old",
        OVER,
        r"\b(?:story\s+of\s+my\s+life|typical\s+me|same\s+old\s+(?:me|story)|same\s+as\s+(?:always"
        r"|every\s+time)|here\s+we\s+go\s+again|every\s+single\s+time|over\s+and\s+over"
        r"(?:\s+again)?|again\s+and\s+again)\b",
        "Phrases like “typical me” or “over and over” make one moment feel like a life pattern.",
        ("I keep making the same mistakes over and over.", "Story of my life."),
        ("Same time next week?",),
    ),
    TrapRule(
        "over_like_every_other_time",
        OVER,
        r"\bother\s+time\b",
        "“Like every other time” makes one moment feel like a life pattern.",
        ("This is just like every other time.",),
        ("Some other time, maybe.",),
        before=r"\blike\s+every\s+",
    ),
    TrapRule(
        "over_i_keep",
        OVER,
        r"\bkeep\s+(?:on\s+)?(?:making|doing|messing|screwing|ruining|failing|losing"
        r"|getting\s+it\s+wrong|letting|hurting|picking|choosing|falling|ending\s+up|repeating)\b",
        "“I keep …” makes a few hard times sound like all of them.",
        ("I keep making the same mistakes.", "I keep picking the wrong people."),
        ("I keep a list of small wins on the fridge.",),
        before=r"\bi\s+(?:just\s+|always\s+)?",
    ),
    TrapRule(
        "over_ruin_every",
        OVER,
        r"\b(?:ruin|ruins|ruined|wreck|wrecks|mess\s+up|messes\s+up|screw\s+up|sabotage"
        r"|sabotages|destroy|destroys)\s+(?:every|everything|all)\b",
        "“Every” or “everything” stretches some hard times into all of them.",
        ("I ruin every good thing in my life.", "I sabotage everything."),
        ("I ruined the cake, but the meal was fine.",),
    ),
    TrapRule(
        "over_every_one_of_them",
        OVER,
        r"\bevery\s+(?:single\s+)?[a-z]+\b[^.!?\n]{0,30}?\b(?:failed|fails|ended\s+badly"
        r"|ends\s+badly|ruined|went\s+wrong|goes\s+wrong|falls?\s+apart|fell\s+apart|dies|died"
        r"|hurt\s+me|hurts\s+me|left\s+me|leaves\s+me|blew\s+up|flopped|a\s+disaster|a\s+mess)\b",
        "“Every” stretches some hard endings into all of them.",
        ("Every relationship I've had has failed.", "Every plant I buy dies."),
        ("Every morning I water the plants.",),
    ),
)
