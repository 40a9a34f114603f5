"""Personalizing, widened: something outside your control traced back to you."""

from selftrust.language.trap_rules.shared import PERSONAL, TrapRule

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "personal_all_down_to_me",
        PERSONAL,
        r"\bdown\s+to\s+me\b(?!\s+(?:to\s+(?:choose|decide|pick)|now|whether|if|what|which|how))",
        "It puts the whole cause of something on you, when many things played a part.",
        (
            "My daughter is anxious and that's all down to me.",
            "the team missed its target, all down to me",
        ),
        (
            "None of it was ever down to me, it's their fault.",
            "It's down to me to choose the film tonight.",
        ),
        before=r"\b(?:all|entirely|totally|completely|100%|that's|thats|it's|its|it\s+is|it\s+was"
        r"|that\s+was)\s+(?:all\s+)?",
        not_after=r"\b(?:none\s+of\s+it\s+(?:was|is)\s+(?:ever\s+)?|not\s+|never\s+)",
    ),
    TrapRule(
        "personal_if_id_been_better",
        PERSONAL,
        r"\bbeen\s+(?:a\s+)?(?:better|good|nicer|smarter|quieter|stronger|easier|calmer|more\s+[a-z]+"
        r"|less\s+[a-z]+)\b[^.!?\n]{0,50}?\b(?:wouldn't|would\s+not|would\s+never|would\s+still"
        r"|might\s+not|wouldn't\s+have|would\s+have\s+stayed)\b",
        "It makes you the cause of what other people chose to do.",
        (
            "If I'd been a quieter child, Mum wouldn't have left.",
            "if i had been nicer he would still be around",
        ),
        ("If I'd been better rested, I would have enjoyed the trip more.",),
        before=r"\bif\s+(?:only\s+)?(?:i'd|i\s+had|id)\s+(?:just\s+)?",
        unless=r"\b(?:rested|prepared|earlier|organised|organized)\b",
    ),
    TrapRule(
        "personal_somehow_responsible",
        PERSONAL,
        r"\bresponsible\b(?!\s+for\s+(?:my|our)\s+(?:own|choices|actions|part|kids|children))",
        "It takes on the weight of something that was not yours to control.",
        (
            "My friend's flight was delayed and somehow I feel responsible.",
            "i feel totally responsible for the storm ruining it",
        ),
        (
            "I feel responsible for my own choices, and that's okay.",
            "She's responsible for the budget.",
        ),
        before=r"\b(?:somehow\s+(?:i\s+)?(?:feel|felt|am)|(?:feel|felt)\s+(?:so\s+|totally\s+"
        r"|completely\s+|entirely\s+))\s*",
    ),
    TrapRule(
        "personal_because_i_was_there",
        PERSONAL,
        r"\bbecause\s+(?:of\s+(?:me|my\s+(?:mistakes?|presence|being\s+there|bad\s+luck))|i\s+(?:went"
        r"|came|was\s+there|showed\s+up|watched|turned\s+up|joined|was\s+(?:watching|involved)))\b",
        "It makes you the cause of something that had many causes.",
        (
            "The concert got cancelled because I went.",
            "The shop is closing, probably because of my mistakes.",
            "we lost the quiz because i came",
        ),
        (
            "We won the quiz because I came with the music round sorted.",
            "I got the job because of my hard work.",
        ),
        before=r"\b(?:lost|cancelled|canceled|closing|closed|rained|failed|broke|ended|sick|ill"
        r"|wrong|bad|probably|must\s+be|it's|it\s+was|all|only|surely)\b[^.!?\n]{0,30}?",
        unless=r"\bwon\b|\bwin\b|\bsorted\b",
    ),
    TrapRule(
        "personal_must_have_ruined",
        PERSONAL,
        r"\bmust\s+have\s+(?:ruined|spoiled|spoilt|killed|upset|caused|annoyed|done\s+something"
        r"|said\s+something|made\s+(?:it|things|everyone|them|her|him))\b",
        "It makes a quiet room or a bad mood your doing, with nothing to show it was.",
        (
            "The car went silent, I must have upset them.",
            "nobody laughed, i must have killed the mood",
        ),
        ("I must have left my keys at work.",),
        before=r"\bi\s+",
    ),
    TrapRule(
        "personal_something_i_said",
        PERSONAL,
        r"\bsomething\s+i\s+(?:said|did|had\s+done|wrote|forgot)\b(?!\s+(?:in|to\s+myself|that"
        r"\s+(?:helped|stuck|worked)))",
        "It makes someone else's feeling your doing, with nothing to show it was.",
        (
            "When my friend went quiet, I knew it was something I said.",
            "she left early, must be something i did",
        ),
        ("It was something I said in therapy that helped.",),
        before=r"\b(?:was|be|been|it's|probably|surely)\s+",
    ),
)
