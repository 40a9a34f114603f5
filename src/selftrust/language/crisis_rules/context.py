"""Context cues: settled past, topics, whose crisis it is, and accidents made on purpose.

They are rules too, so they live beside the rules. How the engine uses each one is described in
the docstring of ``crisis.py``; every cue here is written in the same pattern language.
"""

# Clearly distant or resolved past, looked for up to two sentences around a phrase. Number
# words count as much as digits: "ten years ago", "twelve years since my attempt".
DISTANT = (
    r"{num}(?:[-\x20]\w+)? (?:years?|yrs?|decades?) (?:ago|back|clean|free|now|since|later|on|"
    r"sober)|"
    r"years ago|a long time ago|long ago|ages ago|decades? ago|"
    r"(?:it's|it has|its|it is|that was|it was) (?:been )?(?:\w+ ){0,2}(?:years|decades?|"
    r"a decade|ages|a long time|a lifetime ago)|(?:over|more than|nearly|almost|about) "
    r"(?:a|one|two|three) decades?|"
    r"when i was (?:a kid|a child|little|young|younger|small|a teen|a teenager|in (?:high school|"
    r"middle school|school|college|uni|university|my teens|my twenties)|\d+|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|as a (?:kid|child|"
    r"teen|teenager|little girl|little boy|student)|in (?:high school|middle school|my teens|"
    r"my early twenties|my twenties|my 20s|my teenage years|my first marriage)|"
    r"back (?:then|in (?:the day|high school|school|college|uni|\d+|my \w+)|at (?:school|uni|"
    r"college))|growing up|childhood|teenage me|younger me|old diary|old journal|old entries|"
    r"(?:months|years) (?:clean|free)|(?:free|clean) (?:of|from) (?:it|that|self ?harm|cutting|"
    r"sh)|(?:it's|it is|that's|that is|its|all|now|so far|long|well) (?:\w+ ){0,2}(?:behind me|"
    r"in the past)|haven't (?:\w+ ){0,3}(?:in years|for years|since (?:then|high school|school|"
    r"college|\d+))|recovered|healed from|in recovery|that was the depression|"
    r"(?:since|after) i left (?:him|her|them)|survivor of|{num} (?:years?|months?) (?:\w+ ){0,2}"
    r"(?:free|clean)|(?:in|back in|before|until) (?:19|20)\d\d|that was before|"
    r"haven't (?:heard from|seen) (?:him|her|them) (?:since|in)|old (?:diar(?:y|ies)|journals?|"
    r"entries|notebooks|posts|photos)|(?:back|from) when i used to|(?:have|has|had) faded|"
    r"chapter is closed|long gone|grew out of|(?:i )?(?:don't|do not|dont) (?:\w+ ){0,2}"
    r"(?:anymore|any more)(?=\W*(?:[.!?,;\n]|$))|"
    r"(?:i )?(?:don't|do not|dont)(?: \w+)? now(?=\W*(?:[.!?\n]|$))|"
    r"but (?:i )?(?:don't|do not) (?:now|anymore|any more|these days)|not anymore|"
    r"i'm past that|there (?:was|were) (?:a time|times|a point|a period)|(?:helped|got|pulled|"
    r"carried) me through (?:it|that|those|the worst)|came out the other side|made it through|"
    r"(?:i'm|i am) (?:\d+|thirty|forty|fifty|sixty|"
    r"okay|ok|fine|safe|better|happy|well) now|"
    # Remembered, outgrown or long survived: "remembering the winter I planned to", "as a young
    # man in Delhi", "fifteen years behind me", "therapy and time got me through."
    r"remembering (?:the|that|a) (?:winter|summer|spring|autumn|fall|year|night|time|day|week|"
    r"month|period|months|years)|as an? (?:young|younger) (?:man|woman|lad|girl|boy|mum|mom|"
    r"dad|mother|father|person|adult)|{num} (?:\w+ )?(?:years?|decades?) behind (?:me|us)|"
    r"(?:got|helped|pulled|carried|saw|brought) me through(?=\W*(?:[.!?\n]|$))|"
    r"(?:been|felt|i've been|i have been) safe (?:for )?(?:a long time|years|ages|a decade)|"
    r"(?:doesn't|does not|don't|do not) (?:\w+ )?(?:visit|come|bother me|show up) (?:\w+ )?"
    r"(?:anymore|any more)|every year on (?:that|the) (?:date|day|anniversary)|"
    # "eight years today since my attempt", "decades back", "feels like someone else's life
    # now", "she's 20 now and thriving", "self-harm free", "genuinely happy these days".
    r"{num} (?:years?|decades?) (?:ago )?today|(?:years|decades?) back|looking back|"
    r"feels? like (?:a |another |someone else's |a different |somebody else's )(?:life(?:time)?|"
    r"person|world)|(?:she's|he's|they're|she is|he is|they are) (?:\d+|twenty|thirty|forty|"
    r"fifty) now|self ?harm free|sh free|(?:genuinely |really |actually |mostly )?(?:happy|"
    r"content|thriving|doing well) (?:these days|nowadays)|"
    # A decade or a stage of life told as past: "back in the eighties", "a rough patch in my
    # forties", "at 16 I overdosed"; steady since: "been steady ever since", "glad I stayed".
    r"(?:back )?in the (?:sixties|seventies|eighties|nineties|noughties|[5-9]0s|'[5-9]0s)|"
    r"(?:had|went through|was|were|during|in) (?:\w+ ){0,3}in my (?:thirties|forties|fifties|"
    r"sixties|[3-6]0s)|(?:^|(?<=[.!?;\n]\x20)|(?<=[.!?;\n]))at (?:1[3-9]|[2-9]\d),? (?:i|we)"
    r"(?= \w+ed| was| had| tried| took| swallowed| cut| did)|"
    r"(?:steady|stable|well|fine|okay|ok|better|good|safe|clean|free|sober|grand) ever since|"
    r"(?:i )?remember(?:ing)? being (?:{num}|a kid|a child|a teen\w*|young|little|at school)|"
    # "Remember when I wanted to die every day? That was 2015.", "when we were 19", "long sorted".
    r"(?:that|it|this) was (?:in |back in )?(?:19|20)\d\d|remember when i|when (?:we|she|he|they) "
    r"(?:was|were) (?:\d+|{num}|kids|young|little|teenagers|at school|in (?:school|college|uni))|"
    r"long sorted|sorted (?:long ago|years ago)|(?:gone|out of (?:my|our) li(?:fe|ves)|divorced|"
    r"dead|passed) since (?:19\d\d|20[01]\d)|i sleep (?:just )?fine now|"
    # Named years long enough ago to be past (up to 2019): "my 2015 diary", "gone since 2009".
    r"(?:19\d\d|20[01]\d) (?:diar(?:y|ies)|journals?|"
    r"entries|notebooks?)|(?:barely|hardly) recogni[sz]e (?:that|her|"
    r"him)|"
    r"glad i (?:stayed|didn't|did not|survived|held on|hung on|made it|am still here|'m still "
    r"here)|(?:we're|we are|im|i'm|i am) (?:all )?(?:good|okay|ok|fine|safe|better|well) now|"
    r"got (?:the )?(?:right )?(?:help|treatment|therapy|meds|medication) (?:and|through|from|"
    r"back then)|"
    r"(?:isn't|aren't|isnt|arent|is not|are not|wasn't|weren't) (?:there |around |a thing )?"
    r"(?:anymore|any more)|(?:haven't|hasn't|havent|hasnt) (?:been|had|felt) (?:\w+ ){0,2}"
    r"(?:for ages|for years|in ages|in years)"
)

