"""Fear of someone: being afraid of what they will do, not feeling safe at home, being kept in,
hidden from or cut off from help."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Fear of someone, or not being safe at home or with a partner.
    Rule(
        id="harm.fear",
        kind="harm_from_others",
        anchors=(
            *combos(
                "scared|afraid|terrified|frightened|petrified|fear|fearing|worried",
                "he|she|they|he'll|she'll|they'll|he'd|she'd|he's|she's|that|what|for|to|of|my|"
                "someone|somebody|someone's|the|a|this|they're|theyre|shes|hes|his|her|their|our|"
                "they'd",
            ),
            *words("not allowed|aren't allowed|feel safe|locked myself"),
            *words("bruises|injuries|black eye|marks$|cuts$"),
            *combos("find out|finds out|found out|track down|discover|work out", "where"),
            *combos("kill|hurt|hit|beat|choke|strangle|attack|rape|find|stab|shoot", "me|us"),
            *combos("come", "after"),
            *combos(
                "kill|hurt|hit|beat|choke|strangle|attack|rape|find|stab|shoot|take",
                "the baby|the kids|the children|my baby|my kids|my children|my son|my daughter|"
                "my little",
            ),
            *combos("not|isn't|isnt", "safe"),
            *combos("hiding|hid|hide", "from|in|away"),
            *combos("let me", "leave|see|have|go|out"),
            *combos("locked|locks|locking|lock", "me"),
            *combos("keeps|kept|keeping", "me"),
            *combos("woke|wake|waking", "up with"),
            *combos(
                "took|smashed|broke|hid|threw|grabbed|snatched|stole|destroyed|binned|cut",
                "my",
                "phone|keys|car|passport|money|wallet|charger|landline|laptop",
            ),
        ),
        negatable=False,
        pattern=(
            r"(?:scared|afraid|terrified|frightened|petrified|fear|fearing|worried) (?:that |of "
            r"what )?(?:{other} (?:will |would |is going to |'s going to |is gonna |gonna |"
            r"going to |"
            r"might |may |could |will really )?|(?:he'll|she'll|they'll|he'd|she'd|they'd) "
            r"(?:really )?)(?:kill|hurt|hit|beat|choke|"
            r"strangle|attack|rape|find|come after|stab|shoot|take) (?:me|us|the (?:baby|kids|"
            r"children)|my (?:baby|kids|children|son|daughter|little (?:brother|sister)))"
            r"|(?:scared|afraid|terrified|fear|fearing) for my (?:life|safety)"
            r"|(?:scared|afraid|terrified|frightened) (?:of )?what (?:he|she|they)(?:'ll|'d| will| "
            r"would| might| is going to)? (?:do|does) (?:to me|if i|when (?:he|she|they))"
            r"|(?:scared|afraid|terrified|frightened|petrified) of (?:him|her|my (?:husband|"
            r"partner|"
            r"boyfriend|wife|girlfriend|dad|father|stepdad|step dad|mum|mom|mother|stepmum|ex|"
            r"brother|uncle))(?=\W*(?:[.!?\n]|$)| (?:when|because|and what|since|now|sometimes|"
            r"again|all the time|every))"
            r"|(?:not allowed|aren't allowed) to (?:leave|see (?:my )?(?:friends|family)|have (?:a|"
            r"my) phone|go out without (?:him|her))"
            r"|(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:home|back (?:home|to "
            r"(?:him|her|them|the house|the flat|my (?:\w+ )?(?:husband|wife|partner|boyfriend|"
            r"girlfriend|dad|mum|mom|parents|stepdad|ex))))"
            r"|(?:don't|dont|do not|never) feel safe (?:at home|in my (?:own )?(?:home|house|room|"
            r"bed)|with (?:him|her|them|my \w+)|around (?:him|her|them|my \w+)|when (?:he|she|"
            r"they)(?:'s| is|'re| are)? (?:home|drunk|angry|around))"
            r"|(?:not|isn't|isnt) safe (?:at home|for me at home|in my (?:own )?(?:home|house))"
            r"|(?:hiding|hid|hide|locked myself) (?:\w+ ){0,4}?(?:from|away from) (?:him|her|"
            r"{other})(?! (?:at|in) (?:the|a) (?:party|game))"
            r"|(?:won't|wont|doesn't|does not|didn't|never) let me (?:leave|see (?:my )?(?:friends|"
            r"family)|have my phone|have money|go to work|out of (?:the house|his sight|her sight))"
            r"|(?:locked|locks|locking|lock) me (?:in|out)(?! of (?:my|the) (?:account|email|"
            r"computer|phone|app))|(?:keeps|kept|keeping) me (?:locked|shut|trapped) (?:in|inside|"
            r"up)"
            r"|(?:woke|wake|waking) up with (?:new )?(?:bruises|injuries|cuts|marks) (?:and|but) "
            r"(?:don't|can't|didn't|couldn't|do not|cannot) remember"
            r"|(?:bruises|injuries|marks|cuts|black eye) (?:\w+ ){0,8}?(?:he|she|they) (?:says|"
            r"said|"
            r"tells me|told me|insists|claims) i (?:fell|tripped|walked into|did it)"
            r"|(?:scared|afraid|terrified|frightened|worried) (?:that )?{other}{will} (?:\w+ )?"
            r"(?:find out|finds out|track down|discover|work out|found out) where (?:i|we)"
            # Taking away the means to call for help or leave.
            r"|(?:took|smashed|broke|hid|threw|grabbed|snatched|stole|destroyed|binned|cut) my "
            r"(?:phone|keys|car keys|passport|money|wallet|charger|landline|laptop)(?: \w+)? "
            r"(?:so (?:that )?i (?:can't|cant|cannot|couldn't|could not|wouldn't be able to|"
            r"won't be able to)|away so)"
        ),
        reason="You wrote that you feel afraid of someone or unsafe at home.",
        examples=(
            "i'm scared he'll hurt me",
            "i don't feel safe at home anymore",
            "terrified to go home tonight",
            "sleeping in my car because i'm scared to go back to him",
            "he won't let me leave the house",
            "i'm scared of him when he drinks",
            "He locks me in the bedroom when he goes out.",
            "My partner keeps me locked in the house.",
            "I wake up with bruises and don't remember how, he says I fell.",
            "I'm terrified he will find out where I'm staying.",
            "He smashed my phone so I couldn't call for help.",
            "I'm afraid my ex will hurt the baby.",
        ),
        near_misses=(
            "i'm scared of spiders",
            "my boss will kill me if i'm late lol",
            "i'm afraid i'll forget my lines",
            "hid from my little brother at the party game",
        ),
        unless=r"(?:boss|teacher|coach|manager|professor|prof|editor) (?:will|is going to|'s gonna|"
        r"is gonna|gonna|'ll) kill me"
        # "I'm not scared of him": a plain negation, unless something keeps the fear open.
        r"|(?:not|never|no longer) (?:\w+ )?(?:scared|afraid|frightened|terrified|petrified) of "
        r"(?:him|her|them)(?=\W*(?:[.!\n]|$)|,? (?:we|and we|i just|just))",
    ),
)
