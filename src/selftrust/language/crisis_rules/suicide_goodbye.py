"""Goodbyes: goodbye posts and videos, giving things away, things sorted "before I go",
farewell notes, and apologies that sound final."""

from selftrust.language.crisis_rules.shared import EVERYDAY_GOODBYE, Rule, combos, words

# Signs that a farewell is final, looked for in the same or a neighbouring sentence.
_FINAL = (
    r"sorry|love you|love them|goodbye|good bye|forgive|fault|blame|gone|won't be|wont be|"
    r"miss (?:me|you)|take care|look after|at peace|the end|last|tried|couldn't|can't do this|"
    r"better this way|free now|don't be sad|dont be sad|don't cry|dont cry|i had to|"
    r"remember me|for trying|never (?:again|see)"
)

RULES: tuple[Rule, ...] = (
    # Goodbye letters and posts, giving treasured things away, saying goodbye to everyone.
    Rule(
        id="suicide.goodbye",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "goodbye|good bye|farewell|suicide|final|last",
                "note|notes|letter|letters|message|messages|video|videos|post|posts|thing|things|"
                "story|status|tweet|text|texts|stories|statuses|tweets",
            ),
            *combos("letters|notes", "to|for"),
            *words("good bye"),
            *combos("journal|diary|notebook|phone|laptop|this", "open|out|unlocked|where"),
            *combos(
                "goodbye|goodbyes",
                "to everyone|to everybody|to the world|to all|to you|forever|world|cruel|everyone|"
                "everybody|all|journal|diary|notebook|app|blog|guys|friends",
            ),
            *combos("when|after|once", "i'm|im|i am", "gone|dead"),
            *combos("won't|wont|will not", "need"),
            *words("this is goodbye|this is good bye|goodbyes|sorry for what|goodbye$"),
            *words("suicide note|someone finds|somebody finds|one last time"),
            *combos("remember", "me"),
            *combos("written|wrote|finished|left", "my note|the note"),
            *combos("goodbye|goodbyes", "without|for the last"),
            *combos("without", "them|him|her|anyone", "knowing"),
            *combos("saying", "goodbye|good|farewell|bye"),
            *combos("with|captioned|said|and|just|only", "goodbye|good bye|farewell|bye forever"),
            *combos(
                "goodbye|bye",
                "weirdly|strangely|oddly|in|like|really|so|kind|a",
            ),
        ),
        pattern=(
            r"(?:wrote|written|writing|write|drafting|drafted|left|leave|leaving|typed|recorded|"
            r"posted|posting|sent|sending|shared|put up|uploaded) (?:(?:a|my|some|the|all|all my|"
            r"a few|weird|long|kind of|sort of|strange) ){0,2}(?:goodbye|good bye|farewell|"
            r"suicide|final|last) (?:notes?|letters?|messages?|videos?|posts?|things?|story|"
            r"stories|status|tweets?|texts?)"
            r"|(?:wrote|writing|written|write) (?:letters|notes) (?:to|for) (?:everyone|everybody|"
            r"my (?:family|kids|mom|mum|dad|parents|friends|partner|sister|brother))"
            r"|this is (?:my )?(?:goodbye|good bye)"
            r"|(?:said|saying|say) (?:my )?goodbyes? to (?:everyone|everybody|the world|all of you|"
            r"you all)"
            r"|said my goodbyes|goodbye (?:forever|world|cruel world|everyone|everybody|all)"
            r"|sorry for what i'm (?:about|going) to do"
            r"|(?:leaving|left|leave) (?:my |this )?(?:journal|diary|notebook|phone|laptop|this) "
            r"(?:open|out|unlocked|where) (?:\w+ ){0,2}?(?:so )?(?:someone|somebody|they|\w+) "
            r"(?:finds?|reads?|sees?|will find|can find)"
            r"|(?:said|saying|say) (?:my )?goodbyes? to (?:\w+ ){1,3}?(?:without (?:them|him|her|"
            r"anyone) knowing|for the last time|one last time)"
            r"|without (?:them|him|her|anyone) knowing (?:it was|it's|that it was) (?:goodbye|"
            r"the last "
            r"time)"
            r"|(?:text|message|voicemail|note|letter|dm|email|snap|"
            r"post) (?:\w+ )?saying (?:goodbye|"
            r"good bye|bye forever|farewell)"
            r"|(?:written|wrote|finished|left) my (?:suicide |goodbye |last |final )?note"
            r"(?=\W*(?:[.!?\n]|$))"
            r"|that was (?:my |our |me saying |the )?(?:goodbye|good bye|last goodbye)"
            r"|remember me (?:happy|smiling|laughing|kindly|fondly|the way i was|as i was)"
            r"|(?:posted|shared|sent|put up|uploaded) (?:a |this |an old )?(?:photo|picture|pic|"
            r"selfie|story|video|sunset|status) (?:\w+ ){0,5}?(?:with|captioned|saying|that said|"
            r"and) (?:just |only )?(?:goodbye|good bye|bye forever|farewell)"
            r"|(?:said|saying|says|texted|messaged) (?:\w+ )?(?:goodbye|good bye|bye) (?:really |"
            r"so |kind of |a bit )?(?:weirdly|strangely|oddly|in a (?:weird|strange|odd|final) way|"
            r"like (?:it was|it's|it were|he meant|she meant|they meant) (?:forever|for good|it|"
            r"the "
            r"last time))"
            r"|goodbye (?:journal|diary|notebook|app|blog|everybody|guys|friends)"
            r"|(?:when|after|once) i'?m (?:gone|dead)(?! (?:on|for|to|from|over|out|away))"
            r"|(?:won't|wont|will not) need (?:it|them|this|any of (?:it|this)|anything|my \w+) "
            r"(?:where i'm going|after (?:tonight|this week|tomorrow))"
        ),
        reason="You wrote about saying goodbye or giving your things away.",
        examples=(
            "recorded a goodbye video for my kids",
            "my little brother posted a goodbye thing on his story",
            "He asked if something was wrong and I said no. That was goodbye really.",
            "goodbye journal. you were the only one who got it",
            "I've written my note.",
            "I'm leaving my journal open so someone finds this.",
            "I've said goodbye to my friends without them knowing it was goodbye.",
            "My friend sent me a text saying goodbye.",
            'My mate posted a photo of a bridge with "goodbye" under it.',
            "I love you all, remember me happy.",
            "my flatmate hasn't come out of his room and said goodbye weirdly",
        ),
        near_misses=(
            "i said goodbye to my mum at the airport",
            "wrote a farewell email to my team",
        ),
        benign=(
            EVERYDAY_GOODBYE + r"|thank|new (?:journal|diary|notebook|one)|hello|full|gig|"
            r"concert|band|tour|encore|show|stage|crowd|fans"
        ),
    ),
    # Giving treasured things away: "been giving away all my stuff", "gave my guitar to my nephew
    # and my books to Priya". Charity shops, moving and decluttering are everyday.
    Rule(
        id="suicide.giving_away",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("giving|gave|give|given", "away"),
            *combos("stuff|things|belongings|possessions|cat|dog|pets|pet", "away"),
        ),
        pattern=(
            r"(?:giving|gave|give|given|started giving|gonna give|going to give|been giving) "
            r"(?:away (?:all |most |some )?(?:of )?(?:my|his|her|their) (?:stuff|things|"
            r"belongings|possessions|favou?rite things|cat|dog|pets?|plants|guitar|jewelry|"
            r"jewellery|tools|records|collection|books|clothes)|(?:all |most )?(?:of )?(?:my|his|"
            r"her|their) (?:stuff|things|belongings|possessions|cat|dog|pets?) away)"
            r"|(?:giving|gave|given|give) away (?:everything|all (?:of )?my (?:\w+ )?(?:stuff|"
            r"things|"
            r"belongings|possessions)|most of my (?:\w+ )?(?:stuff|things))(?! (?:to (?:charity|"
            r"the "
            r"charity shop|goodwill)|before (?:the|my|we) move))"
        ),
        reason="You wrote about giving your things away.",
        examples=(
            "been giving away all my stuff",
            "my brother is giving his things away",
            "I've given away everything that mattered to me this week.",
        ),
        near_misses=(
            "giving my old clothes away to charity",
            "gave away a bag of old clothes to the charity shop, decluttering feels great",
        ),
        benign=EVERYDAY_GOODBYE,
    ),
    # Having things sorted "before I go": said at the end of a sentence, it means leaving life.
    Rule(
        id="suicide.before_i_go",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=combos("before", "i go|i leave|i die|i'm gone|im gone|i am gone"),
        pattern=(
            r"(?:sorted|in order|tidied|cleared|arranged|done|settled|said goodbye|given away|"
            r"gave away|finished|ready|sort (?:\w+ ){0,3}out|tie up|tied up|see (?:her|him|them|"
            r"everyone)) (?:\w+ ){0,4}?before i(?:'m| am)? (?:go|leave|die|gone)"
            r"(?=\W*(?:[.!?\n]|$))"
        ),
        benign=(
            r"holiday|trip|travel\w*|flight|abroad|move|moving|uni|university|away|work|leave|"
            r"maternity|hospital|surgery|op|operation|bed|sleep|out|shift|exam|interview|weekend"
        ),
        reason="You wrote about getting things ready before leaving.",
        examples=(
            "Gave my guitar to my nephew today. Feels good to have it all sorted before I go.",
            "said goodbye to everyone i love before i go",
        ),
        near_misses=(
            "need to get the house sorted before I go on holiday",
            "had everything ready before I go to bed",
        ),
    ),
    # Farewell notes: "if anyone reads this", "by the time you read this", with a final word.
    Rule(
        id="suicide.farewell",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("reads|finds|sees|reading|read|find|see", "this"),
            *combos("time", "you|anyone|someone|they"),
            *combos("writing", "this"),
        ),
        pattern=(
            r"by the time (?:you|anyone|someone|they) (?:reads?|finds?|sees?|hears?) this"
            r"|if (?:anyone|someone|you|anybody) (?:ever )?(?:reads?|finds?|is reading|are reading|"
            r"sees?) this|(?:to )?whoever (?:reads|finds|sees|is reading) this"
            r"|(?:i'm |i am )?writing this so (?:you|they|everyone|you all) (?:\w+ )?(?:know|"
            r"understand|don't blame)"
        ),
        needs=_FINAL,
        reason="You wrote something that sounds like a goodbye note.",
        examples=(
            "If anyone reads this, I'm sorry. I love you.",
            "by the time you read this i'll be gone",
            "To whoever reads this: I'm sorry. I love you all.",
            "I'm writing this so you know it wasn't your fault.",
        ),
        near_misses=(
            "if anyone reads this, hi from the past!",
            "by the time you read this, future me, i hope you finished uni",
        ),
    ),
    # Apologies and reassurance that sound final: "none of this is your fault", "I'm sorry for
    # everything", "tell mum I love her", next to another final word.
    Rule(
        id="suicide.farewell_apology",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("your|anyone's|anybody's|anybodys", "fault"),
            *combos("blame|hate", "yourself|yourselves"),
            *combos("sorry", "for|i|that|i'm"),
            *combos(
                "tell",
                "my|the|mum|mom|dad|kids|children|family|sister|brother|partner|wife|husband|son|"
                "daughter|friends|everyone",
            ),
            *combos("please", "look|take|feed|walk|love"),
            *words("love you all"),
            *combos("remember", "me"),
            *combos("just to", "say|tell"),
        ),
        pattern=(
            r"(?:none of this|this isn't|this is not|it's not|it isn't|it was never|this was never|"
            r"this wasn't) (?:\w+ )?(?:your|anyone's|anybodys|anybody's) fault"
            r"|(?:please )?(?:don't|do not|dont) (?:blame|hate) (?:yourselves|yourself)"
            r"|(?:i'm |im |i am )?(?:so )?sorry for (?:everything(?! (?:i|you|he|she|we|they) "
            r"(?:said|did|put|wrote))|being (?:a burden|like this|this way|such a burden)|all "
            r"(?:the|of the) (?:trouble|pain)|leaving (?:you|like this)|doing this)"
            r"|(?:please )?tell (?:my |the )?(?:mum|mom|dad|kids|children|family|sister|brother|"
            r"partner|wife|husband|son|daughter|friends|everyone) (?:that )?i (?:love|"
            r"loved) (?:her|"
            r"him|them|you)"
            r"|please (?:look after|take care of|feed|walk|love) (?:my |the )?\w+(?: for me)?"
            r"(?=\W*(?:[.!?\n]|$))|i love you all(?=\W*(?:[.!?\n]|$))"
            r"|(?:rang|called|phoned|texted|messaged|visited|saw|hugged) (?:\w+ ){0,3}?just to "
            r"(?:say|tell (?:him|her|them)) (?:i love|goodbye|thank|sorry)"
            r"|sorry (?:that )?i (?:couldn't|could not|wasn't|was not) (?:be )?(?:stronger|better|"
            r"enough|fight (?:it|this|harder|any longer)|hold on|keep going|stay)"
        ),
        needs=(
            r"love you|love them|goodbye|good bye|forgive|gone|won't be|wont be|miss me|"
            r"take care|look after|at peace|better this way|don't be sad|dont be sad|don't cry|"
            r"dont cry|i had to|i couldn't|i can't do this|the end|last|anyone reads|reads this|"
            r"i'm sorry|im sorry|that was goodbye|something was wrong|said no|thank you for "
            r"everything|thanks for everything|wasn't your fault|bye (?:everyone|everybody|all|"
            r"guys|world|y'all|for now and|forever)|it's been a (?:ride|journey)|it's been real"
        ),
        # A celebration nearby makes "I love you all" a toast.
        benign=(
            r"birthday|party|wedding|christmas|congrat\w*|night out|see you|celebrat\w*|"
            r"anniversary|graduat\w*|reunion|concert|gig|thanks for coming|cheers"
        ),
        reason="You wrote something that sounds like a goodbye note.",
        examples=(
            "I love you. None of this is your fault.",
            "i'm sorry for everything. please don't be sad",
            "tell mum i love her. goodbye",
            "I'm sorry. I love you all. Please look after Biscuit.",
            "Bye everyone, it's been a ride. Sorry for everything.",
            "Thank you for everything. I'm sorry I couldn't be stronger.",
        ),
        near_misses=(
            "I told Sam it's not your fault the match was cancelled",
            "sorry for everything i said yesterday, i was tired",
            "Happy birthday mum! I love you all.",
        ),
    ),
)
