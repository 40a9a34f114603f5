"""All-or-nothing, widened again: one slip that "blows" the lot, perfect-or-rubbish rules,
"back to square one", and "either … or I'm …" with no middle."""

from selftrust.language.trap_rules.shared import AON, LABEL_WORDS, TrapRule

# What a slip is said to have done to the whole effort.
_BLOWN = r"(?:blown|ruined|wrecked|shot|over|done|gone|bust|busted|knackered|screwed|stuffed)"
# A verdict with no middle ground, after "or" or after "it's".
_VERDICT = (
    r"(?:a\s+|an\s+|just\s+|total\s+|complete\s+|utter\s+|totally\s+|completely\s+|basically\s+"
    r"|still\s+|a\s+total\s+|a\s+complete\s+)*(?:pigsty|rubbish|trash|garbage|crap|shit|worthless"
    r"|useless|pointless|failed|failure|a\s+fail|fail|disaster|nothing|waste|joke|ruined|broken"
    r"|not\s+worth\s+(?:it|anything|doing)|no\s+good|bad|terrible|awful|a\s+mess|mess|a\s+write-off"
    r"|write-off|tip|a\s+tip|dump|a\s+dump|shambles|a\s+shambles|hovel|a\s+hovel)\b"
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "aon_might_as_well_after_slip",
        AON,
        r"\bmight\s+as\s+well\s+(?:just\s+)?(?:give\s+up|give\s+in|quit|stop|finish|eat|have|bin|scrap"
        r"|throw|forget|write|do\s+nothing|not\s+bother|start\s+(?:again|over)|pack|chuck|drink|binge"
        r"|keep\s+going|carry\s+on|smoke|spend|get\s+a\s+takeaway|order|blow|skip|cancel|ditch|stay\s+in"
        r"\s+bed|go\s+back\s+to\s+bed|pig\s+out|go\s+all\s+out|admit|accept|be)\b",
        "After one slip, “might as well” treats the whole effort as lost.",
        (
            "Ate one biscuit, so the diet's blown, might as well finish the packet.",
            "I missed one session, so I might as well give up on the gym.",
            "had a drink after six months sober, might as well keep going now",
        ),
        (
            "Missed the bus, so I might as well walk and enjoy the sun.",
            "It's raining, might as well stay in and read.",
            "The shop was shut, so we might as well walk home by the river.",
        ),
        before=r"\b(?:one|a\s+single|just\s+one|"
        + _BLOWN
        + r"|missed|slipped|skipped|cheated|drank"
        r"|had\s+a\s+(?:drink|smoke|cigarette|fag|bet|binge)|binged|used|gambled"
        r"|messed\s+up|screwed\s+up|already|broke|broken|lapsed|relapsed)\b[^.!?\n]{0,60}?",
    ),
    TrapRule(
        "aon_square_one",
        AON,
        r"\bsquare\s+one\b",
        "One hard day is counted as if all the progress before it were gone.",
        ("Two good days then one bad one, so I'm right back at square one.",),
        ("The board game sends you to the first square one at a time.",),
        before=r"\b(?:back|again|from|returned\s+to|reset\s+to)\s+(?:at\s+|to\s+)?",
        not_after=r"\b(?:not|never|isn't|wasn't|didn't|doesn't)\s+(?:right\s+)?",
        unless=r"\b(?:puzzle|game|recipe|pattern|drawing|board|fun|design)\b",
    ),
    TrapRule(
        "aon_undid_all_progress",
        AON,
        r"\b(?:zero\s+progress|(?:undone|undid|undoes|wiped\s+out|erased|cancel(?:s|led)?\s+out)\s+"
        r"(?:all|every\s+bit\s+of|everything|the\s+whole)(?:\s+(?:my|the|of\s+my))?(?:\s+(?:progress"
        r"|work|effort|recovery))?)\b",
        "One hard day is counted as if all the progress before it were gone.",
        ("One panic attack undid all my progress.", "Zero progress after all these months."),
        ("The sea wiped out all the sandcastles, and we built more.",),
        unless=r"\b(?:sandcastles?|chalk|drawing|board)\b",
    ),
    TrapRule(
        "aon_know_nothing",
        AON,
        r"\bknow\s+(?:absolutely\s+)?nothing\b(?!\s+(?:about|of|yet))",
        "Missing one part is taken to mean you know none of it.",
        ("I didnt get every question right so basically i know nothing",),
        ("I know nothing about cars, so I asked the mechanic.",),
        before=r"\b(?:so|means|then|basically|clearly|obviously|guess)\s+(?:basically\s+|clearly\s+"
        r"|obviously\s+|i\s+guess\s+)?(?:i\s+)?",
    ),
    TrapRule(
        "aon_perfect_or_rubbish",
        AON,
        r"\b(?:unless|if)\s+(?:it's|its|it\s+is|it\s+isn't|it's\s+not|i'm|im|i\s+am|i'm\s+not"
        r"|i\s+am\s+not|(?:the|my)\s+[a-z]+(?:'s|\s+is|\s+isn't|\s+is\s+not|\s+are|\s+aren't)"
        r"|everything(?:'s|\s+is)|i\s+(?:don't|can't)\s+(?:do|get|make)\s+it|i\s+(?:don't|dont|can't"
        r"|cant|do\s+not)?\s*(?:get|got|do|score|come))\s+(?:not\s+)?(?:perfect|spotless|flawless"
        r"|immaculate|100\s*%|a\s+hundred\s+percent|full\s+marks|top\s+marks|an?\s+a\b\*?|a\*|gold"
        r"|the\s+best|top"
        r"|first|exactly\s+right|just\s+right|amazing|brilliant|outstanding|perfectly)\b"
        r"[^.!?\n]{0,25}?(?:,\s*|\s+then\s+|\s+|\s*[—-]\s*)(?:then\s+)?(?:(?:it's|its|it\s+is|i'm"
        r"|im|i\s+am|that's|thats|it\s+was|it'll\s+be|they're|i've|i\s+might\s+as\s+well\s+be)\s+"
        + _VERDICT
        + r"|there's\s+no\s+point|why\s+bother|what's\s+the\s+point)",
        "Anything short of perfect gets the worst name, with nothing in between.",
        (
            "Unless the flat is spotless it's a pigsty.",
            "if it's not perfect it's rubbish",
            "If I'm not the best on the team, I'm useless.",
            "If my essay isn't perfect then it's a fail.",
        ),
        (
            "If it's not perfect, that's fine, it's a first go.",
            "If the weather is perfect, it's a beach day.",
        ),
        unless=r"\b(?:that's\s+(?:fine|okay|ok|alright)|it's\s+(?:fine|okay|ok)|still\s+good)\b",
    ),
    TrapRule(
        "aon_less_than_perfect",
        AON,
        r"\b(?:anything|something)\s+(?:less\s+than|short\s+of|under|below)\s+(?:perfect|100\s*%"
        r"|a\s+hundred\s+percent|the\s+best|first\s+place|first|top\s+marks|full\s+marks|an?\s+[a-z0-9*+]+)\s+"
        r"(?:is|means|=|counts\s+as|might\s+as\s+well\s+be|feels\s+like)\b|\bno\s+such\s+thing\s+as"
        r"\s+(?:[a-z]+\s+){0,2}enough\b|\bsecond\s+(?:best|place)\s+(?:is|=|means|might\s+as\s+well"
        r"\s+be)\s+(?:just\s+|basically\s+|the\s+same\s+as\s+)?(?:a\s+)?(?:losing|fail|failing"
        r"|failure|nothing|last|worthless|loser)\b",
        "Only the very top counts, so everything else gets the same low mark.",
        (
            "Anything less than an A is a fail.",
            "There's no such thing as tidy enough.",
            "Second place is just losing.",
        ),
        ("Anything less than an hour is fine for the walk.", "No such thing as a free lunch."),
        unless=r"\b(?:fine|okay|ok|alright|good\s+enough\s+for)\b",
    ),
    TrapRule(
        "aon_either_or_verdict",
        AON,
        r"\beither\s+(?:i'm|im|i\s+am|i|it's|it\s+is|it|i\s+get|i\s+do|it\s+goes|this\s+goes)\b"
        r"[^.!?\n]{0,50}?\bor\s+(?:else\s+)?(?:i'm|im|i\s+am|i've|i\s+have|it's|it\s+is|i|i'll\s+be"
        r"|it'll\s+be|it\s+was)?\s*(?:still\s+|just\s+|completely\s+|totally\s+|utterly\s+)*(?:"
        + LABEL_WORDS
        + r"|"
        + _VERDICT
        + r")",
        "“Either … or” leaves only two places to be, with nothing in between.",
        (
            "Either I'm fully healed or I'm still completely broken.",
            "either i nail this interview or i'm a total failure",
        ),
        ("Either I'll cook or we'll get a takeaway.", "Either way, I'm glad I went."),
    ),
    TrapRule(
        "aon_not_a_real_one_at_all",
        AON,
        r"\b(?:real|proper|true)\s+(?:[a-z]+\s+)?[a-z]+\s+at\s+all\b",
        "One missed time is taken to cancel out the whole of who you are to someone.",
        ("If I can't be there for her every single time, I'm not a real friend at all.",),
        (
            "I'm not a real fan of jazz at all.",
            "I'm not a good swimmer at all, so I stay near the side.",
        ),
        before=r"\b(?:i'm|im|i\s+am)\s+not\s+(?:a\s+|an\s+)?",
        unless=r"\b(?:fan|fond|keen|problem|worry|issue|bother|deal)\b",
    ),
    TrapRule(
        "aon_as_good_as_a_fail",
        AON,
        r"\bgood\s+as\s+(?:a\s+|an\s+)?(?:fail|failing|failure|nothing|losing|useless|worthless|an?\s+f)\b",
        "Anything short of the top is counted the same as the bottom.",
        ("A B is as good as a fail in my house.", "second is as good as losing"),
        ("It's as good as new after the repair.",),
        before=r"\bas\s+",
    ),
    TrapRule(
        "aon_failed_completely",
        AON,
        r"\b(?:failed|blown\s+it|ruined\s+it|wrecked\s+it|messed\s+it\s+up)\s+(?:completely|totally"
        r"|entirely|utterly|altogether)\b|\b(?:completely|totally|utterly|entirely)\s+(?:failed|blown\s+it"
        r"|blew\s+it|ruined\s+(?:it|everything)|screwed\s+(?:it\s+)?up|messed\s+(?:it\s+)?up)\b",
        "One slip is counted as the whole effort lost.",
        (
            "Had a cigarette after a month off, so I've failed completely.",
            "i totally blew it, ruined everything",
        ),
        ("The old printer failed completely, so we got a new one.",),
        before=r"\b(?:i've|ive|i\s+have|i|i'd|i\s+had)\s+(?:just\s+|now\s+)?",
    ),
    TrapRule(
        "aon_one_thing_dooms_the_whole",
        AON,
        r"\b(?:whole|entire)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|was|'s|will\s+be)\s+(?:doomed|ruined|over"
        r"|finished|pointless|wrecked|a\s+waste|a\s+write-off|a\s+disaster|out\s+the\s+window"
        r"|down\s+the\s+drain|up\s+in\s+smoke|blown|shot)\b",
        "One moment is given the power to decide the whole of it.",
        (
            "Had one argument with my partner so clearly the whole relationship is doomed.",
            "Forgot one thing on the list so the whole shop was a waste.",
        ),
        ("One of the tiles cracked, so we replaced the whole floor, and it looks lovely.",),
        before=r"\b(?:one|a\s+single|once)\b[^.!?\n]{0,60}?\b(?:so|and|now|which\s+means)\s+(?:clearly\s+"
        r"|obviously\s+|basically\s+)?(?:the\s+|my\s+|this\s+|our\s+)?",
    ),
)
