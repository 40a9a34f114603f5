"""Suicide told in the words of games, sport and plain plans: "not respawn", "uninstall
myself", "not the hotel kind", a place picked, a nerve worked up, "I know how I'd do it", and
goodbyes said "one last time"."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Game and computer words for ending a life: "want to sleep and not respawn", "pressing
    # uninstall on myself". Deleting an app or leaving a group chat is everyday.
    Rule(
        id="suicide.game_words",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("respawn|uninstall|s*icidal|s*cidal"),
            *combos("delete|deleting|deleted|alt", "myself|f4"),
        ),
        pattern=(
            r"(?:not|never|don't|dont|won't|wont|without) (?:\w+ )?respawn(?:ing)?"
            r"|uninstall(?:ing)? (?:on )?(?:myself|my life|life)"
            r"|(?:press|pressing|pressed|hit|hitting|click|clicking) (?:\w+ )?uninstall on "
            r"(?:myself|my life|life)"
            r"|(?:delete|deleting|deleted) myself(?! (?:from|off|out of|on))"
            r"|alt f4 (?:on )?(?:myself|my life|life)"
            r"|s\*icidal|s\*cidal"
        ),
        reason="You wrote about ending your life.",
        examples=(
            "want to go to sleep and not respawn",
            "so close to pressing uninstall on myself",
            "s*icidal 24/7 lately",
        ),
        near_misses=(
            "deleted myself from the group chat, too much drama",
            "uninstalled the game, it was eating my evenings",
        ),
    ),
    # Said straight after a joke-sounding phrase: "checking out soon, and not the hotel kind",
    # "a long walk off a short pier, and I'm not joking".
    Rule(
        id="suicide.not_the_joke",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(*words("short pier"), *combos("checking|check|checked", "out")),
        pattern=(
            r"(?:checking|check|checked) out (?:\w+ ){0,4}?(?:and )?not the (?:hotel|holiday|"
            r"supermarket|library) kind"
            r"|(?:thinking about|think about|want to|wanna|going to|gonna|might|could|ready to) "
            r"(?:just )?tak(?:e|ing) a long walk off a short pier"
        ),
        reason="You wrote about ending your life.",
        examples=(
            "I'm checking out soon, I think, and not the hotel kind.",
            "Thinking about taking a long walk off a short pier, and I'm not joking this time.",
        ),
        near_misses=(
            "He can take a long walk off a short pier for all I care.",
            "checking out the new library, the kind with a café",
        ),
    ),
    # Swimming out and not back: "a swim and not bothering to swim back".
    Rule(
        id="suicide.swim_out",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(*words("swim back|swimming back|come back in|coming back in"),),
        pattern=(
            r"(?:not|never|without|don't|dont|no) (?:\w+ ){0,2}?(?:swim|swimming) back"
            r"|(?:not|never|without|don't|dont) (?:\w+ ){0,2}?(?:come|coming) back in"
            r"(?=\W*(?:[.!?\n]|$))"
        ),
        benign=r"tide|lifeguard|boat|kayak|current was|rip|wetsuit|race|relay|lesson",
        reason="You wrote about ending your life in the water.",
        examples=(
            "Sometimes I think about just going for a swim and not bothering to swim back.",
            "walk into the sea and not come back in.",
        ),
        near_misses=("swam out to the buoy and the lifeguard told us not to swim back alone",),
    ),
    # A place picked, a floor or a cliff gone off, a nerve worked up near a drop.
    Rule(
        id="suicide.place_picked",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("picked|chosen|chose|found", "the|a|my", "bridge|cliff|building|tower|spot"),
            *combos("going|go", "off"),
            *words("the nerve|the courage"),
            *combos("best", "place|spot|way"),
        ),
        pattern=(
            r"(?:picked|chosen|chose|found) (?:the|a|my) (?:bridge|cliff|building|tower|"
            r"spot)(?=\W*(?:[.!?\n]|$)| (?:to (?:jump|go|do it)|for (?:it|tonight|saturday|sunday"
            r"|friday)))"
            r"|(?:going|go) off (?:the|a) (?:\w+ )?"
            r"(?:\d+\w* floor|top floor|cliff|roof|bridge|ledge|balcony|building|car park)"
            r"|working up (?:the )?(?:nerve|courage)(?=\W*(?:[.!?\n]|$))"
            r"|best (?:place|spot|way) to (?:go over|go off|jump|do it)(?=\W*(?:[.!?\n]|$))"
        ),
        needs=(
            r"bridge|cliff|dam|roof|floor|building|ledge|edge|drop|river|sea|tracks|train|"
            r"windows?|tower|car park|lookout|nobody would find|saturday|sunday|tonight|shift"
        ),
        benign=r"photos?|wedding|picnic|view|painting|sunset|abseil\w*|bungee|diving|parkour|"
        r"ask (?:her|him) out|speech|interview|karaoke|propos\w*",
        reason="You wrote about a way to end your life.",
        examples=(
            "picked the bridge. going saturday after my shift",
            "if i fail this resit im going off the 9th floor of the library",
            "drove past the dam 3 times tonight working up the nerve",
            "sat in the car by the bridge working out the best place to go over.",
        ),
        near_misses=(
            "picked the bridge for our wedding photos",
            "stood by the river working up the nerve to ask her out",
        ),
    ),
    # Knowing how, or what the means are for: "I know exactly how I'd do it".
    Rule(
        id="suicide.know_how",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("how", "i'd|id|i'll|ill"),
            *words("use them for|use it for"),
            *combos("many", "would|it|it'd|itd|does"),
        ),
        pattern=(
            r"know (?:exactly |just )?how (?:i'd|id|i'll|ill) "
            r"do it(?=\W*(?:[.!?\n]|$)|,| and| i just| if)"
            r"|know what (?:i'd|i would|id) use (?:them|it) for"
            r"|how many (?:would|it would|it'd|itd|does it|it takes) (?:be enough|take|do it|kill)"
        ),
        needs=(
            r"empty|alone|nobody|no one|{pills}|rope|bridge|gun|die|dying|gone|tonight|weekend|"
            r"house to myself|enough"
        ),
        benign=r"recipe|cake|bake|kitchen|garden|renovat\w*|party|wedding|project|painting|"
        r"spreadsheet|presentation|speech",
        reason="You wrote about a plan to end your life.",
        examples=(
            "i know exactly how id do it, i just need the house empty",
            "Found his old sleeping tablets. I know what I'd use them for.",
            "mum's tablets are in the cupboard and I've been reading how many would be enough",
        ),
        near_misses=("she asked how many would be enough for the party, I said twelve",),
    ),
    # Goodbyes said as the last: "texted everyone I love them, one last time", "didn't tell
    # him it was goodbye".
    Rule(
        id="suicide.last_goodbye",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(*words("last time|goodbye"),),
        pattern=(
            r"(?:love (?:them|you|him|her|u|them all|you all)|goodbye|bye)(?: \w+){0,8}? "
            r"(?:one last time|for the last time)"
            r"|(?:didn't|didnt|did not|never|won't|wont|can't|cant) (?:tell|told|say|said) "
            r"(?:him|her|them|anyone|you|u|mum|mom|dad) (?:that )?(?:it was|this was|it's|its|"
            r"it is|this is|i was saying) (?:goodbye|the last time)"
        ),
        benign=r"house|flat|school|office|job|holiday|city|country|team|shop|pub|moving|move|"
        r"retir\w*|graduat\w*|leaving do|farewell|concert|tour",
        reason="You wrote about saying goodbye for the last time.",
        examples=(
            "hugged the kids and said i love you all one last time",
            "Rang my brother just to tell him I love him. Didn't tell him it was goodbye.",
        ),
        near_misses=(
            "said bye to the team one last time at my leaving do",
            "hugged everyone at my leaving do and said bye one last time",
        ),
    ),
)
