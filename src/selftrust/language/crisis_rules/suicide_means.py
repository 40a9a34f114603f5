"""Means of ending one's life: saving or taking pills, researching methods, fumes, ropes and
hanging, and dwelling on the means."""

from selftrust.language.crisis_rules.shared import ME, Rule, combos, words

PILL_ANCHORS = words(
    "pill|meds$|medic|tablet|painkil|paracet|tylenol|xanax|ambien|benzo|antidepres|prescri|"
    "insulin|oxy$|ibuprof|aspirin|codeine|sertral|lithium|opioid|heroin|fentanyl|morphin|"
    "tramadol|diazepam|valium|zopiclon|amitript|propranol|quetiap|citalop|fluoxet|prozac|codamol|"
    "cocodam|oxycod|oxycont|percocet|vicodin|hydrocod|methadon|temazep|nurofen|panadol|capsul|"
    "lorazep|klonopin|clonazep|sleepers$|tabs$"
)
_QUANTITY = (
    r"(?:all|everything|a bunch of|a handful of|a load of|loads of|a lot of|lots of|heaps of|"
    r"a pile of|a fistful of|fistfuls of|too many|way too many|so many|the rest of|"
    r"a whole (?:bottle|box|packet|strip|pack|blister|month's supply|prescription) of|"
    r"a (?:bottle|box|packet|strip|pack|month's supply) of|the whole (?:bottle|box|packet|strip|"
    r"pack|lot)(?: of)?|whole|every|double|triple|[1-9]\d+|ten|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|a hundred|(?:two|three|four|five|several) (?:boxes|bottles|packets|strips) of|"
    r"all of|what was left of|what's left of|whats left of|half (?:a|the) (?:bottle|box|packet|"
    r"strip|pack|blister) of|half of)"
)

