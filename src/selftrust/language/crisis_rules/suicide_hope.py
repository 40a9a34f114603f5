"""Hoping to be ended: hoping for a crash or an illness, and not minding if an accident came."""

from selftrust.language.crisis_rules.shared import Rule, combos

RULES: tuple[Rule, ...] = (
    # Hoping for an accident or an illness to end things.
    Rule(
        id="suicide.hope_die",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos(
            "hope|hoping|wish|wishing|wished|pray|praying|prayed",
            "a|that|the|some|i|this|my|i'll|i'd|car|bus|truck|train|lorry|plane|flight|something",
        ),
        pattern=(
            r"(?:hope|hoping|wish|wishing|wished|pray|praying|prayed) (?:that )?(?:a |the |some )?"
            r"(?:car|bus|truck|train|lorry) (?:hits|hit|runs me over|kills|will hit|would hit|"
            r"could hit|would run me over|would kill) me"
            r"|(?:hope|hoping|wish|pray|praying) (?:the|this|my) (?:plane|flight) (?:crashes|"
            r"goes down)"
            r"|(?:hope|hoping|wish|pray|praying|prayed) (?:that )?i (?:get hit|get run over|die|"
            r"just die|drop dead|don't make it|dont make it|don't survive|dont survive|never come "
            r"back|get sick and die)(?! (?:of|from|laughing|home|to|in time))"
            # "Hoping something happens to me": with no good word in it, the hope is for harm.
            r"|(?:hope|hoping|wish|wishing|pray|praying|prayed) (?:that )?my heart (?:just |will |"
            r"would )?(?:stops?|gives? out|gives? up)"
            r"|(?:hope|hoping|wish|wishing|pray|praying|prayed) (?:that )?(?:i'd|i would|i'll|i "
            r"will|i) (?:crash|lose control|swerve|spin out|go off the road|hit (?:a|the) (?:tree|"
            r"wall|barrier|lorry|truck|bridge))"
            r"|(?:hope|hoping|wish|wishing|pray|praying|prayed) (?:that )?something (?:bad |"
            r"terrible |awful )?(?:will |would |just )?happens? to me"
        ),
        reason="You wrote about hoping something would end your life.",
        examples=(
            "some days i pray a bus hits me on the way to work",
            "i hope the plane crashes",
            "i hope i just die in my sleep",
            "i keep hoping something will happen to me",
            "some nights i lie there and hope my heart just stops",
            "drove fast on the motorway hoping i'd lose control",
        ),
        near_misses=(
            "i hope i don't make it too late",
            "i hope the bus is on time",
            "hoping something good happens to me this year",
        ),
    ),
    # Wishing for an accident: "if a car hit me I don't think I'd mind".
    Rule(
        id="suicide.accident_wish",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "car|bus|truck|lorry|train|plane|tree|flight|ferry|boat",
                "hit|hits|crashed|crashes|fell|falls|ran|runs|killed|kills|went|goes|sank|sinks|"
                "came|happened|happens|happen",
            ),
            *combos(
                "something|anything",
                "happened|happens|happen|bad|hit|hits|crashed|crashes|fell|falls|ran|runs|killed|"
                "kills",
            ),
            *combos("mind|care", "if"),
            *combos("welcome|mind", "a|an"),
            *combos("glad|grateful", "of|for", "a|an"),
        ),
        pattern=(
            r"if (?:a |the |some )?(?:car|bus|truck|lorry|train|plane|tree|something|anything) "
            r"(?:\w+ ){0,2}?(?:hit|hits|crashed|crashes|fell|falls|happened|happens|ran|runs|"
            r"killed|kills) (?:\w+ ){0,8}?(?:i (?:\w+ )?(?:wouldn't|would not|wouldnt|won't|wont|"
            r"don't think i'd|dont think i'd|doubt i'd|honestly wouldn't) (?:even |really |much |"
            r"that much |honestly )?(?:mind|care)|(?:i'd|i would|it'd|it would) (?:honestly |"
            r"probably |almost |kind of |kinda )?(?:be )?(?:relieved|a relief|fine|okay|ok|glad|"
            r"grateful))"
            r"|(?:i'd|i would|i'd honestly|i would honestly) (?:welcome|not mind|be glad of|be "
            r"grateful for) (?:a|an) (?:car |bus |plane |fatal )?(?:accident|crash|heart attack|"
            r"stroke|illness|terminal illness|terminal diagnosis|aneurysm)"
            r"|(?:wouldn't|would not|won't|wont|don't|dont) (?:\w+ )?(?:mind|care) if "
            r"(?:(?:something|anything) (?:bad )?(?:happened|happens|happen) to me|(?:the|a|my) "
            r"(?:plane|car|bus|train|flight|ferry|boat) (?:went down|goes down|crashed|crashes|"
            r"sank|sinks|hit me|came off the road)|i (?:got hit|got run over|died|didn't make it|"
            r"crashed|never woke up|didn't come back|got sick and died))"
        ),
        reason="You wrote that you wouldn't mind if something ended your life.",
        examples=(
            "If a car hit me on the way to work I don't think I'd mind much",
            "i wouldn't care if something happened to me",
            "wouldn't mind if the plane went down on the way home tbh",
            "I'd welcome a car accident at this point.",
        ),
        near_misses=(
            "if the bus is late i don't think i'd mind much",
            "if anything happens to the car i'd be upset",
        ),
    ),
)
