"""Signs of self-harm told as a story: fresh marks, hiding them, relapsing, banging one's head,
punishing oneself, pressing hot or sharp things to the skin, and pulling out hair."""

from selftrust.language.crisis_rules.shared import ACCIDENT, Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Fresh wounds, covering them, bleeding on purpose, deserving pain.
    Rule(
        id="self_harm.marks",
        kind="self_harm",
        anchors=(
            *words("cuts|wounds|gashes|bled|bleed|covered in|feel pain|physical pain|blood$"),
            *combos("fresh|new|deep|open|bleeding|infected", "cut|scars|burns|marks|scratches"),
            *combos("marks|burns|scratches|scars", "on|all|across|along|up|down"),
            *combos("into", "my"),
            *combos("feel", "the pain|pain"),
            *combos("hide|hiding|hid|cover|covering|covered", "my|the|up|all"),
            *combos("deserve|deserves|deserved", "to|pain|it|hurt|suffer|be|feel"),
            *words("burns$|scratches"),
            *combos("new|fresh", "cuts|burns|wounds|self|marks"),
        ),
        pattern=(
            r"(?:fresh|new|deep|open|bleeding|infected) (?:cuts|cut|scars|wounds|burns|marks|"
            r"scratches|gashes) (?:on|all over|across|along|up|down|covering) my (?:\w+ )?{body}"
            r"|the (?:cuts|wounds|burns|marks|scratches|gashes) (?:on|all over|across|along|up|"
            r"down) my (?:\w+ )?{body}"
            r"|(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:my|the) (?:new |fresh )?"
            r"(?:cuts|burns|wounds|self harm|marks)"
            r"|made (?:myself|my self) bleed"
            r"|(?:carved|carving|cut|scratched|burned|burnt) (?:\w+ ){0,3}into my {body}"
            r"|(?:until|till|til) (?:it|i|they|my \w+) (?:bled|bleed|bleeds|started bleeding|was "
            r"bleeding)|covered in (?:cuts|burns|scratches)"
            r"|my {body} (?:are|is|look|looks) (?:\w+ ){0,4}?(?:cuts|burns|scratches|wounds|gashes)"
            r"(?! from)"
            r"|(?:i|i'm|im) (?:deserve|deserves|deserved) (?:to )?(?:hurt|pain|to bleed|bleed|"
            r"suffer|to suffer|be hurt|to be hurt|be punished|to be punished|feel (?:it|that|the "
            r"pain|pain))"
            r"|(?:need|needed|want|wanted) to (?:feel (?:pain|the pain|physical pain)|see (?:blood|"
            r"myself bleed))"
        ),
        reason="You wrote about cuts or marks on your body.",
        examples=(
            "fresh cuts on my thighs again",
            "hiding my cuts under long sleeves",
            "scratched my legs till they bled",
            "i deserve to hurt after what i did",
            "my arms are a mess of cuts again",
        ),
        near_misses=("new scars on my knee from the bike crash", "the razor was new"),
        benign=ACCIDENT + r"|bike|crash|surgery|operation|c section|stitches|tattoo",
    ),
    # Clothes or plasters worn to hide marks: "long sleeves because of the new marks".
    Rule(
        id="self_harm.hiding",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=words(
            "sleeve|jumper|hoodie|jeans|trouser|legging|bracelet|wristband|plaster|band$|bandage|"
            "makeup|foundation|conceal|tights|bandaid|band aid|band aids"
        ),
        pattern=(
            r"(?:long sleeves|long sleeved|sleeves|jumpers?|hoodies?|jeans|trousers|"
            r"leggings|bracelets?|wristbands?|plasters|band ?aids|bandages|makeup|foundation|"
            r"concealer|tights) (?:\w+ ){0,5}?(?:to (?:hide|cover) (?:up )?(?:the|my|her|his|all "
            r"the) (?:new |fresh )?(?:marks|cuts|scars|burns|wounds|bruises|arms?|wrists?|legs?|"
            r"thighs?)|to (?:hide|cover) (?:it|them)(?=\W*(?:[.!?\n]|$))|so (?:no one|nobody|"
            r"no one|they|people|mum|mom|dad|my \w+|\w+) (?:can't |won't |doesn't |don't |"
            r"wouldn't |couldn't )?(?:sees?|notices?|asks?|finds? out|will see|can see)"
            r"(?=\W*(?:[.!?\n]|$)| (?:them|the marks|the cuts|my arms|my wrists|my legs|it))|"
            r"because of (?:the |my )?(?:new |fresh )?(?:marks|cuts|scars|burns|wounds|bruises))"
        ),
        benign=(
            r"cold|chilly|winter|freezing|sunburn|sun cream|tattoo|eczema|psoriasis|rash|bites?|"
            r"mosquito|acne|spots|birthmark|fashion|style|uniform|dress code|interview|wedding|"
            r"surgery|operation|stitches|grazes?|bike|fell"
        ),
        reason="You wrote about hiding marks on your body.",
        examples=(
            "It's July and I'm still in long sleeves because of the new marks",
            "wearing jeans so nobody sees",
            "my daughter wears bracelets to cover her wrists",
        ),
        near_misses=(
            "wore long sleeves to cover the sunburn",
            "makeup to cover my spots before the interview",
        ),
    ),
    # Relapsing, unless it is about drinking, smoking, an illness or a diet.
    Rule(
        id="self_harm.relapse",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            *words("relaps"),
            *combos("clean|free", "and|but|until|till|then|now"),
        ),
        pattern=(
            # A clean run that ended: "40 days clean and tonight I broke it".
            r"(?:(?:\d+|{num}|a few|a couple of|several) )?(?:days?|weeks?|months?|years?) "
            r"(?:clean|free|sh free|sh-free) (?:\w+ ){0,4}?(?:and|but|until|till|then|now) "
            r"(?:(?!(?:never|not|no|without|almost|nearly)\b)\w+ ){0,3}?(?:broke it|broke|"
            r"relapsed|lost it|ruined it|threw it away|messed it up|reset (?:it|the counter|my "
            r"counter|to zero)|slipped|back to (?:day )?(?:zero|one|0|1)|cut|did it)(?!\w)"
            r"|(?:relapsed|relapse|relapsing)(?! (?:on|into|with|in) (?:\w+ )?(?:drinking|alcohol|"
            r"booze|smoking|cigarettes|vaping|vape|sugar|junk|social media|caffeine|coffee|"
            r"gambling|weed|drugs|the diet|my diet|chocolate|binge\w*|porn|shopping|nicotine|"
            r"cocaine|coke|bad habits|old habits|procrastinat\w*))"
        ),
        benign=(
            r"cigarette|smok\w*|vap\w*|drink\w*|alcohol|beer|wine|vodka|sober|sobriety|aa|"
            r"gambl\w*|bet|weed|diet|sugar|chocolate|binge|caffeine|coffee|nicotine|drugs?|"
            r"using|high|hangover|flu|cold|illness|cancer|symptoms|ms|crohn\w*|remission|"
            r"injury|knee|back|covid|fever|migraine|eczema|nail|biting my nails"
        ),
        reason="You wrote about a relapse into self-harm.",
        examples=(
            "relapsed last night. 63 days gone.",
            "sh free for 3 days then relapsed",
            "my friend relapsed and won't tell me how bad",
            "it's been 40 days clean and tonight i broke it",
        ),
        near_misses=(
            "relapsed on smoking after the party",
            "her MS relapsed, she's in hospital for tests",
            "three weeks sugar free and then i broke it with cake",
        ),
    ),
    # Banging one's head or hitting walls, unless it is the frustration idiom.
    Rule(
        id="self_harm.head",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "head|fist|fists|hand|hands|knuckle|knuckles|face|finger|fingers|arm",
                "against|into|on|off|in",
            ),
            *combos(
                "punch|punched|punching|hit|hitting|bang|banged|banging",
                "the|a|wall|walls|brick|concrete|bedroom|bathroom",
            ),
            *combos("slam|slammed|slamming|shut|shutting|trap|trapped", "my"),
            *words("headbut|head butted|head-butted"),
        ),
        pattern=(
            r"(?:hit|hitting|hits|bang|banged|banging|bangs|slam|slammed|slamming|smash|smashed|"
            r"smashing|punch|punched|punching|bash|bashed|bashing) (?:my|his|her) (?:head|fists?|"
            r"hands?|knuckles?|face) (?:against|into|on|off) (?:the |a |my )?(?:\w+ )?(?:wall|"
            r"walls|floor|"
            r"door|desk|table|mirror|steering wheel|headboard|window|windows|dashboard)"
            r"|(?:punch|punched|punching|hit|hitting|bang|banged|banging) (?:the |a )?(?:\w+ )?"
            r"walls? (?:\w+ ){0,4}?(?:until|till|til|so hard|"
            r"over and "
            r"over|again and again|repeatedly)"
            r"|(?:headbutt|headbutted|headbutting|head butted) (?:the |a )?(?:wall|floor|"
            r"door|mirror|desk|table)"
            r"|(?:slam|slammed|slamming|shut|shutting|trap|trapped) my (?:hand|hands|fingers?|arm|"
            r"head) in (?:the |a )?(?:\w+ )?(?:door|drawer|window)"
        ),
        benign=(
            ACCIDENT + r"|like (?:banging|hitting)|could (?:bang|hit)|trying to|"
            r"talking to|explain\w*|arguing|figurative\w*|metaphor\w*|lol|haha|ugh"
        ),
        reason="You wrote about hurting yourself.",
        examples=(
            "I hit my head against the wall until it went quiet",
            "punched the wall until my knuckles bled",
            "Punched the brick wall on purpose until my knuckles split.",
            "I headbutted the wall until I saw stars.",
            "I want to slam my hand in the car door so it hurts more than my head does.",
        ),
        near_misses=(
            "banged my head on the cupboard door, ouch",
            "it's like banging my head against a brick wall with him",
            "trapped my fingers in the car door, ouch",
        ),
    ),
    # Punishing oneself, or a hurting tool held to the body: "the belt buckle on my thigh".
    Rule(
        id="self_harm.punish",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            *words("punish|punishment"),
            *combos(
                "belt|buckle|lighter|razor|blade|knife|scissors|compass|pin|needle|glass|cigarette|"
                "match|iron|spoon|straighteners|straightener|band|elastic|water",
                "on|into|across|against|over|to",
            ),
        ),
        pattern=(
            r"punish(?:ing|ed|es)? {me}(?! (?:by (?:overthinking|replaying|worrying|working|"
            r"not resting|criticis\w*|beating myself up|not sleeping|staying up)|mentally|"
            r"in my head|with (?:work|overwork|exercise|guilt|thoughts)))"
            r"|(?:didn't|did not|haven't|have not|won't|not|stopped|refus\w*) (?:to )?(?:eat|eaten|"
            r"eating|drink|drinking|sleep) (?:\w+ ){0,5}?(?:as (?:a )?punishment|"
            r"to punish (?:myself|"
            r"me))|(?:starv\w*|hit|hitting|cut|cutting|burn\w*|scratch\w*|hurt|hurting) (?:\w+ "
            r"){0,4}?(?:as (?:a )?punishment|to punish (?:myself|me))"
            r"|(?:belt|buckle|belt buckle|lighter|razor|blade|knife|scissors|compass|pin|"
            r"safety pin|"
            r"needle|glass|cigarette|match|hot (?:water|iron|spoon|knife)|rubber band|elastic|"
            r"hair straighteners?|straighteners|iron) (?:\w+ )?(?:on|into|across|against|over|to) "
            r"(?:my|her|his) (?:inner |upper )?{body}"
        ),
        benign=(
            ACCIDENT + r"|nurse|doctor|vaccin\w*|jab|blood test|injection|tattoo|piercing|"
            r"acupunct\w*|insulin|drip|cannula|stitches|surgery|hospital|physio|massage|splinter|"
            r"ironing|shirt|sew\w*|hair"
        ),
        reason="You wrote about hurting yourself.",
        examples=(
            "i punish myself when i mess up. tonight it was the belt buckle on my thigh",
            "used a safety pin on my arm again",
            "Didn't eat for three days as punishment for what I said to her.",
        ),
        near_misses=(
            "the nurse put the needle into my arm for the blood test",
            "i punish myself by overthinking everything",
        ),
    ),
    # A hot or sharp thing pressed to the body, or a hand held on the hob: deliberate by the
    # verb itself, so only medical care keeps it calm.
    Rule(
        id="self_harm.press",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "buckle|lighter|razor|blade|knife|scissors|compass|pin|needle|glass|cigarette|"
                "match|"
                "iron|spoon|straighteners|water",
                "on|into|across|against|over|to|along|in",
            ),
            *words("hob|stove|cooker|flame|candle|kettle|radiator|grill|hotplate|boiling|oven"),
            *words("hot water"),
            *words("iron$|fire$|dug into|tore at|ripped at|carved into|attacked|scraped"),
            *words("scraping|gouged|scissors|compass|razor|blade"),
            *combos("scratched|scratching", "my"),
        ),
        pattern=(
            r"(?:pressed|pressing|held|holding|put|putting|pushed|dug|digging|ran|running|dragged|"
            r"dragging|stubbed|stubbing) (?:the |a |my |his |her )?(?:hot |lit |sharp )?(?:belt "
            r"buckle|buckle|lighter|razor|blade|knife|scissors|compass|pin|safety pin|needle|glass|"
            r"cigarette|match|iron|spoon|straighteners|hair straighteners) (?:on|into|"
            r"across|against|over|to|along|in) (?:my|her|his) (?:inner |upper |bare )?{body}"
            r"|(?:put|held|pressed|stuck|kept|holding|putting|pressing) my (?:hand|arm|fingers?|"
            r"palm|"
            r"wrist|leg|foot) (?:on|in|under|against|over|onto) (?:the |a )?(?:hob|stove|cooker|"
            r"oven|iron|flame|fire|candle|boiling water|hot water|kettle|radiator|grill|hotplate)"
            r"|(?:went at|go at|going at|attacked|scraped|scraping|scratched|scratching|dug into|"
            r"tore at|ripped at|carved into|gouged) my (?:skin|{body}) with (?:a|the|my) (?:\w+ )?"
            r"(?:scissors|razor|blade|compass)"
        ),
        benign=(
            r"nurse|doctor|vaccin\w*|jab|blood test|injection|tattoo|piercing|acupunct\w*|"
            r"insulin|drip|cannula|stitches|surgery|hospital|physio|massage|splinter|accident\w*|"
            r"by mistake|clumsy|ouch|oops|didn't realis\w*|forgot|without thinking|warm|cold|"
            r"freezing|frozen|numb from the cold|ice|temperature|check\w*|test\w*"
        ),
        reason="You wrote about hurting yourself.",
        examples=(
            "Pressed the hot iron to my stomach.",
            "Put my hand on the hob on purpose. It's blistering now.",
            "went at my skin with the scissors until the calm came",
        ),
        near_misses=(
            "held my hand over the radiator to warm up",
            "put my hand on the hob by accident, ouch",
        ),
    ),
    # Pulling out one's hair until it shows or bleeds. "Pulling my hair out" alone is the
    # frustration idiom, so it needs the harm told with it.
    Rule(
        id="self_harm.pulling",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=combos("pull|pulling|pulled|pulls", "out|my|his|her|their"),
        pattern=(
            r"pull(?:ing|ed|s)? (?:out )?(?:my|his|her|their) (?:own )?(?:hair|hairs|eyelashes|"
            r"lashes|eyebrows)(?: out)? (?:\w+ ){0,4}?(?:till|until|and|so|to) (?:\w+ ){0,3}?"
            r"(?:bald|bleed|bled|bleeding|patches|gaps|raw|sore)"
        ),
        benign=r"lol|lmao|haha|code|homework|kids|toddler|traffic|spreadsheet|tax|printer",
        reason="You wrote about hurting yourself.",
        examples=(
            "I keep pulling my hair out till there are bald patches, I can't stop.",
            "pulling out my eyelashes until the skin is sore",
        ),
        near_misses=("this spreadsheet has me pulling my hair out lol",),
    ),
)
