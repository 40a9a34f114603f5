"""Blaming: handing all of your feelings to someone else."""

from selftrust.language.trap_rules.shared import (
    BLAME,
    HURT,
    NEGATED,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "blame_their_fault",
        BLAME,
        r"\bfault\b",
        "“Their fault” puts all of how you feel in someone else's hands.",
        (
            "It's all their fault I'm like this.",
            "It's his fault the evening went badly.",
            "It's all my parents' fault.",
            "It's my sister's fault I'm always late.",
        ),
        (
            "It's no one's fault, it just happened.",
            "It was his fault he hurt me.",
            "The rain ruined the picnic, nobody's fault.",
            "It's my ex's fault I can't trust anyone, he cheated on me.",
        ),
        before=r"\b(?!nobody's|noone's|anybody's|anyone's|somebody's|someone's)(?:his|her|their|your"
        r"|everyone's|everybody's|everyone\s+else's|[a-z]+'s"
        r"|[a-z]+s')\s+(?:own\s+)?",
        not_after=NEGATED + r"(?:[a-z']+\s+){0,3}",
        unless=HURT,
    ),
    TrapRule(
        "blame_if_it_werent_for",
        BLAME,
        r"\b(?:weren't|wasn't|were\s+not|hadn't\s+been)\s+for\s+(?:him|her|them|you|my\s+[a-z]+)\b",
        "It hands your wellbeing to what someone else did.",
        ("If it weren't for them, I'd be happy.",),
        ("If it wasn't for the rain, we'd have gone out.",),
        before=r"\bif\s+it\s+",
        unless=HURT,
    ),
    TrapRule(
        "blame_makes_me_feel",
        BLAME,
        r"\b(?:(?:makes|make|made|making)\s+me\s+(?:(?:so|feel|really|completely|want\s+to|like"
        r"|this|that)\s+){0,3}(?:angry|mad|sad|upset|miserable|anxious|crazy|sick|furious|hate"
        r"|lose|act|small|worthless|stupid|guilty|useless|nervous|depressed|a\s+mess|unhappy"
        r"|scared|react|snap|yell|shout|drink|doubt|overthink|lash\s+out|late|insecure|jealous"
        r"|ashamed|bitter|defensive|this\s+way|like\s+this|who\s+i\s+am|the\s+way\s+i\s+am|bad"
        r"|terrible|awful|horrible|invisible|unwanted|unloved|inadequate|dumb|ugly|fat|weak"
        r"|trapped|judged|rejected|unimportant|on\s+edge|tense|embarrassed|pathetic|used|worse"
        r"|frustrated|stressed|irritated|annoyed|resentful|mess\s+up|screw\s+up|fail|quit"
        r"|give\s+up|do\s+(?:it|this|that|things)|i'm\s+nothing|nothing|dirt)"
        r"|(?:drive|drives|drove|driving)\s+me\s+(?:crazy|mad|insane|nuts|up\s+the\s+wall"
        r"|to\s+(?:drink|despair|tears))|(?:piss|pisses|pissed|tick|ticks|ticked)\s+me\s+off"
        r"|(?<=on\smy\s)nerves)\b",
        "It hands someone else the power over how you feel.",
        (
            "He makes me feel so small.",
            "My boss makes me so angry.",
            "you made me lose my temper",
            "My mother made me this anxious.",
            "The kids drive me crazy.",
        ),
        (
            "My friend made me laugh so hard.",
            "She made me a cup of tea.",
            "It makes me sad that she's moving away.",
        ),
        not_after=r"(?:\bi|\bit|\bthat|\bthis|\bwhat|\bwhich|\bnothing|\bno\s*one|\bnobody"
        r"|\bwho|\bone|\bonce)\s+(?:[a-z']+\s+)?",
        unless=HURT,
    ),
    TrapRule(
        "blame_ruined_my",
        BLAME,
        r"\b(?:ruined|ruins|ruin|ruining|wrecked|destroyed|messed|screwed|spoiled|took\s+away"
        r"|stole|messing|screwing)\s+(?:up\s+)?(?:my|everything|it\s+for\s+me|things\s+(?:up\s+)?"
        r"for\s+me|any\s+chance|me)\b",
        "It puts the whole of how things went in someone else's hands.",
        (
            "My parents ruined my life.",
            "They ruined my day.",
            "Everyone else keeps messing things up for me.",
            "The teacher ruined my confidence.",
        ),
        ("The rain ruined our picnic, so we ate inside.", "I ruined my shoes in the mud."),
        before=r"\b(?:he|she|they|you|my\s+[a-z]+|his|her|their|people|everyone|everybody"
        r"|the\s+[a-z]+)\s+(?:[a-z']+\s+){0,2}?",
        unless=HURT,
    ),
    TrapRule(
        "blame_the_reason",
        BLAME,
        r"\breason\s+(?:why\s+)?(?:i|i'm|my)\b(?:\s+[a-z']+){0,3}?\s*(?:stressed|miserable"
        r"|unhappy|can't|cannot|never|angry|sad|anxious|like\s+this|this\s+way|a\s+mess|struggling"
        r"|broke|late|depressed|stuck|hate|alone|failed|failing|flunking|quit|gave\s+up|in\s+this\s+mess"
        r"|suffering|not\s+(?:getting\s+)?(?:better|well|okay|ok|happy|coping|sleeping)|exhausted"
        r"|tired|snappy|grumpy|knackered|drained|drinking|overeating|skint)\b",
        "It makes someone else the whole reason for how you feel.",
        ("My coworkers are the reason I'm so stressed.", "My ex is the reason I'm like this."),
        ("She's the reason I smile.", "I'm the reason we were late."),
        before=r"\b(?:the|whole|only|main|real|entire)\s+",
        not_after=r"(?:\bi'm|\bi\s+am|\bi\s+was|\bim|\bmaybe\s+i'm)\s+(?:the\s+)?(?:[a-z]+\s+)?",
        unless=HURT,
    ),
    TrapRule(
        "blame_if_they_had",
        BLAME,
        r"\bif\s+(?:only\s+)?(?!i\b|it\b)(?:he|she|they|you|my\s+[a-z]+|people|everyone|everybody"
        r"|the\s+[a-z]+|mom|dad)\s+(?:had|'d|hadn't|had\s+not|didn't|did\s+not|wasn't|weren't"
        r"|would|wouldn't|just|only|cared|listened|supported|loved|stayed|left|helped)\b"
        r"[^.!?\n]{0,60}?\bi(?:'d|\s+would|\s+wouldn't|\s+would\s+not|\s+could|\s+might)\s+"
        r"(?:(?:still|not|never|so|be|have|been|much)\s+){0,3}(?:fine|happy|okay|ok|better|normal"
        r"|different|successful|further|healthy|confident|alright|in\s+(?:this|such)|married"
        r"|free)\b",
        "“If they had …” hands your wellbeing to what someone else did.",
        (
            "If she hadn't left, I'd be happy now.",
            "If my family had supported me I wouldn't be in this mess.",
        ),
        ("If you were here, I'd show you the garden.", "If it rains, I'd rather stay in."),
        unless=HURT,
    ),
    TrapRule(
        "blame_id_be_fine_if",
        BLAME,
        r"\bif\s+(?:only\s+)?(?:he|she|they|you|my\s+[a-z]+|people|everyone)\b",
        "It hands your wellbeing to what someone else does.",
        ("I'd be fine if people just left me alone.",),
        ("I'd be happy if you came along!",),
        before=r"\bi(?:'d|\s+would)\s+(?:still\s+)?be\s+(?:fine|okay|ok|better|normal)\s+",
        unless=HURT,
    ),
    TrapRule(
        "blame_thats_why",
        BLAME,
        r"\bwhy\s+i(?:'m|\s+am)\s+(?:so\s+)?(?:unhappy|miserable|stuck|angry|sad|like\s+this"
        r"|this\s+way|a\s+mess|stressed|broke|alone|lonely|depressed)\b",
        "It places the cause of how you feel entirely with someone else.",
        ("My partner never lets me do anything, that's why I'm unhappy.",),
        ("I didn't sleep, that's why I'm tired.",),
        before=r"\b(?:he|she|they|my\s+(?:partner|boss|family|parents|mom|mum|dad|husband|wife|ex"
        r"|friends?|kids|sister|brother)|people|everyone)\b[^.!?\n]{0,60}?(?:that's|which\s+is"
        r"|this\s+is)\s+",
        unless=HURT,
    ),
    TrapRule(
        "blame_because_of_them",
        BLAME,
        r"\b(?:because\s+of|thanks\s+to|due\s+to)\s+(?:him|her|them|you|my\s+[a-z]+)\b"
        r"[^.!?\n]{0,50}?\b(?:never\s+(?:be|get|have)|unhappy|miserable|ruined|stuck"
        r"|like\s+this|this\s+way|failed|a\s+mess)\b",
        "It places the cause of how you feel entirely with someone else.",
        ("Because of them I'll never be happy.",),
        ("Thanks to my neighbour, I found my cat.", "Because of the rain, we played cards."),
        unless=HURT,
    ),
    TrapRule(
        "blame_miserable_because_of",
        BLAME,
        r"\b(?:because\s+of|thanks\s+to|due\s+to)\s+(?:him|her|them|you|my\s+[a-z]+|people"
        r"|everyone)\b",
        "It places the cause of how you feel entirely with someone else.",
        ("I'm miserable because of my boss.",),
        ("I'm happy because of my friends.",),
        before=r"\b(?:i'm|i\s+am|i\s+feel|my\s+life\s+is)\s+(?:so\s+|a\s+)?(?:miserable|unhappy"
        r"|stuck|angry|stressed|mess|ruined|depressed|like\s+this|this\s+way)\s+",
        unless=HURT,
    ),
)
