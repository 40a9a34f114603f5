"""All-or-nothing, widened: one slip turns the whole thing into a write-off."""

from selftrust.language.trap_rules.shared import AON, TrapRule

# What a whole day, plan or piece of work gets called when one part went less well.
_WRITE_OFF = (
    r"(?:ruined|a\s+(?:total\s+|complete\s+)?waste|wasted|(?:a\s+)?(?:total\s+|complete\s+)?"
    r"write[\s-]?off|blown|pointless|garbage|rubbish|worthless|trash|a\s+(?:total\s+)?disaster)"
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "aon_whole_thing_written_off",
        AON,
        r"\b(?:whole|entire)\s+(?:[a-z']+\s+){0,2}?(?:is|was|'s|are|were)\s+(?:now\s+|just\s+"
        r"|basically\s+|completely\s+|totally\s+|officially\s+)*" + _WRITE_OFF + r"\b",
        "One part that went badly is made to stand for the whole thing.",
        (
            "I burned the toast so the whole morning was ruined.",
            "Missed one class and the entire term is a write-off.",
            "Forgot one line, so the whole speech was pointless.",
        ),
        ("The whole team was tired but we finished.", "The whole cake was gone by noon, yum."),
    ),
    TrapRule(
        "aon_total_write_off",
        AON,
        r"\b(?:total|complete|completely|totally|utterly)\s+(?:a\s+)?(?:write[\s-]?off"
        r"|waste\s+of\s+(?:time|a\s+day|a\s+week|space)|waste|blown|tip|wreck|washout|bust)\b",
        "“Total” leaves no room for the parts that went fine.",
        (
            "skipped the gym once so my plan is completely blown",
            "Had one argument and the holiday is a total write off.",
            "Unless the kitchen is gleaming, it's a total tip.",
        ),
        (
            "That film was a bit of a waste of money.",
            "The old shed is a complete wreck, we'll fix it.",
        ),
        before=r"(?:\b(?:is|was|am|are|were|day|week|plan|diet)|'s)\s+(?:now\s+|just\s+|basically\s+)?"
        r"(?:a\s+)?",
        not_after=r"\b(?:shed|car|house|garden|building|film|movie|van|boat|bike)\s+",
    ),
    TrapRule(
        "aon_not_perfect_then_worthless",
        AON,
        r"\b(?:perfect|flawless|spotless)\b[^.!?\n]{0,30}?\b(?:it's|its"
        r"|it\s+is|i'm|im|i\s+am|then\s+it's|they're|that's|then\s+i'm|then)\s+(?:just\s+|basically\s+"
        r"|a\s+)?(?:garbage|worthless|useless|trash|rubbish|pointless|a\s+waste|nothing|a\s+failure"
        r"|failed|a\s+mess|a\s+joke|total\s+[a-z]+)\b",
        "Anything short of perfect is counted as nothing, with no middle ground.",
        (
            "if my report isnt perfect its rubbish",
            "If the room isn't spotless then it's a mess.",
            "If the cake is not flawless it's a failure.",
        ),
        ("It isn't perfect and it's still lovely.", "Not perfect, it's fine, we laughed a lot."),
        before=r"\b(?:isn't|isnt|is\s+not|aren't|wasn't|not|unless\s+(?:it's|it\s+is|i'm|i\s+am"
        r"|the\s+[a-z]+\s+is|my\s+[a-z]+\s+is))\s+(?:completely\s+|totally\s+)?",
    ),
    TrapRule(
        "aon_not_fully_sure_then_lost",
        AON,
        r"\b(?:sure|certain|confident)\b[^.!?\n]{0,40}?\b(?:then|so|which\s+means|means)\s+(?:i\s+)?"
        r"(?:clearly|obviously|must|really|just|totally|have\s+no|don't\s+know|know\s+nothing)\b",
        "Only being completely sure counts, so any doubt looks like knowing nothing.",
        (
            "If I'm not totally sure about the flat then I clearly don't know what I want.",
            "if im not 100% certain, that means i know nothing about it",
        ),
        ("I'm not fully sure, so I'll sleep on it.", "Not completely sure yet, and that's okay."),
        before=r"\b(?:not|never)\s+(?:100%|a\s+hundred\s+percent|totally|completely|absolutely"
        r"|fully|perfectly)\s+",
    ),
    TrapRule(
        "aon_only_counts_if_all",
        AON,
        r"\bonly\s+(?:counts|matters|worth\s+it|good\s+enough|a\s+success|okay|ok)\s+if\b"
        r"[^.!?\n]{0,60}?\b(?:every|totally|completely|perfect(?:ly)?|all|always|100%|entirely"
        r"|fully|never)\b",
        "It sets the bar at all or nothing, so most days can never count.",
        (
            "A walk only counts if I do the full five miles every time.",
            "My day only matters if I finish everything on the list, totally.",
        ),
        ("The offer only counts if you book by Friday.", "It only matters if it matters to me."),
    ),
    TrapRule(
        "aon_either_or_failed",
        AON,
        r"\beither\b[^.!?\n]{0,60}?\bor\s+(?:else\s+)?(?:i've\s+|i\s+have\s+|i'm\s+|im\s+|it's\s+"
        r"|its\s+|it\s+is\s+|i\s+|it\s+was\s+)?(?:totally\s+|completely\s+|just\s+)?(?:failed"
        r"|a\s+failure|useless|pointless|worthless|nothing|a\s+waste|garbage|rubbish|a\s+mess"
        r"|a\s+write[\s-]?off)\b",
        "“Either this or I've failed” leaves only two boxes.",
        (
            "Either I lose the weight by summer or I've failed.",
            "the new job is either amazing or it's pointless",
        ),
        ("Either tea or coffee is fine.", "We can either walk or take the bus, both are fine."),
    ),
    TrapRule(
        "aon_no_point_in_any_of_it",
        AON,
        r"\bpoint\s+(?:in\s+)?(?:[a-z]+ing\s+)?(?:any\s+of\s+(?:it|them)|it\s+at\s+all"
        r"|at\s+all|anything\s+at\s+all|the\s+rest)\b",
        "If the whole of it can't be done, none of it is allowed to count.",
        (
            "If I can't run the whole way, there's no point running at all.",
            "can't do all of my exercises so there's no point in any of it",
        ),
        ("There's no point rushing, we have time.", "Is there a point to this meeting?"),
        before=r"\bno\s+",
    ),
)
