"""Should statements, widened: a rule held "no matter what"."""

from selftrust.language.trap_rules.shared import SHOULD, TrapRule

RULES: tuple[TrapRule, ...] = (
    TrapRule(
        "should_no_matter_what",
        SHOULD,
        r"\bno\s+matter\s+(?:what|how\s+(?:i\s+feel|bad|hard|tired|sick))\b",
        "A rule kept “no matter what” leaves no room for how you are doing today.",
        (
            "I have to stay cheerful at home no matter what.",
            "i must never cry in front of anyone no matter how bad it gets",
        ),
        ("I love my dog no matter what.", "No matter what happens, I'll try to rest on Sunday."),
        before=r"\b(?:must|have\s+to|has\s+to|need\s+to|should|got\s+to|gotta)\s+[^.!?\n]{0,40}?",
    ),
    TrapRule(
        "should_be_stronger_than_this",
        SHOULD,
        r"\b(?:stronger|better|tougher|braver|calmer|thinner|smarter|fitter|harder|more\s+[a-z]+"
        r"|less\s+[a-z]+)\s+than\s+(?:this|i\s+am|i'm\s+being|i've\s+been|i\s+was\s+being)\b",
        "A rule about how you are meant to be leaves no room for how you are today.",
        ("I've got to be stronger than this.", "i need to be better than this"),
        ("This coffee has to be better than that one.", "The next batch will be better than this."),
        before=r"\b(?:i've\s+got|ive\s+got|i\s+have|i\s+need|i\s+must|i\s+should|i\s+ought|i\s+gotta"
        r"|i've\s+gotta|i\s+got|i\s+really\s+need|i\s+have\s+got)\s+(?:to\s+)?be\s+(?:so\s+much\s+"
        r"|much\s+|a\s+lot\s+|way\s+|far\s+)?",
    ),
    TrapRule(
        "should_have_had_by_now",
        SHOULD,
        r"\b(?:should(?:'ve|ve|\s+have|\s+of|a)|shoulda|ought\s+to\s+have|oughta\s+have|ought've)\s+(?:already\s+|just\s+|really\s+"
        r"|at\s+least\s+|been\s+able\s+to\s+)?(?:had|got|gotten|figured|sorted|worked\s+out|more\s+sense"
        r"|better\s+sense|more\s+(?:control|self[\s-]control|willpower|discipline)|moved\s+on|got\s+over"
        r"|gotten\s+over|grown\s+up|known\s+better|seen\s+it\s+coming|stopped)\b",
        "“Should have” holds the past you to what you only know now.",
        (
            "Y'all, I should've had my life figured out by 25.",
            "At seventy-three I ought to have more sense than to fall for a phone scam.",
            "i shoulda seen it coming",
        ),
        ("We should have dinner on Friday.", "You should have got the email by now, I sent it."),
        not_after=r"\b(?:you|we|they|it|that|this|he|she)\s+",
        unless=r"\bsent\s+it\b",
    ),
    TrapRule(
        "should_meant_to_be_over_it",
        SHOULD,
        r"\b(?:meant|supposed)\s+to\s+(?:be\s+(?:over|better|coping|fine|able|stronger|past|done"
        r"|healed|okay|ok|sorted|further|happy|grateful)|have\s+(?:moved|got|gotten|sorted|figured"
        r"|healed))\b",
        "A rule about where you are meant to be by now leaves no room for where you are.",
        ("I'm meant to be over this by now.", "i was supposed to have moved on years ago"),
        ("I'm meant to be at the dentist at two.", "The cake is supposed to be done by six."),
        before=r"\b(?:i'm|im|i\s+am|i\s+was)\s+(?:(?:really|still|already|by\s+now|so)\s+)?",
    ),
    TrapRule(
        "should_mothers_are_supposed_to",
        SHOULD,
        r"\b(?:mothers|mums|moms|dads|fathers|parents|wives|husbands|daughters|sons|women|men|adults"
        r"|grown-ups|survivors|friends|mums\s+like\s+me)\s+(?:are\s+)?(?:supposed|meant)\s+to\s+(?:love"
        r"|enjoy|cope|know|manage|handle|never|always|feel|be\s+(?:happy|grateful|strong|calm|patient"
        r"|perfect|able|fine|over))\b",
        "A rule about how a whole group is meant to feel leaves no room for how you feel.",
        ("Mothers are supposed to love every minute of it.", "men are meant to cope on their own"),
        ("Parents are supposed to pick up by three.", "Friends are meant to meet at the gate."),
    ),
    TrapRule(
        "should_no_right_to_feel",
        SHOULD,
        r"\bright\s+to\s+(?:be|feel|complain|moan|struggle|cry|grumble|whinge|ask|need|be\s+upset)\b",
        "A rule about what you are allowed to feel leaves no room for what you do feel.",
        ("I've no right to be sad when others have it worse.", "i dont have any right to complain"),
        ("I have the right to be angry about it.", "I have every right to feel upset."),
        before=r"\b(?:i've|ive|i\s+have|i\s+had|i've\s+got|i\s+got|i\s+don't\s+have|i\s+dont\s+have"
        r"|i\s+haven't\s+got|i\s+haven't)\s+(?:no|any)\s+",
    ),
    TrapRule(
        "should_typo_shud",
        SHOULD,
        r"\b(?:shud|shld|shoud|sould|shudnt|shudn't)\s+(?:(?:be|b)\s+(?:over|better|able|stronger|fine|ok"
        r"|okay|happy|grateful|coping|thinner|further|done|past)|(?:have|hav|of)\s+(?:known|seen|done|been"
        r"|stopped|listened|said|gone|tried|left|had)|know\s+better|not\s+(?:need|feel|be|still)|never)\b",
        "A rule about how you are meant to be leaves no room for how you are today.",
        ("I shud be over this by now", "i shld have known"),
        ("Shud we get pizza tonight?", "I shud be home by 6"),
        not_after=r"\b(?:we|you)\s+|^\s*",
    ),
    TrapRule(
        "should_or_else",
        SHOULD,
        r"\bor\s+else\b(?=\s*(?:[.!?]|$))",
        "A rule with “or else” leaves no room for how you are today.",
        ("I have to get this perfect or else.", "i need to be on top of everything or else"),
        ("We should leave by eight or else.",),
        before=r"\b(?:i\s+have\s+to|i\s+must|i\s+need\s+to|i've\s+got\s+to|i\s+got\s+to|i\s+gotta)\b"
        r"[^.!?\n]{0,40}?",
    ),
)
