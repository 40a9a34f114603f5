"""Goodbyes told plainly: a letter for the kids put in with the will, "I tried really hard for a
really long time", the last page of a journal, everyone one loves texted, a move that isn't
happening, things arranged so nobody has to deal with anything after."""

from selftrust.language.crisis_rules.shared import Rule, combos

RULES: tuple[Rule, ...] = (
    # A letter left with the will, a last page: "letter for the kids is written. Sealed it and
    # put it in with the will", "this is the last page I'll write in here".
    Rule(
        id="suicide.last_letter",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("is|are", "written|sealed|finished"),
            *combos("is|are", "all", "written|sealed|finished"),
            *combos("last", "page|entry|thing", "i'll|i"),
        ),
        pattern=(
            r"(?:letters?|notes?|cards?) (?:for|to) (?:\w+ ){1,2}?(?:is|are) (?:all )?(?:written|"
            r"finished|sealed)"
            r"|last (?:page|entry|thing) i(?:'ll| will) (?:ever )?write(?: in (?:here|this))?"
        ),
        needs=(
            r"will|sealed|after|goodbye|find it|thanks for listening|thank you for listening|"
            r"only one who|for the kids|for my kids|goodbye|sorry"
        ),
        benign=(
            r"new (?:one|notebook|journal|book|diary)|full|filled|run out|ran out|thank you cards|"
            r"christmas|birthday|wedding|application|cover letter|exam|essay|report|off to bed|"
            r"bed now"
        ),
        reason="You wrote about saying goodbye, which can come before ending a life.",
        examples=(
            "Letter for the kids is written. Sealed it and put it in with the will.",
            "This is the last page I'll write in here. Thanks for listening, book.",
        ),
        near_misses=(
            "Thank you cards for the wedding are written, finally!",
            "Last page I'll write in this notebook, it's full. New one tomorrow.",
        ),
    ),
    # An apology to everyone after trying so long; texting everyone one loves to say thanks:
    # "Sorry, everyone. I tried really hard for a really long time."
    Rule(
        id="suicide.tried_so_long",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("tried", "really|so|my|hard"),
            *combos("everyone|everybody", "i", "love|care"),
            *combos("right|fitting|proper|good", "last", "thing"),
        ),
        pattern=(
            r"i tried (?:really |so |my |very )?hard(?:est)? for (?:a |so )?(?:really |very |so )?"
            r"long(?: time)?(?=\W*(?:[.!?\n]|$))"
            r"|(?:texted|messaged|rang|called|phoned|wrote to|hugged|told) (?:\w+ )?(?:everyone|"
            r"everybody) i (?:love|care about)(?: \w+){0,3}? (?:to say (?:thanks|thank you|goodbye|"
            r"sorry)|just to tell them|to tell them i love them)"
            r"|(?:right|fitting|proper|good) last thing to do"
        ),
        needs=(
            r"sorry|forgive|goodbye|love you|thanks for everything|thank you for everything|last|"
            r"soppy|just to tell them"
        ),
        benign=(
            r"wedding|party|christmas|birthday|new year|eid|diwali|graduation|congrat\w*|"
            r"news|engag\w*|pregnan\w*|results?|exam|diet|marathon|driving test|interview"
        ),
        reason="You wrote about saying goodbye, which can come before ending a life.",
        examples=(
            "Sorry, everyone. I tried really hard for a really long time.",
            "Texted everyone I love tonight to say thanks for everything. Felt like the right "
            "last thing to do.",
            "Texted everyone I love today just to tell them. I'm saying goodbye.",
        ),
        near_misses=(
            "Texted everyone I love to tell them the news, we're engaged!",
            "Sorry, I tried so hard for so long to pass the driving test.",
        ),
    ),
    # A cover story for giving things away: "told the neighbour it's because of the move. There
    # is no move", "he thinks I'm just having a clear out. I'm not".
    Rule(
        id="suicide.no_move",
        kind="suicide",  # the writer's own cover story, whoever "thinks" it
        anchors=(
            *combos("there's|theres", "no"),
            *combos("there", "is", "no"),
            *combos("thinks|reckons|believes|thought", "i'm|im"),
            *combos("thinks|reckons|believes|thought", "that", "i'm|im"),
            *combos("thinks|reckons|believes|thought", "i", "am"),
            *combos("thinks|reckons|believes|thought", "that", "i", "am"),
        ),
        pattern=(
            r"(?:there's|there is|theres) no (?:move|trip|holiday|new job|moving|new flat|"
            r"new house)(?=\W*(?:[.!?,;\n]|$))"
            r"|(?:thinks|reckons|believes|thought) (?:that )?(?:i'm|im|i am) (?:just )?"
            r"(?:having a clear ?out|clearing out|decluttering|moving|travelling|traveling|"
            r"going away|going on holiday)"
        ),
        needs=(
            r"(?:i'm|i am|im) not(?=\W*(?:[.!?\n]|$))|there(?:'s| is) no|that's a lie|"
            r"it's a lie"
        ),
        reason="You wrote about a cover story, next to giving things away or saying goodbye.",
        examples=(
            "Found a good home for Biscuit. Told the neighbour it's because of the move. There "
            "is no move.",
            "Gave my good coat and the PS5 to my brother today. He thinks I'm just having a "
            "clear out. I'm not.",
        ),
        near_misses=(
            "Gave my old coats to the charity shop. Mum thinks I'm having a clear out and she's "
            "right.",
            "There's no trip this year, money's tight.",
        ),
    ),
    # Arranged so nobody has to deal with anything after: "set up the payments so Amma won't
    # have to deal with anything after", "paid Kev back, cancelled the gym. Tidy ending."
    Rule(
        id="suicide.after_arranged",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("have", "to", "deal|sort|worry"),
            *combos("tidy|clean|neat", "ending|exit"),
        ),
        pattern=(
            r"(?:won't|will not|wont|don't|doesn't|wouldn't|never) have to (?:deal with|sort|"
            r"sort out|worry about) (?:anything|it|stuff|things|a thing|my stuff) after"
            r"(?=\W*(?:[.!?,;\n]|$))"
            r"|(?:tidy|clean|neat) (?:ending|exit)(?=\W*(?:[.!?,;\n]|$))"
        ),
        needs=(
            r"paid|cancel\w*|sorted|payments|debts?|will|in order|keys|passwords?|gave|"
            r"everything|after"
        ),
        benign=r"story|book|film|movie|series|season|episode|novel|game|match|essay|chapter",
        reason="You wrote about putting things in order, which can come before ending a life.",
        examples=(
            "Set up all the automatic payments so Amma won't have to deal with anything after.",
            "Sorted my tips jar, paid Kev back the forty quid, cancelled the gym. Tidy ending.",
        ),
        near_misses=(
            "Finished the series, tidy ending, no loose threads.",
            "Set up the payments so I won't have to deal with the bank after the move.",
        ),
    ),
)
