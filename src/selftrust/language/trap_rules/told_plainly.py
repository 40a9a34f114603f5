"""Traps said plainly in everyday journal words, read in the fifth round: excuses that hand the
whole cause away ("only because she kept pushing my buttons"), blame owned for others' moods
("I made it awkward"), praise put down to pity ("only because they needed to fill spots"),
outcomes already known ("I already know they're bad") and a whole life collapsing."""

from selftrust.language.trap_rules.shared import (
    BLAME,
    CATASTROPHE,
    COMPARE,
    DISCOUNT,
    FORTUNE,
    HARM_DONE,
    PERSONAL,
    SHOULD,
    TrapRule,
)

# Real harm named is not a trap: "it's his fault I have bruises" stays quiet.
_HARMED = (
    HARM_DONE + r"|\b(?:bruis\w*|hit|hurt|hurts|scared\s+of|afraid\s+of|police|violent)\b"
    r"|\blie[ds]?\s+to\s+me|\bmanipulat|\bcheat(?:ed|ing)?\s+on\s+me|\bcontroll|\bdid\s+to\s+me\b"
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "blame_only_because_of_them",
        BLAME,
        r"\b(?:bc|because|cos|coz|cause)\s+(?:she|he|they|my\s+[a-z]+|the\s+[a-z]+)\s+(?:kept"
        r"|keeps|was\s+being|were\s+being|wouldn't|wouldnt|didn't|didnt|never|made\s+me|makes"
        r"\s+me|is\s+(?:useless|so|too)|was\s+(?:useless|so|too)|are\s+(?:useless|trash|so)"
        r"|were\s+(?:useless|trash|so))\b",
        "It hands the whole cause to someone else, which leaves you no say in what comes next.",
        (
            "i only lost my temper bc she kept pushing my buttons",
            "i only ate junk all week bc my roommate keeps buying it",
            "i failed bc the lecturer is useless",
        ),
        ("I only went because she kept asking, and I'm glad I did.",),
        before=r"\bonly\s+(?:[a-z']+\s+){1,5}?|\b(?:failed|missed|lost|forgot|snapped|yelled)\b"
        r"[^.!?\n]{0,30}?",
        unless=_HARMED + r"|\b(?:glad|lovely|grateful|thankful|fun)\b",
    ),
    TrapRule(
        "blame_not_my_doing",
        BLAME,
        r"\b(?:so|thats\s+why|that's\s+why)\s+(?:it's|its|it\s+is)\s+not\s+my\s+fault\s+(?:that\s+)?i"
        r"\b|\bnothing\s+to\s+do\s+with\s+me(?:\s+(?:skipping|not|being|forgetting|missing)\b|(?=\W*"
        r"(?:[.!?\n]|$)))|\b(?:it's|its|it\s+is)\s+(?:all\s+|entirely\s+|totally\s+|completely\s+)?"
        r"(?:my\s+[a-z]+(?:'s|s|s')?|his|her|their|the\s+[a-z]+(?:'s)?)\s+fault\s+(?:i'm|im|i\s+am"
        r"|i|that\s+i|for\s+(?:waking|making|keeping))\b|\bto\s+blame\s+for\s+me\b"
        r"|\bthe\s+reason\s+(?:i'm|im|i\s+am|why\s+i)\b",
        "It hands the whole cause to someone or something else, which leaves you no say in it.",
        (
            "my phone died so its not my fault i forgot her birthday",
            "the ref ruined the game, thats why im in such a foul mood, nothing to do with me",
            "its my parents fault im so bad with money",
            "The weather's to blame for me not getting out of bed all week.",
        ),
        (
            "It wasn't my fault he hit me, and I'm learning to believe that.",
            "The rain is the reason the match was called off.",
        ),
        needs="fault nothing blame reason",
        unless=_HARMED,
    ),
    TrapRule(
        "personal_i_made_it",
        PERSONAL,
        r"\b(?:i|i've|ive|i\s+must\s+have|i\s+probably)\s+(?:made|make|making)\s+(?:it|things"
        r"|everything|the\s+[a-z]+)\s+(?:awkward|weird|worse|uncomfortable|tense)\b"
        r"|\b(?:down\s+to|comes\s+back\s+to|came\s+back\s+to|traced\s+back\s+to)\s+(?:me|how\s+i"
        r"|what\s+i|my\s+(?:mood|attitude|fault|behaviou?r|parenting|temper|words|choices|example"
        r"|leaving|move|moving))\b|\bi\s+drove\s+(?:him|her|them)\s+(?:out|away)\b"
        r"|\b(?:i|it\s+was\s+my\s+[a-z]+\s+that)\s+set\s+(?:them|him|her|everyone)\s+off\b",
        "It makes you the cause of how others feel or what they did, when much was not yours.",
        (
            "nobody talked much at my bday dinner, i made it awkward",
            "The whole region missed target and somehow I know it comes back to me.",
            "The apprentice quit, and I can't shake the idea I drove him out.",
            "The whole crew was grumpy today and it was my mood that set them off.",
        ),
        (
            "I made it weird on purpose with my costume and we all laughed.",
            "Tired right down to my bones, but the nurses are lovely.",
        ),
        unless=r"\b(?:on\s+purpose|laughed|we\s+all|joke|fun)\b",
    ),
    TrapRule(
        "discount_only_because_they_had_to",
        DISCOUNT,
        r"\b(?:bc|because|cause|cos|coz)\s+(?:they|he|she|someone|nobody\s+else)\s+(?:needed"
        r"|had\s+to|have\s+to|has\s+to|felt\s+(?:bad|sorry)|feel\s+(?:bad|sorry)|were\s+desperate"
        r"|was\s+desperate|didn't\s+have|didnt\s+have|pitied|pity)\b",
        "It explains the good thing away, so it cannot count as yours.",
        (
            "got the internship but only bc they needed to fill spots",
            "she said yes to a second date but prob cause she felt bad for me",
            "my friends say im funny but thats cause they have to",
        ),
        ("We left early because they had to catch the last train.",),
        before=r"\b(?:but|only|prob|probably|just|that's|thats)\s+(?:[a-z]+\s+)?",
    ),
    TrapRule(
        "discount_did_not_look",
        DISCOUNT,
        r"\b(?:he|she|they)\s+must\s+not\s+have\s+(?:read|looked|seen|noticed|listened)\b",
        "It explains the praise away, so it cannot count as yours.",
        ("my prof said my proposal was strong, he must not have read it properly",),
        ("She must not have seen the email, I'll ring her.",),
        before=r"\b(?:said|says|told\s+me|praised|liked|loved|called)\b[^.!?\n]{0,60}?",
    ),
    TrapRule(
        "fortune_already_know",
        FORTUNE,
        r"\b(?:already|just)\s+know\s+(?:how\s+(?:it|this|that|[a-z]+)\s+(?:ends|goes|will\s+go)"
        r"|(?:they're|theyre|it's|its|they\s+are|it\s+is|it'll|itll|they'll)\s+(?:bad|going\s+to\s+be"
        r"\s+bad|gonna\s+be\s+bad|awful|terrible)|(?:the\s+)?(?:landlord|boss|they|she|he)\s+(?:won't"
        r"|wont|will\s+not))\b|\bbound\s+to\s+(?:be|go|end|get)\s+(?:bad|wrong|badly|terrible|awful"
        r"|a\s+disaster|a\s+mess|rejected|worse)\b",
        "It treats a guess about what comes next as already settled.",
        (
            "results come out friday and i already know theyre bad",
            "i just know the landlord won't give my deposit back",
            "The biopsy results are bound to be bad news.",
            "Interview's Thursday and I already know how it ends.",
        ),
        ("Finished the series last night; I already know how it ends in the book too.",),
        unless=r"\b(?:book|film|movie|series|show|novel|season|spoilers?|episode|read\s+it)\b",
    ),
    TrapRule(
        "catastrophe_whole_life_collapses",
        CATASTROPHE,
        r"\b(?:my\s+)?whole\s+(?:world|life|business|company|career|future)\s+(?:just\s+)?"
        r"(?:collapses|crashes|falls\s+apart|goes\s+down|is\s+over|ends|will\s+end|is\s+ruined"
        r"|(?:is\s+)?(?:gonna|going\s+to)\s+(?:crash|collapse|fall\s+apart|go\s+down|end))\b"
        r"|\b(?:it's|its|that's|thats|it\s+is)\s+game\s+over\s+for\s+(?:everything|me|us)\b"
        r"|\b(?:that's|thats|then\s+that's|then\s+thats)\s+it\s+for\s+me\b"
        r"|\b(?:drowning|stuck|suffering|alone|broke|miserable)\b[^.!?\n]{0,20}?\bfor\s+the\s+rest"
        r"\s+of\s+my\s+life\b|\b(?:can\s+only\s+be|it's\s+def|its\s+def|it's\s+definitely"
        r"|its\s+definitely|must\s+be)\s+(?:cancer|a\s+tumou?r|something\s+(?:terrible|serious"
        r"|awful|horrible))\b",
        "It jumps to the worst ending, as if it were the only one.",
        (
            "if she breaks up with me my whole world just collapses",
            "if i miss this deadline its game over for everything",
            "im going to be drowning in debt for the rest of my life",
            "this headache has lasted 2 days, its def something terrible",
            "A lump like that can only be cancer and then that's it for me.",
        ),
        (
            "The game's over for everyone at ten, then we walk home.",
            "Lovely day; that's it for me tonight, off to bed.",
        ),
        unless=r"\b(?:off\s+to\s+bed|bedtime|sleep\s+now|signing\s+off|done\s+for\s+(?:the\s+)?"
        r"(?:day|night))\b",
    ),
    TrapRule(
        "compare_they_and_i",
        COMPARE,
        r"\b(?:other\s+[a-z]+|my\s+(?:friends|cohort|batchmates|classmates|colleagues|coworkers"
        r"|peers|mates|brother|sister|cousin|roommate|teammates)|everyone|everybody|all\s+my"
        r"\s+[a-z]+|the\s+(?:other|rest\s+of\s+the)\s+[a-z]+)\b[^.!?\n]{0,80}?(?:[,;.]\s*"
        r"|\s+and\s+|\s+while\s+|\s+but\s+)(?:and\s+)?(?:i'm|im|i\s+am|i|me)(?:\s+(?:still"
        r"|can't(?!\s+wait)|cant(?!\s+wait)|can\s+barely|barely|not\s+even|only|just|'m\s+still"
        r"|am\s+still|have\s+nothing|have\s+a\s+severance|stuck)\b|,\s+nothing\b)",
        "It measures your whole worth against someone else's best bits.",
        (
            "Other nurses can pull a double and still hit the gym. I can barely drive home.",
            "My cohort is publishing and I can't finish one chapter.",
            "My batchmates are all abroad earning in dollars and I'm still stuck here only.",
            "Everybody I went to high school with has a house by now. Me, nothing.",
        ),
        (
            "My friends went home and I'm still smiling about the night.",
            "Everyone left the party early and I just went to bed, lovely night.",
        ),
        unless=r"\b(?:glad|happy|proud\s+of|lovely|too|as\s+well|same\s+as\s+me|inspir\w*|smiling"
        r"|laughing|buzzing|grinning|grateful|tidying|cleaning|washing\s+up|awake|full)\b",
    ),
    TrapRule(
        "fortune_they_are_going_to",
        FORTUNE,
        r"\b(?:going\s+to|gonna)\s+(?:tear|deny|refuse|reject|sack|laugh\s+at"
        r"|hate|dump|end\s+in\s+(?:a\s+)?(?:fight|disaster|tears)|grow\s+up\s+resenting"
        r"|turn\s+me\s+down|see\s+through\s+me|pull\s+(?:my|the)\s+(?:line|plug|funding|offer))\b",
        "It treats a guess about what comes next as already settled.",
        (
            "My committee is going to tear my defense apart.",
            "The judge is going to deny this motion.",
            "The kids are going to grow up resenting me.",
        ),
        ("The council is going to tear down the old library to build a new one.",),
        before=r"(?:\b(?:is|are)|'s|'re)\s+",
        unless=r"\b(?:council|old\s+library|building|builders|demolish\w*|renovat\w*)\b",
    ),
    TrapRule(
        "fortune_surely_will",
        FORTUNE,
        r"\b(?:will\s+surely|will\s+definitely|i\s+know\s+(?:they|she|he|it)\s+will)\s+(?:refuse"
        r"|reject|say\s+no|turn\s+me\s+down|come\s+out\s+bad|go\s+badly|fail|send\s+me\s+home)\b",
        "It treats a guess about what comes next as already settled.",
        (
            "The visa interview is on Monday and I know they will refuse me.",
            "The results will surely come out bad, no need to even check.",
        ),
        ("The bread will surely come out better with the new oven.",),
    ),
    TrapRule(
        "should_without_falling_apart",
        SHOULD,
        r"\b(?:should|ought\s+to|must)\s+be\s+able\s+to\s+[a-z]+(?:\s+[a-z']+){0,4}?\s+without"
        r"\s+(?:falling\s+apart|troubling|bothering|help|crying|complaining|needing|breaking"
        r"\s+down|anyone)\b|\b(?:should|must|have\s+to|need\s+to|ought\s+to)\s+(?:be\s+)?[a-z]+ing"
        r"\s+(?:literally\s+)?(?:every\s+(?:single\s+)?(?:waking\s+)?(?:hour|minute|second|moment)"
        r"|24/7|non-?stop)\b|\bshould\s+(?:already\s+)?have\s+(?:my\s+own|a\s+[a-z]+|it\s+all"
        r"|everything)\b(?=[^.!?\n]{0,30}?\b(?:by\s+now|at\s+my\s+age|by\s+\d+))"
        r"|\bby\s+\d+,?\s+i\s+should\s+(?:already\s+)?have\b",
        "It sets a rule about how much you ought to carry, instead of asking what you need.",
        (
            "I should be able to get through twelve hours without falling apart.",
            "I ought to be able to carry my grief without troubling anybody.",
            "i should be studying literally every waking hour rn",
            "By 28 I should already have my own flat and a car, lah.",
        ),
        ("I should be able to get to the shop without the car if it's dry.",),
    ),
    TrapRule(
        "personal_probably_because_i",
        PERSONAL,
        r"\b(?:fighting|fought|arguing|argued|upset|quiet|cranky|grumpy|in\s+a\s+mood|mad|angry"
        r"|sad|crying|divorced|split\s+up|fell\s+apart|struggling)\b[^.!?\n]{0,40}?\b(?:probably"
        r"|must\s+be|it's|its|all|maybe)\s+(?:because|bc|cos)\s+(?:of\s+)?(?:me\b|my\s+[a-z]+|i\s+"
        r"(?:left|said|did|forgot|was|didn't|didnt))|\bmust\s+be\s+something\s+i(?:'m|\s+am)?"
        r"\s+(?:doing|did|said)\s+wrong\b|\bwhat\s+did\s+i\s+do\s+(?:now|wrong|this\s+time)\b"
        r"|\bi\s+must\s+have\s+driven\s+(?:everyone|them|him|her)\s+(?:off|away)\b"
        r"|\bbecause\s+i\s+was\s+(?:a\s+)?(?:difficult|bad|naughty|too\s+much|a\s+handful"
        r"|a\s+burden)\b",
        "It makes you the cause of how others feel or what they did, when much was not yours.",
        (
            "My housemates were fighting tonight, probably because I left dishes in the sink.",
            "The judge was cranky all morning, probably because of my motion.",
            "My daughter's having trouble at school. Must be something I'm doing wrong at home.",
            "My partner came home in a mood. What did I do now?",
            "My parents divorced because I was a difficult child.",
        ),
        ("She was upset, probably because of the long drive, so I made tea.",),
    ),
)
