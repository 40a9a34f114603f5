"""Worry for someone else and threats to the writer, told in few words, read in the sixth round:
a relative who says they will drink poison, "sorry for everything" and then silence, someone
who flinches, a partner who locks them in or put them in hospital; and for the writer, "he'll
find me", "put me through the wall", photos held over them."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Someone else saying goodbye or saying they will end it: "says she will drink poison if
    # they force her to marry", "texted 'sorry for everything' at 2am and now he won't answer".
    Rule(
        id="concern.said_goodbye",
        kind="concern_for_other",
        anchors=(
            *combos("drink|take|swallow", "poison|bleach|pesticide|rat|weed|weedkiller"),
            *words("sorry for everything|miss him|miss her|miss them|see the point"),
        ),
        pattern=(
            r"(?:will|'ll|gonna|going to|would|'d|threaten\w* to|says? (?:she|he|they) "
            r"(?:will|'ll)) "
            r"(?:drink|take|swallow) (?:poison|bleach|pesticide|rat poison|weed ?killer)"
            # A closing quote reads as a space here, so what follows the words decides.
            r"|sorry for everything(?=\W*(?:[.!?\n]|$)| at \d| and | now|,)"
            r"|(?:nobody|no one|noone) would (?:even )?miss (?:him|her|them)"
            r"|(?:doesn't|doesnt|does not|don't|dont) see the point (?:anymore|any more|in living|"
            r"of living|in going on|of anything)"
        ),
        needs=(
            r"(?:won't|wont|not|isn't|isnt|doesn't) (?:reply|replying|answer|answering|pick up|"
            r"picking up)|turned (?:his|her|their) phone off|phone (?:is|'s) (?:off|dead|"
            r"switched off)|"
            r"note|said|says|texted|wrote|jokes?|"
            r"joking|keeps|drinking|calmly|force|worried|scared|driving over|hasn't|since"
        ),
        benign=r"mice|rats|garden|weeds|bugs|pests|ants|wasps|shed|film|book|song",
        reason="You wrote that someone you know may be in danger.",
        examples=(
            "My cousin says she will drink poison if her parents force her to marry that man.",
            "My son texted 'sorry for everything' at 2am and now he won't answer.",
            "Found a note in his backpack that said nobody would miss him.",
            "Kuya said he doesn't see the point anymore. He's been drinking every night.",
        ),
        near_misses=("I'm sorry for everything I said at the party, Jo, I'll ring you.",),
    ),
    # Someone flinching, locked in or put in hospital by a partner.
    Rule(
        id="concern.partner_harm",
        kind="concern_for_other",
        negatable=False,
        anchors=(
            *words("flinch"),
            *combos("locks|locked|locking", "her|him|them"),
            *combos("put", "her|him|them"),
        ),
        pattern=(
            r"(?:she|he|they) (?:flinch|flinches|flinched|flinching) (?:when|whenever|every "
            r"time|at)"
            r"|(?:locks|locked|locking) (?:her|him|them) (?:in|inside) (?:the|their|her|his) "
            r"(?:house|"
            r"flat|room|home|apartment)"
            r"|(?:boyfriend|husband|partner|fella|dad|father|stepdad|wife|girlfriend) (?:\w+ )?put "
            r"(?:her|him|them) in (?:the )?hospital"
        ),
        needs=(
            r"bruis\w*|boyfriend|husband|partner|fella|his name|stepdad|when he|when she|"
            r"goes to work|again|back to him|back to her"
        ),
        benign=r"flu|covid|infection|pneumonia|surgery|operation|fall|fell|accident|loud noise|"
        r"fireworks|thunder|needles?|injection|spider|dog barked",
        reason="You wrote that someone you know may be in danger from someone else.",
        examples=(
            "Her boyfriend checks her location and she flinches when his name comes up.",
            "Friend from church told me her husband locks her in the house when he goes to work.",
            "My sister's boyfriend put her in the hospital and she went back to him. Again.",
        ),
        near_misses=("She flinches when the fireworks start, poor dog.",),
    ),
    # Threats to the writer: "he'll find me", "put me through the wall", photos held over them.
    Rule(
        id="harm.find_me",
        kind="harm_from_others",
        negatable=False,
        anchors=(
            *combos("find|hunt|track", "me"),
            *combos("put", "me"),
            *combos("post|send|share|leak|show", "the|those"),
        ),
        pattern=(
            r"(?:he'll|hell|she'll|they'll|he will|she will|they will|he'd|she'd|they'd|gonna|"
            r"going to) (?:\w+ )?(?:find|hunt|track) me(?: down)?(?=\W*(?:[.!?,;\n]|$)| and| if| "
            r"wherever| anywhere)"
            r"|(?:he'd|hed|he'll|hell|she'd|she'll|they'd|they'll|he will|he would|she will|"
            r"she would) put me through (?:the|a) (?:wall|window|door|floor|table)"
            r"|(?:he'll|hell|she'll|they'll|he will|she will|gonna|going to) (?:post|send|share|"
            r"leak|"
            r"show) (?:the|those) (?:photos|pics|pictures|videos?|screenshots)"
        ),
        needs=(
            r"if i (?:go|leave|say|tell|talk|report|call|ask)|unless|or else|regret|shelter|refuge|"
            r"police|scared|afraid|threat\w*|sick|talk back"
        ),
        reason="You wrote that someone is threatening you.",
        examples=(
            "My husband says if I go to the shelter he'll find me and I'll regret it.",
            "Dad's been drinking again and said he'd put me through the wall if I talk back.",
            "said if i say anything else he'll post the photos. i feel sick",
        ),
        near_misses=("Mum says if I go to the shelter to volunteer she'll find me a lift.",),
    ),
)
