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
        r"\b(?:been|were|was)\s+(?:a\s+)?(?:better|good|nicer|smarter|quieter|stronger|easier|calmer|more\s+[a-z]+"
        r"|less\s+[a-z]+)\b[^.!?\n]{0,50}?\b(?:wouldn't|would\s+not|would\s+never|would\s+still"
        r"|might\s+not|wouldn't\s+have|would\s+have\s+stayed|wouldn't\s+be|wouldnt)\b",
        "It makes you the cause of what other people chose to do.",
        (
            "If I'd been a quieter child, Mum wouldn't have left.",
            "if i had been nicer he would still be around",
            "If I were a better daughter Mum wouldn't be so unhappy.",
        ),
        ("If I'd been better rested, I would have enjoyed the trip more.",),
        before=r"\bif\s+(?:only\s+)?(?:i'd|i\s+had|id|i)\s+(?:just\s+)?",
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
    TrapRule(
        "personal_my_doing",
        PERSONAL,
        r"\bdoing(?=\s*(?:[.!?,;]|$|\s+(?:that|and|but|again|really|too)\b))",
        "It makes you the cause of something that others and chance had a part in too.",
        ("The whole family's stressed out and it's my doing.", "their row was all my doing"),
        ("That garden was all my doing, and I'm proud of it.", "What's my doing today? Laundry."),
        before=r"\b(?:it's|its|it\s+is|that's|thats|that\s+is|it\s+was|that\s+was|all|is|was)\s+"
        r"(?:all\s+|entirely\s+|completely\s+)?(?:my|my\s+own)\s+",
        unless=r"\b(?:proud|glad|happy|pleased|well\s+done|nice|lovely|great|beautiful|went\s+(?:so\s+)?well"
        r"|fun|success|worked)\b",
    ),
    TrapRule(
        "personal_if_i_hadnt_they_wouldnt",
        PERSONAL,
        r"\bif\s+(?:only\s+)?(?:i'd|i\s+had|i\s+hadn't|i\s+had\s+not|id|i\s+hadnt)\s+[^.!?\n]{1,50}?[,\s]"
        r"\s*(?:then\s+)?(?!i\b|we\b)(?:he|she|they|it|[a-z]+|my\s+[a-z]+|the\s+[a-z]+)\s+(?:wouldn't"
        r"|would\s+not|would\s+never|might\s+not|wouldnt)\s+(?:have\s+|be\s+)?(?:fallen|died|left|gone"
        r"|got\s+(?:sick|ill|hurt|worse)|gotten\s+(?:sick|ill|hurt|worse)|been\s+(?:hurt|sad|upset"
        r"|angry|ill|sick)|started|drunk|drinking|cheated|lost|happened|crashed|fought|split|divorced"
        r"|hit|relapsed|struggled|suffered|closed|broken\s+up|moved\s+away|given\s+up)\b|\bif\s+(?:only\s+)?"
        r"(?:i'd|i\s+had|i\s+hadn't|i\s+had\s+not|i\s+hadnt)\s+[^.!?\n]{1,50}?[,\s]\s*(?:he|she|they|we)(?:'d"
        r"|\s+would)\s+still\s+be\s+(?:together|here|alive|married|friends|around|happy|okay|ok)\b",
        "It makes you the cause of what happened to someone else.",
        (
            "If I'd been home, he wouldn't have fallen.",
            "If I hadn't moved away, Nan wouldn't have got sick.",
            "If I hadn't said anything, they'd still be together.",
        ),
        (
            "If I'd left earlier, I wouldn't have missed the train.",
            "If I'd known, she wouldn't have had to wait.",
        ),
    ),
    TrapRule(
        "personal_because_i_didnt_enough",
        PERSONAL,
        r"\bbecause\s+i\s+(?:didn't|did\s+not|never|forgot\s+to|wasn't|couldn't|didnt|wasnt)\b"
        r"[^.!?\n]{0,30}?\b(?:enough|properly|more|right|there|home|around)\b",
        "It makes you the cause of what happened to someone else.",
        (
            "Our dog got sick because I didn't walk him enough.",
            "mum got worse because i wasnt there",
        ),
        ("I was late because I didn't leave early enough.",),
        before=r"\b(?:he|she|they|it|my\s+[a-z]+|our\s+[a-z]+|the\s+[a-z]+|mum|dad|nan)\s+(?!was\s+late)"
        r"[^.!?\n]{0,40}?",
        not_after=r"\bi\s+(?:was|am|got)\s+[a-z]+\s+",
    ),
)
