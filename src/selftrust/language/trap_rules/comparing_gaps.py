"""Comparing, widened again: the gap said without "than me": "nowhere near", "everyone except
me", "it took me a month", "double what I earn", "at forty he had…", "and then there's me"."""

from selftrust.language.trap_rules.shared import COMPARE, LABEL_WORDS, TrapRule

# Being glad for someone, learning from them or choosing your own way keeps these quiet.
# Whole words only: "learned the song" is the comparison itself, not learning from someone.
_KIND = (
    r"\b(?:teach\w*|taught|learn(?:ing|t|ed)?\s+(?:from|off)|inspir\w*|happy\s+for|glad\s+for"
    r"|proud\s+of)\b|\bgood\s+for\s+(?:him|her|them)\b|\bfair\s+enough\b|\bi\s+(?:chose|decided"
    r"|wanted|preferred|opted|stayed|offered|volunteered)\b|\bby\s+choice\b|\boffer(?:s|ed)?\s+to\s+help\b|\bhelp(?:s|ed)?\s+me\b"
    r"|\bthat's\s+(?:fine|ok|okay|alright)\b|\bwe're\s+(?:all\s+)?different\b|\bmy\s+own\s+pace\b"
)
# Someone else, as a comparison names them.
_THEM = (
    r"(?:he|she|they|everyone|everybody|all|others|other\s+people|people|my\s+[a-z]+|[a-z]+'s"
    r"|the\s+(?:rest|others|other\s+[a-z]+)|mates|friends)"
)
# How you come out of the comparison, in a few words.
_LOW = (
    r"(?:given\s+up|nothing|a\s+mess|a\s+joke|useless|behind|failing|rubbish|pathetic|lazy|slow"
    r"|ugly|fat|old|stupid|boring|invisible|a\s+slob|frumpy|scruffy|a\s+wreck|like\s+(?:a|an|i've"
    r"|i'm|nothing|crap|shit|death)|worse|worst|not\s+even|can't|cannot|barely|don't\s+even"
    r"|still|just|so\s+[a-z]+|such\s+an?\s+[a-z]+|" + LABEL_WORDS + r")"
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "compare_nowhere_near",
        COMPARE,
        r"\b(?:nowhere\s+near|not\s+even\s+close\s+to|miles\s+(?:off|behind|from))\s+(?:that(?!\s+[a-z])"
        r"|as\s+[a-z]+\s+as\s+"
        + _THEM
        + r"|her|him|them|their|his|where\s+(?:she|he|they|everyone)"
        r"|her\s+level|his\s+level|their\s+level|the\s+others)\b",
        "It sets someone's best moments beside your everyday ones.",
        (
            "Scrolling her Instagram, I'm nowhere near that.",
            "I'm nowhere near as fit as my sister.",
            "im not even close to where they are",
        ),
        (
            "The café is nowhere near the station.",
            "I'm nowhere near that stage yet, and that's ok.",
        ),
        unless=_KIND,
    ),
    TrapRule(
        "compare_all_except_me",
        COMPARE,
        r"\b(?:except|apart\s+from|other\s+than|besides|bar|barring|excluding|save\s+for)\s+"
        r"(?:for\s+)?(?:me|myself|yours\s+truly|moi)\b",
        "Everyone else seems to have it, and only you are left out.",
        (
            "my whole year group has their learner's permit already except me",
            "All my friends are engaged apart from me.",
        ),
        (
            "Everyone went swimming except me, I chose to read on the beach.",
            "Nobody else was home apart from me.",
        ),
        before=r"\b(?:everyone|everybody|all|whole|every|each|the\s+rest|they|all\s+of\s+them)\b"
        r"[^.!?\n]{0,90}?",
        unless=_KIND + r"|\b(?:nobody|no\s+one|working|ill|sick|not\s+a\s+fan)\b"
        r"|\bi\s+(?:don't|didn't|do\s+not)\s+(?:like|want|fancy)\b",
    ),
    TrapRule(
        "compare_it_took_me",
        COMPARE,
        r"\btook\s+me\s+(?:a\s+|an\s+|two\s+|three\s+|four\s+|five\s+|several\s+|many\s+|about\s+a\s+"
        r"|[0-9]+\s+)?(?:month|months|year|years|week|weeks|ages|forever|decades?|goes|tries|attempts"
        r"|all\s+(?:day|week|year)|twice\s+as\s+long"
        r"|so\s+much\s+longer|much\s+longer|way\s+longer)\b",
        "Their quick start is set beside your slower one, as if speed said what you are worth.",
        (
            "He learned the song in a day; it took me a month.",
            "She passed first time, it took me three goes and two years.",
        ),
        ("It took me a month to knit, and I love it.", "The train took me an hour, so I read."),
        before=r"\b(?:in\s+(?:a|an|one|two|half\s+an?|just\s+a|like\s+a)\s+(?:day|hour|minute|week"
        r"|afternoon|evening|morning|go|second|sitting|month)s?|first\s+time|straight\s+away"
        r"|overnight|right\s+away)\b[^.!?\n]{0,5}?[;,.—-]?\s*(?:and\s+|but\s+|while\s+|whereas\s+|yet\s+)?"
        r"(?:it\s+)?",
        unless=_KIND,
    ),
    TrapRule(
        "compare_double_what_i",
        COMPARE,
        r"\b(?:double|twice|triple|three\s+times|ten\s+times|way\s+more\s+than|much\s+more\s+than"
        r"|miles\s+more\s+than)\s+(?:what\s+)?(?:i\s+(?:do|earn|make|have|did|get|can|ever\s+will)|me"
        r"|mine)\b",
        "It counts only what others have, and sets it beside what you have.",
        ("my mates all earn double what I do", "She reads twice what I do and remembers it all."),
        (
            "My brother earns double what I do, good for him.",
            "The recipe makes double what I need.",
        ),
        before=r"\b" + _THEM + r"\b[^.!?\n]{0,40}?\b(?:earn|earns|make|makes|have|has|own|owns|get"
        r"|gets|got|do|does|did|achieve|achieves|achieved|read|reads|run|runs|lift|lifts|weigh"
        r"|sell|sells|know|knows)\s+(?:all\s+)?(?:about\s+|like\s+|literally\s+|at\s+least\s+"
        r"|easily\s+)?",
        unless=_KIND,
    ),
    TrapRule(
        "compare_compared_to_them",
        COMPARE,
        r"\b(?:compared\s+(?:to|with)|next\s+to|beside|alongside|against)\s+(?:the\s+other|other"
        r"|everyone|everybody|all|my|her|him|them|the\s+rest|people|the\s+others)\b[^.!?\n]{0,50}?"
        r"\b(?:i'm|i\s+am|i\s+look|i\s+feel|i've|i\s+seem|i|me|mine)\s+(?:like\s+)?(?:a\s+|an\s+)?"
        + _LOW,
        "It measures you against others and counts only where you come up short.",
        (
            "Compared to the other mums at the school gate I look like I've given up.",
            "Next to my friends I'm such a failure.",
        ),
        (
            "Compared to this time last year, I'm sleeping much better.",
            "Compared to my old flat, this one is lovely.",
        ),
        unless=_KIND,
    ),
    TrapRule(
        "compare_at_their_age",
        COMPARE,
        r"\bat\s+(?:\d{2}|my\s+age|your\s+age|(?:twenty|thirty|forty|fifty|sixty|seventy)[a-z-]*)\b"
        r"[\s,]*(?:my\s+[a-z]+|he|she|they|everyone|mum|dad|mom|my\s+[a-z]+\s+[a-z]+)\s+(?:had"
        r"|was|were|already|owned|ran|has|have|married|bought|built)\b[^\n]{0,100}?(?:\bat\s+"
        r"[a-z0-9]+[\s,]*|\band\s+|\bbut\s+|\bwhile\s+|\bwhereas\s+|\bmeanwhile\s+|[.;]\s*)(?:i've"
        r"|i\s+have|i'm|i\s+am|i\s+still|i\s+can't|i\s+haven't|i\s+only|i\s+live|i\s+rent)\b",
        "Where someone else was at your age is used as a measure you have to meet.",
        (
            "At 40 my dad had built a business. At 40 I've got a rented room.",
            "At my age my mum had three kids and I can't keep a plant alive.",
        ),
        ("At 40 my dad had a motorbike, and I have his old helmet.",),
        unless=_KIND + r"|\b(?:helmet|photos?|stories|recipe)\b",
    ),
    TrapRule(
        "compare_and_theres_me",
        COMPARE,
        r"\b(?:there's|theres|there\s+is|look\s+at|here's|heres|here\s+is)\s+me\b(?=\s*(?:[.!?,;:—-]|$|\s+(?:now|here|instead|still|stuck"
        r"|struggling|with|barely|lol|haha|in|on|eating|crying|doing)))",
        "Setting someone's good news beside your hard day makes yours look smaller.",
        (
            "my sister's got her life together and look at me",
            "Everyone's married with kids by now, and then there's me.",
        ),
        (
            "Mum's got the dinner sorted and look at me, I made the pudding!",
            "They had it all set up, and there's me with the cake, right on time.",
        ),
        before=r"\b(?:life|lives|shit|act|things|it\s+all|career|house|job|degree|married|engaged"
        r"|promoted|sorted|figured\s+out|together|thriving|successful|perfect|ahead|doing\s+(?:so\s+)?"
        r"well|doing\s+great|moved\s+on|kids|by\s+now|already)\b[^.!?\n]{0,40}?\b(?:and|but|then"
        r"|meanwhile|while)\s+(?:then\s+)?",
        unless=_KIND + r"|\b(?:pudding|cake|made\s+the|right\s+on\s+time|i\s+did\s+it)\b",
    ),
    TrapRule(
        "compare_better_everything",
        COMPARE,
        r"\bbetter\s+(?:everything|[a-z]+\s*,\s*(?:an?\s+)?better)\b",
        "It lists what someone else has and sets it against you.",
        ("She's got a better job, a better flat, a better everything.",),
        ("Better sleep, better mood, it's working!",),
        before=r"\b(?:she|he|they|everyone|everybody|my\s+[a-z]+|[a-z]+)(?:'s|\s+has|\s+have|'ve)\s+"
        r"(?:got\s+)?(?:an?\s+)?",
        unless=_KIND,
    ),
    TrapRule(
        "compare_their_best_life",
        COMPARE,
        r"\bliving\s+(?:their|her|his|the)\s+best\s+li(?:fe|ves)\b[^.!?\n]{0,40}?\b(?:and|while|but"
        r"|whereas|meanwhile)\s+(?:here\s+)?(?:i'm|i\s+am|im|i|me)\b",
        "Someone's best moments online are set beside your ordinary day.",
        ("Everyone on Instagram is living their best life and I'm in my pyjamas.",),
        ("She's living her best life in Spain and I'm so happy for her.",),
        unless=_KIND,
    ),
    TrapRule(
        "compare_easy_for_them",
        COMPARE,
        r"\b(?:effortlessly|easily|with\s+ease|without\s+trying|like\s+it's\s+nothing|so\s+naturally)\b"
        r"[^.!?\n]{0,20}?\b(?:and|but|while|whereas|yet)\s+(?:i|i'm|me|here\s+i\s+am)\s+(?:[a-z]+\s+)?"
        r"(?:struggle|struggling|can't|cannot|cant|barely|fail|failing|stumble|flounder|sweat|panic|need"
        r"|take\s+ages)\b",
        "Their ease is set beside your effort, as if effort made you less.",
        (
            "She does it effortlessly and I struggle every time.",
            "he makes friends easily while i cant",
        ),
        ("She lifts it easily and I help with the door.",),
        unless=_KIND,
    ),
    TrapRule(
        "compare_got_all_the_brains",
        COMPARE,
        r"\b(?:brains|looks|talent|charm|confidence|good\s+genes)\b",
        "It hands every good thing to someone else and leaves none for you.",
        ("My brother got all the brains in the family.", "my sister has all the looks"),
        ("She got all the brains and I got the jokes, we laugh about it.",),
        before=r"\b(?:got|gets|has|had|have)\s+all\s+the\s+",
        unless=_KIND + r"|\b(?:laugh|jokes?)\b",
    ),
    TrapRule(
        "compare_twice_as_good",
        COMPARE,
        r"\b(?:twice|three\s+times|ten\s+times|way|miles|streets|light\s+years)\s+(?:as\s+[a-z]+|more\s+"
        r"[a-z]+|ahead|better)\b",
        "It counts only how far ahead someone seems, and sets it against you.",
        (
            "She's half my age and twice as successful.",
            "Scrolling LinkedIn makes me feel like everyone's miles ahead.",
        ),
        ("She's twice as fast as me and she coaches me.", "The new road is way better."),
        before=r"\b(?:she|he|they|everyone|everybody|others|other\s+people|all\s+my\s+[a-z]+|my\s+[a-z]+)"
        r"(?:'s|'re|\s+is|\s+are)\s+[^.!?\n]{0,30}?",
        unless=_KIND + r"|\b(?:coach\w*|road|route|weather|bus|train|car)\b",
    ),
    TrapRule(
        "compare_mine_would_never",
        COMPARE,
        r"\bmine\s+(?:would|will|could|'d|'ll)\s+never\s+be\s+(?:like\s+(?:that|theirs|hers|his)|as\s+[a-z]+"
        r"|that\s+[a-z]+)\b",
        "Someone's best day is held up as a measure yours can never meet.",
        ("My cousin's wedding was perfect, mine would never be like that.",),
        ("Her garden is all roses; mine will never be like that, it's herbs, and I love it.",),
        unless=_KIND + r"|\bi\s+love\s+it\b",
    ),
    TrapRule(
        "compare_only_one_without",
        COMPARE,
        r"\bonly\s+one\s+(?:in|of|at|among)\s+(?:my|the|our|all\s+my)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:without"
        r"|who\s+(?:can't|cannot|hasn't|isn't|doesn't|didn't|never|still|couldn't|failed|isn't))\b",
        "It picks you out as the one who lacks what everyone else has.",
        (
            "I'm the only one in my family without a degree.",
            "only one of my friends who still can't drive",
        ),
        ("I'm the only one in my family who likes olives.",),
        unless=_KIND,
    ),
)