# Anything that makes a past statement recent, recurring or still live, in the same or a
# neighbouring sentence. "Still here" and "still proud" are about surviving, so they don't count.
PRESENT = (
    r"again|still(?! (?:here|alive|around|standing|proud|glad|grateful|okay|ok|safe|going strong|"
    r"in touch|friends|remember|think of (?:it|her|him)|have the scars|see the scars|"
    r"(?:have|meet for|get|go for|go out for) (?:dinner|lunch|coffee|a meal|a drink)|"
    r"see each other|talk|speak|meet up))|"
    r"lately|recently|(?<!ago\x20)tonight|last (?:night|week|weekend|month|time(?! was (?:before|"
    r"years|in|when|back)))|right now|"
    r"just now|relaps\w*|(?<!so\x20has\x20the\x20)(?<!no\x20)urges?(?! (?:has|have|is|are|had) "
    r"(?:gone|faded|passed|left)| (?:doesn't|does not|don't|do not|no longer|never|hasn't|"
    r"haven't|rarely))|tempt\w*|craving|cravings|miss (?:it|doing|cutting|the)|"
    # "I want to be here" and "want to get better" look forward, not back to the crisis.
    r"want(?! to (?:be here|live|stay|keep going|keep living|get better|be alive|hug|thank|"
    r"tell (?:her|him|that|my|them)|hold))|wants|wanna|"
    r"(?<!barely\x20)(?<!rarely\x20)(?<!hardly\x20)(?<!never\x20)"
    r"(?<!seldom\x20){think} {about} (?:it|doing)|can't stop|cant stop|going to|gonna|"
    r"(?<!didn't\x20)(?<!did\x20not\x20)(?<!didnt\x20)plan|planning|keep|keeps|"
    r"(?:almost|nearly)(?! (?:took|killed|cost) (?:me|my life))"
    r"|(?:days|weeks|hours) ago|for (?:\d+|a few|two|three|"
    r"four|five|six) (?:days|weeks)|started|starting|back (?:again|now)|came back|coming back"
)

