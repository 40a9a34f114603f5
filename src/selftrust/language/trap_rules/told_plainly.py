"""Traps said plainly in everyday journal words, read in the fifth round: excuses that hand the
whole cause away ("only because she kept pushing my buttons"), blame owned for others' moods
("I made it awkward"), praise put down to pity ("only because they needed to fill spots"),
outcomes already known ("I already know they're bad") and a whole life collapsing."""

from selftrust.language.trap_rules.shared import (
    BLAME,
    CATASTROPHE,
    DISCOUNT,
    FORTUNE,
    HARM_DONE,
    PERSONAL,
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
)
