"""Mind reading: knowing what others think, without asking."""

from selftrust.language.trap_rules.shared import (
    LABEL_WORDS,
    MIND,
    OTHERS,
    TOLD,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "mind_they_think_im",
        MIND,
        r"\b(?:(?:think|thinks|thought|believe|believes|can\s+(?:tell|see)|could\s+(?:tell|see)"
        r"|knows?|knew|noticed?)\s+(?:that\s+|how\s+)?(?:i'm|i\s+am|i\s+was|me|i|a|an)\b"
        r"|(?:sees?|saw|view|views|think\s+of)\s+me\s+as|(?:find|finds|found|consider|considers)"
        r"\s+me|(?:look|looks|looked)\s+at\s+me\s+(?:and\s+(?:see|think)|like))(?:\s+[a-z']+){0,3}?"
        r"\s+(?:" + LABEL_WORDS + r"|don't\s+belong|do\s+not\s+belong|faking|lying|overreacting"
        r"|exaggerating|making\s+it\s+up|falling\s+apart|nervous|out\s+of\s+place|don't\s+fit"
        r"|stuck\s+up|arrogant|rude|snobby|a\s+snob|desperate|attention[\s-]seeking|dramatic|cold"
        r"|mean|a\s+bad\s+[a-z]+|a\s+terrible\s+[a-z]+)\b",
        "It guesses what is in someone else's head, and the guess is a harsh one.",
        (
            "They all think I'm stupid.",
            "My boss thinks I'm lazy.",
            "The teacher looked at me like I was an idiot.",
            "My friends secretly find me annoying.",
            "People think I'm stuck up.",
        ),
        (
            "My therapist thinks journaling might help me.",
            "She thinks I'm funny.",
            "I used to think I was stupid, but now I see I was scared.",
        ),
        not_after=r"(?:\bi|\bi\s+(?:just|really|still|used\s+to|always)|\bto|\bwe)\s+",
        unless=TOLD,
    ),
    TrapRule(
        "mind_must_be_upset",
        MIND,
        r"\b(?:must|probably|definitely|clearly|obviously|secretly|surely|totally)\s+"
        r"(?:be\s+|been\s+|all\s+)?(?:hates?|hating|judging|judge|laughing|annoyed|angry|mad"
        r"|upset|furious|sick\s+of|tired\s+of|bored\s+(?:of|with)|disappointed|disgusted"
        r"|embarrassed|ashamed\s+of\s+me|fed\s+up|irritated|done\s+with|pity(?:ing)?|pities"
        r"|regrets?|regretting|wish(?:es)?\s+i|talking\s+about|resents?|dislikes?|can't\s+stand"
        r"|cringing|avoiding|ignoring|mocking|gossiping|feels?\s+sorry|feeling\s+sorry"
        r"|wondering\s+why|thinks?\s+(?:that\s+)?(?:i\b|i'm|me\b|less|badly|the\s+worst)"
        r"|thinking\s+(?:that\s+)?(?:i\b|i'm))",
        "It fills in someone else's feelings without them having said so.",
        (
            "She must be angry with me.",
            "He's probably sick of me by now.",
            "They must think I'm so weird.",
        ),
        ("She's probably tired after work.", "You must be hungry, let's eat."),
        not_after=r"(?:\bi|\bi'm|\bi\s+am|\bim|\bit|\bit's|\bthat|\bthis)\s+",
        unless=TOLD,
    ),
    TrapRule(
        "mind_laughing_at_me",
        MIND,
        r"\b(?:(?:laughing|laughed|laugh|talking|talked|talk|gossiping|whispering|judging|judged"
        r"|staring|stared|looking\s+down|looked\s+down|pitying|mocking|making\s+fun|made\s+fun"
        r"|rolling\s+(?:their|her|his)\s+eyes|rolled\s+(?:their|her|his)\s+eyes)\s+"
        r"(?:about\s+|at\s+|on\s+|of\s+)?me|(?:looking|staring|looked|stared)\s+at\s+my\s+"
        # Only the body and looks: "looking at my options" is the person's own looking.
        r"(?:body|face|hair|weight|clothes|skin|scars?|stomach|belly|legs|arms|teeth|outfit|shoes)"
        r"|see(?:s|ing)?\s+(?:right\s+)?through\s+me)\b",
        "It assumes others are judging you, when what they think is not in the words.",
        (
            "I know they were laughing at me.",
            "She's judging me for leaving early.",
            "People can see right through me.",
            "Everyone at the gym is looking at my body.",
        ),
        ("They're laughing at the movie.", "My friend was talking to me about her trip."),
        unless=TOLD,
    ),
    TrapRule(
        "mind_only_put_up_with_me",
        MIND,
        r"\b(?:put(?:s|ting)?\s+up\s+with|tolerat(?:e|es|ed|ing)|pretend(?:s|ing)?\s+to\s+(?:like"
        r"|care\s+about|love)|pit(?:y|ies|ied))\s+me\b",
        "It decides what others really feel about you, from the outside.",
        ("My friends only put up with me.", "She just pretends to like me."),
        ("They only put up the tent and left.",),
        before=r"\b(?:only|just)\s+",
        unless=TOLD,
    ),
    TrapRule(
        "mind_i_know_what_they_think",
        MIND,
        r"\bthinking\b",
        "It claims to know someone's thoughts without them saying so.",
        ("I know what they're thinking.", "I know what they're all thinking, that I'm a mess."),
        ("I know what I'm thinking about dinner.",),
        before=r"\bi\s+(?:just\s+)?know\s+(?:exactly\s+)?what\s+(?:they|he|she|everyone|people)(?:'re|'s"
        r"|\s+are|\s+is)?\s+(?:all\s+|really\s+|secretly\s+)?",
        unless=TOLD,
    ),
    TrapRule(
        "mind_sick_of_me",
        MIND,
        r"\b(?:sick|tired|bored)\s+of\s+me\b",
        "It decides how others feel about you, without them saying so.",
        ("My friends are sick of me.", "He's getting tired of me."),
        ("I'm tired of this weather.",),
        before=r"\b(?:they|he|she|everyone|everybody|people|my\s+[a-z]+)(?:'re|'s|\s+are|\s+is)\s+"
        r"(?:so\s+|all\s+|getting\s+|probably\s+)?",
        unless=TOLD,
    ),
    TrapRule(
        "mind_wondering_why_i",
        MIND,
        r"\b(?:wondering|asking\s+(?:themselves|herself|himself))\s+(?:why|how|what)\s+i\b",
        "It fills in what others are asking themselves about you.",
        ("They're all wondering why I was even invited.",),
        ("I'm wondering why I chose blue.",),
        before=r"\b(?:they|he|she|everyone|everybody|people|my\s+[a-z]+|the\s+[a-z]+)(?:'re|'s"
        r"|\s+are|\s+is|\s+were|\s+was)?\s+(?:all\s+|probably\s+|secretly\s+)?",
        unless=TOLD,
    ),
    TrapRule(
        "mind_they_hate_me",
        MIND,
        r"\b(?:hates?|dislikes?|resents?|(?<=can't\s)stand)\s+me\b",
        "It decides what someone feels about you, without them saying so.",
        ("My boss hates me.", "My sister secretly resents me."),
        ("My cat hates baths.",),
        before=r"\b" + OTHERS + r"\s+(?:all\s+|secretly\s+|really\s+|just\s+)?(?:can't\s+)?",
        unless=TOLD,
    ),
    TrapRule(
        "mind_mad_at_me",
        MIND,
        r"\b(?:mad|angry|upset|annoyed|furious|pissed|fed\s+up|disappointed|hurt)\s+(?:(?:at|with"
        r"|in)\s+me|(?:that|because)\s+i)\b",
        "It reads someone's mood as being about you, without them saying so.",
        (
            "My neighbour didn't wave, she's mad at me.",
            "My friends are annoyed that I cancelled, I know it.",
        ),
        ("She's upset about her exam.",),
        before=r"\b(?:they|he|she|everyone|everybody|people|my\s+[a-z]+)(?:'s|'re|\s+is|\s+are"
        r"|\s+was|\s+were)\s+(?:so\s+|really\s+|probably\s+|all\s+|definitely\s+)?",
        unless=TOLD,
    ),
    TrapRule(
        "mind_could_tell",
        MIND,
        r"\b(?:disappointed|annoyed|angry|mad|upset|bored|irritated|judging|uncomfortable"
        r"|fed\s+up|tired\s+of|sick\s+of|disgusted|embarrassed|frustrated|done\s+with|over\s+me"
        r"|laughing|pitying|hate|hated|regret|ashamed|cringing|unimpressed)\b",
        "It reads someone's mood as being about you, without them saying so.",
        ("I could tell he was disappointed in me.", "I bet they're annoyed with me."),
        ("I could tell she was happy.", "I'm sure they are having fun."),
        before=r"\b(?:i\s+(?:could|can)\s+(?:just\s+)?(?:tell|see|sense)|i\s+(?:just\s+)?know"
        r"|i\s+bet|i'm\s+sure|it\s+was\s+(?:obvious|clear)|obviously)\s+(?:that\s+)?(?:he|she|they"
        r"|everyone|everybody|people|my\s+[a-z]+|the\s+[a-z]+)(?:'s|'re|\s+is|\s+are|\s+was"
        r"|\s+were|\s+felt|\s+feels?|\s+got|\s+gets?)?\s+(?:[a-z]+\s+){0,2}?",
        unless=TOLD,
    ),
    TrapRule(
        "mind_i_could_tell_after",
        MIND,
        r"\b(?:disappointed|annoyed|angry|mad|upset|bored|irritated|embarrassed|fed\s+up)\s+"
        r"(?:in|with|at|of|by)\s+me\b[^.!?\n]{0,20}?\b(?:i\s+could\s+tell|i\s+can\s+tell"
        r"|i\s+just\s+know|obviously|clearly)\b",
        "It reads someone's mood as being about you, without them saying so.",
        ("She was disappointed in me, I could tell.",),
        ("She was upset with me, and she told me why.",),
        unless=TOLD,
    ),
    TrapRule(
        "mind_dont_really_like_me",
        MIND,
        r"\b(?:don't|doesn't|didn't|do\s+not|does\s+not|did\s+not)\s+(?:(?:really|actually|even"
        r"|secretly|truly|honestly)\s+(?:like|want|care\s+about|love|respect|enjoy|trust|mean\s+it)"
        r"|(?:like|want|care\s+about|love|respect|enjoy)\s+me\b(?!\s+to\b)|mean\s+(?:it|that)\b)",
        "It decides what others feel about you from the outside.",
        ("My friends don't really like me.", "People compliment me but they don't mean it."),
        ("My friends don't like horror films.", "He doesn't want me to carry it alone."),
        before=r"\b(?:they|he|she|people|everyone|everybody|my\s+[a-z]+)\s+(?:all\s+|probably\s+)?",
    ),
    TrapRule(
        "mind_their_motive",
        MIND,
        r"\bbecause\s+(?:they|he|she)\s+(?:felt\s+(?:they|he|she)\s+had\s+to|(?:felt|feel|feels)\s+"
        r"(?:sorry|bad|obliged|guilty)|(?:had|have|has)\s+to(?=\s*(?:[.!?,;]|$))|pitied|pity"
        r"|needed\s+someone)\b",
        "It guesses the private reason behind someone's kindness.",
        ("They only invited me because they felt they had to.",),
        ("She called because she had to move the time.",),
    ),
    TrapRule(
        "mind_everyone_noticed",
        MIND,
        r"\b(?:saw|noticed|could\s+(?:see|tell)|can\s+(?:see|tell)|knows?|knew|heard)(?:\s+(?:how"
        r"|that\s+i|i\s+was|i'm|what\s+an?|my\s+(?:hands|voice|face|mistake|shaking)|me\s+(?:shaking"
        r"|blush|stumble|trip|mess|panic|cry|freeze))|(?=\s*(?:[.!?,;]|$)))",
        "It assumes everyone saw and judged, when you can't see inside their heads.",
        ("Everyone noticed how nervous I was.", "I blushed, and everyone saw."),
        ("Everyone saw the fireworks.", "Everyone knows my name here."),
        before=r"\b(?:everyone|everybody|they\s+all|people|the\s+whole\s+(?:room|class|office"
        r"|table)|all\s+of\s+them)\s+(?:[a-z]+\s+){0,2}?",
    ),
)
