"""Harm from others told in everyday words: "he put his hands on me again", "grabbed my neck",
"pushed me down the steps", boiling water thrown, "keeps touching me when Aunty goes out",
"keeps coming in my room", control ("not allowed to see my sisters"), threats to a face or
neck, pictures held over someone, a house to be burned with the family inside."""

from selftrust.language.crisis_rules.shared import Rule, combos

RULES: tuple[Rule, ...] = (
    # Hands on the body: "put his hands on me again", "grabbed my neck", "pushed me down the
    # steps", "pulled me by my hair", "threw boiling water at me", "hit me in front of the baby".
    Rule(
        id="harm.hands_on",
        kind="harm_from_others",
        anchors=(
            *combos("hands|hand", "on", "me"),
            *combos("grabbed|grabs|grab|squeezed|squeezes", "my"),
            *combos("pushed|shoved|threw|kicked", "me", "down|off|into|against"),
            *combos("by", "my|the", "hair|throat|neck"),
            *combos("boiling|hot", "water|oil|tea|coffee|soup"),
            *combos("throw|push|chuck|drop", "me", "from|off|out|down"),
        ),
        pattern=(
            r"(?:put|puts|putting|laid|lays|laying) (?:his|her|their) hands? on me"
            r"|(?:grabbed|grabs|grab|squeezed|squeezes) my (?:neck|throat)"
            r"|(?:pushed|shoved|threw|kicked) me (?:down|off|into|against) (?:the )?(?:steps|"
            r"lockers|door)"
            r"|(?:dragged|pulled|held|grabbed) me by (?:my|the) (?:hair|throat|neck)"
            r"|(?:threw|poured|tipped|chucked) (?:\w+ ){0,4}?(?:boiling|hot) (?:water|oil|tea|"
            r"coffee|soup) (?:at|on|over) me"
            r"|(?:throw|push|chuck|drop) me (?:from|off|out of|down) (?:the|a|that) (?:\w+ )?"
            r"(?:scaffold|roof|window|balcony|bridge|stairs|building|car)"
        ),
        benign=(
            r"heal\w*|reiki|massage|pray\w*|bless\w*|physio|chiropract\w*|lifeguard|pool|waves?"
        ),
        reason="You wrote that someone is hurting you.",
        examples=(
            "He put his hands on me again last night. In front of the baby this time.",
            "Oga at the site grabbed my neck today and said next time he'll throw me from the "
            "scaffold.",
            "Saasu-ma pulled my hair and pushed me down the steps because the rotis were not soft.",
            "She threw a pot of boiling water at me. I've got a burn on my shoulder.",
            "Sarge threw me into the lockers and called me a useless dog.",
        ),
        near_misses=(
            "The pastor put his hands on me and prayed, I felt so held.",
            "The physio squeezed my neck and shoulders, bliss.",
        ),
    ),
    # Touched, watched at night, controlled: "uncle keeps touching me when Aunty goes to
    # market", "my stepdad keeps coming in my room", "I'm not allowed to see my sisters",
    # "screams in my face till I cry".
    Rule(
        id="harm.not_allowed",
        kind="harm_from_others",
        anchors=(
            *combos("keeps|kept|keep", "touching|groping|grabbing|coming|creeping|sneaking"),
            *combos("not", "allowed"),
            *combos("let|letting", "me", "see|visit|talk|call|to|ring|phone"),
            *combos("in", "my", "face"),
        ),
        pattern=(
            r"(?:uncle|stepdad|step dad|dad|father|brother|cousin|boss|teacher|coach|landlord|"
            r"he|she|man|neighbou?r|grandad|granddad|husband|boyfriend|partner|lodger) (?:keeps|"
            r"kept|keep) (?:touching|groping|grabbing) me"
            r"|(?:keeps|kept|keep) (?:coming|creeping|sneaking) (?:in|into) my (?:room|bedroom|bed)"
            r"(?= when| at night| while| after|\W*(?:[.!?,;\n]|$))"
            r"|(?:not allowed|won't let me|doesn't let me|isn't letting me) (?:to )?(?:see|visit|"
            r"talk to|call|ring|phone) my (?:sisters?|family|friends|mum|mom|parents|brothers?|"
            r"kids|children)"
            r"|(?:screams|yells|shouts|screamed|yelled|shouted) in my face (?:till|until|and)"
        ),
        benign=(
            r"baby|toddler|tickl\w*|covid|flu|quarantine|grounded|ward|"
            r"visit\w* hours|visitors|hospital|care home"
        ),
        reason="You wrote that someone is hurting or controlling you.",
        examples=(
            "Uncle keeps touching me when Aunty goes to market. I am 17 and nobody believes me.",
            "my stepdad keeps coming in my room when moms at work. i lock it now",
            "He took my phone and my bank card. If I ask for them he screams in my face till I "
            "cry. I'm not allowed to see my sisters anymore.",
        ),
        near_misses=(
            "The baby keeps touching me with sticky hands, cute.",
            "Visitors are not allowed to see my mum after 8pm on the ward.",
        ),
    ),
    # Threats to the face, neck, house and pictures: "next time it would be my face", "he'd
    # brake my neck if I take the kids", "they'll find my house and burn it with my family
    # inside", "they'll send my pics to my whole church", "gonna break my phone and my face".
    Rule(
        id="harm.next_time",
        kind="harm_from_others",
        anchors=(
            *combos("be", "my|your", "face|head|neck|skull|throat"),
            *combos("break|brake|snap|smash|bust|punch|rearrange|kick|cave", "my"),
            *combos("with", "me|my|us|the", "inside|family|kids"),
            *combos("my|the|your", "pics|pictures|photos|videos|video"),
            *combos("i", "know", "where"),
        ),
        pattern=(
            r"next time (?:it'll|it will|it would|it'd|it's) be (?:my|your) (?:face|head|neck|"
            r"skull|throat)"
            r"|(?:ex|x|husband|boyfriend|bf|partner|fella) (?:\w+ ){0,3}?(?:he'd|he would|he'll|"
            r"he will|she'd|she'll) (?:break|brake|snap) my neck"
            r"|(?:he|she|they|hes|shes|he's|she's)(?:'ll| will| would|'d| is gonna| is going to|"
            r"'s gonna|'s going to| gonna| going to) (?:break|smash|bust|punch|rearrange|kick|"
            r"cave) (?:my (?:phone|stuff|things|tv|laptop) and )?my (?:face|head|skull|teeth|"
            r"jaw)"
            r"|burn (?:it|the house|my house|the place|the flat)(?: down)? with (?:me|my family|"
            r"us|the kids|my kids) inside"
            r"|(?:send|post|share|leak|show) (?:my|the|your) (?:pics|pictures|photos|videos?) to "
            r"(?:my|your) (?:whole )?(?:church|mosque|temple|work|boss|family|parents|school|"
            r"college|uni|husband|wife|kids)"
            r"|i know where (?:u|you) (?:live|are|work|sleep)"
        ),
        benign=r"album|slideshow|lol|😂",
        reason="You wrote that someone threatened to hurt you.",
        examples=(
            "My partner smashed my laptop against the wall and said next time it would be my face.",
            "my x said he'd brake my neck if i take the kids to my moms in texas",
            "my boyfriend said if he sees another guys name hes gonna break my phone and my face",
            "They said they'll find my house and burn it with my family inside.",
            "Got a message saying they'll send my pics to my whole church if I don't pay.",
            "my ex keeps texting 'i know where u live now' with pics of my front door",
        ),
        near_misses=(
            "Mum will send my pics to my aunties for the birthday slideshow.",
            "mum said she'll break my neck if i'm late again lol",
        ),
    ),
)
