"""Personalizing: taking the blame for what others do or feel."""

from selftrust.language.trap_rules.shared import (
    NEGATED,
    PERSONAL,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "personal_my_fault",
        PERSONAL,
        r"\bfault\b",
        "“My fault” puts all of it on you, when many things usually play a part.",
        (
            "It's all my fault.",
            "My kid is struggling at school, that's my fault.",
            "its my fault he hit me",
        ),
        (
            "It wasn't my fault, he chose to hurt me.",
            "What happened to me was not my fault.",
            "It's not really my fault the train was late.",
            "It's my fault the cake burned, I forgot the timer, I'll set one next time.",
        ),
        before=r"\b(?:(?:all|totally|entirely|completely|probably|definitely|really)\s+)?my\s+"
        r"(?:own\s+)?",
        not_after=NEGATED + r"(?:[a-z']+\s+)?|(?:used\s+to\s+(?:think|believe)|thought)\s+"
        r"(?:that\s+)?(?:it\s+was\s+)?",
        # Owning a small slip and planning a fix is taking responsibility, not taking on the world.
        unless=r"\bnext\s+time\b|\bi(?:'ll|\s+will)\s+(?:set|remember|fix|check|put|sort|get\s+a)\b",
    ),
    TrapRule(
        "personal_because_of_me",
        PERSONAL,
        r"\b(?:because\s+of|due\s+to)\s+me\b",
        "It makes you the cause of something that others had a part in too.",
        ("The team lost because of me.", "They're arguing because of me."),
        ("It's not because of me that it rained.",),
        not_after=NEGATED + r"(?:[a-z']+\s+)?",
    ),
    TrapRule(
        "personal_its_on_me",
        PERSONAL,
        r"\bon\s+me\b",
        "It puts the whole weight of it on you.",
        ("The project went badly and it's on me.", "That's all on me."),
        ("The drinks are on me tonight.", "I was late because the bus was, none of it's on me."),
        before=r"\b(?:it's|that's|this\s+is|it\s+was|that\s+was|it\s+is|that\s+is)\s+(?:all\s+)?",
        not_after=NEGATED + r"(?:[a-z']+\s+)?|\bnone\s+of\s+",
    ),
    TrapRule(
        "personal_its_always_me",
        PERSONAL,
        r"\b(?:always|all|must\s+be|problem\s+is)\s+me\b",
        "It makes you the cause of something that others had a part in too.",
        ("It's always me.", "It must be me.", "The problem is me."),
        ("It's all mine, the whole cake.",),
        before=r"\b(?:it's|it|the)\s+",
    ),
    TrapRule(
        "personal_responsible_for",
        PERSONAL,
        r"\b(?:blame|responsible\s+for\s+(?:their|his|her|everyone|how|what|it\s+all"
        r"|my\s+[a-z]+'s|my\s+[a-z]+s'|everything))\b",
        "It makes you the one who answers for what others feel or do.",
        ("I'm responsible for my mum's moods.", "I'm to blame."),
        ("I'm responsible for the garden this week.",),
        before=r"\b(?:i'm|i\s+am)\s+(?:to\s+)?",
    ),
    TrapRule(
        "personal_i_caused_it",
        PERSONAL,
        r"\b(?:(?:caused|ruined|spoiled|wrecked|killed|destroyed|brought\s+down)\s+(?:the\s+(?:mood"
        r"|day|evening|night|party|trip|atmosphere|vibe|dinner|meeting|holiday|weekend|relationship"
        r"|marriage|family|whole\s+[a-z]+)|their|his|her|our|everyone's|christmas|everything"
        r"|it\s+for|things\s+for)|(?:caused|cause)\s+(?:it|this|that|all\s+of\s+this))\b",
        "It puts the whole outcome on you, when others and chance had a part too.",
        (
            "Everyone was quiet at dinner, I ruined the mood.",
            "Whenever someone's upset I assume I caused it.",
        ),
        ("I ruined the cake, so we had ice cream.", "I spoiled the dog with treats today."),
        before=r"\bi\s+(?:[a-z]+\s+)?",
    ),
    TrapRule(
        "personal_something_i_did",
        PERSONAL,
        r"\b(?:something|what|anything)\s+i\s+(?:did|said|didn't|do|say|wrote|texted|posted)\b",
        "It takes someone else's mood as a sign that you did something.",
        (
            "My mom is upset, it must be something I did.",
            "She's upset, and it's because of something I said.",
        ),
        ("I did something kind for my neighbour.", "What did I do today? I rested."),
        before=r"\b(?:(?:it\s+)?must\s+(?:have\s+been|be)|(?:it's|it\s+is|it\s+was)\s+(?:probably"
        r"|definitely|obviously|clearly)|probably|maybe\s+it\s+was|was\s+it|(?:it\s+)?has\s+to\s+be"
        r"|i\s+bet\s+it\s+was|because\s+of)\s+",
    ),
    TrapRule(
        "personal_said_something_wrong",
        PERSONAL,
        r"\b(?:said|done|did|upset|annoyed|hurt|offended|bored|disappointed|scared\s+off"
        r"|pushed\s+away|drove\s+away)\s+(?:something(?:\s+(?:wrong|bad|stupid|to\s+(?:upset"
        r"|annoy|hurt)))?|the\s+wrong\s+thing|her|him|them|someone|everyone)\b",
        "It takes someone else's mood as a sign that you did something.",
        (
            "My friend seems sad, I must have said something wrong.",
            "My friend cancelled, I probably upset her.",
        ),
        ("I probably said hello too loudly, ha.",),
        before=r"\bi\s+(?:must\s+have|must've|probably|definitely|obviously|clearly|might\s+have)\s+",
    ),
    TrapRule(
        "personal_did_i_do_something",
        PERSONAL,
        r"\bsomething\s+(?:wrong|bad|to\s+(?:upset|annoy|hurt))",
        "It takes someone else's mood as a sign that you did something.",
        ("Did I do something wrong?",),
        ("Did I do something fun today? Yes.",),
        before=r"\b(?:did|have)\s+i\s+(?:do|done|say|said)\s+",
    ),
    TrapRule(
        "personal_what_did_i_do",
        PERSONAL,
        r"\b(?:do\s+(?:wrong|this\s+time|to\s+(?:upset|make|deserve|annoy|hurt))|do\s*\?"
        r"|done\s+(?:wrong|now)\b)",
        "It takes someone else's mood as a sign that you did something.",
        ("What did I do wrong this time?", "My friend is quiet, what did I do?"),
        ("What did I do today? I rested.",),
        before=r"\bwhat\s+(?:did|have)\s+i\s+",
    ),
    TrapRule(
        "personal_the_reason",
        PERSONAL,
        r"\b(?:reason|cause|problem|one\s+to\s+blame|one\s+who\s+(?:ruined|ruins|caused|causes"
        r"|messed|broke|wrecked))\b",
        "It makes you the one cause of something that had many causes.",
        (
            "I'm the reason my parents split up.",
            "Maybe I'm the problem.",
            "I'm always the problem.",
        ),
        (
            "I'm the one who brought the cake.",
            "I used to believe I was the problem, and now I see the whole picture.",
        ),
        before=r"\b(?:i'm|i\s+am|i\s+was|i\s+must\s+be|am\s+i|maybe\s+i'm)\s+(?:always\s+|just\s+"
        r"|probably\s+|really\s+|clearly\s+|obviously\s+)?the\s+(?:[a-z]+\s+)?",
        # An old belief told as past ("I used to think I was the problem") is a step away from it.
        not_after=r"(?:used\s+to\s+(?:think|believe|feel)|once\s+thought|thought)\s+",
    ),
    TrapRule(
        "personal_made_them_feel",
        PERSONAL,
        r"\b(?:made|make|making)\s+(?:him|her|them|everyone|everybody|people|my\s+[a-z]+"
        r"|the\s+[a-z]+|us)\s+(?:so\s+|feel\s+|really\s+)?(?:sad|cry|upset|angry|mad|leave"
        r"|miserable|worry|worried|hurt|uncomfortable|awkward|unhappy|stressed|anxious"
        r"|disappointed|suffer|annoyed|bad|frustrated|nervous|hate|worse|yell|snap|shout"
        r"|go\s+quiet|fight|argue|tense)\b",
        "It puts other people's feelings on your shoulders alone.",
        ("I made everyone uncomfortable.", "I always make my mum worry."),
        ("I made her laugh.", "I made the kids lunch."),
        before=r"\bi\s+(?:[a-z]+\s+)?",
    ),
    TrapRule(
        "personal_if_only_i",
        PERSONAL,
        r"\bif\s+only\s+i(?:'d|\s+(?:had|hadn't|was|were|wasn't|did|didn't|could\s+have"
        r"|would\s+have|knew|listened|noticed|tried|stayed|left))\b|\bif\s+i(?:\s+had(?:n't)?|'d"
        r"|\s+had\s+not|\s+had\s+been|\s+was|\s+were|\s+wasn't|\s+weren't|\s+would\s+have"
        r"|\s+could\s+have)\s+(?:[a-z']+\s+){0,4}?(?:better|more|less|harder|sooner|earlier|there"
        r"|stronger|nicer|kinder|prettier|thinner|smarter|different|enough|paid\s+attention"
        r"|listened|noticed|stayed|left|tried|checked|stopped|helped)\b[^.!?\n]{0,50}?\b(?:he|she"
        r"|they|it|my\s+[a-z]+|things|this|everything|nobody|no\s+one)(?:\s+(?:[a-z]+\s+)?"
        r"(?:wouldn't|would\s+not|would\s+still|would\s+never|might\s+not|might\s+still"
        r"|would\s+be|would\s+have|could\s+have|never\s+would)|'d\s+(?:still|have|be|never))",
        "“If only I had” makes you responsible for what others chose or what chance did.",
        (
            "If I had been a better partner, he wouldn't have left.",
            "If only I had tried harder, she would still be here.",
            "If I'd been better, they'd have stayed.",
        ),
        ("If I get tired, I can stop halfway.",),
    ),
    TrapRule(
        "personal_blame_myself",
        PERSONAL,
        r"\b(?:blame|blaming)\s+(?:myself|me)\b",
        "Blaming yourself can leave out everything else that played a part.",
        ("I blame myself for what happened to my brother.",),
        ("I don't blame myself anymore.",),
        before=r"\bi\s+(?:always\s+|still\s+|just\s+|really\s+|totally\s+|completely\s+|keep\s+)?",
    ),
    TrapRule(
        "personal_blame_it_on_me",
        PERSONAL,
        r"\bblame\s+(?:it\s+)?on\s+(?:me|myself)\b|\bblame\b(?=\s*(?:[.!?,;]|$))",
        "Blaming yourself can leave out everything else that played a part.",
        ("Everyone can blame it on me.", "Me to blame, as usual."),
        ("No one is to blame for the rain.",),
        not_after=NEGATED + r"(?:[a-z']+\s+)?(?:is\s+)?(?:to\s+)?",
    ),
    TrapRule(
        "personal_because_i",
        PERSONAL,
        r"\bbecause\s+(?:of\s+(?:me|my|what\s+i)|i\b)",
        "Someone else's reaction is being taken as caused by you alone.",
        ("he yelled because i didn't do enough", "The meeting went badly because I spoke up."),
        ("She called because I was sick.", "We left early because I was tired."),
        before=r"\b(?:he|she|they|my\s+[a-z]+|everyone|mom|dad|the\s+[a-z]+|it|things|everything)"
        r"(?:'s|'re)?\s+(?:[a-z']+\s+){0,2}?(?:yelled|shouted|screamed|left|cried|snapped|hit|drank"
        r"|drinks|cheated|lied|got\s+(?:angry|mad|upset|drunk|awkward|weird|tense)|(?:is|was|'s|are"
        r"|were|seems?|seemed|went)\s+(?:so\s+)?(?:upset|angry|mad|sad|quiet|distant|cold|annoyed"
        r"|stressed|disappointed|unhappy|frustrated|hurt|struggling|suffering|awkward|ruined|tense"
        r"|badly|wrong)|broke\s+up|stopped\s+(?:talking|calling|texting)|ignored\s+me|hates?\s+me"
        r"|left\s+me|fought|argued|arguing|fighting|fell\s+apart|struggle|struggles)\s+"
        r"(?:[a-z]+\s+){0,2}?",
    ),
)
