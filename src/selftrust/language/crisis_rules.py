"""Crisis-language rules, kept as data so they can be read and reviewed in one place.

How a pattern is written (the engine in ``crisis.py`` compiles it):
- It runs on a folded copy of the text: lowercase, curly quotes made straight, and every run of
  one repeated letter squeezed to a single letter ("sooo", "kill", "kil" all become "so"/"kil").
  The same squeeze is applied to the pattern, so write words with their normal spelling.
- A space means "a gap": one or more spaces, commas, dashes, quotes or emoji, but never a full
  stop, ! ? ; : or a new line, so a pattern never reaches across two sentences.
- ``{name}`` inserts one of the MACROS below. Every pattern gets word edges added around it.
- ``anchors`` are cheap word starts; a text that contains none of them is never looked at again,
  which is what keeps everyday text fast. Every match must contain one of its rule's anchors (the
  tests check each example). A trailing ``$`` means the anchor is a whole word.

What a rule can say about its context (policy in the docstring of ``crisis.py``):
- ``negatable``: an explicit present negation right before it cancels it ("I don't want to die").
- ``other_kind``: the kind when someone else is the subject ("my sister is cutting again").
- ``unless``: an idiom that cancels the match when it overlaps it ("career suicide").
- ``benign``: words in the same sentence that make it everyday ("cut myself shaving").
- ``topic``: a bare mention that a book, class or documentary around it cancels.
"""

from dataclasses import dataclass
from typing import Literal

Kind = Literal["suicide", "self_harm", "harm_from_others", "concern_for_other"]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: Kind
    anchors: tuple[str, ...]
    pattern: str
    reason: str
    examples: tuple[str, ...]
    near_misses: tuple[str, ...]
    negatable: bool = True
    other_kind: Kind | None = None
    unless: str = ""
    benign: str = ""
    topic: bool = False


_PEOPLE = (
    r"(?:best friend|friend|bestie|bff|sister|brother|sis|bro|mom|mum|mother|dad|father|"
    r"step ?dad|step ?mom|stepfather|stepmother|parents?|son|daughter|kid|child|cousin|partner|"
    r"wife|husband|girlfriend|boyfriend|gf|bf|fiance|fiancee|ex|roommate|flatmate|housemate|"
    r"co ?worker|colleague|classmate|neighbou?r|uncle|aunt|grandma|grandpa|niece|nephew|"
    r"teacher|boss|client|student|mate|buddy|girl|guy|man|woman|boy|coach)s?"
)

MACROS: dict[str, str] = {
    "me": r"(?:myself|my self|meself|mself|myslef)",
    "them": r"(?:himself|herself|themselves|themself|theirself|hisself|him self|her self)",
    "want": r"(?:wanna|wana|want to|wants to|wanted to|want 2|wnt to|wnt 2|want ta|wish to)",
    "cant": r"(?:can't|cant|cannot|can not|cnt|couldn't|couldnt|can't even|cant even)",
    "dont": r"(?:don't|dont|do not|dnt|doesn't|doesnt|does not|didn't|didnt|did not)",
    "im": r"(?:i'm|im|i am)",
    "pills": (
        r"(?:pills|pill|meds|medication|medications|tablets|painkillers|sleeping pills|"
        r"paracetamol|tylenol|xanax|ambien|benzos|antidepressants|prescriptions?|insulin|oxy)"
    ),
    "suicide": (
        r"(?:suicide|suicidal|suicidality|sucide|sucidal|suiside|suisidal|suicde|suicdal|"
        r"suecide|suacide|suicidle|suicidel|suicidial|su1c1de|su1cide|suic1de|su1c1dal|s\*icide)"
    ),
    "people": _PEOPLE,
    # Someone other than the writer, as the one doing something.
    "other": (
        r"(?:he|she|they|he's|she's|they're|hes|shes|theyre|someone|somebody|"
        r"(?:my|our|his|her|their|a|the|this|that) (?:\w+ )?" + _PEOPLE + "|" + _PEOPLE + ")"
    ),
    # Up to three words between a subject and its verb, but never a negation: "he never hit me".
    "filler": (
        r"(?: (?!(?:never|not|no|didn't|didnt|doesn't|doesnt|don't|dont|won't|wont|wouldn't|"
        r"hasn't|haven't|hadn't|isn't|wasn't|can't|cant|it|this|that|reality|what)(?!\w))[\w']+){0,3}?"
    ),
    # A present or future desire before "end it": keeps "we ended it last year" out.
    "intent": (
        r"(?:{want}|going to|gonna|gona|about to|ready to|plan to|planning to|thinking about|"
        r"thinking of|think about|thought about|should just|could just|might just|i'll just|"
        r"i'll|will just|just|decided to|decide to|tempted to|urge to|how to|ways? to|time to|"
        r"courage to|try to|tried to|trying to|going to just|gonna just|wanna just|want to just|"
        r"from)"
    ),
}

# Context vocabularies used by the engine. They are rules too, so they live here.
CONTEXT: dict[str, str] = {
    # Explicit present negation right before a phrase. Only helper words may sit between the
    # negation and the phrase, so "not that I want to die" is not read as a negation.
    "negation": (
        r"(?<!why\x20)(?:don't|dont|do not|did not|didn't|didnt|never|won't|wont|will not|"
        r"wouldn't|would not|not|no longer|no intention of|no plans? to|no plan of|no desire to|"
        r"no urge to|no wish to|promised not to|promise not to) "
        r"(?:(?:want|wanted|wanna|going|gonna|to|ever|really|actually|plan|planning|intend|"
        r"need|feel like|wish|even|try|trying|be|would|about|again) ){0,3}"
    ),
    # Words after a negated phrase that make it hedged or ambivalent, so it still counts.
    "hedge": (
        r"but|though|although|yet|except|sometimes|some days|part of me|not sure|unless|today|"
        r"tonight|right now|for now|at the moment|this time|idk|i don't know|i dont know|"
        r"i'm scared|im scared|i might|maybe"
    ),
    # Clearly distant or resolved past.
    "distant": (
        r"years ago|(?:\d+|a few|few|several|many|some|two|three|four|five|six|seven|eight|nine|"
        r"ten|a couple of|a couple) years (?:ago|back|clean|free|now|since)|a long time ago|"
        r"long ago|ages ago|decades? ago|when i was (?:a kid|a child|little|young|younger|small|"
        r"a teen|a teenager|in (?:high school|middle school|school|college|uni|university|my teens|"
        r"my twenties)|\d+|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
        r"nineteen)|as a (?:kid|child|teen|teenager|little girl|little boy)|in (?:high school|"
        r"middle school|my teens|my early twenties|my twenties|my 20s|my teenage years)|"
        r"back (?:then|in (?:the day|high school|school|college|\d+))|growing up|childhood|"
        r"(?:months|years) (?:clean|free)|(?:free|clean) (?:of|from) (?:it|that|self ?harm|cutting|sh)|"
        r"(?:it's|it is) (?:behind me|in the past)|haven't (?:\w+ ){0,3}(?:in years|for years|"
        r"since (?:then|high school|school|college|\d+))|recovered|healed from|in recovery"
    ),
    # Anything that makes a past statement recent, recurring or still live.
    "present": (
        r"again|still|lately|recently|these days|tonight|today|yesterday|last (?:night|week|"
        r"weekend|month|time)|this (?:morning|afternoon|evening|week|weekend|month)|right now|"
        r"just now|relaps\w*|urges?|tempt\w*|craving|cravings|miss (?:it|doing|cutting|the)|"
        r"want|wants|wanna|thinking about|can't stop|cant stop|going to|gonna|plan|planning|"
        r"keep|keeps|almost|nearly|(?:days|weeks|hours) ago|for (?:\d+|a few|two|three|four|five|"
        r"six) (?:days|weeks)|"
        r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    ),
    # Words that turn an apparent accident back into self-harm.
    "on_purpose": (
        r"on purpose|deliberately|intentionally|to feel|to cope|to punish|to numb|urges?|"
        r"relaps\w*"
    ),
    # A text about the topic rather than about a person: media, classes, awareness.
    "topic": (
        r"documentar\w*|article|podcast|book|novel|movie|film|show|episode|series|lecture|"
        r"class|course|training|workshop|seminar|module|research|study|paper|essay|report|"
        r"thesis|assignment|news|awareness|prevention|statistics|volunteer\w*|poster|campaign|"
        r"memoir|biography|learning about|first aid|nursing|"
        r"charity|fundraiser|song|lyrics|album|character|chapter|story|plot|scene|play|"
        r"video|tiktok|youtube|policy|presentation|panel|talk at|talk about"
    ),
    # Words that make a topic mention personal again.
    "topic_override": (
        r"methods?|ways? to|how to|painless|lethal|dose|how many|myself|urges?|tempted|"
        r"can't stop thinking|cant stop thinking|keep thinking|made me want|want to|wanna|said|"
        r"says|told me|texted|messaged"
    ),
    # Words right before a mention that make it about the writer ("i feel suicidal").
    "personal": (
        r"(?:my|i'm|im|i am|i feel|feel|feeling|felt|i was|i've been|been|having|had|"
        r"thinking about|thoughts of|think about|considering|attempted|tried|i) (?:\w+ )?$"
    ),
    # The subject nearest before a phrase decides whose crisis it is.
    "subject": (
        r"(?P<third>he|she|they|he's|she's|they're|hes|shes|theyre|he'd|she'd|they'd|he'll|"
        r"she'll|they'll|someone|somebody|"
        # A person after "to", "with", "for"... is an object ("gave my cat to my neighbour").
        r"(?<!to\x20)(?<!with\x20)(?<!for\x20)(?<!at\x20)(?<!from\x20)(?<!about\x20)"
        r"(?<!by\x20)(?<!of\x20)(?<!on\x20)(?<!like\x20)"
        r"(?:(?:my|our|his|her|their|a|the|this|that) (?:\w+ )?{people}|(?<!my\x20)(?<!our\x20)"
        r"(?<!his\x20)(?<!her\x20)(?<!their\x20)(?<!a\x20)(?<!the\x20){people}))"
        r"|(?P<first>i|i'm|im|i've|ive|i'd|i'll|me|myself)"
    ),
    "first_person": r"i|i'm|im|i've|ive|i'd|i'll|me|my|myself",
}

