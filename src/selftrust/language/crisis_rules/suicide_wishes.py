"""Wishes not to live, told in everyday words: "to not exist", "stop existing", "I'd rather not
wake up", "take me in my sleep", envying those who go peacefully, hoping a scan comes back bad,
"my last day alive", "it'd all be over", clocking out of life, and the nerve to end it."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

_VEHICLE = r"truck|lorry|car|bus|van|ute|train|tram|tractor|artic|coach"

RULES: tuple[Rule, ...] = (
    # Not existing: "how nice it would be to not exist", "I keep wishing I could just stop
    # existing". A thing that doesn't exist ("that shop doesn't exist any more") is everyday.
    Rule(
        id="suicide.not_exist",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("not|stop|stopped|cease", "exist|existing"),
            *combos("cease", "to", "exist"),
            *combos("tired", "of", "existing|living|being"),
        ),
        pattern=(
            r"(?:to|just|could|would|i'd|id|i) not exist(?=\W*(?:[.!?,;\n]|$)| any ?more| anymore)"
            r"|(?:stop|stopped) existing|cease to exist"
            r"|tired of (?:existing|living|being alive|being a person|being human|being here)"
            r"(?=\W*(?:[.!?,;\n]|$)| any ?more| at all)"
        ),
        benign=r"shop|website|page|account|band|bus route",
        reason="You wrote that you wish you weren't alive.",
        examples=(
            "Lying here thinking how nice it would be to not exist.",
            "I keep wishing I could just stop existing. Not run away, just stop.",
            "Tired of being a person at all.",
        ),
        near_misses=(
            "The shop I loved as a kid doesn't exist any more.",
            "Tired of being the one who always cooks.",
        ),
    ),
    # Rather not wake, taken in one's sleep, asleep and that being it: "I'd rather not wake up",
    # "prayed that Allah would take me in my sleep", "go to sleep tonight and that being it".
    Rule(
        id="suicide.taken_in_sleep",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("rather", "not", "wake"),
            *combos("take", "me", "in"),
            *combos("would|will|could|might", "take", "me"),
            *combos("would|will|could|might", "just", "take"),
            *combos("and", "take", "me"),
            *combos("that|it", "being", "it|the"),
            *combos("didn't|didnt|never|don't|dont", "wake"),
        ),
        pattern=(
            r"(?:i'd|id|i would) (?:much )?rather not wake up(?! (?:at|early|for|before|so early|"
            r"that early|on|in time|till|until))"
            r"|take me in my sleep"
            r"|(?:pray\w*|hope|hoping|wish|wishing|ask\w*|beg\w*) (?:\w+ ){0,3}?(?:god|allah|the "
            r"lord|lord|jesus|the universe|someone up there|he|she) (?:would|will|could|might) "
            r"(?:just )?(?:come and )?take me(?! (?:to|out|for|back|shopping|through|with|there))"
            r"|(?:sleep|asleep|bed)(?: tonight)? and (?:that|it) being (?:it|the end)"
            r"|if i (?:went to sleep|fell asleep|go to sleep|fall asleep) and (?:just )?(?:didn't|"
            r"didnt|never|don't|dont) wake(?: up)?"
        ),
        reason="You wrote that you wish you wouldn't wake up.",
        examples=(
            "some days i think id rather not wake up than go back to living as her",
            "Prayed tonight that Allah would just take me in my sleep.",
            "I'd be fine with going to sleep tonight and that being it.",
            "If I went to sleep and just didn't wake up I genuinely think that'd be fine.",
        ),
        near_misses=(
            "Prayed that God would take me through this week gently.",
            "Dad will take me home tonight after the gig.",
        ),
    ),
    # Envying the dead, hoping an illness wins: "envying the patients who go peacefully", "half
    # of me hopes the biopsy comes back bad", "I don't think I'd fight it this time".
    Rule(
        id="suicide.hoping_illness",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("envy|envying|envied|jealous"),
            *words("biopsy|biopsies|tumour|tumor|lump|bloods"),
            *combos("scan|scans|result|results|test|tests|cancer", "comes|come|is|are|will"),
            *combos("fight", "it|this|back"),
        ),
        pattern=(
            r"(?:envy|envying|envied|jealous of) (?:the )?(?:people|patients|ones|those|folk|"
            r"residents|old folk) who (?:die|go peacefully|pass peacefully|get to go|get to die|"
            r"don't wake up|passed|went peacefully)"
            r"|(?:hope|hopes|hoping|hoped|praying|pray) (?:that )?(?:the |my |this )?(?:biopsy|"
            r"scan|results?|tests?|bloods|lump|tumou?r|cancer)s? (?:\w+ ){0,2}?(?:bad|positive|"
            r"malignant|terminal|cancer|is cancer|back)(?! negative| clear| fine| okay| ok)"
            r"|(?:wouldn't|would not|won't|will not|not going to|don't think i'd|dont think id|"
            r"don't think i would) (?:\w+ )?fight (?:it|this|back)(?: this time| again)?"
        ),
        needs=(
            r"way out|blame|hoping it does|hope it does|part of me|half of me|envy\w*|jealous|"
            r"peacefully|wouldn't mind|would be easier|relief|this time|decided for me|out of my "
            r"hands"
        ),
        benign=r"fingers crossed|please be|praying it's not|praying its not|nervous|scared it",
        reason="You wrote that you wish you weren't alive.",
        examples=(
            "Half of me hopes the biopsy comes back bad so I'd have a way out.",
            "If the cancer comes back I don't think I'd fight it this time. Part of me is "
            "hoping it does.",
            "On nights I catch myself envying the patients who go peacefully.",
        ),
        near_misses=(
            "Hoping the scan comes back clear, fingers crossed.",
            "If the cancer comes back we will fight it again, together.",
        ),
    ),
    # An accident hoped for on the road: "if the truck went in the ditch and I never got out,
    # that'd be alright by me", "hope the truck in the other lane drifts over", "wouldn't mind
    # if a bus took me out", "if the van just didn't stop at the roundabout".
    Rule(
        id="suicide.road_wish",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("alright|right|ok|okay|fine|relief|grand", "by|with", "me"),
            *words("drifts|swerves|ploughs|plows"),
            *combos("comes|crosses", "over"),
            *combos("hits|runs", "me"),
            *combos("took|take|takes", "me", "out"),
            *combos("didn't|didnt", "stop"),
            *combos("did", "not", "stop"),
        ),
        pattern=(
            r"(?:never|didn't|didnt) (?:got|get|make it|come|came) (?:out|home|back)(?:,)? "
            r"(?:that|it)(?:'d| would) be (?:alright|all right|ok|okay|fine|a relief|grand) "
            r"(?:by|with) me"
            rf"|(?:hope|hoping|wish) (?:that )?(?:the|a) (?:{_VEHICLE}) (?:\w+ ){{0,5}}?(?:drifts|"
            r"swerves|comes over|crosses over|ploughs|plows|hits me|takes me out|runs me over)"
            rf"|(?:a|the) (?:{_VEHICLE}) (?:took|takes|take) me out"
            rf"|if (?:the|my) (?:{_VEHICLE}|brakes) (?:just )?(?:didn't|didnt|did not) stop"
        ),
        needs=(
            r"wouldn't mind|wouldnt mind|wouldn't be the worst|alright by me|fine by me|hope|"
            r"hoping|wish|don't care|dont care|relief|wouldn't make it happen|if"
        ),
        reason="You wrote that you wish you weren't alive.",
        examples=(
            "Driving the back road home I thought, if the truck went in the ditch and I never "
            "got out, that'd be alright by me.",
            "Sometimes I hope the truck in the other lane drifts over. I just wouldn't mind.",
            "wouldnt mind if a bus took me out on the way home from the shift tbh",
            "Wouldn't be the worst thing if the van just didn't stop at the roundabout.",
        ),
        near_misses=(
            "Hope the bus comes on time tomorrow.",
            "The brakes didn't stop us in time and we bumped the kerb, all fine.",
        ),
    ),
    # The end said outright in new words: "my last day alive", "is to be dead", "and it'd all
    # be over", "walk into the sea", "went through the ice", "the nerve to end the whole thing".
    Rule(
        id="suicide.all_over",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("day|night|week|christmas|birthday", "alive"),
            *combos("on", "earth"),
            *combos("on", "this", "earth"),
            *combos("to", "be", "dead"),
            *combos("is", "to", "die|not"),
            *combos("all", "be", "over"),
            *combos("into", "the", "sea|ocean|river|lake|loch|waves"),
            *combos("through", "the", "ice"),
            *combos("nerve|guts|courage", "to", "end|finish"),
        ),
        pattern=(
            r"my last (?:day|night|week|christmas|birthday) (?:alive|on earth|on this earth)"
            r"|(?:want|wanted|wants) (?:\w+ ){0,8}?is to (?:be dead|die|not be here|not exist|"
            r"not wake up)"
            r"|(?:just|could|would|might) (?:just )?(?:not stop|drive (?:into|off|through)|"
            r"swerve|keep driving|let go|step off)(?: \w+){0,8}? (?:and|then) (?:it'd|it would|"
            r"it'll|it will|that'd|that would) all be over"
            r"|walk(?:ing|ed)? (?:into|out into) the (?:sea|ocean|river|lake|loch|waves)"
            r"(?! (?:for|to) (?:a|my) (?:swim|dip|paddle)| lmao| lmfao| lol| haha)"
            r"|if i (?:went|go|fell|fall) through the ice"
            r"|(?:nerve|guts|courage) to (?:end|finish) (?:it|the whole thing|everything|my life|"
            r"it all|myself)"
        ),
        benign=r"swim\w*|paddl\w*|wetsuit|surf\w*|sea swim",
        reason="You wrote about ending your life.",
        examples=(
            "Sat in the van thinking I want this to be my last day alive.",
            "The only thing I want more than a drink right now is to be dead.",
            "Thinking I could just not stop at the lights on the highway and it'd all be over.",
            "I'll stop paying the rent, drive to the coast and walk into the sea.",
            "The family'd manage fine if I went through the ice on the lake some night.",
            "Burned myself with the iron and I wish I'd had the nerve to end the whole thing.",
        ),
        near_misses=(
            "Walked into the sea up to my knees for a paddle, freezing!",
            "Had the nerve to end the meeting early and everyone thanked me.",
        ),
    ),
    # Clocking out of life: "ready to clock out of life permanently", "checking out for good",
    # "yeet myself off the overpass". Clocking off from work is everyday.
    Rule(
        id="suicide.clock_out",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("clock|clocking|clocked|check|checking|bow|bowing", "out|off"),
            *combos("yeet|yeeting|yeeted", "myself"),
        ),
        pattern=(
            r"(?:clock|clocking|clocked) (?:out|off) (?:for good|of life|of (?:this|the) world|"
            r"permanently|from (?:all of it|life|everything|the lot))"
            r"|(?:check|checking|bow|bowing) out (?:of life|of (?:this|the) world|for good|"
            r"permanently|early)(?! (?:of|from) (?:the|this|my) (?:hotel|room|job|flat|airbnb))"
            r"|(?:yeet|yeeting|yeeted) myself (?:off|out of|in front of|from) (?:the|a|an|my) "
            r"(?:\w+ )?(?:overpass|bridge|roof|window|building|cliff|balcony|car park|train|bus)"
        ),
        benign=r"hotel|airbnb|retire\w*|pension|holiday|library|the shop|job|career|company|boss",
        reason="You wrote about ending your life.",
        examples=(
            "honestly ready to clock out of life permanently",
            "ready to clock off for good. not from work, from all of it",
            "feel like sacking it all off. checking out for good",
            "might just yeet myself off the overpass lol",
        ),
        near_misses=(
            "Checking out of the hotel early tomorrow, cab's booked.",
            "clock off at six, then pizza",
        ),
    ),
)
