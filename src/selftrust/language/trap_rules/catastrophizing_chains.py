"""Catastrophizing, widened: one setback followed all the way to the worst ending."""

from selftrust.language.trap_rules.shared import CATASTROPHE, TrapRule

_FUTURE_ME = r"(?:'ll|\bwill|\bgoing\s+to|\bgonna)\s+(?:definitely\s+|probably\s+|just\s+)?"

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "catastrophe_end_up_alone",
        CATASTROPHE,
        r"\b(?:alone|own|nobody(?:\s+left)?|no\s+one(?:\s+left)?|noone(?:\s+left)?|nothing"
        r"|no\s+friends\s+left)\b"
        r"(?!\s+(?:left\s+)?to\s+(?:read|do|eat|watch|wear))",
        "It follows one hard moment all the way to the worst ending.",
        (
            "She didn't text back, so I'll end up completely alone.",
            "if he leaves i'll have nobody left at all",
        ),
        (
            "I'll be alone tonight, which I'm looking forward to.",
            "I'll end up with nothing left to read.",
        ),
        before=_FUTURE_ME
        + r"(?:end\s+up|be\s+left|have|die)\s+(?:completely\s+|totally\s+|all\s+)?"
        r"(?:with\s+|on\s+my\s+)?",
    ),
    TrapRule(
        "catastrophe_come_crashing_down",
        CATASTROPHE,
        r"\b(?:crashing\s+down|crash\s+down|apart|collapse|crumble|under|pieces|destroyed)\b",
        "It follows one setback all the way to the worst ending.",
        (
            "I missed one payment and now everything is going to come crashing down.",
            "one complaint and the whole shop will go under",
        ),
        (
            "The old bridge will collapse if they don't fix it.",
            "The tent will fall apart in the wash.",
        ),
        before=r"\b(?:everything|it\s+all|my\s+(?:whole\s+)?(?:life|future|career|world|business"
        r"|family|plans?)|the\s+whole\s+[a-z]+|all\s+of\s+it)\s+(?:is\s+|'s\s+)?(?:going\s+to"
        r"|gonna|will)\s+(?:just\s+|all\s+)?(?:come\s+|fall\s+(?:to\s+)?|go\s+|be\s+)?",
    ),
    TrapRule(
        "catastrophe_life_is_over",
        CATASTROPHE,
        r"\b(?:over|gone|ruined|finished|destroyed|done\s+for)\b",
        "It turns one setback into the end of everything.",
        ("One bad exam and my future is gone.", "lost the contract, my career is finished"),
        ("My shift is over, time for tea.", "The holiday is over and I feel rested."),
        before=r"\b(?:my\s+(?:whole\s+)?(?:life|future|career|world|chances)|everything|it's\s+all"
        r"|it\s+is\s+all)\s+(?:is|are|'s|will\s+be|is\s+going\s+to\s+be|would\s+be)\s+(?:completely"
        r"\s+|totally\s+|all\s+|basically\s+|just\s+|now\s+)?",
    ),
    TrapRule(
        "catastrophe_lose_my_job_over",
        CATASTROPHE,
        r"\blose\s+(?:my\s+)?(?:job|flat|house|home|kids|children|everything|everyone|all\s+my"
        r"\s+friends|my\s+place)\s+(?:over|because\s+of)\s+(?:this|a|one|that|it|the)\b",
        "A small slip is followed all the way to the worst ending.",
        ("I'll lose my flat over this late payment.", "gonna lose everyone because of one rant"),
        ("I won't lose sleep over this.",),
        before=_FUTURE_ME,
    ),
    TrapRule(
        "catastrophe_now_im_going_to_lose",
        CATASTROPHE,
        r"\blose\s+(?:my\s+)?(?:job|flat|house|home|kids|children|everything|everyone|all\s+my"
        r"\s+friends|my\s+place)\b",
        "A small slip is followed all the way to the worst ending.",
        ("Sent the email to the wrong person and now I'm going to lose my job.",),
        ("Now I'm going to lose weight, slowly, with walks.",),
        before=r"\bnow\s+(?:i'm|i\s+am|i'll|i\s+will|im)\s+(?:going\s+to\s+|gonna\s+|probably\s+"
        r"|definitely\s+|surely\s+)*",
    ),
    TrapRule(
        "catastrophe_and_then_chain",
        CATASTROPHE,
        r"\bthen\s+(?:they|i|we|he|she|everyone|it|my\s+[a-z]+)(?:'ll|\s+will|\s+won't|'m\s+going"
        r"\s+to|\s+are\s+going\s+to)\s+[a-z]+[^.!?\n]{0,60}?\band\s+(?:then\s+)?(?:they|i|we|he"
        r"|she|the\s+[a-z]+|everyone|it|my\s+[a-z]+)(?:'ll|\s+will|\s+won't|'d|\s+would)\b",
        "One setback is followed, step by step, all the way to the worst ending.",
        (
            "If I miss the train I'll be late and then they'll fire me and I'll lose the flat.",
            "i'll fluff the call, and then she'll tell the boss and we'll lose the client",
        ),
        ("We'll eat, and then we'll see a film and I'll drive home.",),
        before=r"\band\s+|,\s*",
        unless=r"\b(?:film|movie|dinner|walk|eat|lunch|tea|holiday)\b",
    ),
)