# Reasons used when a rule's phrase is about someone else (see ``other_kind``).
OTHER_REASONS: dict[Kind, str] = {
    "concern_for_other": (
        "You wrote that someone you know may be thinking of ending their life or hurting "
        "themselves."
    ),
    "harm_from_others": "You wrote that someone may want you dead or want to hurt you.",
}

_SELF_HARM_VERBS = (
    r"(?:cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|hurts|harm|harming|harmed|"
    r"scratch|scratching|scratched|hit|hitting|punch|punching|punched|bruise|bruising|"
    r"stab|stabbing|stabbed|starve|starving|starved|carve|carving|carved|mutilate|mutilating)"
)
_ACCIDENT = (
    r"accident\w*|by mistake|shaving|cooking|chopping|slicing|peeling|kitchen|gym|lifting|"
    r"work ?out|working out|running|jogging|hiking|soccer|football|basketball|tennis|climbing|"
    r"skiing|skating|biking|cycling|fell|falling|tripped|slipped|stove|oven|pan|kettle|iron|"
    r"straightener|curling|paper|glass|can opener|garden\w*|hammer|drill|sewing|needle|door|"
    r"cupboard|cabinet|shelf|corner|bed frame|sunburn|in the sun|playing|practice|training|"
    r"clumsy|ouch|oops|brambles|bushes|thorns|kitten|puppy|rose"
)

