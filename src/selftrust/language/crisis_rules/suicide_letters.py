"""Goodbyes put in writing or in a last act: letters to loved ones, a note left where it will be
found, a last entry, a goodbye sent with no answer after it, a last hug, thanks that sound
final."""

from selftrust.language.crisis_rules.shared import EVERYDAY_GOODBYE, PEOPLE, Rule, combos, words

# The everyday reasons to leave someone a note: errands, food, pets, being late.
_EVERYDAY_NOTE = (
    EVERYDAY_GOODBYE + r"|saying|to say|says|said|about|asking|ask|remind\w*|"
    r"that i'?d|that i'?m|that i'?ll|be back|back (?:at|by|soon|later)|late|home by|dinner|tea|"
    r"lunch|breakfast|oven|fridge|freezer|shopping|groceries|milk|bread|bins?|feed|walk|dog|"
    r"cat|parcel|delivery|keys|school|work|shift|gym|party|rent|bills?|money|thanks|thank you|"
    r"happy|surprise|birthday|mother's day|father's day|sticky"
)

RULES: tuple[Rule, ...] = (
    # Letters to several loved ones, put away with passwords, sealed or "in case": a goodbye
    # told as a story. Thank-you cards, pen pals and therapy exercises stay calm.
    Rule(
        id="suicide.letters",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("letter|letters"),
            *combos("note|notes|video|videos|message|messages|card|cards", "to|for"),
            *combos(
                "written|wrote|finished|done",
                "the notes|my notes|the letters|my letters|all the|all my",
            ),
        ),
        pattern=(
            r"(?:wrote|written|writing|write|left|leaving|finished|sealed) (?:\w+ ){0,2}?"
            r"(?:letters|notes|cards) (?:to|for) (?:\w+ ){0,3}?(?:\w+ (?:and|&) \w+|everyone|"
            r"everybody|each of (?:them|my \w+)|all of them|the people i love|(?:my|all my|each of "
            r"my) (?:\w+ )?(?:sisters|brothers|kids|children|parents|family|friends|loved ones|"
            r"siblings|family members|boys|girls))"
            r"|(?:written|wrote|finished|done) (?:the|my|all the|all my) (?:notes|letters)"
            r"(?=\W*(?:[.!?\n]|$))"
            r"|(?:wrote|written|writing|left|recorded) (?:a |some )?(?:letters?|notes?|videos?|"
            r"messages?) (?:for|to) (?:my |the )?(?:kids|children|son|daughter|family|baby|partner|"
            r"wife|husband|\w+) (?:to (?:read|open|watch|have) )?(?:when|for when|after|once) "
            r"(?:they're|they are|he's|she's|they|i'm|i am|i) (?:older|grown up|grown|gone|dead|18|"
            r"eighteen|not here|can't)"
            r"|(?:wrote|written|writing|write|left|leaving|finished|sealed) (?:a |my )?(?:letter|"
            r"note) (?:to|for) (?:each of|every one of|all of) (?:them|my \w+)"
        ),
        needs=(
            r"passwords|drawer|envelopes?|sealed|in case|for when|for after|explain\w*|sorry|older|"
            r"grown up|when i'm|"
            r"goodbye|good bye|my will|to be found|to be opened|hidden|hid|hide|under (?:my|the) "
            r"pillow|won't|wont|gone|forgive|love you|for them to find|where they'll "
            r"(?:find|be found)|be found|date|ready|nerve"
        ),
        benign=(
            EVERYDAY_GOODBYE + r"|thank you|pen ?pals?|invitations|school|teacher|"
            r"project|exercise|therap\w*|younger self|future self|workshop|homework|group|class|"
            r"course|valentine|postcards?|job"
        ),
        reason="You wrote about goodbye letters.",
        examples=(
            "Wrote letters to Ana, Dad and Priya tonight and put them in the drawer",
            "wrote letters to mum, dad and my sister and sealed them",
            "Wrote letters to my sisters tonight. Sealed them and left them on the desk.",
            "Wrote a letter for my kids to read when they're older.",
        ),
        near_misses=(
            "Wrote goodbye cards for everyone on the team",
            "wrote letters to mum and dad for the therapy exercise, then we talked",
        ),
    ),
    # Calling an entry the last one.
    Rule(
        id="suicide.last_entry",
        kind="suicide",
        anchors=combos("last|final", "entry|post|message|note|letter|words|time|thing"),
        pattern=(
            r"(?:this is|this'll be|this will be|this might be|this may be|this could be|"
            r"this is going to be|this is gonna be) (?:probably |maybe |likely |possibly |prob |"
            r"definitely |officially )?(?:my |the )?(?:last|final) (?:entry|post|message|note|lette"
            r"r|"
            r"words|time (?:i write|writing|you hear from me))"
            r"|(?:the )?last time (?:i'll|i will|i'm|i) (?:ever )?(?:write|writing|post|posting|"
            r"open this|am here|'m here) (?:here|in (?:this|here))?"
            r"|(?:these are )?my (?:last|final) words"
            r"|(?:this is|this'll be|this will be|this might be) (?:probably |maybe )?the (?:last|"
            r"final) thing (?:i'll|i will|i'm going to|i'm gonna|i) (?:ever )?(?:write|post|say)"
        ),
        benign=(
            r"notebook|new one|new journal|full|pages|switching|app|for (?:today|tonight|now|"
            r"this year|the year|the week|a while|the night|the day|the evening|the weekend)|"
            r"going to (?:sleep|bed)|off to bed|bedtime|good ?night|before (?:my|the|i) (?:holiday|"
            r"trip|break)|"
            r"of the (?:year|day|week|month)|on this (?:phone|laptop)|essay|exam|famous"
        ),
        reason="You wrote that this may be your last entry.",
        examples=(
            "this is my last entry. thank you for listening",
            "this is probably my last entry. thank you for trying",
            "This will be the last time I write here.",
            "this is the last thing i'll ever write in here",
            "This is the last entry. Thank you, journal, for listening. Goodbye.",
        ),
        near_misses=(
            "this is my last entry in this notebook, it's full",
            "this is my last entry for today, off to bed",
        ),
    ),
    # One note left for a loved one in the open ("left a note for my mum on the kitchen table"),
    # said with nothing else: it can be a goodbye, and a calm card costs less than a miss. Any
    # everyday reason nearby (dinner, being late, the dog) keeps it calm.
    Rule(
        id="suicide.note_left",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos("a|my|the", "note|letter", "for|to"),
        pattern=(
            r"(?:left|leaving|leave|wrote|written|writing|put) (?:a|my|the) (?:note|letter) "
            r"(?:for|to) (?:my |our |the )?(?:" + PEOPLE + r")(?:'s)? (?:on|in|under|by|next to) "
            r"(?:the|my|his|her|their|our) (?:kitchen |bedroom |front )?(?:table|bed|pillow|desk|"
            r"counter|side|door|drawer|mirror|stairs)(?=\W*(?:[.!?\n]|$))"
        ),
        benign=_EVERYDAY_NOTE,
        reason="You wrote about leaving a note that may be a goodbye.",
        examples=(
            "I've left a note for my mum on the kitchen table.",
            "left a letter for my husband on his pillow.",
        ),
        near_misses=(
            "left a note for my mum on the kitchen table saying dinner's in the oven",
            "left a note for my flatmate on the fridge about the bins",
        ),
    ),
    # A goodbye sent by text, then silence: "texted me goodbye and now she won't answer".
    Rule(
        id="suicide.goodbye_sent",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos(
            "texted|messaged|sent|dm'd|dmed|emailed|snapped|voicemailed|wrote",
            "me|us|everyone|everybody|all|him|her|them",
        ),
        pattern=(
            r"(?:texted|messaged|sent|dm'd|dmed|emailed|snapped|voicemailed|wrote) (?:me|us|"
            r"everyone|everybody|all of us|all of them|him|her|them)(?: all)?(?: (?:a|this|one|"
            r"some) (?:weird |strange |"
            r"short |long )?(?:text|message|note))?(?: (?:saying|that said|with))? (?:goodbye|"
            r"good bye|bye forever|farewell)"
        ),
        needs=(
            r"won't (?:pick up|answer|reply)|wont (?:pick up|answer|reply)|isn't answering|"
            r"not answering|not picking up|not replying|hasn't (?:replied|answered)|no (?:reply|"
            r"answer)|can't (?:reach|get hold of)|cant (?:reach|get hold of)|phone (?:is )?off|"
            r"switched off|gone quiet|went quiet|left on read|sorry|love you|forgive|scared|"
            r"worried|frightened"
        ),
        benign=EVERYDAY_GOODBYE + r"|landed|boarding|plane|flight|train|bus|holiday|see you",
        reason="You wrote about a goodbye that sounds final.",
        examples=(
            "My best friend texted me goodbye and now she won't answer.",
            "he messaged everyone a weird message saying goodbye and his phone is off",
        ),
        near_misses=(
            "she texted me goodbye from the airport, see you in June",
            "texted me goodbye before boarding, she's not answering because she's on the plane",
        ),
    ),
    # A last tender act "because it's the last time": a goodbye without the word.
    Rule(
        id="suicide.last_time",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos("the|my", "last", "time"),
        pattern=(
            r"(?:hugged|held|kissed|cuddled|told \w+ i love|looked at|watched|said goodnight to|"
            r"tucked in|stroked|hugging|holding|kissing|cuddling) (?:\w+ ){0,5}?(?:because|cause|"
            r"cos|coz|since|knowing|as) (?:it's|it is|it was|it'll be|this is|this was|that was|"
            r"this might be|it might be|this could be) (?:the|my) (?:very )?last time"
            r"(?=\W*(?:[.!?\n]|$))"
        ),
        benign=EVERYDAY_GOODBYE + r"|moving|leav\w*|visit|flight|abroad|uni|university|camp|"
        r"deploy\w*|before (?:she|he|they|we) (?:go|goes|leave|leaves|move|moves)",
        reason="You wrote about a last goodbye.",
        examples=(
            "I hugged my kids extra long tonight because it's the last time.",
            "held the cat for ages knowing it was the last time",
        ),
        near_misses=(
            "hugged my son at the airport because it's the last time before he moves abroad",
        ),
    ),
    # Thanks that sound like a last message: "thanks for everything, you were the best" late at
    # night, or with no answer afterwards.
    Rule(
        id="suicide.final_thanks",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("thanks|thank you|thankyou|ty", "for everything|so much"),
            *words("best$|good to me|only one"),
            *combos("mattered|meant", "to|so|the|everything|a|more"),
        ),
        pattern=(
            r"(?:thanks|thank you|thankyou|ty) (?:so much )?for everything"
            r"|you (?:were|have been|was) (?:always )?(?:the best|the best thing|my best friend|"
            r"the best friend|so good to me|always so good to me|the only one(?: who)?)(?! (?:boy|"
            r"girl|dog|cat|pup|"
            r"at|in|teacher|boss|coach|manager|colleague|neighbou?r|team))"
            r"|you (?:mattered|meant (?:so much|the world|everything|a lot|more than you know)) "
            r"to me"
        ),
        needs=(
            r"(?:[1-5]|one|two|three|four|five) ?(?:am|a\.m)|middle of the night|late at night|"
            r"won't (?:pick up|answer|reply)|isn't answering|not answering|not picking up|"
            r"can't reach|cant reach|phone (?:is )?off|switched off|goodbye|good bye|i love you|"
            r"love you all|take care of|forgive|this is it|the end|never (?:again|see)|"
            r"remember me|for trying"
        ),
        benign=(
            r"rip|rest in peace|passed away|funeral|memorial|grave|retir\w*|leaving do|last day|"
            r"card|wedding|birthday|speech|graduat\w*|team|colleague|award"
        ),
        reason="You wrote something that sounds like a goodbye.",
        examples=(
            "My best friend texted 'thanks for everything, you were the best' at 3am",
            "thank you for everything. i love you. goodbye",
            "Just wanted to say you mattered to me. Goodbye.",
        ),
        near_misses=(
            "thanks for everything today, the party was lovely",
            "wrote in her leaving card: thank you for everything, you were the best boss",
        ),
    ),
)
