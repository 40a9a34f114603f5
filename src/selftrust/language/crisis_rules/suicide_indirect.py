"""Indirect ways of saying one wants to die: regional slang for killing oneself ("top myself",
"do myself in"), not expecting to be around, leaving as the best thing for others, cutting
life short, and the thought that others would manage, forget or be paid out."""

from selftrust.language.crisis_rules.shared import ME, Rule, combos, words

RULES: tuple[Rule, ...] = (
    # British, Australian, Indian and online ways of saying "kill myself": "top myself", "do
    # myself in", "finish myself off", "yeet myself off this planet" ("off myself" is
    # ``suicide.kill_self``: folded text spells it "of myself"). "Topping
    # myself up", "did myself in at the gym" (an injury) and "finished it off myself" stay out.
    Rule(
        id="suicide.self_slang",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "top|tops|topping|topped|offing|offed|finish|finishing|finished|do|doing|"
                "did|done|yeet|yeeting|yeeted|delete|deleting|end|ending|erase|erasing",
                ME,
            ),
            *combos(
                "top|tops|topping|topped|offing|offed|finish|finishing|finished|do|doing|"
                "did|done|end|ending|erase|erasing",
                "themselves|himself|herself",
            ),
        ),
        pattern=(
            r"(?:top|tops|topping|topped|offing|offed|end|ending|erase|erasing) (?:{me}|"
            r"(?:himself|herself|themselves))(?! (?:up|off|with|to|at|for|in|on|out|the|a|some|by|f"
            r"rom|early|"
            r"properly|before|after)(?!\w))"
            r"|(?:finish|finishing|finished) (?:{me}|(?:himself|herself|themselves)) off(?! (?:with"
            r"|at|the|a|by|on)(?!\w))"
            r"|(?:do|doing|did|done) (?:{me}|(?:himself|herself|themselves)) in(?! (?:at|the|a|my|l"
            r"ifting|carrying|"
            r"training|running|moving|with|on|by)(?!\w))"
            r"|(?:yeet|yeeting|yeeted|delete|deleting) {me} (?:off|out of|from) (?:this|the) "
            r"(?:planet|earth|world|existence|timeline)"
        ),
        benign=r"gym|lifting|back|knee|shoulder|carrying|moving house|marathon|workout|spin class",
        reason="You used words that often mean wanting to end your life.",
        examples=(
            "I feel like just finishing myself off.",
            "Been thinking of doing myself in.",
            "Feel like topping myself tbh mate",
            "want to yeet myself off this planet. permanently",
            "my brother keeps saying he'll top himself",
        ),
        near_misses=(
            "topping myself up with coffee before the meeting",
            "I did myself in at the gym, my back is wrecked",
            "finished myself off a whole tub of ice cream",
        ),
    ),
    # Not expecting to be alive by a date or for much longer: "don't reckon I'll still be around
    # by Christmas" ("I won't be around by ..." is ``suicide.no_future``). A trip or a move
    # keeps it calm ("won't be around by Christmas, we're in Spain").
    Rule(
        id="suicide.not_around",
        kind="suicide",
        other_kind="concern_for_other",
        negatable=False,  # "don't reckon I'll be around" is the crisis itself
        anchors=(
            *combos("be|sticking|stick|hang|hanging", "around|about|here|on|alive"),
            *combos("why i", "should|would|need|have"),
        ),
        pattern=(
            r"(?:reckon|think|doubt|expect|imagine|suppose|guess|bet|know|sure) (?:that )?(?:i'll|"
            r"i will|i'd|i would) (?:still |even )?be (?:around|about|here|alive) "
            r"(?:by|for|much longer|long enough|to see|next|at|this time next|come)"
            r"(?: (?:christmas|xmas|diwali|eid|new year|my birthday|the|another|summer|spring|"
            r"winter|autumn|next|his|her|their|much|long))?"
            r"|(?:don't|do not|dont|can't|cant) (?:see )?why i (?:should|would|need to|have to) "
            r"(?:hang on|stick around|keep going|carry on|stay)(?! (?:at|for (?:the|a)|until|till|"
            r"in (?:this|that) job|with))"
            r"|(?:not|no point|won't be|wont be) (?:sticking|hanging) (?:around|about) (?:for )?(?:"
            r"another "
            r"(?:round of (?:chemo|treatment|this)|year|decade|winter)|much longer|the rest of "
            r"(?:it|my life|this)|any more of (?:this|it|life))"
        ),
        benign=(
            r"holiday|trip|flight|travel\w*|abroad|moving|move|visa|contract|posting|gap year|"
            r"party|office|job|company|team|shift|meeting|queue|wedding|uni|term|school|going to|"
            r"flying|away|this year|overseas|visiting|staying with|in-laws|in laws"
        ),
        reason="You wrote that you may not be around much longer.",
        examples=(
            "Honestly don't reckon I'll still be around by Christmas.",
            "I don't see why I should hang on now Margaret's gone.",
            "I'm not sticking around for another round of chemo.",
        ),
        near_misses=(
            "I won't be around by Christmas, we fly to Spain on the 20th",
            "not sticking around for another round of drinks, early shift",
            "I don't see why I should hang on at this job",
        ),
    ),
    # Leaving as a gift to others: "the best thing I can do for them is go", "they'd be better
    # off with the life insurance". A bedtime or a shop after "go" keeps it calm.
    Rule(
        id="suicide.best_to_go",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("best|kindest|only|right", "thing"),
            *words("insurance|payout|pay out|policy$"),
        ),
        pattern=(
            r"(?:best|kindest|only|right) thing i (?:can|could|should) (?:ever )?do (?:for "
            r"(?:them|him|her|everyone|everybody|my \w+|the \w+) )?is (?:to )?(?:go|leave|"
            r"disappear|die|vanish|not be here|not be around|not exist|be gone|get out of "
            r"(?:their|the) way|stop existing|end it)(?=\W*(?:[.!?,\n]|$)| (?:away|for good|"
            r"forever|permanently|quietly|and))"
            r"|(?:they'd|they would|they'll|she'd|he'd|the kids would|everyone would|family "
            r"would|the kids'd|they will) (?:all )?(?:be )?(?:fine|better off|okay|ok|sorted|"
            r"set|alright|looked after|manage|cope) (?:\w+ ){0,3}?(?:with|on|from|once they "
            r"get) (?:the|my) (?:life )?(?:insurance|payout|pay out|policy)"
        ),
        benign=r"bed|sleep|shop\w*|gym|work|party|walk|home early|their dad's|nap|review\w*|"
        r"updated|upped|renew\w*|broker|quote|premium|roof|flood|burglar\w*",
        reason="You wrote that others would be better off if you were gone.",
        examples=(
            "Maybe the best thing I can do for them is go.",
            "I kept thinking they'd be fine with the life insurance money, probably better off.",
            "the kindest thing i could do is disappear",
        ),
        near_misses=(
            "the best thing I can do for them is go to bed early and be fresh",
            "we upped the life insurance so the kids would be fine with the mortgage",
            "reviewed the policy today, they'd be set with the insurance if the roof caved",
        ),
    ),
    # Life as something to cut short: "life feels like a sentence and I'd happily cut it short".
    Rule(
        id="suicide.cut_short",
        kind="suicide",
        anchors=combos(
            "cut|cutting|end|ending",
            "it|my|this|things|the|life",
            "|life|whole|sentence|time|days|stay|all",
            "|thing",
            "|all",
            "short|early",
        ),
        pattern=(
            r"(?:cut|cutting|end|ending) (?:it|my life|this life|life|things|the whole thing|my "
            r"sentence|my time|my days|my stay|it all) "
            r"(?:all )?(?:short|early)"
        ),
        needs=r"life|living|alive|existence|sentence|exist|the rest of (?:it|my)|i'd happily",
        benign=r"holiday|trip|meeting|visit|call|season|career|speech|talk|match|game|party",
        reason="You wrote about wanting to cut your life short.",
        examples=(
            "Life feels like a sentence I'm serving and I'd happily cut it short.",
            "some days i want to cut my life short",
        ),
        near_misses=(
            "the rain cut our holiday short, life happens",
            "we had to cut it short because the baby was tired",
        ),
    ),
    # Others managing, forgetting or replacing you: "the kids are young enough to forget me",
    # "Sam would find someone who isn't like this".
    Rule(
        id="suicide.forget_me",
        kind="suicide",
        anchors=(
            *combos("forget", "me|about me"),
            *combos("find|found|get", "someone|somebody"),
            *combos("remember|get over", "me|about"),
        ),
        pattern=(
            r"(?:young enough|small enough|little enough) to (?:forget|not remember) (?:me|about "
            r"me)"
            r"|(?:would|will|\w+'d|\w+'ll) (?:soon |quickly |eventually |easily )?(?:forget|get ove"
            r"r) "
            r"(?:me|about me)(?: (?:soon enough|soon|quickly|in time|eventually|before long|"
            r"after a while|in a year|in a few \w+))?(?=\W*(?:[.!?,\n]|$)| (?:and|if|once|when))"
            r"|(?:would|will|\w+'d|\w+'ll|could) (?:\w+ )?(?:find|get) (?:someone|somebody) (?:who "
            r"(?:isn't|is not|isnt|wasn't|won't be) (?:like (?:this|me)|broken|a mess|so much "
            r"work|a burden)|(?:better|normal|less broken|who deserves them))"
        ),
        benign=r"quiz|team|job|role|position|shift|cover|babysit|interview|replace me at",
        reason="You wrote that the people you love would forget or replace you.",
        examples=(
            "the kids are young enough to forget me",
            "Sam would find someone who isn't like this",
            "they'd forget about me soon enough and be happier",
        ),
        near_misses=(
            "she'd find someone better at maths for the quiz team",
            "I hope they never forget me at the old job, ha",
        ),
    ),
    # Letting a vehicle or the water decide: "if that lorry doesn't stop, fine", "how easy it
    # would be to just step off the platform", "walking into the sea and not coming back".
    Rule(
        id="suicide.let_it_happen",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("if", "that|the|a|this", "lorry|truck|bus|car|train|van|tram|coach"),
            *combos("how easy", "it|it'd|it's|its"),
            *combos("into the", "sea|water|river|lake|waves|ocean|traffic"),
        ),
        pattern=(
            r"if (?:that|the|a|this) (?:lorry|truck|bus|car|train|van|tram|coach) (?:doesn't|"
            r"didn't|does not|won't|wouldn't|did not) (?:stop|brake|see me|swerve)(?: in time| for "
            r"me)?(?:\W+|"
            r"\W*(?:then|so be it|oh well|i wouldn't mind|i don't mind|good|whatever|let it)\W*)"
            r"(?:fine|good|okay|ok|whatever|so be it|let it|i wouldn't (?:mind|care)|i don't "
            r"(?:mind|care)|that's fine|oh well)(?=\W*(?:[.!?\n]|$))"
            r"|how easy it (?:would|'d|could|might) be to (?:just )?(?:step (?:off|out|in front)|"
            r"walk (?:into|in front|out into)|jump|drive (?:off|into)|swerve|steer into|let go|"
            r"end it|end everything|stop breathing|fall (?:off|from|in front|under)|slip under|"
            r"lean (?:over|forward)|not (?:wake|be here|come back)|take (?:them all|all of them|"
            r"the lot))"
            r"|(?:walking|walk|swimming|swim|wading|wade|swam|walked|waded|going|went) (?:out )?"
            r"into the (?:sea|water|river|lake|waves|ocean|traffic) (?:\w+ ){0,2}?(?:and )?"
            r"(?:not|never) (?:coming|come|to come|came) (?:back|out)(?! (?:till|until|for|before))"
        ),
        benign=r"swim\w* lesson|surf\w*|paddl\w*|lifeguard|puppy|dog fetch|wetsuit|kerb|curb|"
        r"pavement|teach|road safety",
        reason="You wrote about letting yourself die or not coming back.",
        examples=(
            "Crossing the road today I thought, if that lorry doesn't stop, fine.",
            "I thought about how easy it would be to just step off the platform",
            "Sat on the sand and thought seriously about walking into the water and not coming "
            "back.",
        ),
        near_misses=(
            "if the bus doesn't stop, fine, I'll walk",
            "how easy it would be to step off the kerb without looking, must teach the kids",
            "went into the sea and not coming out till I'm cold, bliss",
        ),
    ),
    # Passwords, bank details or keys handed over "so they'd know what to do": a handover, not
    # a favour, when no trip or errand explains it.
    Rule(
        id="suicide.handover",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos(
            "she'd|he'd|they'd|you'd|she'll|he'll|they'll|you'll|she|he|they|you|would|will",
            "know|knows",
            "what",
        ),
        pattern=(
            r"(?:she'd|he'd|they'd|you'd|she'll|he'll|they'll|you'll|(?:she|he|they|you) "
            r"(?:would|will)) (?:know|knows) what to do (?:with (?:them|it|everything|all of it|"
            r"my \w+)|when (?:the time comes|it's time|i'm gone))"
        ),
        needs=(
            r"passwords?|bank|pin|keys?|details|accounts?|will|letter|insurance|deeds|savings|"
            r"phone code|codes"
        ),
        benign=(
            r"holiday|trip|away|while i'm|abroad|hospital|errand|shopping|rent|bills while|"
            r"locked out|spare in case|emergency"
        ),
        reason="You wrote about handing things over as if you won't be here.",
        examples=(
            "Gave my sister the spare key and my bank details, told her she'd know what to do with "
            "them.",
        ),
        near_misses=(
            "gave my sister my bank details while I'm abroad, she'll know what to do with them",
        ),
    ),
)
