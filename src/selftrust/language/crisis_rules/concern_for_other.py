"""Concern for someone else: someone being hurt or threatened by a third person, someone hurting
or killing themselves, marks found on someone, and fear that someone will do something."""

from selftrust.language.crisis_rules.shared import (
    ACCIDENT,
    COMMON_HITS,
    HIT_VERBS,
    OTHER_REASONS,
    RARE_HITS,
    Rule,
    combos,
    words,
)

_ATTACK = r"(?:kill|hurt|stab|shoot|strangle|choke|beat|murder|drown|beat up)"
_VICTIM = (
    r"(?:her|him|them|the kids|the baby|the children|my (?:mum|mom|mother|sister|brother|friend|"
    r"kids?|children|son|daughter|little \w+))"
)

RULES: tuple[Rule, ...] = (
    # Someone else being hurt by a third person: "he beats her", "her boyfriend hits her".
    Rule(
        id="concern.harmed",
        kind="concern_for_other",
        anchors=(
            *words(RARE_HITS + "|touches|touched|touching|grooming|grooms|groomed|flinch"),
            *combos(COMMON_HITS, "her|him|them|my"),
            *combos("bit|bites", "her|him|them|my"),
            *combos(
                "being|getting",
                "abused|beaten|hit|hurt|raped|choked|attacked|assaulted|molested|threatened|"
                "stalked|followed|harassed|controlled|groomed|trafficked|exploited",
            ),
        ),
        negatable=False,
        pattern=(
            r"{other}{filler} (?:touches|touched|touching|grooming|grooms|groomed|"
            + HIT_VERBS[3:]
            + r" (?:her|him|them|my (?:mom|mum|mother|sister|"
            r"brother|friend|kids?|children|son|daughter|little \w+))(?! (?:up|at|in (?:chess|"
            r"cards|a game|the race|the game|scrabble)|to it|back|with (?:the news|a question|"
            r"questions|a pillow)|playing|when (?:they|we) (?:play|played)|(?:on the )?(?:shoulder|"
            r"arm|hand|hair|back|cheek|knee))(?!\w))"
            r"|(?:he|she|they|{other}) (?:is|'s|are|'re|was|were|has been|have been|keeps|keep) "
            r"(?:being|getting) (?:abused|beaten|beaten up|hit|hurt|raped|choked|attacked|"
            r"assaulted|molested|threatened|stalked|followed|harassed|controlled|groomed|"
            r"trafficked|exploited)(?! (?:at|in|during) (?:the|a) (?:game|match))"
            r"(?! by (?:a|the) (?:ball|car|bus))"
            r"|{other}{filler} flinch(?:es|ed|ing)? (?:\w+ ){0,5}?(?:hand|arm|near|touch\w*|lifts|"
            r"raises|moves|shouts|voice|comes (?:near|close))"
        ),
        reason="You wrote that someone you know may be being hurt.",
        examples=(
            "my neighbour's husband beats her, i can hear it",
            "i think my sister's boyfriend is hurting her",
            "my friend is being abused by her dad",
            "Pretty sure my little brother is being hurt at his dad's place",
            "he flinches every time someone lifts a hand",
            "My little sister told me her teacher touches her.",
            "My friend is being stalked by her ex.",
        ),
        near_misses=(
            "my brother beat him at chess",
            "she hit him up for a loan",
            "he hit her with a pillow during the movie, they were laughing",
        ),
        benign=(
            r"pillow fight|laughing|joking|playing|game|match|tickl\w*|football|rugby|training|"
            r"sport|pe|playground"
        ),
    ),
    # Someone threatening to kill or hurt another person: "I heard him yell he'll kill them".
    Rule(
        id="concern.threat",
        kind="concern_for_other",
        anchors=combos(
            "kill|hurt|stab|shoot|strangle|choke|beat|murder|drown|beat up",
            "her|him|them|the kids|the baby|the children|my|the|up",
        ),
        negatable=False,
        pattern=(
            r"(?:said|says|yell\w*|scream\w*|shout\w*|threaten\w*|swore|swears|told (?:her|him|"
            r"them)|texted (?:her|him|them)) (?:that )?(?:(?:he|she|they)(?:'ll|'d| will| would|"
            r"'s going to| is going to| was going to|'s gonna| is gonna| was gonna)? |(?:hes|shes|"
            r"theyre) (?:gonna|going to) )?(?:to )?" + _ATTACK + " " + _VICTIM
        ),
        unless=(
            r"kill (?:her|him|them) (?:if|when|for) (?:he|she|they|it)? ?(?:'s|is|are)? ?(?:late|"
            r"forget\w*|eat\w*|break\w*|lose|lost|miss\w*|finds? out|sees?|borrow\w*|spoil\w*)"
        ),
        reason="You wrote that someone you know may be in danger from someone else.",
        examples=(
            "the kids next door were screaming again and I heard him yell he'll kill them",
            "her boyfriend threatened to hurt her",
        ),
        near_misses=(
            "my sister said she'll kill him if he's late again",
            "i told him to beat the traffic",
        ),
    ),
    # Someone else hurting or killing themselves: "himself", "herself", "themselves".
    Rule(
        id="concern.reflexive",
        kind="concern_for_other",
        anchors=words("himself|herself|themselves|themself|theirself|hisself|him self|her self"),
        pattern=(
            r"(?:kill|killing|killed|kills|hurt|hurting|hurts|harm|harming|harms|harmed|cut|"
            r"cutting|cuts|burn|burning|burned|burns|hang|hanging|hanged|hung|shoot|shooting|"
            r"shot|starve|starving|drown|drowning|poison|poisoning|overdose|overdosing|end|ending|"
            r"off|offing|unalive|unaliving|do something to) {them}(?! (?:out|off|short|some slack|"
            r"a break|a slice|up|free|loose|down|to sleep|into|in the long run|laughing|at work|"
            r"with work|working))"
        ),
        unless=(
            r"(?:dog|cat|puppy|kitten|horse|bird|hamster|rabbit|pet|parrot) (?:has |had |just |"
            r"really |kind of )?(?:hurt|cut|burned|burnt|scratched|harmed|hurting|cutting)"
        ),
        reason=OTHER_REASONS["concern_for_other"],
        examples=(
            "i think my friend might hurt herself",
            "he threatens to kill himself if i leave",
            "my roommate has been cutting herself",
            "she said she might do something to herself",
        ),
        near_misses=(
            "he hurt himself playing football",
            "she's burning herself out at work",
            "he killed himself laughing at my joke",
        ),
        benign=ACCIDENT,
        topic=True,
    ),
    # Someone else ending their life, or wishing they were dead or never born.
    Rule(
        id="concern.their_life",
        kind="concern_for_other",
        anchors=(
            *combos("his|her|their", "life|own"),
            *combos("wish|wishes|wished", "he|she|they|that|he'd|she'd|they'd|he's|she's"),
        ),
        pattern=(
            r"(?:end|ending|ended|take|taking|took) (?:his|her|their) (?:own )?life(?! back)"
            r"|wish(?:es|ed)? (?:that )?(?:he|she|they) (?:was|were|'d|could|had) (?:be |been )?"
            r"(?:dead|never born|never been born|just die|not here|gone)"
        ),
        reason=OTHER_REASONS["concern_for_other"],
        examples=(
            "My student wrote in his essay that he plans to end his life after exams.",
            "My 16-year-old said she wishes she'd never been born and locked her bedroom door.",
        ),
        near_misses=("she's taking her life back after the divorce", "he wishes he was taller"),
        topic=True,
    ),
    # Someone cutting or burning a part of their own body: "she cuts her legs".
    Rule(
        id="concern.body",
        kind="concern_for_other",
        anchors=combos(
            "cuts|cut|cutting|burns|burned|burnt|burning|scratches|scratched|scratching|carves|"
            "carved|carving|slashes|slashed|punches|punched|hits|bites|stabs|stabbed",
            "her|his|their",
        ),
        pattern=(
            r"{other}{filler} (?:cuts|cut|cutting|burns|burned|burnt|burning|"
            r"scratches|scratched|scratching|carves|carved|carving|slashes|slashed|punches|punched|"
            r"hits|bites|stabs|stabbed) (?:her|his|their) (?:own )?(?:arms?|wrists?|legs?|thighs?|"
            r"stomach|belly|skin|hips?|chest|forearms?|ankles?)"
        ),
        benign=ACCIDENT,
        reason=OTHER_REASONS["concern_for_other"],
        examples=(
            "My neighbour's daughter told me she cuts her legs.",
            "my son has been burning his arms with a lighter",
        ),
        near_misses=(
            "she cut her leg shaving",
            "he burned his arm on the oven door",
        ),
    ),
    # Marks or blades found on or near someone else: "found cuts on my son's arm".
    Rule(
        id="concern.marks",
        kind="concern_for_other",
        anchors=(
            *combos(
                "cuts|scars|burns|marks|scratches|wounds|blades|blade|razor|bloody|tissues",
                "on|all|across|along|up|in|under",
            ),
            *words("flinch|black eye|black eyes|split lip"),
            *combos(
                "pull|pulls|pulled|cover|covers|covering|hide|hides|hiding|hid",
                "away|up|her|his|their",
            ),
            *combos("refuses", "to"),
            *combos("won't|wouldn't|can't|couldn't|doesn't|didn't|refuses", "explain|talk|say"),
            *combos(
                "knives|blades|razors|razor|pills|tablets|rope|lighters|lighter|noose",
                "in|under|inside",
            ),
            *combos("new|fresh|more|another", "bruises|injuries|burns|cuts|marks"),
        ),
        pattern=(
            r"(?:cuts|scars|burns|marks|scratches|wounds|razor blades?|blades?|bloody tissues) "
            r"(?:on|all over|across|along|up|in|under) (?:her|his|their|my (?:\w+ )?\w+'s|\w+'s|"
            r"my (?:little|big|older|younger|baby|best|step) \w+s) (?:\w+ )?"
            r"(?:{body}|room|bag|bedroom|drawer|bin|pillow|mattress)"
            r"|(?:flinch\w*|pulls? away|pulled away|covers? up|covering|hides?|hiding|hid) "
            r"(?:\w+ ){0,4}?(?:her|his|their) (?:wrists?|arms?|thighs?)"
            r"|(?:hiding|hid|hides|found|finding|keeps) (?:\w+ ){0,2}?(?:knives|blades|razors?|"
            r"razor "
            r"blades|pills|tablets|a rope|rope|lighters?|a noose) (?:in|under|inside) (?:his|her|"
            r"their) "
            r"(?:room|bed|bedroom|drawer|bag|pillow|mattress|wardrobe|school bag|pencil case)"
            r"|(?:bruises|stitches|injuries|marks|cuts|burns|a black eye|black eyes|a broken \w+|"
            r"a split lip) (?:that )?(?:she|he|they) (?:won't|wouldn't|can't|couldn't|doesn't|"
            r"didn't|refuses to) (?:explain|talk about|say how)"
            r"|(?:he|she|they|{other}) (?:has|have|had|'s got|keeps getting|turns up with|"
            r"comes (?:in|to school|to work) with|shows up with|came (?:in|to school|to work) with|"
            r"turned up with|showed up with) (?:new |fresh |more |another |a )?"
            r"(?:bruises|black eyes?|a black eye|injuries|burns|cuts|marks)"
            r"(?= (?:\w+ ){0,3}?(?:every|again|all the time|each week|she won't|he won't|no one|"
            r"and i hear|nobody))"
        ),
        benign=(
            ACCIDENT + r"|cat|dog|kitten|puppy|bike|fell|football|rugby|surgery|operation|"
            r"tattoo|eczema|cold|chickenpox|jab|vaccin\w*"
        ),
        reason=OTHER_REASONS["concern_for_other"],
        examples=(
            "found cuts on my son's arm when he was asleep",
            "i saw fresh scars on her wrists",
            "she flinches when anyone goes near her wrists",
            "Neighbour's kid has new bruises every week and I hear screaming",
            "last month she had stitches she won't explain",
            "My son has been hiding knives in his room.",
        ),
        near_misses=(
            "the cat left scratches on his arm again",
            "there are burn marks on her table from the candles",
        ),
    ),
    # Someone saying others would be better off without them.
    Rule(
        id="concern.better_off",
        kind="concern_for_other",
        anchors=(
            *combos("without", "him|her|them"),
            *words("burden|care about"),
            *combos("miss|notice", "her|him|them"),
        ),
        pattern=(
            r"(?:better off|better|happier|easier|fine|lighter) (?:\w+ ){0,2}?without (?:him|her|"
            r"them)(?= (?:\w+ ){0,3}?(?:since|now|anyway|and|because)|\W*(?:[.!?\n]|$))"
            r"|(?:he's|she's|they're|he is|she is|they are) (?:just )?(?:a|such a) burden"
            r"|(?:no one|nobody|noone) (?:would|will|'d) (?:even |really )?(?:miss|notice|care "
            r"about) (?:her|him|them)(?! (?:at|in|on|during|for) )"
        ),
        needs=(
            r"(?:he|she|they) (?:keeps? saying|says|said|thinks|believes|feels|told (?:me|us)|"
            r"keeps? telling (?:me|us)|texted|wrote)|keeps saying|(?:says|said) (?:he's|she's)|"
            r"(?:been |keeps? |kept )?(?:talking|going on) about how|(?:has|have|'s|'ve) been "
            r"saying"
        ),
        benign=r"we broke up|broke up|dumped|divorc\w*|left (?:him|her)|split|toxic|cheat\w*",
        reason=OTHER_REASONS["concern_for_other"],
        examples=(
            "Dad keeps saying we'd be better off without him since the redundancy.",
            "my nan says she's such a burden and we'd be fine without her",
            "My best friend keeps saying nobody would miss her.",
            "Dad's been talking about how we'd be fine without him.",
        ),
        near_misses=(
            "honestly we're better off without him since the divorce",
            "she said the team is better without him, he was always late",
        ),
    ),
    # Fear that someone will do something to themselves: "worried she'll do something stupid".
    Rule(
        id="concern.worried",
        kind="concern_for_other",
        anchors=combos("do", "something"),
        pattern=(
            r"(?:worried|worry|scared|afraid|terrified|fear|frightened) (?:that )?(?:he|she|they|"
            r"my \w+)(?:'ll|'d| will| might| may| could| is going to| would)? (?:\w+ )?do "
            r"something (?:stupid|silly|drastic|permanent|to (?:herself|himself|themselves)|"
            r"(?:she|he|they) can't take back)"
        ),
        reason=OTHER_REASONS["concern_for_other"],
        examples=(
            "i'm worried she'll do something stupid",
            "scared my brother might do something drastic",
        ),
        near_misses=("worried she'll do something silly with her hair", "i'm worried about work"),
        benign=r"hair|tattoo|haircut|money|spending|party|car|job|exam",
    ),
)
