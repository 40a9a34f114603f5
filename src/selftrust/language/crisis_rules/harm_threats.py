"""Harm from others told indirectly: veiled threats, a weapon kept in sight, being followed,
sexual violence, and threats to take the writer with them."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Veiled threats: "you'll regret calling the police", "next time it'll be worse".
    Rule(
        id="harm.veiled",
        kind="harm_from_others",
        negatable=False,
        anchors=(
            *combos(
                "regret",
                "it|this|that|calling|telling|leaving|going|reporting|talking|ever",
            ),
            *words("be sorry|pay for|next time|or else|an accident|nasty accident|not wake"),
            *combos("or", "you'll|i'll|he'll|she'll"),
            *combos("near|right", "my|next|by"),
            *combos(
                "wish",
                "i hadn't|you hadn't|i had never|you had never|i was|you were|you was|i were",
            ),
            *words("get hurt|end up|go missing|disappear"),
            *combos("watch", "my|your"),
            *combos("coming|come", "for|after"),
            *combos("next to|beside|behind|above|inches from|by", "my"),
            *combos("knows|know|knew|found out|finds out|worked out", "where"),
        ),
        pattern=(
            r"(?:said|says|told me|tells me|texted|messaged|warned|whispered|yelled|screamed|"
            r"shouted|threatened) (?:me )?(?:that )?(?:i'll|i'd|i will|i would|you'll|you'd|"
            r"you will|you would|i'm going to|you're going to|you're gonna|i'm gonna) (?:\w+ )?"
            r"(?:regret (?:it|this|that|calling|telling|leaving|going|reporting|talking|ever)|"
            r"be sorry(?! (?:i|you|to|that|for|if))|pay for (?:it|this|that)|wish (?:i|you) "
            r"(?:hadn't|had never|was dead|were dead))"
            r"|(?:said|says|told me|warned|texted) (?:me )?(?:that )?next time (?:it'll|it will|"
            r"it'd|it would|he'll|she'll|they'll|i'll) be (?:worse|the last)"
            r"|(?:i'd|i) (?:had )?better watch my (?:mouth|back|step)|(?:watch|better watch) your "
            r"(?:back|mouth|step)"
            r"|(?:or|or else) (?:i'll|you'll|he'll|she'll) (?:end up|be) (?:dead|hurt|sorry|in "
            r"hospital)"
            r"|(?:says|said|texted|told me|keeps saying|messaged|saying) (?:that )?(?:he's|she's|"
            r"they're|he is|she is|they are|he'll|she'll|they'll|he will|she will) (?:coming|come|"
            r"going to come) (?:for|after) (?:me|us)"
            r"|next time (?:it's|it'll be|it will be|it is|it'd be) (?:me|you|your (?:face|head))"
            r"|(?:punched|hit|smashed|kicked|slammed|threw \w+ at) (?:the )?(?:wall|door|window|"
            r"table) (?:right )?(?:next to|beside|behind|by|near|above|inches from) my (?:head|"
            r"face)"
            r"|(?:{other}{filler}|saying|says|said) (?:that )?(?:(?:he|she|they) )?(?:knows|know|"
            r"found out|"
            r"has found out|knew|finds out|worked out) where (?:i|we) (?:live|am|work|stay|"
            r"'m staying|"
            r"am staying|'m living|sleep|go)"
            r"|(?:said|says|told me|tells me|texted|messaged|warned|whispered|yelled|screamed|"
            r"shouted|threatened|threatens|hinted|implied) (?:\w+ ){0,12}?(?:i'd|i'll|i will|"
            r"i would|you'll|you'd|you will|you would|i might|you might|i could|"
            r"you could) (?:\w+ )?"
            r"(?:have an accident|have a nasty accident|get hurt|end up hurt|disappear|go missing|"
            r"end up (?:dead|in hospital|in a ditch)|not wake up)"
        ),
        reason="You wrote that someone threatened you.",
        examples=(
            "My ex turned up outside work again and said I'll regret calling the police",
            "he locked me out and said next time it'll be worse",
            "he said I'd better watch my mouth",
            "My ex keeps sending me messages saying he knows where I live.",
            "He sends me photos of his gun and says he's coming for me.",
            "He punched the wall next to my head and said next time it's me.",
            "Threatened again by my husband that he'd take the kids and I'd have an accident.",
        ),
        near_misses=(
            "she said i'll regret not coming to the party lol",
            "said i'd be sorry i missed the fireworks",
        ),
    ),
    # A weapon kept in sight as a warning: "keeps the knife on the table when he's angry".
    Rule(
        id="harm.weapon",
        kind="harm_from_others",
        negatable=False,
        anchors=words(
            "knife|knives|gun$|guns$|rifle|shotgun|pistol|machete|axe$|bat$|hammer|blade"
        ),
        pattern=(
            r"{other}{filler} (?:keeps|kept|puts|put|leaves|left|has|had|holds|held|sharpens|"
            r"sharpened|sharpening|waves|waved|waving|plays with|played with|playing with|shows|"
            r"showed|showing|pulled out|pulls out|brings out|brought out|took out|takes out|"
            r"got out|gets out|cleans|cleaning|loads|loaded|loading|got|has got|bought|carries|"
            r"carrying) (?:a |the |his |her |their )?"
            r"(?:knife|knives|gun|rifle|shotgun|pistol|machete|bat|baseball bat|blade|axe|hammer)"
        ),
        needs=(
            r"angry|drunk|mad|furious|rage|looks at me|look at me|stares at me|staring at me|"
            r"looking at me|glar\w*|at me|near me|next to (?:me|the bed|my)|under (?:his|her|the) "
            r"pillow|by the bed|threat\w*|scared|afraid|terrified|warning|remind\w*|says nothing|"
            r"doesn't say anything|without a word|smil\w*|in front of (?:me|us)|use it|used it|"
            r"(?:said|says|swore|swears) (?:that )?(?:he|she|they)(?:'ll|'d| will| would| is going "
            r"to)|on me|for me"
        ),
        benign=r"camping|kindling|bread|cooking|fishing|hunting|whittl\w*|diy|butcher|chef|range",
        reason="You wrote that someone uses a weapon to frighten you.",
        examples=(
            "He keeps the knife on the table when he's angry and just looks at me",
            "my dad cleans his gun in front of us when he's drunk",
            "He's got a knife and he said he'll use it.",
        ),
        near_misses=(
            "he keeps a knife in the kitchen drawer for the bread",
            "my uncle took out a hammer to fix the fence",
            "he's got a knife for the camping trip and said he'll use it for kindling",
        ),
    ),
    # Being followed or turned up on by an ex or a stranger, again or uninvited.
    Rule(
        id="harm.stalking",
        kind="harm_from_others",
        negatable=False,
        anchors=(
            *combos("turned|turns|turning|showed|shows|showing", "up"),
            *words("waiting outside|keeps waiting|waited outside|stalk"),
            *combos(
                "followed|follows|following",
                "me|at|outside|to|around|by|home|from|near",
            ),
            *combos("waiting|waited", "by|near|around|outside|for me|at|home|me|to|from"),
            *combos("was|is|keeps|kept|been", "waiting|following|turning|showing"),
        ),
        pattern=(
            r"(?:my ex|ex|he|she|they|someone|somebody|a man|a guy|a stranger|this guy|this man|"
            r"my (?:former|old) (?:partner|boyfriend|girlfriend|husband|wife)) (?:\w+ )?"
            r"(?:turned up|turns up|showed up|shows up|keeps turning up|keeps showing up|"
            r"was waiting|is waiting|waited|keeps waiting|follows|followed|following|"
            r"keeps following|has been following|been following|been waiting|been turning up|"
            r"been showing up|stalks|stalked|stalking) (?:me )?(?:\w+ )?"
            r"(?:outside|at|near|by|around|to|home from|from) (?:my |the |our |a )?(?:work|house|"
            r"home|flat|"
            r"school|door|job|place|window|office|car|gym|parents|mum's|mom's|bus stop)"
        ),
        needs=(
            r"again|uninvited|even though|restraining|not supposed to|won't leave me alone|"
            r"every (?:day|night|week)|at night|watching|police|scared|afraid|terrified|threat\w*|"
            r"blocked|told (?:him|her|them) to stop|keeps|stalk\w*|harass\w*|injunction|"
            r"court order|not allowed|regret"
        ),
        reason="You wrote that someone keeps following you.",
        examples=(
            "my ex turned up outside my work again",
            "a man followed me home from the bus stop and i'm scared",
        ),
        near_misses=(
            "she turned up at my house with cake, so sweet",
            "he was waiting outside the school with the kids' coats",
        ),
    ),
    # A threat quoted from someone else: "'If you leave, I'll end you' - that's what she
    # screamed at me". Quoted jokes ("I'll kill you if you spoil the ending lol") stay calm.
    Rule(
        id="harm.quoted",
        kind="harm_from_others",
        negatable=False,
        anchors=(
            *combos("end|kill|murder|hurt|strangle|stab|shoot|bury|break", "you"),
            *combos("you're|you are|you'll be|you will be", "dead|so"),
            *combos("you'll|you will", "regret|be|pay"),
            *combos("find|hunt", "you"),
        ),
        pattern=(
            r"(?:i'll|i will|i'm going to|im going to|i'm gonna|im gonna|gonna|i'd) (?:\w+ )?"
            r"(?:end|kill|murder|hurt|strangle|stab|shoot|bury|break) you(?!r)"
            r"|you(?:'re| are|'ll be| will be) (?:so )?dead(?! (?:tired|meat|on your feet|lucky))"
            r"|you(?:'ll| will) (?:regret|be sorry|pay for)|(?:i'll|i will) (?:find|hunt) you"
        ),
        needs=(
            r"said|says|screamed|yelled|shouted|texted|messaged|told me|threatened|whispered|"
            r"wrote|that's what|at me|holding|knife|gun|if you (?:leave|go|tell|call|take)|text|"
            r"message|voicemail|note|dm|cops|police"
        ),
        benign=(
            r"lol|haha|joking|jokingly|kidding|😂|🤣|spoil\w*|ending|finale|season|episode|"
            r"eat my|borrow\w*|chocolate|cake|game|match|winning|won|my sister|mum|mom|banter"
        ),
        reason="You wrote that someone threatened to hurt you.",
        examples=(
            "If you leave, I'll end you - that's what she screamed at me holding the knife.",
            "You're dead if you go to the cops - that's the text I got tonight.",
        ),
        near_misses=(
            "my sister texted 'i'll kill you if you spoil the ending lol'",
            "you're dead tired, go to bed, she said",
        ),
    ),
    # Someone coming into the writer's room or bed at night, told with fear or secrecy.
    Rule(
        id="harm.night",
        kind="harm_from_others",
        negatable=False,
        anchors=combos("into", "my|our", "room|bed|bedroom"),
        pattern=(
            r"{other}{filler} (?:comes|came|keeps coming|kept coming|creeps|crept|sneaks|snuck|"
            r"gets|got) into (?:my|our) (?:room|bed|bedroom)"
        ),
        needs=(
            r"make it stop|don't know how|scared|afraid|touch\w*|can't tell|cannot tell|nobody|"
            r"no one|secret|freeze|froze|pretend\w* to be asleep|don't want|hurts|believe me|"
            r"tell anyone|doesn't know|at night|when (?:mum|mom|everyone)|locks? the door"
        ),
        reason="You wrote that someone may be hurting you.",
        examples=(
            "My stepfather comes into my room at night and I don't know how to make it stop.",
        ),
        near_misses=("my daughter comes into our bed when she has bad dreams, so cute",),
        benign=r"dreams?|nightmares?|cute|cuddles?|thunder|storm|poorly|sick|ill|toddler|baby",
    ),
    # Sexual violence and coercion.
    Rule(
        id="harm.sexual",
        kind="harm_from_others",
        negatable=False,
        anchors=(
            *words("forc|pressur|coerc|grop|secret|against my will"),
            *combos("made|makes|make|forced|forces", "me do|me have|me sleep|me give|me touch"),
            *combos("said|told him|told her", "no|stop|to stop"),
            *combos("kept|didn't|wouldn't|carried|had", "going|stop|on|sex"),
            *combos("touching|touches|touched|grabbing|grabs|grabbed", "me"),
            *combos("believe", "me|you"),
        ),
        pattern=(
            r"(?:forced|forces|forcing|pressured|pressures|pressuring|coerced) (?:me|myself) "
            r"(?:\w+ )?(?:to have sex|into sex|to sleep with|to do things|into doing things|"
            r"to do stuff|to touch|to watch)"
            r"|(?:made|makes) me (?:do|have) (?:things|stuff|it|sex) (?:i|that i) (?:didn't|don't|"
            r"did not|do not) want"
            r"|forced (?:himself|herself) on me"
            r"|(?:made|makes|make|forced|forces) me (?:have sex|sleep with (?:him|her|them)|do "
            r"sexual things|give him|touch him|touch her)"
            r"|(?:he|she|they|my (?:\w+ )?(?:boyfriend|girlfriend|husband|wife|partner|ex|date|bf|"
            r"gf)) (?:had sex with me|kept going|didn't stop|wouldn't stop|carried on) "
            r"(?:\w+ ){0,3}?"
            r"(?:when|after|even though|though|while) i (?:said no|said stop|told (?:him|"
            r"her) (?:no|"
            r"to stop)|was asleep|was drunk|was passed out|was crying|pushed (?:him|her) away)"
            r"|(?:touched|touches|touching|groped|gropes|grabbed) me (?:\w+ )?(?:without|when i|"
            r"while i was|down there|inappropriately|in my sleep|against my will|under my)"
            r"|(?:held|kept|locked|touched|had sex with) (?:me )?(?:\w+ ){0,3}?against my will"
            r"|(?:touching|touches|touched|grabbing|grabs) me (?:\w+ )?when (?:no one|nobody|"
            r"no one|"
            r"mum|mom|dad|we're alone|i'm alone|i'm asleep|i was asleep|everyone)"
            r"|(?:says|said|told me|tells me) (?:that )?(?:no one|nobody|noone) (?:will|would|'d|"
            r"'ll) "
            r"(?:ever )?believe (?:me|you)|(?:it's|it is|this is) our (?:little )?secret"
        ),
        reason="You wrote that someone hurt you sexually or forced you.",
        examples=(
            "he forced me to have sex when i said no",
            "my uncle touched me when i was asleep",
            "he made me do things i didn't want",
            "He made me have sex when I said no.",
            "he kept going even though i said stop",
            "Uncle keeps touching me when no one's around and says nobody will believe me.",
        ),
        near_misses=(
            "my coach pressured me to do extra laps",
            "they changed my shift against my will lol",
            "the music kept going even though i said stop, so i left the party",
        ),
    ),
    # Threats to take the writer along in a murder-suicide: "he said he'd take me with him".
    Rule(
        id="harm.take_with",
        kind="harm_from_others",
        negatable=False,
        anchors=(
            *combos("me|us|kids|children", "with", "him|her|them"),
            *combos("kids|children", "down with"),
            *combos("me|us", "down with"),
        ),
        pattern=r"(?:take|taking|took|takes) (?:me|us|the kids|the children) (?:down )?with (?:him|"
        r"her|them)",
        needs=(
            r"kill\w*|die|dead|himself|herself|themselves|end it|suicide|gun|knife|murder|if i "
            r"leave|if i left"
        ),
        reason="You wrote that someone threatened to take your life with theirs.",
        examples=(
            "He says he'll kill himself if I leave, and last week he said he'd take me with him.",
        ),
        near_misses=("he'll take me with him to spain next summer",),
    ),
)
