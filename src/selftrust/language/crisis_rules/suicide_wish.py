"""Passive wishes to die: others better off, nobody missing you, feeling a burden, hoping not to
wake up, and death as relief."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Feeling that others would be better off, or fine, without you.
    Rule(
        id="suicide.better_off",
        kind="suicide",
        anchors=(
            *words("without me|me gone|i'm gone|im gone|better off"),
            *combos(
                "if i",
                "was|were|wasn't|weren't|wasnt|werent|died|disappeared|didn't|never|killed|just|"
                "simply|really",
            ),
            *combos("better|happier|safer", "with"),
        ),
        pattern=(
            r"(?:better off|better|better place|happier|easier|lighter|fine|okay|ok|cope|coping|"
            r"relieved) (?:\w+ ){0,2}?(?:without me|with me gone|if i (?:(?:just|simply|really|quie"
            r"tly|finally) ){0,2}"
            r"(?:was|were) (?:gone|dead|not here|not around|never born)|if i (?:just |simply )?"
            r"(?:wasn't|weren't|wasnt|werent) (?:here|around|alive)|if i (?:(?:just|simply|quietly|"
            r"finally|really) ){0,2}(?:died|"
            r"disappeared|vanished|didn't exist|never existed|killed myself)(?! (?:for (?:a|the) (?"
            r":day|week|weekend|bit|while|night|month|holiday)|on holiday))|when i'm gone|once i'm "
            r"gone|"
            r"after i'm gone)(?! (?:singing|there|on (?:the|this)|in (?:the|this)|at|for (?:a|the|"
            r"this)|this week|today|tonight|nagging|micromanaging|hovering|helping|cooking|"
            r"driving|talking|on holiday|this weekend))"
            r"|better off dead"
            r"|if i (?:just )?(?:didn't exist|never existed|wasn't here|weren't here|wasn't around|"
            r"weren't around|was gone|were gone|died|disappeared),? (?:then )?(?:(?:nobody|no one|"
            r"noone) (?:would|'d) (?:have to|need to|be stuck)|(?:everyone|everybody|people|my "
            r"(?:family|parents|kids|friends)|they|things|life) (?:would|'d) be (?:so |much |"
            r"so much |"
            r"a lot |far )?(?:better|easier|"
            r"fine|happier|lighter|okay|ok|relieved|simpler))"
            r"|(?:better off|happier|safer) with (?:a )?(?:different|another|new|better|real) "
            r"(?:mum|mom|dad|father|mother|parent|partner|wife|husband|friend|daughter|son|sister|"
            r"brother|person|girlfriend|boyfriend)"
        ),
        reason="You wrote that others would be better off without you.",
        examples=(
            "everyone would be better off without me",
            "better off dead tbh",
            "they'd be lighter without me",
            "everyone would honestly be better off if I just wasn't here",
            "If I didn't exist nobody would have to deal with me.",
        ),
        near_misses=(
            "the team will be better without me micromanaging",
            "they'll be fine without me at the party",
            "you'll cope without me for a week",
        ),
    ),
    # Feeling that nobody would miss you or notice you were gone.
    Rule(
        id="suicide.nobody_miss",
        kind="suicide",
        anchors=(
            *words("miss me|gone$|dead$|missing$"),
            *combos("not", "here|around"),
            *combos(
                "if i",
                "was|were|wasn't|weren't|died|disappeared|didn't|never|killed|just|vanished|"
                "stopped|left",
            ),
        ),
        pattern=(
            r"(?:no one|nobody|noone|anyone|anybody|who) (?:would |will |'d |even |really |"
            r"actually ){0,3}(?:miss me|notice|care|cry|come to my funeral|be sad|mind)"
            r"(?: \w+){0,2}? if i (?:was gone|were gone|died|disappeared|wasn't here|weren't here|"
            r"was dead|were dead|didn't wake up|killed myself|never came back|stopped existing|"
            r"vanished|just vanished|just disappeared|wasn't around)"
            r"|if i (?:was|were|died|disappeared|vanished|killed myself|wasn't here|left) (?:\w+ )"
            r"{0,6}?(?:no one|nobody|noone|anyone|anybody) (?:\w+ )?(?:would |will |'d |'ll )?"
            r"(?:even |really |actually )?(?:care|notice|miss me|mind|cry)"
            r"|(?:no one|nobody|noone) (?:would|will|'d) (?:even |really )?(?:notice|care|mind) "
            r"(?:if |that |when )?i(?:'m| am| was| were|'d) (?:gone|dead|missing|not here|"
            r"not around)"
            r"|(?:no one|nobody|noone) (?:would|will|'d) (?:even )?miss me(?! (?:at|in|on|during) )"
        ),
        reason="You wrote that nobody would miss you.",
        examples=(
            "who would even notice if i was gone",
            "nobody would miss me",
            "if i was gone tomorrow nobody would care",
        ),
        near_misses=(
            "no one would notice if i left the party early",
            "nobody would miss me at the meeting",
        ),
    ),
    # Feeling a burden on others, a strong warning sign. Asking for help is not that.
    Rule(
        id="suicide.burden",
        kind="suicide",
        anchors=words("burden"),
        pattern=(
            r"(?:{im}|i feel like|feel like|i'm just|i've become) (?:just |only |nothing but |"
            r"such )?"
            r"(?:a )?(?:huge |big )?burden(?! (?:of|when i ask|to carry|for a (?:day|bit)|asking|"
            r"by asking|for asking|to ask|with (?:the|my|this)|on (?:the|my) (?:team|budget)|"
            r"when i'm "
            r"(?:ill|sick|unwell|poorly|injured|off work|in hospital)|when i am (?:ill|sick|"
            r"unwell)))"
            r"|(?:a|such a) burden (?:to|on|for) (?:every\w*|all of them|my (?:family|friends|kids|"
            r"parents|partner|wife|husband))"
        ),
        reason="You wrote that you feel like a burden.",
        examples=(
            "i'm just a burden",
            "i feel like such a burden to my family",
            "I'm a burden on everyone around me",
        ),
        near_misses=(
            "carrying the burden of the move alone",
            "i'm such a burden when i ask for help, i hate it",
            "Feel like such a burden asking Mum for help with the rent again.",
        ),
    ),
    # Hoping not to wake up, or not minding if you didn't.
    Rule(
        id="suicide.not_wake",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "don't|dont|do|never|won't|wont|wouldn't|not|didn't|didnt|n",
                "wake|waking|woke",
            ),
            *words("dying"),
            *combos("mind|care", "dying|died|getting|got|if"),
            *combos("if i", "died|never|didn't|don't|dont|didnt|not"),
            *combos("ok|okay|fine|alright|peace|happy|glad|relieved", "with|if"),
            *combos("mercy|blessing|relief", "if"),
            *combos("didn't|didnt|don't|dont|never", "come"),
        ),
        pattern=(
            r"(?:hope|hoping|wish|wishing|pray|praying|prayed|want|wanting) (?:that )?(?:i |i'll |"
            r"i will |i'd |i would |to )?(?:just )?(?:don't|dont|do not|never|won't|wont|wouldn't|"
            r"not) wake up"
            r"|(?:go to sleep|fall asleep|sleep|went to sleep|went to bed|go to bed) (?:and|hoping "
            r"(?:i|to)) (?:just )?(?:never|not|wouldn't|won't|don't) wake up"
            r"|(?:wouldn't|would not|won't|wont|don't|dont) (?:mind|care) (?:if i )?(?:not waking "
            r"up|never waking up|dying|died|didn't wake up|don't wake up|never woke up|getting hit|"
            r"got hit)"
            r"|(?:i'd|i would|i'll|i will|i'm|i am|id) (?:be )?(?:totally |honestly |"
            r"really )?(?:ok|"
            r"okay|fine|alright|at peace|happy|glad|relieved) (?:with|if i) (?:not waking up|never "
            r"waking up|dying|died|didn't wake up|don't wake up|never woke up|not being here)"
            r"|(?:go to sleep|fall asleep|sleep|went to sleep|go to bed) (?:n|&|"
            r"an) (?:just )?(?:never|"
            r"not) wake up"
            r"|if i (?:just )?(?:didn't|didnt|don't|dont|never) (?:wake|woke) up (?:\w+ ){0,3}"
            r"(?:that|it|i)(?:'d| would)? (?:be )?(?:ok|okay|fine|alright|a relief|good|nice|"
            r"better|grand|glad|happy|relieved|a mercy|a blessing)"
            # Not minding, said the other way round: "wouldn't be the worst thing if I didn't
            # wake up", "it'd be a mercy if I just didn't come round after the operation".
            r"|(?:wouldn't|would not|wouldnt|won't|wont|it'd|it would|itd) (?:be )?(?:\w+ ){0,2}?"
            r"(?:mad|upset|sad|bothered|sorry|the worst thing|a bad thing|so bad|terrible|awful|"
            r"a mercy|a blessing|a relief)(?: \w+){0,4}? if i (?:just )?(?:didn't|didnt|don't|"
            r"dont|never) (?:wake up|woke up|come round|come to|come back)(?! (?:early|on time|"
            r"in time|for|at|before|from))"
        ),
        reason="You wrote about hoping not to wake up.",
        examples=(
            "It wouldn't be the worst thing if I just didn't wake up tomorrow.",
            "i hope i don't wake up tomorrow",
            "i wish i could go to sleep and never wake up",
            "i keep praying to not wake up",
            "honestly if i didnt wake up tomorrow i think that would be ok",
        ),
        near_misses=(
            "i hope i don't oversleep tomorrow",
            "i don't want to wake up early",
            "it wouldn't be the worst thing if i didn't wake up early for once",
        ),
    ),
    # Death as relief, wanting to disappear, wanting everything to stop.
    Rule(
        id="suicide.relief",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("death|dying|dead$|disappear|button|oblivion|grave|die$|counting down"),
            *words("eternal sleep|being dead"),
            *combos("not|never", "being|existing|waking"),
            *combos("for|welcome|welcoming|await|awaiting|crave|craving|envy|envying", "the end"),
            *combos("want|wanted|need|wish", "everything|life"),
            *combos("want|wanted|need|wish", "it|all|the|this|my", "all|of|pain|life|to|this"),
            *combos(
                "forward to|long for|longing for|wish for|wishing for|pray for|praying for|"
                "ready for|welcome|welcoming|envy|envying|waiting for|await|awaiting|crave|"
                "craving",
                "the end|death|dying|people who",
            ),
            *words("snap my|click my|flip a"),
            *combos("be", "gone"),
            *combos("take|takes", "me"),
        ),
        pattern=(
            r"(?:death|dying|being dead|not existing|not being here|not waking up|"
            r"never waking up) (?:would be|sounds|seems|feels|looks|is) (?:like )?(?:such )?"
            r"(?:a )?(?:relief|peaceful|nice|better|easier|like rest|freedom|so much easier|"
            r"appealing|tempting|welcome)"
            r"|(?:wish i could|just want to|want to|wanna) (?:just )?disappear(?! (?:into|under|"
            r"for|to|from|in|on|off|with|till|until))"
            r"|(?:want|wanted|need|wish) (?:everything|it all|all of it|the pain|this pain|"
            r"all this|all of this|life|my life|this life) to (?:stop|end|be over|go away)"
            r"|(?:want|wanted|need|wish) (?:it|this) (?:all )?to be over"
            r"|(?:welcome|welcoming|long for|longing for|crave|craving|pray for|praying for|"
            r"wish for|"
            r"wishing for|look forward to|looking forward to|await|awaiting|waiting for|ready for|"
            r"envy|envying) (?:\w+ )?(?:death|dying|the end|my death|the grave|eternal sleep|"
            r"oblivion|"
            r"people who (?:die|died|are dead))"
            r"|(?:just |only |basically )?waiting to die"
            r"|counting down (?:the days )?(?:until|till|til) (?:i'm gone|i can go|the end|i die|"
            r"i can "
            r"die|i'm dead|i'm not here|it'?s (?:all )?over(?=\W*(?:[.!?\n]|$)))"
            r"|(?:press a button|snap my fingers|click my fingers|flip a switch|had a button) "
            r"(?:and|to) (?:\w+ ){0,2}?(?:stop existing|disappear|not exist|be gone|die|never have "
            r"been born|not be here)"
            r"|just want (?:it|this) to (?:stop|end|be over)(?! (?:raining|snowing|ringing|so))"
            # "I want to be gone"; "gone by nine" or "gone from this job" are plans.
            r"|(?:want|wanna|wish|need|long) (?:to )?(?:just )?be gone(?=\W*(?:[.!?\n]|$)| "
            r"(?:for good|forever|from (?:this world|here|this earth|everyone)))"
            # A prayer to be taken: "God please take me tonight". "Take me home, country roads"
            # and "take me to the airport" are not.
            r"|(?:god|lord|jesus|universe),? (?:please )?(?:just )?take me(?=\W*(?:[.!?\n]|$)| "
            r"(?:now|tonight|already|in my sleep|away from (?:this|here|it all)|instead))"
            # Asking for it: "praying God takes me in my sleep", "asking the Lord to take me".
            r"|(?:pray|prays|praying|prayed|ask|asking|asked|beg|begging|begged) (?:to )?(?:god|"
            r"the lord|lord|jesus|the universe|him) (?:to |would |will |'d |that he'd |that he "
            r"will )?(?:just )?(?:take|takes) me(?=\W*(?:[.!?\n]|$)| (?:now|tonight|soon|already|"
            r"in my sleep|home|away))"
        ),
        reason="You wrote about wishing you could stop living.",
        examples=(
            "been asking the Lord to take me in my sleep",
            "i just want it all to stop",
            "dying sounds peaceful honestly",
            "i just want to disappear",
            "I'm a waste of space and I want to be gone.",
            "God please take me tonight.",
            "tired of existing. I want it all to stop for good",
        ),
        near_misses=(
            "i just want this week to end",
            "i want to disappear under a blanket all day",
            "i want to be gone by nine so we miss the traffic",
            "lord take me to the beach, this heat",
            "praying God takes me seriously at the interview",
        ),
    ),
)
