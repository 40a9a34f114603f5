"""Disqualifying the positive, widened: a good moment handed to anyone but you."""

from selftrust.language.trap_rules.shared import DISCOUNT, TrapRule

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "discount_nothing_to_do_with_me",
        DISCOUNT,
        r"\b(?:fun|well|great|good|nice|lovely|happy|smiled|laughed|liked|loved|thanked|praised"
        r"|passed|worked|won|enjoyed|glad|proud)\b[^.!?\n]{0,50}?\bbut\s+(?:that|it|this|they"
        r"|she|he|that's|it's)\s+(?:had|has|have|was|is|'s)?\s*(?:got\s+)?nothing\s+to\s+do\s+with"
        r"\s+me\b",
        "It hands the credit for a good moment to anything but you.",
        (
            "The party went well, but that had nothing to do with me.",
            "My son smiled at breakfast but it was nothing to do with me",
        ),
        ("The storm was awful, but it had nothing to do with me.", "It was lovely and I helped."),
    ),
    TrapRule(
        "discount_they_dont_know_real_me",
        DISCOUNT,
        r"\b(?:don't|dont|do\s+not|didn't|doesn't|wouldn't)\s+(?:really\s+)?(?:know|see|saw)\s+(?:the"
        r"\s+real\s+me|what\s+i'm\s+(?:really\s+)?like|who\s+i\s+(?:really\s+)?am|the\s+(?:real|whole)"
        r"\s+(?:story|picture|truth)|me\s+(?:properly|at\s+home|really)|what's\s+(?:really\s+)?(?:going\s+on"
        r"\s+)?(?:inside|underneath|behind\s+it)|the\s+inside|how\s+i\s+(?:really\s+)?(?:feel|am))\b",
        "Kind words are set aside as if the person who said them had been fooled.",
        (
            "People say I'm brave. They don't know the real me.",
            "People keep saying I'm doing great but they don't see what's going on inside.",
        ),
        ("My new friends don't know the real me yet, and that's normal.",),
        before=r"\b(?:say|says|said|saying|call|calls|called|think|thinks|tell|tells|told|telling)\s+"
        r"(?:me\s+)?(?:i'm|i\s+am|that\s+i'm|me)\s+(?:so\s+|really\s+|very\s+|doing\s+(?:so\s+)?)?(?:brave"
        r"|strong|kind|clever|smart|well|brilliantly|talented|amazing|great|good|lovely|inspiring"
        r"|funny|beautiful|pretty|wonderful|resilient"
        r"|capable|a\s+good\s+[a-z]+)\b[^\n]{0,60}?",
    ),
    TrapRule(
        "discount_just_basic",
        DISCOUNT,
        r"\b(?:basic|basics|bare\s+minimum|minimum|least\s+(?:i|anyone)\s+(?:can|could)\s+do)\b",
        "A good thing you did is waved away as too small to count.",
        (
            "I cleaned the kitchen, but that's just basic.",
            "I went to work, but it's the bare minimum.",
        ),
        ("The flat is basic but cosy.", "We learned the basics of knitting today."),
        before=r"\bbut\b[^.!?\n]{0,30}?\b(?:just|only|the|really)\s+(?:the\s+)?",
    ),
    TrapRule(
        "discount_they_thank_everyone",
        DISCOUNT,
        r"\b(?:thank|thanks|praise|praises|compliment|compliments|say\s+that\s+to|says\s+that\s+to"
        r"|tell|tells|congratulate|congratulates|hug|hugs|invite|invites|pass|passes|hire|hires"
        r"|smile\s+at|smiles\s+at|nice\s+to|kind\s+to|clap\s+for|claps\s+for|cheer\s+for|cheers"
        r"\s+for|praise|praises|rate|rates|like|likes|love|loves)\s+(?:that\s+to\s+)?(?:everything"
        r"|anything|everyone|everybody"
        r"|anyone|every\s+[a-z]+|all\s+of\s+us|the\s+whole\s+[a-z]+)\b",
        "A kind word to you is set aside as something everyone gets.",
        (
            "They thanked me at the meeting but they thank everyone.",
            "He said my talk was good, but he says that to everybody.",
        ),
        ("They thank everyone at the end of the show.", "She's kind to everyone and so am I."),
        before=r"\bbut\s+(?:they|he|she|you|people|it|the\s+[a-z]+)(?:'s|'re|\s+is|\s+are)?\s+"
        r"(?:just\s+|literally\s+|always\s+|probably\s+|only\s+)?",
    ),
    TrapRule(
        "discount_a_fluke",
        DISCOUNT,
        r"\b(?:fluke|flukey|fluky|luck|lucky)\b",
        "A good result is put down to chance instead of to you.",
        ("It was a fluke.", "I passed, but it was pure luck.", "i just got lucky, thats all"),
        ("Good luck with the exam!", "We got lucky with the weather."),
        before=r"\b(?:a|just\s+a|total|complete|pure|probably\s+a|only|just|sheer|dumb|beginner's"
        r"|i\s+(?:just\s+|only\s+)?got)\s+",
        unless=r"\b(?:weather|parking|traffic|bus|train|sun|rain|lottery|raffle|draw|good\s+luck)\b",
    ),
    TrapRule(
        "discount_isnt_an_achievement",
        DISCOUNT,
        r"\b(?:achievement|accomplishment)\b",
        "Something you managed is waved away as not worth counting.",
        ("Getting out of bed today isn't an achievement, normal people do it without thinking.",),
        ("It's no small achievement, and I'm proud.",),
        before=r"\b(?:isn't|isnt|is\s+not|wasn't|not|hardly|never|no)\s+(?:an?\s+|really\s+an?\s+"
        r"|much\s+of\s+an?\s+|exactly\s+an?\s+|some\s+(?:great|big)\s+|any\s+kind\s+of\s+)?",
    ),
    TrapRule(
        "discount_paid_to_say_it",
        DISCOUNT,
        r"\bsay\s+(?:that|so|it|something\s+nice|nice\s+things)\b",
        "Kind words are set aside as something the person had to say.",
        ("They had to say that.", "my tutor is paid to say nice things"),
        ("I have to say that I loved it.", "We had to say goodbye at the station."),
        before=r"\b(?:(?:had|has|have|got)\s+to|paid\s+to|obliged\s+to)\s+",
        not_after=r"\b(?:i|we|i\s+just|i\s+really)\s+",
    ),
    TrapRule(
        "discount_to_make_me_feel_better",
        DISCOUNT,
        r"\b(?:make\s+me\s+feel\s+(?:better|good)|cheer\s+me\s+up|nice|kind|keep\s+me\s+quiet"
        r"|shut\s+me\s+up)\b",
        "Kind words are set aside as if they were only said to comfort you.",
        (
            "They only said it was good to make me feel better.",
            "she just praised it to cheer me up",
        ),
        (
            "I went for a walk to make me feel better.",
            "He came round to cheer me up and it worked.",
        ),
        before=r"\b(?:only|just)\s+(?:said|say|says|saying|told|praised|complimented|liked|did|clapped)\b"
        r"[^.!?\n]{0,40}?\bto\s+(?:be\s+)?",
    ),
    TrapRule(
        "discount_shes_my_mum",
        DISCOUNT,
        r"\b(?:mum|mom|mam|mother|dad|father|nan|gran|grandma|best\s+friend|partner|wife|husband"
        r"|boyfriend|girlfriend|therapist|counsellor)(?=\s*(?:[.!?,;]|$))",
        "Kind words are set aside as something the person was bound to say.",
        (
            "She liked my painting, but she's my mum, she has to.",
            "He said it was great, but he's my dad.",
        ),
        ("I wanted to stay, but he had to work.", "I love this scarf, but it's my nan's."),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:she's|he's|they're|she\s+is|he\s+is|they\s+are)\s+my\s+",
    ),
    TrapRule(
        "discount_nobody_else",
        DISCOUNT,
        r"\b(?:nobody|no\s+one|no-one|noone)\s+else\b(?:\s+(?:applied|wanted|was|went|tried|could|would"
        r"|turned\s+up|available))?",
        "A good result is put down to there being no one else, not to you.",
        ("They gave me the award but they probably had nobody else.",),
        ("Nobody else was home, so I had the place to myself.",),
        before=r"\b(?:but|because|cos|only|probably|must\s+have|there\s+was)\b[^.!?\n]{0,30}?",
        unless=r"\b(?:to\s+myself|home|peace|quiet)\b",
    ),
    TrapRule(
        "discount_a_one_off",
        DISCOUNT,
        r"\b(?:one[\s-]off|blip|fluke\s+day|lucky\s+day|exception)\b",
        "A good moment of yours is set aside as a one-off.",
        ("So I stayed calm this time, whatever, it was a one-off.",),
        ("The storm was a one-off, the forecast says.", "Pizza on a Monday is a one-off treat."),
        before=r"\b(?:but|whatever|so|anyway|yeah)\b[^.!?\n]{0,40}?\b(?:it\s+was|that\s+was|it's|that's"
        r"|just)\s+(?:a\s+|only\s+a\s+|just\s+a\s+)?",
        unless=r"\b(?:storm|forecast|weather|treat|sale)\b",
    ),
    TrapRule(
        "discount_loads_of_people_do",
        DISCOUNT,
        r"\b(?:(?:loads|lots|plenty|millions|thousands|tons|heaps|most)\s+of\s+people|anyone|anybody"
        r"|everyone|everybody|any\s+idiot|any\s+fool)\s+(?:can|could|does|do|did|manages?|has|have)\s+"
        r"(?:that|it|this|[a-z]+\s+(?:a|an|the)\s+[a-z]+)\b",
        "A thing you did is set aside as something anyone does.",
        (
            "I ran a half marathon, but loads of people do that.",
            "I cooked for ten people but anyone can follow a recipe.",
        ),
        (
            "Loads of people do that walk, and I loved it too.",
            "Anyone can join the choir, so I did.",
        ),
        before=r"\bbut\b[^.!?\n]{0,30}?",
        needs="but",
    ),
    TrapRule(
        "discount_had_to_give_it_to_someone",
        DISCOUNT,
        r"\b(?:someone|somebody|anyone|one\s+of\s+us)\b",
        "A good result is put down to chance of the draw instead of to you.",
        ("I got a promotion but they had to give it to someone.",),
        ("They had to give the spare ticket to someone, so I went.",),
        before=r"\bbut\b[^.!?\n]{0,30}?\b(?:had|have|has)\s+to\s+(?:give|pick|choose|hire|promote)\s+"
        r"(?:it\s+to\s+)?",
        needs="but",
    ),
    TrapRule(
        "discount_big_whoop",
        DISCOUNT,
        r"\b(?:big\s+whoop|whoop[\s-]*de[\s-]*doo|big\s+deal|so\s+what)\b(?=\s*(?:[,.!?;—-]|$))",
        "Something you managed is waved away with a shrug.",
        (
            "I made it to the gym, big whoop, it's only one session.",
            "I stayed sober a month, big deal.",
        ),
        ("Big deal tomorrow, the final interview!", "So what? she asked, and we laughed."),
        before=r"\bi(?:'ve|'d)?\s+[^.!?\n]{0,60}?[,.!—-]\s*",
    ),
    TrapRule(
        "discount_they_let_anyone_in",
        DISCOUNT,
        r"\b(?:let|lets|letting)\s+(?:just\s+)?(?:anyone|anybody|everyone|everybody)\s+(?:in|through"
        r"|pass|on|join)\b",
        "A place you earned is put down to the door being open to anyone.",
        ("I got into uni, but they let anyone in these days.",),
        ("The museum lets anyone in for free on Sundays.",),
        before=r"\bbut\b[^.!?\n]{0,30}?",
        needs="but",
    ),
)
