"""Self-harm told without the usual words: a hurt done on purpose ("burned my hand on the hob on
purpose"), not eating as a punishment, taking too much medicine to hurt, cigarettes pressed
into skin, cutting somewhere named, hiding it from a therapist, and a streak reset to zero."""

from selftrust.language.crisis_rules.shared import Rule, combos, words
from selftrust.language.crisis_rules.suicide_means import PILL_ANCHORS

_HURT = (
    r"(?:burned|burnt|burning|burn|scalded|scalding|cut|cutting|sliced|scratched|scratching|"
    r"bruised|bruising|hit|hitting|banged|banging|punched|punching|walked on|stood on|stepped on|"
    r"stamped on|pressed|pressing|held|holding|dug|digging|stabbed|jabbed|slammed|trapped)"
)

# The rules below hold "on purpose" in their own words, and that word overrides a ``benign``
# cue in the engine, so their everyday exceptions are written into the pattern instead.
_NOT_FOOD = (
    r"(?!(?:\w+ ){0,3}?(?:toast|garlic|onions?|pan|dinner|steak|cake|bread|rice|sugar|"
    r"caramel|hair|fringe|grass|hedge|wire|cable|ribbon|twine|paper|fabric|the ball|a ball|"
    r"brakes|timber|cd|playlist|bridges)(?!\w))"
)
_NOT_FASTING = (
    r"(?![^.!?\n]{0,60}(?:saving room|buffet|wedding|feast|fast\w*|ramadan|lent|surgery|"
    r"operation|procedure|colonoscopy|blood test|bug|flu|diet|keto|restaurant|tasting menu))"
)

