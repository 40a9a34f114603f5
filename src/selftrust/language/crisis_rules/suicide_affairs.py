"""Putting affairs in order before leaving: loose ends, who gets my things, the pets, a cover
story, everything sorted, things no longer needed."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

# Pets as anchors, also with "'s" ("the cat's going to Jen's").
_PETS = "|".join(
    pet + end
    for pet in [
        "cat",
        "cats",
        "dog",
        "dogs",
        "pet",
        "pets",
        "rabbit",
        "hamster",
        "bird",
        "parrot",
        "fish",
        "tortoise",
    ]
    for end in ("", "'s")
)

RULES: tuple[Rule, ...] = (
    # Putting affairs in order: loose ends, who gets my things, the pets looked after.
    Rule(
        id="suicide.affairs",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("loose ends|password|affairs|debts|funeral"),
            *combos("who", "gets|will|should|can|inherits|would|takes"),
            *combos(
                "sure",
                "the|my|",
                _PETS,
            ),
            *combos("dropped|left|gave|handed|rehomed|took", "off", "the|my"),
            *combos(
                "dropped|left|gave|handed|rehomed|took",
                "the|my",
                "cat|cats|dog|dogs|pet|pets|rabbit|hamster|bird|parrot|fish",
            ),
            *combos("home|homes", "for"),
            *combos("updated|wrote|writing|made|making|finished|sorted", "my will|a will"),
            *combos("keys", "with|to|through"),
        ),
        pattern=(
            r"(?:tying|tie|tied|tidying) up (?:all )?(?:my |the |a few |some )?loose ends"
            r"|(?:sorted|sorting|sort|worked|working|figured|figuring|decided|deciding|"
            r"made a list of|writing down|wrote down) (?:out )?who (?:gets|will get|should get|"
            r"can have|inherits|would get|takes) (?:my|all my|his|her) (?:\w+ )?(?:stuff|things|"
            r"belongings|possessions|money|savings|records|books|guitar|clothes|jewell?ery|cat|"
            r"dog|pets?)"
            r"|(?:made|making|make) sure (?:the |my )?(?:cat|cats|dog|dogs|pets?|rabbit|hamster|"
            r"bird|parrot|fish|tortoise)(?:'s| is| are| will be| would be| gets?| has| have| can) "
            r"(?:\w+ )?(?:looked after|taken care of|cared for|okay|ok|fed|safe|rehomed|settled|"
            r"a home|somewhere to go|a new home|going to (?:\w+ ){0,2}?\w+|staying with|"
            r"living with|"
            r"moving (?:in )?(?:to|with))"
            r"|(?:dropped|left|gave|handed|rehomed|took) (?:off )?(?:the|my) (?:cat|cats|dog|dogs|"
            r"pets?|rabbit|hamster|bird|parrot|fish)(?: off)? (?:at|to|with|round at|over to) "
            r"(?:\w+ ){0,2}\w+"
            r"|(?:wrote|written|writing|left|leaving|put|putting) (?:down )?(?:all )?my passwords"
            r"(?: \w+){0,3} (?:for|with|in|so|where)"
            r"|(?:found|finding|find) (?:a )?(?:new )?homes? for (?:my|the) (?:cat|cats|dog|dogs|"
            r"pets?)"
            r"|(?:updated|wrote|writing|made|making|finished|sorted) (?:my|a) (?:will|funeral plan|"
            r"funeral wishes)"
            r"|(?:put|putting|got|getting|sorted|sorting) (?:all )?my affairs (?:in order|sorted)"
            r"|(?:left|leaving|wrote|written|writing|made|making|planned|planning) (?:\w+ )?"
            r"(?:instructions|plans|wishes|arrangements|a playlist|the music|"
            r"songs) for my (?:own )?"
            r"funeral|(?:planned|planning|arranged|arranging) my (?:own )?funeral"
            r"|(?:sorted|sorting|worked|working|decided|deciding|made a list of|list of|"
            r"writing down|"
            r"wrote down) (?:out )?who (?:gets|will get|should get|can have) what"
            r"|(?:paid off|cleared|settled) (?:all )?my debts (?:so|and|before)"
            r"|(?:left|gave|posted|dropped) (?:my|the) (?:spare )?keys (?:with|to|"
            r"through) (?:\w+ )?"
            r"(?:neighbou?r|landlord|sister|brother|mum|mom|dad|friend)(?= (?:\w+ ){0,3}?(?:so|and|"
            r"in "
            r"case|for when))"
        ),
        benign=(
            r"work|project|office|holiday|vacation|leave|move|moving|trip|deadline|thesis|job|"
            r"handover|paperwork|admin|emails|allerg\w*|landlord|new (?:flat|house|job)|while|"
            r"for the (?:weekend|week|night|day)|until|kennels?|cattery|sitter|sitting|babysit\w*|"
            r"vet|groomer|away|travel\w*|conference|festival|house|mortgage|baby|married|"
            r"solicitor|lawyer|pension|retir\w*|password manager|grown up|christmas|presents|"
            r"chores|"
            r"rota|rooms|bedrooms|divorc\w*|birthday|kids"
        ),
        reason="You wrote about putting things in order before leaving.",
        examples=(
            "been tying up loose ends this week",
            "sorted out who gets my stuff today. feels strangely peaceful",
            "making sure the cat is looked after",
            "Made sure the cat's going to Jen's. Everything else is sorted.",
            "dropped the cat at my sister's and didn't say why",
            "Made a list of who gets what. Feels weirdly calm.",
        ),
        near_misses=(
            "tying up loose ends at work before the holiday",
            "sorted out who gets the old bikes",
            "dropped the dog at the kennels for the weekend",
            "We finally made our wills after buying the house",
            "sorted out who gets what for christmas with the kids",
        ),
    ),
    # A cover story: "told her I'm moving. I'm not moving."
    Rule(
        id="suicide.cover_story",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "told|tell|telling",
                "them|him|her|everyone|people",
                "i'm|i|that|im|i'll|i'd|i was|we're",
            ),
            *combos("told|tell|telling", "my|the"),
        ),
        pattern=(
            r"(?:told|tell|telling) (?:them|him|her|everyone|people|my \w+|the \w+) (?:that )?"
            r"(?:i'm|i am|i was|i'll be|i will be) (?:moving|travelling|traveling|going away|going "
            r"on holiday|going on a trip|leaving|going abroad)"
        ),
        needs=(
            r"(?:i'm|i am|im) not(?: (?:moving|travelling|traveling|going|leaving))?"
            r"(?=\W*(?:[.!?\n]|$))|that's a lie|it's a lie|not really|i lied"
        ),
        reason="You wrote about a cover story, next to giving things away or saying goodbye.",
        examples=(
            "Gave my guitar to Tom and dropped the cat at my sister's. Told them I'm travelling. I'"
            "m not.",
            "I gave my cat to my neighbour and told her I'm moving. I'm not moving.",
        ),
        near_misses=("told my boss i'm moving to london next year, exciting",),
    ),
    # "Everything is in order now", next to tidying up, debts, keys, letters or pets.
    Rule(
        id="suicide.in_order",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "everything's|everything|else's|else|it's|is|are|been|stuff",
                "sorted|arranged|in order|taken care|dealt with",
            ),
        ),
        pattern=(
            r"(?:everything|all of it|it all|all my stuff|my things|everything else) (?:is|'s|are|"
            r"has been|'ve been) (?:all )?(?:in order|sorted|taken care of|arranged|dealt with)"
            r"(?: now)?(?=\W*(?:[.!?\n]|$))"
        ),
        needs=(
            r"tidied|debts|keys|letters|notes|cat|dog|will|passwords|goodbye|gave|given|ready|"
            r"at peace|calm|affairs|who gets|the end|no need|won't be needing"
        ),
        benign=(
            r"holiday|trip|move|moving|wedding|party|exam|deadline|taxes|tax return|baby|packed|"
            r"packing|bags|suitcase|flight|airport"
        ),
        reason="You wrote about putting things in order before leaving.",
        examples=(
            "Tidied my flat, paid my debts, left the keys with my neighbour. Everything is in orde"
            "r now.",
            "Made sure the cat's going to Jen's. Everything else is sorted.",
        ),
        near_misses=(
            "Packed the bags and left the keys with the neighbour. Everything is sorted.",
        ),
    ),
    # Things that won't be needed any more, next to cancelled plans or things given away.
    Rule(
        id="suicide.no_need",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos(
            "won't|wont|will not|shan't|not going to|think i'll", "need|needing|be needing|be need"
        ),
        pattern=(
            r"(?:won't|wont|will not|shan't|not going to|don't think i'll|dont think i'll) (?:be )?"
            r"need(?:ing)? (?:it|them|this|that|those|these|any of (?:it|this|them|that)|anything|"
            r"my \w+)(?=\W*(?:[.!?\n]|$)| (?:anymore|any more|where i'm going|after (?:this|"
            r"tonight|tomorrow|this week|friday)|for much longer|much longer))"
        ),
        needs=(
            r"cancel\w*|gave|giving|given|away|sorted|appointments?|subscriptions?|soon|gone|"
            r"rope|{pills}|letters|passport|goodbye|ready|plan|date|where i'm going"
        ),
        benign=(
            r"broke|broken|replac\w*|new one|upgrade\w*|bought a|moving|move|holiday|trip|diet|"
            r"retir\w*|quit|quitting|graduat\w*|winter|summer|coat|umbrella|cast|crutches|brace|"
            r"recovered|healed|better now|sold"
        ),
        reason="You wrote that you won't need your things any more.",
        examples=("Cancelled all my appointments for next month. Won't be needing them.",),
        near_misses=(
            "sold my old bike, won't be needing it since i got the new one",
            "cancelled the gym for now, won't need it with my knee in a brace",
        ),
    ),
    # Arranging care for someone "when I'm not here", said as a plain fact: a goodbye unless a
    # trip or a stay away explains it.
    Rule(
        id="suicide.after_me",
        kind="suicide",
        anchors=(
            *combos("when|after|once", "i'm|im|i am", "gone|not|no|dead"),
            *combos("anything|something", "happens|should|were|happened", "to me|happen|to"),
        ),
        pattern=(
            r"(?:make sure|look after|looks after|take care of|takes care of|feed|feeds|walk|water|"
            r"gets fed|is fed|gets walked|is looked after|is okay|is ok) (?:\w+ ){0,4}?(?:when|"
            r"after|once) (?:i'm|im|i am) (?:gone|not here|not around|no longer here|no longer "
            r"around|dead)(?: anymore| any more)?(?=\W*(?:[.!?\n]|$))"
            r"|(?:look after|looks after|take care of|takes care of|raise|bring up) (?:\w+ ){0,3}?"
            r"if (?:anything|something) (?:happens|should happen|were to happen|happened) to me"
        ),
        benign=(
            r"holiday|trip|away|abroad|hospital|work|weekend|conference|festival|camp|course|"
            r"travel\w*|flight|shift|next (?:week|month)|visit\w*|wedding|moving|move|uni|"
            r"university|maternity|surgery|op|operation|for (?:a|two|three|\d+) (?:days?|weeks?|"
            r"nights?)"
        ),
        reason="You wrote about arranging things for after you're gone.",
        examples=(
            "Please make sure Milo gets fed when I'm not here.",
            "promise you'll look after mum when i'm gone",
            "told my sister to look after my kids if anything happens to me",
        ),
        near_misses=(
            "can you feed the fish when i'm not here, i'm at my sister's for the weekend",
            "can you water the plants when i'm away at the conference",
        ),
    ),
    # Vanishing from everywhere at once: every account deleted, the phone left behind, next to
    # another sign of going. A detox or a break from screens is everyday.
    Rule(
        id="suicide.vanishing",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos(
            "deleted|deactivated|wiped|closed|deleting|deactivating",
            "all|my|every|everything|his|her|their",
        ),
        pattern=(
            r"(?:deleted|deactivated|wiped|closed|deleting|deactivating) (?:(?:all|every one) of |"
            r"all )?(?:my|his|her|their) (?:accounts|social media|socials|profiles|instagram|"
            r"facebook|"
            r"online accounts)|(?:deleted|wiped|deactivated) (?:everything|every account) "
            r"(?:online|i had)"
        ),
        needs=(
            r"left (?:my|his|her|their) phone|phone (?:is )?off|switched off|goodbye|won't need|"
            r"gone|last|sorry|love you|note|letter|given away|gave away|ready|disappear\w*|"
            r"vanish\w*|without a trace|no one will|nobody will|won't be"
        ),
        benign=(
            r"detox|break from|breather|focus|exams?|screen time|mental health|digital|new phone|"
            r"privacy|hack\w*|scam\w*|month|week|weekend|lent|holiday|feel better|best decision|"
            r"toxic|ex\b|stalk\w*"
        ),
        reason="You wrote about disappearing from everywhere.",
        examples=("I've deleted all my accounts and left my phone at home.",),
        near_misses=("deleted all my socials for a month, best decision, sleeping better",),
    ),
)
