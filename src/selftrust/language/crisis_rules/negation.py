"""Cues that cancel a phrase by negating it, and cues that keep it alive despite a negation.

The policy (see ``crisis.py``): an explicit negation right before a phrase cancels it, unless
what follows hedges it. What counts as a hedge depends on the kind of negation:
- a negated intention ("I'm not going to", "I don't want to") is hedged by a time word right
  after the phrase too: "I'm not going to kill myself today" still counts, because "today"
  leaves tomorrow open, but in "I'm not suicidal, just sad today" the "today" belongs to "sad";
- a negated report of the past ("I didn't", "no thoughts of", "haven't") is only hedged by
  ambivalence ("... but I wanted to"), so "Didn't feel any pull to self-harm today" stays calm.
"""

# Explicit negation right before a phrase. Only helper words may sit between the negation and
# the phrase, so "not that I want to die" is not read as a negation. The ``report`` group marks
# negations that describe what did not happen.
NEGATION = (
    r"(?<!why\x20)(?:"
    r"(?P<report>no|didn't|didnt|did not|haven't|havent|have not|hasn't|hasnt|has not|hadn't|"
    r"had not|wasn't|wasnt|was not|never (?:once )?(?:felt|had|did)|"
    # "no thoughts of", "zero urges to", "no plan or wish to"
    r"(?:no|zero) (?:more |new |real |actual |strong |big )?(?:thoughts?|urges?|pull|wish|desire|"
    r"plans?|intention|temptation|feelings?|signs?|ideas?|cravings?|impulses?)(?: or (?:thoughts?|"
    r"urges?|plans?|wish|wishes|desire|intention|feelings?|ideas?|impulses?))? (?:of|to|about|"
    r"towards?|for)|"
    r"(?:(?:didn't|did not|didnt|don't|dont|do not|never|haven't|havent|have not|hasn't|hadn't) "
    r"(?:feel|felt|have|had|get|got|notice|noticed)|not (?:having|getting|feeling|noticing)) "
    r"(?:any |the |an |a |even a |even the )?"
    r"(?:urges?|pull|need|want|wish|desire|thoughts?|temptation|cravings?|impulses?) (?:to|of|"
    r"about|for)|"
    r"without (?:any )?(?:thoughts? of|urges? to|wanting to)|free (?:of|from) (?:thoughts? of|"
    r"urges? to)|(?:not|never) (?:having|getting|feeling)(?: any| the)?)"
    r"|don't|dont|do not|never|won't|wont|will not|wouldn't|would not|not|no longer|"
    r"no intention of|no plans? to|no plan of|no desire to|no urge to|no wish to|no need to|"
    r"promised not to|promise not to)"
    r" (?:(?:want|wanted|wanna|wanting|going|gonna|to|ever|really|actually|plan|planning|"
    r"intend|need|feel like|wish|even|try|trying|be|would|about|again|any|had|have|thought|"
    r"thinking|of|been|once|do|anything|something|that) ){0,5}"
)

# Ambivalence after a negated phrase: the negation no longer settles it.
_AMBIVALENCE = (
    r"(?:but|though|although|except|yet|tho) (?:\w+ ){0,4}?(?:sometimes|some days|some nights|"
    r"part of me|(?:i )?(?:still )?think about (?:it|doing it|that)|thought about (?:it|doing it)|"
    r"the thoughts? (?:are|is|keep|come|won't)|i might|maybe|not sure|don't know|dont know|idk|"
    r"can't promise|cant promise|scared|afraid|tempt\w*|almost|close to|lately|crosses my mind|"
    r"crossed my mind|i wonder|wondering|the urges?|it's hard|it's there|"
    r"i (?:really |kind of |kinda |still |so )?(?:want to|wanna|wanted to|do|did|might|could|"
    r"would|have|had|am)(?=\W*(?:[.!?\n]|$)))"
    # An answer the writer takes back: "I said no but I lied", "which wasn't true".
    r"|lied|lying|was a lie|(?:wasn't|was not|isn't|is not|not) (?:really )?(?:true|honest)"
    r"|sometimes|some days|part of me|not sure|idk|i don't know|i dont know|i'm scared|"
    r"im scared|i might|maybe|unless|yet|at least not|not yet|not today|not tonight"
)

# Words after a negated phrase that leave it open: it still counts.
HEDGE = _AMBIVALENCE