RULES: tuple[Rule, ...] = (
    # An injury said to be on purpose: "burned my hand on the hob on purpose", "deliberately
    # walked on the broken glass". An accident word alone keeps it calm; "on purpose" does not
    # need "myself".
    Rule(
        id="self_harm.on_purpose",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=words("on purpose|deliberately|intentionally|purposely|purposefully"),
        pattern=(
            _HURT + _NOT_FOOD + r" (?:\w+ ){0,6}?(?:on purpose|deliberately|intentionally|"
            r"purposely|purposefully)"
            r"|(?:on purpose|deliberately|intentionally|purposely|purposefully),? "
            + _HURT
            + _NOT_FOOD
        ),
        needs=(
            r"my (?:\w+ )?{body}|myself|my (?:hand|foot|feet|fingers?|palm|toes?)|bleed|bled|"
            r"blood|skin|glass|blade|lighter|hob|iron|kettle|cigarette|to feel|punish|deserve|"
            r"hurt"
        ),
        benign=r"pan|toast|dinner|steak|cake|bread|hair|fringe|grass|hedge|wire|cable|ribbon|"
        r"twine|paper|fabric|\bwall\b|the ball|a ball|drum|nail into|the brakes|timber",
        reason="You wrote about hurting yourself on purpose.",
        examples=(
            "burned my hand on the hob on purpose. wanted to feel something other than this.",
            "Deliberately walked on the broken glass in the kitchen. Watched it bleed.",
            "I scratched my arms on purpose until they stung",
        ),
        near_misses=(
            "burned the toast on purpose, I like it crispy",
            "deliberately cut my fringe short for summer",
        ),
    ),
    # Not eating as a punishment: "haven't eaten in three days on purpose, I deserve it". A fast,
    # a procedure or a stomach bug keeps it calm.
    Rule(
        id="self_harm.starve",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=words("on purpose|deliberately|deserve|starv"),
        pattern=(
            r"(?:haven't|have not|hasn't|not|didn't|won't|wont|stopped|refuse to|refusing to|"
            r"refused to|skipping|skipped) (?:\w+ )?(?:eaten|eat|eating|meals) (?:\w+ ){0,5}?"
            r"(?:on purpose|deliberately|because i (?:don't|dont) deserve|i (?:don't|dont) "
            r"deserve)" + _NOT_FASTING + r"|(?:don't|dont|do not|doesn't|"
            r"never) deserve (?:to eat|food|meals|a meal)"
            r"|starv(?:e|ing|ed) (?:{me}|myself|her ?self|him ?self) (?:\w+ ){0,4}?(?:as (?:a )?"
            r"punishment|to punish|because|on purpose|again|deliberately)" + _NOT_FASTING
        ),
        unless=(
            r"(?:fast\w*|ramadan|lent|yom kippur|surgery|operation|procedure|colonoscopy|"
            r"blood test) (?:\w+ ){0,6}?(?:haven't|have not|not|didn't|skipp\w*) (?:\w+ )?(?:eaten|"
            r"eat|eating)"
        ),
        benign=r"fast\w*|ramadan|lent|yom kippur|surgery|operation|procedure|colonoscopy|"
        r"blood test|bug|flu|sick|nausea|bloating|diet|keto|saving room|buffet|wedding|feast|"
        r"restaurant|tasting menu|big (?:meal|dinner|lunch)",
        reason="You wrote about not eating to punish yourself.",
        examples=(
            "Haven't eaten in three days on purpose. I deserve to feel this hollow.",
            "i don't deserve food",
        ),
        near_misses=(
            "haven't eaten since lunch on purpose, fasting for Ramadan",
            "skipped breakfast on purpose before the blood test",
        ),
    ),
    # Too much medicine to hurt, not to die: "took way more ibuprofen than you're meant to".
    Rule(
        id="self_harm.too_much",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=PILL_ANCHORS,
        pattern=(
            r"(?:took|take|taking|taken|swallowed|swallow|had) (?:\w+ ){0,3}?(?:more|extra) "
            r"(?:\w+ )?{pills} than (?:you're|you are|i'm|i am|you|i|it says|is|recommended|allowed"
            r"|i should|"
            r"i was|you should|(?:\w+ ){1,3}?(?:says|said|allows|recommends|prescribed))"
        ),
        benign=r"by accident|accidentally|forgot|mistake|double.?dosed by",
        reason="You wrote about taking too much medicine to hurt yourself.",
        examples=(
            "Took way more ibuprofen than you're meant to, not to die, just to make it hurt.",
        ),
        near_misses=("took more ibuprofen than I should by accident, forgot I'd had some",),
    ),
    # Cigarettes, lighters or hot things pressed into skin.
    Rule(
        id="self_harm.pressing",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=words("cigarette|ciggie|ciggy|lighter|fag end|fag ends|lit match|lit matches"),
        pattern=(
            r"(?:cigarettes?|ciggies|ciggie|ciggy|lighters?|fag ends?|lit match(?:es)?)(?: ends?| t"
            r"ips?| butts?)? "
            r"(?:\w+ ){0,2}?(?:into|on|onto|against|to) (?:my|her|his|their) (?:\w+ )?(?:{body}|"
            r"feet|foot|toes?|palms?)"
        ),
        benign=r"dropped|ash fell|spark|by accident|accidentally|bbq|barbecue",
        reason="You wrote about burning your skin.",
        examples=("I keep pressing the cigarette end into my ankle, small circles.",),
        near_misses=("dropped the cigarette on my leg by accident, tiny mark",),
    ),
    # "Ended up cutting in the bath", "cut in the bathroom": cutting with a place or "ended up".
    Rule(
        id="self_harm.cut_where",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=combos("cutting|cut|burning|burnt|burned", "in|at"),
        pattern=(
            r"(?:ended up|wound up|found myself|i|she|he|they|was|been) (?:\w+ )?(?:cutting|cut|"
            r"burning|burned|burnt) (?:in|at) (?:the|my) (?:bath|bathtub|shower|bathroom|loo|"
            r"toilet|toilets|stairwell|bedroom|car)(?! (?:door|tiles|grout|floor|sealant|mat))"
        ),
        benign=r"hair|fringe|nails|toenails|vegetables|onion|cake|tiles|grout|sealant|coupons",
        reason="You wrote about cutting yourself.",
        examples=("Came home and the quiet hit me and I ended up cutting in the bath.",),
        near_misses=("ended up cutting my hair in the bathroom", "I cut the tiles in the bathroom"),
    ),
    # Hiding a relapse from a therapist or family: "she thinks I've stopped. I haven't."
    Rule(
        id="self_harm.secret",
        kind="self_harm",
        anchors=(
            *combos("i've|ive|i have|i'd|i had", "stopped|quit"),
            *combos("higher|further", "up"),
        ),
        pattern=(
            r"thinks? (?:that )?(?:i've|ive|i have|i'd|i had) (?:stopped|quit)(?=\W*(?:[.!?\n]|$)"
            r"|\W{1,3}(?:i haven't|i havent|but i haven't|i have not))"
            r"|(?:marks|cuts|scars|burns|they're|they are) (?:are |'re )?(?:just )?(?:higher|"
            r"further) up(?: now| these days)?(?=\W*(?:[.!?,\n]|$))"
        ),
        needs=(
            r"marks|cuts|cutting|scars|burns|blade|sh|self.?harm|therapist|higher up|"
            r"my (?:\w+ )?{body}|thighs|do it (?:on|where|somewhere)"
        ),
        benign=r"smok\w*|vap\w*|drink\w*|biting my nails|nail biting|gambling|weed|sugar",
        reason="You wrote about self-harm kept hidden.",
        examples=(
            "My therapist thinks I've stopped. I haven't. The marks are just higher up now.",
        ),
        near_misses=("Mum thinks I've stopped smoking. I haven't.",),
    ),
    # A streak reset: "relapsed again, streak back to 0", "clean streak reset".
    Rule(
        id="self_harm.streak",
        kind="self_harm",
        anchors=words("streak"),
        pattern=(
            r"streak (?:is )?(?:back to|reset to|reset|back at|at|now) (?:0|zero|day one|day 1|"
            r"nothing)|(?:reset|lost|broke|ended) (?:my |the )?(?:clean |sh |self harm )?streak"
        ),
        needs=r"relaps\w*|again|clean|sh|self.?harm|cut|blade|urge",
        benign=r"duolingo|snap\w*|gym|running|steps|wordle|game|smok\w*|vap\w*|drink\w*|sober",
        reason="You wrote about a self-harm streak reset.",
        examples=("relapsed on the thing again, streak back to 0",),
        near_misses=("duolingo streak back to 0 again, oops",),
    ),
    # Blades found among someone else's things: "found a bag of razor blades in the bin".
    Rule(
        id="concern.found_blades",
        kind="concern_for_other",
        negatable=False,
        anchors=words("razor|blades$|blade$|sharpener|bloody tissues|blood on"),
        pattern=(
            r"(?:found|find|finding|discovered|came across) (?:\w+ ){0,4}?(?:razor ?blades|"
            r"blades|a blade|razors|sharpener blades|bloody tissues|blood on (?:her|his|their) "
            r"(?:sheets|sleeves|towel))(?: (?:\w+ ){0,3}?(?:in|under|behind|inside) (?:her|his|"
            r"their|the) (?:bin|bed|drawer|room|pillow|mattress|pencil case|bag|sock|wardrobe|"
            r"bathroom|school bag|phone case))?"
        ),
        needs=(
            r"hasn't left|won't come out|not eating|withdrawn|quiet|worried|scared|her|his|their|"
            r"flatmate|son|daughter|sister|brother|friend|partner|kid|teen"
        ),
        benign=r"shav\w*|craft\w*|stanley|box cutter|utility|tool\w*|garage|spare|scraper|"
        r"new pack|lawnmower|blender|pencil sharpener for",
        reason="You wrote that someone you know may be hurting themselves.",
        examples=(
            "My flatmate hasn't left her room in four days and I found a bag of razor blades in "
            "the bin.",
            "found blades hidden in my son's pencil case",
        ),
        near_misses=("found a pack of spare razor blades for my shaver in the cupboard",),
    ),
)
