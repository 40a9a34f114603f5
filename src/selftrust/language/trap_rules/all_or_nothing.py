"""All-or-nothing: only two boxes, perfect or worthless."""

from selftrust.language.trap_rules.shared import (
    AON,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "aon_perfect_or_else",
        AON,
        r"\b(?:perfect(?:ly|ion)?|flawless(?:ly)?|best)\b",
        "The word “perfect” set as the only good result leaves no room for “good enough”.",
        (
            "If it's not perfect it's worthless.",
            "It has to be flawless or I won't hand it in.",
            "If I can't do it perfectly, there's no point.",
            "Anything short of perfect is a fail.",
        ),
        (
            "It doesn't have to be perfect to be worth doing.",
            "The weather was perfect.",
            "If it's not perfect, that's fine, it's a first go.",
        ),
        before=r"\b(?:(?:has|have|had|needs?|needed|got)\s+to\s+be|must\s+be|gotta\s+be"
        r"|(?:if|unless)\s+(?:it's|it\s+is|it\s+was|i'm|i\s+am|i\s+was|they're|everything\s+is"
        r"|everything's|this\s+is|that's|i\s+do\s+it|it\s+goes|i\s+can't\s+do\s+it"
        r"|i\s+don't\s+do\s+it)(?:\s+not)?|anything\s+less\s+than|less\s+than|short\s+of)\s+"
        r"(?:the\s+)?",
        not_after=r"(?:doesn't|don't|does\s+not|do\s+not|didn't|won't|no\s+need\s+to|not)\s+",
        # "…and that's fine" lets the imperfect be good enough: the opposite of the trap.
        unless=r"\b(?:that's|it's|that\s+is|it\s+is)\s+(?:fine|ok|okay|alright)\b|\bstill\s+(?:good|fine"
        r"|tasty|lovely)\b",
    ),
    TrapRule(
        "aon_perfect_or_nothing",
        AON,
        r"\b(?:perfect|perfectly|flawless|best)\s+or\s+(?:[a-z']+\s+){0,2}?(?:nothing|worthless"
        r"|useless|pointless|not\s+at\s+all|a\s+failure|garbage|trash|rubbish|don't\s+bother)\b",
        "“Perfect or nothing” leaves only two boxes, with no room for good enough.",
        ("It's perfect or nothing.", "It's the best or it's worthless."),
        ("It was perfect or close to it, and I enjoyed it.",),
    ),
    TrapRule(
        "aon_no_point_at_all",
        AON,
        r"\bpoint\s+(?:[a-z']+\s+){1,4}?at\s+all\b",
        "“No point at all” unless it's done fully leaves only two boxes.",
        ("If I can't run the full 10k, there's no point running at all.",),
        ("There's no point at all in rushing, so I'll take my time.",),
        before=r"\bno\s+",
    ),
    TrapRule(
        "aon_either_or",
        AON,
        r"\beither\b[^.!?\n]{0,60}?\bor\b[^.!?\n]{0,30}?\b(?:nothing|not\s+at\s+all|at\s+all"
        r"|over|worthless|useless|pointless|a\s+failure|a\s+waste|ruined|no\s+point|give\s+up"
        r"|quit|never|loser|idiot|stupid|a\s+mess|terrible|don't\s+bother|why\s+bother|garbage"
        r"|trash|done|no\s+business|dumbest|the\s+worst|zero\s+point)\b",
        "“Either … or” with nothing in between splits things into two boxes.",
        (
            "Either I get this job or my career is over.",
            "I either nail this or I'm done.",
            "I'm either amazing at it or useless.",
        ),
        ("Either tea or coffee is fine with me.", "Either way, I'll have a nice evening."),
    ),
    TrapRule(
        "aon_no_in_between",
        AON,
        r"\b(?:between|middle\s+ground|grey\s+area|gray\s+area|nothing)\b",
        "Saying there is no middle ground leaves only two boxes.",
        ("I'm amazing at it or useless, there's no in between.", "It's all or nothing for me."),
        ("I found a middle ground with my sister.", "There's nothing in the fridge."),
        before=r"\b(?:no\s+(?:in[\s-]+)?|all\s+or\s+)",
    ),
    TrapRule(
        "aon_whole_thing_spoiled",
        AON,
        r"\b(?:ruined|wasted|waste|pointless|worthless|useless|meaningless|undone|write-?off"
        r"|failure|fail|garbage|trash|rubbish|flop|bust)\b",
        "One part going badly is being read as the whole thing being spoiled.",
        (
            "I ate one cookie so the whole diet is ruined.",
            "One bad comment and the entire presentation was a waste.",
            "I said one wrong word and the whole talk was a flop.",
        ),
        ("My whole family came for dinner and it was lovely.", "The whole day felt calm."),
        before=r"\b(?:whole|entire|all|everything|every\s+bit\s+of)\b[^.!?\n]{0,40}?[\s-]",
    ),
    TrapRule(
        "aon_all_for_nothing",
        AON,
        r"\b(?:nothing|drain)\b",
        "One slip is being read as making all the rest count for nothing.",
        ("I relapsed once so all that work meant nothing.", "All that effort went down the drain."),
        ("All of it was nothing like I feared.",),
        before=r"\b(?:whole|entire|all|everything|every\s+bit\s+of)\b[^.!?\n]{0,30}?\b(?:for"
        r"|meant|means|counts?\s+for|down\s+the)\s+",
    ),
    TrapRule(
        "aon_undid_it_all",
        AON,
        r"\b(?:ruined|wasted|undid|undone|threw\s+away|thrown\s+away|blew|destroyed|wrecked"
        r"|erased|wiped\s+out|cancell?ed\s+out)\s+(?:it\s+)?(?:all|everything|the\s+whole"
        r"|the\s+entire|all\s+of)\b",
        "One slip is being counted as undoing everything that came before.",
        ("I missed one day so I've ruined all my progress.", "I blew it all with one drink."),
        ("I ruined the cake, so we had ice cream.", "I wasted an hour on my phone, oh well."),
    ),
    TrapRule(
        "aon_complete_verdict",
        AON,
        r"\b(?:complete|total|utter|absolute|totally|completely|utterly|absolutely|entirely)\s+"
        r"(?:[a-z]+\s+)?(?:failure|failed|flop|waste|write-?off|loser|fraud|joke|mess|disaster"
        r"|idiot|useless|worthless|pointless|hopeless|ruined|wasted|incompetent|inadequate"
        r"|pathetic|screwed|wreck|trainwreck|catastrophe|unlovable|unfixable|meaningless)\b",
        "Words like “complete” or “total” turn a hard moment into a final verdict.",
        ("I'm a complete failure at everything.", "The day is completely wasted now."),
        ("I totally forgot it was Friday, ha.", "We had a complete meal for once."),
    ),
    TrapRule(
        "aon_never_enough",
        AON,
        r"\benough\b",
        "“Not good enough” sets a bar that moves every time you reach it.",
        (
            "Nothing I do is ever good enough.",
            "Anything less than an A means I'm not good enough.",
            "It's never enough.",
        ),
        ("It's good enough for today.", "Is that good enough? I think so."),
        before=r"\b(?:never|not|isn't|wasn't|aren't|nothing|none\s+of\s+(?:it|this|that)|ain't)\b"
        r"[^.!?\n]{0,20}?\bgood\s+|\bnever\s+(?:be\s+)?",
    ),
    TrapRule(
        "aon_one_slip_decides",
        AON,
        r"\b(?:(?:makes|made|means|proves)\s+(?:that\s+)?(?:me|i'm|i\s+am|i)\s+(?:a|an|such|so"
        r"|completely|totally|the)|ruined|ruins|wasted|undoes|undid|cancels|erases)\b",
        "One moment is being given the power to decide everything.",
        (
            "I snapped at my son once today, which makes me a terrible parent.",
            "I missed one day so I've ruined my progress.",
        ),
        ("I made one mistake and I fixed it.", "I went once and it made me smile."),
        before=r"\b(?:once|one\s+(?:[a-z]+\s+)?(?:mistake|slip|error|time|cookie|drink|day|thing"
        r"|comment|setback|lapse))\b[^.!?\n]{0,40}?\b(?:which|that|so|and|now)\s+(?:[a-z']+\s+)?",
    ),
    TrapRule(
        "aon_might_as_well",
        AON,
        r"\b(?:might|may)\s+as\s+well\s+(?:just\s+)?(?:have\s+)?(?:[a-z]+\s+)?(?:nothing"
        r"|not\s+bother|give\s+up|quit|not\s+have|not\s+try|failed|stop|eat\s+the\s+whole"
        r"|finish\s+the\s+whole|throw\s+(?:it|the\s+whole|everything)|start\s+over|forget\s+it"
        r"|not\s+go)\b",
        "“Might as well” can throw away the part that went fine.",
        (
            "I got a B. Might as well have gotten nothing.",
            "One slip, so I might as well quit.",
            "my diet is blown so i may as well eat the whole cake",
        ),
        ("Might as well enjoy the sun while it's out.",),
    ),
    TrapRule(
        "aon_so_worthless",
        AON,
        r"\b(?:useless|pointless|worthless|wasted|ruined|garbage|waste|write-?off|nothing"
        r"|rubbish|trash|failure|meaningless|loss|flop)\b",
        "A small slip is being read as making the whole thing worthless.",
        (
            "I didn't finish my list so today was useless.",
            "It had one typo, so it was garbage.",
            "The day started badly so it's completely wasted now.",
        ),
        ("I was tired so the walk was short.", "So the café was closed, we went to the park."),
        before=r"\b(?:so|which\s+means|that\s+means|means|now|and\s+now)\b[^.!?\n]{0,30}?\b(?:is"
        r"|was|are|were|s)\s+(?:(?:basically|completely|totally|just|now|all|officially)\s+)?"
        r"(?:a\s+(?:total\s+)?|for\s+)?",
    ),
    TrapRule(
        "aon_so_i_failed",
        AON,
        r"\b(?:failed|blew\s+it|wasted\s+(?:it|everything|the\s+whole))\b",
        "One missed part is being read as failing the whole thing.",
        (
            "I got one answer wrong, so I basically failed.",
            "Got 89 percent, so basically I failed.",
        ),
        ("I was slow, so I failed to catch the bus, ha.",),
        before=r"\bso\s+(?:(?:basically|clearly|obviously|technically)\s+i\s+|i\s+(?:basically|totally"
        r"|completely|might\s+as\s+well\s+have|just)\s+)",
    ),
    TrapRule(
        "aon_achieved_nothing",
        AON,
        r"\b(?:(?:achieved|accomplished)\s+anything|achieved\s+nothing)\b",
        "It counts only the finish line and none of the steps before it.",
        ("Unless I lose all the weight, I haven't achieved anything.", "I've achieved nothing."),
        ("I achieved a lot this week.",),
    ),
    TrapRule(
        "aon_same_as_failing",
        AON,
        r"\b(?:same|bad)\s+as\s+(?:failing|a\s+fail|failure|nothing|an\s+f|losing|zero)\b",
        "Treating “not top marks” as the same as failing leaves only two boxes.",
        ("A 90 is the same as failing.", "Second place is as bad as losing."),
        ("It's the same as last year.",),
        before=r"\b(?:is|are|was|s)\s+(?:basically\s+|just\s+)?(?:the\s+|as\s+)",
    ),
    TrapRule(
        "aon_only_worth_if",
        AON,
        r"\b(?:worth\s+(?:something|anything)|matter|count|lovable|acceptable)\s+(?:if|when)\b",
        "It makes your worth depend on one condition being met.",
        ("I'm only worth something if I'm productive.", "I only matter when I'm useful."),
        ("It only matters if you want it to.",),
        before=r"\b(?:only|just)\s+",
        not_after=r"\bit\s+",
    ),
)
