"""Someone else at risk, told by its signs: a goodbye posted and no answer since, a gun handed
over "for a bit", "going to keep using until it kills her", insulin stopped by someone ready
to go, bruises nobody explains, "she keeps saying she fell", a partner who won't let her leave,
a child who flinches, searches for how to hurt yourself."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

RULES: tuple[Rule, ...] = (
    # A goodbye posted or texted, then silence: "posted 'see you on the other side' and deleted
    # it. I've called him three times", "his last text said 'thanks for everything'".
    Rule(
        id="concern.goodbye_then_silence",
        kind="concern_for_other",
        anchors=(
            *combos("last", "sunset"),
            *combos("on", "the", "other", "side"),
            *combos("thanks|thank", "for|you", "everything|for"),
            *combos("goodbye", "everyone|all|world"),
            *combos("sorry", "for", "everything|the"),
            *combos("it's|its", "been", "real"),
            *combos("nobody", "will", "miss"),
            *combos("no", "one", "will"),
            *combos("tell", "my"),
            *combos("won't|wont", "be", "on"),
            *words("pasensya"),
        ),
        pattern=(
            r"(?:last sunset|see you on the other side(?! of)|thanks for everything|thank you for "
            r"everything|goodbye (?:everyone|all|world)|sorry for everything|sorry for the mess "
            r"i'll leave|it's been real|its been real|nobody will miss me|no one will miss me|"
            r"tell my (?:girls|boys|kids|wife|mum|mom|family|daughters?|sons?|husband) i love "
            r"(?:them|her|him)|won't be on tomorrow|wont be on tomorrow|pasensya na sa lahat)"
        ),
        needs=(
            r"(?:can't|cant|cannot|couldn't) (?:get hold of|reach|get through to)|(?:not|isn't|"
            r"hasn't|haven't|won't|wasn't) (?:been )?(?:answering|answered|picking up|replied|"
            r"heard)|no (?:reply|answer)|deleted it|(?:called|rang|texted|phoned) (?:him|her|them) "
            r"\w+ times|phone(?:'s| is) off|offline|went quiet|hasn't eaten|note on the fridge|"
            r"left a note|can't sleep"
        ),
        reason=(
            "You wrote that someone you know may be thinking of ending their life or hurting "
            "themselves."
        ),
        examples=(
            "Liam posted 'see you on the other side' and deleted it. I've called him three times.",
            "My sponsee hasn't answered in three days and his last text just said 'thanks for "
            "everything, really'.",
            'Best mate posted a photo of the bridge with "last sunset" on it. Can\'t get hold '
            "of him.",
        ),
        near_misses=(
            "Thanks for everything, said the card from my team. Lovely.",
            "See you on the other side of exams! Not answering messages till June.",
        ),
    ),
    # Means handed over or kept going until it kills: "asked me to hang on to his rifle 'for a
    # bit'", "says she's going to keep using until it kills her", "she's ready to go and she's
    # stopped taking her insulin".
    Rule(
        id="concern.means_and_intent",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("until|till|til", "it", "kills"),
            *combos("stopped", "taking"),
        ),
        pattern=(
            r"(?:keep|keeps|keeping) (?:using|drinking|taking \w+|smoking|going) (?:\w+ )?"
            r"(?:until|till|til) it kills (?:him|her|them|me)"
            r"|stopped taking (?:his|her|their|my) (?:insulin|heart (?:meds|tablets|pills)|meds|"
            r"medication|tablets|pills|dialysis|chemo)"
        ),
        needs=(
            r"ready to go|wants? to die|want it over|done with|give up|gave up|on purpose|"
            r"doesn't want|don't want|no point|tired of|hasn't been right|means it|for a bit|"
            r"sold|gave away|giving away|kills"
        ),
        benign=r"doctor said|side effects|switched|new prescription|gp said|reduced|weaning",
        reason="You wrote about ending your life.",
        examples=(
            "My friend says she's going to keep using until it kills her. She means it.",
            "Mum keeps saying she's ready to go and she's stopped taking her insulin.",
        ),
        near_misses=(
            "Dad stopped taking his tablets because the GP said he doesn't need them now.",
            "Asked me to look after her pills while she's on holiday, easy.",
        ),
    ),
    # A gun or pills handed over "for a bit", by someone who hasn't been right.
    Rule(
        id="concern.means_handed",
        kind="concern_for_other",
        anchors=(*combos("his|her|their", "rifle|gun|guns|shotgun|pistol|knives|pills|tablets"),),
        pattern=(
            r"asked me to (?:hang on to|hold on to|keep|mind|look after|take|hide) (?:his|her|"
            r"their) (?:rifle|gun|guns|shotgun|pistol|knives|pills|tablets)"
        ),
        needs=(
            r"for a bit|for a while|hasn't been right|not been right|sold|gave away|giving away|"
            r"just in case|don't ask|no questions|safe from (?:him|her|them)self"
        ),
        reason=(
            "You wrote that someone you know may be thinking of ending their life or hurting "
            "themselves."
        ),
        examples=(
            "Dale sold his dogs and asked me to hang on to his rifle 'for a bit'. He hasn't "
            "been right since Marion passed.",
        ),
        near_misses=("Asked me to look after her pills while she's on holiday, easy.",),
    ),
    # Harm at someone else's hands, hidden: "rough with the kids", "a bruise on her arm she won't
    # explain", "keeps saying she fell", "won't let her leave the house", "my son flinched when I
    # reached up", "a black eye again", "yelling every night and then the thumping".
    Rule(
        id="concern.hidden_harm",
        kind="concern_for_other",
        anchors=(
            *combos("rough", "with"),
            *words("bruise"),
            *combos("saying|claiming|me|that", "she|he|they", "fell|walked|tripped|bumped|slipped"),
            *combos("let", "her|him|them"),
            *words("flinch|cower"),
            *combos("black", "eye"),
            *words("thumping|thud|thuds"),
            *combos("found", "out", "which"),
        ),
        pattern=(
            r"(?:is|being|gets|was|'s|been|getting) rough with (?:him|her|them|the kids|the "
            r"children|my \w+|our \w+|the \w+)"
            r"|bruises? (?:\w+ ){0,4}?(?:she|he|they) (?:won't|wouldn't|can't|couldn't|doesn't|"
            r"didn't|will not) explain"
            r"|(?:keeps|kept|keep) (?:saying|telling me|claiming) (?:that )?(?:she|he|they) "
            r"(?:fell(?! asleep| in love| for)|walked into|tripped|bumped|slipped)"
            r"|(?:husband|boyfriend|partner|fella|wife|girlfriend|bf|gf) (?:\w+ ){0,2}?(?:won't|"
            r"doesn't|wouldn't|never) let (?:her|him|them) (?:leave|go out|out of|see|have "
            r"(?:money|a phone|her own|his own))"
            r"|(?:flinched|flinches|flinch|cowered|cowers) when (?:i|we|he|she|someone|anyone|"
            r"you) (?:\w+ )?(?:reached|raised|moved|lifted|came near|went to)"
            r"|black eye (?:again|and (?:she|he) (?:won't|wouldn't|says|said))"
            r"|(?:yelling|shouting|screaming) (?:\w+ ){0,4}?(?:and then|then) (?:the )?"
            r"(?:thumping|thuds?)"
            r"|found out which (?:town|city|street|house|flat|refuge|area) (?:we|she|he|they)"
            r"(?:'re| are| is|'s| live| lives| living| stay| stays| were| was)"
        ),
        benign=(
            r"rugby|football|match|training|play ?fight\w*|wrestl\w*|boxing|dog|cat|puppy|"
            r"kitten|horse|pony"
        ),
        reason="You wrote that someone you know may be being hurt.",
        examples=(
            "My ex's new partner is rough with the kids. My son flinched when I reached up.",
            "My daughter's boyfriend goes through her phone and there's a bruise on her arm she "
            "won't explain.",
            "I've seen the marks on her wrists and she keeps saying she fell.",
            "My cousin's husband won't let her leave the house.",
            "Saw the neighbour's little one with a black eye again.",
            "I hear his stepdad yelling every night and then the thumping.",
            "Her husband found out which town we're in. She's terrified.",
        ),
        near_misses=(
            "Got a bruise from rugby, the other lad won't explain how he tackled me.",
            "She kept saying she fell asleep in the film, so funny.",
            "The dog flinched when I reached for the hoover, she hates it.",
        ),
    ),
    # Searches for how to hurt oneself, found on someone else's phone or tablet.
    Rule(
        id="concern.searches",
        kind="concern_for_other",
        anchors=(*words("search"),),
        pattern=(
            r"search(?:es|ed|ing)? (?:\w+ ){0,4}?(?:for|about|like) (?:how to |ways to )?(?:hurt "
            r"(?:yourself|herself|himself|themselves)|kill (?:yourself|herself|himself|"
            r"themselves)|self-harm|self harm|selfharm|{suicide}|overdose|cut (?:yourself|herself|"
            r"himself|themselves))"
        ),
        needs=r"her|his|their|my (?:son|daughter|kid|child|teen|brother|sister)",
        reason="You wrote that someone you know may be at risk.",
        examples=(
            "My daughter's 12 and I found searches on her tablet for how to hurt yourself "
            "without anyone knowing.",
        ),
        near_misses=("Searched for a good pasta recipe on her laptop.",),
    ),
    # Signs in someone else's words or body: "asked me whether an overdose is painful", "the
    # farm's worth more with him gone", "bring all her tablets at once", "he has the pills
    # ready", "sorting his affairs", "showed me the bruises from her employer", "a handprint on
    # her little arm", "grab her by the throat", "the kids have bruises all the time".
    Rule(
        id="concern.signs_seen",
        kind="concern_for_other",
        anchors=(
            *combos("whether|if", "an|overdose|overdosing"),
            *combos("worth", "more", "with|dead"),
            *combos("tablets|pills|meds", "at", "once"),
            *combos("pills|tablets|rope|gun", "ready"),
            *combos("his|her|their", "affairs"),
            *combos("bruises|marks|burns", "from|that"),
            *words("handprint"),
            *combos("her|him|them", "by", "the"),
            *combos("bruises", "all|again|every|everywhere"),
        ),
        pattern=(
            r"(?:asked|asking|asks) (?:me )?(?:\w+ ){0,3}?(?:whether|if) (?:an )?(?:overdose|"
            r"overdosing) (?:is|would be|hurts?)"
            r"|worth more (?:with (?:him|her|them) gone|dead)"
            r"|(?:all (?:her|his|their) (?:tablets|pills|meds)) at once"
            r"|(?:has|'s got|have|got) the (?:pills|tablets|rope|gun) ready"
            r"|(?:sorting|putting|getting) (?:his|her|their) affairs(?: in order)?"
            r"|(?:showed|show|shows) me (?:the )?(?:bruises|marks|burns) (?:from|that) (?:her|"
            r"his|their) (?:\w+ )?(?:employer|boss|husband|partner|boyfriend|dad|mum|father|"
            r"mother|stepdad|madam|uncle|wife|girlfriend|son|daughter)"
            r"|handprint on (?:her|his|their|the child's|the baby's) (?:\w+ )?(?:arm|face|leg|"
            r"cheek|back|neck|bum|bottom)"
            r"|(?:grab|grabbed|grabs|had|held|pinned|choked) (?:her|him|them) by the (?:throat|"
            r"neck|hair)"
            r"|(?:kids?|children|child|son|daughter|boy|girl|baby|little one) (?:\w+ ){0,2}?"
            r"(?:has|have|had|with|got) bruises (?:all the time|again|everywhere|every week)"
        ),
        benign=(
            r"hospice|palliative|funeral director|will writing|solicitor|rugby|football|fell off"
        ),
        reason="You wrote that someone you know may be at risk.",
        examples=(
            "A student asked me, very calmly, whether an overdose is painful.",
            "Dad said the farm's worth more with him gone, insurance-wise.",
            "Mrs Patel keeps asking me to bring all her tablets at once so she can 'finish it'.",
            "Afterwards Lwazi told me quietly that he has the pills ready.",
            "Hamish said something odd about sorting his affairs and how the dogs would be "
            "better off with me.",
            "Ate Joy showed me the bruises from her employer and begged me not to tell.",
            "I saw a handprint on her little arm.",
            "Saw my sister's husband grab her by the throat at the braai.",
            "The neighbor's kids have bruises all the time.",
        ),
        near_misses=(
            "Mum's sorting her affairs with the solicitor, just being organised at 70.",
            "The kids have bruises all the time from rugby.",
        ),
    ),
)
