"""Passive suicidal thinking: not wanting to live, not knowing whether to go on, no reason to
live, not being able to go on, and life feeling unbearable."""

from selftrust.language.crisis_rules.shared import CANT, DONT, Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Not wanting to live: here the negation is the crisis, so it is never cancelled by one.
    Rule(
        id="suicide.no_will_to_live",
        kind="suicide",
        other_kind="concern_for_other",
        negatable=False,
        anchors=combos(
            DONT,
            "really|even|honestly|",
            "want|wanna|wish|feel|care",
            "to|like|like to|",
            "do life|do this|live|be alive|be here|be on|be in|be around|exist|keep living|"
            "keep going|go on|wake up|see tomorrow|make it|if|whether|what|anymore",
        ),
        pattern=(
            r"{dont} (?:really |even |honestly )?(?:want|wanna|wish|feel like|care) (?:to )?"
            r"(?:do (?:this )?life(?: anymore| any more)|live(?! (?:in|at|with|near|there|here|"
            r"somewhere|abroad|alone|together|on my own|like|far|close|downtown|through))|"
            r"be alive|exist|be here (?:anymore|any more|any longer|at all|for (?:any of (?:it|"
            r"this)|much longer|another (?:day|week|year)))|"
            r"be here(?=\W*(?:[.!?\n]|$))|"
            r"be on this earth|be in this world|keep living|keep going(?! (?:to|back|out|there))|"
            r"go on(?! (?:the|a|an|that|this|trips?|holiday|vacation|dates?|about))|"
            r"wake up(?! (?:early|at|for|so|before|in the morning for))|be around anymore|"
            r"see tomorrow|make it (?:to|through) (?:tomorrow|the night|the week))"
            r"|{dont} (?:really )?care (?:if|whether) i (?:live|die|wake up|make it|survive|"
            r"don't wake up)"
            r"|{dont} (?:really )?care (?:anymore )?what happens to me(?! (?:at|in|on) )"
        ),
        reason="You wrote that you don't want to live.",
        examples=(
            "i don't want to be here anymore",
            "i dont want to wake up tomorrow",
            "i don't want to die but i don't want to live either",
            "honestly i don't care if i live or die",
            "i don't care what happens to me anymore",
            "nothing matters and i don't want to be here for any of it",
        ),
        near_misses=(
            "i don't want to live in this city forever",
            "i don't want to wake up early",
            "i don't want to go on the trip",
        ),
    ),
    # Ambivalence about being alive. Safety first: not knowing counts.
    Rule(
        id="suicide.ambivalent",
        kind="suicide",
        anchors=(
            *words("not sure|don't know|dont know|do not know|idk|unsure|no idea|dunno"),
            *combos("why", "am|i'm|im|do|i"),
            *combos("only|just", "still|alive|here|around|hanging|holding|staying"),
            *words("only reason|only thing"),
        ),
        pattern=(
            r"(?:not sure|don't know|dont know|do not know|idk|unsure|no idea) (?:if|whether|"
            r"that)? ?(?:i )?(?:even |still |really )?(?:want to|wanna|can|should|want)? ?"
            r"(?:live(?! (?:in|at|with|here|there|near|alone|like))|be alive|keep going(?! (?:to|"
            r"back|out|there))|keep living|go on(?! (?:the|a|an|that|this|trips?|holiday|"
            r"vacation|dates?))|stay alive|exist|make it through (?:the night|tonight|this))"
            r"|(?:(?:don't|dont|do not) know|idk|i dunno|dunno) how (?:much )?(?:long|"
            r"longer) i can "
            r"(?:keep going|"
            r"do this|go on|hold on|take (?:it|this)|keep doing this|last|survive)"
            r"|why (?:am i|i'm|im|do i|i) (?:even |still )?(?:alive|bother living|keep living|"
            r"stay alive|exist)"
            r"|(?:don't|dont|do not) know why i(?:'m| am) (?:even |still )+(?:here|alive|around|"
            r"bothering|trying)"
            r"|{im} (?:only|just) (?:still )?(?:alive|here|around|hanging on|holding on|staying "
            r"alive) (?:because|for|cause|bc)"
            r"|the only (?:reason|thing) (?:i'm|i am|keeping me) (?:still )?(?:alive|here|going|"
            r"breathing)"
        ),
        reason="You wrote that you're not sure you want to be alive.",
        examples=(
            "i'm not sure i want to be alive",
            "idk if i can keep going",
            "why am i even alive",
            "i don't know how much longer i can do this",
        ),
        near_misses=(
            "not sure i want to live in london",
            "idk if i can keep going to choir",
            "not sure if i can go on the hike saturday",
        ),
    ),
    # Feeling there is no reason left to live.
    Rule(
        id="suicide.no_reason",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(*words("reason|point|purpose|worth|live for|use of|use in"),),
        pattern=(
            r"(?:no|not any|nothing|no more|don't have a|don't have any|(?:don't|dont|can't|cant|"
            r"cannot|do not) (?:see|find|think of) (?:a|any|one)|there's no|there is no) (?:reason|"
            r"reasons|point|purpose) (?:to|in|for) (?:even )?(?:live|living|being alive|"
            r"keep going|stay alive|be alive|be here|wake up|waking up|exist|existing|trying to "
            r"(?:stay alive|live|keep going))"
            # Without a preposition: "no point carrying on". "Going on the trip" or "carrying on
            # with the course" name an errand, so a following object keeps it calm.
            r"|(?:no|not any|there's no|there is no) (?:reason|point|purpose)(?: (?:to|in|for))? "
            r"(?:even )?(?:going on|carrying on|continuing|keep going|keeping going|trying "
            r"anymore)(?! (?:with|the|a|an|to|at|about|in|on|my|our|this|that)\b)"
            r"|nothing (?:left )?to live for|not worth living|(?:life|living|my life|being alive) "
            r"(?:is not|isn't|isnt|is no longer|not|ain't|aint|doesn't feel|does not feel|feels "
            r"not) worth (?:it|living|the pain|the effort|going on)"
            r"|what(?:'s| is|s)? (?:even )?the (?:point|use) (?:of|in) (?:even )?(?:living|life|"
            r"going on|"
            r"being alive|"
            r"being here|existing|waking up|anything anymore|me being here|me|carrying on|"
            r"continuing|keeping going|staying alive|any of it|any of this|it all|trying anymore|"
            r"trying to (?:stay alive|live|keep going|go on)|"
            r"getting up (?:anymore|any more|in the morning)|tomorrow)"
            r"|what(?:'s| is|s)? (?:even )?the point(?=\W*(?:[.!?\n]|$))"
            r"|(?:can't|cant|cannot|don't|dont|do not) see (?:the|any) point (?:in|"
            r"of) (?:\w+ ){0,4}?"
            r"(?:tomorrow|living|going on|carrying on|life|being here|being alive|anything|me|"
            r"it all|trying|waking up|getting up|existing|any of it)(?! (?:early|at|for|on|to|in "
            r"the morning for)\b)"
        ),
        reason="You wrote that you see no reason to keep living.",
        examples=(
            "i have no reason to live",
            "what's the point of living",
            "life isn't worth it anymore",
            "what's the point of me. people would cope fine",
            "i dont see the point in waking up anymore",
            "there's no point carrying on when it hurts this much",
        ),
        near_misses=(
            "what's the point of this meeting",
            "no point carrying on with the course if it's cancelled",
            "the trip was worth it",
            "no reason to worry about the bill",
        ),
    ),
    # Not being able to go on, in a despairing sense. "This job" or "this diet" stay out because
    # only "this" or "it" may stand before "anymore".
    Rule(
        id="suicide.cant_go_on",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                CANT,
                "do|take|handle|bear|stand|cope|deal|keep|survive|go|carry|continue|hold|live|"
                "exist|"
                "stay|last|even",
            ),
            *combos("think i", "can|could|will"),
            *words("think i'll"),
            *combos("done", "with|w|w/|living|existing|fighting"),
            *combos("give|gave|giving|given", "up on"),
            *combos("tired|sick|exhausted|weary", "of|from"),
            *words("worn out|had enough|enough of"),
        ),
        pattern=(
            r"{cant} (?:do|take|handle|bear|stand|cope with|deal with|keep doing|survive) "
            r"(?:this|it|any of this|any of it|life|this life|everything|all of this|all this|"
            r"this pain|the pain|it all)(?: (?:all|shit|crap|fucking|any)){0,2}? (?:anymore|"
            r"any more|any longer|no more|much longer)(?! with (?:this|the) (?:weather|heat|noise|"
            r"rain|traffic|wifi|commute|cold|snow|printer|app))"
            r"|{cant} (?:go on|keep going|carry on|continue|hold on|keep living|live|exist|"
            r"survive|stay alive|last) (?:like this|anymore|any more|any longer|much longer|"
            r"this way)"
            r"|(?:don't|dont|do not) think i (?:can|could|will|'ll) (?:stay alive|keep going|go on|"
            r"keep living|survive|last|hold on|make it|cope)(?: (?:much|any|a lot|"
            r"very much) longer|"
            r" like this| this way|(?=\W*(?:[.!?\n]|$)))"
            r"|{cant} keep (?:doing this|going like this|living like this|on like this)"
            r"(?=\W*(?:[.!?\n,]|$))"
            r"|{cant} (?:go on|keep going|carry on|keep living|hold on)(?=\W*(?:[.!?\n]|$))"
            r"|(?:{im} )?(?:so |just |honestly |literally |completely |really |genuinely ){0,2}"
            r"done (?:with|w|w/) (?:life|living|being alive|existing|this world|fighting|"
            r"everything|it all|all of it|this life|being here)|{im} (?:so |just |honestly |"
            r"literally |completely |really ){0,2}done (?:living|existing|fighting)"
            r"|(?:tired|sick|exhausted|weary) of (?:everything|it all|all of it)(?=\W*(?:[.!?\n]|"
            r"$))"
            r"|(?:give|gave|giving|given) up on (?:life|living|everything|being alive)"
            r"|(?:tired|sick|exhausted|weary|worn out) (?:of|from) (?:living|being alive|existing|"
            r"life|"
            r"waking up|surviving|(?:trying|fighting) to (?:stay alive|survive|keep going|live)|"
            r"staying alive|fighting(?! (?:with|about|over|for))|being here(?! (?:at|in|with|"
            r"every)))"
            r"|(?:had|have had|i've had) enough of (?:life|living|being alive|existing|everything)"
        ),
        # A small, named nuisance right beside it is what "can't do this anymore" is about.
        benign=(
            r"printer|wifi|wi-fi|traffic|weather|heat|noise|queue|spreadsheet|laptop|computer|"
            r"website|jammed|crashed|buffering|lol|lmao|haha|roadworks|commute|neighbou?rs' dog"
        ),
        reason="You wrote that you can't go on.",
        examples=(
            "i can't do this anymore",
            "i cant take it any more",
            "i can't go on.",
            "i'm so done with life",
            "so tired of being alive",
            "Mum keeps saying she's tired of living",
        ),
        near_misses=(
            "i can't do this job anymore",
            "i can't go on the trip",
            "i can't keep going to these meetings",
            "i'm done with this week lol",
            "tired of fighting with my sister about dishes",
            "I can't do this anymore, the printer has jammed five times.",
        ),
    ),
    # Life felt as unbearable, wanting out, not belonging in this world.
    Rule(
        id="suicide.unbearable",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("unbearable|pointless|meaningless|hopeless|want out|need out"),
            *combos("belong", "on|in|here|among|alive"),
            *combos("already", "gone|dead"),
            *combos("not", "living|really"),
        ),
        pattern=(
            r"(?:life|living|my life|existing|being alive) (?:is|feels|has become|seems) (?:so |"
            r"just |completely |totally )?(?:unbearable|pointless|meaningless|hopeless)"
            r"(?! (?:without|at|when|in|on|for|because of (?:the|this|my) (?:job|work|commute)))"
            r"|i (?:just )?want out(?=\W*(?:[.!?\n]|$))|(?:want|need) out of (?:life|this life|"
            r"everything|existence|this world)"
            r"|(?:don't|do not|dont) (?:feel like i )?belong (?:on this earth|in this world|here "
            r"anymore|among the living|alive)"
            # Feeling already gone, or only waiting for the end.
            r"|(?:feel|feels|feeling|felt) (?:like )?(?:i'm|i am|im) already (?:gone|dead)(?! "
            r"(?:tired|on my feet))"
            r"|(?:i'm|i am|im) not (?:really )?living,? (?:i'm |i am |"
            r"im )?(?:just )?waiting (?:for "
            r"(?:it|this|everything|it all|the end) (?:all )?to (?:be over|end|stop)|for the end|"
            r"to die)"
        ),
        reason="You wrote that life feels unbearable.",
        examples=(
            "Life feels unbearable and I want out.",
            "I don't feel like I belong on this earth.",
            "i feel like i'm already gone, my body just hasn't caught up",
            "I'm not living, I'm just waiting for it to be over.",
        ),
        near_misses=(
            "life is pointless without coffee lol",
            "i want out of this group chat",
        ),
    ),
)
