"""Someone hurting or threatening the writer: violence, threats to kill or hurt, and fear of
someone or of going home."""

from selftrust.language.crisis_rules.shared import (
    COMMON_HITS,
    HIT_VERBS,
    ME,
    RARE_HITS,
    Rule,
    combos,
    words,
)

_ATTACK = r"(?:kill|hurt|beat|choke|strangle|stab|shoot|murder|beat up|harm|rape)"

RULES: tuple[Rule, ...] = (
    # Someone hitting, choking or assaulting the writer. Everyday uses ("hit me up", "beat me at
    # chess", "pushed me to apply") stay out, and so does "he never hit me".
    Rule(
        id="harm.physical",
        kind="harm_from_others",
        anchors=(
            *words(RARE_HITS),
            *combos(COMMON_HITS, "me"),
            *combos(
                "hit|beaten|beat|punched|slapped|kicked|attacked|smacked",
                "by|again|last|yesterday|today|tonight|this|at|every|when|because|up",
            ),
            *combos("hand|hands|fingers", "around|on|round"),
            *combos(
                "slammed|slams|smashed|smashes|banged|bangs|bashed|bashes|shoved|shoves|pushed|"
                "pushes|threw|throws|rammed|rams",
                "my head|my face|my body",
            ),
            *combos("and", "then me|me|us|then us"),
            *combos("holds|held|holding|had|has|shoved|pushed", "me"),
            *words("throws|threw|throwing|thrown|spat on"),
            *combos("bit|bites", "me"),
        ),
        negatable=False,
        pattern=(
            r"{other}{filler} " + HIT_VERBS + r"(?: me| me around)(?! (?:up|"
            r"at (?:chess|cards|tennis|golf|pool|darts|scrabble|monopoly|poker|video games|"
            r"the game|the race|running|fifa|mario kart|trivia|bowling|it|everything|games?)|"
            r"in (?:chess|cards|a game|the race|the game|scrabble|a race)|to it|to the|"
            r"by (?:accident|mistake|a (?:mile|lot|point|second))|off|"
            r"back|out|a message|a text|an email|the ball|towards|forward|along|into (?:a|the) "
            r"(?:group|team|job|role|idea)|to (?:try|do|go|apply|be|get|take|join|keep|work|finish|"
            r"speak|talk|open|study|grow)|with (?!(?:a|the|his|her|their|my) (?:belt|bat|stick|"
            r"hand|fist|shoe|bottle|chair|phone|pan|cord|hanger|spoon|knife|gun|book|remote|"
            r"plate|door|lamp|glass)))(?!\w))"
            r"(?! (?:a|an|some|one|something|anything) (?!few|couple|lot|bit|number|dozen))"
            r"|(?:i|i've|ive|i'm|im|i was|i got|got|been|was|being|keep getting|kept getting) "
            r"(?:been )?(?:hit|beaten|beat up|punched|slapped|kicked|choked|strangled|raped|"
            r"assaulted|molested|abused|attacked|smacked|strangled|sexually assaulted) "
            r"(?:by (?!(?:a|the) (?:car|bus|truck|ball|bike|door|wave|branch|cold|flu|train|"
            r"virus|bug|wall|wave))|again|last|yesterday|today|tonight|this|at home|every|when|"
            r"because)"
            r"|(?:hands?|fingers) (?:around|on|round) my (?:neck|throat)"
            r"|{other}{filler} (?:pins|pinned|pinning|holds|held|holding) me (?:down|to the (?:bed|"
            r"floor|wall|ground|sofa|couch))"
            # Someone driving the writer's head or body into something.
            r"|{other}{filler} (?:slammed|slams|smashed|smashes|banged|bangs|bashed|bashes|shoved|"
            r"shoves|pushed|pushes|threw|throws|rammed|rams) my (?:head|face|body) (?:into|against|"
            r"on|off|through)"
            # Hitting others in the home and then the writer: "hits the kids and then me".
            r"|{other}{filler} " + HIT_VERBS + r" (?:the kids|us|my (?:\w+ )?(?:kids|children|mum|"
            r"mom|sister|brother|son|daughter|baby|dog)) and (?:then )?(?:me|us)"
            r"|(?:throws|threw|throwing|thrown) (?:things|stuff|plates?|bottles?|chairs?|a \w+|his "
            r"\w+|her \w+|the (?!ball|frisbee|pillow|cushion|snowball|beanbag|towel)\w+) at me"
            r"(?! (?:to catch|across|playfully))"
            # Held against something: "had me up against the fridge", "pinned me to the door".
            r"|{other}{filler} (?:pins|pinned|pinning|holds|held|holding|had|has|shoved|pushed) me "
            r"(?:up )?against (?:the )?(?:wall|fridge|door|counter|worktop|floor|car|sink|cupboard|"
            r"table|bed|banister|wardrobe)"
        ),
        benign=(
            r"boxing|sparring|martial|karate|judo|kickboxing|rugby|football|match|game|training|"
            r"baby|babies|toddler|newborn|in (?:my|her|his) sleep|dream\w*|pregnan\w*|bump|"
            r"wrestl\w*|pillow fight|playfully|joking|tickl\w*|laugh\w*|under the table|footsie|"
            r"foam|toy|nerf|pretend\w*|knight|pirate|play ?fight\w*|water pistol|lightsaber"
        ),
        reason="You wrote that someone is hurting you.",
        examples=(
            "she threw the pot at me",
            "He had me up against the fridge again last night.",
            "my partner hits me when he drinks",
            "he choked me last night",
            "i got hit again by my dad",
            "he grabbed me by the throat",
            "he pushes me around when he drinks",
            "My husband slammed my head into the door.",
            "She hits the kids and then me if I step in.",
        ),
        near_misses=(
            "he hit me up last night about the party",
            "my sister beat me at chess",
            "she pushed me to apply for the job",
            "he has never hit me",
            "He grabbed me a coffee on the way in.",
            "My son kicked me under the table to make me laugh.",
            "My son hit me with a foam sword, he thinks he's a knight.",
        ),
    ),
    # Violence that has no everyday meaning, whoever does it, named or not: "Ravi grabbed me by
    # the throat". Sport and babies are the everyday exceptions.
    Rule(
        id="harm.violence",
        kind="harm_from_others",
        anchors=(
            *combos(
                "held|holds|holding|pushed|pushes|pushing|forced|shoved|shoves",
                "my head|my face|me under|me into|me down",
            ),
            *combos(
                "choked|chokes|choking|strangled|strangles|strangling|punched|punches|slapped|"
                "slaps|kicked|kicks|raped|rapes|assaulted|molested|molests|abused|abuses|"
                "smacked|smacks|headbutted|kneed|elbowed|spat|shoved|stabbed|bit|burned|burnt|beat",
                "me|on",
            ),
            *combos("grabbed|grabs|held|holds|pinned|pins|took|takes|dragged|drags", "me by"),
            *combos(
                "threw|throws|shoved|shoves|pushed|pushes|dragged|drags|slammed|slams",
                "me",
                "down|against|into|across|onto|out|off",
            ),
        ),
        negatable=False,
        pattern=(
            r"(?:held|holds|holding|pushed|pushes|pushing|forced|shoved|shoves) (?:my (?:head|"
            r"face)|"
            r"me) (?:under|into|down in) (?:the |a )?(?:water|bath|sink|pillow|toilet|pool)"
            r"|(?:choked|chokes|choking|strangled|strangles|strangling|punched|punches|slapped|"
            r"slaps|kicked|kicks|raped|rapes|sexually assaulted|assaulted|molested|molests|abused|"
            r"abuses|smacked|smacks|headbutted|kneed|elbowed|spat on|shoved|stabbed|bit|burned|"
            r"burnt) me(?: (?:again|in the|across|so hard|until|till|when|because|last|every|"
            r"hard|twice|down|against|into|in front of))"
            r"|(?:grabbed|grabs|held|holds|pinned|pins|took|takes|dragged|drags) me by the "
            r"(?:throat|neck|hair)"
            r"|(?:threw|throws|shoved|shoves|pushed|pushes|dragged|drags|slammed|slams) me "
            r"(?:down|against|into|across|onto|out of|off) (?:the |a )?(?:stairs|wall|floor|door|"
            r"bed|fridge|car|table|ground|window|cupboard|counter|room|house|flat)"
            r"|beat me (?:up|black and blue|so badly|unconscious)"
        ),
        benign=(
            r"boxing|sparring|martial|karate|judo|jiu ?jitsu|kickboxing|rugby|football|match|"
            r"game|training|class|baby|babies|toddler|newborn|in (?:my|her|his) sleep|dream\w*|"
            r"pregnan\w*|bump|horse|the waves?|wrestl\w*|pillow fight|playfully|joking|tickl\w*"
        ),
        reason="You wrote that someone is hurting you.",
        examples=(
            "then Ravi got home and grabbed me by the throat because dinner wasn't ready",
            "Sam punched me in the face last night",
            "last time he shoved me down the stairs",
        ),
        near_misses=(
            "my toddler kicked me in the face at 5am",
            "my sparring partner punched me in the face at boxing, all part of it",
        ),
    ),
    # Threats to kill or hurt the writer. "Mum will kill me if I forget the milk" stays out;
    # threats tied to leaving, telling or the police always count, in either word order.
    Rule(
        id="harm.threat",
        kind="harm_from_others",
        anchors=(
            *combos(
                "kill|hurt|beat|beat up|choke|strangle|stab|shoot|murder|harm|rape|find|hunt|track",
                "me|us|my|the|your",
            ),
            *words("threat|me dead|came at|go die|drop dead|kms$|kys$|ditch|six feet|pieces$"),
            *words("smash up|set fire|find my body|find your body"),
            *combos("if i", "ever|leave|left|go|went|tell|told|call|report|take|try|run|ran"),
            *combos("dead", "woman|man|girl|boy"),
            *combos("knife|gun|weapon|blade", "at|to|on|against|towards"),
            *combos("kill|hang|unalive", ME),
            *combos("kill|kil|hang", "yourself"),
            *combos("should", "die|kill|drop|end|hang"),
            *combos(
                "you'd|you'll|i'd|i'll|you're|i'm|you", "be dead|be found|dead|be six|be in|in"
            ),
            *combos(
                "me to|to go|telling to|tells to|told to|said to|says to", "die|drop|kill|end|hang"
            ),
            *combos("would|will", "be dead|be found|dead|in"),
            *combos("end", "it|my"),
            *combos("bury|dump|hide|burying|dumping", "me|my|your"),
            *combos("burn|torch|wreck|trash", "the|our|my|his|her"),
            *combos("be|found", "dead|in a|in the|in pieces"),
        ),
        negatable=False,
        pattern=(
            r"(?:said|says|told me|tells me|threatened|threatens|threatening|swore|swears|"
            r"keeps saying|texted|messaged|screamed|yelled|shouted|promised) (?:that )?(?:if i "
            r"(?:\w+ ){1,5}?)?(?:(?:he|she|they)(?:'d|'ll| would| will|'s going to| is going to|"
            r"'re going to| are going to|'s gonna| is gonna| was gonna| was going to)? )?(?:to )?"
            r"(?:\w+ (?:me )?(?:and|&) )?" + _ATTACK + r" (?:me|my (?:\w+ )?(?:face|legs|arms|neck|"
            r"kids|children|dog|cat|family|sister|brother|mum|mom|mother|dad|son|daughter|baby|"
            r"friends?|parents)|us|the kids)"
            r"|" + _ATTACK + r" (?:me|us) if i (?:ever )?(?:leave|left|leaving|try to leave|"
            r"tried to leave|tell (?:anyone|anybody|someone|the police|the cops|my (?:family|"
            r"therapist|doctor|friends))|told (?:anyone|anybody|someone|the police)|call (?:the "
            r"police|the cops|911|999|112|000|for help)|go to the police|report|go to a shelter|"
            r"take the kids|talk to (?:anyone|anybody|the police)|break up|broke up|end it)"
            r"|(?:find|hunt|track) (?:me|us) (?:down )?(?:and|&) " + _ATTACK + r" (?:me|us)"
            r"|threat(?:en|ened|ens|ening) (?:to )?(?:kill|hurt|beat|harm|stab|shoot|take the kids|"
            r"take my kids) (?:me|us|my|the kids)?|threat(?:ened|ens|ening) (?:me|my life|"
            r"us)(?! with (?:a (?:fine|lawsuit|ticket|bad review)|legal))"
            r"|(?:pulled|held|pointed|waved|had) (?:a |his |her |the )?(?:knife|gun|weapon|blade) "
            r"(?:at|to|on|against|towards) (?:me|my)|came at me with (?:a|his|her) (?:knife|gun|"
            r"bat|fist|bottle)"
            r"|(?:wants|wanted|want) me dead"
            r"|(?:told|tells|telling|said|says|keeps telling|kept telling|texted|messaged|"
            r"commented|wrote|posted|called) (?:me )?(?:to |i should |that i should )(?:go )?"
            r"(?:kill myself|kms|kys|die|drop dead|end it|end my life|hang myself|unalive myself)"
            r"|(?:told|tells|said|says|yelled|screamed|texted|messaged|commented|wrote|posted) "
            r"(?:me )?(?:to )?(?:go )?(?:kill yourself|kys|go die)"
            r"|(?:said|says|told me|threatened|texted|messaged|warned|screamed|yelled|swore) "
            r"(?:that )?(?:i'd|i'll|i would|i will|you'd|you'll|you will|you would|you're|i'm) "
            r"(?:be )?(?:found )?(?:dead|a dead (?:woman|man|girl|boy)|six feet under|in a ditch|"
            r"in "
            r"the river|in pieces)(?! tired)"
            r"|(?:burn|torch|set fire to) (?:the|our|my|his|her) (?:house|flat|place|car|home) "
            r"(?:down )?with (?:me|us|the kids|my \w+) (?:in|inside) it"
            r"|(?:burn|torch|set fire to|smash up|wreck|trash) (?:the|our|my|his|her) (?:house|"
            r"flat|"
            r"place|car|home|stuff|things)(?: down)? (?:if|when|unless) i"
            r"|threat(?:en|ened|ens|ening) to (?:burn|torch|set fire to|run (?:me|us) over|"
            r"run over|"
            r"drown|poison|throw acid|break my|smash my|take the kids and)"
            r"|" + _ATTACK + r" (?:me|us),? (?:he|she|they) (?:will|would|said|says|swears|swore)"
            r"|(?:been |got |was |keep getting |being )?threatened (?:again )?by (?:my|his|her|the|"
            r"a) "
            r"(?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mum|mom|mother|"
            r"stepdad|stepfather|stepmum|brother|sister|uncle|neighbou?r|landlord|son|daughter)"
            r"|(?:no one|nobody|noone) (?:will|would|'ll|'d) (?:ever )?find (?:my|your|the) body"
            r"|(?:they|he|she|you|the police|anyone|no one|nobody)(?:'ll| will|'d|"
            r" would)? (?:never|"
            r"not|ever) (?:be able to )?find (?:my|your|the) body"
            r"|if i (?:ever )?(?:leave|left|go to the police|went to the police|tell (?:anyone|"
            r"anybody|"
            r"someone|the police|my \w+)|told (?:anyone|anybody|someone|the police)|"
            r"call the police|"
            r"report (?:him|her|them)|take the kids|try to leave|run|ran),? (?:he|she|they)(?:'ll|"
            r"'d| "
            r"will| would|'s going to| is going to)? (?:\w+ )?(?:kill|hurt|beat|stab|shoot|take) "
            r"(?:me|us|the kids|my (?:\w+ )?(?:kids|children|son|daughter|baby|family|sister|"
            r"brother|mum|mom|dog|cat))"
            r"|(?:bury|dump|hide|burying|dumping) (?:me|my body|your body)(?! in (?:sand|blankets?|"
            r"leaves|work|paperwork|pillows))"
        ),
        reason="You wrote that someone threatened to hurt you.",
        examples=(
            "he said he'd kill me if i left",
            "she threatened to stab me",
            "he told me to kill myself",
            "he'll hurt me if i tell anyone",
            "He said if I ever leave he'll find me and kill me.",
            "he says no one will find my body",
            "She told me I'd be found in a ditch if I took the kids.",
            "The neighbour threatened to burn the house down with us in it.",
            "He said he'll burn the house down if I leave.",
            "Kill me, he will, if I embarrass him like that again.",
            "Threatened again by my husband that he'd take the kids",
        ),
        near_misses=(
            "my mum will kill me if i forget the milk",
            "my boss is gonna kill me",
            "she told me to chill",
            "the kids buried me in sand at the beach",
            "He's never laid a hand on me or threatened me, we just argue about money.",
        ),
        unless=(
            r"kill (?:me|us) if i (?:forget|forgot|eat|ate|break|broke|lose|lost|miss|missed|am "
            r"late|'m late|spoil|spoiled|fail|failed|wear|wore|use|used|drink|drank|finish|"
            r"finished|touch|touched|dent|dented|stain|stained|mess|messed|get a tattoo|dye)"
            r"|beat (?:me|us) (?:at|in|to) \w+"
            # "He's never laid a hand on me or threatened me": the negation covers both.
            r"|(?:never|hasn't|has not|haven't|didn't|did not|would never|wouldn't)(?: \w+){1,6}"
            r" (?:or|nor) threatened (?:me|us)"
            # "My partner has never threatened me", "nobody's threatening me".
            r"|(?:never|not|nobody(?:'s| is| has)?|no one(?:'s| is| has)?|noone) (?:ever |once |"
            r"actually |really )?(?:been )?threat(?:en|ened|ens|ening) (?:me|us)"
            r"(?! (?:before|until|till|til|but|except))"
            r"|(?:just|please|somebody|someone) bury me(?! (?:in|under|where|alive))"
        ),
    ),
)
