"""A death readied and goodbyes arranged, told plainly: "I already know how and where", a date
written down, a gun in the safe and the code known, the rope checked, "the bridge is high
enough", "it's not for a braai", an extra box "for my mum", "I won't be needing them", letters
left in a drawer, savings moved, "I've had a long run and I'm done", a second attempt."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Knowing how, a date, a drop: "I already know how and where", "I've written down a date",
    # "the bridge on the gorge road is high enough", "the rope is in the shed. I checked it".
    Rule(
        id="suicide.how_and_where",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("how|where|when", "and", "where|how|when"),
            *combos("down|picked|chose|chosen|set", "a", "date"),
            *combos("high", "enough"),
            *combos("rope", "is|'s|in|ready"),
            *words("rope's"),
            *combos("measuring", "it|the"),
        ),
        pattern=(
            r"know (?:how and where|where and how|how and when|when and how|when and where)"
            r"|(?:written down|wrote down|picked|chose|chosen|set) a date(?=\W*(?:[.!?,;\n]|$))"
            r"|(?:is|it's|its|was|looks) high enough(?=\W*(?:[.!?,;\n]|$))"
            r"|(?:the )?rope(?:'s| is) (?:in|under|ready|hidden|up)"
            r"|measuring (?:it|the drop|the height)(?: in my head)?"
        ),
        needs=(
            r"plan\w*|calmer|having a date|says everything|bridge|tank|roof|overpass|building|"
            r"drop|cliff|balcony|flyover|checked it|someone should know|tonight|shed|beam|"
            r"kids|the \d+(?:st|nd|rd|th)|on purpose"
        ),
        benign=(
            r"wedding|holiday|appointment|meeting|interview|exam|trip|climbing|swing|"
            r"boat|tent|camping|fence|shelf|tomatoes|garden|washing line"
        ),
        reason="You wrote about a plan to end your life.",
        examples=(
            "my plan is after the kids go to there dads for the weekend. i already know how "
            "and where",
            "I've written down a date. The 14th. It feels calmer having a date.",
            "I've worked out the bridge on the gorge road is high enough.",
            "The rope is in the shed. I checked it tonight.",
            "been driving past the overpass on purpose. kinda measuring it in my head",
        ),
        near_misses=(
            "We've picked a date for the wedding. The 14th!",
            "The fence is high enough now, the dog can't jump it.",
        ),
    ),
    # Means in reach or bought with a cover: "a firearm in the safe at work, I have the code",
    # "got the pistol out of the safe and sat with it", "bought charcoal and it's not for a
    # braai", "an extra box of paracetamol, said it was for my mum. It isn't."
    Rule(
        id="suicide.means_in_reach",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "firearm|gun|rifle|pistol|shotgun|firearms|guns|rifles|pistols|shotguns", "in|out"
            ),
            *combos("gun|rifle|pistol|shotgun|firearm", "and"),
            *combos("not", "for", "a|the|braai|bbq|barbecue|camping|cooking|work|shaving|my"),
            *combos("extra|another|second|spare", "box|boxes|packet|packets|bottle"),
        ),
        pattern=(
            r"(?:firearm|gun|rifle|pistol|shotgun)s? in the (?:safe|cabinet|drawer|glovebox|"
            r"glove box|wardrobe|shed)"
            r"|(?:got|had|took|get|getting|has got|'s got|has) (?:the|his|her|my|a|dad's|his "
            r"dad's|her dad's) (?:gun|rifle|pistol|shotgun|firearm) (?:out|and)"
            r"|(?:it's|its|they're|it is|theyre) not for (?:a |the )?(?:braai|bbq|barbecue|"
            r"camping|cooking|work|the garden|shaving|my (?:mum|mom|back|headaches?))"
            r"|(?:extra|another|second|spare) (?:box|boxes|packet|packets|bottle) of {pills}"
        ),
        needs=(
            r"keep thinking|the code|combination|tonight|sat with|trust myself|again|driving "
            r"over|won't be on|can't reach|not (?:answering|picking up)|offline|charcoal|rope|"
            r"hose|pills|tablets|it isn't|it's not|isn't|so nobody|don't ask|goodbye"
        ),
        benign=(
            r"hunt\w*|deer|range|clean(?:ed|ing)? (?:it|the (?:gun|rifle|pistol|shotgun))|season|"
            r"licen[cs]e|pest|rabbits|foxes|rats|shooting club"
        ),
        reason="You wrote about a way to end your life.",
        examples=(
            "My shift ends at 6am and there's a firearm in the safe at work. I have the code. I "
            "keep thinking about it.",
            "Got the pistol out of the safe tonight and just sat with it for an hour.",
            "Dalton says he's got the gun out again. I'm driving over.",
            "Bought charcoal today and it's not for a braai.",
            "Asked the chemist for an extra box of paracetamol, said it was for my mum. It isn't.",
        ),
        near_misses=(
            "Got the rifle out for deer season and cleaned it on the porch.",
            "Bought an extra box of paracetamol for the cupboard, flu's going round.",
        ),
    ),
    # Things not needed, money moved, letters left: "told him I
    # wouldn't need them where I'm headed", "transferred all my savings to Nanay's account",
    # "wrote letters to both kids and put them in the glove box", "left it all in an envelope
    # marked Kirsty", "I've had a long run and I'm done", "go with nothing hanging over me".
    Rule(
        id="suicide.left_in_order",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("need", "them|it|these|those", "where"),
            *combos("all", "my", "savings|money"),
            *combos("letters|notes|letter|note", "to|for"),
            *combos("in", "an", "envelope"),
            *combos("long|good", "run|innings"),
            *combos("nothing", "hanging"),
            *combos("hear", "it", "one"),
            *combos("wanna|want|to|will|i'll", "say|write", "in", "here"),
            *combos("feels|all|it's|its", "tidy|handled"),
        ),
        pattern=(
            r"(?:wouldn't|won't|will not|don't) need (?:them|it|these|those) where i'm "
            r"(?:headed|going)"
            r"|(?:transferred|moved|sent|gave) all my (?:savings|money) to"
            r"|(?:wrote|written|writing|left) (?:letters?|notes?) (?:to|for) (?:both |all |each "
            r"of |my |the )?(?:kids|children|girls|boys|family|parents|sons|daughters|\w+)"
            r"|(?:left|put) (?:it all|everything|them all) in an envelope"
            r"|(?:had|have had|'ve had) a (?:long|good) (?:run|innings) and (?:i'm|im|i am) "
            r"(?:done|ready|tired)"
            r"|go with nothing hanging over me"
            r"|(?:to |you to )?hear it one (?:more|last) time"
            r"|last thing i (?:wanna|want to|will|'ll) (?:say|write) in here"
            r"|(?:feels|it's|its|all|everything's) (?:all )?(?:tidy|handled)(?=\W*(?:[.!?,;\n]|$))"
        ),
        needs=(
            r"gave|giving|understand later|won't need|sorry|goodbye|\bbye\b|love (?:you|her|him|"
            r"them)|keys|will\b|glove ?box|drawer|pillow|sealed|passwords|paid (?:back|off)|"
            r"owe|dog goes|folder|everyone|that's everyone|thank u|thank you|i'm done|i'm headed"
        ),
        benign=(
            r"new one|upgrade\w*|replaced|bought|isa|pension|deposit|mortgage|house fund|"
            r"thank you (?:cards|letters|notes)|santa|tooth fairy|holiday|new notebook|"
            r"new journal|full"
        ),
        reason="You wrote about saying goodbye, which can come before ending a life.",
        examples=(
            "Gave my boots to my nephew. Told him I wouldn't need them where I'm headed.",
            "Transferred all my savings to Nanay's account. She'll understand later.",
            "Wrote letters to both kids and put them in the glove box. Keys are on the hook.",
            "Sorted the passwords, the will. Left it all in an envelope marked Kirsty. Feels tidy.",
            "Tony, the dog goes to Rick. I've had a long run and I'm done.",
            "Paid back everyone I owe. Now I can go with nothing hanging over me.",
            "Rang Gran just to say I love her. Just wanted you to hear it one more time.",
            "last thing i wanna say in here. thank u journal. bye",
        ),
        near_misses=(
            "Gave my old boots to my brother, I won't need them where I'm going on holiday.",
            "Transferred all my savings to the ISA, feels tidy.",
        ),
    ),
)
