"""Suicide said quietly or in slang, read in the sixth round: "eating my gun", "cashing in my
chips", "check out. permanently."; prayers to be called home; wishing one hadn't woken; no more
tomorrows; and recent attempts told in a line ("tried again last night. didn't work.")."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Slang for ending a life that the older slang rule does not list.
    Rule(
        id="suicide.slang_more",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("eat|eating|ate|eats", "my|a|his|her"),
            *combos("cash|cashing|cashed", "in"),
            *combos("punch|punching|punched", "my"),
            *words("kermit|22 a day"),
        ),
        pattern=(
            r"(?:eat|eating|ate|eats) (?:my|a|his|her) (?:gun|bullet|pistol|shotgun|rifle)"
            r"|(?:cash|cashing|cashed) in (?:my|his|her) chips(?! (?:at|for))"
            r"|(?:punch|punching|punched) my (?:ticket|card)(?! (?:at|for|on the|to))"
            r"|(?:wanna|want to|gonna|going to|might|ready to|just) kermit"
            r"|(?:part of|join|joining|one of) the 22 a day"
        ),
        benign=r"casino|poker night|bus|train|tram|gym|arcade|meme only|frog|muppet",
        reason="You wrote about ending your life.",
        examples=(
            "Thinking about eating my gun again.",
            "Feel like cashing in my chips. Not talking about poker.",
            "Some days I think about just punching my ticket and being done with it.",
        ),
        near_misses=(
            "punched my ticket on the tram and sat down",
            "cashing in my chips at the casino before we head off",
        ),
    ),
    # Asking or waiting to be called home, wishing one hadn't woken, no more tomorrows.
    Rule(
        id="suicide.called_home",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("calls|call|called|took|takes|take", "me"),
            *combos("hadn't|hadnt|had not|never|not|didn't|didnt", "woken|woke|wake|come"),
            *combos("sleep", "and"),
            *words("tomorrows|stop existing|cease to exist"),
        ),
        pattern=(
            r"(?:pray|prays|praying|prayed|hope|hoping|wish|wishing|ask|asking) (?:that )?(?:god|"
            r"the lord|lord|jesus|he) (?:will |would |'d )?(?:calls?|takes?) me (?:home|tonight|"
            r"soon|now|in my sleep)"
            r"|if (?:god|the lord|jesus) (?:calls|called|took|takes) me (?:home )?(?:tonight|in my "
            r"sleep|soon|now)?(?:\W+\w+){0,4}?\W+(?:i (?:will|would|'d|'ll) (?:not|n't) (?:argue|"
            r"mind|fight|be sad)|i'd be (?:relieved|glad|grateful|fine)|i would be (?:relieved|"
            r"glad|grateful|fine)|fine by me|so be it)"
            r"|wish i (?:just |had )?(?:hadn't|hadnt|had not|never|didn't|didnt) (?:woken|woke|"
            r"wake) up"
            r"|(?:go|went) to sleep and (?:just )?(?:not|never) (?:come back|wake|woke)"
            r"|(?:don't|dont|do not) want (?:any more |anymore |another |more )tomorrows"
            r"(?=\W*(?:[.!?\n]|$))"
            r"|(?:^|(?<=[.!?]\x20))(?:just )?(?:stop|cease) existing(?=\W*(?:[.!?\n]|$))"
        ),
        benign=r"nap|alarm|hangover|jet ?lag|night shift|holiday|lie in|lie-in",
        reason="You wrote about wishing you could stop living.",
        examples=(
            "I pray God calls me home soon and I mean it more than I should.",
            "If God calls me home tonight, I will not argue with Him.",
            "I wish I just hadn't woken up today.",
            "sometimes i wish i could just go to sleep and not come back",
            "tired. don't want tomorrow. don't want any more tomorrows.",
            "I'd quite like to just disappear. Stop existing.",
        ),
        near_misses=(
            "Pray God calls me to serve the church youth group this year.",
            "don't want any more tomorrows like today, so I'm changing jobs",
        ),
    ),
    # A recent attempt told in a line: "Tried again last night. Didn't work.", "3 days
    # post-attempt", "couldn't even manage to die properly", "took everything in the cabinet".
    Rule(
        id="suicide.recent_line",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("post", "attempt"),
            *combos("even", "die|manage|kill"),
            *combos("everything", "in"),
            *combos("beam|rafter|hook|banister|bannister|branch", "would|will|could"),
        ),
        pattern=(
            r"post attempt"
            r"|(?:couldn't|couldnt|can't|cant|could not|cannot) even (?:manage to )?(?:die|kill "
            r"myself)(?: properly| right)?(?=\W*(?:[.!?\n]|$)|,| and)"
            r"|(?:took|swallowed|downed|necked) everything in (?:the|my|mum's|mom's) (?:medicine |"
            r"bathroom )?(?:cabinet|cupboard|drawer|box)"
            r"|(?:checked|checking|check|tested|testing) (?:if|whether) the (?:beam|rafter|hook|"
            r"banister|bannister|branch) (?:would|will|could) hold"
        ),
        benign=r"recipe|diet|exam|driving test|test|interview|bake|cake|plant|seedlings|swing|"
        r"hammock|punch ?bag|punching bag|decorations|lights",
        reason="You wrote about trying to end your life.",
        examples=(
            "3 days post-attempt. discharged with a leaflet and a phone number.",
            "I couldn't even manage to die properly.",
            "I tried last night. Took everything in the cabinet. Woke up on the floor.",
            "Went out to the barn and checked if the beam would hold. It would.",
        ),
        near_misses=(
            "Tried the new sourdough recipe, couldn't even manage to get it to rise.",
            "checked if the beam would hold the hammock before we hung it",
        ),
    ),
    # Told across two short sentences: "ready to check out. permanently.", "Tried again last
    # night. Didn't work." A sign in the next sentence is what tells.
    Rule(
        id="suicide.two_lines",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(*combos("check", "out"), *combos("tried", "again|last|yesterday")),
        pattern=(
            r"(?:ready to|going to|gonna|want to|wanna|time to|about to) check out"
            r"(?=\W*(?:[.!?\n]|$)| permanently| for good)"
            r"|tried (?:again )?(?:last night|yesterday|this morning|tonight)(?=\W*(?:[.!?\n]|$))"
        ),
        needs=(
            r"permanently|for good|forever|for ever|not the hotel|didn't work|didnt work|did not "
            r"work|woke up|still here|not dead|survived|hospital|a&e"
        ),
        benign=r"hotel|airbnb|hostel|library|shop|till|cart|basket|book|recipe|bake|sleep|diet",
        reason="You wrote about ending your life.",
        examples=("ready to check out. permanently.", "Tried again last night. Didn't work."),
        near_misses=("Packed and ready to check out. The hotel was lovely.",),
    ),
)
