"""Wishes not to live in other words and other languages: "I dinnae want to be here anymore",
"gusto ko na lang mamatay", "I just wan comot for this world", "peace if I was dead", "sleep
forever", "if death comes for me I won't fight it", "wish He would call me home", "hope my
heart just quits", "pray not to wake up", relief at a tumour."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Other languages and spellings: Tagalog ("gusto ko na lang mamatay", "sana hindi na ako
    # magising"), Nigerian Pidgin ("I wan comot for this world"), Scots ("I dinnae want to be
    # here"), "be hear", "be ded".
    Rule(
        id="suicide.other_tongues",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("mamatay|magising"),
            *combos("comot", "for"),
            *combos("wan|wanna", "die"),
            *combos("be", "here|hear|around|alive", "anymore|any|no"),
            *combos("be", "ded"),
        ),
        pattern=(
            r"(?:gusto|gusto ko|sana) (?:\w+ ){0,3}?mamatay|sana (?:\w+ ){0,2}?hindi na (?:\w+ )?"
            r"magising"
            r"|(?:wan|wanna|go) comot for (?:this )?(?:world|life)|i (?:just )?wan die"
            r"|(?:dinnae|dinna|don't|dont|do not|doesn't|didn't) (?:really |even )?(?:want|wanna|"
            r"wan) (?:to )?be (?:here|hear|around|alive) (?:anymore|any more|no more)"
            r"|(?:wish\w*|wanna|want to|wanting to) (?:i could )?(?:just )?be ded"
        ),
        benign=r"party|job|school|class|meeting|town|country|city|office|team|group|club",
        reason="You wrote that you don't want to be alive.",
        examples=(
            "Gusto ko na lang mamatay. I keep writing it in Tagalog.",
            "Hay nako. Sana hindi na ako magising.",
            "Omo I just wan comot for this world. E don do.",
            "I dinnae want to be here anymore. Not in a dramatic way.",
            "i dont want to be hear anymore. not at work not at home not anywhere",
            "lowk wishing i could just be ded rn, like permanently",
        ),
        near_misses=(
            "Gusto ko na umuwi, pagod na ako sa trabaho.",
            "im ded 😂 that video",
        ),
    ),
    # Rest in death, sleeping for good: "I'd finally get some peace if I was dead", "bout to go
    # to sleep forever", "wish I could go to sleep for good". "I could sleep forever" is tired.
    Rule(
        id="suicide.sleep_for_good",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("if", "i", "was|were", "dead|gone"),
            *combos("sleep|asleep", "forever|for"),
        ),
        pattern=(
            r"(?:peace|rest|relief|quiet|free) (?:\w+ ){0,2}?if i (?:was|were) (?:dead|gone)"
            r"|(?<!could\x20)(?<!would\x20)(?<!i'd\x20)(?<!id\x20)(?:go to sleep|sleep|fall "
            r"asleep|asleep) (?:for good|forever)(?! (?:after|on|in|this|tonight|tomorrow|"
            r"fantasy|phase|thoughts?|wish|days))"
        ),
        benign=r"weekend|holiday|exams?|shift|marathon|lie ?in|nap|sunday|saturday|tired after",
        reason="You wrote that you wish you weren't alive.",
        examples=(
            "i keep thinking id finally get some peace if i was dead",
            "bout to go to sleep forever no cap. tired of all this",
            "Wish I could just go to sleep for good, ken.",
        ),
        near_misses=(
            "After that shift I could sleep forever.",
            "I'd sleep forever this weekend if the kids let me.",
        ),
    ),
    # Waiting for death or praying for it: "if death comes for me tonight I won't fight it",
    # "wish He would just call me home", "hope my heart just quits", "I pray not to wake up",
    # "pray the night shift is my last one", "wouldn't mind if I just didn't wake up tomorrow".
    Rule(
        id="suicide.let_it_come",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("death", "comes"),
            *combos("call|take|bring", "me", "home"),
            *combos("heart", "just|quits|stops|gives|packs"),
            *combos("not|never", "to", "wake"),
            *combos("my", "last", "one|shift|night|day"),
            *combos("mind", "if", "i"),
            *combos("mind", "much", "if"),
        ),
        pattern=(
            r"(?:if|when) death comes (?:for me|knocking|tonight)(?: tonight)?,? (?:i )?(?:won't|"
            r"will not|wouldn't|wont) (?:fight|resist|mind)"
            r"|(?:wish|wishing|hope|hoping|pray\w*) (?:\w+ ){0,2}?(?:would|will|could|'d|to) "
            r"(?:just )?(?:call|take|bring) me home"
            r"|hop(?:e|ing) (?:my )?heart (?:just )?(?:quits|stops|gives out|gives up|packs in)"
            r"|pray(?:s|ed|ing)? (?:\w+ )?(?:not to|never to) wake(?: up)?"
            r"|pray(?:s|ed|ing)? (?:that )?(?:the |this |tonight's )?(?:\w+ ){0,2}?(?:is|was|will "
            r"be) my last (?:one|shift|night|day)(?=\W*(?:[.!?,;\n]|$))"
            r"|(?:wouldn't|would not|wouldnt|won't|wont) mind (?:much )?if i (?:just )?(?:didn't|"
            r"didnt|don't|dont|never) wake(?: up)?"
        ),
        reason="You wrote that you wish you weren't alive.",
        examples=(
            "Chai. If death comes for me tonight I won't fight it.",
            "Lord forgive me but some days I wish He would just call me home.",
            "Some nights I lie there and hope my heart just quits.",
            "Sometimes I pray not to wake up. Then the baby cries.",
            "Sometimes I pray the night shift is my last one.",
            "Wouldn't mind if I just didn't wake up tomorrow, to be honest.",
        ),
        near_misses=(
            "Praying this is my last night shift before the holiday!",
            "Hoping my heart rate settles after that run.",
        ),
    ),
    # Relief at bad news, a death wished from a road: "when the doctor said it might be a
    # tumour, part of me felt relieved", "if a semi clipped me on I-65 I don't think I'd mind".
    Rule(
        id="suicide.relief_at_risk",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("tumour|tumor|cancer|terminal|malignant"),
            *combos("if", "a|the", "semi|truck|lorry|bus|car|van|train|ute|tractor"),
        ),
        pattern=(
            r"(?<!not\x20)(?<!wasn't\x20)(?<!isn't\x20)(?<!no\x20)(?<!not\x20a\x20)"
            r"(?:tumou?r|cancer|terminal|malignant)(?: \w+){0,4},? part of me (?:felt|was|is|"
            r"feels) (?:\w+ )?(?:relieved|glad|pleased|hopeful)"
            r"|if (?:a|the) (?:semi|truck|lorry|bus|car|van|train|ute|tractor) (?:\w+ ){0,2}?"
            r"(?:clipped|hit|swerved into|ran over|took out|crashed into|ploughed into|plowed "
            r"into) (?:me|my lane|my car|my truck|my van)"
        ),
        needs=(
            r"relieved|(?:wouldn't|would not|don't think i'd|dont think id|not) mind|let it|"
            r"don't care|dont care|relief|glad|fine by me|alright by me"
        ),
        benign=r"insurance claim|dashcam|scratch|dent|no one was hurt|nobody was hurt",
        reason="You wrote that you wish you weren't alive.",
        examples=(
            "When the doctor said it might be a tumour, part of me felt relieved.",
            "If a semi clipped me on I-65 on the way home I don't think I'd mind much.",
            "If a truck swerved into my lane on the way back I reckon I'd just let it.",
        ),
        near_misses=(
            "When they said it wasn't cancer, part of me felt relieved and part of me cried.",
            "If a car hit my car in the car park I'd mind, it's brand new!",
        ),
    ),
)
