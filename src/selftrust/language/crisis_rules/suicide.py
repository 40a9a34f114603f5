"""Suicide said outright: killing oneself, ending one's life, wanting to die, the word itself,
online slang, and thinking about dying."""

from selftrust.language.crisis_rules.shared import ME, Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Ending one's own life named outright, with misspellings, leetspeak ("k1ll") and slang verbs
    # ("off myself", "neck myself"). Idioms use "me", not "myself" ("this is killing me").
    Rule(
        id="suicide.kill_self",
        kind="suicide",
        anchors=(
            *words("kil|k1l|k!l|k*l|offing|necking"),
            *combos("off|neck", ME),
        ),
        pattern=(
            r"(?:kill|kil|k1ll|k!ll|k\*ll|killing|killed|kills) ?{me}(?! (?:laughing|with work|"
            r"at work))"
            r"|(?:going to|gonna|wanna|want to|about to|might|should|will|could|i'll|ready to|"
            r"tried to|trying to) (?:just )?(?:off|neck) {me}|(?:offing|necking) {me}"
        ),
        reason="You wrote about killing yourself.",
        examples=(
            "i just want to kill myself",
            "KILL MYSELF lol not even joking",
            "gonna off myself",
            "might just neck myself tbh",
        ),
        near_misses=(
            "this deadline is killing me",
            "i killed it at the presentation",
            "i'm not going to kill myself",
            "i'm so proud of myself",
            "necked a pint and went home",
        ),
    ),
    # Taking or ending one's life; "end it" only with a present wish or a time ("ending it
    # tonight"), so breakups ("we ended it last year", "ending things with him") stay out.
    Rule(
        id="suicide.end_life",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("life"),
            *combos("end|ending|ended|finish", "it|things|everything|myself|my"),
        ),
        pattern=(
            r"(?:end|ending|ended|take|taking|took) (?:my|my own) life(?! back)"
            r"|(?:end|ending|ended) it all"
            r"|{intent} (?:just )?(?:end|ending) (?:it|it all|things|everything|myself|my life)"
            r"(?! (?:with|between|for (?:him|her|them)|on a|early|before|after|there|here|at))"
            r"|(?:i|i'll|i will|i'm going to|i'm gonna|i am going to|i am gonna) (?:just )?(?:end|"
            r"finish) (?:it all|everything|my life)(?! (?:with|between|for (?:him|her|them)|on a|"
            r"early|at|there))"
            r"|(?:end|ending) (?:it|things|everything) (?:tonight|today|tomorrow|soon|now|for good|"
            r"this (?:week|weekend|time)|once and for all)(?! (?:with|between))"
        ),
        unless=(
            r"we (?:\w+ )?(?:decided|agreed|chose|wanted) to (?:just )?end (?:it|things)"
            r"|(?:decided|agreed) to end (?:it|things) (?:with|between|last|after|before)"
        ),
        reason="You wrote about ending your life.",
        examples=(
            "i think i'm going to end it tonight",
            "i want to end my life",
            "my friend said she wants to end it",
            "im so done. ending it tonight i think",
            "thinkin bout ending it all again",
        ),
        near_misses=(
            "i want to end it with him, he's so mean",
            "i'm taking my life back",
            "we decided to end things last year and stayed friends",
            "ending things tonight with my therapist, finding a new one",
        ),
    ),
    # Wanting to die, said directly or softly. "Die of embarrassment", "rather die than" and
    # "die my hair" (a common misspelling of dye) are left out.
    Rule(
        id="suicide.want_die",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("die|d1e|d!e|dead$|ded$|death|exist|alive|disappear|forever|dying|gone$|fade"),
            *combos("not|never", "wake|waking"),
            *combos("stop", "breathing|living"),
            *words("be finished|be done|six feet|ground$|be here"),
        ),
        pattern=(
            r"(?:{want}|wish i could|wish i would|just want to|ready to|deserve to|hope i|"
            r"feel like|kinda want to|really want to|would rather|i'd rather|id rather|"
            r"{cant} wait to) (?:just )?"
            r"(?:die|d1e|d!e|be dead|be ded|drop dead|not exist|stop existing|cease to exist|"
            r"not be alive|stop being alive|not wake up|never wake up|disappear forever|"
            r"disappear for good|be gone forever|be gone for good|(?:go to )?sleep forever|"
            r"stop living(?! (?:like|in|with|here|at|on|for))|not be here(?= anymore| any more|"
            r" any "
            r"longer|\W*(?:[.!?\n]|$))|"
            r"stop breathing|be finished with (?:it|it all|everything|life)|be done with (?:it all|"
            r"life|everything)|be six feet under|be in the ground|fade away forever|"
            r"dying)(?! (?:of|from) (?:embarrassment|shame|cringe|laugh\w*|bored\w*|cuteness|"
            r"happiness|old age))(?! (?:laughing|a little|my hair|her hair|his hair|the hair))"
            r"(?! than (?!feel|live|go on|be alive|wake up|carry on|keep|deal|face|do this|exist|"
            r"be "
            r"here|spend|suffer|survive|get through|be like this))"
            r"|(?:{want}|want) death"
            r"|(?:rather|sooner) (?:be dead|die) than (?:go through|live (?:like|through|with)|"
            r"do another|feel (?:like )?this|keep (?:going|living|feeling)|spend another|"
            r"face another|be like this|carry on|wake up|get through|survive|suffer)"
        ),
        reason="You wrote about wanting to die.",
        examples=(
            "cant wait to not exist",
            "I lie awake wanting to be dead.",
            "i just wanna die",
            "honestly i want to be dead",
            "i feel like dying today",
            "she keeps saying she wants to die",
            "i'd rather be dead",
            "Part of me just wants to stop breathing and be finished with it.",
            "I'd rather be dead than do another winter like the last one",
        ),
        near_misses=(
            "i don't want to die",
            "i want to die of embarrassment lol",
            "i'd rather die than sing karaoke",
            "i feel like i'm dying, my heart is racing",
            "i want to die my hair blue",
        ),
    ),
    # Wishing to be dead, never born, or not to exist. Said by someone else about the writer
    # ("she wishes I was dead") it is treated as harm from others.
    Rule(
        id="suicide.wish_dead",
        kind="suicide",
        other_kind="harm_from_others",
        anchors=combos("wish|wishes|wished", "i|that|i'd|id"),
        pattern=(
            r"wish(?:es|ed)? (?:that )?i (?:was|were|'d|would|could) (?:be )?(?:dead|gone|"
            r"never born|not alive|not here|not exist|just die|disappear)"
            r"|wish(?:es|ed)? i (?:was|were|had|'d) never (?:been )?born"
            r"|wish(?:es|ed)? i (?:just )?(?:didn't|did not|didnt|wouldn't|would not) (?:exist|"
            r"wake up|have to wake up)"
            r"|wish(?:es|ed)? i (?:wasn't|weren't|wasnt|werent) (?:here|alive|around|born)"
        ),
        reason="You wrote about wishing you weren't alive.",
        examples=(
            "i wish i was never born",
            "sometimes i wish i was dead",
            "i wish i didn't exist",
            "i wish i wasn't alive",
        ),
        near_misses=("i wish i was on the beach right now", "i wish i could sleep in"),
    ),
    # The word itself, with misspellings, unless it is an idiom, a topic being discussed, or a
    # death being grieved ("he died by suicide" is bereavement, not a risk right now).
    Rule(
        id="suicide.word",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=words("suic|suis|sucid|suec|suac|su1|s*i|su!"),
        pattern=r"{suicide}",
        reason="You wrote about suicide.",
        examples=("i feel suicidal again", "been having sucidal thoughts", "is suicide selfish"),
        near_misses=(
            "career suicide honestly",
            "we watched a documentary about suicide prevention",
            "i'm not suicidal, i'm just really tired",
            "six years since my uncle died by suicide, we walked in his memory",
        ),
        unless=(
            r"(?:career|political|social|commercial|financial|fashion|professional|brand) "
            r"{suicide}|{suicide} (?:squad|doors?|prevention|awareness|rates?|statistics|stats|"
            r"bomb\w*|missions?|runs?|drills?|sprints?|lane|forest|hotline volunteer)"
            r"|(?:died|dies|death|deaths|lost (?:\w+ ){0,2}) (?:by|to|from|through) {suicide}"
            r"|(?:a|another) {suicide} on the (?:train |tube |railway )?(?:line|tracks|railway|"
            r"underground)"
        ),
        topic=True,
    ),
    # Everyday online words for suicide: kms, kys, unalive, sewerslide, ctb ("catch the bus"),
    # rope as a verb. "kms" after a number is kilometres.
    Rule(
        id="suicide.slang",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("kms$|kys$|unaliv|sewer|selfdelet|sui$|toaster|ctb$|rope$"),
            *words(
                "un alive|un alived|un aliving|un alives|self delete|self deleting|self deleted"
            ),
            *words("commit sui|committed sui"),
            *combos(
                "dip|exit|quit|leave|check out|log off", "from|life|this world|this earth|existence"
            ),
            *combos("check out|log off|exit", "permanently|forever|for good"),
        ),
        pattern=(
            r"(?<![\d])(?<![\d]\x20)kms|kys|un ?aliv(?:e|ed|ing|es)(?: {me})?|sewer ?(?:slide|"
            r"side)s?|self ?delet(?:e|ing)|commit(?:ted)? sui|sui (?:ideation|thoughts|attempt)|"
            r"toaster bath|ctb"
            r"|(?:dip|exit|check out|log off|quit|leave) (?:from )?(?:life|this world|this earth|"
            r"existence)(?! (?:for a (?:bit|while|day|week)|tonight|today))"
            r"|(?:check out|log off|exit) (?:permanently|forever|for good)"
            r"|(?:{want}|gonna|going to|about to|might|should|i'll|ready to) (?:just )?rope"
            r"(?! (?:swing|bridge|course|ladder|in|them|him|her|you|it))"
        ),
        reason="You used words that often mean wanting to end your life.",
        examples=(
            "literally want to kms",
            "ugh kys kys kys",
            "thinking about unaliving myself",
            "sewerslide is looking good rn",
            "ready to ctb. nobody would even notice",
            "might just rope tonight",
            "ready to dip from life fr",
        ),
        near_misses=(
            "ran 5 kms this morning",
            "i ran 10kms",
            "we want to rope in more helpers",
            "going to log off social media for a while",
        ),
        unless=r"told (?:him|her|them) to kys",
        topic=True,
    ),
    # Thinking about, imagining or fantasising about dying.
    Rule(
        id="suicide.thinking_about",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words(
                "dying|death|funeral|die|jumping|overdos|disappearing|unaliv|stepping|into traffic"
            ),
            *words("exist|dead$|gone$|obituary|grave|be here|crashing my"),
            *combos("killing", "myself|herself|himself|themselves"),
            *combos("ending|endin", "it|my|things"),
            *combos("not", "being|existing|waking"),
            *combos("my|own", "wake"),
        ),
        pattern=(
            r"(?:{think}|fantasi[sz]e|fantasi[sz]ing|dreaming|dream|obsessing|daydreaming|"
            r"daydream|imagining|imagine|picturing|talks|talking|talked|keeps saying|kept saying|"
            r"joking|jokes|joked|joke|going on|banging on|posting|posts|posted) "
            r"(?:a lot |so much |constantly |all the time |again |more )?{about} "
            r"(?:dying|being dead|killing (?:myself|herself|himself|themselves)|(?:ending|"
            r"endin) it|"
            r"(?:ending|endin) it all|ending my life|ending things|not being (?:here|alive|around)|"
            r"not existing|not waking up|my (?:own )?(?:death|funeral|grave|obituary|wake)|"
            r"how to die|ways to die|"
            r"jumping(?! (?:on the|in the|into the (?:pool|lake|sea)|rope|jacks|castle))|"
            r"overdosing|disappearing forever|wanting to die|unaliving|stepping (?:onto|"
            r"off|in front of) (?:them|it|the tracks|a train|the train)|walking into traffic|"
            r"crashing my car)"
            r"|(?:what|how) it (?:would|'d) (?:be|feel) (?:like )?(?:to|if i) (?:not be here|"
            r"not exist|be dead|die|just die|was gone|were gone|was dead|were dead)"
        ),
        reason="You wrote about thinking of dying.",
        examples=(
            "i've been thinking about dying a lot",
            "keep fantasizing about my funeral",
            "she keeps talking about not being here",
            "i wonder what it would be like to not be here",
        ),
        near_misses=(
            "thinking about dying my hair red",
            "i was thinking about my grandpa's funeral",
            "what it would be like to live abroad",
        ),
        unless=r"dying (?:my|her|his|their|the) (?:hair|shirt|jeans|clothes|fabric|eggs)",
    ),
)
