"""Attempts: past attempts and overdoses, and being sorry to have survived one."""

from selftrust.language.crisis_rules.shared import ME, Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Past attempts and overdoses: recent ones always count; clearly distant ones are settled by
    # the past-tense policy in the engine. Overdosing on chocolate is an idiom.
    Rule(
        id="suicide.attempt",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("suic|overdos|hang|unaliv|attempt|od$|od'd$|oded|drown|poison|suffocat|strangl"),
            *words("electrocut|kil|starv|survived|take my|end my|end it"),
            *combos("jumped", "but|and"),
            *words("ambulance|paramedic|hospital|pumped"),
            *combos(
                "shoot|gas|stab|end|off|unalive|kill|drown|hang|poison|starve|suffocate|strangle|"
                "electrocute",
                ME,
            ),
            *combos("fall|drop|jump|height", "wasn't|was|isn't|is"),
        ),
        pattern=(
            r"(?:tried|try|trying|attempted|attempting|almost|nearly) (?:to )?(?:kill myself|"
            r"end my life|end it|take my life|take my own life|suicide|overdose|hang myself|"
            r"unalive myself)"
            r"|(?:since|after|before|survived) (?:my|an|the|a|her|his) (?:suicide )?"
            r"attempt(?! (?:at|to))"
            r"|overdos(?:e|ed|ing|es)|od'?d|od ed|oded|(?:took|take|taken|taking) an od"
            r"|(?:tried|try|trying|attempted|attempting|almost|nearly) to (?:kill|drown|hang|"
            r"poison|"
            r"suffocate|strangle|shoot|gas|overdose|stab|electrocute|starve|end|off|unalive) {me}"
            r"|my (?:suicide |last |latest |first |second |recent )?attempt(?! (?:at|"
            r"to) )(?= (?:on|"
            r"last|this|yesterday|\w+day|didn't|failed|was|went|(?:\w+ ){0,2}ago))"
            # Help called after taking them: "the ambulance came after I took the tablets".
            r"|(?:ambulance|paramedics|hospital|stomach pumped) (?:\w+ ){0,5}?(?:after|when|"
            r"because|once) (?:i|he|she|they) (?:took|swallowed|had taken|had swallowed|downed) "
            r"(?:the|my|all|all the|all my|a lot of|too many|those|his|her|a bunch of|loads of) "
            r"(?:\w+ )?{pills}"
            r"|i jumped (?:\w+ ){0,3}?(?:and|but) (?:survived|broke|woke|didn't die|lived)|"
            r"the (?:fall|"
            r"drop|jump|height) (?:wasn't|was not|isn't|is not) (?:high|far|big|long) enough"
            r"|(?:i|i've|ive|she|he|they|she's|he's) (?:have |has )?attempted (?:again|"
            r"last (?:night|"
            r"week|month|year)|on \w+day|yesterday|(?:\w+ ){1,2}ago|this (?:week|month|year))"
        ),
        reason="You wrote about trying to end your life.",
        examples=(
            "i tried to kill myself on sunday",
            "i overdosed last night",
            "my cousin overdosed and is in the hospital",
            "home from hospital after the overdose",
            "The ambulance came after I took the tablets.",
        ),
        near_misses=(
            "i tried to kill the spider",
            "i nearly overdid it at the gym",
            "Overdosed on Christmas chocolate, zero regrets",
        ),
        unless=(
            r"overdos\w* (?:on|of) (?:\w+ ){0,2}(?:caffeine|coffee|sugar|chocolate|sweets|cuteness|"
            r"netflix|tv|candy|cake|carbs|cookies|biscuits|christmas|sunshine|sun|fun|love|"
            r"pizza|cheese|memes|content|nostalgia|drama|music|kindness|vitamin)"
            r"|overdose (?:awareness|prevention|day|deaths?|crisis|epidemic|rates?|kits?|training)"
        ),
        topic=True,
    ),
    # Disappointment at having survived an attempt, said without naming it.
    Rule(
        id="suicide.survived",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "wish|wishes|wished",
                "it|i|they|nobody|no|he|she|someone|somebody|the|i'd|i'm|he'd|she'd|they'd",
            ),
            *words(
                "found me|got to me|saved me|stomach pumped|stomach was pumped|pumped my|pump my"
            ),
            *combos("pulled|dragged|fished|rescued|stopped", "me"),
        ),
        pattern=(
            r"wish(?:es|ed)? (?:it had worked|i hadn't woken up|i had died|i'd died|"
            r"they hadn't found me|they didn't find me|nobody had found me|no one had found me|"
            r"no one found me|nobody found me)"
            r"|(?:found me|got to me|saved me) (?:just )?in time(?! (?:for|to))"
            r"|wish(?:es|ed)? (?:he|she|they|someone|somebody|the \w+) (?:hadn't|had not|didn't|"
            r"never) (?:\w+ )?(?:saved|found|stopped|pulled|rescued|called|helped|got to) me"
            r"|(?:pulled|dragged|fished|rescued|saved|stopped|found) me (?:\w+ ){0,4}?(?:and|but) "
            r"i (?:still )?wish (?:he|she|they|someone|somebody) (?:hadn't|had not|didn't)"
            r"|(?:had|have|got) my stomach pumped|stomach (?:was )?pumped|pump(?:ed)? my stomach"
        ),
        reason="You wrote about surviving an attempt to end your life.",
        examples=(
            "part of me wishes it had worked",
            "my flatmate found me just in time",
            "they had to pump my stomach, i had my stomach pumped",
        ),
        near_misses=("my friend found me just in time for dinner", "i wish it had rained"),
    ),
    # Anger or sadness that "it didn't work" or at waking up, next to an attempt or a hospital.
    Rule(
        id="suicide.survived_sad",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos(
            "angry|sad|disappointed|upset|gutted|annoyed|mad|furious|ashamed|sorry|pissed|bitter|"
            "devastated",
            "it|i|that|i'm|im",
        ),
        pattern=(
            r"(?:angry|sad|disappointed|upset|gutted|annoyed|mad|furious|ashamed|sorry|pissed|"
            r"bitter|devastated) (?:\w+ ){0,2}?(?:that )?(?:it (?:didn't|did not|didnt) work"
            r"(?! out)|i (?:survived|didn't die|didnt die|lived|am still here|'m still here|"
            r"'m still alive|am still alive|woke up(?! (?:late|early|at|with|to|in|on|so|too|"
            r"feeling|this))))"
        ),
        needs=(
            r"tried|try|attempt\w*|pills|overdos\w*|hospital|a&e|er|icu|woke up|survived|"
            r"part of me|last (?:month|week|night|year)|ambulance|paramedics|again"
        ),
        reason="You wrote about surviving an attempt to end your life.",
        examples=(
            "I tried last month and part of me is angry it didn't work",
            "woke up in hospital and i'm sad i survived",
        ),
        near_misses=(
            "tried the new recipe and i'm gutted it didn't work out",
            "annoyed the printer didn't work again",
        ),
    ),
)
