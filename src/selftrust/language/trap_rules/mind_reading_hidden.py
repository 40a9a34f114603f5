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
)
