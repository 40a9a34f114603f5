"""Fortune telling, widened: the ending told as if it were already known."""

from selftrust.language.trap_rules.shared import FORTUNE, TrapRule

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "fortune_no_way_i_will",
        FORTUNE,
        r"\b(?:way|chance|hope)\s+(?:in\s+hell\s+)?(?:(?:i|they|he|she|it|this|anyone|anybody|we)"
        r"(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'d|\s+could|\s+can|\s+would)|ill"
        r"|the\s+[a-z]+\s+(?:makes?|gets?|survives?|lasts?))\s+(?!miss|forget|skip|let)",
        "It treats a guess about what comes next as already settled.",
        (
            "There's no way I'll get the flat.",
            "no way they'd hire someone like me",
            "There's no way this will work out.",
            "There's no chance I'll pass.",
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
    TrapRule(
        "fortune_ill_probably_relapse",
        FORTUNE,
        r"\b(?:relapse|stuff\s+(?:[a-z]+\s+){0,2}up|muck\s+(?:[a-z]+\s+){0,2}up|cock\s+(?:[a-z]+\s+){0,2}"
        r"up|balls\s+(?:[a-z]+\s+){0,2}up|flunk|choke|crash\s+and\s+burn|fluff|botch|bottle\s+it"
        r"|slip\s+back|fall\s+off\s+the\s+wagon|sacked|kicked\s+out|ghosted|knocked\s+back|binned"
        r"|caught\s+out)\b",
        "The words say how it will go as if it were already known.",
        (
            "I'll probably relapse by next month anyway.",
            "Reckon I'll stuff up the footy tryouts.",
            "im gonna choke on the day, just watch",
        ),
        (
            "I used to relapse a lot; now I ask for help sooner.",
            "I'll stuff the peppers with rice.",
        ),
        before=r"\b(?:i'll|ill|i\s+will|it'll|they'll|i'm\s+(?:going\s+to|gonna|bound\s+to|sure\s+to)"
        r"|im\s+(?:going\s+to|gonna|bound\s+to)|i\s+am\s+(?:going\s+to|bound\s+to)|i\s+know\s+i'll"
        r"|i'd|i\s+would)\s+(?:probably\s+|prob\s+|probs\s+|defo\s+|deffo\s+|prolly\s+|probly\s+|likely\s+|definitely\s+|just\s+|only\s+|totally\s+|end\s+up\s+"
        r"|completely\s+|def\s+|100%\s+)*(?:get\s+)?",
    ),
    TrapRule(
        "fortune_bet_they_will",
        FORTUNE,
        r"\b(?:bet|betting|guarantee|knowing\s+my\s+luck|watch)\b"
        # "I bet they think I'm a mess" guesses a thought, not an outcome (mind reading).
        r"(?![^.!?\n]{0,30}\b(?:think|thinks|reckon|reckons|thought)\b)[,\s]+(?:you\s+)?(?:anything\s+|money"
        r"\s+|my\s+life\s+)?(?:that\s+)?(?:they|he|she|it|the\s+[a-z]+|my\s+[a-z]+|everyone|nobody"
        r"|no\s+one|i|i'll|they'll|he'll|she'll|it'll|we'll|we)\b[^.!?\n]{0,40}?\b(?:turns?\s+(?:us"
        r"|me|it|them)\s+down|says?\s+no|rejects?|hates?|laughs?|won't|will\s+not|never|cancels?"
        r"|dumps?|leaves?|ignores?|fails?|goes\s+wrong|falls?\s+through|be\s+(?:a\s+)?(?:disaster"
        r"|awful|terrible|rubbish)|mess|screw|stuff|ghosts?|blanks?|sacks?|fires?|gets?\s+(?:worse"
        r"|cancelled)|rains?|breaks?\s+down|goes\s+(?:badly|pear)|says?\s+it's\s+(?:serious|bad|cancer"
        r"|terminal|over))\b",
        "A bet on the worst outcome treats a guess as already settled.",
        (
            "Bet the landlord turns us down for the flat.",
            "Knowing my luck, it'll rain on the day.",
            "i guarantee they'll say no",
        ),
        (
            "I bet she'll love the cake.",
            "Watch the kettle, it's nearly boiled.",
            "I bet the neighbours think I'm a mess.",
        ),
    ),
    TrapRule(
        "fortune_i_just_know_it",
        FORTUNE,
        r"\b(?:know\s+it|tell|words|watch|see|coming)(?=\s*(?:[.!?,;]|$))",
        "“I just know it” treats a guess about what comes next as already settled.",
        ("The biopsy will come back bad, I know it.", "they're gonna say no, mark my words"),
        ("It'll be a lovely day, I know it.", "I'll get there in the end, you'll see."),
        before=r"(?:'ll|\bwill|\bgoing\s+to|\bgonna|\bwon't|\bnever)\s+[^.!?\n]{0,40}?\b(?:bad|badly"
        r"|wrong|worse|fail\w*|no|not|never|hate|leave|reject\w*|disaster|awful|terrible|horrible|mess"
        r"|ruin\w*|lose|dump\w*|positive|cancer|sack\w*|fire[ds]?)\b[^.!?\n]{0,30}?[,;—-]?\s*"
        # The closing words, which the pattern leaves out so it opens on a rarer word.
        r"(?:i\s+(?:just\s+)?|i\s+can\s+(?:just\s+)?|mark\s+my\s+|you\s+|just\s+|you'll\s+"
        r"|i\s+can\s+feel\s+it\s+)",
    ),
)