# Time words that make a past statement recent only inside its own sentence: "ten years ago I
# self-harmed; today I'm proud" is settled, "I cut myself today" is not.
PRESENT_NEAR = (
    r"(?<!free\x20)(?<!clean\x20)(?<!ago\x20)(?<!years\x20)(?<!as\x20of\x20)today(?! to mark)"
    r"|yesterday|(?<!ago\x20)(?<!sober\x20)(?<!clean\x20)(?<!free\x20)this (?:morning|"
    r"afternoon|evening|week|"
    r"weekend|month)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)

# Words that turn an apparent accident back into self-harm.
ON_PURPOSE = (
    r"on purpose|deliberately|intentionally|to feel|to cope|to punish|to numb|urges?|"
    r"until (?:it|i|they|my \w+|the \w+) (?:bled|bleed|went|stopped|was|felt|hurt|came|split)|"
    r"till (?:it|i|they|my \w+) (?:bled|bleed|went|stopped|split)|over and over|again and again|"
    r"repeatedly|so i (?:could|would|can) feel|punish\w*|deserve\w*|so (?:it|that it) (?:hurts|"
    r"hurt|would hurt|bleeds|bled)|hurts? more than|want to|wanted to|wanna|need to|"
    r"every (?:night|day|morning|week)|hard enough to|to see if|(?:wasn't|was not|wasnt|"
    r"isn't|not|no) (?:an |really an )?accident|(?:till|until|til) i (?:saw "
    r"stars|felt dizzy|was dizzy|couldn't think|couldnt think)"
)

# A text about the topic rather than about a person: media, classes, awareness, helping others.
TOPIC = (
    r"documentar\w*|article|podcast|book|novel|movie|film|show|episode|series|lecture|"
    r"class|course|training|workshop|seminar|module|research|study|studying|paper|essay|report|"
    r"thesis|assignment|news|awareness|prevention|statistics|volunteer\w*|poster|campaign|"
    r"memoir|biography|learn\w*|taught|teach\w*|lesson|exam|flashcards|psychology|"
    r"psych (?:exam|class|lecture|module|course|degree|essay)|first aid|"
    r"nursing|charity|fundraiser|song|lyrics|album|character|chapter|story|plot|scene|play|"
    r"support group|lost (?:someone|a \w+|him|her|them|loved ones) to suicide|bereaved by|"
    r"info (?:night|evening|session)|parents'? (?:evening|night)|took notes|(?:a|the|one|our) "
    r"patients?|on (?:one-to-one |1:1 |close |constant )?obs|risk assessments?|"
    r"sermon|homily|bible study|theology|ethics class|stats|zine|newsletter|staff meeting|"
    r"screening (?:patients|clients|people|for)|(?:talk|talks|session|evening|event|workshop) on|"
    r"video|tiktok|youtube|pshe|assembly|health class|sex ed|the word|policy|presentation|panel"
    r"|talk at|talk about|helpline|hotline|"
    r"risk factors?|protective factors?|stigma|speech|conference|(?:about|on|learn\w*|taught|"
    r"tips on|guide to|training on) (?:\w+ ){0,2}(?:how|when) to (?:talk|ask|support|help|spot|"
    r"respond|notice)|ask(?:ing)? (?:someone|people|them|a person|each other) (?:\w+ )?(?:about|"
    r"if|whether)|content note|dissertation|phd|masters|coursework|literature review|"
    r"reading list|safeguarding|as an? (?:[\w&]+ )?(?:nurse|doctor|paramedic|gp|therapist|"
    r"counsell?or|social worker|teacher|police officer|psychiatrist|psychologist|volunteer|"
    r"carer|midwife)|my patients|my shift|on shift|true crime|crime show|coroner\w*|inquests?|"
    r"post ?mortems?|mortuary|patholog\w*"
)

# Words that make a topic mention personal again.
TOPIC_OVERRIDE = (
    r"methods?|ways? to (?:die|kill|end|do it|overdose|hang|cut|hurt)|how to (?:die|kill|end|"
    r"do it|overdose|hang|cut|hurt|self)|painless|lethal|dose|how many|myself|urges?|tempted|"
    r"can't stop thinking|cant stop thinking|keep thinking|made me want|want to|wanna|said|"
    # "how she wrote about it" is reading someone's work, not a message from them.
    r"says|told me|texted|messaged|(?<!how\x20she\x20)(?<!how\x20he\x20)(?<!how\x20they\x20)"
    r"(?:wrote|writes|written)|plans? to|planning to|threaten\w*|"
    r"posted|posting|going to|gonna|tonight|tomorrow|keeps?|again|"
    r"on my mind|in my head|on (?:his|her|their|my) (?:story|"
    r"insta\w*|snap\w*|page|feed|status|tiktok)"
)

# Phrases that make a mention a topic even with personal words before it: "learned that asking
# someone if they're thinking about suicide doesn't put the idea in their head".
TOPIC_STRONG = (
    r"(?:course|training|session|workshop|talk) on what to do|"
    r"learn\w* (?:that|about|how)|taught (?:us|me|them)|ask(?:ing)? (?:someone|people|a person|"
    r"them|each other) (?:\w+ )?(?:about|if|whether)|(?:about|on) how to (?:talk|ask|support|"
    r"help|spot|respond|notice)|risk factors?|protective factors?|flashcards|lecture|prevention|"
    r"awareness|statistics|stigma|as an? (?:[\w&]+ )?(?:nurse|doctor|paramedic|gp|therapist|"
    r"counsell?or|social worker|police officer|psychiatrist|psychologist|midwife)|my patients|"
    # Practising the screening question: "we practised asking 'are you thinking about suicide?'".
    r"practi[sc]\w*|role ?play\w*|ask(?:ing|ed)? (?:\w+ ){0,2}?(?:are|have|do) you|"
    r"coroner\w*|inquests?|post ?mortems?|(?:a|the|one|our) patients?|on (?:one-to-one |"
    r"1:1 |close |constant )?obs"
)

# Words that make a phrase the writer's own wherever they stand in it ("after my attempt").
FIRST_PERSON = r"i|i'm|im|i've|ive|i'd|my|myself|me"

# Words right before a mention that make it about the writer ("i feel suicidal").
PERSONAL = (
    r"(?:my|i'm|im|i am|i feel|feel|feeling|felt|i was|i've been|been|having|had|"
    r"{think} {about}|thoughts of|think about|considering|attempted|tried|i) (?:\w+ )?"
)

# The subject nearest before a phrase decides whose crisis it is. A person after "to", "with",
# "for"... is an object ("gave my cat to my neighbour"), not a subject.
_NOT_OBJECT = (
    r"(?<!to\x20)(?<!with\x20)(?<!for\x20)(?<!at\x20)(?<!from\x20)(?<!about\x20)"
    r"(?<!by\x20)(?<!of\x20)(?<!on\x20)(?<!like\x20)(?<!sent\x20)(?<!told\x20)"
    r"(?<!texted\x20)(?<!asked\x20)(?<!messaged\x20)(?<!called\x20)(?<!rang\x20)"
    r"(?<!thanked\x20)(?<!showed\x20)(?<!hugged\x20)"
)
SUBJECT = (
    # Two people together ("my girlfriend and I both cut"): both crises count.
    r"(?P<both>we|we're|we've|we'd|both of us|we both|the two of us|"
    + _NOT_OBJECT
    + r"(?:(?:my|our) )?{people} and (?:i|me)|(?:me|i) and (?:my|our) {people})"
    r"|(?P<third>he|she|they|he's|she's|they're|hes|shes|theyre|he'd|she'd|they'd|he'll|"
    r"she'll|they'll|someone|somebody|(?<!i'm\x20)(?<!im\x20)who|"
    + _NOT_OBJECT
    + r"(?:(?:my|our|his|her|their|a|the|this|that) (?:\w+ )?{people}|(?<!my\x20)(?<!our\x20)"
    r"(?<!his\x20)(?<!her\x20)(?<!their\x20)(?<!a\x20)(?<!the\x20){people}))"
    r"|(?P<first>i|i'm|im|i've|ive|i'd|i'll|me|myself)"
)
