"""Thinking-trap rules as data: one entry per pattern, with the words that made us look.

Patterns run on a lowercased copy of the text with curly apostrophes made straight, so they are
written in lower case with a plain `'`. Each pattern opens on its rule's keyword: a word or a
group of words such as `\b(?:should|ought)` (traps.py reads them from the pattern and tries the
rule only where one of them stands, which keeps it fast). Words that have to come before the
keyword go in `before`. Rules lean towards staying quiet: a missed highlight costs little, a
wrong one tells a fragile person something untrue about their own words. Trap ids are the values
of `traps.Trap`; every rule's examples and near misses are checked by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TrapRule:
    id: str
    trap: str  # a Trap value, kept as text so this module stays plain data
    pattern: str
    reason: str
    examples: tuple[str, ...]
    near_misses: tuple[str, ...] = ()
    before: str | None = None  # has to end right where the pattern starts
    not_after: str | None = None  # quiet when this ends right before the match
    unless: str | None = None  # quiet when this appears anywhere in the text


def _alt(words: str) -> str:
    return "(?:" + "|".join(words.split()) + ")"


# --- Shared word lists ---------------------------------------------------------------------
_GAP = r"[^.!?\n]{0,40}?"  # a short stretch inside one sentence
# Whole-person verdicts. Skill words ("slow", "bad at maths") are left out on purpose.
_LABEL_NOUNS = (
    "idiot moron loser failure fraud fake joke mess disaster disappointment burden coward wimp "
    "screwup screw-up waste freak liar monster hypocrite nuisance pest clown wreck pushover "
    "doormat embarrassment psycho nobody nothing letdown crybaby wuss weirdo slob creep trash "
    "garbage rubbish worst dumbest stupidest ugliest laziest weakest"
)
_LABEL_ADJS = (
    "stupid dumb useless worthless hopeless pathetic weak lazy selfish unlovable unloveable "
    "broken damaged ugly disgusting gross boring annoying awful terrible horrible bad crazy "
    "incompetent inadequate defective unworthy needy clingy weird toxic evil unwanted "
    "unlikeable unlikable repulsive hideous fat naive gullible spineless ridiculous "
    "irresponsible insane unstable"
)
# An adjective followed by "at" is about one skill, not the whole person ("bad at maths"),
# and "crazy busy" is about a day, not a person.
_ADJ_END = (
    r"\b(?!\s+(?:at|about|with)\b(?!\s+(?:everything|life|anything|being)))"
    r"(?!\s+(?:busy|tired|hungry|excited|good|lucky|happy|fun|hot|cold|early|proud|glad)\b)"
)
_LABEL = (
    r"(?:(?!nothing\s+(?:like|compared|but|to\s+do|special\s+to)|nobody's)"
    + _alt(_LABEL_NOUNS)
    + r"\b|"
    + _alt(_LABEL_ADJS)
    + _ADJ_END
    + r"|(?<=such\sa\s)baby|(?<=big\s)baby|(?<=a\s)lost\s+cause|(?<=a\s)hopeless\s+case"
    r"|too\s+(?:much|sensitive|needy|emotional|dramatic|clingy|intense|far\s+gone)"
    r"|not\s+(?:good|smart|pretty|strong|clever|thin|interesting|lovable)\s+enough|not\s+enough"
    r"|beyond\s+help|damaged\s+goods)"
)
_INTENS = (
    r"(?:(?:a\s+bit\s+of\s+an?|such|so|a|an|just|really|totally|completely|utterly|absolutely"
    r"|truly|literally|"
    r"clearly|basically|honestly|simply|still|always|being|the|nothing\s+but|one|big|real|"
    r"biggest|most|total|complete|absolute|utter|massive|huge|kind\s+of|kinda|sort\s+of|pretty|"
    r"very|officially|obviously|bloody|damn|freaking|fucking|whole|little|useless|stupid|"
    r"pathetic|lazy|dumb|selfish|weak|ugly|fat|terrible|awful|horrible)\s+){0,3}"
)
_SETBACK = (
    r"(?:mess(?:ed|es|ing)?\s+(?:[a-z]+\s+)?up|screw(?:ed|s|ing)?\s+(?:[a-z]+\s+)?up"
    r"|ruin(?:s|ed|ing)?|wreck(?:s|ed|ing)?|fail(?:s|ed|ing)?|failure|wrong|mistakes?"
    r"|let(?:s|ting)?\s+(?:[a-z]+\s+){0,2}down|disappoint(?:s|ed|ing)?|embarrass(?:es|ed|ing)?"
    r"|stupid|idiot|useless|hurt(?:s|ing)?|leaves?\s+me|left\s+(?:me|out)|abandon(?:s|ed)?"
    r"|reject(?:s|ed|ing)?|ignored|alone|lonely|late|behind|blows?\s+it|blew\s+it|badly|worse"
    r"|worst|awful|terrible|horrible|disaster|lose|loses|losing|ends?\s+(?:up\s+)?"
    r"(?:badly|alone|hurt|hurting|the\s+same|crying|in\s+tears)|the\s+problem|annoy(?:s|ing|ed)?"
    r"|burden|say\s+the\s+wrong|give\s+up|sabotage|forget(?:s)?|forgot|(?:tired|sick)\s+of\s+me"
    r"|the\s+one\s+who|come\s+last|crying|in\s+tears|falls?\s+apart|fell\s+apart"
    r"|do\s+this\s+to\s+myself|push\s+(?:people|everyone)\s+away|awkward|overreact\w*"
    r"|stuck|dumped|cheated\s+on|used|lied\s+to|blame|my\s+fault|pathetic|suck|sucks"
    r"|ashamed|regret\w*|ugly|weird|too\s+much\s+for)\b"
)
_OTHERS = (
    r"(?:they|he|she|everyone|everybody|people|my\s+[a-z][a-z'-]*|the\s+[a-z][a-z'-]*"
    r"|all\s+of\s+them)"
)
_ME = r"(?:i'm|i\s+am|i\s+was|im)"
_I_OR_YOU = r"\b(?:i|you)\s+(?:really\s+|so\s+|still\s+|just\s+|definitely\s+|totally\s+)?"
# What "nobody" or "no one" does, in the words of someone feeling alone.
_NOBODY_DOES = (
    r"(?:likes?|loves?|cares?|wants?|listens?|understands?|notices?|remembers?|calls?|texts?"
    r"|invites?|asks?|believes?|gets\s+me|helps?|chooses?|picks?|stays?|sticks\s+around"
    r"|(?:would|will|could)\s+(?:ever\s+)?(?:want|love|like|care|choose|pick|date|marry|hire"
    r"|stay|listen|understand|believe|miss|help))\b"
)
# What "won't" or "isn't going to" says about how things turn out.
_OUTCOME = (
    r"(?:work(?:\s+out)?(?!\s+(?:today|tonight|tomorrow|late|on|this|at|from|overtime))"
    r"|help(?:\s+me)?|get\s+(?:it|the\s+job|in|better|any\s+better|picked|chosen|hired|anywhere"
    r"|over\s+(?:it|this)|through)|like\s+(?:me|it|what)|want\s+(?:me|to\s+see\s+me)|love\s+me"
    r"|care|change(?!\s+my\s+mind)|go\s+(?:well|right|anywhere)|understand|hire\s+me|choose\s+me"
    r"|pick\s+me|accept\s+me|forgive\s+me|improve|succeed|make\s+it|happen\s+again"
    r"|be\s+(?:able\s+to\s+(?:cope|handle|do\s+(?:it|this)|manage|trust|change|stop|fix|move\s+on"
    r"|sleep)|enough|any\s+good|good\s+enough|okay|ok|fine|happy|different|loved|wanted"
    r"|normal))\b"
)
# How other people seem to be doing, in a comparison that leaves you out.
_DOING_FINE = (
    r"(?:has(?!\s+(?:gone|left|arrived|eaten))|have(?!\s+(?:gone|left|arrived|eaten))|seems?"
    r"|seemed|can|manages?|managed|knows?|gets?|got|finds?|copes?|handles?|don't|doesn't|never"
    r"|already|own|owns|looks?|is\s+(?:so|doing|better|happier|ahead|married|normal|further"
    r"|getting|moving|managing|coping|thriving)|are\s+(?:so|doing|better|happier|ahead|married"
    r"|normal|further|getting|moving|managing|coping|thriving|all)|moved\s+on|figured)\b"
)
_FUTURE = r"(?:(?<=')ll|\bwill|\bgoing\s+to|\bgonna)\s+"
# Harm done to the person. Saying that harm was someone else's doing is true, not a trap, so
# the blaming rules stay quiet whenever the text speaks of it.
_HARM = (
    r"(?:hurt\s+me|hit\s+me|hits\s+me|abus\w*|assault\w*|raped?|raping|molest\w*|beat\s+me"
    r"|beaten|attacked\s+me|threaten\w*|groom\w*|stalk\w*|gasli\w*|strangl\w*|chok(?:ed|ing)\s+me"
    r"|(?:wasn't|isn't|was\s+not|is\s+not|not)\s+my\s+fault)"
)
# Learning from someone, or being glad for them, is not putting yourself down.
_FRIENDLY = r"(?:teach|taught|learn|inspir|happy\s+for|glad\s+for|proud\s+of)"
# Someone said it out loud: then it is being told, not mind reading.
_TOLD = (
    r"(?:told\s+me|said\s+so|said\s+(?:she|he|they)\s+(?:was|were|is|are|thinks?|thought|felt)"
    r"|admitted|asked\s+me)\b"
)
# A feeling or a body signal, where emotional reasoning starts.
_FEEL = (
    r"\b(?:feel|feels|felt|feeling|gut|stomach|chest|heart|body|anxious|scared|afraid|nervous"
    r"|ashamed|guilty|embarrassed|worried|frightened|terrified)\b"
)
# What a feeling gets taken to prove, in emotional reasoning.
_CONCLUSION = (
    r"(?:(?:i|it|that|this|they|he|she|everyone|everybody|nobody|no\s+one|people|something"
    r"|things|(?:this|the|my)\s+[a-z]+)\s+(?:[a-z]+\s+)?(?:must|has\s+to|have\s+to)\s+(?:be|have"
    r"|mean|really)\b|(?:i|it|that|this|they|things|everything|life)\s+(?:really|probably|truly"
    r"|definitely|obviously|clearly)\s+(?:am|is|are|do|does|did)\b|i\s+(?:(?:guess\s+i|probably"
    r"|really|must|truly|definitely)\s+){0,3}am(?:\s+(?:one|it|that))?(?=\s*(?:[.!?,;]|$))"
    r"|i'm\s+not(?:\s+(?:one|really))?(?=\s*(?:[.!?,;]|$))|(?:i'm|i\s+(?:(?:guess\s+i|probably"
    r"|really|truly|definitely)\s+){0,3}am)\s+(?:(?:really|just|truly|definitely|a|an|so)\s+){0,2}"
    + _LABEL
    + r"|(?:it|that|this)(?:'s|\s+is)\s+(?:true|real|right|a\s+fact|dangerous|hopeless)\b"
    r"|something\s+(?:bad|terrible|awful|horrible|is\s+wrong|'s\s+wrong|must|is\s+going\s+to"
    r"|will)\b|(?:i|i've|i\s+have|i\s+must\s+have)\s+(?:did|done|made)\s+(?:something"
    r"|a\s+mistake)|(?:nobody|no\s+one|everyone|everybody|they|people)\s+(?:does|do|did|cares?"
    r"|hates?|saw|sees|knows?|noticed|could|would|will|can)\b|(?:things|everything|life)\s+"
    r"(?:really\s+)?(?:are|is)\s+(?:[a-z]+\s+)?(?:hopeless|pointless|bad|terrible|awful|ruined"
    r"|over)\b|there(?:'s|\s+is)\s+no\s+(?:hope|point|way|chance)\b|i\s+(?:really\s+)?(?:don't"
    r"|do|can't|am\s+not)(?=\s*(?:[.!?,;]|$))|(?:i'm|i\s+am)\s+(?:not\s+safe|unsafe|in\s+danger"
    r"|not\s+okay|not\s+ok|not\s+wanted|unwanted|not\s+loved|unloved|not\s+good\s+enough))"
)
_NEGATED = r"(?:\bnot|n't|\bnever|\bno|\bnone\s+of\s+(?:it|this|that)(?:\s+(?:is|was))?)\s+"

AON, OVER, LABEL, FORTUNE = "all_or_nothing", "overgeneralizing", "labeling", "fortune_telling"
MIND, EMOTION, SHOULD = "mind_reading", "emotional_reasoning", "should_statements"
PERSONAL, DISCOUNT = "personalizing", "disqualifying_positive"
CATASTROPHE, COMPARE, BLAME = "catastrophizing", "comparing", "blaming"

RULES: tuple[TrapRule, ...] = (
    # --- All-or-nothing: only two boxes, perfect or worthless -----------------------------
    TrapRule(
        "aon_perfect_or_else",
        AON,
        r"\b(?:perfect(?:ly|ion)?|flawless(?:ly)?|best)\b",
        "The word “perfect” set as the only good result leaves no room for “good enough”.",
        (
            "If it's not perfect it's worthless.",
            "It has to be flawless or I won't hand it in.",
            "If I can't do it perfectly, there's no point.",
            "Anything short of perfect is a fail.",
        ),
        ("It doesn't have to be perfect to be worth doing.", "The weather was perfect."),
        before=r"\b(?:(?:has|have|had|needs?|needed|got)\s+to\s+be|must\s+be|gotta\s+be"
        r"|(?:if|unless)\s+(?:it's|it\s+is|it\s+was|i'm|i\s+am|i\s+was|they're|everything\s+is"
        r"|everything's|this\s+is|that's|i\s+do\s+it|it\s+goes|i\s+can't\s+do\s+it"
        r"|i\s+don't\s+do\s+it)(?:\s+not)?|anything\s+less\s+than|less\s+than|short\s+of)\s+"
        r"(?:the\s+)?",
        not_after=r"(?:doesn't|don't|does\s+not|do\s+not|didn't|won't|no\s+need\s+to|not)\s+",
    ),
    TrapRule(
        "aon_perfect_or_nothing",
        AON,
        r"\b(?:perfect|perfectly|flawless|best)\s+or\s+(?:[a-z']+\s+){0,2}?(?:nothing|worthless"
        r"|useless|pointless|not\s+at\s+all|a\s+failure|garbage|trash|rubbish|don't\s+bother)\b",
        "“Perfect or nothing” leaves only two boxes, with no room for good enough.",
        ("It's perfect or nothing.", "It's the best or it's worthless."),
        ("It was perfect or close to it, and I enjoyed it.",),
    ),
    TrapRule(
        "aon_no_point_at_all",
        AON,
        r"\bpoint\s+(?:[a-z']+\s+){1,4}?at\s+all\b",
        "“No point at all” unless it's done fully leaves only two boxes.",
        ("If I can't run the full 10k, there's no point running at all.",),
        ("There's no point at all in rushing, so I'll take my time.",),
        before=r"\bno\s+",
    ),
    TrapRule(
        "aon_either_or",
        AON,
        r"\beither\b[^.!?\n]{0,60}?\bor\b[^.!?\n]{0,30}?\b(?:nothing|not\s+at\s+all|at\s+all"
        r"|over|worthless|useless|pointless|a\s+failure|a\s+waste|ruined|no\s+point|give\s+up"
        r"|quit|never|loser|idiot|stupid|a\s+mess|terrible|don't\s+bother|why\s+bother|garbage"
        r"|trash|done)\b",
        "“Either … or” with nothing in between splits things into two boxes.",
        (
            "Either I get this job or my career is over.",
            "I either nail this or I'm done.",
            "I'm either amazing at it or useless.",
        ),
        ("Either tea or coffee is fine with me.", "Either way, I'll have a nice evening."),
    ),
    TrapRule(
        "aon_no_in_between",
        AON,
        r"\b(?:between|middle\s+ground|grey\s+area|gray\s+area|nothing)\b",
        "Saying there is no middle ground leaves only two boxes.",
        ("I'm amazing at it or useless, there's no in between.", "It's all or nothing for me."),
        ("I found a middle ground with my sister.", "There's nothing in the fridge."),
        before=r"\b(?:no\s+(?:in[\s-]+)?|all\s+or\s+)",
    ),
    TrapRule(
        "aon_whole_thing_spoiled",
        AON,
        r"\b(?:ruined|wasted|waste|pointless|worthless|useless|meaningless|undone|write-?off"
        r"|failure|fail|garbage|trash|rubbish|flop|bust)\b",
        "One part going badly is being read as the whole thing being spoiled.",
        (
            "I ate one cookie so the whole diet is ruined.",
            "One bad comment and the entire presentation was a waste.",
            "I said one wrong word and the whole talk was a flop.",
        ),
        ("My whole family came for dinner and it was lovely.", "The whole day felt calm."),
        before=r"\b(?:whole|entire|all|everything|every\s+bit\s+of)\b[^.!?\n]{0,40}?[\s-]",
    ),
    TrapRule(
        "aon_all_for_nothing",
        AON,
        r"\b(?:nothing|drain)\b",
        "One slip is being read as making all the rest count for nothing.",
        ("I relapsed once so all that work meant nothing.", "All that effort went down the drain."),
        ("All of it was nothing like I feared.",),
        before=r"\b(?:whole|entire|all|everything|every\s+bit\s+of)\b[^.!?\n]{0,30}?\b(?:for"
        r"|meant|means|counts?\s+for|down\s+the)\s+",
    ),
    TrapRule(
        "aon_undid_it_all",
        AON,
        r"\b(?:ruined|wasted|undid|undone|threw\s+away|thrown\s+away|blew|destroyed|wrecked"
        r"|erased|wiped\s+out|cancell?ed\s+out)\s+(?:it\s+)?(?:all|everything|the\s+whole"
        r"|the\s+entire|all\s+of)\b",
        "One slip is being counted as undoing everything that came before.",
        ("I missed one day so I've ruined all my progress.", "I blew it all with one drink."),
        ("I ruined the cake, so we had ice cream.", "I wasted an hour on my phone, oh well."),
    ),
    TrapRule(
        "aon_complete_verdict",
        AON,
        r"\b(?:complete|total|utter|absolute|totally|completely|utterly|absolutely|entirely)\s+"
        r"(?:[a-z]+\s+)?(?:failure|failed|flop|waste|write-?off|loser|fraud|joke|mess|disaster"
        r"|idiot|useless|worthless|pointless|hopeless|ruined|wasted|incompetent|inadequate"
        r"|pathetic|screwed|wreck|trainwreck|catastrophe|unlovable|unfixable|meaningless)\b",
        "Words like “complete” or “total” turn a hard moment into a final verdict.",
        ("I'm a complete failure at everything.", "The day is completely wasted now."),
        ("I totally forgot it was Friday, ha.", "We had a complete meal for once."),
    ),
    TrapRule(
        "aon_never_enough",
        AON,
        r"\benough\b",
        "“Not good enough” sets a bar that moves every time you reach it.",
        (
            "Nothing I do is ever good enough.",
            "Anything less than an A means I'm not good enough.",
            "It's never enough.",
        ),
        ("It's good enough for today.", "Is that good enough? I think so."),
        before=r"\b(?:never|not|isn't|wasn't|aren't|nothing|none\s+of\s+(?:it|this|that)|ain't)\b"
        r"[^.!?\n]{0,20}?\bgood\s+|\bnever\s+(?:be\s+)?",
    ),
    TrapRule(
        "aon_one_slip_decides",
        AON,
        r"\b(?:(?:makes|made|means|proves)\s+(?:that\s+)?(?:me|i'm|i\s+am|i)\s+(?:a|an|such|so"
        r"|completely|totally|the)|ruined|ruins|wasted|undoes|undid|cancels|erases)\b",
        "One moment is being given the power to decide everything.",
        (
            "I snapped at my son once today, which makes me a terrible parent.",
            "I missed one day so I've ruined my progress.",
        ),
        ("I made one mistake and I fixed it.", "I went once and it made me smile."),
        before=r"\b(?:once|one\s+(?:[a-z]+\s+)?(?:mistake|slip|error|time|cookie|drink|day|thing"
        r"|comment|setback|lapse))\b[^.!?\n]{0,40}?\b(?:which|that|so|and|now)\s+(?:[a-z']+\s+)?",
    ),
    TrapRule(
        "aon_might_as_well",
        AON,
        r"\b(?:might|may)\s+as\s+well\s+(?:just\s+)?(?:have\s+)?(?:[a-z]+\s+)?(?:nothing"
        r"|not\s+bother|give\s+up|quit|not\s+have|not\s+try|failed|stop|eat\s+the\s+whole"
        r"|finish\s+the\s+whole|throw\s+(?:it|the\s+whole|everything)|start\s+over|forget\s+it"
        r"|not\s+go)\b",
        "“Might as well” can throw away the part that went fine.",
        (
            "I got a B. Might as well have gotten nothing.",
            "One slip, so I might as well quit.",
            "my diet is blown so i may as well eat the whole cake",
        ),
        ("Might as well enjoy the sun while it's out.",),
    ),
    TrapRule(
        "aon_so_worthless",
        AON,
        r"\b(?:useless|pointless|worthless|wasted|ruined|garbage|waste|write-?off|nothing"
        r"|rubbish|trash|failure|meaningless|loss|flop)\b",
        "A small slip is being read as making the whole thing worthless.",
        (
            "I didn't finish my list so today was useless.",
            "It had one typo, so it was garbage.",
            "The day started badly so it's completely wasted now.",
        ),
        ("I was tired so the walk was short.", "So the café was closed, we went to the park."),
        before=r"\b(?:so|which\s+means|that\s+means|means|now|and\s+now)\b[^.!?\n]{0,30}?\b(?:is"
        r"|was|are|were|s)\s+(?:(?:basically|completely|totally|just|now|all|officially)\s+)?"
        r"(?:a\s+(?:total\s+)?|for\s+)?",
    ),
    TrapRule(
        "aon_so_i_failed",
        AON,
        r"\b(?:failed|blew\s+it|wasted\s+(?:it|everything|the\s+whole))\b",
        "One missed part is being read as failing the whole thing.",
        ("I got one answer wrong, so I basically failed.",),
        ("I was slow, so I failed to catch the bus, ha.",),
        before=r"\bso\s+i\s+(?:basically\s+|totally\s+|completely\s+|might\s+as\s+well\s+have\s+)",
    ),
    TrapRule(
        "aon_achieved_nothing",
        AON,
        r"\b(?:(?:achieved|accomplished)\s+anything|achieved\s+nothing)\b",
        "It counts only the finish line and none of the steps before it.",
        ("Unless I lose all the weight, I haven't achieved anything.", "I've achieved nothing."),
        ("I achieved a lot this week.",),
    ),
    TrapRule(
        "aon_same_as_failing",
        AON,
        r"\b(?:same|bad)\s+as\s+(?:failing|a\s+fail|failure|nothing|an\s+f|losing|zero)\b",
        "Treating “not top marks” as the same as failing leaves only two boxes.",
        ("A 90 is the same as failing.", "Second place is as bad as losing."),
        ("It's the same as last year.",),
        before=r"\b(?:is|are|was|s)\s+(?:basically\s+|just\s+)?(?:the\s+|as\s+)",
    ),
    TrapRule(
        "aon_only_worth_if",
        AON,
        r"\b(?:worth\s+(?:something|anything)|matter|count|lovable|acceptable)\s+(?:if|when)\b",
        "It makes your worth depend on one condition being met.",
        ("I'm only worth something if I'm productive.", "I only matter when I'm useful."),
        ("It only matters if you want it to.",),
        before=r"\b(?:only|just)\s+",
        not_after=r"\bit\s+",
    ),
    # --- Overgeneralizing: one time becomes every time -----------------------------------
    TrapRule(
        "over_always_setback",
        OVER,
        r"\b(?:always|constantly|forever|whenever)\b" + _GAP + r"\b" + _SETBACK,
        "“Always” next to a setback can stretch one time into every time.",
        (
            "I always mess everything up.",
            "I'm always the one who gets left out.",
            "Whenever I trust someone, they end up hurting me.",
        ),
        ("I always enjoy my morning walk.", "They always save me a seat."),
    ),
    TrapRule(
        "over_every_time_setback",
        OVER,
        r"\btime\b" + _GAP + r"\b" + _SETBACK,
        "“Every time” next to a setback can stretch one time into every time.",
        (
            "Every time I try to speak up, it goes wrong.",
            "Each time I speak, I say the wrong thing.",
        ),
        ("Every time I bake, the house smells lovely.",),
        before=r"\b(?:every\s+(?:single\s+)?|each\s+|all\s+the\s+)",
    ),
    TrapRule(
        "over_setback_all_the_time",
        OVER,
        r"\btime\b",
        "“All the time” next to a setback can stretch one time into every time.",
        ("I mess up all the time.", "I let people down every single time."),
        ("I sing all the time and I love it.",),
        before=r"\b(?:mess(?:ed)?|screw(?:ed)?|fail(?:ing)?|ruin(?:ing)?|forget(?:ting)?|cry(?:ing)?"
        r"|panic(?:king)?|overreact(?:ing)?|disappoint(?:ing)?|let(?:ting)?|wrong|mistakes?)\b"
        r"[^.!?\n]{0,25}?\b(?:all\s+the|every(?:\s+single)?)\s+",
    ),
    TrapRule(
        "over_never_right",
        OVER,
        r"\bnever\s+(?:[a-z']+\s+){0,2}?(?:(?:anything|a\s+thing|things|it|one\s+thing|something)\s+"
        r"(?:right|useful|well|properly|worthwhile)|right|good\s+enough|works?(?:\s+out)?"
        r"|worked(?:\s+out)?|goes?\s+(?:well|right|my\s+way)|get\s+(?:it|anything|a\s+break|ahead"
        r"|picked|chosen)|finish|follow\s+through|stick\s+(?:to|with)|keep\s+(?:it\s+)?up|learn"
        r"|succeed|listens?|cares?|understands?|wants?\s+me|likes?\s+me|loves?\s+me|notices?\s+me"
        r"|calls?\s+me|invites?\s+me|asks?\s+me|remembers?\s+me|picks?\s+me|chooses?\s+me|win"
        r"|wins)\b",
        "“Never” turns some times into all times.",
        (
            "I never get anything right.",
            "Things never work out for me.",
            "I can never stick to anything.",
            "I never do anything useful.",
            "Dating never works for me.",
        ),
        ("I never miss my Sunday call with Gran.", "I never thought I'd enjoy gardening."),
    ),
    TrapRule(
        "over_nothing_ever_works",
        OVER,
        r"\bnothing\s+(?:ever\s+)?(?:goes|works?|turns|went|worked|turned)\s+(?:out\b|right|well"
        r"|my\s+way)",
        "“Nothing ever” turns some times into all times.",
        ("Nothing ever goes right for me.", "Story of my life, nothing ever goes my way."),
        ("Nothing went wrong today.",),
    ),
    TrapRule(
        "over_everything_going_wrong",
        OVER,
        r"\bwrong\b",
        "“Everything” stretches one bad stretch across your whole life.",
        ("Everything is going wrong and it will never stop.",),
        ("Nothing is going wrong today.",),
        before=r"\beverything\s+(?:is\s+|'s\s+|keeps\s+|always\s+)?(?:going|goes|went)\s+",
    ),
    TrapRule(
        "over_nobody_ever",
        OVER,
        r"\b(?:nobody|noone)\s+(?:[a-z']+\s+){0,2}?" + _NOBODY_DOES,
        "“Nobody” sweeps every single person into one answer.",
        ("Nobody ever listens to me.", "nobody cares"),
        ("Nobody was at the pool this morning.",),
    ),
    TrapRule(
        "over_no_one_ever",
        OVER,
        r"\bone\s+(?:[a-z']+\s+){0,2}?" + _NOBODY_DOES,
        "“No one” sweeps every single person into one answer.",
        ("No one will ever want me.", "no-one cares"),
        ("No one is perfect, and that's okay.", "That one likes the sun."),
        before=r"\bno[\s-]+",
    ),
    TrapRule(
        "over_everyone_leaves",
        OVER,
        r"\b(?:leaves?\s+me|left\s+me(?!\s+a\b)|leaves?(?=\s*(?:[.!?,;]|$|in\s+the\s+end"
        r"|eventually))|abandons?\s+me|hates?\s+me|hurts?\s+me|uses?\s+me|lets?\s+me\s+down"
        r"|turns?\s+on\s+me|gets?\s+(?:tired|sick|bored)\s+of\s+me|getting\s+(?:tired|sick|bored)"
        r"\s+of\s+me|ends?\s+up\s+(?:leaving|hating|hurting|getting\s+(?:tired|sick|bored)\s+of)"
        r"|forgets?\s+(?:about\s+)?me|ignores?\s+me|rejects?\s+me|betrays?\s+me)\b",
        "“Everyone” or “people” makes a few hard times sound like a rule about all people.",
        (
            "People always leave me in the end.",
            "Everybody ends up getting tired of me.",
            "Everyone always leaves.",
            "Everyone I love eventually leaves.",
        ),
        ("My friends left me a voicemail.", "Everyone left early, so the studio was quiet."),
        before=r"\b(?:everyone|everybody|people|they|men|women|friends|all\s+of\s+them|they\s+all"
        r"|partners|guys|girls)\s+(?:[a-z']+\s+){0,3}?",
    ),
    TrapRule(
        "over_always_happens",
        OVER,
        r"\bhappen(?:s|ing)?\b",
        "“This always happens” makes one event sound like a pattern with no exceptions.",
        ("This always happens to me.", "Why does this always happen?"),
        ("Good things always happen on Fridays.",),
        before=r"\b(?:this|that|it|these\s+things|stuff\s+like\s+this|bad\s+things)\s+(?:[a-z]+\s+)?"
        r"(?:always|only\s+ever|keeps?)\s+|\bwhy\s+(?:does|do)\s+(?:this|it|that|bad\s+things)\s+"
        r"always\s+",
    ),
    TrapRule(
        "over_happens_every_time",
        OVER,
        r"\bhappens?\s+(?:to\s+me\s+)?every\s+(?:single\s+)?time\b|\bhappens?\s+to\s+me\s+always\b",
        "“Every time” makes one event sound like a pattern with no exceptions.",
        ("This happens every time.", "It happens to me every single time."),
        ("What happens next time is up to me.",),
    ),
    TrapRule(
        "over_always_happens_to_me",
        OVER,
        r"\bhappens?\s+to\s+me\b",
        "“Always happens to me” makes one event sound like a pattern with no exceptions.",
        ("Bad luck always happens to me.",),
        ("Good luck happened to me today.",),
        before=r"\balways\s+",
    ),
    TrapRule(
        "over_cant_do_anything_right",
        OVER,
        r"\bright\b",
        "“Anything” or “everything” stretches one moment across your whole life.",
        ("I burned dinner again, I can't do anything right.",),
        ("I can't do anything today, I'm resting.",),
        before=r"\b(?:can't|cannot|can\s+never|never|don't|doesn't|won't|couldn't)\s+(?:[a-z]+\s+)?"
        r"(?:do|get|say|make|handle)\s+(?:anything|everything|a\s+single\s+thing|one\s+thing"
        r"|something|things|nothing)\s+",
    ),
    TrapRule(
        "over_everything_i_touch",
        OVER,
        r"\beverything\s+i\s+(?:do|touch|try|make|say)\s+(?:[a-z]+\s+)?(?:is|turns|goes|ends"
        r"|falls|gets|comes\s+out)\s+(?:[a-z]+\s+)?(?:wrong|bad|to|into|apart|ruined|pointless"
        r"|worthless|useless|rubbish|garbage|badly|terrible|awful)\b",
        "“Everything” stretches one moment across your whole life.",
        ("Everything I touch turns to dust.",),
        ("Everything I cooked was tasty.",),
    ),
    TrapRule(
        "over_same_old",
        OVER,
        r"\b(?:story\s+of\s+my\s+life|typical\s+me|same\s+old\s+(?:me|story)|same\s+as\s+(?:always"
        r"|every\s+time)|here\s+we\s+go\s+again|every\s+single\s+time|over\s+and\s+over"
        r"(?:\s+again)?|again\s+and\s+again)\b",
        "Phrases like “typical me” or “over and over” make one moment feel like a life pattern.",
        ("I keep making the same mistakes over and over.", "Story of my life."),
        ("Same time next week?",),
    ),
    TrapRule(
        "over_like_every_other_time",
        OVER,
        r"\bother\s+time\b",
        "“Like every other time” makes one moment feel like a life pattern.",
        ("This is just like every other time.",),
        ("Some other time, maybe.",),
        before=r"\blike\s+every\s+",
    ),
    TrapRule(
        "over_i_keep",
        OVER,
        r"\bkeep\s+(?:on\s+)?(?:making|doing|messing|screwing|ruining|failing|losing"
        r"|getting\s+it\s+wrong|letting|hurting|picking|choosing|falling|ending\s+up|repeating)\b",
        "“I keep …” makes a few hard times sound like all of them.",
        ("I keep making the same mistakes.", "I keep picking the wrong people."),
        ("I keep a list of small wins on the fridge.",),
        before=r"\bi\s+(?:just\s+|always\s+)?",
    ),
    TrapRule(
        "over_ruin_every",
        OVER,
        r"\b(?:ruin|ruins|ruined|wreck|wrecks|mess\s+up|messes\s+up|screw\s+up|sabotage"
        r"|sabotages|destroy|destroys)\s+(?:every|everything|all)\b",
        "“Every” or “everything” stretches some hard times into all of them.",
        ("I ruin every good thing in my life.", "I sabotage everything."),
        ("I ruined the cake, but the meal was fine.",),
    ),
    TrapRule(
        "over_every_one_of_them",
        OVER,
        r"\bevery\s+(?:single\s+)?[a-z]+\b[^.!?\n]{0,30}?\b(?:failed|fails|ended\s+badly"
        r"|ends\s+badly|ruined|went\s+wrong|goes\s+wrong|falls?\s+apart|fell\s+apart|dies|died"
        r"|hurt\s+me|hurts\s+me|left\s+me|leaves\s+me|blew\s+up|flopped|a\s+disaster|a\s+mess)\b",
        "“Every” stretches some hard endings into all of them.",
        ("Every relationship I've had has failed.", "Every plant I buy dies."),
        ("Every morning I water the plants.",),
    ),
    # --- Labeling: one word for the whole person -----------------------------------------
    TrapRule(
        "label_i_am",
        LABEL,
        _LABEL + r"(?!-)",
        "A word like “stupid” or “useless” sums up a whole person in one word.",
        (
            "I'm such an idiot.",
            "I am worthless.",
            "You're so dumb, why did you even try?",
            "I'm a terrible friend.",
            "im so pathetic lol",
            "I'm not good enough.",
        ),
        (
            "I'm not stupid, I was tired.",
            "I'm terrible at names, so I write them down.",
            "I'm a nurse and I work nights.",
            "I'm nothing like my dad.",
            "I'm crazy busy today.",
        ),
        before=r"\b(?:i'?m|i\s+am|i\s+was|i've\s+(?:always\s+)?been|i'll\s+(?:always\s+|forever\s+)?be"
        r"|i\s+will\s+(?:always\s+)?be|am\s+i|you're|youre|you\s+are|i\s+feel\s+like(?:\s+i'm)?"
        r"|i\s+must\s+be|i\s+guess\s+i'm|(?:makes|made|means|proves)\s+(?:that\s+)?(?:me|i'm)"
        r"|i\s+really\s+am)\s+" + _INTENS,
        not_after=r"(?:think|thinks|thought|believe|believes|believed|say|says|said|told\s+me"
        r"|call\s+me|called\s+me|like)\s+(?:that\s+)?",
    ),
    TrapRule(
        "label_what_a",
        LABEL,
        r"\b(?:idiot|moron|loser|failure|fraud|joke|burden|coward|wimp|screw-?up|disappointment"
        r"|freak|liar|hypocrite|pushover|doormat|clown|nuisance|pest|embarrassment"
        r"|waste\s+of\s+space)\b",
        "Calling yourself a name like “idiot” judges the whole person, not the moment.",
        ("What a loser I am.", "Such an idiot.", "You idiot."),
        ("What a lovely day.", "Such a kind note from my friend."),
        before=r"\b(?:what\s+an?|such\s+an?|you(?:\s+(?:stupid|useless|pathetic|dumb|worthless"
        r"|lazy|ugly|weak|fat))?)\s+",
    ),
    TrapRule(
        "label_stupid_me",
        LABEL,
        r"\b(?:stupid|dumb|useless|pathetic|worthless)\s+me\b",
        "Calling yourself “stupid” judges the whole person, not the moment.",
        ("Stupid me, I forgot again.",),
        ("That was a stupid film, but fun.",),
    ),
    TrapRule(
        "label_name_call",
        LABEL,
        r"\b(?:idiot|stupid|moron|loser|pathetic|useless|dumb|worthless)\b",
        "Starting with a name like “idiot” judges the whole person, not the moment.",
        ("Idiot, why did I say that?", "Stupid, stupid, stupid.", "You idiot, you forgot again."),
        ("Stupidly happy today.", "That film was stupid, but fun."),
        before=r"(?:\byou\s+)?",
        not_after=r"\S\s*",
    ),
    # --- Fortune telling: the future told as if it were certain -------------------------
    TrapRule(
        "fortune_will_go_badly",
        FORTUNE,
        r"\b(?:fail|mess(?:\s+[a-z]+)?\s+up|screw\s+(?:[a-z]+\s+)?up|ruin|blow\s+it|bomb"
        r"|go\s+(?:badly|wrong|horribly|terribly)|end\s+(?:badly|in\s+(?:disaster|tears)|up\s+(?:alone"
        r"|hurt|homeless|broke|on\s+the\s+street|with\s+nothing|like\s+(?:my|her|him|them)))"
        r"|hate\s+(?:me|it)|reject\s+me|leave\s+me|dump\s+me|laugh\s+at\s+me|judge\s+me|fire\s+me"
        r"|(?<=get\s)(?:fired|rejected|dumped|laughed\s+at|hurt|left\s+behind)|say\s+no"
        r"|turn\s+me\s+down|lose\s+(?:my|everything|them|him|her|it\s+all|control)|embarrass"
        r"|humiliate|freeze|forget\s+everything|panic|regret|(?<=be\s)(?:alone|awful|terrible"
        r"|horrible|rejected|miserable|lonely|stuck|homeless|single|unhappy|bad)|(?<=be\sa\s)(?:disaster"
        r"|mess|failure|waste)|(?<=be\sfor\s)nothing|(?:bored|tired|sick)\s+of\s+me"
        r"|see\s+(?:through\s+me|right\s+through|that\s+i|i'm|the\s+real\s+me)"
        r"|find\s+(?:me\s+out|out\s+(?:i'm|that\s+i|who\s+i))|reali[sz]e\s+(?:i|that\s+i|how)"
        r"|hurt\s+me|disappoint|let\s+(?:[a-z]+\s+)?down|awful|terrible|horrible|disaster|badly"
        r"|horribly|terribly|wrong|worse|fall\s+apart|(?<=make\sa\s)fool|look\s+(?:stupid"
        r"|like\s+an?\s+(?:idiot|fool)|dumb|ridiculous)|bad\s+news|break\s+up\s+with\s+me"
        r"|walk\s+out|give\s+up\s+on\s+me|say\s+something\s+(?:stupid|dumb|wrong|embarrassing"
        r"|awkward))\b",
        "The words say what will happen as if it were already known.",
        (
            "I'll mess up the presentation tomorrow.",
            "The interview is going to go badly.",
            "They're going to say no.",
            "tomorrow is going to be awful",
            "They'll realise I'm a fake.",
            "I'm sure the doctor will have bad news.",
            "They're definitely going to break up with me.",
            "I'll be single forever.",
        ),
        (
            "It's going to rain, so I'll bring an umbrella.",
            "We'll laugh about this later.",
            "I'll probably go to bed early tonight.",
        ),
        before=_FUTURE + r"(?:[a-z']+\s+){0,3}?(?:be\s+(?:a\s+|for\s+)?|get\s+|make\s+a\s+)?",
        not_after=r"(?:don't\s+think|doesn't\s+mean|no\s+reason)\s+(?:[a-z']+\s+){0,2}",
    ),
    TrapRule(
        "fortune_never_going_to",
        FORTUNE,
        r"\bnever\s+(?:ever\s+)?(?:going\s+to|gonna)\b"
        r"(?!\s+(?:forget|know|regret|get\s+tired\s+of|stop\s+loving))",
        "“Never going to” reads the future as if it were already written.",
        ("I'm never going to get the hang of this.", "It's never going to get better."),
        ("I'm never going to forget that sunset.",),
    ),
    TrapRule(
        "fortune_will_never",
        FORTUNE,
        r"\bnever(?:\s+ever)?\b(?!\s+(?:forget|know|regret|get\s+tired\s+of|stop\s+loving))",
        "“I'll never” reads the future as if it were already written.",
        ("I'll never get better.", "I will never find someone."),
        ("We'll never know, and that's fine.", "I'll never forget her kindness."),
        before=r"(?:(?<=')ll|\bwill)\s+",
    ),
    TrapRule(
        "fortune_wont_work",
        FORTUNE,
        r"\b(?:won't|wont|will\s+not)\s+(?:[a-z]+\s+)?" + _OUTCOME,
        "“It won't work” decides the ending before it has happened.",
        ("Therapy won't help me.", "This new job won't work out.", "I won't get it."),
        ("This feeling won't last forever.", "I won't change my mind, I like this plan."),
    ),
    TrapRule(
        "fortune_not_going_to_work",
        FORTUNE,
        r"\b(?:going\s+to|gonna)\s+(?:[a-z]+\s+)?" + _OUTCOME,
        "“It's not going to work” decides the ending before it has happened.",
        ("It's not going to work.", "They aren't going to like me."),
        ("I'm not going to work today, it's Sunday.",),
        before=r"(?:\bnot|n't)\s+",
    ),
    TrapRule(
        "fortune_no_point",
        FORTUNE,
        r"\bpoint\b",
        "“No point trying” settles how it ends before you have had a chance to find out.",
        ("There's no point applying, I won't get it.", "It's no point."),
        ("The point of the walk is the fresh air.",),
        before=r"\b(?:there's|there\s+is|it's|there\s+was)\s+no\s+",
    ),
    TrapRule(
        "fortune_no_point_trying",
        FORTUNE,
        r"\bpoint\s+(?:in\s+)?(?:trying|applying|asking|going|bothering|even)\b"
        r"|\bpoint(?=\s*(?:[.!?,;]|$|of\s+(?:even\s+)?trying|anymore|of\s+anything))",
        "“What's the point” settles how it ends before you have had a chance to find out.",
        ("No point in trying.", "What's the point?"),
        ("What's the point of this button? I'll ask.",),
        before=r"\b(?:no|what's\s+the)\s+",
    ),
    TrapRule(
        "fortune_why_bother",
        FORTUNE,
        r"\b(?:bother|try)(?:ing)?\b",
        "“Why bother” settles how it ends before you have had a chance to find out.",
        ("Why even try?", "Why bother?"),
        ("Why not try the soup?",),
        before=r"\bwhy\s+(?:even\s+)?",
    ),
    TrapRule(
        "fortune_doomed",
        FORTUNE,
        r"\b(?:pointless\s+(?:to\s+)?(?:try|trying|even)|doomed(?:\s+(?:to|from))?|bound\s+to\s+"
        r"(?:fail|go\s+wrong|mess|end\s+badly|screw|disappoint|be\s+(?:a\s+disaster|awful"
        r"|terrible))|matter\s+of\s+time\s+(?:before|until))\b",
        "“Doomed” or “bound to fail” speaks for a future that has not happened yet.",
        (
            "This relationship is doomed, I can tell.",
            "It's only a matter of time before I lose this job too.",
        ),
        ("It's a matter of taste.",),
    ),
    TrapRule(
        "fortune_nothing_will_change",
        FORTUNE,
        r"\bnothing\s+(?:good\s+)?(?:is\s+|'s\s+)?(?:ever\s+)?(?:going\s+to|gonna|will|'ll)\s+"
        r"(?:ever\s+)?(?:change|get\s+better|improve|work|help|come\s+of|happen|be\s+(?:okay|ok"
        r"|fine|different|good|better|enough|the\s+same))\b",
        "“Nothing will change” speaks for a future that has not happened yet.",
        ("Nothing is ever going to change.", "Nothing good will come of this."),
        ("Nothing will stop me having cake today.",),
    ),
    TrapRule(
        "fortune_no_one_will",
        FORTUNE,
        r"\b(?:nobody|noone|one|none)(?:\s+of\s+them)?(?:\s+is|'s)?\s+(?:ever\s+)?(?:going\s+to"
        r"|gonna|will|'ll)\s+(?:ever\s+)?(?:come|show\s+up|turn\s+up|want|love|like|care|hire"
        r"|choose|pick|date|marry|help|listen|understand|stay|call|miss\s+me|remember\s+me"
        r"|believe)\b",
        "“No one will” speaks for a future that has not happened yet.",
        ("No one is going to show up to my party.", "Nobody will ever hire me."),
        ("Nobody will notice the stain, it's fine.",),
        not_after=r"\b(?:any|some|that|this|every|the)\s+",
    ),
    TrapRule(
        "fortune_just_know_it",
        FORTUNE,
        r"\bknow\s+it\b",
        "“I just know it” treats a guess about the future as a fact.",
        ("I won't sleep tonight, I just know it.",),
        ("I just knew the words to that song.",),
        before=r"\bi\s+just\s+",
    ),
    # --- Mind reading: knowing what others think, without asking -------------------------
    TrapRule(
        "mind_they_think_im",
        MIND,
        r"\b(?:(?:think|thinks|thought|believe|believes|can\s+(?:tell|see)|could\s+(?:tell|see)"
        r"|knows?|knew|noticed?)\s+(?:that\s+|how\s+)?(?:i'm|i\s+am|i\s+was|me|i|a|an)\b"
        r"|(?:sees?|saw|view|views|think\s+of)\s+me\s+as|(?:find|finds|found|consider|considers)"
        r"\s+me|(?:look|looks|looked)\s+at\s+me\s+(?:and\s+(?:see|think)|like))(?:\s+[a-z']+){0,3}?"
        r"\s+(?:" + _LABEL + r"|don't\s+belong|do\s+not\s+belong|faking|lying|overreacting"
        r"|exaggerating|making\s+it\s+up|falling\s+apart|nervous|out\s+of\s+place|don't\s+fit"
        r"|stuck\s+up|arrogant|rude|snobby|a\s+snob|desperate|attention[\s-]seeking|dramatic|cold"
        r"|mean|a\s+bad\s+[a-z]+|a\s+terrible\s+[a-z]+)\b",
        "It guesses what is in someone else's head, and the guess is a harsh one.",
        (
            "They all think I'm stupid.",
            "My boss thinks I'm lazy.",
            "The teacher looked at me like I was an idiot.",
            "My friends secretly find me annoying.",
            "People think I'm stuck up.",
        ),
        (
            "My therapist thinks journaling might help me.",
            "She thinks I'm funny.",
            "I used to think I was stupid, but now I see I was scared.",
        ),
        not_after=r"(?:\bi|\bi\s+(?:just|really|still|used\s+to|always)|\bto|\bwe)\s+",
        unless=_TOLD,
    ),
    TrapRule(
        "mind_must_be_upset",
        MIND,
        r"\b(?:must|probably|definitely|clearly|obviously|secretly|surely|totally)\s+"
        r"(?:be\s+|been\s+|all\s+)?(?:hates?|hating|judging|judge|laughing|annoyed|angry|mad"
        r"|upset|furious|sick\s+of|tired\s+of|bored\s+(?:of|with)|disappointed|disgusted"
        r"|embarrassed|ashamed\s+of\s+me|fed\s+up|irritated|done\s+with|pity(?:ing)?|pities"
        r"|regrets?|regretting|wish(?:es)?\s+i|talking\s+about|resents?|dislikes?|can't\s+stand"
        r"|cringing|avoiding|ignoring|mocking|gossiping|feels?\s+sorry|feeling\s+sorry"
        r"|wondering\s+why|thinks?\s+(?:that\s+)?(?:i\b|i'm|me\b|less|badly|the\s+worst)"
        r"|thinking\s+(?:that\s+)?(?:i\b|i'm))",
        "It fills in someone else's feelings without them having said so.",
        (
            "She must be angry with me.",
            "He's probably sick of me by now.",
            "They must think I'm so weird.",
        ),
        ("She's probably tired after work.", "You must be hungry, let's eat."),
        not_after=r"(?:\bi|\bi'm|\bi\s+am|\bim|\bit|\bit's|\bthat|\bthis)\s+",
        unless=_TOLD,
    ),
    TrapRule(
        "mind_laughing_at_me",
        MIND,
        r"\b(?:(?:laughing|laughed|laugh|talking|talked|talk|gossiping|whispering|judging|judged"
        r"|staring|stared|looking\s+down|looked\s+down|pitying|mocking|making\s+fun|made\s+fun"
        r"|rolling\s+(?:their|her|his)\s+eyes|rolled\s+(?:their|her|his)\s+eyes)\s+"
        r"(?:about\s+|at\s+|on\s+|of\s+)?me|(?:looking|staring|looked|stared)\s+at\s+my\s+[a-z]+"
        r"|see(?:s|ing)?\s+(?:right\s+)?through\s+me)\b",
        "It assumes others are judging you, when what they think is not in the words.",
        (
            "I know they were laughing at me.",
            "She's judging me for leaving early.",
            "People can see right through me.",
            "Everyone at the gym is looking at my body.",
        ),
        ("They're laughing at the movie.", "My friend was talking to me about her trip."),
        unless=_TOLD,
    ),
    TrapRule(
        "mind_only_put_up_with_me",
        MIND,
        r"\b(?:put(?:s|ting)?\s+up\s+with|tolerat(?:e|es|ed|ing)|pretend(?:s|ing)?\s+to\s+(?:like"
        r"|care\s+about|love)|pit(?:y|ies|ied))\s+me\b",
        "It decides what others really feel about you, from the outside.",
        ("My friends only put up with me.", "She just pretends to like me."),
        ("They only put up the tent and left.",),
        before=r"\b(?:only|just)\s+",
        unless=_TOLD,
    ),
    TrapRule(
        "mind_i_know_what_they_think",
        MIND,
        r"\bthinking\b",
        "It claims to know someone's thoughts without them saying so.",
        ("I know what they're thinking.",),
        ("I know what I'm thinking about dinner.",),
        before=r"\bi\s+know\s+what\s+(?:they|he|she|everyone|people)(?:'re|'s|\s+are|\s+is)?\s+",
        unless=_TOLD,
    ),
    TrapRule(
        "mind_sick_of_me",
        MIND,
        r"\b(?:sick|tired|bored)\s+of\s+me\b",
        "It decides how others feel about you, without them saying so.",
        ("My friends are sick of me.", "He's getting tired of me."),
        ("I'm tired of this weather.",),
        before=r"\b(?:they|he|she|everyone|everybody|people|my\s+[a-z]+)(?:'re|'s|\s+are|\s+is)\s+"
        r"(?:so\s+|all\s+|getting\s+|probably\s+)?",
        unless=_TOLD,
    ),
    TrapRule(
        "mind_wondering_why_i",
        MIND,
        r"\b(?:wondering|asking\s+(?:themselves|herself|himself))\s+(?:why|how|what)\s+i\b",
        "It fills in what others are asking themselves about you.",
        ("They're all wondering why I was even invited.",),
        ("I'm wondering why I chose blue.",),
        before=r"\b(?:they|he|she|everyone|everybody|people|my\s+[a-z]+|the\s+[a-z]+)(?:'re|'s"
        r"|\s+are|\s+is|\s+were|\s+was)?\s+(?:all\s+|probably\s+|secretly\s+)?",
        unless=_TOLD,
    ),
    TrapRule(
        "mind_they_hate_me",
        MIND,
        r"\b(?:hates?|dislikes?|resents?|(?<=can't\s)stand)\s+me\b",
        "It decides what someone feels about you, without them saying so.",
        ("My boss hates me.", "My sister secretly resents me."),
        ("My cat hates baths.",),
        before=r"\b" + _OTHERS + r"\s+(?:all\s+|secretly\s+|really\s+|just\s+)?(?:can't\s+)?",
        unless=_TOLD,
    ),
    TrapRule(
        "mind_mad_at_me",
        MIND,
        r"\b(?:mad|angry|upset|annoyed|furious|pissed|fed\s+up|disappointed|hurt)\s+(?:(?:at|with"
        r"|in)\s+me|(?:that|because)\s+i)\b",
        "It reads someone's mood as being about you, without them saying so.",
        (
            "My neighbour didn't wave, she's mad at me.",
            "My friends are annoyed that I cancelled, I know it.",
        ),
        ("She's upset about her exam.",),
        before=r"\b(?:they|he|she|everyone|everybody|people|my\s+[a-z]+)(?:'s|'re|\s+is|\s+are"
        r"|\s+was|\s+were)\s+(?:so\s+|really\s+|probably\s+|all\s+|definitely\s+)?",
        unless=_TOLD,
    ),
    TrapRule(
        "mind_could_tell",
        MIND,
        r"\b(?:disappointed|annoyed|angry|mad|upset|bored|irritated|judging|uncomfortable"
        r"|fed\s+up|tired\s+of|sick\s+of|disgusted|embarrassed|frustrated|done\s+with|over\s+me"
        r"|laughing|pitying|hate|hated|regret|ashamed|cringing|unimpressed)\b",
        "It reads someone's mood as being about you, without them saying so.",
        ("I could tell he was disappointed in me.", "I bet they're annoyed with me."),
        ("I could tell she was happy.", "I'm sure they are having fun."),
        before=r"\b(?:i\s+(?:could|can)\s+(?:just\s+)?(?:tell|see|sense)|i\s+(?:just\s+)?know"
        r"|i\s+bet|i'm\s+sure|it\s+was\s+(?:obvious|clear)|obviously)\s+(?:that\s+)?(?:he|she|they"
        r"|everyone|everybody|people|my\s+[a-z]+|the\s+[a-z]+)(?:'s|'re|\s+is|\s+are|\s+was"
        r"|\s+were|\s+felt|\s+feels?|\s+got|\s+gets?)?\s+(?:[a-z]+\s+){0,2}?",
        unless=_TOLD,
    ),
    TrapRule(
        "mind_i_could_tell_after",
        MIND,
        r"\b(?:disappointed|annoyed|angry|mad|upset|bored|irritated|embarrassed|fed\s+up)\s+"
        r"(?:in|with|at|of|by)\s+me\b[^.!?\n]{0,20}?\b(?:i\s+could\s+tell|i\s+can\s+tell"
        r"|i\s+just\s+know|obviously|clearly)\b",
        "It reads someone's mood as being about you, without them saying so.",
        ("She was disappointed in me, I could tell.",),
        ("She was upset with me, and she told me why.",),
        unless=_TOLD,
    ),
    TrapRule(
        "mind_dont_really_like_me",
        MIND,
        r"\b(?:don't|doesn't|didn't|do\s+not|does\s+not|did\s+not)\s+(?:(?:really|actually|even"
        r"|secretly|truly|honestly)\s+(?:like|want|care\s+about|love|respect|enjoy|trust|mean\s+it)"
        r"|(?:like|want|care\s+about|love|respect|enjoy)\s+me\b(?!\s+to\b)|mean\s+(?:it|that)\b)",
        "It decides what others feel about you from the outside.",
        ("My friends don't really like me.", "People compliment me but they don't mean it."),
        ("My friends don't like horror films.", "He doesn't want me to carry it alone."),
        before=r"\b(?:they|he|she|people|everyone|everybody|my\s+[a-z]+)\s+(?:all\s+|probably\s+)?",
    ),
    TrapRule(
        "mind_their_motive",
        MIND,
        r"\bbecause\s+(?:they|he|she)\s+(?:felt\s+(?:they|he|she)\s+had\s+to|(?:felt|feel|feels)\s+"
        r"(?:sorry|bad|obliged|guilty)|(?:had|have|has)\s+to(?=\s*(?:[.!?,;]|$))|pitied|pity"
        r"|needed\s+someone)\b",
        "It guesses the private reason behind someone's kindness.",
        ("They only invited me because they felt they had to.",),
        ("She called because she had to move the time.",),
    ),
    TrapRule(
        "mind_everyone_noticed",
        MIND,
        r"\b(?:saw|noticed|could\s+(?:see|tell)|can\s+(?:see|tell)|knows?|knew|heard)(?:\s+(?:how"
        r"|that\s+i|i\s+was|i'm|what\s+an?|my\s+(?:hands|voice|face|mistake|shaking)|me\s+(?:shaking"
        r"|blush|stumble|trip|mess|panic|cry|freeze))|(?=\s*(?:[.!?,;]|$)))",
        "It assumes everyone saw and judged, when you can't see inside their heads.",
        ("Everyone noticed how nervous I was.", "I blushed, and everyone saw."),
        ("Everyone saw the fireworks.", "Everyone knows my name here."),
        before=r"\b(?:everyone|everybody|they\s+all|people|the\s+whole\s+(?:room|class|office"
        r"|table)|all\s+of\s+them)\s+(?:[a-z]+\s+){0,2}?",
    ),
    # --- Emotional reasoning: a feeling taken as proof ----------------------------------
    TrapRule(
        "emotion_feel_so_true",
        EMOTION,
        _FEEL + r"[^.!?\n]{0,40}?(?:[,;:]\s*|\s+)(?:so|which\s+means|that\s+means|this\s+means"
        r"|it\s+means|means|that\s+proves|which\s+proves|this\s+proves|it\s+proves|proves"
        r"|therefore|then|and\s+that\s+means|must\s+mean)\s+" + _CONCLUSION,
        "A feeling is being used as the proof that something is true.",
        (
            "I feel stupid, so I must be stupid.",
            "I feel guilty, which means I did something wrong.",
            "It feels true, so it must be true.",
            "I feel like a burden, so I probably am one.",
            "I feel unlovable, so nobody could love me.",
            "I feel hopeless, so there's no hope.",
            "I feel like I don't belong, so I don't.",
            "My body is tense, which means I'm not safe.",
        ),
        (
            "I feel tired, so I'll rest.",
            "i feel hungry so i'm making a sandwich",
            "I felt uneasy, so I left early, and I'm glad I listened to myself.",
        ),
    ),
    TrapRule(
        "emotion_feel_must_be",
        EMOTION,
        _FEEL + r"[^.!?\n]{0,40}?(?:[,;:]\s*|\s+)(?:(?:if|when|because|since|so)\s+)?(?:(?:i|it"
        r"|that|this|they|he|she|everyone|something|things|(?:this|the|my)\s+[a-z]+)\s+"
        r"(?:[a-z]+\s+)?(?:must|has\s+to|have\s+to)\s+(?:be|have|mean)\b|i\s+(?:must|have\s+to)"
        r"\s+be\s+(?:(?:a|an|so|really)\s+)?" + _LABEL + r")",
        "How strong a feeling is, is being taken as proof of what is true.",
        (
            "I feel so ashamed, I must be a bad person.",
            "My stomach is in knots, I must have messed up.",
            "If I feel this scared it has to mean I'm in danger.",
            "I'm anxious about it, so it must be dangerous.",
        ),
        ("I feel so happy today.", "I feel nervous and I'm going anyway."),
    ),
    TrapRule(
        "emotion_because_i_feel",
        EMOTION,
        r"\bfeel\b[^.!?\n]{0,30}?[,;]?\s*(?:then\s+)?(?:things|everything|life|it|i|that)\s+"
        r"(?:really|truly|definitely|must)\s+(?:be|am|is|are)\b",
        "The feeling and the fact are treated as the same thing.",
        ("Because I feel hopeless, things really are hopeless.",),
        ("Because I feel calm, I'll try the phone call now.",),
        before=r"\b(?:because|since|if|when)\s+i\s+(?:[a-z]+\s+)?",
    ),
    TrapRule(
        "emotion_feelings_are_facts",
        EMOTION,
        r"\bfeelings?\s+(?:are|is)\s+(?:facts?|never\s+wrong|the\s+truth)\b"
        r"|\bfeelings\s+don't\s+lie\b",
        "The feeling and the fact are treated as the same thing.",
        ("My feelings don't lie.", "Feelings are facts."),
        ("Feelings are information, not orders.",),
    ),
    TrapRule(
        "emotion_feel_x_so_x",
        EMOTION,
        r"\bfeel(?:s)?\s+(?:like\s+)?(?:i'm\s+|i\s+am\s+|an?\s+|so\s+|really\s+)?([a-z]+)\b"
        r"[^.!?\n]{0,30}?\b(?:so|which\s+means|that\s+means|means|proves|therefore)\s+(?:i'm"
        r"|i\s+am|i\s+must\s+be|i\s+really\s+am)\s+(?:(?:a|an|so|really|just)\s+)?\1\b",
        "The feeling and the fact are treated as the same thing.",
        ("I feel like I'm failing, so I'm failing.", "I feel worthless, so I am worthless."),
        ("I feel hungry, so I'm having a snack.",),
    ),
    # --- Should statements: rules that turn into pressure -------------------------------
    TrapRule(
        "should_have_known",
        SHOULD,
        r"\b(?:should(?:'ve|\s+have|\s+of)|shoulda|ought\s+to\s+have)\s+(?:[a-z]+\s+)?(?:known"
        r"|seen|done|been|stopped|said|noticed|realised|realized|left|tried|fought|listened|acted"
        r"|spoken|told|caught|prevented|figured|helped|saved|protected|stayed|asked|handled"
        r"|worked|studied|thought|got|gotten|waited|trusted|checked|spoke|reacted|answered"
        r"|planned|stood|sensed|guessed|remembered|kept|picked|chosen|walked|run|ran|reported"
        r"|pushed|better)\b",
        "“Should have” judges the past by what you know now.",
        (
            "I should have known better.",
            "I should've seen the signs.",
            "I should have left sooner.",
        ),
        ("I should have brought a jacket, it's chilly.",),
        before=_I_OR_YOU,
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
        ),
        ("You shouldn't drive in this snow.", "I shouldn't eat so late, I sleep better."),
        before=_I_OR_YOU,
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
        r"|make\s+everyone|please\s+everyone|fix\s+everything|get\s+it\s+right)\b",
        "“Should” here sets a rule about how you ought to be, instead of asking what you need.",
        (
            "I should be over this by now.",
            "I ought to be stronger than this.",
            "I must never make mistakes.",
            "You should know how to do this by now.",
        ),
        (
            "I should call my sister, I'd like that.",
            "I must remember to water the plants.",
            "I should be able to make it on Friday.",
        ),
        before=_I_OR_YOU,
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
            "I have to be the perfect partner.",
        ),
        ("I have to be at work by nine.", "I need to stop at the pharmacy."),
        before=_I_OR_YOU,
    ),
    TrapRule(
        "should_supposed_to",
        SHOULD,
        r"\bsupposed\s+to\s+(?:be\s+(?!at\b|in\b|there\b|home\b|on\b|meeting\b|going\b|leaving\b"
        r"|getting\b)|have|know|feel|handle|cope|do\s+better|want|manage|like|enjoy|keep"
        r"|make\s+(?:it|everyone)|get\s+over|move\s+on|fix|take\s+care)",
        "“Supposed to” measures you against a rule instead of your own pace.",
        (
            "I'm supposed to have my life figured out at thirty.",
            "I'm supposed to be the strong one.",
        ),
        ("I'm supposed to be at the station by two.", "I'm supposed to meet her at noon."),
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
        r"|would\s+never|never|always|doesn't|does\s+not|could\s+never|should|shouldn't|knows)\b",
        "“A good … would” holds you to a rule about how people are meant to be.",
        (
            "A good daughter would never get angry at her mother.",
            "A normal person wouldn't be this upset.",
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
    # --- Personalizing: taking the blame for what others do or feel ---------------------
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
        ),
        before=r"\b(?:(?:all|totally|entirely|completely|probably|definitely|really)\s+)?my\s+"
        r"(?:own\s+)?",
        not_after=_NEGATED + r"(?:[a-z']+\s+)?|(?:used\s+to\s+(?:think|believe)|thought)\s+"
        r"(?:that\s+)?(?:it\s+was\s+)?",
    ),
    TrapRule(
        "personal_because_of_me",
        PERSONAL,
        r"\b(?:because\s+of|due\s+to)\s+me\b",
        "It makes you the cause of something that others had a part in too.",
        ("The team lost because of me.", "They're arguing because of me."),
        ("It's not because of me that it rained.",),
        not_after=_NEGATED + r"(?:[a-z']+\s+)?",
    ),
    TrapRule(
        "personal_its_on_me",
        PERSONAL,
        r"\bon\s+me\b",
        "It puts the whole weight of it on you.",
        ("The project went badly and it's on me.", "That's all on me."),
        ("The drinks are on me tonight.",),
        before=r"\b(?:it's|that's|this\s+is|it\s+was|that\s+was|it\s+is|that\s+is)\s+(?:all\s+)?",
        not_after=_NEGATED + r"(?:[a-z']+\s+)?",
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
        ("I'm the one who brought the cake.",),
        before=r"\b(?:i'm|i\s+am|i\s+was|i\s+must\s+be|am\s+i|maybe\s+i'm)\s+(?:always\s+|just\s+"
        r"|probably\s+|really\s+|clearly\s+|obviously\s+)?the\s+(?:[a-z]+\s+)?",
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
        not_after=_NEGATED + r"(?:[a-z']+\s+)?(?:is\s+)?(?:to\s+)?",
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
    # --- Disqualifying the positive: good things that "don't count" ----------------------
    TrapRule(
        "discount_just_being_nice",
        DISCOUNT,
        r"\b(?:just|only|simply|merely)\s+(?:being\s+(?:nice|polite|kind|generous|supportive"
        r"|sweet|friendly)|trying\s+to\s+(?:be\s+(?:nice|kind|polite)|make\s+me\s+feel\s+better"
        r"|cheer\s+me\s+up)|(?:said|says|say|saying)\s+(?:that|it|so|this)(?=\s*(?:[.!?,;]|$"
        r"|to\s+be|because|out\s+of|to\s+make|so\s+i|since))|humou?ring\s+me|flattering\s+me"
        r"|to\s+be\s+(?:nice|polite|kind)|doing\s+(?:their|his|her)\s+job|(?:felt|feel|feels)\s+"
        r"sorry\s+for\s+me|pit(?:ied|ying)\s+me|pity|out\s+of\s+(?:pity|kindness|politeness))",
        "Kind words are being explained away so they don't count.",
        (
            "They're just being nice.",
            "My friend thanked me, but she was just being polite.",
            "She only said that to be nice.",
            "The compliment was just pity.",
        ),
        ("I was just being nice to her.", "She just said that she's coming."),
        not_after=r"(?:\bi|\bi'm|\bi\s+am|\bi\s+was|\bwe|\bwe're|\bwe\s+were)\s+",
    ),
    TrapRule(
        "discount_out_of_pity",
        DISCOUNT,
        r"\bpity\b",
        "Kind words are being explained away so they don't count.",
        ("They only said yes out of pity.", "It was pity."),
        ("What a pity the shop closed.",),
        before=r"\b(?:out\s+of|was(?:\s+just|\s+only)?)\s+",
    ),
    TrapRule(
        "discount_just_luck",
        DISCOUNT,
        r"\bluck\b",
        "Calling it luck gives the credit away from you.",
        ("I got the promotion, but it was just luck.", "It was luck."),
        ("Good luck with your exam!",),
        before=r"\b(?:just|only|pure|dumb|sheer|blind|beginner's|plain)\s+|\b(?:it\s+)?was\s+"
        r"(?:all\s+)?",
    ),
    TrapRule(
        "discount_got_lucky",
        DISCOUNT,
        r"\blucky\b",
        "Calling it luck gives the credit away from you.",
        ("I just got lucky.",),
        ("I got lucky with the parking today.",),
        before=r"\b(?:just|only)\s+(?:got|was|were|being|been|getting)\s+",
    ),
    TrapRule(
        "discount_fluke",
        DISCOUNT,
        r"\b(?:fluke[ds]?|lucky\s+(?:break|guess)|lucky,?\s+(?:that's\s+all|nothing\s+more"
        r"|is\s+all|that's\s+it))\b",
        "Calling it a fluke gives the credit away from you.",
        ("That was a fluke, it won't happen again.", "I got lucky, that's all."),
        ("We were lucky the rain held off.",),
    ),
    TrapRule(
        "discount_anyone_could",
        DISCOUNT,
        r"\b(?:anyone|anybody|any\s+idiot|any\s+fool|(?<=a\s)(?:child|kid|monkey|toddler)|everyone"
        r"|everybody)\s+(?:else\s+)?(?:could|would|can)(?:'ve|\s+have|\s+of)\s+(?:done|managed"
        r"|pulled\s+(?:it|that)\s+off|got(?:ten)?|passed|made|handled|won|[a-z]+\s+(?:that|it"
        r"|this|the\s+same))\b",
        "“Anyone could” takes away the part you did.",
        ("Anyone could have done that.", "Anybody could have written that essay."),
        ("Anyone can join the running club.", "Everyone makes mistakes, including me."),
    ),
    TrapRule(
        "discount_but_anyone_can",
        DISCOUNT,
        r"\b(?:anyone|anybody|everyone|everybody|any\s+idiot|(?<=a\s)child)\s+(?:can|could)"
        r"(?:'ve|\s+have)?(?:\s+(?:do|done|manage|managed|make|made|handle|handled|pass|passed|get"
        r"|finish|finished)\b|(?=\s*(?:[.!?,;]|$)))",
        "“Anyone could” takes away the part you did.",
        (
            "I made it through the week, but anyone can do that.",
            "I finished the project, but anyone could have.",
        ),
        ("Anyone can do it, and so can I.",),
        before=r"\bbut\s+(?:[a-z']+\s+){0,4}?(?:a\s+)?",
    ),
    TrapRule(
        "discount_has_to_say_that",
        DISCOUNT,
        r"\bsay\s+(?:that|it|so|nice\s+things)\b",
        "A kind word is being set aside as if it doesn't count.",
        ("She said I looked nice, but she has to say that.",),
        ("I have to say, the soup is lovely.",),
        before=r"\b(?:has|have|had)\s+to\s+",
        not_after=r"\bi\s+",
    ),
    TrapRule(
        "discount_says_it_to_everyone",
        DISCOUNT,
        r"\b(?:says|say|said)\s+(?:that|it|the\s+same(?:\s+thing)?|this)\s+to\s+(?:everyone"
        r"|everybody|all|anyone)\b",
        "Praise is being set aside as if it doesn't count.",
        ("My boss praised me, but he says that to everyone.",),
        ("She says hello to everyone she meets.",),
    ),
    TrapRule(
        "discount_doesnt_count",
        DISCOUNT,
        r"\b(?:count|mean\s+(?:anything|much|a\s+thing|a\s+lot))\b",
        "A good thing is being set aside as if it doesn't count.",
        ("It doesn't count because I had help.", "The good feedback doesn't mean anything."),
        ("It doesn't matter if we're late, we'll have fun.",),
        before=r"\b(?:doesn't|does\s+not|didn't|did\s+not|don't|do\s+not|won't|wouldn't)\s+"
        r"(?:really\s+|actually\s+)?",
    ),
    TrapRule(
        "discount_means_nothing",
        DISCOUNT,
        r"\b(?:means|meant)\s+nothing\b",
        "A good thing is being set aside as if it doesn't count.",
        ("Getting a compliment means nothing.", "The praise meant nothing."),
        ("Money means nothing to me, friends do.",),
        before=r"\b(?:it|that|this|compliments?|praise|feedback|the\s+[a-z]+|a\s+compliment)\s+",
    ),
    TrapRule(
        "discount_didnt_mean_it",
        DISCOUNT,
        r"\bmean\s+(?:it|that|a\s+word)\b",
        "Kind words are being explained away so they don't count.",
        ("I got a compliment, but they probably didn't mean it.",),
        ("I didn't mean it, I said sorry.",),
        before=r"\b(?:they|he|she|people|you|everyone)\s+(?:probably\s+|really\s+)?(?:don't|doesn't"
        r"|didn't)\s+(?:really\s+|actually\s+)?",
    ),
    TrapRule(
        "discount_not_an_achievement",
        DISCOUNT,
        r"\b(?:achievement|bare\s+minimum|proud\s+of)\b",
        "Something you did is being set aside as if it doesn't count.",
        (
            "Getting out of bed isn't an achievement, it's the bare minimum.",
            "Finishing was nothing to be proud of.",
        ),
        ("Finishing the course was an achievement.",),
        before=r"\b(?:isn't|is\s+not|wasn't|not)\s+(?:really\s+)?an\s+|\b(?:it's|that's|just|only"
        r"|is|was)\s+the\s+|\bnothing\s+to\s+be\s+",
    ),
    TrapRule(
        "discount_but_nothing_special",
        DISCOUNT,
        r"\b(?:special|impressive)\b",
        "A good thing is being set aside as if it doesn't count.",
        (
            "Sure, I cooked dinner, but that's nothing special.",
            "I passed, but it's not impressive.",
        ),
        ("It was nothing special, just a quiet day.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:nothing|not(?:\s+that|\s+very|\s+really)?)\s+",
    ),
    TrapRule(
        "discount_but_no_big_deal",
        DISCOUNT,
        r"\bdeal\b",
        "A good thing is being set aside as if it doesn't count.",
        ("I finished the course, but it's no big deal.",),
        ("It's not a big deal, we'll fix it.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:not\s+a|no)\s+big\s+",
    ),
    TrapRule(
        "discount_but_only_easy",
        DISCOUNT,
        r"\b(?:easy|luck)\b",
        "A good thing is being set aside as if it doesn't count.",
        ("I got the job, but it was only luck.", "I won, but it was just easy."),
        ("I was nervous about the test, but it was easy.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:it|that)(?:'s|\s+was|\s+is)\s+(?:only|just)\s+",
    ),
    TrapRule(
        "discount_but_its_nothing",
        DISCOUNT,
        r"\bnothing\b(?!\s+like)",
        "A good thing is being set aside as if it doesn't count.",
        ("I helped, but that was nothing.", "Yes, I went for a walk, but that's nothing."),
        ("I looked, but it was nothing like I feared.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:it|that)(?:'s|\s+was|\s+is)\s+(?:really\s+)?",
    ),
    TrapRule(
        "discount_easy_anyway",
        DISCOUNT,
        r"\b(?:easy|simple)\s+anyway\b",
        "A good thing is being set aside as if it doesn't count.",
        ("I passed, but the exam was easy anyway.",),
        ("I tried the new recipe and it was easy, and tasty.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:was|were|is)\s+(?:so\s+|really\s+|pretty\s+)?",
    ),
    TrapRule(
        "discount_but_only_because",
        DISCOUNT,
        r"\bbecause\b(?!\s+i\s+(?:wanted|chose|liked|felt\s+like|decided|needed|love|loved))",
        "The good result is being explained away as not really yours.",
        ("Sure I got the promotion, but only because my boss likes me.",),
        ("I went, but only because I wanted to.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:only|just)\s+",
    ),
    TrapRule(
        "discount_but_it_doesnt_count",
        DISCOUNT,
        r"\b(?:matter|count)\b",
        "A good thing is being set aside as if it doesn't count.",
        ("I finished the marathon but I was so slow it doesn't matter.",),
        ("I was late, but it doesn't matter, we had fun.",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:so|slow|only|just)\b[^.!?\n]{0,20}?\bit\s+"
        r"(?:doesn't|didn't)\s+(?:really\s+)?",
    ),
    TrapRule(
        "discount_nobody_else_applied",
        DISCOUNT,
        r"\belse\s+(?:was\s+)?(?:applied|tried|entered|interested|showed\s+up|went\s+for\s+it"
        r"|wanted\s+it)\b",
        "The good result is being explained away as not really yours.",
        ("Yeah, I got the award, but nobody else applied.",),
        ("Nobody else applied for the garden spot, so it's ours!",),
        before=r"\bbut\b[^.!?\n]{0,40}?\b(?:nobody|no\s+one)\s+",
    ),
    TrapRule(
        "discount_big_deal",
        DISCOUNT,
        r"\bbig\s+deal\s*[.!?]*\s*$",
        "A good thing is being brushed aside as if it doesn't count.",
        ("I did well on one test, big deal.",),
        ("It was a big deal for me and I'm proud.",),
    ),
    TrapRule(
        "discount_so_what",
        DISCOUNT,
        r"\bwhat(?:\s*[.!?]*\s*$|\s+if\s+i\b(?=[^.!?\n]{0,40}\b(?:easy|anyone|nothing)))",
        "A good thing is being brushed aside as if it doesn't count.",
        ("So what if I finished it, it was easy.", "I got an A. So what."),
        ("So what do you fancy for dinner?",),
        before=r"\bso\s+",
    ),
    TrapRule(
        "discount_only_because",
        DISCOUNT,
        r"\b(?:because|since|out\s+of|due\s+to|thanks\s+to)\b",
        "The good result is being explained away as not really yours.",
        (
            "I only passed because the test was easy.",
            "They only said yes out of pity.",
            "I only got the part because nobody else tried out.",
            "I only did well because it was easy.",
        ),
        ("I only went because it was raining.", "The store only takes cash."),
        before=r"\b(?:only|just)\s+(?:[a-z']+\s+){0,2}?(?:passed|won|got\s+(?:in|the\s+(?:job|part"
        r"|role|grade|promotion|place)|picked|chosen|hired|promoted|accepted|through)|made\s+it"
        r"|finished|succeeded|managed|hired|picked|chose|chosen|accepted|promoted|praised|liked"
        r"|complimented|invited|said\s+yes|agreed|worked\s+out|went\s+well|scored|helped|included"
        r"|did\s+(?:well|okay|ok|fine|it)|kept\s+me|loves?\s+me|likes?\s+me|stay(?:ed)?\s+with"
        r"\s+me)\s+(?:[a-z']+\s+){0,4}?",
    ),
    TrapRule(
        "discount_they_were_desperate",
        DISCOUNT,
        r"\bdesperate\b",
        "The good result is being explained away as not really yours.",
        ("yeah I got the job but they were desperate",),
        ("I was desperate for a coffee.",),
        before=r"\b(?:they|he|she)\s+(?:were|was|must\s+have\s+been|are|is)\s+(?:just\s+)?",
    ),
    # --- Catastrophizing: the worst case as the likely one ------------------------------
    TrapRule(
        "catastrophe_disaster",
        CATASTROPHE,
        r"\b(?:disaster|catastrophe|catastrophic|nightmare|train\s*wreck|hell|apocalypse|tragedy)\b",
        "Words like “disaster” make a hard moment sound like the worst possible one.",
        (
            "This is a disaster.",
            "Today was a total nightmare.",
            "I missed the bus and now the whole day is a disaster.",
        ),
        (
            "The kitchen is a disaster after baking, but it was fun.",
            "I had a nightmare last night, so I'm taking it slow.",
        ),
        before=r"\b(?:this|it|that|today|tonight|tomorrow|everything|life|i|we|my\s+(?:life|future"
        r"|career|relationship|marriage|family|day|week|job|world)|(?:the|this|my|our)\s+(?:whole"
        r"|entire)\s+[a-z]+|what\s+an?|the\s+whole\s+thing|it's|that's)\s+(?:(?:is|was|'s|will|be"
        r"|would|going|to|am|'m|are|'re|been|a|an|total|complete|absolute|utter|such|just|one|big"
        r"|huge|massive|another|becoming|turned|turning|into|gonna|now)\s+){0,5}",
    ),
    TrapRule(
        "catastrophe_life_ruined",
        CATASTROPHE,
        r"\b(?:ruined|over|destroyed|wrecked|finished|falling\s+apart|fallen\s+apart|(?<=in\s)ruins"
        r"|lost|doomed|hopeless|pointless|screwed|done\s+for|coming\s+apart|crumbling)\b",
        "“Ruined” or “over” turns a setback into an ending.",
        (
            "My life is ruined.",
            "Everything is falling apart.",
            "One bad grade and my whole future is over.",
        ),
        ("The movie is over, time for bed.", "I'm finished with work for today."),
        before=r"\b(?:(?:my|our)\s+(?:[a-z]+\s+)?(?:life|future|career|chances|relationship|marriage"
        r"|family|reputation|world|friendship)|everything|it\s+all|all\s+of\s+it|the\s+world|life)(?:\s+(?:is|are|was"
        r"|were|has\s+been|have\s+been|will\s+be|is\s+going\s+to\s+be|would\s+be|feels)|'s)\s+"
        r"(?:(?:completely|totally|basically|officially|pretty\s+much|so|just|now|already"
        r"|absolutely|utterly)\s+)?(?:in\s+)?",
    ),
    TrapRule(
        "catastrophe_im_doomed",
        CATASTROPHE,
        r"\b(?:doomed|screwed|done\s+for|ruined|finished(?!\s+(?:with|the|my|work|early|now))"
        r"|beyond\s+help|(?<=a\s)lost\s+cause)\b",
        "“I'm doomed” turns a setback into an ending.",
        ("I'm ruined.", "We're doomed."),
        ("I'm finished with work for today.",),
        before=r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:so\s+|totally\s+|completely\s+|a\s+)?",
    ),
    TrapRule(
        "catastrophe_worst_case",
        CATASTROPHE,
        r"\b(?:end\s+of\s+(?:the\s+world|my\s+life)|worst\s+thing\s+(?:that\s+)?(?:could|can|ever"
        r"|in\s+the\s+world|to\s+happen)|worst\s+(?:day|thing|moment|mistake|week|year)\s+(?:ever"
        r"|of\s+my\s+(?:entire\s+)?life)|worst[\s-]case|worst\s+(?:is\s+going\s+to|will)\s+happen|(?:lose|lost"
        r"|losing)\s+everything|end\s+up\s+(?:homeless|on\s+the\s+street|alone|with\s+nothing|broke"
        r"|dead|in\s+(?:jail|prison|the\s+gutter))|die\s+of\s+(?:embarrassment|shame)"
        r"|ruin(?:s|ed)?\s+(?:my|our)\s+(?:[a-z]+\s+)?(?:life|future|career|chances|reputation"
        r"|relationship|marriage|family)|ruin(?:s|ed)?\s+everything|(?<=be\s)homeless)\b",
        "It jumps to the worst ending as if it were the likely one.",
        (
            "This is the worst thing that could have happened.",
            "It's the end of the world.",
            "I'll end up on the street.",
            "I'll lose everything.",
        ),
        ("The worst thing about the film was the popcorn.", "We got to the end of the road."),
    ),
    TrapRule(
        "catastrophe_ill_break_down",
        CATASTROPHE,
        r"\b(?:die|(?<=have\sa\s)(?:breakdown|heart\s+attack)|lose\s+my\s+mind|go\s+crazy"
        r"|fall\s+apart|break\s+down)\b",
        "It jumps to the worst ending as if it were the likely one.",
        ("I'm going to have a breakdown.", "I'll die of embarrassment."),
        ("I'd love to go dancing.",),
        before=r"(?:(?<=')ll|\bwill|\bgoing\s+to|\bgonna|\bcould)\s+(?:have\s+a\s+)?",
    ),
    TrapRule(
        "catastrophe_no_way_out",
        CATASTROPHE,
        r"\bway\s+out\b",
        "“No way out” makes a hard moment sound like the end of the road.",
        ("There's no way out of this.",),
        ("The way out is by the stairs.",),
        before=r"\bno\s+",
    ),
    TrapRule(
        "catastrophe_im_dying",
        CATASTROPHE,
        r"\b(?:dying(?!\s+(?:to|for|of\s+laugh))|having\s+a\s+heart\s+attack)\b",
        "A scary body feeling is being read as the worst possible cause.",
        ("My chest hurts, I'm probably having a heart attack.", "My heart is racing, I'm dying."),
        ("I'm dying to see the new film.",),
        before=r"\b(?:i'm|i\s+am)\s+(?:probably\s+|definitely\s+)?",
    ),
    TrapRule(
        "catastrophe_out_of_control",
        CATASTROPHE,
        r"\bout\s+of\s+control\b",
        "“Out of control” makes a hard stretch sound like the worst possible one.",
        ("Everything is spiralling out of control.",),
        ("The kids were out of control at the party, so fun.",),
        before=r"\b(?:everything|my\s+life|life|things|it)\s+(?:is|'s|are|feels)\s+(?:spinning\s+"
        r"|spiral+ing\s+)?",
    ),
    TrapRule(
        "catastrophe_something_terrible",
        CATASTROPHE,
        r"\b(?:terrible|awful|horrible|bad|serious|really\s+bad)\s+(?:must|is\s+going\s+to|will"
        r"|might|'s\s+going\s+to)\b",
        "It jumps to the worst explanation as if it were the likely one.",
        ("My partner is late, something terrible must have happened.",),
        ("Something good will come of this.",),
        before=r"\bsomething\s+",
    ),
    TrapRule(
        "catastrophe_this_is_the_end",
        CATASTROPHE,
        r"\bend\b(?!\s+of\s+the\s+(?:road|day|street|film|movie|book|episode|line|month|week))",
        "“This is the end” turns a setback into an ending.",
        ("This is the end.",),
        ("This is the end of the film.",),
        before=r"\b(?:this|it)\s+is\s+the\s+",
    ),
    TrapRule(
        "catastrophe_getting_worse",
        CATASTROPHE,
        r"\bgetting\s+worse(?:\s+and\s+worse)?\b",
        "“Only getting worse” reads a hard stretch as the way it will always go.",
        ("My life is a mess and it's only getting worse.",),
        ("The rain is getting worse, so I'll stay in.",),
        before=r"\b(?:only|just|keeps?)\s+",
    ),
    TrapRule(
        "catastrophe_will_fall_apart",
        CATASTROPHE,
        r"\b(?:fall\s+apart|collapse|crumble|(?<=be\s)ruined)\b",
        "It jumps to the worst ending as if it were the likely one.",
        ("If he's angry, everything will fall apart.",),
        ("The cake will fall apart if I cut it now.",),
        before=r"\b(?:everything|it\s+all|my\s+life|things|life)\s+(?:will|is\s+going\s+to|would)\s+"
        r"(?:all\s+)?(?:be\s+)?",
    ),
    TrapRule(
        "catastrophe_cant_survive",
        CATASTROPHE,
        r"\b(?:survive|recover|cope|bear\s+(?:it|this|any)|live\s+with\s+(?:it|this|myself))\b",
        "“I can't cope” can make a hard moment feel bigger than all you have lived through.",
        ("If she leaves, I won't survive it.", "I can't cope."),
        ("I can't live without my morning coffee, ha.",),
        before=r"\b(?:can't|cannot|won't|couldn't|not\s+going\s+to)\s+(?:ever\s+)?",
    ),
    TrapRule(
        "catastrophe_cant_handle_this",
        CATASTROPHE,
        r"\b(?:(?:handle|take|bear|deal\s+with)\s+(?:this|it|any\s+of\s+(?:this|it)|anymore|life"
        r"|everything|one\s+more\s+thing)|(?:do|stand)\s+(?:this|it|that|any\s+of\s+this)\s+"
        r"(?:anymore|any\s+more)|do\s+this(?=\s*[.!]|\s*$))\b",
        "“I can't handle this” can make a hard moment feel bigger than all you have lived through.",
        (
            "I can't handle this.",
            "I can't take this anymore.",
            "I can't deal with this, it's too much.",
        ),
        ("I can't stand cilantro.", "I can't do that, sorry, I'm busy Friday."),
        before=r"\bcan't\s+",
    ),
    TrapRule(
        "catastrophe_never_recover",
        CATASTROPHE,
        r"\bnever\s+(?:recover|get\s+over\s+(?:it|this|that)|survive|be\s+(?:okay|ok|the\s+same"
        r"|happy|normal))\b",
        "“Never recover” reads the worst ending as the certain one.",
        ("I'll never recover from this.", "Nothing will ever be okay again, I'll never be happy."),
        ("I'll never get over how kind she was.",),
    ),
    TrapRule(
        "catastrophe_unbearable",
        CATASTROPHE,
        r"\b(?:unbearable|too\s+much\s+to\s+(?:bear|handle|take))\b",
        "“Unbearable” can make a hard moment feel bigger than what you have already lived through.",
        ("This is unbearable.",),
        ("The heat was almost unbearable, so we swam.",),
        not_after=r"\b(?:almost|nearly|was|heat)\s+",
    ),
    TrapRule(
        "catastrophe_its_hopeless",
        CATASTROPHE,
        r"\b(?:hopeless\b|too\s+much(?=\s*(?:[.!?,;]|$|for\s+me))|(?<=all\s)over(?:\s+for\s+me)?"
        r"(?=\s*(?:[.!?,;]|$))|over\s+for\s+me\b)",
        "“It's hopeless” turns a hard moment into an ending.",
        (
            "it's hopeless, nothing will ever be okay again",
            "It's all over.",
            "It's all too much.",
            "It's over for me.",
        ),
        ("It's over, the game finished.", "It's too much food, let's share."),
        before=r"\b(?:it's|it\s+is|everything's|everything\s+is|this\s+is|that's|life\s+is)\s+"
        r"(?:all\s+)?(?:just\s+)?",
    ),
    TrapRule(
        "catastrophe_what_if",
        CATASTROPHE,
        r"\bwhat\s+if\b[^.!?\n]{0,60}?\b(?:die|dies|dying|dead|death|los(?:e|es|ing)|lost|never"
        r"|terribl[ey]|awful|horribl[ey]|wrong|worst|cancer|tumou?r|fired|sick|ill|serious"
        r"|crash(?:es|ed)?|hurt(?:s|ing)?|leaves?\s+me|left\s+me|hates?|alone|disaster|homeless"
        r"|fail(?:s|ed)?|mess(?:es|ed)?\s+up|ruin(?:s|ed)?|can't|won't|laugh(?:s|ing)?\s+at"
        r"|reject(?:s|ed)?|heart\s+attack|forever|panic|faint|collapse|happens\s+to|bad|accident"
        r"|stroke|nobody|no\s+one|kill(?:s|ed)?|breaks?\s+down|embarrass\w*|drown\w*|attack\w*"
        r"|emergency)\b",
        "“What if” is going straight to the worst outcome.",
        (
            "What if I lose my job and end up on the street?",
            "My heart is racing, what if I'm dying?",
            "What if the plane crashes?",
        ),
        ("What if I try the new café?", "What if she says yes?", "What if we leave a bit early?"),
    ),
    TrapRule(
        "catastrophe_something_serious",
        CATASTROPHE,
        r"\b(?:serious|cancer|tumou?r|heart\s+attack|stroke|fatal|deadly|terminal)\b",
        "A worrying sign is being read as the most serious cause.",
        ("This headache is probably something serious.",),
        ("It's serious fun at the fair.",),
        before=r"\b(?:probably|must\s+be|could\s+be|might\s+be|definitely|a\s+sign\s+of)\s+"
        r"(?:something\s+)?(?:a\s+)?",
    ),
    # --- Comparing: measuring yourself against someone else's outside -------------------
    TrapRule(
        "compare_everyone_else",
        COMPARE,
        r"\belse\s+(?:[a-z']+\s+){0,2}?" + _DOING_FINE,
        "It measures your inside against other people's outside.",
        (
            "Everyone else has their life together.",
            "Everyone else seems to know what they're doing.",
            "Everybody else finds this easy.",
        ),
        ("Everyone else had gone home, so I had the studio to myself.",),
        before=r"\b(?:everyone|everybody|all)\s+",
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_other_people",
        COMPARE,
        r"\bother\s+(?:people|moms|mums|mothers|dads|fathers|parents|women|men|girls|guys|kids"
        r"|students|survivors|couples|families)\s+(?:[a-z']+\s+){0,2}?" + _DOING_FINE,
        "It measures your inside against other people's outside.",
        ("Other people don't struggle with this.", "Other moms seem to manage it all."),
        ("Other people were at the park too.",),
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_people_my_age",
        COMPARE,
        r"\bage\s+(?:[a-z']+\s+){0,2}?" + _DOING_FINE,
        "It measures your life against a timetable set by other people.",
        ("Everyone my age owns a house by now.", "People my age are all married."),
        ("People my age were at the talk.",),
        before=r"\b(?:others|people|everyone|everybody)\s+my\s+",
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_people_online",
        COMPARE,
        r"\b(?:normal\s+people|people\s+on\s+(?:social\s+media|instagram|facebook|tiktok)"
        r"|people\s+online|everyone\s+(?:i\s+know|around\s+me|in\s+(?:my|the)\s+[a-z]+))\s+"
        r"(?:[a-z']+\s+){0,2}?" + _DOING_FINE,
        "It measures your inside against other people's outside.",
        (
            "Everyone in the group is further along than me.",
            "Normal people don't need this much help.",
        ),
        ("Everyone in the class was kind.",),
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_they_all_have_better",
        COMPARE,
        r"\b(?:better|nicer|bigger|happier|perfect|more\s+(?:money|friends|success))\b",
        "It measures your life against the best parts of theirs.",
        ("My friends all have better jobs.",),
        ("My friends all have dogs.",),
        before=r"\b(?:my\s+(?:friends|peers|siblings|classmates|coworkers|colleagues|cousins)|everyone"
        r"|everybody|they\s+all|all\s+my\s+friends)\s+(?:all\s+)?(?:have|has|got|make|earn|seem"
        r"|look)\s+(?:[a-z]+\s+)?",
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_and_here_i_am",
        COMPARE,
        r"\b(?:and|but|while|whereas|yet)\s+(?:here\s+)?(?:i(?:'m|\s+am)?|me|mine(?:\s+is)?)\s+"
        r"(?:(?:still|just|only|barely|can't|cannot|never|stuck|nothing|not|haven't|with\s+nothing"
        r"|have\s+nothing|behind)\b|(?:an?\s+)?" + _LABEL + r")",
        "Setting their good news next to your hard day makes yours look smaller.",
        (
            "All my friends are married and I'm still single.",
            "My cousin is so successful and I'm nothing.",
            "She recovered so fast, and I'm still stuck.",
            "People on social media have perfect lives and mine is a joke.",
        ),
        (
            "My friends are coming over tonight and I'm looking forward to it.",
            "He came home and I made tea.",
        ),
        before=r"\b(?:(?:everyone|everybody|all)\s+else|other\s+people|my\s+friends|all\s+my\s+friends"
        r"|my\s+(?:peers|siblings|classmates|coworkers|colleagues)|people\s+on\s+[a-z]+\s*[a-z]*"
        r"|(?:she|he|they|my\s+(?:sister|brother|cousin|friend|coworker|colleague|roommate|ex"
        r"|partner|classmate|neighbou?r))(?:'s|'re|\s+(?:is|are|has|have|seems?|got|already|was"
        r"|were|recovered|moved|found|bought|owns?|finished))\b[^.!?\n]{0,40}?\b(?:so|already"
        r"|great|perfect|successful|married|happy|thriving|amazing|better|further|ahead|fast"
        r"|easily|sorted|together|figured))\b[^.!?\n]{0,60}?",
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_mine_is_a_mess",
        COMPARE,
        r"\bmine\s+(?:is|are|was|were)\s+(?:just\s+|such\s+)?(?:an?\s+)?(?:nightmare|mess|disaster"
        r"|joke|terrible|awful|nothing|rubbish|boring|pathetic|falling\s+apart)\b",
        "Setting their good news next to your hard day makes yours look smaller.",
        ("My sister's kids are so well behaved and mine are a nightmare.",),
        ("Her garden is lovely and mine is coming along.",),
        before=r"\b(?:and|but|while|whereas)\s+",
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_look_at_me",
        COMPARE,
        r"\blook\s+at\s+(?:her|him|them|everyone|everybody)\b[^.!?\n]{0,60}?\b(?:and|but|then)\s+"
        r"look\s+at\s+me\b(?=\s*(?:[.!?,;]|$|now|here|instead))",
        "Setting someone's outside next to your inside makes yours look smaller.",
        ("Look at her, she has it all together, and look at me.",),
        ("Look at them dance, and look at me join in!",),
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_better_than_me",
        COMPARE,
        r"\b(?:better|smarter|prettier|stronger|happier|thinner|braver|funnier|nicer|richer"
        r"|cooler|cleverer|healthier|calmer|more\s+[a-z]+|further(?:\s+along)?"
        r"|farther(?:\s+along)?)\s+(?:[a-z']+\s+){0,4}?than\s+(?:me|i(?:'ll|\s+will)?\s+ever"
        r"|i\s+am|i'm|i\s+was|i\s+could|i\s+can|myself)\b",
        "It puts you next to someone else and counts only what they have.",
        (
            "She's so much better at this than me.",
            "Everyone in the group is further along than me.",
        ),
        ("My sister is taller than me.", "She's better at drawing than me, and she's teaching me."),
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_not_as_good_as",
        COMPARE,
        r"\b(?:good|smart|pretty|strong|successful|talented|clever|happy|confident|brave|thin|kind"
        r"|fun|funny|together|capable|organi[sz]ed|productive|good-looking|interesting"
        r"|accomplished|calm|attractive|popular|likeable|likable|loved|gifted|skilled|disciplined"
        r"|put\s+together|put-together|fit|rich|cool|normal)\s+(?:an?\s+[a-z]+\s+)?as\b",
        "“Not as good as” measures you on someone else's scale.",
        (
            "I'm not as talented as the others.",
            "I'll never be as smart as my sister.",
            "I wasn't as brave as her.",
        ),
        ("It's not as cold as yesterday.",),
        before=r"(?:\bnot|\bnever|\bnowhere\s+near|n't)\s+(?:be\s+|ever\s+be\s+|been\s+|even\s+)?"
        r"(?:as|so)\s+(?:[a-z]+\s+)?",
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_why_cant_i_be",
        COMPARE,
        r"\bwhy\s+(?:can't|cannot|can\s+not|couldn't|am|aren't|isn't|don't|doesn't)\s+i\s+"
        r"(?:just\s+)?(?:be\s+)?(?:more\s+)?(?:like\s+(?:her|him|them|everyone|everybody|other"
        r"|others|my|normal|the)|normal|as\s+[a-z]+\s+as)\b",
        "It holds you up against someone else, as if there were one right way to be.",
        ("Why can't I be more like my brother?",),
        ("Why can't I find my keys?",),
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_everyone_but_me",
        COMPARE,
        r"\b(?:but|except)\s+(?:for\s+)?me\b",
        "It sets you apart from everyone else, as if you were the only one struggling.",
        ("Why is it so easy for everyone but me?", "Everyone got invited except me."),
        ("Everyone left but me, so I tidied up and went home happy.",),
        before=r"\b(?:for|to)\s+(?:everyone|everybody|other\s+people|others)\s+(?:else\s+)?"
        r"|\b(?:everyone|everybody)\s+(?!left\b|went\b|had\s+left\b|stayed\b)(?:[a-z']+\s+){1,3}?",
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_like_everyone_else",
        COMPARE,
        r"\b(?:else|people)\b",
        "It holds you up against everyone else, as if there were one right way to be.",
        ("Why can't I be happy like everyone else?", "I wish I was normal like other people."),
        ("I queued like everyone else and got my ticket.",),
        before=r"\blike\s+(?:(?:everyone|everybody)|(?:other|normal))\s+",
        not_after=r"\b(?:queued|waited|paid|sat|stood|lined\s+up)\s+",
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_only_one",
        COMPARE,
        r"\bonly\s+one\s+(?:(?:who|that)\s+(?:[a-z']+\s+){0,3}?(?:can't|cannot|isn't|doesn't"
        r"|didn't|hasn't|struggles?|struggling|hard|fails?|failing|single|stuck|behind|left\s+out"
        r"|alone|not|never|still|has\s+no|have\s+no|without)|not|without|still|left|struggling"
        r"|failing|single|stuck|behind)\b",
        "It sets you beside others and sees only where you seem to fall short.",
        ("I'm the only one who finds this hard.", "Why am I the only one who can't cope?"),
        ("I'm the only one who knows the password.",),
        before=r"\b(?:i'm|i\s+am|i\s+was|am\s+i|i\s+feel\s+like\s+i'm|i\s+must\s+be)\s+(?:always\s+"
        r"|literally\s+|probably\s+|still\s+)?the\s+",
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_behind_everyone",
        COMPARE,
        r"\bbehind\s+(?:everyone|everybody|my|other|others|people|the\s+rest|all|them)\b",
        "It sets you beside others and sees only where you seem to fall short.",
        ("i'm behind everyone i graduated with",),
        ("I'm a bit behind on emails, and that's okay.",),
        before=r"\b(?:i'm|i\s+am|i\s+feel|i\s+was|i\s+fell|i've\s+fallen)\s+(?:so\s+|still\s+|way\s+)?"
        r"(?:[a-z]+\s+)?",
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_compared_to",
        COMPARE,
        r"\bcompared\s+(?:to|with)\s+(?:her|him|them|everyone|everybody|others|other\s+people"
        r"|people|the\s+(?:others|rest)|my\s+(?:friends|sister|brother|cousin|coworkers|colleagues"
        r"|siblings|peers|classmates|parents|mother|father|mom|mum|dad|partner|ex|friend))\b",
        "It sets you beside others and sees only where you seem to fall short.",
        ("Compared to my coworkers, I'm a mess.",),
        ("I compared two recipes.",),
        unless=_FRIENDLY,
    ),
    TrapRule(
        "compare_worst_in_the_class",
        COMPARE,
        r"\b(?:worst|slowest|dumbest|weakest|ugliest|least\s+[a-z]+)\s+(?:[a-z]+\s+)?(?:in|of|at"
        r"|on)\s+(?:the|my|our|this|all|everyone)\b",
        "It ranks you against others and sees only the bottom of the list.",
        ("I'm the worst one in the class.", "I'm the least successful person in my family."),
        ("It's the least I can do for a friend.",),
        before=r"\bthe\s+",
        not_after=r"\b(?:it's|that's|was|is)\s+",
        unless=_FRIENDLY,
    ),
    # --- Blaming: handing all of your feelings to someone else --------------------------
    TrapRule(
        "blame_their_fault",
        BLAME,
        r"\bfault\b",
        "“Their fault” puts all of how you feel in someone else's hands.",
        (
            "It's all their fault I'm like this.",
            "It's his fault the evening went badly.",
            "It's all my parents' fault.",
            "It's my sister's fault I'm always late.",
        ),
        ("It's no one's fault, it just happened.", "It was his fault he hurt me."),
        before=r"\b(?:his|her|their|your|everyone's|everybody's|everyone\s+else's|[a-z]+'s"
        r"|[a-z]+s')\s+(?:own\s+)?",
        not_after=_NEGATED + r"(?:[a-z']+\s+){0,3}",
        unless=_HARM,
    ),
    TrapRule(
        "blame_if_it_werent_for",
        BLAME,
        r"\b(?:weren't|wasn't|were\s+not|hadn't\s+been)\s+for\s+(?:him|her|them|you|my\s+[a-z]+)\b",
        "It hands your wellbeing to what someone else did.",
        ("If it weren't for them, I'd be happy.",),
        ("If it wasn't for the rain, we'd have gone out.",),
        before=r"\bif\s+it\s+",
        unless=_HARM,
    ),
    TrapRule(
        "blame_makes_me_feel",
        BLAME,
        r"\b(?:(?:makes|make|made|making)\s+me\s+(?:(?:so|feel|really|completely|want\s+to|like"
        r"|this|that)\s+){0,3}(?:angry|mad|sad|upset|miserable|anxious|crazy|sick|furious|hate"
        r"|lose|act|small|worthless|stupid|guilty|useless|nervous|depressed|a\s+mess|unhappy"
        r"|scared|react|snap|yell|shout|drink|doubt|overthink|lash\s+out|late|insecure|jealous"
        r"|ashamed|bitter|defensive|this\s+way|like\s+this|who\s+i\s+am|the\s+way\s+i\s+am|bad"
        r"|terrible|awful|horrible|invisible|unwanted|unloved|inadequate|dumb|ugly|fat|weak"
        r"|trapped|judged|rejected|unimportant|on\s+edge|tense|embarrassed|pathetic|used|worse"
        r"|frustrated|stressed|irritated|annoyed|resentful|mess\s+up|screw\s+up|fail|quit"
        r"|give\s+up|do\s+(?:it|this|that|things)|i'm\s+nothing|nothing|dirt)"
        r"|(?:drive|drives|drove|driving)\s+me\s+(?:crazy|mad|insane|nuts|up\s+the\s+wall"
        r"|to\s+(?:drink|despair|tears))|(?:piss|pisses|pissed|tick|ticks|ticked)\s+me\s+off"
        r"|(?<=on\smy\s)nerves)\b",
        "It hands someone else the power over how you feel.",
        (
            "He makes me feel so small.",
            "My boss makes me so angry.",
            "you made me lose my temper",
            "My mother made me this anxious.",
            "The kids drive me crazy.",
        ),
        (
            "My friend made me laugh so hard.",
            "She made me a cup of tea.",
            "It makes me sad that she's moving away.",
        ),
        not_after=r"(?:\bi|\bit|\bthat|\bthis|\bwhat|\bwhich|\bnothing|\bno\s*one|\bnobody"
        r"|\bwho|\bone|\bonce)\s+(?:[a-z']+\s+)?",
        unless=_HARM,
    ),
    TrapRule(
        "blame_ruined_my",
        BLAME,
        r"\b(?:ruined|ruins|ruin|ruining|wrecked|destroyed|messed|screwed|spoiled|took\s+away"
        r"|stole|messing|screwing)\s+(?:up\s+)?(?:my|everything|it\s+for\s+me|things\s+(?:up\s+)?"
        r"for\s+me|any\s+chance|me)\b",
        "It puts the whole of how things went in someone else's hands.",
        (
            "My parents ruined my life.",
            "They ruined my day.",
            "Everyone else keeps messing things up for me.",
            "The teacher ruined my confidence.",
        ),
        ("The rain ruined our picnic, so we ate inside.", "I ruined my shoes in the mud."),
        before=r"\b(?:he|she|they|you|my\s+[a-z]+|his|her|their|people|everyone|everybody"
        r"|the\s+[a-z]+)\s+(?:[a-z']+\s+){0,2}?",
        unless=_HARM,
    ),
    TrapRule(
        "blame_the_reason",
        BLAME,
        r"\breason\s+(?:why\s+)?(?:i|i'm|my)\b(?:\s+[a-z']+){0,3}?\s*(?:stressed|miserable"
        r"|unhappy|can't|cannot|never|angry|sad|anxious|like\s+this|this\s+way|a\s+mess|struggling"
        r"|broke|late|depressed|stuck|hate|alone|failed|quit|gave\s+up|in\s+this\s+mess"
        r"|suffering)\b",
        "It makes someone else the whole reason for how you feel.",
        ("My coworkers are the reason I'm so stressed.", "My ex is the reason I'm like this."),
        ("She's the reason I smile.", "I'm the reason we were late."),
        before=r"\b(?:the|whole|only|main|real|entire)\s+",
        not_after=r"(?:\bi'm|\bi\s+am|\bi\s+was|\bim|\bmaybe\s+i'm)\s+(?:the\s+)?(?:[a-z]+\s+)?",
        unless=_HARM,
    ),
    TrapRule(
        "blame_if_they_had",
        BLAME,
        r"\bif\s+(?:only\s+)?(?!i\b|it\b)(?:he|she|they|you|my\s+[a-z]+|people|everyone|everybody"
        r"|the\s+[a-z]+|mom|dad)\s+(?:had|'d|hadn't|had\s+not|didn't|did\s+not|wasn't|weren't"
        r"|would|wouldn't|just|only|cared|listened|supported|loved|stayed|left|helped)\b"
        r"[^.!?\n]{0,60}?\bi(?:'d|\s+would|\s+wouldn't|\s+would\s+not|\s+could|\s+might)\s+"
        r"(?:(?:still|not|never|so|be|have|been|much)\s+){0,3}(?:fine|happy|okay|ok|better|normal"
        r"|different|successful|further|healthy|confident|alright|in\s+(?:this|such)|married"
        r"|free)\b",
        "“If they had …” hands your wellbeing to what someone else did.",
        (
            "If she hadn't left, I'd be happy now.",
            "If my family had supported me I wouldn't be in this mess.",
        ),
        ("If you were here, I'd show you the garden.", "If it rains, I'd rather stay in."),
        unless=_HARM,
    ),
    TrapRule(
        "blame_id_be_fine_if",
        BLAME,
        r"\bif\s+(?:only\s+)?(?:he|she|they|you|my\s+[a-z]+|people|everyone)\b",
        "It hands your wellbeing to what someone else does.",
        ("I'd be fine if people just left me alone.",),
        ("I'd be happy if you came along!",),
        before=r"\bi(?:'d|\s+would)\s+(?:still\s+)?be\s+(?:fine|okay|ok|better|normal)\s+",
        unless=_HARM,
    ),
    TrapRule(
        "blame_thats_why",
        BLAME,
        r"\bwhy\s+i(?:'m|\s+am)\s+(?:so\s+)?(?:unhappy|miserable|stuck|angry|sad|like\s+this"
        r"|this\s+way|a\s+mess|stressed|broke|alone|lonely|depressed)\b",
        "It places the cause of how you feel entirely with someone else.",
        ("My partner never lets me do anything, that's why I'm unhappy.",),
        ("I didn't sleep, that's why I'm tired.",),
        before=r"\b(?:he|she|they|my\s+(?:partner|boss|family|parents|mom|mum|dad|husband|wife|ex"
        r"|friends?|kids|sister|brother)|people|everyone)\b[^.!?\n]{0,60}?(?:that's|which\s+is"
        r"|this\s+is)\s+",
        unless=_HARM,
    ),
    TrapRule(
        "blame_because_of_them",
        BLAME,
        r"\b(?:because\s+of|thanks\s+to|due\s+to)\s+(?:him|her|them|you|my\s+[a-z]+)\b"
        r"[^.!?\n]{0,50}?\b(?:never\s+(?:be|get|have)|unhappy|miserable|ruined|stuck"
        r"|like\s+this|this\s+way|failed|a\s+mess)\b",
        "It places the cause of how you feel entirely with someone else.",
        ("Because of them I'll never be happy.",),
        ("Thanks to my neighbour, I found my cat.", "Because of the rain, we played cards."),
        unless=_HARM,
    ),
    TrapRule(
        "blame_miserable_because_of",
        BLAME,
        r"\b(?:because\s+of|thanks\s+to|due\s+to)\s+(?:him|her|them|you|my\s+[a-z]+|people"
        r"|everyone)\b",
        "It places the cause of how you feel entirely with someone else.",
        ("I'm miserable because of my boss.",),
        ("I'm happy because of my friends.",),
        before=r"\b(?:i'm|i\s+am|i\s+feel|my\s+life\s+is)\s+(?:so\s+|a\s+)?(?:miserable|unhappy"
        r"|stuck|angry|stressed|mess|ruined|depressed|like\s+this|this\s+way)\s+",
        unless=_HARM,
    ),
)
