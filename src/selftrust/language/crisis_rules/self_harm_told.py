"""Self-harm told plainly, in acts the other rules do not name: slapping, biting or scratching
oneself, a cigarette pressed to the skin, food refused as punishment, wounds kept open, a blade
taken from a sharpener, and the next cuts thought about."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

# What makes hurting oneself deliberate when the act alone could be everyday.
_MEANT = (
    r"hard|until|till|bc|because|cos|coz|punish\w*|hate|hated|deserve\w*|messing up|messed up|"
    r"marks|bruis\w*|bleed\w*|bled|again|couldn't stand|couldnt stand|can't stand|cant stand|"
    r"on purpose|sleeves|nobody noticed|no one noticed|habit|stars"
)

RULES: tuple[Rule, ...] = (
    # Slapping, biting, pinching or scratching oneself to hurt: "slapped myself in the face
    # because I kept messing up". "I could slap myself" and a mosquito bite are everyday.
    Rule(
        id="self_harm.hit_self",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "slapped|slap|slapping|smacked|smacking|bit|bite|biting|pinched|pinching",
                "myself|my",
            ),
            *combos("slapped|slapping|smacked|smacking|bit|biting|pinched|pinching", "the"),
            *combos("scratching|scratched|clawing|clawed|digging|dug", "at|my|myself"),
        ),
        pattern=(
            r"(?:slapped|slapping|smacked|smacking|bit|biting|pinched|pinching) (?:myself|"
            r"(?:the inside of )?my (?:own )?(?:face|arms?|wrists?|thighs?|legs?|hands?|cheeks?|"
            r"skin|lip))"
            r"|(?:scratching|scratched|clawing|clawed|digging|dug) (?:at )?(?:my|myself) "
            r"(?:\w+ )?(?:wrists?|arms?|skin|thighs?|legs?)"
        ),
        needs=_MEANT,
        benign=r"mosquito|midges?|bugs?|itch\w*|rash|eczema|hives|could slap myself|forehead|"
        r"doh|d'oh|accident\w*|tongue|nails? (?:short|bitten)|cupboard door open|low beam",
        reason="You wrote about hurting yourself.",
        examples=(
            "slapped myself in the face in the shower bc i kept messing up the presentation",
            "Bit the inside of my arm hard enough to leave marks because I couldn't stand myself.",
            "I've started scratching at my wrists again when the house goes quiet.",
        ),
        near_misses=(
            "mosquitoes got me, scratching at my legs all night",
            "I could slap myself, I left the keys at home again",
        ),
    ),
    # A cigarette, lighter or match held to the skin.
    Rule(
        id="self_harm.cigarette",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=words("cigarette|cig$|fag$|lighter|match$|lit match"),
        pattern=(
            r"(?:pressed|pressing|put|putting|stubbed|stubbing|held|holding) (?:the end of |the "
            r"tip of )?(?:my |a |the )?(?:lit )?(?:cigarette|cig|fag|lighter|match) (?:out )?"
            r"(?:into|on|onto|against|to) (?:the back of |the inside of )?my (?:own )?(?:hands?|"
            r"arms?|wrists?|legs?|thighs?|skin|stomach)"
        ),
        benign=r"accident\w*|by mistake|dropped|ouch|oops",
        reason="You wrote about burning yourself.",
        examples=(
            "Pressed the end of my cigarette into the back of my hand while the kettle boiled.",
        ),
        near_misses=("dropped the lit match on my hand by accident, ouch",),
    ),
    # Food refused as a punishment: "I skip meals on purpose when I mess up, that's my
    # punishment". Skipping breakfast for a run is not.
    Rule(
        id="self_harm.food_refused",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            *combos("skip|skipped|skipping|stop|stopped|stopping", "meals|eating|food"),
            *combos("starve|starving|starved", "myself"),
            *combos("don't|dont|didn't|didnt|not", "eat|eating"),
            *words("let myself eat"),
        ),
        pattern=(
            r"(?:skip|skipped|skipping|stop|stopped|stopping) (?:eating|meals|food)"
            r"|(?:starve|starving|starved) myself"
            r"|(?:don't|dont|didn't|didnt|not) (?:eat|eating)|let myself eat"
        ),
        needs=r"punish\w*|deserve\w*|don't deserve|dont deserve|as a sort of|on purpose",
        benign=r"fasting|ramadan|lent|blood test|surgery|operation|diet|run|workout",
        reason="You wrote about refusing yourself food as a punishment.",
        examples=(
            "i skip meals on purpose when i mess up, thats my punishment and i deserve it",
            "I stop eating for days when I feel like this, as a sort of punishment.",
        ),
        near_misses=("I stopped eating meat in spring and I don't miss it",),
    ),
    # Wounds kept from healing, a blade taken out, the next cuts planned.
    Rule(
        id="self_harm.wounds_kept",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            *combos("burns|scabs|cuts|wounds|scars", "so|again|on"),
            *words("sharpener"),
            *combos("next", "ones|cuts|cut|burns"),
            *combos("the|a|my", "razor|blade|blades"),
        ),
        pattern=(
            r"(?:picking|pick|picked|scratching|opening|reopening|re opening) (?:at )?(?:the |my )?"
            r"(?:burns|scabs|cuts|wounds|scars)(?: \w+){0,6}? so (?:they|it) (?:don't|dont|won't|"
            r"wont|"
            r"can't|cant|never) heal"
            r"|(?:cracked|broke|breaking|took|taking|smashed) (?:open |apart )?(?:a |the |my )?"
            r"(?:new )?(?:pencil )?sharpener (?:\w+ )?(?:just )?for (?:the|its) blade"
            r"|(?:thinking about|planning|can't wait to do|cant wait to do|already planning) "
            r"(?:doing )?the next (?:ones|cuts|cut|burns)"
            r"|went over my (?:thighs?|arms?|wrists?|legs?|skin) with (?:the|a|my) (?:razor|blade)"
        ),
        needs=(
            r"cuts?|burns?|scabs|wounds|heal\w*|blade|razor|on purpose|habit|sharpener|thighs?|"
            r"arms?|wrists?"
        ),
        benign=r"crafts?|art class|pencils? (?:for|to)|shaving cream|leg hair",
        reason="You wrote about hurting yourself.",
        examples=(
            "keep picking at the burns so they dont heal",
            "cracked open a new pencil sharpener just for the blade",
            "The cuts from Thursday are healing and I'm thinking about doing the next ones.",
            "went over my thighs with the razor on purpose after shaving, its becoming a habit",
        ),
        near_misses=("thinking about the next ones to plant in the veg patch",),
    ),
)
