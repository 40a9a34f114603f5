"""Self-harm told by its tools and habits: new blades kept close, "relapsed with the razor",
"used the compass on my thigh", a cut pressed open again, pain kept on purpose ("I don't deserve
relief"), "not to die, just to cut", wanting to slam a hand in a door, "sh'd again"."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

_PLACES = r"thighs?|arms?|wrists?|legs?|stomach|belly|hips?|forearms?|skin|ankles?|ribs"
_TOOLS = r"compass|blades?|razors?|lighter|knife|scissors|glass|sharpener"

RULES: tuple[Rule, ...] = (
    # Tools bought, used or relapsed with: "bought new blades. Haven't used them. They're in my
    # bag", "relapsed with the razor, not the drink", "used the compass on my thigh tonight".
    Rule(
        id="self_harm.tools",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            *combos("bought|got|buying", "new|more|fresh|some", "blades|razors|razor"),
            *combos("bought|got|buying", "blades|razors|razor"),
            *combos("relapsed|relapse", "with|on"),
            *combos(
                "on",
                "my",
                "thigh|thighs|arm|arms|wrist|wrists|leg|legs|stomach|belly|hip|"
                "hips|forearm|forearms|skin|ankle|ankles|ribs",
            ),
        ),
        pattern=(
            r"(?:bought|got|buying) (?:new |more |fresh |some )?(?:razor )?(?:blades|razors)"
            r"|relaps(?:ed|e) (?:with|on) (?:the|a|my) (?:razor|blade|blades|knife|lighter|"
            r"compass|scissors)"
            rf"|used (?:the|a|my) (?:\w+ ){{0,5}}?(?:{_TOOLS}) (?:\w+ ){{0,5}}?on my (?:{_PLACES})"
        ),
        needs=(
            r"haven't used|in my bag|hid|hidden|hide|hiding|sh\b|cut|clean|relaps\w*|tonight|"
            r"again|know exactly where|just in case|urges?|used"
        ),
        benign=(
            r"shav\w*|stanley|craft\w*|knife set|mower|saw|skates|blender|beard|legs smooth|"
            r"wax\w*|sewing|tattoo|acupunct\w*|insulin|injection|jab|vaccine|splinter"
        ),
        reason="You wrote about hurting yourself.",
        examples=(
            "Bought new blades today. Haven't used them. They're in my bag.",
            "Relapsed with the razor, not the drink. Don't know which is worse to admit.",
            "Used the compass from my old geometry set on my thigh tonight.",
        ),
        near_misses=(
            "Bought new razor blades for shaving, the old ones were blunt.",
            "Used the needle on my arm for my insulin, no problem.",
        ),
    ),
    # Pain kept or made on purpose: "I don't deserve relief so I've stopped taking my pain
    # meds", "pressing my thumbnail into the cut until it opens again", "not to die, just to
    # cut", "sh'd again".
    Rule(
        id="self_harm.pain_kept",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            *combos("deserve", "relief|pain|painkillers|to"),
            *combos("until|till|til|so", "it|they", "opens|open|bleeds|bleed|bled"),
            *combos("not|never", "to", "die|kill"),
            *words("sh'd|sh'ed"),
        ),
        pattern=(
            r"(?:don't|do not|dont|didn't) deserve (?:relief|pain relief|painkillers|to feel "
            r"better|to not hurt|to be out of pain)"
            r"|(?:pressing|pressed|digging|dug|picking|picked|opening|reopening|re-opening) "
            r"(?:\w+ ){0,4}?(?:the|my|a) (?:cut|cuts|scab|scabs|wound|scar|scars) (?:\w+ )?"
            r"(?:until|till|til|so) (?:it|they) (?:opens?|bleeds?|bled)"
            r"|not to (?:die|kill myself),? (?:just )?to (?:cut|hurt|burn|bleed)"
            r"|sh'(?:e)?d(?= again|\W*(?:[.!?,;\n]|$))"
        ),
        reason="You wrote about hurting yourself.",
        examples=(
            "I don't deserve relief so I've stopped taking my pain meds on purpose.",
            "Old habit's back: pressing my thumbnail into the cut until it opens again.",
            "Keep thinking about the kitchen knife. Not to die, just to cut.",
            "sh'd again. 3 weeks clean gone",
        ),
        near_misses=(
            "I don't deserve a medal, but I'll take the biscuit.",
            "Picked at the scab on my knee, it's healing.",
        ),
    ),
    # A streak lost, marks back, a hot thing pressed in, one's own face hit: "relapsed after 200
    # days clean from cutting", "my arms r a mess again", "pressed an incense stick into my
    # forearm", "hit my own face until my cheek swelled", "cutting deeper every week".
    Rule(
        id="self_harm.back_again",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            *combos("clean", "from"),
            *combos(
                "arms|arm|wrists|wrist|thighs|thigh|legs|leg",
                "r|are|is|look",
                "a|cut|torn|wrecked|covered",
            ),
            *combos(
                "incense|cigarette|lighter|match|hot", "stick|into|onto|on|against|spoon|knife"
            ),
            *combos("into|onto", "my"),
            *combos("own", "face|head|leg|legs|arm|arms|stomach|chest"),
            *combos("cutting|cut", "deeper"),
        ),
        pattern=(
            r"(?:days|weeks|months) clean from (?:cutting|self-harm|self harm|sh|burning|"
            r"hurting myself)"
            r"|my (?:arms?|wrists?|thighs?|legs?) (?:r|are|is|look) (?:a mess|cut up|torn up|"
            r"wrecked|covered) again"
            r"|press(?:ed|ing)? (?:a|an|the|my) (?:\w+ ){0,2}?(?:incense stick|cigarette|"
            r"lighter|match|hot spoon|hot knife) (?:into|onto|on|against) my"
            r"|(?:hit|punched|slapped|smacked|scratched) my own (?:face|head|legs?|arms?|stomach|"
            r"chest)"
            r"|(?:cutting|cut) deeper"
        ),
        needs=(
            r"relaps\w*|back to (?:zero|day zero|day one|0)|gone|reset|long sleeves|again|"
            r"slowly|times|until|till|swell\w*|at me|every|deeper|hide|hiding|myself"
        ),
        benign=r"onion|wood|paper|tree|budget|costs|deal|fringe|hair|veg",
        reason="You wrote about hurting yourself.",
        examples=(
            "Relapsed after 200 days clean from cutting. Back to day zero.",
            "my arms r a mess again lol. long sleeves at the LAN it is",
            "I sat on the floor and pressed an incense stick into my forearm, slowly, three times.",
            "Later in the toilets I hit my own face until my cheek swelled up.",
            "I've been cutting deeper every week.",
        ),
        near_misses=(
            "Six months clean from smoking, proud of me.",
            "Cut deeper into the budget this month, no takeaways.",
        ),
    ),
)
