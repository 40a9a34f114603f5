"""Self-harm acts and urges: hurting oneself, a body part hurt on purpose, the words for it,
"SH", cutting, urges, a bare "cut again", and keeping or holding a blade."""

from selftrust.language.crisis_rules.shared import (
    ACCIDENT,
    ME,
    SELF_HARM_VERBS,
    SELF_HARM_WORDS,
    Rule,
    combos,
    words,
)

RULES: tuple[Rule, ...] = (
    # Hurting oneself on purpose. Accidents ("cut myself shaving") and idioms ("burning myself
    # out", "cut myself some slack") stay out.
    Rule(
        id="self_harm.act",
        kind="self_harm",
        anchors=(
            *words("mutilat|starv|carving|carved"),
            *combos(
                "cut|cutting|cuts|burn|burning|burned|burnt|burns|hurt|hurting|hurts|harm|harming|"
                "harmed|scratch|scratching|scratched|hit|hitting|punch|punching|punched|bruise|"
                "bruising|stab|stabbing|stabbed|bite|biting|slice|slicing|sliced|slash|slashing|"
                "slashed|carve",
                ME,
            ),
            *(w + "myself" for w in SELF_HARM_WORDS.split("|")),
        ),
        pattern=(
            SELF_HARM_VERBS
            + r"(?: {me}|myself)(?! (?:out|off|short|some slack|slack|a break|up|free|loose|"
            r"down|to sleep|a slice|a piece|into|in the long run|more than|by (?:not|staying|"
            r"waiting|holding|keeping|avoiding|procrastinating|overthinking|worrying|comparing|"
            r"being|letting|pushing|skipping|ignoring|thinking|trying|working|staying))(?!\w))"
        ),
        reason="You wrote about hurting yourself on purpose.",
        examples=(
            "last night i cut myself",
            "i keep burning myself with a lighter",
            "i want to hurt myself so bad",
            "been biting myself till it bruises",
        ),
        near_misses=(
            "i cut myself shaving",
            "i'm burning myself out at work",
            "i'm not going to hurt myself",
            "cut myself some slack today",
        ),
        benign=ACCIDENT,
    ),
    # A body part hurt on purpose, without "myself": "burned my arm with the lighter". Hands and
    # fingers are left to accidents, and so is "hurt my leg".
    Rule(
        id="self_harm.body",
        kind="self_harm",
        anchors=(
            *combos(
                "cut|cutting|burned|burnt|burning|scratched|scratching|carved|carving|sliced|"
                "slashed|slashing|scalded|stabbed|punched|punching|bit|bitten|biting|scratch|burn|"
                "carve|bite|punch|stab|slice|slash|scald",
                "my|into",
            ),
            *combos(
                "cut|cutting|burned|burnt|burning|scratched|scratching|carved|carving|sliced|"
                "slashed|slashing|scalded|burn|carve|slice|slash|scald|scratch",
                "the|back|backs|palm|palms|top|tops|inside|insides",
            ),
        ),
        pattern=(
            r"(?:cut|cutting|burned|burnt|burning|scratched|scratching|carved|carving|sliced|"
            r"slashed|slashing|scalded|stabbed|punched|punching|bit|bitten|biting|scratch|burn|"
            r"carve|"
            r"bite|punch|stab|slice|slash|scald) (?:into )?my "
            r"(?:own )?(?:left |"
            r"right |upper |inner |lower )?(?:arms?|wrists?|legs?|thighs?|stomach|belly|skin|hips?|"
            r"chest|forearms?|ankles?|calf|calves|side|face)(?! hair)"
            # Hands, feet and fingers with a tool kept for it: "burning the backs of my hands
            # with a lighter". A knife alone stays with cooking.
            r"|(?:cut|cutting|burned|burnt|burning|scratched|scratching|carved|carving|sliced|"
            r"slashed|slashing|scalded|burn|carve|slice|slash|scald|scratch) (?:(?:the )?(?:backs?|"
            r"palms?|tops?|insides?) of )?my (?:own )?(?:hands?|fingers?|knuckles|feet|"
            r"foot|toes|shoulders?|neck|palms?|wrists?|arms?|legs?)(?: \w+)? (?:with|using) (?:a |"
            r"the |my |some )?(?:lighter|matches|match|cigarettes?|cigs?|blades?|razors?|compass|"
            r"sharpener|lit \w+|hot (?:spoon|coin|metal|knife)|scissors|safety pin|pin)"
        ),
        reason="You wrote about hurting yourself on purpose.",
        examples=(
            "Burned my arm with the lighter again so I could feel something",
            "cut my thigh last night",
            "Bit my forearm hard enough to leave teeth marks, again, because I deserved it.",
            "I scratch my arms raw every night.",
            "I keep burning the backs of my hands with a lighter.",
        ),
        near_misses=(
            "burned my arm on the oven tray",
            "sliced my thumb chopping onions",
            "scratched my leg on the brambles",
            "burned my fingers with a match lighting the candles",
        ),
        benign=ACCIDENT,
    ),
    # The words for self-harm and injury, including "selfharm" and "self-harm".
    Rule(
        id="self_harm.word",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=words("harm|selfharm|injur|selfinjur|mutil|selfmutil|inflict|selfinflict|nssi"),
        pattern=(
            r"self ?(?:harm|harming|harmed|harms|injury|injure|injuring|mutilation|mutilate|"
            r"mutilating|inflicted)|nssi"
        ),
        reason="You wrote about self-harm.",
        examples=("relapsed on self harm", "the selfharm urges are bad", "my sister self-harms"),
        near_misses=(
            "read an article about self-harm in teens",
            "we had self harm training at work",
            "my essay on self-harm stigma in schools got a B+",
        ),
        unless=(
            r"self ?harm (?:awareness|prevention|training|policy|module|workshop|course|"
            r"research|stigma|fundraiser|charity|support group|services)"
        ),
        topic=True,
    ),
    # "SH", the short form used in recovery spaces, only where it cannot mean anything else.
    Rule(
        id="self_harm.sh",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=words("sh$|s/h$"),
        pattern=(
            r"(?:relapsed|relapse|relapsing) (?:on |with |into |back into )?(?:sh|s/h)"
            r"|(?:sh|s/h) (?:urges?|relapse|again|scars?|wounds?|cuts?|marks?|free|clean|tonight|"
            r"today|last night|yesterday)"
            r"|(?:urges? to|want to|wanna|wanted to|tempted to|did|do|doing|done|craving|crave|"
            r"need to|needed to|going to|gonna|almost|nearly|my) (?:sh|s/h)(?!\w)(?! (?:up|it|"
            r"this))"
            r"|(?:clean|free) (?:from|of) (?:sh|s/h)"
        ),
        reason="You wrote about self-harm.",
        examples=("relapsed on sh last night", "sh urges are so loud today", "i did sh again"),
        near_misses=("sh, don't wake the baby", "she said sh up lol"),
    ),
    # Cutting and burning without "myself", for example "started cutting" or "cutting again".
    # A long list keeps onions, hair, carbs and costs out.
    Rule(
        id="self_harm.cutting",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=words("cutting|burning|harming|selfharm|self harm|hurting myself"),
        pattern=(
            r"(?:started|start|starting|began|been|keep|kept|back to|went back to|going back to|"
            r"go back to|urge to|urges to|want to|wanna|wanted to|thinking about|relapsed|"
            r"relapsing|tempted to|craving|stopped|stop|quit|quitting|addicted to|found out about "
            r"my|caught me|still|i'm|im|is|was|she's|shes|he's|hes|they're) (?:cutting|burning|"
            r"harming)(?=\W*(?:[.!?\n]|$)| (?:again|when|since|"
            r"after|because|cause|bc|at|in secret|in the bathroom|and|but|so|last|this|every|"
            r"whenever|until|till|to cope|to feel|to get|or|though|more|lately|recently|daily|"
            r"a lot|sometimes|for years|for months|for weeks|for a while|my (?:arms?|wrists?|"
            r"legs?|thighs?|skin|stomach|hips?|body)))"
            # Harm as the one way to cope: "cutting is the only thing that helps".
            r"|(?:cutting|burning|hurting myself|self ?harm(?:ing)?) (?:is|was|has been|"
            r"feels like) (?:the only thing|all|what) (?:that )?(?:helps|works|keeps me (?:going|"
            r"sane|alive)|calms me|makes (?:it|me) (?:feel|better|stop)|gets me through)"
        ),
        # A body that burns or a scar that pulls: "C-section scar is burning and pulling".
        benign=r"scar|c-section|c section|incision|stitches|wound|chest|throat|eyes|rash|"
        r"heartburn|fever|sunburn|feet|ears|muscles|uti|when i pee|when i wee|nerve|sciatica",
        reason="You wrote about cutting or burning yourself.",
        examples=(
            "my sister is cutting again",
            "i started cutting when things got bad",
            "been cutting since friday",
            "I keep cutting to get through the nights",
            "cutting is the only thing that helps",
        ),
        near_misses=(
            "i'm cutting onions and crying lol",
            "started cutting my hair myself",
            "i'm cutting back on sugar",
        ),
    ),
    # Urges to self-harm.
    Rule(
        id="self_harm.urge",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            *words("urge|urges|craving|cravings|tempted|temptation|itching|itch$"),
            *combos(
                "want|wanting|wanna|need|needing|needed|gotta|have|got|had|itch",
                "to cut|to burn|to hurt|to harm|to bleed|to scratch|cut|burn|hurt|harm|bleed|"
                "scratch",
            ),
        ),
        pattern=(
            r"(?:(?:urge|urges|craving|cravings|tempted|temptation|itching|itch) (?:to |for )?|"
            # "have" and "got" only with "to": "got cut on broken glass" is an injury.
            r"(?:want|wanting|wanna|need|needing|needed|gotta) (?:to )?|(?:have|got|had) to )"
            r"(?:cut|burn|"
            r"hurt|harm|bleed|"
            r"scratch)(?!\w)(?! (?:my hair|your hair|"
            r"the|a|an|down|back|out|off|it|them|ties|carbs|sugar|class|loose|in|up|through|"
            r"corners|costs|him|her|people|some|across|open|fabric|paper|wood|onions|someone|"
            r"anyone|calories|fat|candles|sage|bridges|cds|my (?:bangs|fringe|nails|losses|hours|"
            r"spending|expenses|screen|caffeine|coffee|hair|feelings))(?!\w))"
        ),
        reason="You wrote about urges to hurt yourself.",
        examples=(
            "the urge to cut is so strong tonight",
            "i want to bleed",
            "i really wanna cut",
            "Need to cut. Need to. Sitting on the bathroom floor.",
        ),
        near_misses=(
            "i want to cut my hair short",
            "urge to cut carbs again lol",
            "need to cut down on coffee",
            "my hand got cut on broken glass in the sink",
        ),
    ),
    # A bare verb with a time or "again": "cut again after the call", "we both cut last night".
    # Power cuts, haircuts and burnt toast are told apart by the word before.
    Rule(
        id="self_harm.again",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=combos(
            "cut|burned|burnt|scratched|carved|harmed",
            "again|deeper|worse|twice|last|tonight|this|yesterday|in|after|before|til|till|until|"
            "for|too|so|really",
        ),
        pattern=(
            r"(?<!power\x20)(?<!signal\x20)(?<!phone\x20)(?<!wifi\x20)(?<!call\x20)(?<!line\x20)"
            r"(?<!audio\x20)(?<!video\x20)(?<!film\x20)(?<!hair\x20)(?<!price\x20)(?<!pay\x20)"
            r"(?<!got\x20)(?<!get\x20)(?<!been\x20)(?<!was\x20)(?<!were\x20)(?<!be\x20)(?<!the\x20)"
            r"(?<!a\x20)(?<!toast\x20)(?<!dinner\x20)(?<!food\x20)(?<!rice\x20)(?<!cake\x20)"
            r"(?<!candle\x20)(?<!bread\x20)(?<!pizza\x20)(?<!pan\x20)(?<!skin\x20)(?<!fire\x20)"
            r"(?:cut|burned|burnt|scratched|carved|harmed) (?:again|deeper|worse|twice|last night|"
            r"too deep|so deep|really deep|"
            r"tonight|this morning|this evening|yesterday|in the bathroom|after (?:the|he|she|they|"
            r"my|work|school|dinner|that|our|we)|before (?:bed|school|work)|til|till|until|"
            r"for the first time)"
        ),
        benign=ACCIDENT + r"|sunburn|sun|toast|budget|funding|hours|shifts|ties|class|team",
        reason="You wrote about hurting yourself.",
        examples=(
            "cut again after the call with dad, deeper than usual",
            "my girlfriend and I both cut last night",
            "I had to get stitches because I cut too deep.",
        ),
        near_misses=(
            "the power cut again during dinner",
            "got my hair cut again yesterday",
            "the toast burned again this morning",
        ),
    ),
    # Keeping, holding or taking out a blade, or taking apart a razor or sharpener.
    Rule(
        id="self_harm.blade",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=words("razor|blade|sharpen"),
        pattern=(
            r"(?:keep|kept|keeps|have|hid|hide|hiding|stash\w*) (?:a |the |my |some )?(?:razor|"
            r"razors|razor blades?|blades?) (?:\w+ ){0,2}?(?:in|under|inside|behind) (?:my|the) "
            r"(?:drawer|room|bag|bed|mattress|pencil case|pillow|wallet|phone case|bathroom|desk|"
            r"sock|box)"
            r"|(?:razor|razors|blade|blades) (?:is |are |'s )?(?:hidden |hid )?(?:in|under|"
            r"inside) my (?:drawer|room|bag|bed|mattress|pencil case|pillow|wallet|phone case)"
            r"|(?:sat|sitting|sit|held|holding|hold|stared at|staring at|looking at|looked at|"
            r"looking for|got out|took out|taking out) (?:\w+ ){0,5}?(?:the|a|my) (?:blade|"
            r"razor blade|razor|blades)(?! (?:block|sharpener|set))"
            r"|(?:took|take|taking|broke|break|breaking|pulled|pull) (?:apart |open )?(?:a |the |"
            r"my )?(?:razor|sharpener|pencil sharpener)(?: apart| open)?(?! (?:to shave|blade to "
            r"shave))"
            r"|(?:took|take|taking|pulled|got) (?:the |a )?blades? out of (?:my |a |the )?(?:razor|"
            r"sharpener|pencil sharpener)"
            r"|(?:to feel|missing|miss|crave|craving|craving for) (?:the|a|my) (?:blade|razor)s?"
            r"(?! (?:block|sharpener|set|burn))"
        ),
        benign=ACCIDENT + r"|shav\w*|legs|beard|new razor|bought|replace\w*|lawn ?mower|skates?",
        reason="You wrote about a blade you might use to hurt yourself.",
        examples=(
            "the blade is in my drawer and i keep looking at it",
            "sat on the bathroom floor with the blade for a long time",
            "took apart a pencil sharpener",
            "i want to feel the blade again",
        ),
        near_misses=("bought a new razor and shaving foam", "the razor was new"),
    ),
)
