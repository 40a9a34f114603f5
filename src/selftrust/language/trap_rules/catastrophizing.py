"""Catastrophizing: the worst case as the likely one."""

from selftrust.language.trap_rules.shared import (
    CATASTROPHE,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "catastrophe_disaster",
        CATASTROPHE,
        r"\b(?:disaster|catastrophe|catastrophic|nightmare|train\s*wreck|hell|apocalypse|tragedy)\b",
        "Words like “disaster” make a hard moment sound like the worst possible one.",
        (
            "This is a disaster.",
            "Today was a total nightmare.",
            "I missed the bus and now the whole day is a disaster.",
        ),
        (
            "The kitchen is a disaster after baking, but it was fun.",
            "I had a nightmare last night, so I'm taking it slow.",
        ),
        unless=r"\b(?:weather|fete|haircut|film|movie)\b",
        before=r"\b(?:this|it|that|today|tonight|tomorrow|everything|life|i|we|my\s+(?:life|future"
        r"|career|relationship|marriage|family|day|week|job|world)|(?:the|this|my|our)\s+(?:whole"
        r"|entire)\s+[a-z]+|what\s+an?|the\s+whole\s+thing|it's|that's)\s+(?:(?:is|was|'s|will|be"
        r"|would|going|to|am|'m|are|'re|been|a|an|total|complete|absolute|utter|such|just|one|big"
        r"|huge|massive|another|becoming|turned|turning|into|gonna|now)\s+){0,5}",
    ),
    TrapRule(
        "catastrophe_life_ruined",
        CATASTROPHE,
        r"\b(?:ruined|over|destroyed|wrecked|finished|falling\s+apart|fallen\s+apart|(?<=in\s)ruins"
        r"|lost|doomed|hopeless|pointless|screwed|done\s+for|coming\s+apart|crumbling)\b",
        "“Ruined” or “over” turns a setback into an ending.",
        (
            "My life is ruined.",
            "Everything is falling apart.",
            "One bad grade and my whole future is over.",
        ),
        ("The movie is over, time for bed.", "I'm finished with work for today."),
        before=r"\b(?:(?:my|our)\s+(?:[a-z]+\s+)?(?:life|future|career|chances|relationship|marriage"
        r"|family|reputation|world|friendship)|everything|it\s+all|all\s+of\s+it|the\s+world|life)(?:\s+(?:is|are|was"
        r"|were|has\s+been|have\s+been|will\s+be|is\s+going\s+to\s+be|would\s+be|feels)|'s)\s+"
        r"(?:(?:completely|totally|basically|officially|pretty\s+much|so|just|now|already"
        r"|absolutely|utterly)\s+)?(?:in\s+)?",
    ),
    TrapRule(
        "catastrophe_im_doomed",
        CATASTROPHE,
        r"\b(?:doomed|screwed|done\s+for|ruined|finished(?!\s+(?:with|the|my|work|early|now))"
        r"|beyond\s+help|(?<=a\s)lost\s+cause)\b",
        "“I'm doomed” turns a setback into an ending.",
        ("I'm ruined.", "We're doomed."),
        ("I'm finished with work for today.",),
        before=r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:so\s+|totally\s+|completely\s+|a\s+)?",
    ),
    TrapRule(
        "catastrophe_worst_case",
        CATASTROPHE,
        r"\b(?:end\s+of\s+(?:the\s+world|my\s+life)|worst\s+thing\s+(?:that\s+)?(?:could|can|ever"
        r"|in\s+the\s+world|to\s+happen)|worst\s+(?:day|thing|moment|mistake|week|year)\s+(?:ever"
        r"|of\s+my\s+(?:entire\s+)?life)|worst[\s-]case|worst\s+(?:is\s+going\s+to|will)\s+happen|(?:lose|lost"
        r"|losing)\s+everything|end\s+up\s+(?:homeless|on\s+the\s+street|alone|with\s+nothing|broke"
        r"|dead|in\s+(?:jail|prison|the\s+gutter))|die\s+of\s+(?:embarrassment|shame)"
        r"|ruin(?:s|ed)?\s+(?:my|our)\s+(?:[a-z]+\s+)?(?:life|future|career|chances|reputation"
        r"|relationship|marriage|family)|ruin(?:s|ed)?\s+everything|(?<=be\s)homeless)\b",
        "It jumps to the worst ending as if it were the likely one.",
        (
            "This is the worst thing that could have happened.",
            "It's the end of the world.",
            "I'll end up on the street.",
            "I'll lose everything.",
        ),
        ("The worst thing about the film was the popcorn.", "We got to the end of the road."),
    ),
    TrapRule(
        "catastrophe_ill_break_down",
        CATASTROPHE,
        r"\b(?:die|(?<=have\sa\s)(?:breakdown|heart\s+attack)|lose\s+my\s+mind|go\s+crazy"
        r"|fall\s+apart|break\s+down)\b",
        "It jumps to the worst ending as if it were the likely one.",
        ("I'm going to have a breakdown.", "I'll die of embarrassment."),
        ("I'd love to go dancing.",),
        before=r"(?:(?<=')ll|\bwill|\bgoing\s+to|\bgonna|\bcould)\s+(?:have\s+a\s+)?",
    ),
    TrapRule(
        "catastrophe_no_way_out",
        CATASTROPHE,
        r"\bway\s+out\b",
        "“No way out” makes a hard moment sound like the end of the road.",
        ("There's no way out of this.",),
        ("The way out is by the stairs.",),
        before=r"\bno\s+",
    ),
    TrapRule(
        "catastrophe_im_dying",
        CATASTROPHE,
        r"\b(?:dying(?!\s+(?:to|for|of\s+laugh))|having\s+a\s+heart\s+attack)\b",
        "A scary body feeling is being read as the worst possible cause.",
        ("My chest hurts, I'm probably having a heart attack.", "My heart is racing, I'm dying."),
        ("I'm dying to see the new film.",),
        before=r"\b(?:i'm|i\s+am)\s+(?:probably\s+|definitely\s+)?",
    ),
    TrapRule(
        "catastrophe_out_of_control",
        CATASTROPHE,
        r"\bout\s+of\s+control\b",
        "“Out of control” makes a hard stretch sound like the worst possible one.",
        ("Everything is spiralling out of control.",),
        ("The kids were out of control at the party, so fun.",),
        before=r"\b(?:everything|my\s+life|life|things|it)\s+(?:is|'s|are|feels)\s+(?:spinning\s+"
        r"|spiral+ing\s+)?",
    ),
    TrapRule(
        "catastrophe_something_terrible",
        CATASTROPHE,
        r"\b(?:terrible|awful|horrible|bad|serious|really\s+bad)\s+(?:must|is\s+going\s+to|will"
        r"|might|'s\s+going\s+to)\b",
        "It jumps to the worst explanation as if it were the likely one.",
        ("My partner is late, something terrible must have happened.",),
        ("Something good will come of this.",),
        before=r"\bsomething\s+",
    ),
    TrapRule(
        "catastrophe_this_is_the_end",
        CATASTROPHE,
        r"\bend\b(?!\s+of\s+the\s+(?:road|day|street|film|movie|book|episode|line|month|week))",
        "“This is the end” turns a setback into an ending.",
        ("This is the end.",),
        ("This is the end of the film.",),
        before=r"\b(?:this|it)\s+is\s+the\s+",
    ),
    TrapRule(
        "catastrophe_getting_worse",
        CATASTROPHE,
        r"\bgetting\s+worse(?:\s+and\s+worse)?\b",
        "“Only getting worse” reads a hard stretch as the way it will always go.",
        ("My life is a mess and it's only getting worse.",),
        ("The rain is getting worse, so I'll stay in.",),
        before=r"\b(?:only|just|keeps?)\s+",
    ),
    TrapRule(
        "catastrophe_will_fall_apart",
        CATASTROPHE,
        r"\b(?:fall\s+apart|collapse|crumble|(?<=be\s)ruined)\b",
        "It jumps to the worst ending as if it were the likely one.",
        ("If he's angry, everything will fall apart.",),
        ("The cake will fall apart if I cut it now.",),
        before=r"\b(?:everything|it\s+all|my\s+life|things|life)\s+(?:will|is\s+going\s+to|would)\s+"
        r"(?:all\s+)?(?:be\s+)?",
    ),
    TrapRule(
        "catastrophe_cant_survive",
        CATASTROPHE,
        r"\b(?:survive|recover|cope|bear\s+(?:it|this|any)|live\s+with\s+(?:it|this|myself))\b",
        "“I can't cope” can make a hard moment feel bigger than all you have lived through.",
        ("If she leaves, I won't survive it.", "I can't cope."),
        ("I can't live without my morning coffee, ha.",),
        before=r"\b(?:can't|cannot|won't|couldn't|not\s+going\s+to)\s+(?:ever\s+)?",
    ),
    TrapRule(
        "catastrophe_cant_handle_this",
        CATASTROPHE,
        r"\b(?:(?:handle|take|bear|deal\s+with)\s+(?:this|it|any\s+of\s+(?:this|it)|anymore|life"
        r"|everything|one\s+more\s+thing)|(?:do|stand)\s+(?:this|it|that|any\s+of\s+this)\s+"
        r"(?:anymore|any\s+more)|do\s+this(?=\s*[.!]|\s*$))\b",
        "“I can't handle this” can make a hard moment feel bigger than all you have lived through.",
        (
            "I can't handle this.",
            "I can't take this anymore.",
            "I can't deal with this, it's too much.",
        ),
        ("I can't stand cilantro.", "I can't do that, sorry, I'm busy Friday."),
        before=r"\bcan't\s+",
    ),
    TrapRule(
        "catastrophe_never_recover",
        CATASTROPHE,
        r"\bnever\s+(?:recover|get\s+over\s+(?:it|this|that)|survive|be\s+(?:okay|ok|the\s+same"
        r"|happy|normal))\b",
        "“Never recover” reads the worst ending as the certain one.",
        ("I'll never recover from this.", "Nothing will ever be okay again, I'll never be happy."),
        ("I'll never get over how kind she was.",),
    ),
    TrapRule(
        "catastrophe_unbearable",
        CATASTROPHE,
        r"\b(?:unbearable|too\s+much\s+to\s+(?:bear|handle|take))\b",
        "“Unbearable” can make a hard moment feel bigger than what you have already lived through.",
        ("This is unbearable.",),
        ("The heat was almost unbearable, so we swam.",),
        not_after=r"\b(?:almost|nearly|was|heat)\s+",
    ),
    TrapRule(
        "catastrophe_its_hopeless",
        CATASTROPHE,
        r"\b(?:hopeless\b|too\s+much(?=\s*(?:[.!?,;]|$|for\s+me))|(?<=all\s)over(?:\s+for\s+me)?"
        r"(?=\s*(?:[.!?,;]|$))|over\s+for\s+me\b)",
        "“It's hopeless” turns a hard moment into an ending.",
        (
            "it's hopeless, nothing will ever be okay again",
            "It's all over.",
            "It's all too much.",
            "It's over for me.",
        ),
        ("It's over, the game finished.", "It's too much food, let's share."),
        before=r"\b(?:it's|it\s+is|everything's|everything\s+is|this\s+is|that's|life\s+is)\s+"
        r"(?:all\s+)?(?:just\s+)?",
    ),
    TrapRule(
        "catastrophe_what_if",
        CATASTROPHE,
        r"\bwhat\s+if\b[^.!?\n]{0,60}?\b(?:die|dies|dying|dead|death|los(?:e|es|ing)|lost|never"
        r"|terribl[ey]|awful|horribl[ey]|wrong|worst|cancer|tumou?r|fired|sick|ill|serious"
        r"|crash(?:es|ed)?|hurt(?:s|ing)?|leaves?\s+me|left\s+me|hates?|alone|disaster|homeless"
        r"|fail(?:s|ed)?|mess(?:es|ed)?\s+up|ruin(?:s|ed)?|can't|won't|laugh(?:s|ing)?\s+at"
        r"|reject(?:s|ed)?|heart\s+attack|forever|panic|faint|collapse|happens\s+to|bad|accident"
        r"|stroke|nobody|no\s+one|kill(?:s|ed)?|breaks?\s+down|embarrass\w*|drown\w*|attack\w*"
        r"|emergency)\b",
        "“What if” is going straight to the worst outcome.",
        (
            "What if I lose my job and end up on the street?",
            "My heart is racing, what if I'm dying?",
            "What if the plane crashes?",
        ),
        ("What if I try the new café?", "What if she says yes?", "What if we leave a bit early?"),
    ),
    TrapRule(
        "catastrophe_something_serious",
        CATASTROPHE,
        r"\b(?:serious|cancer|tumou?r|heart\s+attack|stroke|fatal|deadly|terminal)\b",
        "A worrying sign is being read as the most serious cause.",
        ("This headache is probably something serious.", "it must be a brain tumour"),
        ("It's serious fun at the fair.",),
        before=r"\b(?:probably|must\s+be|could\s+be|might\s+be|definitely|a\s+sign\s+of)\s+"
        r"(?:something\s+)?(?:a\s+)?(?:brain\s+|bowel\s+|breast\s+|lung\s+|skin\s+)?",
    ),
)
