"""No way ahead: death as the only way out, not seeing oneself in the future, not meaning to
come back, and feeling ready."""

from selftrust.language.crisis_rules.shared import CANT, DONT, Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Death as the only way out.
    Rule(
        id="suicide.only_way",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("only|one|last", "way|option|answer|solution|escape|choice|thing"),
            *words("no way out|death|dying|suicide|not being"),
            *combos("ending", "it|my"),
            *combos("killing", "myself"),
            *combos("see", "a|any|no", "way|future"),
        ),
        pattern=(
            r"(?:only|one|last) (?:way out|option|answer|solution|escape|choice|thing left|way)"
            r"(?: left)? (?:is|would be|seems|feels like|i can see is) (?:to )?(?:death|dying|die|"
            r"to die|end it|ending it|suicide|killing myself|kill myself|not being here|to not be "
            r"here|end my life|ending my life|to end things|end things)"
            r"|(?:death|dying|suicide|ending it|killing myself|ending my life|not being here) "
            r"(?:is|feels|feels like|seems|seems like|would be|looks like) (?:the )?(?:only|best|"
            r"easiest|one|last) (?:way out|option|answer|solution|escape|choice|way)"
            r"|no way out (?:of this )?(?:except|but|other than|apart from|besides) (?:death|dying|"
            r"to die|ending it|suicide|killing myself)"
            # "Can't see a way forward, only an ending": the road ahead ends.
            r"|(?:(?:can't|cant|cannot|don't|dont|do not) see (?:a|any)|see no) (?:way forward|"
            r"way out|future)(?: anymore| any more| now)?,? (?:(?:only|just) (?:an |the |my )?"
            r"(?:ending|end)|except (?:the end|an ending|dying|death))\b"
        ),
        reason="You wrote that death feels like the only way out.",
        examples=(
            "The only way out is to end it.",
            "death feels like the only way out now",
            "There's no way out of this except dying.",
            "i can't see a way forward anymore, only an ending",
        ),
        near_misses=(
            "the only way out of the car park is past the barrier",
            "the only option is to end the contract early",
        ),
    ),
    # Not seeing oneself in the future: "I won't be around by Christmas", "won't be a problem
    # much longer", "can't picture myself still being around next year". Travel and moving are
    # the everyday reasons, so they keep it calm.
    Rule(
        id="suicide.no_future",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("won't|wont|will not", "be|even|still|have"),
            *words("much longer|any longer|no future|future"),
            *combos(CANT + "|" + DONT, "even|", "picture|see|imagine|envision"),
        ),
        pattern=(
            r"(?:won't|wont|will not) (?:even |still )?be (?:around|here|alive|a problem|a burden|"
            r"a bother|in (?:the|your|their|anyone's) way)(?: (?:for )?(?:much|any|very much) "
            r"longer| by| for| next| this time| at| to see| when| after| in (?:a|the|\w+) "
            r"(?:weeks?|months?|years?))"
            r"|(?:won't|wont|will not) (?:still )?be (?:around|here|alive)(?=\W*(?:[.!?\n]|$))"
            r"|(?:won't|wont|will not) be (?:anyone's|anybody's|your|their|everyone's) (?:problem|"
            r"burden|worry)(?= (?:much|for much|any) longer|\W*(?:[.!?\n]|$)| (?:soon|for long|"
            r"anymore))"
            r"|(?:not|won't|wont) (?:going to |gonna )?be (?:around|here|alive|a problem|a burden) "
            r"(?:for )?(?:much|any|very much) longer"
            r"|(?:won't|wont) have to (?:deal with|put up with|worry about|look after|see) me "
            r"(?:for )?(?:much|any) longer"
            r"|(?:can't|cant|cannot|don't|dont|do not|can't even) (?:picture|see|imagine|envision) "
            r"(?:myself|me) (?:still )?(?:being (?:around|alive|here)|alive|around|here|making it|"
            r"getting (?:older|old)|growing old|in (?:a|the|five|ten) (?:\w+ )?years?|at (?:\d+|"
            r"thirty|forty|fifty)|next (?:year|month|christmas|summer)|in the future|"
            r"having a future)"
            r"|(?:there's|there is|i have|i've got|i see|there's just) no future (?:for me|for "
            r"myself|with me in it|ahead of me)"
            r"|(?:picture|see|imagine|envision) (?:a|any) future (?:where|in which|with) (?:i'm|"
            r"i am|"
            r"me) (?:still )?(?:alive|here|around|in it)"
            r"|(?:can't|cant|cannot|don't|dont) (?:see|picture|imagine) (?:a|any) future(?: for "
            r"(?:me|myself))?(?=\W*(?:[.!?\n]|$))"
        ),
        benign=(
            r"holiday|trip|away|travel\w*|moving|move|abroad|visiting|conference|flight|on leave|"
            r"festival|camp|weekend|shift|appointment|out of town|signal|online|wifi|company|job|"
            r"work|team|career|industry|band|relationship|town|city|school|club|course|contract|"
            r"lease|flat|house|office|leave|maternity|paternity|retir\w*|late|train|bus|traffic|"
            r"o'clock|noon|lunch|dinner|meeting|class|party|this year|going to|fly\w*|"
            r"staying (?:at|with)|in-laws"
        ),
        reason="You wrote that you don't see yourself being here in the future.",
        examples=(
            "I won't be around by Christmas and weirdly that makes it easier",
            "you won't have to worry about me much longer",
            "I can't picture myself still being around next year",
            "I can't picture a future where I'm still alive.",
            "i won't be a problem for much longer",
            "Keep thinking that by the time she comes back I won't be around.",
        ),
        near_misses=(
            "i won't be around next week, we're on holiday",
            "I can't picture myself living in the city",
            "there's no future for me in this company",
            "won't be here by nine, the train is late",
        ),
    ),
    # Not meaning to come back: "next time I'm not driving back", "walked into the sea meaning
    # not to come back".
    Rule(
        id="suicide.no_return",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "not|won't|wont|never|will not|am not|won't be|wont be|will not be|not be",
                "driving|coming|going|walking|getting|turning|swimming",
            ),
            *combos(
                "meaning|intending|planning|hoping|wanting|meant|intended|planned", "not|to|never"
            ),
            *combos("into the", "sea|river|lake|water|waves"),
            *combos("coming|come", "back"),
        ),
        pattern=(
            r"(?:next time|this time|one day soon|tonight|one of these days),? (?:(?:i'm|i am|"
            r"i will|"
            r"i'll|i won't|im) )?(?:not|won't|will not|won't be|am not) (?:\w+ )?(?:driving|coming|"
            r"going|walking|getting|turning|swimming) (?:back|home|around)"
            r"|(?:meaning|intending|planning|hoping|wanting|meant|intended|planned) (?:not to|"
            r"to not|"
            r"never to) (?:come back|return|come home|wake up|survive|make it)"
            r"|(?:going|heading|walking|driving|off|went|drove|walked) (?:out |down |"
            r"up )?to (?:the "
            r")?(?:\w+ )?(?:bridge|cliffs?|tracks|railway|river|sea|roof|woods|lake|quarry|"
            r"viaduct) (?:\w+ ){0,3}?(?:and|,) (?:i'm|i am|im|i'll|i will|i) (?:not|won't|never|"
            r"will not) (?:be )?(?:coming|going to come|come) back(?=\W*(?:[.!?\n]|$))"
            r"|(?:walked|swam|waded|went) (?:out )?into the (?:sea|river|lake|water|"
            r"waves) (?:\w+ ){0,3}"
            r"?(?:meaning|intending|planning|hoping|to not|not to|and didn't want to come back)"
        ),
        reason="You wrote about not meaning to come back.",
        examples=(
            "Drove to Beachy Head and sat in the car for two hours. Next time I'm not driving back"
            ".",
            "Walked into the sea last week meaning not to come back.",
            "I'm going to the bridge tonight and I'm not coming back.",
        ),
        near_misses=(
            "next time i'm not driving back in the dark, i'll get the train",
            "this time i'm not going back to him",
            "going to the beach and i'm not coming back till it's dark",
        ),
        benign=(
            r"dark|traffic|train|bus|late|tired|rain|snow|motorway|to (?:him|her|them|that|work)"
        ),
    ),
    # "I think I'm ready" next to a means or a goodbye: a decision, not an interview.
    Rule(
        id="suicide.ready",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=words("ready"),
        pattern=(
            r"(?:i think |i feel |i'm |im |i am |finally |i'm finally |i am finally |i think i'm )"
            r"(?:so |really |completely )?ready(?: (?:now|to go|for it|at last))?"
            r"(?=\W*(?:[.!?\n]|$))"
        ),
        needs=(
            r"{pills}|enough|rope|noose|bridge|date|notes|letters|goodbye|sorted|in order|"
            r"plan|the end|nerve|do it|gone|this is it|loose ends|at peace|decided|cliff|tracks"
        ),
        reason="You wrote that you feel ready, next to a way or a plan to end your life.",
        examples=("Filled the prescription early so I'd have enough. I think I'm ready.",),
        near_misses=("Interview tomorrow. Laid out my clothes. I'm ready.",),
    ),
)
