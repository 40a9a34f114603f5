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
    TrapRule(
        "catastrophe_lose_job_then_home",
        CATASTROPHE,
        r"\blose\s+(?:my|the|our)\s+(?:job|flat|house|home|kids|children|marriage|partner|husband|wife"
        r"|friends|place|visa|licence|license|business|income)\b[^.!?\n]{0,30}?\b(?:(?:and\s+then|then"
        r"|and)\s+(?:(?:we'll|i'll|we|i)\s+)?(?:(?:lose|lost)\s+)?(?:the|my|our)\s+(?:job|flat|house|home"
        r"|kids|children|marriage|partner|family|friends|car|life)|and\s+end\s+up\s+[a-z]+|and\s+(?:then"
        r"\s+)?everything)\b",
        "One setback is followed, step by step, all the way to the worst end.",
        ("If I mess up this email I'll lose my job and then the flat.",),
        (
            "I won't lose my job over this; I'll talk to my manager.",
            "If I lose my job I'll retrain, and then see.",
        ),
        not_after=r"\b(?:won't|wont|not|never|didn't|don't)\s+",
    ),
    TrapRule(
        "catastrophe_what_if_all_gone",
        CATASTROPHE,
        r"\b(?:gone|ruined|destroyed|wrecked|burned\s+down|burnt\s+down)(?=\s*(?:[.!?,;]|$|\s+forever"
        r"|\s+for\s+good|\s+and))",
        "A “what if” runs on to the worst ending as if it had already happened.",
        ("Forgot to lock the door, what if someone got in and took everything and it's all gone?",),
        ("What if the snow is gone by Sunday, we'll just walk instead.",),
        before=r"\bwhat\s+if\b[^.!?\n]{0,100}?\b(?:and\s+)?(?:it's|it\s+is|it'll\s+be|it\s+would\s+be"
        r"|it'd\s+be|everything's|everything\s+is|everything\s+will\s+be|it's\s+all|the\s+house\s+is"
        r"|the\s+house's|we're|we\s+are|i'm|my\s+life\s+is)\s+(?:all\s+|completely\s+|totally\s+)?",
        unless=r"\b(?:snow|rain|weather|queue|we'll\s+just|i'll\s+just)\b",
    ),
    TrapRule(
        "catastrophe_out_on_the_street",
        CATASTROPHE,
        r"\b(?:street|streets|ear|homeless|bankrupt|destitute|penniless|gutter|prison|jail)\b"
        r"(?!\s+(?:party|parties|market|food|festival|shelter))",
        "One setback is followed all the way to the worst end.",
        (
            "One missed payment and we'll be out on the street.",
            "if i lose this job ill end up homeless",
        ),
        (
            "I volunteer at the homeless shelter on Tuesdays.",
            "We'll be out on the street party till late.",
        ),
        before=r"(?:'ll|\bill|\bwill|\bgoing\s+to|\bgonna|\bwould|'d)\s+(?:[a-z]+\s+){0,2}?(?:be|end\s+up|wind"
        r"\s+up|finish\s+up|go)\s+(?:out\s+on\s+(?:the|our|my)\s+|in\s+(?:the\s+)?)?",
        needs="ll ill will going gonna would d",
    ),
    TrapRule(
        "catastrophe_probably_in_a_crash",
        CATASTROPHE,
        r"\b(?:crash|accident|dead|killed|kidnapped|attacked|collapsed|ditch|hospital)\b",
        "Someone being late is followed straight to the worst that could have happened.",
        ("He's late, he's probably been in a crash.", "she hasnt answered, what if shes dead"),
        ("The car was in a crash years ago, the dent shows.", "She's in hospital for a check-up."),
        before=r"\b(?:probably|must\s+have|must've|might\s+have|what\s+if\s+(?:he|she|they|he's|she's"
        r"|shes|hes|they've|they're|it's)|definitely|bet)\s+(?:been\s+|had\s+)?(?:(?:in|dead\s+in)\s+)?"
        r"(?:a\s+|an\s+)?",
    ),
    TrapRule(
        "catastrophe_never_work_again",
        CATASTROPHE,
        r"\bnever\s+(?:work|teach|drive|date|sing|perform|leave\s+the\s+house|go\s+out|recover|live\s+it"
        r"\s+down|be\s+the\s+same)\s+again\b|\bnever\s+(?:be\s+able\s+to\s+)?"
        r"(?:show|look)\s+(?:my\s+face|anyone\s+in\s+the\s+eye)\b|\bnever\s+(?:find|get)\s+(?:another"
        r"|a)\s+(?:job|flat|house|partner)\b",
        "One slip is followed all the way to a life that can never recover.",
        (
            "If I say the wrong thing I'll be fired and never work again.",
            "i'll never show my face there again",
        ),
        ("I'll never work on a Sunday again, I've decided.",),
        unless=r"\b(?:decided|promise|chose|choose)\b",
    ),
    TrapRule(
        "catastrophe_nowhere_to_live",
        CATASTROPHE,
        r"\bnowhere\s+to\s+(?:live|go|stay|sleep)\b|\bnothing\s+left\b",
        "One setback is followed all the way to losing everything.",
        (
            "If I don't get this flat we'll have nowhere to live.",
            "ill lose the job and have nothing left",
        ),
        ("There'll be nothing left of the cake, it's so good.",),
        before=r"(?:'ll|\bill|\bwill|\bwould|'d)\s+(?:[a-z]+\s+){0,5}?(?:have|be\s+left\s+with|end\s+up"
        r"\s+with)\s+",
        unless=r"\b(?:cake|pizza|food|biscuits|sweets)\b",
        needs="ll ill will would d",
    ),
)
