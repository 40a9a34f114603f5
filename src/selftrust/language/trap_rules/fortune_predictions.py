"""Fortune telling, widened: the ending told as if it were already known."""

from selftrust.language.trap_rules.shared import FORTUNE, TrapRule

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "fortune_no_way_i_will",
        FORTUNE,
        r"\bway\s+(?:i|they|he|she|it|this|anyone|anybody|we)(?:'ll|\s+will|'m\s+going\s+to"
        r"|\s+am\s+going\s+to|'d|\s+could|\s+can|\s+would)\s+(?!miss|forget|skip|let)",
        "It treats a guess about what comes next as already settled.",
        (
            "There's no way I'll get the flat.",
            "no way they'd hire someone like me",
            "There's no way this will work out.",
        ),
        ("There's no way I'll miss your birthday!", "No way I'd forget that, it was lovely."),
        before=r"\bno\s+",
    ),
    TrapRule(
        "fortune_theyll_brush_me_off",
        FORTUNE,
        r"\b(?:ll|will|are\s+going\s+to|is\s+going\s+to|are\s+gonna|is\s+gonna)\s+(?:just\s+"
        r"|probably\s+|definitely\s+|only\s+|obviously\s+)?(?:brush\s+(?:it|me)\s+off"
        r"|laugh\s+at\s+me|think\s+i'm|think\s+less\s+of\s+me|hate\s+me|reject\s+me|ignore\s+me"
        r"|dismiss\s+me|judge\s+me|not\s+believe\s+me|get\s+(?:sick|tired|bored)\s+of\s+me"
        r"|be\s+(?:disappointed|angry|furious|annoyed)\s+(?:in|with|at)\s+me|say\s+no|turn\s+me\s+down"
        r"|tell\s+me\s+(?:off|i'm\s+(?:wrong|overreacting|making\s+it\s+up))|leave\s+me)\b",
        "It tells the other person's answer before they have given it.",
        (
            "If I ask for help the nurse will just brush me off.",
            "if i tell them about the panic they'll laugh at me",
            "They will say no, I know it.",
        ),
        ("The nurse will call me on Monday.", "They'll say no to cake, they're full."),
        before=r"\b(?:she|he|they|you|people|everyone|everybody|my\s+[a-z]+|the\s+[a-z]+)(?:'|\s+)",
        unless=r"\b(?:cake|pudding|dessert|seconds)\b",
    ),
    TrapRule(
        "fortune_good_wont_last",
        FORTUNE,
        r"\blast\b(?!\s+(?:till|until|to|through|past|the|a|more|long|night|week|year|month|forever))",
        "It decides that a good stretch is bound to end before it has.",
        ("This happy spell won't last.", "feeling calm today but it won't last, it never does"),
        ("The milk won't last past Friday.", "The paint will last years."),
        before=r"\b(?:this|it|the\s+(?:good|calm|peace|quiet)|happiness|peace|calm|good\s+things"
        r"|spell|luck)\s+(?:won't|will\s+not|never|isn't\s+going\s+to|can't|is\s+not"
        r"\s+going\s+to)\s+",
        unless=r"\b(?:milk|bread|battery|batteries|paint|food|fruit|stock|ink|fuel)\b",
    ),
    TrapRule(
        "fortune_something_bad_coming",
        FORTUNE,
        r"\bsomething\s+(?:bad|terrible|awful|horrible|dreadful)\s+(?:is\s+(?:coming|going\s+to"
        r"\s+happen|about\s+to\s+happen|on\s+its\s+way)|will\s+happen|'s\s+(?:coming|going\s+to"
        r"\s+happen)|is\s+bound\s+to\s+happen)\b",
        "It treats a guess about what comes next as already settled.",
        ("Things are going well, so something terrible is coming.", "something awful will happen"),
        ("Something bad happened at work today and I handled it.",),
    ),
)