RULES: tuple[Rule, ...] = (
    # Saving pills, taking a large amount, or asking how many it would take.
    Rule(
        id="suicide.pills",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=PILL_ANCHORS,
        pattern=(
            r"(?:saving|saved|save|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|"
            r"gathering|gathered|stashing|stashed|hiding|hid|counting|counted|storing|stored|"
            r"squirrelling|squirreling|squirreled|squirrelled|keeping back|"
            r"kept back) (?:up )?(?:\w+ ){0,5}?{pills}(?! (?:into|in) "
            r"(?:the|my|a) (?:weekly |daily )?(?:organi[sz]er|box|pill ?box|dosette))"
            r"|how many (?:of )?(?:my |the |those |these |her |"
            r"his )?(?:\w+ )?{pills} (?:it )?(?:would|does|"
            r"will|to|until|before|takes|it'd|would it|is (?:a )?(?:lethal|fatal))"
            r"|(?:took|take|taking|swallowed|swallow|swallowing|downed|necked|ate) (?:(?:my|the|"
            r"her|his|of|those|these) ){0,2}" + _QUANTITY + r" (?:(?:my|the|her|his|of|those|"
            # Someone's and a kind: "a handful of mum's tablets", "my moms sleeping tabs".
            r"these|\w+'s|moms|mums|dads|nans|grans) ){0,2}(?:sleeping |pain |heart |old )?"
            r"{pills}(?! (?:for|as|with|on time|this morning|like i'm supposed to|"
            r"at (?:night|bedtime|breakfast)))"
            r"|enough (?:of )?(?:my |the |her |his |those |these )?(?:\w+'s )?{pills} "
            r"(?:\w+ ){0,2}(?:to "
            r"(?:kill|end|die|do it|not wake|overdose|take my|"
            r"make sure)|saved)"
            r"|(?:bought|buying|buy|got|getting|collected|"
            r"collecting) (?:\w+ ){0,2}?{pills} (?:\w+ )"
            r"{0,4}?(?:different|several|multiple|two|three|four|lots of) (?:shops|pharmacies|"
            r"chemists|stores|places|supermarkets)"
            r"|{pills} (?:\w+ )?(?:lined up|laid out|counted out|in a pile|all out)"
            r"|(?:a )?(?:second|third|another|extra|fourth) (?:box|packet|pack|bottle|"
            r"lot) of {pills}"
            r"|(?:stash|supply|hoard|stockpile|collection) of (?:\w+ )?{pills}"
            r"|(?:filled|picked up|collected|got|refilled|bought|ordered) (?:\w+ ){0,3}?{pills} "
            r"(?:\w+ ){0,2}?so (?:i'd|i would|i'll|i will|i) (?:have|had|'ve got) enough"
            # Spirits with the whole supply, or the whole supply set out for a time.
            r"|(?:vodka|whisky|whiskey|gin|rum|booze|spirits|alcohol) and (?:all|a (?:load|bunch|"
            r"pile|stash|handful) of|every one of) (?:of )?(?:my |the |her |his )?{pills}"
            r"|all (?:of )?(?:my |the )?{pills} (?:\w+ )?(?:ready|set out|out) (?:for )?(?:tonight|"
            r"later|the weekend|when)"
        ),
        reason="You wrote about pills as a way to end your life.",
        examples=(
            "swallowed half a strip of my mum's sleeping tabs after the fight",
            "i've been saving up my pills",
            "been hoarding my mum's painkillers",
            "i took a whole bottle of pills",
            "Took a load of pills on Sunday",
            "i have enough pills saved now",
            "Filled the prescription early so I'd have enough.",
            "I've got the pills lined up on my desk.",
            "i've got a bottle of vodka and all my pills ready",
            "i've got enough of my insulin to do it",
        ),
        near_misses=(
            "took all my tablets this morning like the doctor said",
            "i took my meds this morning",
            "took 2 paracetamol for my headache",
            "counting pills into the weekly organiser",
            "put all my pills out for tonight in the dosette box",
        ),
        benign=(
            r"pill ?box|refill|pharmac\w*|chemist|dosette|vet|organi[sz]er|prescribed|"
            r"doctor said|dentist|headache|cold|flu|trip|holiday|travel"
        ),
    ),
    # Researching how: methods, doses, how high a bridge is, how long it takes.
    Rule(
        id="suicide.research",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words(
                "painless|lethal|fatal|deadly|method|ways to|way to|way out|height of|drop from"
            ),
            *words("distance down"),
            *combos("survive", "a|the|drop|fall|jump"),
            *combos("how", "many|much|tall|high|far|deep|long"),
            *combos("how", "to", "die|kill|end|overdose|hang|not|do"),
            *combos("how|ways|methods|way", "to|of|out"),
            *words("least painful"),
            *combos("ways|methods|method|way", "are|is|would|of"),
            *combos("drop|fall|height|distance", "of|from"),
            *combos(
                "which",
                "bridge|bridges|building|buildings|cliff|cliffs|place|places|spot|spots|station|"
                "stations|roof|roofs|car",
            ),
        ),
        pattern=(
            r"(?:look\w* up|looked into|looking into|read(?:ing)? (?:up )?(?:about|on)|"
            r"research\w*|googl\w*|search\w*|checking|checked|worked out|working out|figur\w* out|"
            r"calculat\w*|watch\w* videos (?:on|about)|spent (?:the night|hours|all night) "
            r"(?:reading|looking|on)) (?:\w+ ){0,3}?(?:which |what |the )?(?:(?:painless|"
            r"least painful|most painless|lethal|fatal|deadly) (?:ways?|methods?|doses?|options?)|"
            r"(?:quickest|fastest|easiest|best|surest|most effective|most reliable|quick|simple|"
            r"different) (?:ways?|methods?) (?:to (?:die|go|end (?:it|things|my life)|do it|"
            r"kill myself|not wake up)|of (?:dying|doing it|killing myself)|out))"
            r"|(?:methods?|ways?) (?:\w+ ){0,3}?(?:are|is|would be) (?:the )?(?:most )?(?:painless|"
            r"lethal|quickest|fastest|surest|effective|reliable)"
            r"|(?:look\w* up|looked into|research\w*|googl\w*|search\w*|read\w* (?:about|up on)) "
            r"(?:\w+ ){0,2}(?:how|ways|methods|the best way|the easiest way|painless ways) (?:to|"
            r"of) "
            r"(?:die|dying|kill myself|end it|end my life|overdose|hang|not wake up|do it)"
            r"|how (?:many|much) (?:\w+ ){0,4}?(?:would kill|will kill|to kill (?:me|myself|a "
            r"person|someone)|it takes to die|to die|is (?:a )?(?:lethal|fatal|deadly)|"
            r"it would take|"
            r"would it take|it'd take|does it take|it takes|to take)(?! (?:to (?:get|grow|make|"
            r"finish|"
            r"fill|pay|save|cook|feed|fix|learn|drive|walk|read|knit|build|paint)))"
            r"|how (?:tall|high|far down|deep) (?:(?:is|was) )?(?:\w+ ){0,4}?(?:bridge|building|"
            r"cliffs?|car park|parking (?:garage|deck)|tower block|drop|fall|roof|balcony|overpass|"
            r"viaduct)(?: \w+){0,3}?(?: (?:is|was|would be)|(?=\W*(?:[.!?\n]|$)))"
            r"|(?:look\w* up|looked into|googl\w*|search\w*|check\w*|measur\w*|worked out|"
            r"work out|found out) (?:the )?(?:height|drop|distance down|fall) (?:of|from) (?:the |"
            r"a |"
            r"that )?(?:\w+ ){0,3}?(?:bridge|building|cliffs?|car park|tower block|roof|balcony|"
            r"overpass|viaduct)"
            r"|(?:research\w*|look\w* up|googl\w*|search\w*|check\w*|"
            r"found out) (?:\w+ ){0,3}?which (?:bridges?|buildings?|cliffs?|car parks?|places?|"
            r"spots?|stations?|"
            r"roofs?) "
            r"(?:\w+ ){0,4}?(?:no fences?|no barriers?|no nets?|unguarded|high enough|highest|tall "
            r"enough|easy to (?:get|climb|reach)|unlocked|open to the public)"
            r"|how long (?:\w+ ){0,3}(?:to die|to bleed out|to drown|until you die|before you die|"
            r"to overdose|to suffocate)"
            r"|(?:would|will|could) (?:i|you|someone) survive (?:a |the )?(?:fall|jump|drop)"
            r"|(?:lethal|fatal|deadly) dose"
        ),
        benign=(
            r"quiz|trivia|homework|school project|tour|holiday|visit|tourist|engineer\w*|"
            r"architecture|fun fact|for (?:the|my) (?:dog|cat|kids?|baby)|vet|recipe|"
            r"game|novel|story|film|movie|character"
        ),
        reason="You wrote about looking into ways to end your life.",
        examples=(
            "spent the night reading about which methods are painless",
            "i keep looking up painless ways to die",
            "Looked up how tall the bridge on Mill Road is",
            "googled how much paracetamol would kill me",
            "Looked up the height of the West Gate Bridge on my phone at 3am",
        ),
        near_misses=(
            "looked up the easiest way to get to the station",
            "how many days until my birthday",
            "looked up how tall the bridge is for the pub quiz",
        ),
    ),
    # Fumes: a hose to the exhaust, an engine running in a closed garage, charcoal indoors.
    Rule(
        id="suicide.fumes",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=words(
            "hose|exhaust|charcoal|engine running|car running|head in|gas$|tube$|pipe$|bbq|"
            "barbecue|"
            "garage"
        ),
        pattern=(
            r"(?:hose|hosepipe|tube|pipe) (?:\w+ ){0,4}?(?:exhaust|car window|garage)"
            r"|(?:exhaust|garage|car) (?:\w+ ){0,6}?(?:hose|hosepipe)"
            r"|(?:engine|car) running (?:in|inside) (?:the|a|my) (?:closed |shut )?garage"
            r"|(?:in|inside) (?:the|a|my) (?:closed |shut |locked )?garage (?:\w+ ){0,2}?with the "
            r"(?:engine|car|motor) (?:on|running)"
            r"|(?:charcoal|barbecue|bbq) (?:\w+ ){0,3}(?:in|inside|into) (?:my|the|a) (?:room|"
            r"bedroom|tent|car|bathroom|flat)"
            r"|(?:put|putting|stick|stuck) my head in the (?:gas )?oven|turn(?:ed|ing)? on the gas "
            r"(?:and|without)"
        ),
        benign=(
            r"garden|watering|plants|wash\w*|lawn|clean\w*|hoover|vacuum|fix\w*|mechanic|"
            r"repair\w*|broken|leak\w*|mot|service|tyre|bike|camping stove|outside|patio"
        ),
        reason="You wrote about a way to end your life.",
        examples=(
            "Got the car, got the hose, got the garage. Just need the nerve.",
            "thought about leaving the engine running in the garage",
            "been sitting in the garage with the car running, just thinking",
        ),
        near_misses=(
            "bought a new hose for the garden and washed the car",
            "the mechanic said the exhaust pipe needs a new clamp",
            "sat in the garage with the engine running while the mechanic checked the exhaust",
        ),
    ),
    # Dwelling on the means: staring at the pills, the rope, the gun.
    Rule(
        id="suicide.means_focus",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *PILL_ANCHORS,
            *words(
                "rope|noose|gun$|pistol|rifle|shotgun|handgun|timetable|timing|medicine cabinet"
            ),
            *words("pill bottle|bottle of|belt$|tracks$"),
            *combos("fast|express|freight|non|through", "train|trains|stop"),
            *words("nonstop"),
        ),
        pattern=(
            r"(?:keep|kept|keeps|been|can't stop|cant stop|couldn't stop) (?:looking at|staring at|"
            r"{think} {about}|going back to|holding|checking|counting) (?:the |my |a |those |"
            r"these |"
            r"that |all the |all my )?(?:{pills}|rope|noose|belt|gun|pistol|rifle|"
            r"shotgun|bottle of pills|pill bottle|medicine cabinet)"
            r"|(?:{think} {about}|staring at|stared at|looking at|looked at|holding|held|touching) "
            r"(?:my |the |his |dad's |my dad's |a )?(?:gun|pistol|handgun|rifle|shotgun)"
            r"|(?:keep|kept|keeps|been) (?:watching|staring at|looking at|standing by) (?:the )?"
            r"(?:train |railway )?tracks|timing (?:the )?(?:express|fast trains?|trains|lorries)"
            r"|(?:checked|checking|looked up|memoris\w*|memoriz\w*|learned|learnt|know|worked out) "
            r"(?:\w+ ){0,4}?(?:timetable|times|schedule) (?:\w+ ){0,3}?(?:fast|express|freight|"
            r"non ?stop|through) trains?"
        ),
        benign=(
            r"range|club|hunting|licen[cs]e|shooting practice|airsoft|nerf|toy|water gun|"
            r"video game|game|museum|film|movie|pharmac\w*|refill|organi[sz]er|prescription|swing|"
            r"climbing|gym|skipping|kids"
        ),
        reason="You wrote about the means to end your life.",
        examples=(
            "i keep staring at the pills in the drawer",
            "can't stop thinking about the gun in the garage",
            "I checked the train timetable for the fast trains that don't stop here.",
            "I keep watching the train tracks on my walk to work and timing the express.",
        ),
        near_misses=(
            "kept looking at the rope swing from the window, the kids love it",
            "holding the water gun for the kids' party",
        ),
    ),
    # A rope or noose, a belt tied to a door or a beam, testing whether it holds.
    Rule(
        id="suicide.hanging",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("rope|noose|ligature"),
            *combos("take|hold", "me|my|the"),
            *combos("belt|cord|cable|sheet", "to|around|round|on|from|over"),
            *combos("hang|hanging|hanged", ME),
            *combos("hold|take|support|bear", "my weight"),
        ),
        pattern=(
            r"(?:bought|buy|buying|got|ordered|found|hid|hiding|tied|tying|made|making|tested|"
            r"testing|practis\w*|practic\w*) (?:a |the |some |my )?(?:rope|noose)|noose|ligature"
            r"|(?:tied|tying|tie|hung|hang|hanging|fixed|fixing|attached|looped|looping) (?:a |"
            r"the |"
            r"my )?(?:belt|rope|cord|cable|sheet|dressing gown cord) (?:\w+ )?(?:to|around|round|"
            r"on|"
            r"from|over) (?:the |a |my )?(?:door|doorframe|beam|banister|bannister|rail|hook|"
            r"ceiling|wardrobe|pipe|tree|neck|loft hatch|light fitting|shower rail|bunk bed)"
            r"|(?:tested|testing|checked|checking) (?:\w+ ){0,3}(?:if|whether|how) (?:the |a |my )?"
            r"(?:belt|rope|cord|beam|hook|rail|door) (?:\w+ ){0,3}(?:hold|take) (?:my|the|me)"
            r"|(?:hang|hanging|hanged) {me}"
            # A fixing point judged for weight: "a beam in the loft that would hold my weight".
            r"|(?:beam|hook|rail|bar|branch|banister|bannister|pipe|loft hatch) (?:\w+ ){0,6}?"
            r"(?:would|will|could|can|might|to) (?:hold|take|support|bear) my weight"
            r"|(?:have|got|keep|kept|hid|hidden|there's) (?:a |the |my )?(?:rope|noose) (?:in|"
            r"under|"
            r"behind) (?:the |my )?(?:boot|trunk|car|wardrobe|closet|drawer|bag|garage|shed|room|"
            r"cupboard|bedroom)"
        ),
        benign=(
            r"climbing|camping|tent|boat|sailing|swing|hammock|tow|skipping|jump rope|"
            r"washing line|clothes|plant|picture|painting|curtain|christmas|lights|decorations|"
            r"dog|gym|workout|pull ?ups?|resistance|tug of war|knots?|scouts"
        ),
        reason="You wrote about a way to end your life.",
        examples=(
            "bought a rope today. i know what it's for",
            "tied my belt to the door handle and tested if it would hold me",
            "i want to hang myself",
            "found a beam in the loft that would hold my weight",
        ),
        near_misses=(
            "bought a rope for the tent",
            "hung the fairy lights on the door for christmas",
            "checked the shelf bracket would hold the weight of the books",
        ),
    ),
)
