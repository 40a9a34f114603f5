"""Should statements: rules that turn into pressure."""

from selftrust.language.trap_rules.shared import (
    I_YOU_OR_START,
    SHOULD,
    TrapRule,
)

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "should_have_known",
        SHOULD,
        r"\b(?:should(?:'ve|\s+have|\s+of)|shouldve|shoulda|ought\s+to\s+have)\s+(?:[a-z]+\s+)?(?:known"
        r"|seen|done|been|stopped|said|noticed|realised|realized|left|tried|fought|listened|acted"
        r"|spoken|told|caught|prevented|figured|helped|saved|protected|stayed|asked|handled"
        r"|worked|studied|thought|got|gotten|waited|trusted|checked|spoke|reacted|answered"
        r"|planned|stood|sensed|guessed|remembered|kept|picked|chosen|walked|run|ran|reported"
        r"|pushed|spotted|better)\b",
        "“Should have” judges the past by what you know now.",
        (
            "I should have known better.",
            "I should've seen the signs.",
            "i shouldve known he was lying",
            "I should have left sooner.",
        ),
        ("I should have brought a jacket, it's chilly.",),
        before=I_YOU_OR_START,
    ),
    TrapRule(
        "should_not_feel",
        SHOULD,
        r"\b(?:shouldn't|shouldnt|should\s+not|oughtn't\s+to|ought\s+not\s+to|mustn't|must\s+not)\s+"
        r"(?:[a-z]+\s+)?(?:have|'ve|feel|be|need|cry|struggle|still|mind|care|get\s+(?:upset|angry"
        r"|this|so)|let|find\s+(?:it|this)|want|miss|think|react|complain|ask|make|take\s+(?:it"
        r"|things)|rest|bother|say|trust|show|fail|mess)\b",
        "“Shouldn't” can turn a normal feeling into a rule you are breaking.",
        (
            "I shouldn't feel this way.",
            "I shouldn't still be upset about it.",
            "I shouldn't need help with something so simple.",
            "Shouldn't still need the counsellor after all this time.",
        ),
        ("You shouldn't drive in this snow.", "I shouldn't eat so late, I sleep better."),
        before=I_YOU_OR_START,
    ),
    TrapRule(
        "should_be_better",
        SHOULD,
        r"\b(?:should|ought\s+to|must)\s+(?:(?:already|really|still|just|at\s+least|totally)\s+)?"
        r"(?:be\s+(?:(?:so|much|way|a\s+lot|far)\s+)?(?:able\s+to\s+(?:handle|cope|do\s+(?:this|it"
        r"|that)|manage|deal|get\s+over|just|fix|stop|control|trust|move\s+on|figure|function"
        r"|keep\s+up|hold)|over|better|stronger|more|past|further|farther|happier|grateful"
        r"|thankful|coping|doing\s+(?:better|more|fine|so)|used\s+to|healed|smarter|thinner"
        r"|braver|calmer|tougher|normal|perfect|married|ahead|in\s+control|handling|less|earning"
        r"|fine\s+by\s+now|okay\s+by\s+now|happy|strong|productive|successful|independent|nicer"
        r"|kinder|enough|done\s+with|moving\s+on|grown|mature|an\s+adult|a\s+better|the\s+best"
        r"|ashamed|embarrassed)|know\s+(?:better|how|this|that|what|by\s+now)|feel\s+(?:grateful"
        r"|better|happy|fine|okay|ok|good|more|less|thankful|lucky|guilty|ashamed)|do\s+(?:better"
        r"|more|it\s+all|everything|this\s+alone|it\s+alone)|try\s+harder|work\s+harder"
        r"|push\s+(?:through|harder)|(?:just\s+)?get\s+over\s+(?:it|this|that)|handle\s+(?:it|this"
        r"|everything)|cope|manage|have\s+(?:it\s+all|my\s+life|things|everything)\s+(?:figured"
        r"|together|sorted)|have\s+(?:figured|moved)|stop\s+(?:being|feeling|crying|overthinking"
        r"|complaining|needing|asking|worrying|acting)|always|never|keep\s+everyone"
        r"|make\s+everyone|please\s+everyone|fix\s+everything|get\s+it\s+right"
        r"|(?:keep|hold)\s+it\s+(?:all\s+)?together)\b",
        "“Should” here sets a rule about how you ought to be, instead of asking what you need.",
        (
            "I should be over this by now.",
            "I ought to be stronger than this.",
            "I must never make mistakes.",
            "You should know how to do this by now.",
            "I must hold it all together for the kids.",
        ),
        (
            "I should call my sister, I'd like that.",
            "I must remember to water the plants.",
            "I should be able to make it on Friday.",
            "Should be at the station by two. Kids should be in bed by eight.",
        ),
        before=I_YOU_OR_START,
    ),
    TrapRule(
        "should_have_to_be",
        SHOULD,
        r"\b(?:need\s+to|have\s+to|has\s+to|gotta|got\s+to)\s+(?:always|never|be\s+(?:(?:so|much"
        r"|way|more|a\s+lot)\s+)?(?:the\s+|a\s+)?(?:perfect|flawless|better|stronger|best|strong"
        r"|tougher|thinner|smarter|productive|in\s+control|grateful|successful|enough"
        r"|good\s+enough|over\s+it|everything)|stop\s+(?:being|feeling|crying|overthinking"
        r"|complaining|needing|asking|worrying|acting)|(?:keep|make|please)\s+everyone"
        r"|fix\s+everything|get\s+it\s+right|do\s+(?:it\s+all|everything))\b",
        "“Have to be” turns a hope into a rule with no room to be human.",
        (
            "I have to be perfect at work.",
            "I need to stop being so sensitive.",
            "Need to be stronger than this.",
            "I have to be the perfect partner.",
        ),
        (
            "I have to be at work by nine.",
            "I need to stop at the pharmacy.",
            "Need to be at the dentist by ten.",
        ),
        before=I_YOU_OR_START,
    ),
    TrapRule(
        "should_supposed_to",
        SHOULD,
        r"\bsupposed\s+to\s+(?:be\s+(?!at\b|in\b|there\b|home\b|on\b|meeting\b|going\b|leaving\b"
        r"|getting\b|the\s+one\s+(?:bringing|picking|driving|doing|cooking|hosting|making)\b)|have|know|feel|handle|cope|do\s+better|want|manage|like|enjoy|keep"
        r"|make\s+(?:it|everyone)|get\s+over|move\s+on|fix|take\s+care)",
        "“Supposed to” measures you against a rule instead of your own pace.",
        (
            "I'm supposed to have my life figured out at thirty.",
            "I'm supposed to be the strong one.",
        ),
        (
            "I'm supposed to be at the station by two.",
            "I'm supposed to meet her at noon.",
            "I'm supposed to be the one bringing wine to the party.",
        ),
        before=r"\b(?:i'm|i\s+am|i\s+was|you're|you\s+are|you\s+were)\s+(?:[a-z]+\s+)?",
    ),
    TrapRule(
        "should_a_good_person_would",
        SHOULD,
        r"\b(?:good|real|normal|strong|decent|proper|better|grown|functioning|healthy|mature"
        r"|loving|sane|capable)\s+(?:[a-z]+\s+)?(?:mother|mom|mum|father|dad|parent|daughter|son"
        r"|friend|partner|wife|husband|person|employee|worker|student|sister|brother|adult|man"
        r"|woman|girlfriend|boyfriend|survivor|teacher|nurse|leader|human|grown-?up|colleague"
        r"|coworker|host|neighbou?r|child|kid|caregiver|carer|spouse)\s+(?:would|wouldn't"
        r"|would\s+never|never|always|doesn't|does\s+not|could\s+never|should|shouldn't|knows"
        r"|ought\s+to|oughta|must|has\s+to|needs\s+to|would\s+(?:manage|cope|handle|be\s+able)"
        r"|could\s+(?:manage|cope|handle|do)|can\s+(?:manage|cope|handle))\b",
        "“A good … would” holds you to a rule about how people are meant to be.",
        (
            "A good daughter would never get angry at her mother.",
            "A normal person wouldn't be this upset.",
            "a grown woman ought to manage this",
        ),
        ("A good night's sleep would help.", "A good friend is coming over."),
        before=r"\ba\s+",
    ),
    TrapRule(
        "should_good_people_dont",
        SHOULD,
        r"\b(?:good|real|normal|strong|decent|proper)\s+(?:mothers|moms|mums|fathers|dads"
        r"|parents|daughters|sons|friends|partners|wives|husbands|people|employees|students"
        r"|adults|men|women)\s+(?:don't|do\s+not|never|always|wouldn't|would\s+never"
        r"|shouldn't)\b",
        "It holds you to a rule about how people are meant to be.",
        ("Good mothers don't lose their temper.",),
        ("Good friends are a gift.",),
    ),
    TrapRule(
        "should_not_allowed",
        SHOULD,
        r"\ballowed\s+to\s+(?:feel|be|cry|rest|need|ask|want|make)\b",
        "“Not allowed to” makes a rule out of a normal need.",
        ("I'm not allowed to be sad.",),
        ("I'm allowed to change my mind.",),
        before=r"\bi'm\s+not\s+",
    ),
    TrapRule(
        "should_just_get_over_it",
        SHOULD,
        r"\bjust\s+(?:get\s+over|move\s+on|be\s+(?:normal|happy|okay|fine)|let\s+it\s+go|stop)\b",
        "“Why can't I just …” sets a rule about how fast you ought to heal.",
        ("Why can't I just get over it?",),
        ("Why can't I just find my keys?",),
        before=r"\bwhy\s+can't\s+i\s+",
    ),
)