# A time word right after a negated intention (at most one word between): it still counts.
# "I don't want to hurt myself tonight or any night" closes it again.
HEDGE_TIME = (
    r" (?:\w+ )?(?:today|tonight|right now|for now|at the moment|this time|this week)"
    r"(?! or (?:any|ever|anytime|tomorrow|after))"
)

# A screening question answered "no" settles the phrase inside it: "my therapist asked if I'd
# had any thoughts of suicide and I could honestly say no".
QUESTION = (
    r"(?:asked|asks|asking|ask) (?:me )?(?:\w+ )?(?:if|whether|about)|(?:any|had any|have you had|"
    r"have i had) (?:thoughts|urges)|(?:asked|asks|asking) (?:me )?(?:the |a |that )?(?:\w+ )?"
    r"questions? (?:about|on)"
)
# A screening question about harm, asked of the writer: "the doctor asked if anyone at home
# hurts me". Only this form, so "he asked if anyone saw him hit me. I said no." still counts.
HARM_QUESTION = (
    r"(?:asked|asks|asking|ask) (?:me )?(?:if|whether) (?:anyone|anybody|someone|somebody) "
    r"(?:at home |in (?:my|the|our) (?:home|house|family) |ever |currently |now )?"
    r"(?:hurts|hits|harms|threatens|scares|frightens|is (?:hurting|hitting|harming|threatening)|"
    r"has (?:ever )?(?:hurt|hit|harmed|threatened)|had (?:ever )?(?:hurt|hit|harmed|threatened)|"
    r"makes? me (?:feel )?(?:scared|afraid|unsafe)) (?:me|us)"
)
_NO = r"(?:no|nope|none|not at all|never)(?! (?:one|body|more|longer|way|point|reason|idea|matter))"
ANSWER_NO = (
    r"(?:said|say|says|answered|answer|replied|reply|told (?:her|him|them)) (?:\w+ ){0,2}?"
    + _NO
    + r"|(?:the |my |honest |an honest )?answer (?:is |was )?"
    + _NO
    # "... asked if I'm suicidal. I'm not." and a bare "No." as the next sentence.
    + r"|(?:i'm|im|i am) (?:really |honestly |definitely )?not(?=\W*(?:[.!\n]|$))"
    r"|(?<=[.?!:]\x20)no(?=\W*(?:[.!,;\n]|$))"
    # "Honestly, no." as the next sentence.
    r"|(?<=[.?!:]\x20)(?:honestly|truthfully|truly|really|nope|in all honesty),? no(?:pe)?"
    r"(?=\W*(?:[.!,;\n]|$))"
    r"|(?:honestly |truthfully )?(?:haven't|have not|havent|hadn't|had not) (?:felt|had|noticed|"
    r"thought about) (?:it|that|them|any \w+|the \w+)(?: \w+)? (?:in|for) (?:months|years|ages|"
    r"weeks|a long time|a while)"
)

# A rating or answer written right after the phrase: "sh urges: 0/10", "suicidal thoughts? no".
# "suicidal thoughts? no", "urges to hurt myself? No.", "self-harm, no." (a list of answers),
# and "the old urge to hurt myself just didn't show up".
AFTER_NO = (
    r"(?: (?:thoughts?|urges?|feelings?|ideas?|plans?|myself))?(?:\W{0,3}[:?=-]\W*(?:none|no|"
    r"nope|zero|nil|0(?:/10| out of 10)?|not (?:today|at all|really))(?! (?:one|body|more|longer|"
    r"way|point|reason|idea|matter))(?!\w)|\W{1,3}(?:0|zero)(?:/10| out of 10)"
    r"|\W{0,2}, (?:none|no|nope|never|not at all)(?=\W*(?:[.!;\n]|$))"
    r"|(?: (?:and|but) (?:it|they|that))? (?:just |simply |really )?(?:didn't|did not|never|"
    r"doesn't|does not|hasn't|has not) "
    r"(?:show(?:ed)? up|come|came|appear(?:ed)?|return(?:ed)?|turn(?:ed)? up)"
    # "The urge to cut has been quiet for ages", unless a turn follows ("but tonight ...").
    r"|(?: (?:has|have) been| (?:is|are|was|were|stays?|stayed)) (?:so |really |very |pretty |"
    r"mostly )?(?:quiet|silent|calm)(?![^.!?\n]*(?<!\w)(?:but|until|till|then|except|back|"
    r"again|now)(?!\w)))"
)