RULES: tuple[Rule, ...] = (
    # --- suicide -------------------------------------------------------------------------------
    # Ending one's own life named outright, with common misspellings and leetspeak ("k1ll").
    # Idioms use "me", not "myself" ("this is killing me"), so they never reach this rule.
    Rule(
        id="suicide.kill_self",
        kind="suicide",
        anchors=("kil", "k1l", "k!l", "ofing", "gon", "going to", "wan", "about to"),
        pattern=(
            r"(?:kill|kil|k1ll|k!ll|killing|killed|kills) ?{me}(?! (?:laughing|with work|at work))"
            r"|(?:going to|gonna|wanna|want to|about to) (?:just )?(?:off|offing) {me}|offing {me}"
        ),
        reason="You wrote about killing yourself.",
        examples=(
            "i just want to kill myself",
            "KILL MYSELF lol not even joking",
            "gonna off myself",
        ),
        near_misses=(
            "this deadline is killing me",
            "i killed it at the presentation",
            "i'm not going to kill myself",
            "i'm so proud of myself",
        ),
    ),
    # Taking or ending one's life; "end it" only with a present wish, so breakups stay out.
    Rule(
        id="suicide.end_life",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=("end", "take my", "taking my", "took my"),
        pattern=(
            r"(?:end|ending|ended|take|taking|took) (?:my|my own) life(?! back)|end it all"
            r"|{intent} (?:just )?(?:end|ending) (?:it|it all|things|everything|myself|my life)"
            r"(?! (?:with|between|for (?:him|her|them)|on a|early|before|after|there|here|at))"
        ),
        reason="You wrote about ending your life.",
        examples=(
            "i think i'm going to end it tonight",
            "i want to end my life",
            "my friend said she wants to end it",
        ),
        near_misses=(
            "i want to end it with him, he's so mean",
            "i'm taking my life back",
            "we decided to end things last year and stayed friends",
        ),
    ),
    # Wanting to die, said directly or softly. "Die of embarrassment" and "rather die than" are
    # everyday exaggerations and are left out.
    Rule(
        id="suicide.want_die",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            "die",
            "d1e",
            "dead",
            "ded$",
            "exist",
            "alive",
            "wake",
            "disappear",
            "gone",
            "forever",
            "dying",
        ),
        pattern=(
            r"(?:{want}|wish i could|wish i would|just want to|ready to|deserve to|hope i|"
            r"feel like|kinda want to|really want to) (?:just )?(?:die|d1e|be dead|be ded|"
            r"drop dead|not exist|stop existing|cease to exist|not be alive|not wake up|"
            r"never wake up|disappear forever|disappear for good|be gone forever|"
            r"(?:go to )?sleep forever|"
            r"dying)(?! (?:of|from) (?:embarrassment|shame|cringe|laugh\w*|bored\w*|cuteness|"
            r"happiness|old age))(?! (?:than|laughing|a little))"
        ),
        reason="You wrote about wanting to die.",
        examples=(
            "i just wanna die",
            "honestly i want to be dead",
            "i feel like dying today",
            "she keeps saying she wants to die",
        ),
        near_misses=(
            "i don't want to die",
            "i want to die of embarrassment lol",
            "i'd rather die than sing karaoke",
            "i feel like i'm dying, my heart is racing",
        ),
    ),
    # Wishing to be dead, never born, or not to exist. Said by someone else about the writer
    # ("she wishes I was dead") it is treated as harm from others.
    Rule(
        id="suicide.wish_dead",
        kind="suicide",
        other_kind="harm_from_others",
        anchors=("wish",),
        pattern=(
            r"wish(?:es|ed)? (?:that )?i (?:was|were|'d|would|could) (?:be )?(?:dead|gone|"
            r"never born|not alive|not here|not exist|just die|disappear)"
            r"|wish(?:es|ed)? i (?:was|were|had|'d) never (?:been )?born"
            r"|wish i (?:just )?(?:didn't|did not|didnt|wouldn't|would not) (?:exist|wake up|have to wake up)"
        ),
        reason="You wrote about wishing you weren't alive.",
        examples=(
            "i wish i was never born",
            "sometimes i wish i could just disappear",
            "i wish i didn't exist",
        ),
        near_misses=("i wish i was on the beach right now", "i wish i could sleep in"),
    ),
    # Not wanting to live: here the negation is the crisis, so it is never cancelled by one.
    Rule(
        id="suicide.no_will_to_live",
        kind="suicide",
        other_kind="concern_for_other",
        negatable=False,
        anchors=("don", "do not", "dnt", "doesn", "does not", "didn", "did not"),
        pattern=(
            r"{dont} (?:really |even |honestly )?(?:want|wanna|wish|feel like|care) (?:to )?"
            r"(?:do (?:this )?life(?: anymore| any more)|live(?! (?:in|at|with|near|there|here|"
            r"somewhere|abroad|alone|together|on my own|"
            r"far|close|downtown))|be alive|exist|be here (?:anymore|any more|any longer)|"
            r"be on this earth|be in this world|keep living|keep going(?! (?:to|back|out|there))|"
            r"go on(?! (?:the|a|an|that|this|trips?|holiday|vacation|dates?|about))|"
            r"wake up(?! (?:early|at|for|so|before|in the morning for))|be around anymore|"
            r"see tomorrow|make it (?:to|through) (?:tomorrow|the night|the week))"
            r"|{dont} (?:really )?care (?:if|whether) i (?:live|die|wake up|make it|survive|"
            r"don't wake up)"
        ),
        reason="You wrote that you don't want to live.",
        examples=(
            "i don't want to be here anymore",
            "i dont want to wake up tomorrow",
            "i don't want to die but i don't want to live either",
            "honestly i don't care if i live or die",
        ),
        near_misses=(
            "i don't want to live in this city forever",
            "i don't want to wake up early",
            "i don't want to go on the trip",
        ),
    ),
    # Ambivalence about being alive. Safety first: not knowing counts.
    Rule(
        id="suicide.ambivalent",
        kind="suicide",
        anchors=(
            "not sure",
            "don",
            "dont",
            "idk",
            "unsure",
            "no idea",
            "why am",
            "why do",
            "why i",
            "do not",
            "did not",
        ),
        pattern=(
            r"(?:not sure|don't know|dont know|do not know|idk|unsure|no idea) (?:if|whether|that)? ?"
            r"(?:i )?(?:even |still |really )?(?:want to|wanna|can|should|want)? ?(?:live(?! (?:in|"
            r"at|with|here|there|near|alone))|be alive|keep going(?! (?:to|back|out|there))|"
            r"keep living|go on(?! (?:the|a|an|that|this|trips?|holiday|vacation|dates?))|"
            r"stay alive|exist|make it through (?:the night|tonight|this))"
            r"|(?:don't|dont|do not) know how (?:much )?(?:long|longer) i can (?:keep going|do this|"
            r"go on|hold on|take (?:it|this)|keep doing this|last|survive)"
            r"|why (?:am i|i'm|im|do i|i) (?:even |still )?(?:alive|bother living|keep living|"
            r"stay alive|exist)"
        ),
        reason="You wrote that you're not sure you want to be alive.",
        examples=(
            "i'm not sure i want to be alive",
            "idk if i can keep going",
            "why am i even alive",
            "i don't know how much longer i can do this",
        ),
        near_misses=(
            "not sure i want to live in london",
            "idk if i can keep going to choir",
            "not sure if i can go on the hike saturday",
        ),
    ),
    # Feeling that others would be better off without you, or that no one would notice.
    Rule(
        id="suicide.better_off",
        kind="suicide",
        anchors=(
            "better",
            "burden",
            "happier",
            "easier",
            "no one",
            "nobody",
            "noone",
            "anyone",
            "anybody",
            "who",
            "if i",
        ),
        pattern=(
            r"(?:better off|better|better place|happier|easier|lighter) (?:without me|with me gone|"
            r"if i (?:was|were|"
            r"wasn't|weren't|died|disappeared|didn't exist|never existed|killed myself)|when i'm "
            r"gone|once i'm gone|after i'm gone)(?! (?:singing|there|on (?:the|this)|in (?:the|this)|"
            r"at|for (?:a|the|this)|this week|today|nagging|micromanaging|hovering|helping|"
            r"cooking|driving|talking))|better off dead"
            r"|(?:no one|nobody|noone|anyone|anybody|who) (?:would |will |'d |even |really |"
            r"actually ){0,3}(?:miss me|notice|care|cry|come to my funeral|be sad|mind)"
            r"(?: \w+){0,2}? if i (?:was gone|were gone|died|disappeared|wasn't here|weren't here|"
            r"was dead|were dead|didn't wake up|killed myself|never came back|stopped existing|"
            r"vanished|just vanished)"
            r"|if i (?:was|were|died|disappeared|vanished) (?:gone |dead )?(?:\w+ ){0,2}(?:no one|"
            r"nobody|noone|would anyone|would anybody) (?:would |will |'d )?(?:even )?(?:care|"
            r"notice|miss me)"
            r"|(?:no one|nobody|noone) (?:would|will|'d) (?:even )?miss me(?! (?:at|in|on|during) )"
            r"|{im} (?:just |only |nothing but |such )?a (?:huge |big )?burden(?! (?:of|when i ask))"
            r"|(?:a|such a) burden (?:to|on|for) (?:every\w*|all of them|my (?:family|friends|kids|"
            r"parents|partner|wife|husband))"
        ),
        reason="You wrote that others would be better off without you.",
        examples=(
            "everyone would be better off without me",
            "who would even notice if i was gone",
            "nobody would miss me",
            "better off dead tbh",
            "i'm just a burden",
            "i feel like such a burden to my family",
        ),
        near_misses=(
            "the team will be better without me micromanaging",
            "carrying the burden of the move alone",
            "no one would notice if i left the party early",
        ),
    ),
    # Feeling there is no reason left to live.
    Rule(
        id="suicide.no_reason",
        kind="suicide",
        anchors=("reason", "point", "purpose", "nothing", "worth", "why"),
        pattern=(
            r"(?:no|not any|nothing|no more|don't have a|don't have any) (?:reason|reasons|point|"
            r"purpose) (?:to|in|for) (?:live|living|being alive|going on|keep going|stay alive|"
            r"be alive|be here|wake up|waking up|exist|existing)"
            r"|nothing (?:left )?to live for|not worth living|(?:life|living|my life|being alive) "
            r"(?:is not|isn't|isnt|is no longer|not|ain't|aint|doesn't feel|does not feel) worth "
            r"(?:it|living|the pain|the effort|going on)"
            r"|what(?:'s| is|s)? (?:even )?the point (?:of|in) (?:living|life|going on|being alive|"
            r"being here|existing|waking up|anything anymore|me being here|me)"
        ),
        reason="You wrote that you see no reason to keep living.",
        examples=(
            "i have no reason to live",
            "what's the point of living",
            "life isn't worth it anymore",
        ),
        near_misses=(
            "what's the point of this meeting",
            "the trip was worth it",
            "no reason to panic about the bill",
        ),
    ),
    # Not being able to go on, in a despairing sense. "This job" or "this diet" stay out because
    # only "this" or "it" may stand before "anymore".
    Rule(
        id="suicide.cant_go_on",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            "can",
            "cnt",
            "couldn",
            "done",
            "give up",
            "gave up",
            "giving up",
            "tired of",
            "sick of",
            "exhausted",
            "given up",
            "weary",
        ),
        pattern=(
            r"{cant} (?:do|take|handle|bear|stand|cope with|deal with|keep doing|survive) "
            r"(?:this|it|any of this|any of it|life|this life|everything|all of this|all this|"
            r"this pain|the pain|it all)(?: (?:all|shit|crap|fucking|any)){0,2}? (?:anymore|any more|"
            r"any longer|no more|much longer)(?! with (?:this|the) (?:weather|heat|noise|rain|"
            r"traffic|wifi|commute|cold|snow|printer|app))"
            r"|{cant} (?:go on|keep going|carry on|continue|hold on|keep living|live|exist|survive) "
            r"(?:like this|anymore|any more|any longer|much longer|this way)"
            r"|{cant} (?:go on|keep going|carry on|keep living|hold on)(?=\W*(?:[.!?\n]|$))"
            r"|{im} (?:so |just |honestly |literally |completely |really ){0,2}done (?:with (?:life|"
            r"living|being alive|existing|this world|fighting)|living|existing|fighting)"
            r"|(?:give|gave|giving|given) up on (?:life|living|everything|being alive)"
            r"|(?:tired|sick|exhausted|weary) of (?:living|being alive|existing|life|waking up|"
            r"being here(?! (?:at|in|with|every)))"
        ),
        reason="You wrote that you can't go on.",
        examples=(
            "i can't do this anymore",
            "i cant take it any more",
            "i can't go on.",
            "i'm so done with life",
            "so tired of being alive",
        ),
        near_misses=(
            "i can't do this job anymore",
            "i can't go on the trip",
            "i can't keep going to these meetings",
            "i'm done with this week lol",
        ),
    ),
    # Means and plans: saving pills, looking up doses, a rope, a place to jump, a set date.
    Rule(
        id="suicide.plan_means",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            "sav",
            "stockpil",
            "hoard",
            "collect",
            "stash",
            "hid",
            "count",
            "how many",
            "took",
            "take",
            "swallow",
            "look",
            "googl",
            "research",
            "search",
            "read",
            "rope",
            "noose",
            "jump",
            "step",
            "walk",
            "drive",
            "driving",
            "crash",
            "swerv",
            "i know how",
            "i know when",
            "picked",
            "chose",
            "set a",
            "set the",
            "lethal",
            "downed",
            "drove",
            "taking",
            "threw",
            "throw",
            "lie",
            "lying",
            "lay",
        ),
        pattern=(
            r"(?:saving|saved|save|stockpiling|stockpiled|hoarding|hoarded|collecting|stashing|"
            r"stashed|hiding|hid|counting|counted) (?:up )?(?:(?:all|some|enough|of|my|the|these|"
            r"extra|her|his|mom's|mums|dad's) ){0,3}{pills}"
            r"|how many {pills} (?:it )?(?:would|does|will|to|until|before|takes)"
            r"|(?:took|take|taking|swallowed|swallow|downed) (?:(?:all|a bunch of|a handful of|"
            r"too many|way too many|the rest of|a whole bottle of|a bottle of|the whole|every|"
            r"all of|of|my|the|her|his) ){1,3}{pills}(?! (?:for|as|with|on time|this morning))"
            r"|(?:looked up|looking up|googled|googling|researched|researching|searched|searching|"
            r"reading about|read about) (?:\w+ ){0,2}(?:how|ways|methods|the best way|the easiest "
            r"way|painless ways) (?:to|of) (?:die|dying|kill myself|end it|end my life|overdose|"
            r"hang|not wake up|do it)"
            r"|(?:bought|buy|buying|got|ordered|found|hid|hiding|tied|made) (?:a |the |some |my )?"
            r"(?:rope|noose)|noose"
            r"|(?:jump|jumping|throw myself|threw myself) (?:off|from) (?:a|the|this|that) (?:bridge|"
            r"building|roof|balcony|cliff|ledge|tower|overpass|car park|parking garage)"
            r"|(?:step|stepping|stepped|walk|walking|jump|jumping|throw myself) in front of (?:a|the) "
            r"(?:train|bus|car|truck|lorry|traffic|subway|tram)"
            r"|(?:step|stepping|stepped|walk|walking|lie|lying|lay|jump|jumping) (?:onto|on|in front "
            r"of|across) (?:the|a) (?:train |railway |rail )?tracks"
            r"|(?:drive|driving|drove|crash|crashing|swerve|swerving) (?:my car )?(?:into|off) (?:a|"
            r"the) (?:tree|wall|bridge|cliff|river|lake|oncoming traffic|barrier|truck|pole)"
            r"|i know (?:how|when) i(?:'d| would| will|'ll| am going to) do it"
            r"|(?:picked|chose|chosen|set) (?:a|the) (?:date|day|time|method)(?! for)"
            r"|lethal dose"
        ),
        reason="You wrote about a way or a plan to end your life.",
        examples=(
            "i've been saving up my pills",
            "how many tablets would it take",
            "bought a rope today",
            "i keep looking up painless ways to die",
            "i took a whole bottle of pills",
        ),
        near_misses=(
            "i took my meds this morning",
            "bought a rope for the tent",
            "saving up for a new phone",
        ),
        benign=r"climbing|camping|tent|boat|sailing|swing|hammock|tow|skipping|jump rope|"
        r"by accident|without looking|wedding|party|dinner|vacation|holiday|meeting|"
        r"organi[sz]er|pill ?box|refill|pharmac\w*|chemist|dosette|vet",
    ),
    # Goodbye letters, giving treasured things away, saying goodbye to everyone.
    Rule(
        id="suicide.goodbye",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            "wrote",
            "writ",
            "draft",
            "left",
            "leav",
            "typed",
            "record",
            "giv",
            "gave",
            "this is",
            "said my",
            "saying goodbye",
            "say goodbye",
            "goodbye",
            "when i'm gone",
            "when im gone",
            "after i'm gone",
            "once i'm gone",
            "won't need",
            "wont need",
            "when im",
            "after im",
            "once im",
            "when i'm dead",
            "after i'm dead",
            "once i'm dead",
            "will not need",
            "post",
            "sent",
        ),
        pattern=(
            r"(?:wrote|written|writing|write|drafting|drafted|left|leave|leaving|typed|recorded|"
            r"posted|sent) "
            r"(?:(?:a|my|some|the|all|all my|a few|goodbye|suicide|farewell|final|last) )?"
            r"(?:goodbye|good bye|farewell|suicide|final|last) (?:notes?|letters?|messages?|videos?)"
            r"|(?:wrote|writing|written|write) (?:letters|notes) (?:to|for) (?:everyone|everybody|"
            r"my (?:family|kids|mom|mum|dad|parents|friends|partner|sister|brother))"
            r"|(?:giving|gave|give|given|started giving|gonna give|going to give) (?:away "
            r"(?:all |most |some )?(?:of )?(?:my|his|her|their) (?:stuff|things|belongings|"
            r"possessions|favou?rite things|cat|dog|pets?|plants|guitar|jewelry|jewellery|tools|"
            r"records|collection)|"
            r"(?:all |most )?(?:of )?(?:my|his|her|their) (?:stuff|things|belongings|possessions|"
            r"cat|dog|pets?) away)"
            r"|this is (?:my )?(?:goodbye|good bye|my last (?:entry|post|message|note))"
            r"|(?:said|saying|say) (?:my )?goodbyes? to (?:everyone|everybody|the world)"
            r"|said my goodbyes|goodbye (?:forever|world|cruel world|everyone)"
            r"|(?:when|after|once) i'?m (?:gone|dead)(?! (?:on|for|to|from|over|out|away))"
            r"|(?:won't|wont|will not) need (?:it|them|this|any of (?:it|this)|anything|my \w+) "
            r"(?:where i'm going|after (?:tonight|this week|tomorrow))"
        ),
        reason="You wrote about saying goodbye or giving your things away.",
        examples=(
            "i wrote goodbye letters to my family",
            "been giving away all my stuff",
            "this is my last entry",
            "my brother is giving his things away",
        ),
        near_misses=(
            "i said goodbye to my mum at the airport",
            "giving my old clothes away to charity",
            "wrote a farewell email to my team",
        ),
        benign=r"charity|goodwill|thrift|donat\w*|declutter\w*|moving|garage sale|yard sale|"
        r"selling|team|coworkers|colleagues|new job|last day|retir\w*|airport|station|"
        r"christmas|birthday|thank|wedding|notebook|this journal|new journal|will and|"
        r"my will|insurance|vacation|holiday|trip",
    ),
    # Everyday online words for suicide: kms, kys, unalive, sewerslide, self delete. "kms" after
    # a number is kilometres.
    Rule(
        id="suicide.slang",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            "kms$",
            "kys$",
            "sewer",
            "self delet",
            "selfdelet",
            "commit sui$",
            "ctb$",
            "unaliv",
            "un aliv",
            "sui$",
            "toaster bath",
        ),
        pattern=(
            r"(?<![\d])(?<![\d]\x20)kms|kys|un ?aliv(?:e|ed|ing|es)(?: {me})?|sewer ?(?:slide|side)s?"
            r"|self ?delet(?:e|ing)|commit(?:ted)? sui|sui (?:ideation|thoughts|attempt)|toaster bath"
        ),
        reason="You used words that often mean wanting to end your life.",
        examples=(
            "literally want to kms",
            "ugh kys kys kys",
            "thinking about unaliving myself",
            "sewerslide is looking good rn",
        ),
        near_misses=("ran 5 kms this morning", "i ran 10kms"),
        unless=r"told (?:him|her|them) to kys",
        topic=True,
    ),
    # The word itself, with misspellings, unless it is an idiom or a topic being discussed.
    Rule(
        id="suicide.word",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=("sui", "sucid", "suec", "suac", "su1", "s*i"),
        pattern=r"{suicide}",
        reason="You wrote about suicide.",
        examples=("i feel suicidal again", "been having sucidal thoughts", "is suicide selfish"),
        near_misses=(
            "career suicide honestly",
            "we watched a documentary about suicide prevention",
            "i'm not suicidal, i'm just really tired",
        ),
        unless=(
            r"(?:career|political|social|commercial|financial|fashion|professional|brand) "
            r"{suicide}|{suicide} (?:squad|doors?|prevention|awareness|rates?|statistics|stats|"
            r"bomb\w*|missions?|runs?|drills?|sprints?|lane|forest|hotline volunteer)"
        ),
        topic=True,
    ),
    # Thinking about, or fantasising about, dying.
    Rule(
        id="suicide.thinking_about",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            "think",
            "thought",
            "fantas",
            "dream",
            "obsess",
            "daydream",
            "talk",
            "keep saying",
            "kept saying",
            "keeps saying",
        ),
        pattern=(
            r"(?:thinking|think|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|dreaming|dream|"
            r"obsessing|daydreaming|daydream|talks|talking|talked|keeps saying|kept saying) "
            r"(?:a lot |so much |constantly |all the time |again |more )?(?:about|of) "
            r"(?:dying|being dead|killing (?:myself|herself|himself|themselves)|ending it|"
            r"ending it all|ending my life|ending things|not being (?:here|alive|around)|"
            r"not existing|not waking up|my own death|my death|my funeral|how to die|ways to die|"
            r"jumping|overdosing|disappearing forever|wanting to die|unaliving|stepping (?:onto|off|in "
            r"front of) (?:them|it|the tracks|a train|the train)|walking into traffic|"
            r"crashing my car)"
        ),
        reason="You wrote about thinking of dying.",
        examples=(
            "i've been thinking about dying a lot",
            "keep fantasizing about my funeral",
            "she keeps talking about not being here",
        ),
        near_misses=(
            "thinking about dying my hair red",
            "i was thinking about my grandpa's funeral",
        ),
        unless=r"dying (?:my|her|his|their|the) (?:hair|shirt|jeans|clothes|fabric|eggs)",
    ),
    # Passive wishes: hoping not to wake up, hoping for an accident, death as relief.
    Rule(
        id="suicide.passive_wish",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            "hop",
            "want",
            "need",
            "wish",
            "pray",
            "go to sleep",
            "fall asleep",
            "sleep and",
            "wouldn",
            "won't mind",
            "would not",
            "death",
            "dying",
            "being dead",
            "not existing",
            "not waking",
            "never waking",
            "if i didn",
            "if i don",
            "if i never",
            "relief",
            "disappear",
            "don",
            "won",
            "not being",
        ),
        pattern=(
            r"(?:hope|hoping|wish|wishing|pray|praying|prayed) (?:that )?(?:i |i'll |i will |i'd |"
            r"i would )?(?:just )?(?:don't|dont|do not|never|won't|wont|wouldn't) wake up"
            r"|(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up"
            r"|(?:wouldn't|would not|won't|wont|don't|dont) (?:mind|care) (?:if i )?(?:not waking up|"
            r"never waking up|dying|died|didn't wake up|don't wake up|never woke up|getting hit|"
            r"got hit|if a (?:car|bus|truck) hit me)"
            r"|(?:hope|hoping|wish|pray|praying) (?:a |that a |the |some )?(?:car|bus|truck|train|"
            r"lorry) (?:hits|hit|runs me over|kills) me"
            r"|(?:hope|hoping|wish|pray|praying) (?:the|this|my) (?:plane|flight) (?:crashes|goes down)"
            r"|(?:hope|hoping|wish|pray|praying) (?:that )?i (?:get hit|get run over|die|just die|"
            r"drop dead|don't make it|dont make it|don't survive|dont survive|never come back)"
            r"|if i (?:didn't|didnt|don't|dont|never) (?:wake|woke) up (?:\w+ ){0,3}(?:that|it|i)"
            r"(?:'d| would)? (?:be )?(?:ok|okay|fine|alright|a relief|good|nice|better)"
            r"|(?:death|dying|being dead|not existing|not being here|not waking up|never waking up) "
            r"(?:would be|sounds|seems|feels|looks|is) (?:like )?(?:such )?(?:a )?(?:relief|peaceful|nice|"
            r"better|easier|like rest|freedom|so much easier|appealing|tempting|welcome)"
            r"|(?:wish i could|just want to|want to|wanna) (?:just )?disappear(?! (?:into|under|for|"
            r"to|from|in|on|off|with|till|until))"
            r"|(?:want|wanted|need|wish) (?:everything|it all|all of it|the pain|this pain|all this|"
            r"all of this|life) to (?:stop|end|be over|go away)|just want (?:it|this) to (?:stop|end|"
            r"be over)(?! (?:raining|snowing|ringing|so))"
        ),
        reason="You wrote about wishing you could stop living.",
        examples=(
            "i hope i don't wake up tomorrow",
            "i just want it all to stop",
            "i wish i could go to sleep and never wake up",
            "dying sounds peaceful honestly",
            "i just want to disappear",
        ),
        near_misses=(
            "i hope i don't oversleep tomorrow",
            "i just want this week to end",
            "i want to disappear under a blanket all day",
            "i wish i could sleep in tomorrow",
        ),
    ),
    # Past attempts and overdoses: recent ones always count; clearly distant ones are settled by
    # the past-tense policy in the engine.
    Rule(
        id="suicide.attempt",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            "tried",
            "try",
            "attempt",
            "almost",
            "nearly",
            "overdos",
            "od'd",
            "oded",
            "od-ed",
            "since my",
            "after my",
            "survived",
        ),
        pattern=(
            r"(?:tried|try|trying|attempted|attempting|almost|nearly) (?:to )?(?:kill myself|end my "
            r"life|end it|take my life|suicide|overdose|hang myself|unalive myself)"
            r"|(?:since|after|before|survived) (?:my|an|the|a|her|his) (?:suicide )?attempt(?! (?:at|to))"
            r"|overdos(?:e|ed|ing|es)|od'?d|od-ed|oded"
        ),
        reason="You wrote about trying to end your life.",
        examples=(
            "i tried to kill myself on sunday",
            "i overdosed last night",
            "my cousin overdosed and is in the hospital",
        ),
        near_misses=("i tried to kill the spider", "i nearly overdid it at the gym"),
        unless=(
            r"overdos\w* (?:on|of) (?:caffeine|coffee|sugar|chocolate|cuteness|netflix|tv|candy|"
            r"cake|carbs)|overdose (?:awareness|prevention|day|deaths?|crisis|epidemic|rates?|"
            r"kits?|training)"
        ),
        topic=True,
    ),
    # --- self harm -----------------------------------------------------------------------------
    # Hurting oneself on purpose. Accidents ("cut myself shaving") and idioms ("burning myself
    # out", "cut myself some slack") stay out.
    Rule(
        id="self_harm.act",
        kind="self_harm",
        anchors=(
            "cut",
            "burn",
            "hurt",
            "harm",
            "scratch",
            "hit",
            "punch",
            "bruis",
            "stab",
            "starv",
            "carv",
            "mutilat",
        ),
        pattern=(
            _SELF_HARM_VERBS + r" ?{me}(?! (?:out|off|short|some slack|slack|a break|up|free|loose|"
            r"down|to sleep|a slice|a piece|into|in the long run|more than|by (?:not|staying|"
            r"waiting|holding|keeping|avoiding|procrastinating|overthinking|worrying|comparing|"
            r"being|letting|pushing|skipping|ignoring|thinking|trying|working|staying)))"
        ),
        reason="You wrote about hurting yourself on purpose.",
        examples=(
            "last night i cut myself",
            "i keep burning myself with a lighter",
            "i want to hurt myself so bad",
        ),
        near_misses=(
            "i cut myself shaving",
            "i'm burning myself out at work",
            "i'm not going to hurt myself",
            "cut myself some slack today",
        ),
        benign=_ACCIDENT,
    ),
    # The words for self-harm and injury, including "selfharm" and "self-harm".
    Rule(
        id="self_harm.word",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=("self", "nssi"),
        pattern=(
            r"self ?(?:harm|harming|harmed|harms|injury|injure|injuring|mutilation|mutilate|"
            r"mutilating|inflicted)|nssi"
        ),
        reason="You wrote about self-harm.",
        examples=("relapsed on self harm", "the selfharm urges are bad", "my sister self-harms"),
        near_misses=(
            "read an article about self-harm in teens",
            "we had self harm training at work",
        ),
        unless=r"self ?harm (?:awareness|prevention|training|policy|module|workshop|course|research)",
        topic=True,
    ),
    # "SH", the short form used in recovery spaces, only where it cannot mean anything else.
    Rule(
        id="self_harm.sh",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=("sh$", "s/h$"),
        pattern=(
            r"(?:relapsed|relapse|relapsing) (?:on |with |into |back into )?(?:sh|s/h)"
            r"|(?:sh|s/h) (?:urges?|relapse|again|scars?|wounds?|cuts?|marks?|free|clean|tonight|"
            r"today|last night|yesterday)"
            r"|(?:urges? to|want to|wanna|wanted to|tempted to|did|do|doing|done|craving|crave|"
            r"need to|needed to|going to|gonna|almost|nearly|my) (?:sh|s/h)(?!\w)(?! (?:up|it|this))"
            r"|(?:clean|free) (?:from|of) (?:sh|s/h)"
        ),
        reason="You wrote about self-harm.",
        examples=("relapsed on sh last night", "sh urges are so loud today", "i did sh again"),
        near_misses=("sh, don't wake the baby", "she said sh up lol"),
    ),
    # Cutting and burning without "myself", for example "started cutting" or "cutting again".
    # A long list keeps onions, hair, carbs and costs out.
    Rule(
        id="self_harm.cutting",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=("cutting", "burning", "harming"),
        pattern=(
            r"(?:started|start|starting|began|been|keep|kept|back to|went back to|going back to|"
            r"go back to|urge to|urges to|want to|wanna|wanted to|thinking about|relapsed|"
            r"relapsing|tempted to|craving|stopped|stop|quit|quitting|addicted to|found out about "
            r"my|caught me|still|i'm|im|is|was|she's|shes|he's|hes|they're) (?:cutting|burning|"
            r"harming)(?=\W*(?:[.!?\n]|$)| (?:again|when|since|"
            r"after|because|cause|bc|at|in secret|in the bathroom|and|but|so|last|this|every|"
            r"whenever|until|till|to cope|to feel|or|though|more|lately|recently|daily|a lot|"
            r"sometimes|for years|for months|for weeks|for a while|my (?:arms?|wrists?|legs?|"
            r"thighs?|skin|stomach|hips?|body)))"
        ),
        reason="You wrote about cutting or burning yourself.",
        examples=(
            "my sister is cutting again",
            "i started cutting when things got bad",
            "been cutting since friday",
        ),
        near_misses=(
            "i'm cutting onions and crying lol",
            "started cutting my hair myself",
            "i'm cutting back on sugar",
        ),
    ),
    # Urges to self-harm.
    Rule(
        id="self_harm.urge",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=("urg", "crav", "want", "wanna", "tempt", "itch"),
        pattern=(
            r"(?:urge|urges|craving|cravings|tempted|temptation|itching|itch|want|wanting|wanna) "
            r"(?:to |for )?(?:cut|burn|hurt|harm|bleed|scratch)(?!\w)(?! (?:my hair|your hair|"
            r"the|a|an|down|back|out|off|it|them|ties|carbs|sugar|class|loose|in|up|through|"
            r"corners|costs|him|her|people|some|across|open|fabric|paper|wood|onions|someone|"
            r"anyone|calories|fat|candles|sage|bridges|cds|my (?:bangs|fringe|nails|losses|hours|"
            r"spending|expenses|screen|caffeine|coffee)))"
        ),
        reason="You wrote about urges to hurt yourself.",
        examples=("the urge to cut is so strong tonight", "i want to bleed", "i really wanna cut"),
        near_misses=("i want to cut my hair short", "urge to cut carbs again lol"),
    ),
    # Fresh wounds, hidden cuts, or taking blades out of razors and sharpeners.
    Rule(
        id="self_harm.marks",
        kind="self_harm",
        other_kind="concern_for_other",
        anchors=(
            "fresh",
            "new",
            "deep",
            "open",
            "bleeding",
            "hid",
            "cover",
            "took",
            "take",
            "broke",
            "made myself",
            "made my self",
            "blade",
            "razor",
            "break",
            "pul",
            "taking",
            "carv",
            "cut",
            "scratch",
            "burn",
            "until",
            "till",
            "til$",
            "covered",
            "i deserve",
            "i deserved",
            "i'm deserv",
            "im deserv",
        ),
        pattern=(
            r"(?:fresh|new|deep|open|bleeding) (?:cuts|cut|scars|wounds|burns|marks|scratches|"
            r"gashes) (?:on|all over|across|along|up|down|covering) (?:my|her|his|their) (?:arms?|"
            r"wrists?|legs?|thighs?|stomach|hips?|skin|body|ankles?|forearms?|chest|shoulders?)"
            r"|(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:my|the|her|his) (?:cuts|burns|"
            r"wounds|self harm)"
            r"|(?:took|take|taking|broke|break|breaking|pulled|pull) (?:apart |open )?(?:a |the |my )?"
            r"(?:razor|sharpener|pencil sharpener)(?: apart| open)?(?! (?:to shave|blade to shave))"
            r"|(?:took|take|taking|pulled|got) (?:the |a )?blades? out of (?:my |a |the )?(?:razor|"
            r"sharpener|pencil sharpener)|made (?:myself|my self) bleed"
            r"|(?:carved|carving|cut|scratched|burned|burnt) (?:\w+ ){0,3}into my (?:arm|arms|leg|legs|"
            r"skin|wrist|wrists|thigh|thighs|stomach|hip|hand)"
            r"|(?:razor|razors|blade|blades) (?:is |are |'s )?(?:hidden |hid )?(?:in|under|inside) my "
            r"(?:drawer|room|bag|"
            r"bed|mattress|pencil case|pillow|wallet|phone case)"
            r"|(?:until|till|til) (?:it|i|they|my \w+) (?:bled|bleed|bleeds|started bleeding|was "
            r"bleeding)|covered in (?:cuts|burns|scratches|scars)"
            r"|(?:i|i'm|im) (?:deserve|deserves|deserved) (?:to )?(?:hurt|pain|to bleed|bleed|suffer|"
            r"to suffer|be hurt|to be hurt|be punished|to be punished)"
        ),
        reason="You wrote about cuts or marks on your body.",
        examples=(
            "fresh cuts on my thighs again",
            "hiding my cuts under long sleeves",
            "took apart a pencil sharpener",
        ),
        near_misses=("new scars on my knee from the bike crash", "the razor was new"),
        benign=_ACCIDENT,
    ),
    # --- harm from others ----------------------------------------------------------------------
    # Someone hitting, choking or assaulting the writer. Everyday uses ("hit me up", "beat me at
    # chess", "pushed me to apply") stay out, and so does "he never hit me".
    Rule(
        id="harm.physical",
        kind="harm_from_others",
        anchors=(
            "hit",
            "beat",
            "punch",
            "slap",
            "kick",
            "chok",
            "strangl",
            "shov",
            "push",
            "threw",
            "throw",
            "grab",
            "bit",
            "bruis",
            "rap",
            "assault",
            "molest",
            "abus",
            "attack",
            "smack",
            "whip",
            "spat",
            "pin",
            "drag",
            "stalk",
            "hurt",
            "keep getting",
            "kept getting",
            "got",
            "was",
            "been",
            "i was",
            "hand",
            "finger",
        ),
        negatable=False,
        pattern=(
            r"{other}{filler} (?:hits|hit|hitting|beats|beat|beating|punches|punched|punching|"
            r"slaps|slapped|slapping|kicks|kicked|kicking|chokes|choked|choking|strangles|"
            r"strangled|strangling|shoves|shoved|shoving|pushed|pushes|pushing|threw|throws|"
            r"grabbed|grabs|grabbing|bit|bites|bruised|raped|rapes|assaulted|assaults|molested|"
            r"molests|abused|abuses|abusing|attacked|attacks|smacked|smacks|whipped|spat on|pinned|"
            r"dragged|stalks|stalked|stalking|hurts|keeps hurting|kept hurting) me(?! (?:up|at (?:chess|"
            r"cards|tennis|golf|pool|darts|scrabble|monopoly|poker|video games|the game|the race|"
            r"running|fifa|mario kart|trivia|bowling|it|everything|games?)|"
            r"in (?:chess|cards|a game|the race|the game|scrabble|a race)|to it|to the|by|off|"
            r"back|out|a message|a text|an email|the ball|towards|forward|along|into (?:a|the) "
            r"(?:group|team|job|role|idea)|to (?:try|do|go|apply|be|get|take|join|keep|work|finish|"
            r"speak|talk|open|study|grow)|with (?!(?:a|the|his|her|their|my) (?:belt|bat|stick|"
            r"hand|fist|shoe|bottle|chair|phone|pan|cord|hanger|spoon|knife|gun|book|remote|"
            r"plate|door|lamp|glass))))"
            r"|(?:i|i've|ive|i'm|im|i was|i got|got|been|was|being|keep getting|kept getting) "
            r"(?:been )?(?:hit|beaten|beat up|punched|slapped|kicked|choked|strangled|raped|"
            r"assaulted|molested|abused|attacked|smacked|strangled|sexually assaulted) "
            r"(?:by (?!(?:a|the) (?:car|bus|truck|ball|bike|door|wave|branch|cold|flu|train|"
            r"virus|bug|wall|wave))|again|last|yesterday|today|tonight|this|at home|every|when|"
            r"because)"
            r"|(?:hands?|fingers) (?:around|on|round) my (?:neck|throat)"
            r"|(?:throws|threw|throwing|thrown) (?:things|stuff|plates?|bottles?|chairs?|a \w+|his "
            r"\w+|her \w+) at me(?! (?:to catch|across|playfully))"
        ),
        reason="You wrote that someone is hurting you.",
        examples=(
            "my partner hits me when he drinks",
            "he choked me last night",
            "i got hit again by my dad",
            "he grabbed me by the throat",
        ),
        near_misses=(
            "he hit me up last night about the party",
            "my sister beat me at chess",
            "she pushed me to apply for the job",
            "he has never hit me",
        ),
    ),
    # Threats to kill or hurt the writer. "Mum will kill me if I forget the milk" stays out;
    # threats tied to leaving, telling or the police always count.
    Rule(
        id="harm.threat",
        kind="harm_from_others",
        anchors=(
            "said",
            "say",
            "told",
            "tell",
            "threat",
            "swor",
            "swear",
            "keeps saying",
            "text",
            "messag",
            "scream",
            "yell",
            "shout",
            "promis",
            "kil",
            "hurt",
            "beat",
            "chok",
            "pulled",
            "held",
            "point",
            "waved",
            "came at",
            "wants me",
            "wanted me",
            "want me",
            "commented",
            "wrote",
            "posted",
            "called",
            "find me",
            "find us",
            "knife",
            "gun",
            "blade",
            "weapon",
            "murder",
            "stab",
            "shoot",
            "strangl",
            "smash",
            "burn",
            "drown",
            "break",
        ),
        negatable=False,
        pattern=(
            r"(?:said|says|told me|tells me|threatened|threatens|threatening|swore|swears|"
            r"keeps saying|texted|messaged|screamed|yelled|shouted|promised) (?:that )?(?:(?:he|"
            r"she|they|he'd|she'd|they'd|he'll|she'll|they'll|he would|she would|they would|"
            r"he will|she will|they will|he's going to|she's going to|they're going to|he's gonna|"
            r"she's gonna|he was gonna|she was gonna|he was going to|she was going to) )?(?:to )?"
            r"(?:kill|hurt|beat|choke|strangle|stab|shoot|murder|end|break|smash|burn|drown|"
            r"beat up) (?:me|my (?:face|legs|arms|neck|kids|children|dog|cat|family)|us|the kids)"
            r"|(?:kill|hurt|beat|choke|strangle|stab|shoot|murder|find) (?:me|us) if i (?:leave|left|"
            r"leaving|try to leave|tried to leave|ever leave|tell (?:anyone|anybody|someone|the "
            r"police|the cops|my (?:family|therapist|doctor|friends))|told (?:anyone|anybody|"
            r"someone|the police)|call (?:the police|the cops|911|999|112|000|for help)|go to the "
            r"police|report|go to a shelter|take the kids|talk to (?:anyone|anybody|the police)|"
            r"break up|broke up|end it)"
            r"|threat(?:en|ened|ens|ening) (?:to )?(?:kill|hurt|beat|harm|stab|shoot|take the kids|"
            r"take my kids) (?:me|us|my|the kids)?|threat(?:ened|ens|ening) (?:me|my life|us)(?! with "
            r"(?:a (?:fine|lawsuit|ticket|bad review)|legal))"
            r"|(?:pulled|held|pointed|waved|had) (?:a |his |her |the )?(?:knife|gun|weapon|blade) "
            r"(?:at|to|on|against|towards) (?:me|my)|came at me with (?:a|his|her) (?:knife|gun|"
            r"bat|fist|bottle)"
            r"|(?:wants|wanted|want) me dead"
            r"|(?:told|tells|telling|said|says|keeps telling|kept telling|texted|messaged|"
            r"commented|wrote|posted|called) (?:me )?(?:to |i should |that i should )(?:go )?"
            r"(?:kill myself|kms|kys|die|drop dead|end it|end my life|hang myself|unalive myself)"
            r"|(?:told|tells|said|says|yelled|screamed|texted|messaged|commented|wrote|posted) "
            r"(?:me )?(?:to )?(?:go )?(?:kill yourself|kys|go die)"
        ),
        reason="You wrote that someone threatened to hurt you.",
        examples=(
            "he said he'd kill me if i left",
            "she threatened to stab me",
            "he told me to kill myself",
            "he'll hurt me if i tell anyone",
        ),
        near_misses=(
            "my mum will kill me if i forget the milk",
            "my boss is gonna kill me",
            "she told me to chill",
        ),
        unless=(
            r"kill (?:me|us) if i (?:forget|forgot|eat|ate|break|broke|lose|lost|miss|missed|am "
            r"late|'m late|spoil|spoiled|fail|failed|wear|wore|use|used|drink|drank|finish|"
            r"finished|touch|touched|dent|dented|stain|stained|mess|messed)"
        ),
    ),
    # Fear of someone, or not being safe at home or with a partner.
    Rule(
        id="harm.fear",
        kind="harm_from_others",
        anchors=(
            "scared",
            "afraid",
            "terrified",
            "frightened",
            "petrified",
            "fear",
            "worried",
            "don",
            "dont",
            "do not",
            "never feel",
            "not safe",
            "isn't safe",
            "isnt safe",
            "hiding",
            "hid",
            "hide",
            "won't let",
            "wont let",
            "doesn't let",
            "locked me",
            "took my",
            "didn't let",
            "didnt let",
            "never let",
            "does not let",
            "not allowed",
            "aren't allowed",
        ),
        negatable=False,
        pattern=(
            r"(?:scared|afraid|terrified|frightened|petrified|fear|fearing|worried) (?:that |of "
            r"what )?(?:{other}(?:'ll|'d|'s)? (?:will |would |is going to |'s going to |is gonna |"
            r"gonna |going to |might |may |could |will really )?)(?:kill|hurt|hit|beat|choke|"
            r"strangle|attack|rape|find|come after|stab|shoot) (?:me|us)"
            r"|(?:scared|afraid|terrified|fear|fearing) for my (?:life|safety)"
            r"|(?:scared|afraid|terrified|frightened) (?:of )?what (?:he|she|they)(?:'ll|'d| will| "
            r"would| might| is going to)? (?:do|does) (?:to me|if i|when (?:he|she|they))"
            r"|(?:not allowed|aren't allowed) to (?:leave|see (?:my )?(?:friends|family)|have (?:a|my) "
            r"phone|go out without (?:him|her))"
            r"|(?:scared|afraid|terrified|frightened) (?:to go|of going) home"
            r"|(?:don't|dont|do not|never) feel safe (?:at home|in my (?:own )?(?:home|house|room|"
            r"bed)|with (?:him|her|them|my \w+)|around (?:him|her|them|my \w+)|when (?:he|she|"
            r"they)(?:'s| is|'re| are)? (?:home|drunk|angry|around))"
            r"|(?:not|isn't|isnt) safe (?:at home|for me at home|in my (?:own )?(?:home|house))"
            r"|(?:hiding|hid|hide) from (?:him|her|{other})(?! (?:at|in) (?:the|a) (?:party|game))"
            r"|(?:won't|wont|doesn't|does not|didn't|never) let me (?:leave|see (?:my )?(?:friends|"
            r"family)|have my phone|have money|go to work|out of (?:the house|his sight|her sight))"
            r"|locked me (?:in|out)(?! of (?:my|the) (?:account|email|computer|phone|app))"
            r"|took my (?:phone|keys|car keys|passport|money|wallet) (?:so i can't|so i cant|"
            r"so i couldn't|away so)"
        ),
        reason="You wrote that you feel afraid of someone or unsafe at home.",
        examples=(
            "i'm scared he'll hurt me",
            "i don't feel safe at home anymore",
            "terrified to go home tonight",
            "he won't let me leave the house",
        ),
        near_misses=(
            "i'm scared of spiders",
            "my boss will kill me if i'm late lol",
            "i'm afraid i'll forget my lines",
        ),
        unless=r"(?:boss|teacher|coach|manager|professor|prof|editor) (?:will|is going to|'s gonna|"
        r"is gonna|gonna|'ll) kill me",
    ),
    # --- concern for someone else --------------------------------------------------------------
    # Someone else being hurt by a third person: "he beats her", "her boyfriend hits her".
    Rule(
        id="concern.harmed",
        kind="concern_for_other",
        anchors=(
            "hit",
            "beat",
            "punch",
            "slap",
            "kick",
            "chok",
            "strangl",
            "rap",
            "abus",
            "hurt",
            "is being",
            "being",
        ),
        negatable=False,
        pattern=(
            r"{other}{filler} (?:hits|hit|hitting|beats|beating|punches|punched|slaps|slapped|"
            r"kicks|kicked|chokes|choked|strangles|strangled|rapes|raped|abuses|abused|abusing|"
            r"hurts|hurting|keeps hurting) (?:her|him|them|my (?:mom|mum|mother|sister|brother|"
            r"friend|kids?|children|son|daughter|little \w+))(?! (?:up|at|in (?:chess|cards|a game|"
            r"the race|the game|scrabble)|to it|back|with (?:the news|a question|questions|a pillow)|"
            r"playing|when (?:they|we) (?:play|played)))"
            r"|(?:he|she|they|my \w+)(?:'s| is|'re| are) (?:being|getting) (?:abused|beaten|hit|hurt "
            r"by|raped|choked)(?! (?:at|in) (?:the|a) (?:game|match))"
        ),
        reason="You wrote that someone you know may be being hurt.",
        examples=(
            "my neighbour's husband beats her, i can hear it",
            "i think my sister's boyfriend is hurting her",
            "my friend is being abused by her dad",
        ),
        near_misses=(
            "my brother beat him at chess",
            "she hit him up for a loan",
            "he hit her with a pillow during the movie, they were laughing",
        ),
        benign=r"pillow fight|laughing|joking|playing|game|match|tickl\w*",
    ),
    # Someone else hurting or killing themselves: "himself", "herself", "themselves".
    Rule(
        id="concern.reflexive",
        kind="concern_for_other",
        anchors=(
            "himself",
            "herself",
            "themselves",
            "themself",
            "him self",
            "her self",
            "theirself",
            "hisself",
            "his life",
            "her life",
            "their life",
            "his own",
            "her own",
            "their own",
            "wish",
        ),
        pattern=(
            r"(?:kill|killing|killed|kills|hurt|hurting|hurts|harm|harming|harms|harmed|cut|"
            r"cutting|cuts|burn|burning|burned|burns|hang|hanging|hanged|hung|shoot|shooting|"
            r"shot|starve|starving|drown|drowning|poison|poisoning|overdose|overdosing|end|ending|"
            r"off|offing|unalive|unaliving) {them}(?! (?:out|off|short|some slack|a break|a slice|"
            r"up|free|loose|down|to sleep|into|in the long run|laughing|at work|with work|"
            r"working))|(?:end|ending|ended|take|taking|took) (?:his|her|their) (?:own )?life"
            r"(?! back)|wish(?:es|ed)? (?:that )?(?:he|she|they) (?:was|were|'d|could) (?:be )?(?:dead|"
            r"never born|just die)"
        ),
        unless=(
            r"(?:dog|cat|puppy|kitten|horse|bird|hamster|rabbit|pet|parrot) (?:has |had |just |"
            r"really |kind of )?(?:hurt|cut|burned|burnt|scratched|harmed|hurting|cutting)"
        ),
        reason=OTHER_REASONS["concern_for_other"],
        examples=(
            "i think my friend might hurt herself",
            "he threatens to kill himself if i leave",
            "my roommate has been cutting herself",
        ),
        near_misses=(
            "he hurt himself playing football",
            "she's burning herself out at work",
            "he killed himself laughing at my joke",
        ),
        benign=_ACCIDENT,
        topic=True,
    ),
)
