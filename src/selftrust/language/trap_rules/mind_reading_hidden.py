"""Mind reading, widened: a look or a laugh read as a verdict no one spoke."""

from selftrust.language.trap_rules.shared import MIND, TOLD, TrapRule

# What the other person is taken to think of you, when they have not said it.
_VERDICT = (
    r"(?:so\s+|really\s+|a\s+bit\s+|kind\s+of\s+|such\s+an?\s+|an?\s+)?(?:weird|wierd|thick"
    r"|stupid|strange|odd|rude|lazy|pathetic|idiot|freak|loser|weirdo|mess|crazy|mad|annoying"
    r"|boring|ugly|fat|useless|joke|drunk|faking|lying|exaggerating|overreacting|dramatic"
    r"|attention[\s-]seeking|a\s+joke|too\s+much|needy|clingy|incompetent|hopeless|dumb|slow)\b"
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "mind_laugh_was_about_me",
        MIND,
        r"\b(?:laugh(?:ed|ing|s)?|whisper(?:ed|ing|s)?|giggl(?:ed|ing|es)|smirk(?:ed|ing|s)?"
        r"|sniggered|snickered|quiet|silent|talking|chatting|staring|stared)\b"
        r"[^.!?\n]{0,40}?\b(?:obviously|clearly|definitely|probably|surely|i\s+(?:just\s+)?know"
        r"|i\s+bet|must\s+(?:have\s+been|be)|it\s+was\s+(?:all\s+)?)\s*(?:it\s+was\s+)?(?:about|at)"
        r"\s+me\b",
        "It takes a laugh or a look as proof of what others think of you.",
        (
            "The office went quiet when I came back, obviously about me.",
            "they were giggling on the bus, i bet it was at me",
        ),
        (
            "They were laughing at a video, then they waved at me.",
            "We were talking about the trip and she asked about me.",
        ),
        unless=TOLD,
    ),
    TrapRule(
        "mind_thought_i_was",
        MIND,
        r"\b(?:thought|thinks|think|must\s+think|must\s+have\s+thought|probably\s+thinks?"
        r"|probably\s+thought|could\s+tell)\s+(?:that\s+)?(?:i\s+was|i'm|im|i\s+am|i\s+looked"
        r"|i\s+seemed)\s+" + _VERDICT,
        "It assumes you know what someone thought of you, when they did not say it.",
        (
            "The barista smiled, she probably thought I was pathetic.",
            "the nurse must think im exaggerating",
            "He thought I was so weird.",
        ),
        (
            "She told me she thought I was weird, so we talked.",
            "I thought I was slow, but I'm not.",
        ),
        before=r"\b(?:she|he|they|everyone|everybody|people|the\s+[a-z]+|my\s+[a-z]+"
        r"|(?:she|he|they)\s+(?:obviously|clearly|definitely|secretly))\s+",
        unless=TOLD,
    ),
    TrapRule(
        "mind_looked_at_me_like",
        MIND,
        r"\b(?:looked|looks|look|stared|staring|glanced|glances|glared)\s+at\s+me\s+like\s+"
        r"(?:i\s+was|i'm|im|i\s+am|i\s+had)\s+" + _VERDICT,
        "It reads a look as proof of what someone thinks of you.",
        ("The receptionist looked at me like I was stupid.", "he looks at me like im a joke"),
        ("She looked at me like she was proud, and she said so.",),
        unless=TOLD,
    ),
    TrapRule(
        "mind_secretly_wants",
        MIND,
        r"\bsecretly\s+(?:wants?|hates?|thinks?|resents?|wish(?:es)?|can't\s+stand|dislikes?"
        r"|laughs?\s+at|judges?|blames?|regrets?)\b",
        "It claims to know a hidden wish or thought no one has shared.",
        ("My friend secretly resents me.", "i think my manager secretly hates me"),
        ("I secretly want to learn the drums.",),
        not_after=r"\bi\s+(?:really\s+)?",
        unless=TOLD,
    ),
    TrapRule(
        "mind_wont_say_it",
        MIND,
        r"\b(?:annoyed|angry|mad|fed\s+up|sick|tired|upset|disappointed|bored|irritated|cross"
        r"|pissed\s+off|embarrassed)\s+(?:with|at|of|by)\s+me\b[^.!?\n]{0,40}?\b(?:won't|don't"
        r"|wouldn't|aren't|isn't|too\s+polite\s+to|pretending|hiding\s+it)\b",
        "It assumes a feeling in others that they have not put into words.",
        (
            "My friends are fed up with me, they just won't admit it.",
            "she's annoyed at me, she's too polite to say",
        ),
        ("She's annoyed with me, she said so, and we'll talk later.",),
        unless=TOLD + r"|\bsaid\s+so\b",
    ),
    TrapRule(
        "mind_they_reckon_im",
        MIND,
        r"\b(?:think|thinks|thought|reckon|reckons|reckoned|believe|believes|assume|assumes)\s+(?:that\s+)?"
        r"(?:i'm|im|i\s+am|i\s+was|i've\s+been|i'd|i)\s+(?:a\s+bit\s+|bit\s+|kind\s+of\s+|kinda\s+"
        r"|sort\s+of\s+|a\s+|an\s+|so\s+|such\s+an?\s+|being\s+|just\s+"
        r"|really\s+|too\s+|totally\s+|always\s+)*(?:cringe\w*|wasting|faking|putting\s+it\s+on"
        r"|making\s+(?:it|this|things|stuff)\s+(?:all\s+)?up|attention[\s-]seek\w*|showing\s+off|a\s+(?:drama|snowflake"
        r"|pain|nuisance|waste|joke|lost\s+cause|bad\s+influence|liability|charity\s+case|nutter"
        r"|fake|fraud|liar|flake|hypochondriac|time[\s-]waster|bad\s+mum|bad\s+mother)|hypochondriac"
        r"|soft|mental|nuts|thick|useless|hopeless|incapable|can't\s+cope"
        r"|cannot\s+cope|not\s+(?:good|smart|clever|capable|up\s+to|cut\s+out|trying|coping)"
        r"|bad\s+at|rubbish|ridiculous|silly|childish|immature|unreliable|two[\s-]faced|lying"
        r"|overreacting|exaggerating|dramatic|weird|annoying|boring|needy|lazy|stupid|pathetic"
        r"|selfish|rude|cold|difficult|hard\s+work|too\s+much|too\s+old|too\s+slow|mad|crazy"
        r"|slow|freeloading|a\s+freeloader|not\s+fit|unfit|incompetent|floundering|out\s+of\s+my"
        r"\s+depth|can't\s+pay|cant\s+pay|broke|self-absorbed|a\s+failure|past\s+it)\b",
        "It guesses what is in someone else's head, and the guess is a harsh one.",
        (
            "The group chat went silent after my joke, they all think I'm cringe now.",
            "The nurse sighed when I came in, she thinks I'm wasting her time.",
            "my in-laws reckon im too soft on the kids",
        ),
        (
            "She doesn't think I'm lazy, she said so.",
            "I think I'm wasting my time on this game, so I'll stop.",
        ),
        before=r"\b(?:they|he|she|everyone|everybody|people|all|them|my\s+[a-z-]+|the\s+[a-z]+)\s+(?:(?:in|at|on|from)\s+(?:the|my|this|our|work|church|school)"
        r"(?:\s+[a-z]+)?\s+)?(?:all\s+|probably\s+|must\s+|secretly\s+|definitely\s+|clearly\s+"
        r"|obviously\s+|now\s+|still\s+|just\s+|def\s+|prob\s+|totally\s+|already\s+|bet\s+they\s+"
        r"|is\s+|are\s+|will\s+|going\s+to\s+|gonna\s+)*",
        unless=TOLD,
    ),
    TrapRule(
        "mind_prob_at_me",
        MIND,
        r"\b(?:prob|probably|def|definitely|obviously|clearly|surely|no\s+doubt|bet|must\s+have\s+been"
        r"|must\s+be)\s+(?:(?:it\s+was|they\s+were|all|just|all\s+about)\s+)?(?:at|about|aimed\s+at"
        r"|because\s+of)\s+me\b",
        "It guesses that other people's laughter or talk is about you.",
        (
            "they were laughing, prob at me",
            "People were whispering by the lifts, obviously about me.",
        ),
        ("They were laughing, probably at the dog.", "She was cross, but not about me."),
        before=r"\b(?:laugh|giggl|snigger|smirk|whisper|talk|star|look|chat|gossip|point|mutter|jok"
        r"|went\s+quiet|stopped\s+talking)\w*\b[^.!?\n]{0,30}?",
    ),
    TrapRule(
        "mind_out_of_pity",
        MIND,
        r"\bpity\b(?!\s+(?:party|about|that))|\bsorry\s+for\s+me\b",
        "It guesses that kindness shown to you hides pity.",
        ("They only invited me out of pity.", "she only rang because she feels sorry for me"),
        ("It's a pity about the rain.", "She told me she felt sorry for me, and I cried."),
        before=r"\b(?:out\s+of\s+|because\s+of\s+|from\s+|they\s+|he\s+|she\s+|people\s+"
        r"|everyone\s+|they\s+just\s+|only\s+)(?:(?:just|only|probably|must|all|secretly|clearly)\s+)?"
        r"(?:(?:feels?|felt|feeling)\s+)?",
        unless=TOLD + r"|\bself-pity\b|\bsaid\s+(?:she|he|they)\s+(?:feels?|felt)",
    ),
    TrapRule(
        "mind_everyone_was_judging",
        MIND,
        r"\b(?:judging|staring\s+at|laughing\s+at|sniggering\s+at|whispering\s+about|talking\s+about"
        r"|looking\s+down\s+on)\s+(?:me|my)\b",
        "It guesses what a room full of people was thinking about you.",
        ("Everyone at the party was judging my outfit.", "people on the bus were staring at me"),
        (
            "Everyone was laughing at my joke, it went down great.",
            "She told me they were talking about me.",
        ),
        before=r"\b(?:everyone|everybody|people|they|the\s+whole\s+[a-z]+|all\s+of\s+them)\b[^.!?\n]{0,30}?"
        r"\b(?:was|were|are|is|kept|keep|'re)\s+(?:all\s+|just\s+|totally\s+|obviously\s+)?",
        unless=TOLD + r"|\b(?:joke|jokes|funny|great|brilliant|loved)\b",
    ),
    TrapRule(
        "mind_lost_interest_in_me",
        MIND,
        r"\b(?:lost\s+interest\s+in\s+me|gone\s+off\s+me|over\s+me|done\s+with\s+me|fed\s+up\s+with\s+me"
        r"|regrets?\s+(?:meeting|dating|marrying|being\s+with)\s+me)\b",
        "It reads a quiet moment as proof of what someone feels about you.",
        ("He didn't text back, he's clearly lost interest in me.", "she's obviously gone off me"),
        ("He told me he's lost interest in the job.", "She's over me being late, we laughed."),
        before=r"\b(?:clearly|obviously|must\s+have|must've|probably|definitely|def|prob|surely|bet"
        r"|must\s+be)\s+(?:has\s+|have\s+|'s\s+|be\s+)?",
        unless=TOLD + r"|\blaughed\b",
    ),
)
