"""Plans: going to a high place, looking down, being on the edge, jumping or stepping in front of
traffic, and a chosen date, place or method."""

from selftrust.language.crisis_rules.shared import ME, Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Going to a high place or the tracks and staying there, deciding: a story, not a phrase, so
    # it needs a sign of dwelling nearby. A walk across a bridge to the market stays calm.
    Rule(
        id="suicide.place",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=words(
            "bridge|cliff|track|railway|crossing|roof|ledge|overpass|quarry|viaduct|motorway|"
            "balcony|pier|storey|platform|edge|station|dam$|multistorey|multi$|rail$|tower|"
            "car park|stairwell|staircase|top of|roof of|top floor|top level|top deck"
        ),
        pattern=(
            r"(?:went|go|going|drove|drive|driving|walked|walk|walking|stood|standing|stand|sat|"
            r"sitting|sit|climbed|climbing|ended up|found myself|got|parked|waited|waiting|"
            r"spent (?:\w+ ){0,3}?|was|been) (?:\w+ ){0,3}?(?:to|at|on|by|near|up|over|onto|"
            r"under|across|out to) (?:the |a |that |this |my )?(?:(?:edge|top|end|side) of "
            r"(?:the |a )?)?(?:\w+ )?(?:bridge|cliffs?|cliff edge|tracks|railway|rail line|"
            r"level crossing|roof|rooftop|ledge|edge|overpass|platform edge|quarry|viaduct|"
            r"motorway bridge|tower block|balcony|dam|pier|multi ?storey|(?:train )?station|"
            r"platform)"
            # The top of an ordinary building is only a high place when one says so.
            r"|(?:stood|standing|sat|sitting|went|go|going|walked|climbed|climbing|drove|ended up|"
            r"found myself|was|been|got) (?:\w+ ){0,3}?(?:at|on|to|onto) (?:the )?(?:very )?"
            r"(?:top|roof|top floor|top level|top deck) of (?:the |a |that )?(?:\w+ )?(?:car park|"
            r"stairwell|staircase|multi ?storey|building|block|hospital|hotel|shopping centre)"
        ),
        needs=(
            r"deciding|decide|decided|(?:{think}|thought) {about} (?:it|jumping|stepping|doing it|"
            r"the drop|the fall|ending|how easy|not coming back|it all)|wondering (?:if|whether|"
            r"what|how)|working up|work up the|courage|looking down|staring down|stared down|"
            r"look(?:ing|ed)? over the edge|over the edge|(?:look|stare|lean)(?:ing|"
            r"ed)? (?:down )?over "
            r"the (?:railings?|barrier|parapet|balcony)|how easy|how quick|almost (?:did|went|"
            r"stepped|jumped|climbed|let go)|nearly (?:did|went|stepped|jumped|climbed|let go)|"
            r"the drop|the fall|the water below|couldn't (?:make myself )?(?:leave|move|step back|"
            r"go home)|talked myself (?:down|out)|didn't want to (?:come (?:back|home|down)|leave)|"
            r"jump|step off|step in front|let go|wait(?:ed|ing)? for (?:a|the) (?:fast |freight |"
            r"non-stop )?train(?! (?:to (?!come through|pass|go past|go through)|home|into|back|"
            r"with|in)\b)|one more step"
        ),
        reason="You wrote about going to a place where you might end your life.",
        examples=(
            "drove to the cliffs after work and sat there for an hour deciding",
            "stood on the bridge for ages looking down at the water",
            "went up to the roof of the car park and couldn't make myself leave",
            "went back to the railway crossing and waited for the fast train",
            "stood at the top of the car park stairwell looking over the railing for ages",
        ),
        near_misses=(
            "walked across the bridge to the Saturday market, bought cherries",
            "sat on the pier eating chips and watching the boats",
            "stood on the platform at the station waiting for the train home",
            "went to the top floor of the car park, there were no spaces lower down",
        ),
    ),
    # Looking down from a height for a long time: "looked at the drop from the top of the car park".
    Rule(
        id="suicide.drop",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=words(
            "bridge|roof|balcony|cliff|tower|storey|platform|overpass|window|ledge|car park|"
            "building|multistorey|multi$"
        ),
        pattern=(
            r"(?:looked|looking|stared|staring|gazed|gazing|peered|peering) (?:\w+ )?(?:at|over|"
            r"into|down at) the (?:drop|fall|water|tracks|road|ground|"
            r"traffic) (?:\w+ ){0,3}?(?:from|"
            r"below|off|under) (?:the )?(?:top of (?:the |a )?)?(?:\w+ )?(?:bridge|car park|roof|"
            r"building|balcony|cliff|tower|multi ?storey|platform|overpass|window|ledge)"
        ),
        benign=r"view|sunset|sunrise|photos?|pictures?|fireworks|pretty|beautiful|lovely|tourist",
        reason="You wrote about looking down from a high place.",
        examples=("Looked at the drop from the top of the car park for a long time tonight.",),
        near_misses=("looked at the water from the bridge, the sunset was lovely",),
    ),
    # On the edge: sitting on a roof's edge, climbing over a bridge railing.
    Rule(
        id="suicide.edge",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=words("ledge|railing|parapet|edge|wrong side|barrier|fence"),
        pattern=(
            r"(?:sat|sitting|stood|standing|stand|sit|climbed|climbing|went|walked|leaned|leaning|"
            r"hung|hanging|dangled|dangling) (?:\w+ ){0,2}?(?:on|over|onto|out over|to|"
            r"at) (?:the )?"
            r"(?:edge|ledge|railing|parapet|wrong side) of (?:the |a |my |that )?(?:\w+ )?(?:roof|"
            r"bridge|cliff|building|balcony|car park|platform|tower|viaduct|overpass|multi ?storey)"
            r"(?! (?:path|walk|top walk|cafe|bar|restaurant|garden|terrace|party))"
            r"|(?:climbed|went|got|stepped) (?:over|onto|past) the (?:railings?|barrier|fence|"
            r"parapet) (?:of|on|at) (?:the |a )?(?:\w+ )?(?:bridge|balcony|roof|car park|overpass|"
            r"cliff|platform)"
        ),
        benign=(
            r"drinks?|beer|wine|sunset|sunrise|view|picnic|party|terrace|bar|friends|selfie|"
            r"photos?|fireworks|smok\w*|cigarette|fix\w*|gutter|repair\w*|aerial|builder|work|"
            r"eating|picnic|sandwich\w*|lunch|snack|coffee|ice cream|chips"
        ),
        reason="You wrote about being at the edge of a high place.",
        examples=(
            "Sat on the edge of the roof for an hour last night.",
            "climbed over the railing of the bridge and just stood there",
        ),
        near_misses=(
            "sat on the edge of the roof terrace with a beer watching the sunset",
            "my dad stood on the edge of the roof fixing the gutter",
        ),
    ),
    # Jumping, stepping in front of a train, lying on the tracks, driving into a tree.
    Rule(
        id="suicide.jump",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("jump|throw|threw|fling|chuck|hurl|launch|toss|swerv|steer|front of|tracks$"),
            *combos("yeet|yeeting|yeeted", ME),
            *words("railway line|rails$|into traffic|into oncoming|into the traffic"),
            *combos("drive|driving|drove|crash|crashing", "into|off|my|his|her|their|the"),
        ),
        pattern=(
            r"(?:jump|jumping|jumped|throw myself|threw myself|throwing myself) (?:off|from) "
            r"(?:a|the|this|that|my) (?:\w+ )?(?:bridge|building|roof|balcony|cliff|ledge|tower|"
            r"overpass|car park|parking garage|window|motorway bridge|viaduct|multi ?storey)"
            r"|(?:step|stepping|stepped|walk|walking|jump|jumping|throw myself|throwing myself|"
            r"threw myself|lie|lying|lay) (?:out )?in front of (?:a|the|an) (?:\w+ )?(?:train|bus|"
            r"car|truck|lorry|traffic|subway|tram|tube)"
            r"|(?:step|stepping|stepped|walk|walking|lie|lying|lay|laid|jump|jumping|sat|sit|"
            r"sitting|stand|standing|stood) (?:down )?(?:onto|on|across) (?:the|a) (?:train |"
            r"railway |"
            r"rail )?(?:tracks|rails|railway line)"
            r"|(?:drive|driving|drove|crash|crashing|swerve|swerving|steer|steering) (?:(?:my|his|"
            r"her|their|the) car )?(?:into|off) (?:a|the) (?:tree|wall|bridge|cliff|river|lake|"
            r"oncoming "
            r"traffic|barrier|truck|lorry|pole|motorway|embankment|divider|median|central "
            r"reservation|guard ?rail|crash barrier)"
            r"|walk(?:ing|ed)? into (?:the )?traffic"
            r"|(?:yeet|fling|chuck|hurl|launch|toss|throw|threw)(?:ing|ed)? (?:myself|my self|"
            r"meself) (?:off|from|out of|into|in front of|under) (?:a|the|my|this|that) (?:\w+ )?"
            r"(?:balcony|bridge|roof|building|window|cliff|train|bus|car|lorry|truck|traffic|"
            r"motorway|river|sea|ledge|tower|platform)"
            # Said with nothing after it: "she said she's gonna jump."
            r"|(?:going to|gonna|gona|about to|threatening to|threatened to|threatens to|want to|"
            r"wants to|wanna|will|'ll|i'l) jump(?=\W*(?:[.!?\n]|$))"
        ),
        benign=(
            r"swim\w*|summer|pool|diving|dive|bungee|parachute|trampoline|dare|kids|puddle|"
            r"accident|icy|ice|skidded|deer|fox|slipped|nearly hit|cyclist|traffic|commute|queue|"
            r"printer|meeting|mondays?|homework|spreadsheet|roadworks|cat|dog|horse|puppy|kitten|"
            r"frog|fence|hurdle|queue|in (?:line|the car)"
        ),
        # A small nuisance that "makes me want to" jump is the hyperbole, not a plan.
        unless=(
            r"(?:traffic|commute|meeting|printer|queue|homework|spreadsheet|roadworks|group chat|"
            r"wifi|song|advert|ad|noise|weather) (?:\w+ ){0,3}?(?:makes|make|made|is making) me "
            r"(?:want to|wanna) (?:drive|jump|throw myself|walk|step)"
        ),
        reason="You wrote about a way to end your life.",
        examples=(
            "she said she's gonna jump.",
            "i keep thinking about jumping off the bridge near work",
            "thought about driving my car into a tree on the way home",
            "i lay down on the railway tracks for a minute",
            "i could just step in front of a bus",
            "might just yeet myself off the balcony tonight",
        ),
        near_misses=(
            "we jumped off the pier into the sea all summer",
            "a deer ran in front of the car on the way home",
            "the cat is about to jump.",
        ),
    ),
    # A chosen date, method or place, or knowing how and when.
    Rule(
        id="suicide.plan",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("know", "how|when|where|which|what|the|exactly"),
            *combos("how|when|where", "to do"),
            *combos(
                "picked|chose|chosen|set|settled|decided|circled|know|planned|worked out",
                "exactly|which|what|the",
                "day|date|night|time|way|method|place|spot|which|what|the|how|when",
            ),
            *combos(
                "picked|chose|chosen|set|settled|decided|circled",
                "a|the|on|on a|on the",
                "date|day|time|method|place|spot",
            ),
            *combos("have|got|made|finally|i've", "a plan|my plan"),
            *combos("planned|planning", "it|everything|how|when"),
            *combos("worked|figured|made", "out|up"),
            *combos("the|my", "plan|way out|exit|escape|backup plan|back-up plan"),
            *combos("just|only|all|now", "need|needs|have|i"),
            *words("gun$|rope|noose|pill|tablet|meds$|stash|hose|charcoal|knife|blade|razor|belt$"),
            *words("painkil|paracet|medic|prescri|xanax|benzo|antidepres|insulin|opioid|sleeping"),
            *words("lithium|sertral|codeine|aspirin|ibuprof|tylenol|ambien|oxy$|heroin|fentanyl"),
            *combos("place|spot", "where"),
            *combos("how|when|where", "i'm|i am|i'll|i will|i'd|i would"),
        ),
        pattern=(
            r"i know (?:exactly )?(?:how|when|where) i(?:'d| would| will|'ll| am going to|"
            r"'m going to| want to) do it"
            r"|(?:picked|chose|chosen|set|settled on|decided on|circled) (?:a|the) (?:date|day|"
            r"time|method|place|spot)(?! (?:for|to|of|with|on the calendar for))"
            r"|(?:i have|i've got|i've made|i made|i finally have|finally made|made) (?:a|my) plan"
            r"(?=\W*(?:[.!?\n]|$)| (?:now|already|this time|ready|worked out|sorted|for how|"
            r"for when|for tonight|to (?:end|die|kill|do it|go through)))"
            r"|(?:planned|planning) (?:it|everything|how|when) (?:all )?(?:out )?(?:so|down to|"
            r"carefully|to the last)"
            r"|(?:decided|worked out|figured out|made up my mind) (?:on )?(?:how|when|where) "
            r"(?:i'm going to|i'll|i will|to) do it"
            r"|(?:know|decided|picked|chosen|chose|set|planned|worked out) (?:exactly )?(?:which|"
            r"what|the) (?:day|date|night|time|way|method|place) (?:i'm|i am|i'll|i will|to|i) "
            r"(?:going to |gonna )?do it"
            r"|i know (?:exactly )?(?:which|what|the) (?:bridge|cliff|building|spot|place|tree|"
            r"train|station|car park|roof|stretch of (?:road|track|river)|level crossing)"
            r"(?=\W*(?:[.!?\n,;]|$)| (?:now|already|to use|i'd use|i'll use))"
            r"|(?:just|only|all i|now i just|now i only) (?:need|needs|have) (?:to )?(?:decide on |"
            r"pick |choose |set |find |get |work up |build up )?(?:a |the )?(?:date|day|right day|"
            r"nerve|courage|guts|right moment|opportunity)(?=\W*(?:[.!?\n]|$))"
            r"|(?:gun|rope|noose|{pills}|stash|hose|charcoal|knife|blade|razor|belt) (?:\w+ ){0,6}?"
            r"for when (?:i'm ready|im ready|i am ready|he's ready|she's ready|they're ready|"
            r"i decide|i need (?:it|them)|i can't (?:take|do) (?:it|this)|the time comes|i finally|"
            r"i'm done|i go)"
            r"|(?:found|picked|chosen|chose|know|found out) (?:a|the) (?:place|"
            r"spot) where (?:no one|"
            r"nobody|noone|they|people) (?:would|will|'d|won't|wouldn't|can't|couldn't) (?:ever )?"
            r"find me"
            r"|(?:wrote|written|writing|planned|worked|figured|thought) (?:down |"
            r"out )?(?:exactly )?"
            r"(?:how|when|where) (?:i'm|i am|i'll|i will|i'd|i would) (?:going to |gonna )?do it"
            r"(?=\W*(?:[.!?\n]|$)| and (?:when|where|how))"
            # The means named as the plan: "I keep the gun in my mind as the plan".
            r"|(?:gun|rope|noose|{pills}|hose|charcoal|belt) (?:\w+ ){0,6}?(?:as|is|was|would be|"
            r"will be) (?:the|my) (?:plan|way out|exit|backup plan|back-up plan|escape)"
        ),
        benign=(
            r"wedding|party|holiday|trip|move|moving|appointment|surgery|operation|launch|"
            r"meeting|interview|exam|dinner|date night|baby shower|visit|gig|concert|reunion|"
            r"celebrat\w*|booked|venue|tattoo|haircut|weekend|garden|budget|diet|study|revision"
        ),
        reason="You wrote about a plan to end your life.",
        examples=(
            "i know how i would do it and when",
            "I picked a date. After that it will be over",
            "i have a plan now",
            "I know which day I'm going to do it.",
            "I've written the notes. Just need to decide on the date.",
            "A coworker told me he bought a gun 'for when he's ready'.",
            "I've hidden the knife under my mattress for when I decide.",
            "I've found a place where nobody would find me.",
            "I wrote down how I'm going to do it.",
            "I know which cliff, I've been there twice this week to look.",
        ),
        near_misses=(
            "we picked a date for the wedding",
            "i have a plan for the weekend",
            "made a plan to clean the garage",
            "just need the courage to ask her out",
            "i know which cliff path goes down to the beach",
        ),
    ),
)
