"""Comparing: measuring yourself against someone else's outside."""

from selftrust.language.trap_rules.shared import (
    COMPARE,
    DOING_FINE,
    FRIENDLY,
    LABEL_WORDS,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "compare_everyone_else",
        COMPARE,
        r"\belse\s+(?:[a-z']+\s+){0,2}?" + DOING_FINE,
        "It measures your inside against other people's outside.",
        (
            "Everyone else has their life together.",
            "Everyone else seems to know what they're doing.",
            "Everybody else finds this easy.",
        ),
        ("Everyone else had gone home, so I had the studio to myself.",),
        before=r"\b(?:everyone|everybody|all)\s+",
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_other_people",
        COMPARE,
        r"\bother\s+(?:people|moms|mums|mothers|dads|fathers|parents|women|men|girls|guys|kids"
        r"|students|survivors|couples|families)\s+(?:[a-z']+\s+){0,2}?" + DOING_FINE,
        "It measures your inside against other people's outside.",
        ("Other people don't struggle with this.", "Other moms seem to manage it all."),
        ("Other people were at the park too.",),
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_people_my_age",
        COMPARE,
        r"\bage\s+(?:[a-z']+\s+){0,2}?" + DOING_FINE,
        "It measures your life against a timetable set by other people.",
        ("Everyone my age owns a house by now.", "People my age are all married."),
        ("People my age were at the talk.",),
        before=r"\b(?:others|people|everyone|everybody)\s+my\s+",
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_people_online",
        COMPARE,
        r"\b(?:normal\s+people|people\s+on\s+(?:social\s+media|instagram|facebook|tiktok)"
        r"|people\s+online|everyone\s+(?:i\s+know|around\s+me|in\s+(?:my|the)\s+[a-z]+))\s+"
        r"(?:[a-z']+\s+){0,2}?" + DOING_FINE,
        "It measures your inside against other people's outside.",
        (
            "Everyone in the group is further along than me.",
            "Normal people don't need this much help.",
        ),
        ("Everyone in the class was kind.",),
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_they_all_have_better",
        COMPARE,
        r"\b(?:better|nicer|bigger|happier|perfect|more\s+(?:money|friends|success))\b",
        "It measures your life against the best parts of theirs.",
        ("My friends all have better jobs.",),
        ("My friends all have dogs.",),
        before=r"\b(?:my\s+(?:friends|peers|siblings|classmates|coworkers|colleagues|cousins)|everyone"
        r"|everybody|they\s+all|all\s+my\s+friends)\s+(?:all\s+)?(?:have|has|got|make|earn|seem"
        r"|look)\s+(?:[a-z]+\s+)?",
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_and_here_i_am",
        COMPARE,
        r"\b(?:and|but|while|whereas|yet)\s+(?:here\s+)?(?:i(?:'m|\s+am)?|me|mine(?:\s+is)?)\s+"
        r"(?:(?:still|just|only|barely|can't|cannot|never|stuck|nothing|not|haven't|with\s+nothing"
        r"|have\s+nothing|behind)\b|(?:an?\s+)?" + LABEL_WORDS + r")",
        "Setting their good news next to your hard day makes yours look smaller.",
        (
            "All my friends are married and I'm still single.",
            "My cousin is so successful and I'm nothing.",
            "She recovered so fast, and I'm still stuck.",
            "People on social media have perfect lives and mine is a joke.",
        ),
        (
            "My friends are coming over tonight and I'm looking forward to it.",
            "He came home and I made tea.",
            "All my friends came to the barbecue and I'm still buzzing from it.",
        ),
        before=r"\b(?:(?:everyone|everybody|all)\s+else|other\s+people|my\s+friends|all\s+my\s+friends"
        r"|my\s+(?:peers|siblings|classmates|coworkers|colleagues)|people\s+on\s+[a-z]+\s*[a-z]*"
        r"|(?:she|he|they|my\s+(?:[a-z]+\s+)?(?:sister|brother|cousin|friend|coworker|colleague|roommate|ex"
        r"|partner|classmate|neighbou?r))(?:'s|'re|\s+(?:is|are|has|have|seems?|got|already|was"
        r"|were|recovered|moved|found|bought|owns?|finished))\b[^.!?\n]{0,40}?\b(?:so|already"
        r"|great|perfect|successful|married|happy|thriving|amazing|better|further|ahead|fast"
        r"|easily|sorted|together|figured))\b[^.!?\n]{0,60}?",
        # Still glowing from a good time with them is not measuring yourself against them.
        unless=FRIENDLY
        + r"|\b(?:buzzing|smiling|grinning|laughing|glad|lovely|grateful|looking\s+forward)\b",
        needs=(
            "else other people friends peers siblings classmates coworkers colleagues she he"
            " they sister brother cousin friend coworker colleague roommate ex partner"
            " classmate neighbour neighbor"
        ),
    ),
    TrapRule(
        "compare_mine_is_a_mess",
        COMPARE,
        r"\bmine\s+(?:is|are|was|were)\s+(?:just\s+|such\s+)?(?:an?\s+)?(?:nightmare|mess|disaster"
        r"|joke|terrible|awful|nothing|rubbish|boring|pathetic|falling\s+apart)\b",
        "Setting their good news next to your hard day makes yours look smaller.",
        ("My sister's kids are so well behaved and mine are a nightmare.",),
        ("Her garden is lovely and mine is coming along.",),
        before=r"\b(?:and|but|while|whereas)\s+",
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_look_at_me",
        COMPARE,
        r"\blook\s+at\s+(?:her|him|them|everyone|everybody)\b[^.!?\n]{0,60}?\b(?:and|but|then)\s+"
        r"look\s+at\s+me\b(?=\s*(?:[.!?,;]|$|now|here|instead))",
        "Setting someone's outside next to your inside makes yours look smaller.",
        ("Look at her, she has it all together, and look at me.",),
        ("Look at them dance, and look at me join in!",),
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_better_than_me",
        COMPARE,
        r"\b(?:better|smarter|prettier|stronger|happier|thinner|braver|funnier|nicer|richer"
        r"|cooler|cleverer|healthier|calmer|more\s+[a-z]+|further(?:\s+along)?"
        r"|farther(?:\s+along)?)\s+(?:[a-z']+\s+){0,4}?than\s+(?:me|i(?:'ll|\s+will)?\s+ever"
        r"|i\s+am|i'm|i\s+was|i\s+could|i\s+can|myself)\b",
        "It puts you next to someone else and counts only what they have.",
        (
            "She's so much better at this than me.",
            "Everyone in the group is further along than me.",
        ),
        (
            "My sister is taller than me.",
            "She's better at drawing than me, and she's teaching me.",
            "He's quicker at sums than me and I'm better at maps, so we share the work.",
            "She's further along in the course than me, and she's helping me catch up.",
            "I'm sleeping better than I was last winter.",
        ),
        # Naming your own strength beside theirs is a balanced look, not putting yourself down.
        unless=FRIENDLY + r"|\b(?:i'm|i\s+am)\s+(?:better|good|great|quicker|faster)\s+at\b"
        r"|\boffer(?:s|ed)?\s+to\s+help\b|\bhelp(?:s|ed|ing)?\s+me\b"
        # "I'm sleeping better than I was in spring": measured against your own past.
        r"|\bi(?:'m|\s+am|'ve|\s+feel)\b[^.!?\n]{0,30}?than\s+i\s+(?:was|used\s+to|did)\b",
    ),
    TrapRule(
        "compare_not_as_good_as",
        COMPARE,
        r"\b(?:good|smart|pretty|strong|successful|talented|clever|happy|confident|brave|thin|kind"
        r"|fun|funny|together|capable|organi[sz]ed|productive|good-looking|interesting"
        r"|accomplished|calm|attractive|popular|likeable|likable|loved|gifted|skilled|disciplined"
        r"|put\s+together|put-together|fit|rich|cool|normal)\s+(?:an?\s+[a-z]+\s+)?as\b",
        "“Not as good as” measures you on someone else's scale.",
        (
            "I'm not as talented as the others.",
            "I'll never be as smart as my sister.",
            "I wasn't as brave as her.",
        ),
        ("It's not as cold as yesterday.",),
        before=r"(?:\bnot|\bnever|\bnowhere\s+near|n't)\s+(?:be\s+|ever\s+be\s+|been\s+|even\s+)?"
        r"(?:as|so)\s+(?:[a-z]+\s+)?",
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_why_cant_i_be",
        COMPARE,
        r"\bwhy\s+(?:can't|cannot|can\s+not|couldn't|am|aren't|isn't|don't|doesn't)\s+i\s+"
        r"(?:just\s+)?(?:be\s+)?(?:more\s+)?(?:like\s+(?:her|him|them|everyone|everybody|other"
        r"|others|my|normal|the)|normal|as\s+[a-z]+\s+as)\b",
        "It holds you up against someone else, as if there were one right way to be.",
        ("Why can't I be more like my brother?",),
        ("Why can't I find my keys?",),
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_everyone_but_me",
        COMPARE,
        r"\b(?:but|except)\s+(?:for\s+)?me\b",
        "It sets you apart from everyone else, as if you were the only one struggling.",
        ("Why is it so easy for everyone but me?", "Everyone got invited except me."),
        ("Everyone left but me, so I tidied up and went home happy.",),
        before=r"\b(?:for|to)\s+(?:everyone|everybody|other\s+people|others)\s+(?:else\s+)?"
        r"|\b(?:everyone|everybody)\s+(?!left\b|went\b|had\s+left\b|stayed\b)(?:[a-z']+\s+){1,3}?",
        unless=FRIENDLY
        + r"|\bnot\s+a\s+fan\b|\bi\s+(?:don't|didn't)\s+(?:like|want)\b|\bi\s+(?:chose|decided)\b",
    ),
    TrapRule(
        "compare_like_everyone_else",
        COMPARE,
        r"\b(?:else|people)\b",
        "It holds you up against everyone else, as if there were one right way to be.",
        ("Why can't I be happy like everyone else?", "I wish I was normal like other people."),
        ("I queued like everyone else and got my ticket.",),
        before=r"\blike\s+(?:(?:everyone|everybody)|(?:other|normal))\s+",
        not_after=r"\b(?:queued|waited|paid|sat|stood|lined\s+up)\s+",
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_only_one",
        COMPARE,
        r"\bonly\s+one\s+(?:(?:who|that)\s+(?:[a-z']+\s+){0,3}?(?:can't|cannot|isn't|doesn't"
        r"|didn't|hasn't|struggles?|struggling|hard|fails?|failing|single|stuck|behind|left\s+out"
        r"|alone|not|never|still|has\s+no|have\s+no|without)|not|without|still|left|struggling"
        r"|failing|single|stuck|behind)\b",
        "It sets you beside others and sees only where you seem to fall short.",
        ("I'm the only one who finds this hard.", "Why am I the only one who can't cope?"),
        ("I'm the only one who knows the password.",),
        before=r"\b(?:i'm|i\s+am|i\s+was|am\s+i|i\s+feel\s+like\s+i'm|i\s+must\s+be)\s+(?:always\s+"
        r"|literally\s+|probably\s+|still\s+)?the\s+",
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_behind_everyone",
        COMPARE,
        r"\bbehind\s+(?:everyone|everybody|my|other|others|people|the\s+rest|all|them)\b",
        "It sets you beside others and sees only where you seem to fall short.",
        ("i'm behind everyone i graduated with",),
        ("I'm a bit behind on emails, and that's okay.",),
        before=r"\b(?:i'm|i\s+am|i\s+feel|i\s+was|i\s+fell|i've\s+fallen)\s+(?:so\s+|still\s+|way\s+)?"
        r"(?:[a-z]+\s+)?",
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_compared_to",
        COMPARE,
        r"\bcompared\s+(?:to|with)\s+(?:her|him|them|everyone|everybody|others|other\s+people"
        r"|people|the\s+(?:others|rest)|my\s+(?:friends|sister|brother|cousin|coworkers|colleagues"
        r"|siblings|peers|classmates|parents|mother|father|mom|mum|dad|partner|ex|friend))\b",
        "It sets you beside others and sees only where you seem to fall short.",
        ("Compared to my coworkers, I'm a mess.",),
        ("I compared two recipes.",),
        unless=FRIENDLY,
    ),
    TrapRule(
        "compare_worst_in_the_class",
        COMPARE,
        r"\b(?:worst|slowest|dumbest|weakest|ugliest|least\s+[a-z]+)\s+(?:[a-z]+\s+)?(?:in|of|at"
        r"|on)\s+(?:the|my|our|this|all|everyone)\b",
        "It ranks you against others and sees only the bottom of the list.",
        ("I'm the worst one in the class.", "I'm the least successful person in my family."),
        ("It's the least I can do for a friend.",),
        before=r"\bthe\s+",
        not_after=r"\b(?:it's|that's|was|is)\s+",
        unless=FRIENDLY,
    ),
)
