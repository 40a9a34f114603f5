"""Disqualifying the positive: good things that "don't count"."""

from selftrust.language.trap_rules.shared import (
    DISCOUNT,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "discount_just_being_nice",
        DISCOUNT,
        r"\b(?:just|only|simply|merely)\s+(?:being\s+(?:nice|polite|kind|generous|supportive"
        r"|sweet|friendly)|trying\s+to\s+(?:be\s+(?:nice|kind|polite)|make\s+me\s+feel\s+better"
        r"|cheer\s+me\s+up)|(?:said|says|say|saying)\s+(?:that|it|so|this)(?=\s*(?:[.!?,;]|$"
        r"|to\s+be|because|out\s+of|to\s+make|so\s+i|since))|humou?ring\s+me|flattering\s+me"
        r"|to\s+be\s+(?:nice|polite|kind)|doing\s+(?:their|his|her)\s+job|(?:felt|feel|feels)\s+"
        r"sorry\s+for\s+me|pit(?:ied|ying)\s+me|pity|out\s+of\s+(?:pity|kindness|politeness))",
        "Kind words are being explained away so they don't count.",
        (
            "They're just being nice.",
            "My friend thanked me, but she was just being polite.",
            "She only said that to be nice.",
            "The compliment was just pity.",
        ),
        ("I was just being nice to her.", "She just said that she's coming."),
        not_after=r"(?:\bi|\bi'm|\bi\s+am|\bi\s+was|\bwe|\bwe're|\bwe\s+were)\s+",
    ),
    TrapRule(
        "discount_out_of_pity",
        DISCOUNT,
        r"\bpity\b",
        "Kind words are being explained away so they don't count.",
        ("They only said yes out of pity.", "It was pity."),
        ("What a pity the shop closed.",),
        before=r"\b(?:out\s+of|was(?:\s+just|\s+only)?)\s+",
    ),
    TrapRule(
        "discount_just_luck",
        DISCOUNT,
        r"\bluck\b",
        "Calling it luck gives the credit away from you.",
        ("I got the promotion, but it was just luck.", "It was luck."),
        ("Good luck with your exam!",),
        before=r"\b(?:just|only|pure|dumb|sheer|blind|beginner's|plain)\s+|\b(?:it\s+)?was\s+"
        r"(?:all\s+)?",
    ),
    TrapRule(
        "discount_got_lucky",
        DISCOUNT,
        r"\blucky\b",
        "Calling it luck gives the credit away from you.",
        ("I just got lucky.",),
        ("I got lucky with the parking today.",),
        before=r"\b(?:just|only)\s+(?:got|was|were|being|been|getting)\s+",
    ),
    TrapRule(
        "discount_fluke",
        DISCOUNT,
        r"\b(?:fluke[ds]?|lucky\s+(?:break|guess)|lucky,?\s+(?:that's\s+all|nothing\s+more"
        r"|is\s+all|that's\s+it))\b",
        "Calling it a fluke gives the credit away from you.",
        ("That was a fluke, it won't happen again.", "I got lucky, that's all."),
        ("We were lucky the rain held off.",),
    ),
    TrapRule(
        "discount_anyone_could",
        DISCOUNT,
        r"\b(?:anyone|anybody|any\s+idiot|any\s+fool|(?<=a\s)(?:child|kid|monkey|toddler)|everyone"
        r"|everybody)\s+(?:else\s+)?(?:could|would|can)(?:'ve|\s+have|\s+of)\s+(?:done|managed"
        r"|pulled\s+(?:it|that)\s+off|got(?:ten)?|passed|made|handled|won|[a-z]+\s+(?:that|it"
        r"|this|the\s+same))\b",
        "“Anyone could” takes away the part you did.",
        ("Anyone could have done that.", "Anybody could have written that essay."),
        ("Anyone can join the running club.", "Everyone makes mistakes, including me."),
    ),
    TrapRule(
        "discount_but_anyone_can",
        DISCOUNT,
        r"\b(?:anyone|anybody|everyone|everybody|any\s+idiot|(?<=a\s)child)\s+(?:can|could)"
        r"(?:'ve|\s+have)?(?:\s+(?:do|done|manage|managed|make|made|handle|handled|pass|passed|get"
        r"|finish|finished)\b|(?=\s*(?:[.!?,;]|$)))",
        "“Anyone could” takes away the part you did.",
        (
            "I made it through the week, but anyone can do that.",
            "I finished the project, but anyone could have.",
        ),
        ("Anyone can do it, and so can I.",),
        before=r"\bbut\s+(?:[a-z']+\s+){0,4}?(?:a\s+)?",
    ),
    TrapRule(
        "discount_has_to_say_that",
        DISCOUNT,
        r"\bsay\s+(?:that|it|so|nice\s+things)\b",
        "A kind word is being set aside as if it doesn't count.",
        ("She said I looked nice, but she has to say that.",),
        ("I have to say, the soup is lovely.",),
        before=r"\b(?:has|have|had)\s+to\s+",
        not_after=r"\bi\s+",
    ),
    TrapRule(
        "discount_says_it_to_everyone",
        DISCOUNT,
        r"\b(?:says|say|said)\s+(?:that|it|the\s+same(?:\s+thing)?|this)\s+to\s+(?:everyone"
        r"|everybody|all|anyone)\b",
        "Praise is being set aside as if it doesn't count.",
        ("My boss praised me, but he says that to everyone.",),
        ("She says hello to everyone she meets.",),
    ),
    TrapRule(
        "discount_doesnt_count",
        DISCOUNT,
        r"\b(?:count(?!\s+(?:towards|toward|as|on|to|down|up|until|till|yet|for\s+(?:the|your)))"
        r"|prove\s+(?:anything|much|a\s+thing)|mean\s+(?:anything"
        r"|much|a\s+thing|a\s+lot))\b",
        "A good thing is being set aside as if it doesn't count.",
        (
            "It doesn't count because I had help.",
            "The good feedback doesn't mean anything.",
            "sure i cleaned the whole kitchen but thats just basic, doesnt count",
        ),
        (
            "It doesn't matter if we're late, we'll have fun.",
            "The practice quiz doesn't count towards the final grade.",
        ),
        before=r"\b(?:doesn't|doesnt|does\s+not|didn't|didnt|did\s+not|don't|dont|do\s+not|won't|wont"
        r"|wouldn't|wouldnt)\s+(?:really\s+|actually\s+|even\s+)?",
    ),
    TrapRule(
        "discount_means_nothing",
        DISCOUNT,
        r"\b(?:means|meant)\s+nothing\b",
        "A good thing is being set aside as if it doesn't count.",
        ("Getting a compliment means nothing.", "The praise meant nothing."),
        ("Money means nothing to me, friends do.",),
        before=r"\b(?:it|that|this|compliments?|praise|feedback|the\s+[a-z]+|a\s+compliment)\s+",
    ),
    TrapRule(
        "discount_didnt_mean_it",
        DISCOUNT,
        r"\bmean\s+(?:it|that|a\s+word)\b",
        "Kind words are being explained away so they don't count.",
        ("I got a compliment, but they probably didn't mean it.",),
        ("I didn't mean it, I said sorry.",),
        before=r"\b(?:they|he|she|people|you|everyone)\s+(?:probably\s+|really\s+)?(?:don't|doesn't"
        r"|didn't)\s+(?:really\s+|actually\s+)?",
    ),
    TrapRule(
        "discount_not_an_achievement",
        DISCOUNT,
        r"\b(?:achievement|bare\s+minimum|proud\s+of)\b",
        "Something you did is being set aside as if it doesn't count.",
        (
            "Getting out of bed isn't an achievement, it's the bare minimum.",
            "Finishing was nothing to be proud of.",
        ),
        ("Finishing the course was an achievement.",),
        before=r"\b(?:isn't|is\s+not|wasn't|not)\s+(?:really\s+)?an\s+|\b(?:it's|that's|just|only"
        r"|is|was)\s+the\s+|\bnothing\s+to\s+be\s+",
    ),
    TrapRule(
        "discount_but_nothing_special",
        DISCOUNT,
        r"\b(?:special|impressive)\b",
        "A good thing is being set aside as if it doesn't count.",
        (
            "Sure, I cooked dinner, but that's nothing special.",
            "I passed, but it's not impressive.",
        ),
        ("It was nothing special, just a quiet day.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:nothing|not(?:\s+that|\s+very|\s+really)?)\s+",
    ),
    TrapRule(
        "discount_but_no_big_deal",
        DISCOUNT,
        r"\bdeal\b",
        "A good thing is being set aside as if it doesn't count.",
        ("I finished the course, but it's no big deal.",),
        ("It's not a big deal, we'll fix it.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:not\s+a|no)\s+big\s+",
    ),
    TrapRule(
        "discount_but_only_easy",
        DISCOUNT,
        r"\b(?:easy|luck)\b",
        "A good thing is being set aside as if it doesn't count.",
        ("I got the job, but it was only luck.", "I won, but it was just easy."),
        ("I was nervous about the test, but it was easy.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:it|that)(?:'s|\s+was|\s+is)\s+(?:only|just)\s+",
    ),
    TrapRule(
        "discount_but_its_nothing",
        DISCOUNT,
        r"\bnothing\b(?!\s+(?:like|to\s+worry|to\s+do\s+with|new|wrong|serious|compared))",
        "A good thing is being set aside as if it doesn't count.",
        (
            "I helped, but that was nothing.",
            "Yes, I went for a walk, but that's nothing.",
            "yeah i saved 5k this year but thats nothing",
        ),
        (
            "I looked, but it was nothing like I feared.",
            "Saved a little, but that's nothing to worry about, the bills are paid.",
            "I cut my finger but it's nothing, just a nick.",
        ),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:it|that)(?:'s|s|\s+was|\s+is)\s+(?:really\s+)?",
        # Shrugging off a small injury or illness is not setting a good thing aside.
        unless=r"\b(?:cut|bruis\w*|scratch\w*|nick|bump|cold|sniffles?|headache|graze\w*|sting)\b",
    ),
    TrapRule(
        "discount_easy_anyway",
        DISCOUNT,
        r"\b(?:easy|simple)\s+anyway\b",
        "A good thing is being set aside as if it doesn't count.",
        ("I passed, but the exam was easy anyway.",),
        ("I tried the new recipe and it was easy, and tasty.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:was|were|is)\s+(?:so\s+|really\s+|pretty\s+)?",
    ),
    TrapRule(
        "discount_but_only_because",
        DISCOUNT,
        r"\bbecause\b(?!\s+i\s+(?:wanted|chose|liked|felt\s+like|decided|needed|love|loved))",
        "The good result is being explained away as not really yours.",
        ("Sure I got the promotion, but only because my boss likes me.",),
        ("I went, but only because I wanted to.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:only|just)\s+",
    ),
    TrapRule(
        "discount_but_it_doesnt_count",
        DISCOUNT,
        r"\b(?:matter|count)\b",
        "A good thing is being set aside as if it doesn't count.",
        ("I finished the marathon but I was so slow it doesn't matter.",),
        ("I was late, but it doesn't matter, we had fun.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:so|slow|only|just)\b[^.!?\n]{0,20}?\bit\s+"
        r"(?:doesn't|didn't)\s+(?:really\s+)?",
    ),
    TrapRule(
        "discount_nobody_else_applied",
        DISCOUNT,
        r"\belse\s+(?:was\s+)?(?:applied|tried|entered|interested|showed\s+up|went\s+for\s+it"
        r"|wanted\s+it)\b",
        "The good result is being explained away as not really yours.",
        ("Yeah, I got the award, but nobody else applied.",),
        ("Nobody else applied for the garden spot, so it's ours!",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:nobody|no\s+one)\s+",
    ),
    TrapRule(
        "discount_big_deal",
        DISCOUNT,
        r"\bbig\s+deal\s*[.!?]*\s*$",
        "A good thing is being brushed aside as if it doesn't count.",
        ("I did well on one test, big deal.",),
        ("It was a big deal for me and I'm proud.",),
    ),
    TrapRule(
        "discount_so_what",
        DISCOUNT,
        r"\bwhat(?:\s*[.!?]*\s*$|\s+if\s+i\b(?=[^.!?\n]{0,40}\b(?:easy|anyone|nothing)))",
        "A good thing is being brushed aside as if it doesn't count.",
        ("So what if I finished it, it was easy.", "I got an A. So what."),
        ("So what do you fancy for dinner?",),
        before=r"\bso\s+",
    ),
    TrapRule(
        "discount_only_because",
        DISCOUNT,
        r"\b(?:because|cos|coz|cause|cuz|bc|since|out\s+of|due\s+to|thanks\s+to)\b",
        "The good result is being explained away as not really yours.",
        (
            "I only passed because the test was easy.",
            "They only said yes out of pity.",
            "I only got the part because nobody else tried out.",
            "I only did well because it was easy.",
            "I only got the promotion cos no one else wanted it.",
        ),
        ("I only went because it was raining.", "The store only takes cash."),
        before=r"\b(?:only|just)\s+(?:[a-z']+\s+){0,2}?(?:passed|won|got\s+(?:in|the\s+(?:job|part"
        r"|role|grade|promotion|place)|picked|chosen|hired|promoted|accepted|through)|made\s+it"
        r"|finished|succeeded|managed|hired|picked|chose|chosen|accepted|promoted|praised|liked"
        r"|complimented|invited|said\s+yes|agreed|worked\s+out|went\s+well|scored|helped|included"
        r"|did\s+(?:well|okay|ok|fine|it)|kept\s+me|loves?\s+me|likes?\s+me|stay(?:ed)?\s+with"
        r"\s+me)\s+(?:[a-z']+\s+){0,4}?",
    ),
    TrapRule(
        "discount_they_were_desperate",
        DISCOUNT,
        r"\bdesperate\b",
        "The good result is being explained away as not really yours.",
        ("yeah I got the job but they were desperate",),
        ("I was desperate for a coffee.",),
        before=r"\b(?:they|he|she)\s+(?:were|was|must\s+have\s+been|are|is)\s+(?:just\s+)?",
    ),
)
