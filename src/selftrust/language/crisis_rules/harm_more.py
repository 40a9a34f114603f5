"""Harm from others said in fewer words: things thrown at the writer, a grip hard enough to
bruise, being jumped, a gun laid out in silence, threats quoted without a speaker ("kill you if
you tell anyone"), threats to burn or "deal with" the writer, and an ex who knows where someone
lives now."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

_SPEECH = (
    r"(?:said|says|told me|tells me|threatened|threatens|swore|swears|keeps saying|texted|"
    r"messaged|screamed|yelled|shouted|whispered|warned|saying|told|was told|been told|got told)"
)

# What a threat would break (a neck only counts snapped), or where it would put the writer.
_BONES = r"(?:arms?|legs?|jaw|nose|ribs?|fingers?|teeth|skull|kneecaps?|face|wrists?|hands?)"
_PLACES = r"in (?:the )?(?:hospital|a&e|the ground|a box|a coffin|a wheelchair|intensive care)"

RULES: tuple[Rule, ...] = (
    # Something thrown at the writer's head or face: "threw a plate at my head, just missed".
    Rule(
        id="harm.thrown",
        kind="harm_from_others",
        negatable=False,
        anchors=combos("at", "my|me"),
        pattern=(
            r"(?:threw|throws|throwing|thrown|hurled|hurls|flung|flings|chucked|chucks|lobbed) "
            r"(?:a |the |his |her |their |my )?(?:\w+ )?(?:plate|glass|cup|mug|bottle|chair|"
            r"phone|shoe|boot|knife|remote|lamp|vase|pan|bowl|ashtray|keys|book|laptop|things|"
            r"stuff|drink|hot tea|hot coffee|boiling water)s? at (?:me|my (?:head|face|back|"
            r"chest|body|legs))"
        ),
        benign=r"dodgeball|game|playing|play|catch|pillow|snowball|laugh\w*|joking|toddler|baby",
        reason="You wrote that someone threw something at you.",
        examples=(
            "Mark was already angry about the dinner and threw a plate at my head, just missed.",
            "she hurled her phone at my face",
        ),
        near_misses=("my toddler threw a cup at my head, laughing", "threw snowballs at me lol"),
    ),
    # A grip that hurts: "grabs my wrists so hard they bruise", "twisted my arm until".
    Rule(
        id="harm.grip",
        kind="harm_from_others",
        negatable=False,
        anchors=combos(
            "grabs|grabbed|grabbing|grab|squeezes|squeezed|twists|twisted|twisting|yanks|yanked|"
            "pulls|pulled|digs|dug|pinches|pinched",
            "my",
        ),
        pattern=(
            r"(?:grabs|grabbed|grabbing|grab|squeezes|squeezed|twists|twisted|twisting|yanks|"
            r"yanked|pulls|pulled|digs|dug|pinches|pinched) my (?:\w+ )?(?:wrists?|arms?|neck|"
            r"throat|hair|jaw|face|shoulders?|hands?|fingers) (?:\w+ ){0,4}?(?:so hard|hard|"
            r"until|till|tight enough|behind my back|and (?:drags|dragged|shakes|shook|pins|"
            r"pinned|slams|slammed)|bruise|leaves marks|left marks)"
        ),
        benign=r"doctor|nurse|physio|dentist|massage|hairdresser|plait|braid|stylist|"
        r"playing|crossing|fell|falling|slipped|trip\w*",
        reason="You wrote that someone is hurting you.",
        examples=(
            "Every time I disagree with him now he grabs my wrists so hard they bruise.",
            "she yanked my hair until I cried",
        ),
        near_misses=(
            "he grabbed my arm hard when I slipped on the ice",
            "the physio twisted my arm until it clicked",
        ),
    ),
    # Being jumped or told weapons are coming next time.
    Rule(
        id="harm.jumped",
        kind="harm_from_others",
        negatable=False,
        anchors=(
            *combos("got|get|getting|been|was|were", "jumped"),
            *combos("jumped", "me|us"),
            *combos(
                "bring|bringing|brings|carrying|carry",
                "a|the|his|their|knife|knives|blade|gun|guns|bat|machete",
            ),
        ),
        pattern=(
            r"(?:got|get|getting|been|was|were) jumped(?! (?:on the|into|at the|in the queue|"
            r"by (?:the|a|my) (?:dog|cat|puppy|spider)))"
            r"|(?:they|he|she|the \w+|those \w+)(?:'re| are| were| was|'ll| will| is|'s)? "
            r"(?:\w+ )?jumped (?:me|us)(?! (?:in the queue|to the))"
            r"|(?:they|he|she)(?:'re| are|'ll| will| is|'s| said (?:they're|he's|she's))? "
            r"(?:going to |gonna )?(?:bring|bringing|brings|carrying|carry) (?:a |the |his |"
            r"their )?(?:knife|knives|blade|gun|guns|bat|machete)(?: (?:next time|for me|to "
            r"school|after))?"
        ),
        benign=r"cake|bread|camping|picnic|fishing|kitchen|chef|cricket|baseball|softball|"
        r"queue|dog|puppy|trampoline|labrador|lab|spaniel|paws|cat|kitten|horse|toddler|kids|"
        r"pounced|licked",
        # Bruises that only look like it: "look like I got jumped, lol".
        unless=(
            r"(?:look|looks|looked|looking) like (?:i|i've|ive|i'd) (?:\w+ )?(?:got|been) jumped"
        ),
        reason="You wrote that someone attacked you or is threatening to.",
        examples=(
            "got jumped after school by the same lads again",
            "they said next time they're bringing a knife",
        ),
        near_misses=(
            "got jumped on by the dog when I came home",
            "she's bringing a knife for the birthday cake",
            "bruises all up my legs from hockey, looks like I got jumped",
        ),
    ),
    # A gun laid out in silence at home: "put the gun on the kitchen table during dinner".
    Rule(
        id="harm.gun_shown",
        kind="harm_from_others",
        negatable=False,
        anchors=words("gun$|guns$|rifle|shotgun|pistol|revolver|handgun"),
        pattern=(
            r"(?:he|she|they|my \w+|her \w+|his \w+) (?:\w+ )?(?:put|puts|laid|lays|placed|places|"
            r"set|sets|slammed|slams|left|leaves|pointed|points|aimed|aims|waved|waves) "
            r"(?:the|a|his|her|their) (?:gun|rifle|shotgun|pistol|revolver|handgun) (?:\w+ )?"
            r"(?:on|at|in front of|next to|beside|by) (?:the|my|me|us|our) ?(?:\w+ )?(?:table|"
            r"bed|pillow|plate|head|face)?"
        ),
        benign=r"safe|cabinet|range|hunting|licen[cs]e|clean\w*|toy|nerf|water|glue|display|"
        r"museum",
        reason="You wrote that someone uses a gun to frighten you.",
        examples=("He put the gun on the kitchen table during dinner. Didn't say anything.",),
        near_misses=("he put the gun in the safe after the hunting trip",),
    ),
    # Threats quoted without a speaker, or said in passive voice: "'Kill you if you tell
    # anyone' - that's what he whispered", "being told 'one day I'll kill you' by your son".
    Rule(
        id="harm.quoted_bare",
        kind="harm_from_others",
        negatable=False,
        anchors=(
            *combos("kill|hurt|burn|end|stab|shoot", "you"),
            *combos("burn|torch|bury", "me|us"),
            *combos("dealt|deal|sorted|taken", "with|out|care"),
            *combos("make", "sure|i|you|we|that"),
            *combos("i know", "where"),
        ),
        pattern=(
            r"(?:kill|hurt|end|stab|shoot|burn) you if you (?:ever )?(?:tell|leave|go|speak|talk|"
            r"call|report|try|say|breathe|run|open)"
            r"|(?:i'll|i will|i'm going to|i'm gonna|one day i'll|one day i will) (?:\w+ )?(?:kill|"
            r"hurt|stab|shoot|burn|end) you(?! (?:at|in) (?:chess|cards|scrabble|a game|the game|"
            r"mario kart|fifa|tennis|golf))"
            r"|(?:they'll|they will|he'll|she'll|he will|she will|they'd|he'd|she'd|they're going "
            r"to|he's going to|she's going to) (?:\w+ )?(?:burn|torch|bury) (?:me|us)"
            r"(?! (?:at|in) (?:chess|cards|a game|the game|the quiz))"
            r"|i'?d be (?:dealt with|sorted out|taken care of)"
            r"|i know where you (?:live|sleep|work|are|stay|park|go|sleep at night)(?! lol| haha)"
            r"|(?:make sure|make) (?:that )?(?:i|you|we) (?:disappear|vanish|never (?:see|speak|"
            r"talk|walk|leave|tell)|can't (?:tell|talk|walk|speak|leave))"
        ),
        benign=r"lol|haha|joking|\bjk\b|spoil\w*|spoiler|ending|finish my|eat my|leftovers|"
        r"chess|game|quiz|biscuit|chocolate|sunburn|sun|curry|chilli|spicy",
        # A joke threat over a small thing: "I'll kill you if you spoil the finale".
        unless=(
            r"kill you if you (?:\w+ )?(?:spoil|eat|touch|finish|drink|tell (?:\w+ )?about the "
            r"(?:party|surprise|present)|forget|lose|break|borrow|wear|take my)"
        ),
        reason="You wrote that someone threatened you.",
        examples=(
            "\u201cKill you if you tell anyone\u201d \u2014 that's what he whispered.",
            "Being told 'one day I'll kill you and no one will miss you' by your own son.",
            "My mother-in-law says if I don't bring more money they'll burn me.",
            "I was told by my husband that I'd be 'dealt with' if I spoke to my sister.",
            "Coach says if I tell anyone he'll make sure I disappear.",
        ),
        near_misses=(
            "I'll kill you if you spoil the ending lol",
            "the sun will burn me if I forget sunscreen",
            "my boss will make sure I never work weekends again, bless her",
        ),
    ),
    # Someone who knows where another person lives now, or is waiting for them: fear for a
    # parent, sister or friend.
    Rule(
        id="concern.found_where",
        kind="concern_for_other",
        negatable=False,
        anchors=combos("knows|know|knew|found out|finds out|worked out", "where"),
        pattern=(
            r"(?:he|she|they|her ex|his ex|their ex|\w+'s ex|her \w+|his \w+) (?:\w+ ){0,6}?"
            r"(?:knows|know|found out|knew|finds out|worked out) where (?:she|he|they|my \w+|"
            r"her \w+|his \w+)(?:'s| is|'re| are)? (?:lives?|living|staying|stays|works|working|"
            r"sleeps|hiding|moved to|is)(?! (?:now|these days) "
            r"(?:so|and) (?:he|she|they) (?:can|could) (?:visit|pop))"
        ),
        needs=(
            r"ex|messag\w*|text\w*|scared|afraid|threat\w*|pretend\w*|restraining|police|"
            r"stalk\w*|harass\w*|won't leave (?:her|him|them) alone|blocked|watching|now"
        ),
        benign=r"party|birthday|invite|card|parcel|delivery|postcode|uber|taxi|visit",
        reason="You wrote that someone you love may be in danger from another person.",
        examples=("Mum's ex has been messaging her saying he knows where she lives now.",),
        near_misses=("my cousin finally knows where she lives now, so he can send the parcel",),
    ),
    # Coercive control: being tracked, money or documents taken, kept from leaving. Sharing a
    # location with a friend or a joint account stays calm.
    Rule(
        id="harm.control",
        kind="harm_from_others",
        negatable=False,
        anchors=combos(
            "tracks|tracked|tracking|checks|checked|checking|reads|monitors|monitored|takes|took|"
            "controls|controlled|hides|hid|keeps|kept|locks|locked|confiscated|confiscates",
            "my",
        ),
        pattern=(
            r"(?:tracks|tracked|tracking|checks|checked|checking|reads|monitors|monitored|takes|"
            r"took|controls|controlled|hides|hid|keeps|kept|locks|locked|confiscated|confiscates) "
            r"my (?:\w+ )?(?:location|phone|messages|texts|emails|bank cards?|cards?|money|"
            r"passport|keys|car keys|documents|wages|pay|salary|benefits|id|visa|papers)"
        ),
        needs=(
            r"can't leave|cant leave|won't let me|wont let me|doesn't let me|not allowed|so i can't"
            r"|"
            r"so i cant|every (?:night|day)|without (?:his|her|their) (?:permission|say)|have to as"
            r"k|"
            r"scared|afraid|terrified|trapped|punish\w*|if i (?:go|leave|see)|so i (?:can't|cannot)"
            r" "
            r"(?:leave|go|see|call)"
        ),
        benign=r"lost|found|safe ?keeping|holiday|joint|we agreed|we both|kid's|toddler|baby|"
        r"find my phone|for (?:safety|the trip)",
        reason="You wrote that someone controls where you go or what you have.",
        examples=("He tracks my location and takes my bank card so I can't leave.",),
        near_misses=("my sister tracks my location when I run at night, we agreed it's safer",),
    ),
    # A threat to break the writer's bones or put them in hospital: "said he'd break my arm if
    # I told Mum", "he'll put me in hospital". "Mum will break my neck if I'm late" is the
    # everyday hyperbole, so a neck only counts snapped, and joking words nearby cancel.
    Rule(
        id="harm.break_threat",
        kind="harm_from_others",
        negatable=False,
        anchors=(
            *combos("break|snap|smash|bust", "my|your|ur|both"),
            *combos("put|land|send", "me|you|u"),
        ),
        pattern=(
            r"(?:(?:he'd|hed|he'll|hell|she'd|shed|she'll|they'd|theyd|they'll|he will|he would|"
            r"she will|she would|they will|they would|gonna|going to) (?:\w+ )?(?:(?:break|smash|"
            r"bust) (?:my|both my) " + _BONES + r"|snap my (?:neck|" + _BONES + r")|(?:put|land|"
            r"send) me "
            + _PLACES
            + r")|(?:i'll|ill|i'd|i will|gonna|going to) (?:\w+ )?(?:(?:break|"
            r"smash|bust) (?:your|ur|both your) "
            + _BONES
            + r"|snap (?:your|ur) (?:neck|"
            + _BONES
            + r")|(?:put|land|send) (?:you|u) "
            + _PLACES
            + r"))"
        ),
        benign=(
            r"joking|lol|lmao|haha|kidding|coach|training|late|the carpet|skiing|trampoline|"
            r"doctors?|gp|nurses?|consultant|surgeon|fever|ward|admit\w*"
        ),
        reason="You wrote that someone threatened to hurt you badly.",
        examples=(
            "my brother said hed break my arm if i told mum. hes done it before",
            "He said he'll put me in hospital if I go to my sister's again.",
        ),
        near_misses=(
            "mum said she'll break my neck if i'm late again lol",
            "the doctor said they would put me in hospital if the fever came back",
        ),
    ),
)
