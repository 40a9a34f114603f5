"""Quiet signs around a plan: a worked-out dose, pills that "would be enough", a whole pack
taken, a decision written in fragments, last calls and visits, things left tidy "for whoever",
apologies to be passed on, a pet rehomed, and an attempt that failed or a discharge after one."""

from selftrust.language.crisis_rules.shared import EVERYDAY_GOODBYE, Rule, combos, words

_MEANS = (
    r"(?:{pills}|rope|noose|ligature|belt|blade|razor|gun|rifle|bridge|cliff|tracks|the train|"
    r"overdose|od|jump|the car|exhaust|charcoal)"
)

RULES: tuple[Rule, ...] = (
    # A dose or an amount worked out, or pills that "would be enough": research on a means. A
    # vet, a doctor or a baby's medicine keeps it calm.
    Rule(
        id="suicide.dose",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "worked|working|figured|figuring|calculated|calculating|looked|looking|counted|"
                "counting|know|knows|researched|googled",
                "out|up|exactly|the|how|a|my|lethal|fatal|right|exact|dose|amount|number",
            ),
            *combos("be|is|are|was|were", "enough"),
            *combos("than", "enough"),
            *words("fatal|lethal"),
            *combos("enough to", "die|kill|end"),
        ),
        pattern=(
            r"(?:fatal|lethal) (?:dose|amount|overdose|quantity)|(?:what|which|how much|how many) "
            r"(?:\w+ ){0,4}?(?:is|would be|are) (?:fatal|lethal|enough to (?:die|kill|end it))"
            r"|(?:worked out|working out|figured out|figuring out|calculated|calculating|looked up|"
            r"looking up|counted|counting|researched|googled|know exactly|knows exactly) (?:the |"
            r"a |my |exactly )?(?:lethal |fatal |right |exact )?(?:dose|amount|number|how much|"
            r"how many)(?: (?:with|of|i'd need|it takes|it would take|you'd need|to take)| "
            r"{pills})"
            r"|{pills} (?:\w+ ){0,3}?(?:(?:would|will|'d|'ll|might|could|should) be|is|are|was|"
            r"were|be) (?:more than )?enough(?=\W*(?:[.!?,\n]|$)| (?:to|for (?:me|him|her|them)|"
            r"now|if|and))"
        ),
        benign=(
            r"vet|dog|cat|puppy|baby|toddler|kid's|calpol|doctor said|gp said|pharmacist|"
            r"prescribed|nurse|carbs|meal|enough for (?:the|a) (?:week|month|trip|holiday)|"
            r"repeat prescription|last me|until|till|holiday|trip"
        ),
        reason="You wrote about working out an amount of medicine that could end your life.",
        examples=(
            "I've worked out the dose with my insulin. Nobody would even question it.",
            "Dad's been talking about how Mum's old pills would be 'enough'",
            "looked up how many paracetamol it takes",
        ),
        near_misses=(
            "worked out the dose for the dog's tablets with the vet",
            "the pills should be enough to last me till Friday",
        ),
    ),
    # A whole pack or bottle of something taken, or all of one's pills.
    Rule(
        id="suicide.whole_pack",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos(
            "took|taken|swallowed|downed|necked|take|taking|swallow",
            "a|an|the|",
            "whole|entire|full",
        ),
        pattern=(
            r"(?:took|taken|swallowed|downed|necked|take|taking|swallow) (?:a |an |the )?(?:whole|"
            r"entire|full) (?:pack|packet|bottle|box|strip|blister|tub|jar|sheet|lot)s? of "
            r"(?:something|them|those|it|her \w+|his \w+|their \w+)"
        ),
        benign=r"vitamin\w*|sweets|gum|chocolate|biscuits|crisps|mints|holiday|trip|with me",
        reason="You wrote about someone taking a whole pack of medicine.",
        examples=(
            "friend from the group chat just said she took a whole pack of something.",
            "my son took a whole strip of his tablets and won't say why",
        ),
        near_misses=(
            "took all my pills with me on holiday",
            "she took a whole pack of gum to the exam",
        ),
    ),
    # A decision written in fragments: "pills. tonight. decided."
    Rule(
        id="suicide.fragments",
        kind="suicide",
        anchors=words("decided$|it's time|its time"),
        pattern=r"(?:decided|it's time|its time)",
        needs=(
            _MEANS + r"\W{1,3}(?:tonight|tomorrow|tmrw|tmr|2nite|2night)\W{1,3}(?:it's |its |"
            r"i've |i have |i'm |im |i )?(?:decided|time)"
        ),
        reason="You wrote a decision next to a means and a time.",
        examples=(
            "pills. tonight. decided.",
            "bridge. tomorrow. it's time.",
            "rope, tmrw, decided",
        ),
        near_misses=("pizza. tonight. decided.", "decided on the pills for my hay fever tonight"),
    ),
    # Guns asked about or got hold of with a cover story ("just out of curiosity").
    Rule(
        id="suicide.gun_access",
        kind="suicide",
        anchors=words("rifle|shotgun|gun$|guns$|pistol|firearm|handgun"),
        pattern=(
            r"(?:asked|asking|ask|borrow|borrowed|borrowing|got|get|buy|bought|buying|find|found|"
            r"access to|where \w+ keeps) (?:\w+ ){0,4}?(?:rifle|shotgun|gun|pistol|firearm|"
            r"handgun)s?"
        ),
        needs=(
            r"curiosity|curious|just in case|without (?:him|her|them) knowing|nobody knows|no one "
            r"knows|for me|the key|where (?:he|she|they) keeps|loaded|bullets|ammo|shells"
        ),
        benign=r"range|hunting|season|licen[cs]e|club|clay|deer|toy|nerf|water gun|glue gun|game",
        reason="You wrote about getting hold of a gun.",
        examples=("Asked my mate about his rifle 'just out of curiosity'. I wasn't curious.",),
        near_misses=("asked my mate about his rifle for the hunting season, just curious",),
    ),
    # Last calls and visits: "called everyone I love to hear their voices one more time".
    Rule(
        id="suicide.last_contact",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("one", "more|last", "time"),
            *combos("for the", "last|final", "time"),
            *combos("everyone|everybody|all the people|the people", "i|who"),
        ),
        pattern=(
            r"(?:hear|see|hug|hold|visit|call|ring|text) (?:\w+ ){0,3}?(?:voices?|faces?|"
            r"everyone|everybody|them|mum|mom|dad|the kids|my kids|my family|my \w+) (?:\w+ )?"
            r"(?:one (?:more|last) time|for the (?:last|final) time)"
            r"|(?:called|rang|phoned|visited|saw|hugged|texted|messaged|wrote to) (?:everyone|"
            r"everybody|all the people|the people) (?:i|who) (?:love|care about|matter|loves me)"
            r"(?: \w+)? (?:\w+ ){0,5}?(?:one (?:more|last) time|for the (?:last|final) time|"
            r"they (?:didn't|did not|didnt) (?:notice|know|suspect)|no one noticed|nobody "
            r"noticed)"
        ),
        benign=EVERYDAY_GOODBYE + r"|concert|band|show|gig|before (?:the|my) (?:move|flight)",
        reason="You wrote about contacting people for one last time.",
        examples=(
            "Called everyone I love today just to hear their voices one more time.",
            "visited mum to see her face one last time",
        ),
        near_misses=(
            "called everyone I love before the flight to hear their voices one more time",
            "went to see the band one last time before they split",
        ),
    ),
    # Things left tidy "for whoever has to deal with it", or "for whoever finds me".
    Rule(
        id="suicide.for_whoever",
        kind="suicide",
        anchors=combos("for|so", "whoever|whomever|the person who|the people who"),
        pattern=(
            r"(?:for|so) (?:whoever|whomever|the person who|the people who) (?:finds|will find|"
            r"is going to find|has to find) (?:me|my body|us)"
            r"|(?:for|so) (?:whoever|whomever|the person who|the people who) (?:has to|have to|"
            r"will have to|needs to|ends up|is left|are left|gets to|finds|find|comes) (?:\w+ )"
            r"{0,3}?(?:deal with|sort|clear|clean|find|handle|pack|go through|finding me|deal)(?! ("
            r"?:the (?:post|rota|bins|shift|next)|emails|work))"
        ),
        benign=EVERYDAY_GOODBYE + r"|handover|shift|rota|desk|inbox|contract|tenant|landlord",
        reason="You wrote about leaving things ready for whoever comes after you.",
        examples=(
            "Everything's in order for whoever has to deal with it.",
            "left the door unlocked for whoever finds me",
        ),
        near_misses=(
            "left a handover note for whoever has to deal with my emails",
            "tidied my desk for whoever has to deal with it after my last day",
        ),
    ),
    # An apology or care instructions to pass on, written like a note: "Tell Jamie I'm sorry and
    # that the dog's food is in the cupboard".
    Rule(
        id="suicide.pass_on",
        kind="suicide",
        anchors=combos("i'm|im|i am", "|so", "sorry"),
        pattern=(
            r"tell (?:\w+ ){1,2}?(?:that )?(?:i'm|im|i am) (?:so )?sorry(?=\W*(?:[.!\n]|$)| and "
            r"(?:that )?(?:i love|the |her |his |my |their ))"
            r"|tell (?:\w+ ){1,2}?(?:that )?i (?:love|loved) (?:them|her|him|you) and (?:that )?"
            r"(?:i'm|im) sorry"
        ),
        benign=r"late|missed|forgot|party|dinner|text back|call back|meeting",
        reason="You wrote a message to be passed on, like a goodbye note.",
        examples=(
            "Tell Jamie I'm sorry and that the dog's food is in the cupboard above the fridge",
            "please tell mum i'm sorry.",
        ),
        near_misses=(
            "Tell Jamie I'm sorry I missed his party",
            "tell her i'm sorry for being late",
        ),
    ),
    # A pet given away because one won't be around: "rehomed the cat, she deserves someone
    # who'll actually be around". Moving house or an allergy keeps it calm.
    Rule(
        id="suicide.rehomed",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos("be|being", "around|here|there"),
        pattern=(
            r"(?:someone|somebody|a home|an owner|a family|people) (?:who'll|who will|who's going "
            r"to|that will|that'll|who can) (?:actually |still |always |really )?(?:be (?:around|"
            r"here|there for (?:her|him|them)))(?! (?:all day|during the day|more|to walk|to play|"
            r"in the day|at home all))"
        ),
        needs=(
            r"rehom\w*|new (?:home|owner|family|people)|gave (?:away )?|cat|dog|pet|kitten|"
            r"puppy|rabbit|budgie|horse|tortoise"
        ),
        # "Deserves" counts as "on purpose" in the engine and overrides ``benign``, so a move
        # or an allergy before the phrase is written as ``unless``.
        unless=(
            r"(?:move|moving|abroad|emigrat\w*|allerg\w*|landlord|new job)(?: \w+){0,10}? "
            r"(?:someone|somebody|a home|an owner|a family|people) (?:who'll|who will|that will)"
        ),
        benign=r"moving|move|allerg\w*|landlord|new job|abroad|emigrat\w*|dating|boyfriend|"
        r"girlfriend|partner|husband|wife|work from home|works from home|retired|bigger garden",
        reason="You wrote about rehoming a pet because you may not be around.",
        examples=(
            "Rehomed the cat today. Told myself she deserves someone who'll actually be around.",
        ),
        near_misses=(
            "Rehomed the cat before the move abroad, she deserves someone who'll be around.",
        ),
    ),
    # An attempt that failed: "tried last night, the beam cracked", "the rope snapped".
    Rule(
        id="suicide.failed",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=words("beam$|rope$|belt$|cord$|ligature|noose|hook$|rail$|branch$|knot$"),
        pattern=(
            r"(?:beam|rope|belt|cord|ligature|noose|hook|rail|branch|knot) (?:\w+ )?(?:cracked|"
            r"snapped|broke|gave way|came loose|came undone|didn't hold|wouldn't hold|did not hold|"
            r"wasn't strong enough|slipped)"
        ),
        needs=(
            r"tried|attempt\w*|haven't told|havent told|nobody knows|no one knows|woke up|"
            r"still here|didn't work|failed|neck|marks on my|bruis\w*|(?:another|a) go|a sign|"
            r"last night|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        ),
        benign=r"swing|climb\w*|storm|wind|boat|tent|tow|dog lead|hammock|builder|loft|gym|"
        r"tug of war|washing line|curtain",
        reason="You wrote about an attempt to end your life.",
        examples=("Tried last night. The beam cracked. Haven't told anyone.",),
        near_misses=("tried to fix the swing but the rope snapped",),
    ),
    # Unsure about still being alive after a crisis: "still don't know if I'm glad I'm here".
    Rule(
        id="suicide.glad_here",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos("glad|happy|grateful|relieved|pleased", "i'm|im|i|to|that"),
        pattern=(
            r"(?:don't|do not|dont|not sure|unsure|no idea|can't say|cant say|never) (?:\w+ )?"
            r"(?:know )?(?:if|whether|that)? ?(?:i'm|im|i am|i feel) (?:glad|happy|grateful|"
            r"relieved|pleased) (?:i'm|im|i am|to be|that i'm|i) (?:still )?(?:here|alive|"
            r"around|survived|made it|woke up)"
        ),
        benign=r"party|came|job|moved|city|team|course|here in|here at|at this",
        reason="You wrote that you are not sure you are glad to be alive.",
        examples=("Still don't know if I'm glad I'm here.", "not sure i'm glad i woke up"),
        near_misses=("still don't know if I'm glad I'm here at this job",),
    ),
    # Care for a pet or children asked for "if anything happened": a quiet goodbye.
    Rule(
        id="suicide.if_anything",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos("if|case", "anything|owt|something"),
        pattern=(
            r"(?:(?:asked|asks|asking|made|begged|told) (?:\w+ ){0,3}?)?(?:look after|take care "
            r"of|have|keep|feed|mind|take|care for) (?:\w+ ){0,3}?(?:dog|cat|kids|children|"
            r"pets?|rabbit|plants|things|stuff|him|her|them|boys|girls|son|daughter)s? (?:\w+ )"
            r"{0,2}?(?:if|in case) (?:anything|owt|something) (?:ever )?(?:happened|happens|"
            r"were to happen|should happen|was to happen|happen)(?! (?:while|during|on|at|in|to "
            r"the|with the|at work))"
        ),
        benign=EVERYDAY_GOODBYE + r"|hospital|surgery|operation|flight|flying|deploy\w*|"
        r"travel\w*|away|abroad|will|guardian|godparent|legal|solicitor",
        reason="You wrote about someone arranging care as if they may not be around.",
        examples=(
            'Worried about Tom. He asked me if I\'d look after his dog "if anything happened".',
        ),
        near_misses=(
            "asked my sister to look after the dog if anything happened while I'm in hospital",
        ),
    ),
)
