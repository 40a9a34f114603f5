"""Harm from others told plainly: threats in street words ("he'd knife me", "put me through the
window", "never come back alive"), being watched and found (a dead bird left on the step, a
photo of my car, "knows which window is mine"), violence when he drinks, a hand up my top,
being made to sleep in the car, a threat to out someone."""

from selftrust.language.crisis_rules.shared import Rule, combos

RULES: tuple[Rule, ...] = (
    # Threats in everyday words: "said he'd knife me", "he'll put me through the window", "see to
    # it that I never come back alive", "he'll make sure none of us are safe".
    Rule(
        id="harm.street_threat",
        kind="harm_from_others",
        anchors=(
            *combos("knife|shank|glass|bottle|batter|deck", "me"),
            *combos("put|throw|shove", "me", "through"),
            *combos("back|home|out", "alive"),
            *combos("sure|ensure|that|it", "none|nobody|no"),
        ),
        pattern=(
            r"(?:he|she|they)(?:'d|'ll| would| will| is going to|'s going to|'s gonna| said he'd|"
            r" said she'd| swore he'd)? (?:knife|shank|glass|bottle|batter|deck) me"
            r"|(?:put|throw|shove) me through (?:the|a|that) (?:window|wall|door|floor|table)"
            r"|(?:never|won't|wont|not) (?:come|get|make it) (?:back|home|out) alive"
            r"|(?:make sure|see to it|ensure) (?:that )?(?:none of us|nobody|no one) (?:is|are|"
            r"will be|will ever be) (?:ever )?safe"
        ),
        unless=r"film|movie|game|book|series|episode|trailer|fiction",
        reason="You wrote that someone threatened to hurt you.",
        examples=(
            "Customer said he'd knife me if his order was late again.",
            "Housemate said if I touch his food again he'll put me through the window.",
            "Husband said he will see to it that I never come back alive.",
            "My ex said if I don't come back he'll make sure none of us are safe.",
        ),
        near_misses=(
            "The climbers never came back alive in that film, so sad.",
            "Made sure the kids are safe in their car seats.",
        ),
    ),
    # Being watched and found: "left a dead bird on the step", "sent a photo of my car outside
    # work", "he knows which window is mine", "ex has been outside the flat three nights".
    Rule(
        id="harm.watched",
        kind="harm_from_others",
        anchors=(
            *combos("left|put|nailed|sent", "a", "dead"),
            *combos("photo|photos|picture|pictures|pic|pics|video|videos", "of", "my|our"),
            *combos("which", "window|room|flat|house|door|bedroom|car|town|refuge"),
            *combos("refuge|shelter|new|house", "address"),
            *combos("ex", "has|had|is|was|keeps|kept|sat|sits|parked|waiting|standing"),
        ),
        pattern=(
            r"(?:left|put|nailed|sent) a dead (?:bird|cat|rat|mouse|rabbit|fox|pigeon|animal|fish)"
            r"|(?:sent|texted|posted|messaged) (?:me )?(?:a )?(?:photo|picture|pic|video)s? of "
            r"(?:my|our) (?:car|house|flat|front door|door|window|street|work|kids|children|"
            r"daughter|son|bedroom)"
            r"|(?:knows|found out|worked out|knew) which (?:window|room|flat|house|door|bedroom|"
            r"car) is (?:mine|ours)"
            r"|found (?:out )?(?:the|my|our) (?:refuge|shelter|safe house|new) address"
            r"|(?:my )?ex (?:(?:has|had) been|is|was|keeps|kept|sat|sits|parked|waiting|standing)"
            r"(?: \w+){0,2}? outside (?:my|the|our) (?:flat|house|place|work|door|window|school|"
            r"refuge|job)"
        ),
        needs=(
            r"\bex\b|court|order|driving past|stalk\w*|watching|restraining|injunction|refuge|"
            r"see you soon|he found|she found|nights running|again|texts?|blocked|keeps"
        ),
        benign=r"cat brought|the cat|our cat|my cat",
        reason="You wrote that someone is watching or following you.",
        examples=(
            "Court order or not, he keeps driving past. Last night he left a dead bird on the "
            "step.",
            "Ex sent a photo of my car outside work with 'see you soon'.",
            "He found the refuge address. Three texts tonight saying he knows which window is "
            "mine.",
            "Ex has been outside the flat three nights running.",
        ),
        near_misses=(
            "The cat left a dead bird on the step again, lovely.",
            "Mum sent a photo of my kids at the beach, so cute.",
        ),
    ),
    # Violence and control told as habit: "when he drinks he hits", "put his hand up my top",
    # "he makes me sleep in the car", "threatened to tell everyone I'm trans", "kicked my door
    # in", "I'm frightened of what they'll do".
    Rule(
        id="harm.his_ways",
        kind="harm_from_others",
        anchors=(
            *combos("he|she|they", "hits|punches|slaps|kicks|chokes|lashes"),
            *combos("gets", "violent|rough"),
            *combos("his|her", "hand|hands"),
            *combos("makes|make", "me", "sleep"),
            *combos("threaten|threatened|threatens|threatening", "to"),
            *combos("kicked", "my|the|our"),
            *combos("frightened|scared|afraid|terrified", "of", "what"),
            *combos("frightened|scared|afraid|terrified", "what"),
        ),
        pattern=(
            r"when (?:he|she|they) (?:drinks?|(?:is|gets|'s) (?:drunk|angry|wasted)|loses (?:it|"
            r"his temper|her temper)|kicks off) (?:\w+ )?(?:he|she|they) (?:hits|punches|slaps|"
            r"kicks|chokes|lashes out|gets violent|gets rough)"
            r"|(?:put|puts|putting|shoved|stuck) (?:his|her) hands? (?:up|down|inside|under) my "
            r"(?:top|skirt|shirt|dress|jeans|trousers|pants|knickers|jumper)"
            r"|(?:he|she|they) makes? me sleep (?:in the car|outside|on the floor|in the shed|"
            r"in the garage)"
            r"|threaten\w* to (?:out me|tell (?:everyone|my \w+|people|the family) (?:that )?"
            r"(?:i'm|im|i am) (?:gay|trans|bi|lesbian|queer|pregnant))"
            r"|(?:he|she|they|housemate|flatmate|ex|dad|husband|boyfriend|partner|brother) "
            r"(?:\w+ )?kicked (?:my|the|our) (?:bedroom |front )?door (?:in|down)"
            r"|(?:frightened|scared|afraid|terrified) (?:of )?what (?:he|she|they)(?:'ll| will| "
            r"might| would|'d|'s going to|'s gonna) do(?: to (?:me|us|the kids))?"
            r"(?=\W*(?:[.!?,;\n]|$))"
        ),
        benign=r"police|firefighters|locked out|lost (?:my|the) keys",
        reason="You wrote that someone is hurting or threatening you.",
        examples=(
            "When he drinks he hits. Last night it was my face.",
            "Today he put his hand up my top. I froze.",
            "If I buy so much as a coffee he makes me sleep in the car.",
            "She threatened to tell everyone I'm trans.",
            "The housemate kicked my door in last night because I looked at him wrong.",
            "She'll have me sent back and I'm frightened of what they'll do.",
        ),
        near_misses=(
            "When he drinks he gets silly and sings.",
            "Scared of what they'll do to the park, the council wants to build on it.",
        ),
    ),
)
