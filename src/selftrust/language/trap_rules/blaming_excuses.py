"""Blaming, widened again: a mood or an act of your own put down to someone or something else
("in a bad mood because she texted", "they wound me up", "the shops make it impossible").

Harm done to the person keeps every rule here quiet, as everywhere in blaming. One exception,
written down in docs/thinking-traps.md: when the person names their own outburst at someone
("I snapped at the kids because…"), an added "it's not my fault" does not keep it quiet.
"""

from selftrust.language.trap_rules.shared import BLAME, HARM, HARM_DONE, HURT, TrapRule

# Harm done to the person; the second leaves out “not my fault” (see the module docstring).
_HURT = HURT
_HURT_DONE = HURT.replace(HARM, HARM_DONE, 1)
# Someone who can be handed the cause.
_WHO = (
    r"(?:my\s+[a-z]+|he|she|they|him|her|them|someone|somebody|people|everyone|the\s+(?:kids"
    r"|children|neighbours?|neighbors?|boss|manager|landlord|others|weather|traffic|shops|bus"
    r"|train|council|government|system|job|office|noise)|this\s+(?:town|place|job|city|weather))"
)
# The person's own outburst or lapse, which the sentence goes on to explain away.
_MY_ACT = (
    r"\bi\s+(?:only\s+|just\s+|totally\s+)?(?:snapped|shouted|yelled|screamed|lost\s+it|lost\s+my"
    r"\s+temper|swore|slammed|smashed|threw|drank|blew\s+up|kicked\s+off|went\s+off|lashed\s+out"
    r"|overspent|overate|binged|relapsed|was\s+late|was\s+rude|was\s+horrible|was\s+nasty|missed"
    r"|forgot|gave\s+up|quit|skipped|cancelled)\b"
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "blame_mood_because_they",
        BLAME,
        r"\b(?:mood|strop|grumpy|cranky|moody|irritable|snappy|ratty|narky|tetchy|crabby|grouchy"
        r"|short-tempered)\b[^.!?\n]{0,30}?\b(?:because|cos|coz|cause|thanks\s+to|all\s+because"
        r"|since|after)\s+(?:of\s+)?" + _WHO + r"\b",
        "It puts the whole cause of your mood on what someone else did.",
        (
            "I'm in a bad mood all day because my sister texted me.",
            "im so grumpy cos my flatmate left dishes again",
        ),
        (
            "I was grumpy this morning because I slept badly, so I had a nap.",
            "I'm in a good mood because my sister visited.",
        ),
        before=r"\b(?:i'm|im|i\s+am|i\s+was|i've\s+been|i\s+get|i\s+got|i\s+feel|i\s+felt)\s+(?:(?:in"
        r"\s+a|so|really|all|such\s+a|in\s+such\s+a|a\s+bit|proper|well|in\s+a\s+right)\s+)*"
        r"(?:bad\s+|foul\s+|terrible\s+|horrible\s+|awful\s+|rotten\s+|black\s+|shit\s+|crap\s+)?",
        unless=_HURT,
    ),
    TrapRule(
        "blame_put_me_in_a_mood",
        BLAME,
        r"\b(?:put|puts|putting)\s+me\s+in\s+(?:a|such\s+a|a\s+right)\s+(?:bad\s+|foul\s+|terrible\s+"
        r"|horrible\s+|awful\s+|black\s+|rotten\s+|shit\s+|crap\s+|grumpy\s+)?(?:mood|strop)\b",
        "It hands the whole of your mood to someone else.",
        ("He put me in a foul mood, so the shouting's on him.",),
        ("The sunshine put me in a good mood.", "The film put me in a thinking mood."),
        unless=_HURT,
    ),
    TrapRule(
        "blame_my_act_is_on_them",
        BLAME,
        r"\bon\s+(?:him|her|them|you)(?=\s*(?:[.!?,;]|$|\s+(?:for|not|and|but)\b))",
        "It puts the whole of what you did on someone else.",
        (
            "He put me in a foul mood, so the shouting's on him.",
            "I said some harsh things, but that's on her for starting it.",
        ),
        ("The drinks are on him tonight.", "It's on the table by the door."),
        before=r"\b(?:shouting|yelling|screaming|row|fight|argument|outburst|drinking|mess|that|it"
        r"|this|the\s+whole\s+thing)(?:'s|\s+is|\s+was)\s+(?:all\s+|totally\s+|completely\s+|100%\s+)?",
        unless=_HURT + r"|\b(?:drinks?|round|table|shelf|floor|list|phone|way|tv|telly)\b",
    ),
    TrapRule(
        "blame_they_wound_me_up",
        BLAME,
        r"\b(?:wound|wind|winds|winding)\s+me\s+up|\b(?:pushed|push|pushes|pushing)\s+my\s+buttons"
        r"|\b(?:drove|drive|drives|driving)\s+me\s+(?:to\s+it|mad|crazy|up\s+the\s+wall|round\s+the"
        r"\s+bend|to\s+drink)|\b(?:provoked|provoke|provokes|provoking)\s+me|\b(?:asked|asking)\s+for\s+it"
        r"|\bmade\s+me\s+(?:do\s+it|snap|shout|yell"
        r"|lose\s+it|lose\s+my\s+temper|drink|scream|swear|kick\s+off)\b",
        "It puts your own outburst down to what someone else did.",
        (
            "I snapped at the kids because they wound me up, it's not my fault.",
            "I only shouted because he kept pushing my buttons.",
        ),
        (
            "My brother winds me up about football and we laugh about it.",
            "I snapped because he hit me, it's not my fault.",
        ),
        before=_MY_ACT + r"[^.!?\n]{0,50}?\b(?:because|cos|coz|cause|as|since|when|after)\s+"
        r"(?:they|he|she|you|the\s+[a-z]+|my\s+[a-z]+|people|everyone)\s+(?:just\s+|kept\s+|keep\s+"
        r"|always\s+|had\s+|were\s+|was\s+)?",
        unless=_HURT_DONE,
    ),
    TrapRule(
        "blame_if_they_were_nicer",
        BLAME,
        r"\bif\s+" + _WHO + r"\s+(?:were|was|would|could|just|only|actually|ever|treated|gave|let"
        r"|left\s+me\s+alone|stopped|paid|respected|appreciated|understood|listened|cared|[a-z]+ed)\b"
        r"[^.!?\n]{0,60}?\bi(?:'d|\s+would|\s+wouldn't|\s+would\s+not|\s+wouldnt|d)\s+(?:not\s+|never"
        r"\s+|have\s+to\s+|need\s+to\s+)?(?:drink|smoke|shout|yell|snap|cry|binge|eat|use|relapse"
        r"|lose\s+my\s+(?:temper|rag|cool)|get\s+so\s+cross"
        r"|gamble|hurt|act\s+out|kick\s+off|lose\s+it|be\s+(?:so\s+)?(?:angry|miserable|stressed"
        r"|anxious|depressed|like\s+this|this\s+way|in\s+this|such\s+a)|feel\s+(?:so\s+)?(?:bad"
        r"|awful|like\s+this)|get\s+(?:so\s+)?(?:angry|upset|drunk|wound))",
        "It hands your own choices to how others behave.",
        (
            "If people were nicer to me I wouldn't drink.",
            "if my boss was fair i wouldnt be so angry",
        ),
        ("If they were coming, I'd make a cake.", "If he hit me again I wouldn't stay."),
        unless=_HURT,
    ),
    TrapRule(
        "blame_nobody_can_expect_me",
        BLAME,
        r"\bexpect\s+me\s+to\s+(?!be\s+perfect|know\s+everything|do\s+it\s+all)[^.!?\n]{0,50}?\b(?:when"
        r"|with|after|because|while|in\s+this|if|given|considering)\b",
        "It hands your own day to the weather, the place or other people.",
        ("Nobody can expect me to get anything done when it's this grey.",),
        (
            "Nobody can expect me to be perfect while I'm learning.",
            "They expect me to arrive at nine when the shop opens.",
        ),
        before=r"\b(?:nobody|no\s+one|no-one|noone|how\s+can\s+(?:anyone|they|you|people|he|she)"
        r"|how\s+could\s+(?:anyone|they|you)|you\s+can't|they\s+can't|can't)\s+(?:really\s+"
        r"|seriously\s+|honestly\s+)?(?:can\s+|could\s+)?",
        unless=_HURT,
    ),
    TrapRule(
        "blame_make_it_impossible",
        BLAME,
        r"\b(?:make|makes|made|making)\s+it\s+(?:impossible|too\s+hard|so\s+hard|so\s+easy|too\s+easy"
        r"|hard)\s+(?:not\s+to|for\s+me|to\s+(?:resist|stop|say\s+no|focus|concentrate|relax|sleep"
        r"|cope|stick|save))\b",
        "It puts what you did down to the shops, the place or other people.",
        (
            "I overspent because the shops make it impossible not to.",
            "i eat junk cos my housemates make it too hard to stick to anything",
        ),
        ("The new ramp makes it easy for me to get in.", "The noise made it hard to sleep."),
        before=r"\b(?:because|cos|coz|cause|since|as)\s+" + _WHO + r"\s+",
        unless=_HURT,
    ),
    TrapRule(
        "blame_none_of_it_on_me",
        BLAME,
        r"\b(?:none\s+of\s+(?:it|this|that)(?:'s|\s+is|\s+was)?|nothing(?:'s|\s+is)?|not)\s+(?:on"
        r"|down\s+to)\s+me\b",
        "It puts the whole of your own slip on something outside you.",
        ("I was late because the bus was late, like always, none of it's on me.",),
        ("The party was fun because the band played, and it's not on me to tidy.",),
        before=r"\bbecause\b[^.!?\n]{0,80}?",
        unless=_HURT + r"|\bto\s+(?:tidy|fix|clean|sort|pay)\b",
    ),
    TrapRule(
        "blame_cant_be_happy_while",
        BLAME,
        r"\b(?:happy|okay|ok|calm|relaxed|settled|content|peaceful|myself|well)\s+(?:(?:while|as\s+long"
        r"\s+as|until)\s+(?:i\s+(?:live|work|stay|am\s+stuck)|i'm\s+(?:stuck|living|working)|im\s+stuck|he|she|they|my\s+[a-z]+|this|these"
        r"|the\s+[a-z]+|people|him|her|them|we\s+live)|(?:with|because\s+of)\s+(?:him|her|them"
        r"|my\s+[a-z]+|this\s+[a-z]+|people)|in\s+this\s+(?:town|city|place|house|job|country|family"
        r"|flat)|living\s+(?:here|with\s+[a-z]+|in\s+this))\b",
        "It hands the whole of your wellbeing to a place or to other people.",
        (
            "I can't be happy while I live in this town.",
            "I'll never be okay as long as my boss is around.",
        ),
        ("I can't be happy with this draft yet, so I'll edit it.", "I can be calm with him now."),
        before=r"\b(?:can't|cant|cannot|can\s+not|won't|wont|will\s+never|never|couldn't|couldnt)"
        r"\s+(?:ever\s+)?(?:be|feel|get)\s+",
        unless=_HURT + r"|\b(?:draft|work|essay|result|results|this\s+(?:draft|version))\b",
    ),
    TrapRule(
        "blame_i_only_drink_because",
        BLAME,
        r"\bonly\s+(?:drink|drank|smoke|smoked|eat|ate|binge|binged|gamble|gambled|shout|shouted|yell"
        r"|yelled|snap|snapped|spend|spent|cheated|lied|skip|skipped|quit)\b[^.!?\n]{0,30}?\b(?:because"
        r"|cos|coz|cause)\s+(?:of\s+)?(?:my\s+(?:job|work|boss|family|kids|partner|mum|dad|[a-z]+)|work"
        r"|the\s+[a-z]+|he|she|they|people|everyone)\b",
        "It puts your own habit down to something outside you.",
        ("I only drink because my job is so stressful.", "i only smoke cos of my flatmates"),
        ("I only eat late because of my shifts, so I plan ahead.",),
        unless=_HURT + r"|\b(?:plan|shifts?)\b",
    ),
    TrapRule(
        "blame_pushed_me_too_far",
        BLAME,
        r"\bpushed\s+me\s+(?:too\s+far|over\s+the\s+edge|to\s+it|to\s+breaking\s+point)\b",
        "It puts your own outburst down to what someone else did.",
        ("I lost it because she pushed me too far.",),
        ("My coach pushed me too far on the run and I told her.",),
        before=_MY_ACT + r"[^.!?\n]{0,50}?\b(?:because|cos|coz|cause|as|since|when|after)\s+"
        r"(?:they|he|she|you|the\s+[a-z]+|my\s+[a-z]+|people|everyone)\s+(?:just\s+|had\s+)?",
        unless=_HURT_DONE,
    ),
    TrapRule(
        "blame_thanks_to_them",
        BLAME,
        r"\bthanks\s+to\s+" + _WHO + r"[^.!?\n]{0,20}?\b(?:i've|i\s+have|i'm|i\s+am|i|my)\b"
        r"[^.!?\n]{0,30}?\b(?:rubbish|awful|terrible|horrible|bad|shit|crap|ruined|miserable|stressed"
        r"|late|no\s+sleep|behind|wrecked|a\s+mess)\b",
        "It puts the whole of your day on someone else.",
        ("Thanks to my flatmate, I've had a rubbish day.",),
        ("Thanks to my flatmate, I've had a lovely day.",),
        unless=_HURT,
    ),
    TrapRule(
        "blame_id_not_drink_if",
        BLAME,
        r"\b(?:drink|smoke|shout|yell|snap|binge|gamble|eat|overeat|cry|kick\s+off)\b[^.!?\n]{0,25}?"
        r"\bif\s+"
        + _WHO
        + r"\s+(?:was|were|wasn't|weren't|would|didn't|did|just|only|stopped|left|let|wasnt"
        r"|werent)\b",
        "It hands your own habit to how someone else behaves.",
        (
            "I'd not drink so much if my boss wasn't such a nightmare.",
            "i wouldnt shout if the kids just listened",
        ),
        ("I'd eat with them if they were free on Sunday.",),
        before=r"\bi(?:'d|\s+would|\s+wouldn't|\s+wouldnt|d)\s+(?:not\s+|never\s+|hardly\s+)?",
        unless=_HURT + r"|\b(?:free|around|hungry|invited)\b",
    ),
    TrapRule(
        "blame_they_make_it_so_i",
        BLAME,
        r"\b(?:make|makes|made)\s+it\s+(?:impossible|too\s+hard|so\s+hard)\s+(?:for\s+me\s+)?to\s+[a-z]+"
        r"[^.!?\n]{0,20}?\bso\s+i\s+(?:shout|yell|snap|drink|smoke|binge|lose\s+it|kick\s+off|give\s+up"
        r"|quit|cry|scream)\b",
        "It puts what you did down to what others did.",
        ("The kids make it impossible for me to relax, so I shout.",),
        ("The noise made it hard to sleep, so I got earplugs.",),
        unless=_HURT,
    ),
    TrapRule(
        "blame_they_are_why_i_cant",
        BLAME,
        r"\bwhy\s+(?:i'm|im|i\s+am|i)\s+(?:can't|cannot|cant|never|always|so|can\s+never)\b",
        "It puts the whole cause of your own day on someone or something else.",
        ("My flatmate's noise is why I can't sleep or study.", "my boss is why im always stressed"),
        ("I drank coffee late, that's why I can't sleep.", "She asked me why I can't come."),
        before=r"\b(?:my\s+[a-z]+(?:'s\s+[a-z]+)?|he|she|they|work|this\s+(?:town|job|place|city)"
        r"|the\s+(?:kids|neighbours?|neighbors?|noise|boss))\s+(?:is|are|was|were)\s+(?:the\s+reason\s+)?",
        unless=_HURT,
    ),
    TrapRule(
        "blame_id_have_if_they_hadnt",
        BLAME,
        r"\bif\s+"
        + _WHO
        + r"\s+(?:hadn't|had\s+not|wasn't|weren't|didn't|hadnt|wasnt|werent)\s+(?:been\s+)?"
        r"(?:so\s+)?(?:needy|difficult|demanding|useless|awful|selfish|unsupportive|lazy|noisy|annoying"
        r"|distracting|in\s+the\s+way|holding\s+me\s+back|held\s+me\s+back)\b",
        "It hands what you did not get done to how others were.",
        ("I'd have finished my degree if my family hadn't been so needy.",),
        ("I'd have stayed longer if the kids weren't tired.",),
        before=r"\bi(?:'d|\s+would|d)\s+(?:have\s+|'ve\s+)?(?:[a-z]+\s+){1,4}?",
        unless=_HURT,
    ),
)
