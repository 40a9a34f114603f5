"""The shape of a thinking-trap rule and the word lists several traps share.

Patterns run on a lowercased copy of the text with curly apostrophes made straight, so they are
written in lower case with a plain `'`. Each pattern opens on its rule's keyword: a word or a
group of words such as `\b(?:should|ought)` (traps.py reads them from the pattern and tries the
rule only where one of them stands, which keeps it fast). Words that have to come before the
keyword go in `before`; words every match contains somewhere can go in `needs`. Rules lean
towards staying quiet: a missed highlight costs little, a wrong one tells a fragile person
something untrue about their own words. Trap ids are the values of `Trap` below (public as
`traps.Trap`); every rule's examples and near misses are checked by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Trap(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    OVERGENERALIZING = "overgeneralizing"
    LABELING = "labeling"
    FORTUNE_TELLING = "fortune_telling"
    MIND_READING = "mind_reading"
    EMOTIONAL_REASONING = "emotional_reasoning"
    SHOULD_STATEMENTS = "should_statements"
    PERSONALIZING = "personalizing"
    DISQUALIFYING_POSITIVE = "disqualifying_positive"
    CATASTROPHIZING = "catastrophizing"
    COMPARING = "comparing"
    BLAMING = "blaming"


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
    # Words of which at least one has to stand in the text for the rule to be tried at all: a
    # cheap check on the text's word list that spares a slow pattern on most everyday text.
    # Only for words every match has to contain (the rule tests check that it changes nothing).
    needs: str | None = None


def alt(words: str) -> str:
    return "(?:" + "|".join(words.split()) + ")"


# --- Shared word lists ---------------------------------------------------------------------
GAP = r"[^.!?\n]{0,40}?"  # a short stretch inside one sentence
# Whole-person verdicts. Skill words ("slow", "bad at maths") are left out on purpose.
LABEL_NOUNS = (
    "idiot moron loser failure fraud fake joke mess disaster disappointment burden coward wimp "
    "screwup screw-up waste freak liar monster hypocrite nuisance pest clown wreck pushover "
    "doormat embarrassment psycho nobody nothing letdown crybaby wuss weirdo slob creep trash "
    "garbage rubbish worst dumbest stupidest ugliest laziest weakest eejit numpty muppet plonker "
    "disgrace twit dork dimwit nitwit halfwit dunce imbecile cretin nutcase prat git dickhead"
)
LABEL_ADJS = (
    "stupid dumb useless worthless hopeless pathetic weak lazy selfish unlovable unloveable "
    "broken damaged ugly disgusting gross boring annoying awful terrible horrible bad crazy "
    "incompetent inadequate defective unworthy needy clingy weird toxic evil unwanted "
    "unlikeable unlikable repulsive hideous fat naive gullible spineless ridiculous "
    "irresponsible insane unstable cringe cringey cringy thick gormless clueless insufferable "
    "unbearable vile horrid spineless lame"
)
# Verdicts of more than one word, in everyday British, Irish and Australian speech.
LABEL_PHRASES = (
    r"(?:drama\s+queen|basket\s+case|waste\s+of\s+(?:space|oxygen|skin)|head\s*case|nut\s*job"
    r"|hot\s+mess|train\s*wreck|sad\s+sack|charity\s+case|sook|wet\s+blanket)"
)
# An adjective followed by "at" is about one skill, not the whole person ("bad at maths"),
# and "crazy busy" is about a day, not a person.
ADJ_END = (
    r"\b(?!\s+(?:at|about|with)\b(?!\s+(?:everything|life|anything|being)))"
    r"(?!\s+(?:busy|tired|hungry|excited|good|lucky|happy|fun|hot|cold|early|proud|glad)\b)"
    # "a terrible singer" is about one skill, not the whole person.
    r"(?!\s+(?:singer|dancer|cook|driver|swimmer|speller|artist|painter|player|golfer|runner|baker"
    r"|gardener|texter|sleeper|typist|skier|skater|navigator|knitter)\b)"
)
LABEL_WORDS = (
    r"(?:(?!nothing\s+(?:like|compared|but|to\s+do|special\s+to)|nobody's)"
    + alt(LABEL_NOUNS)
    + r"\b|"
    + alt(LABEL_ADJS)
    + ADJ_END
    + r"|(?<=such\sa\s)baby|(?<=big\s)baby|(?<=a\s)lost\s+cause|(?<=a\s)hopeless\s+case"
    r"|too\s+(?:much|sensitive|needy|emotional|dramatic|clingy|intense|far\s+gone)"
    r"|not\s+(?:good|smart|pretty|strong|clever|thin|interesting|lovable)\s+enough|not\s+enough"
    r"|beyond\s+help|damaged\s+goods|(?<=a\s)let[\s-]down|" + LABEL_PHRASES + r")"
)
INTENS = (
    r"(?:(?:a\s+bit\s+of\s+an?|such|so|a|an|just|really|totally|completely|utterly|absolutely"
    r"|truly|literally|"
    r"clearly|basically|honestly|simply|still|always|being|the|nothing\s+but|one|big|real|"
    r"biggest|most|total|complete|absolute|utter|massive|huge|kind\s+of|kinda|sort\s+of|pretty|"
    r"very|officially|obviously|bloody|damn|freaking|fucking|whole|little|useless|stupid|"
    r"pathetic|lazy|dumb|selfish|weak|ugly|fat|terrible|awful|horrible|walking|right|proper"
    r"|certified)\s+){0,3}"
)
SETBACK = (
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
    r"|ashamed|regret\w*|ugly|weird|too\s+much\s+for|chok(?:e|es|ed|ing)(?!\s+up)|backfires?|backfired"
    r"|turns?\s+into\s+(?:a\s+)?(?:row|fight|argument|mess|disaster|shouting)|shot\s+down"
    r"|drops?\s+me|dropped\s+me|ghost(?:s|ed)?\s+me|walks?\s+all\s+over\s+me|talked\s+over"
    r"|laughed\s+at|laugh\s+at\s+me|carrying\s+the\s+whole|goes\s+(?:south|pear-shaped|to\s+pot)"
    r"|get\s+burned|gets\s+burned|got\s+burned|falling\s+apart|blows?\s+up|blew\s+up)\b"
)
OTHERS = (
    r"(?:they|he|she|everyone|everybody|people|my\s+[a-z][a-z'-]*|the\s+[a-z][a-z'-]*"
    r"|all\s+of\s+them)"
)
ME = r"(?:i'm|i\s+am|i\s+was|im)"
I_OR_YOU = r"\b(?:i|you)\s+(?:really\s+|so\s+|still\s+|just\s+|definitely\s+|totally\s+)?"
# The same, or the start of a sentence: journals drop the "I" ("Shouldn't still need help.").
I_YOU_OR_START = r"(?:" + I_OR_YOU + r"|(?:^|(?<=[.!?\n]))\s*)"
# What "nobody" or "no one" does, in the words of someone feeling alone.
NOBODY_DOES = (
    r"(?:likes?|loves?|cares?|wants?|listens?|understands?|notices?|remembers?|calls?|texts?"
    r"|invites?|asks?|believes?|gets\s+me|helps?|chooses?|picks?|stays?|sticks\s+around"
    r"|rings?\s+(?:me\s+)?back|calls?\s+(?:me\s+)?back|texts?\s+(?:me\s+)?back|replies|listened"
    r"|(?:has|have)\s+ever\s+(?:listened|cared|asked|helped|noticed|called|rung)"
    r"|(?:would|will|could)\s+(?:ever\s+)?(?:want|love|like|care|choose|pick|date|marry|hire"
    r"|stay|listen|understand|believe|miss|help))\b"
)
# What "won't" or "isn't going to" says about how things turn out.
OUTCOME = (
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
DOING_FINE = (
    r"(?:has(?!\s+(?:gone|left|arrived|eaten))|have(?!\s+(?:gone|left|arrived|eaten))|seems?"
    r"|seemed|can|manages?|managed|knows?|gets?|got|finds?|copes?|handles?|don't|doesn't|never"
    r"|already|own|owns|looks?|is\s+(?:so|doing|better|happier|ahead|married|normal|further"
    r"|getting|moving|managing|coping|thriving)|are\s+(?:so|doing|better|happier|ahead|married"
    r"|normal|further|getting|moving|managing|coping|thriving|all)|moved\s+on|figured)\b"
)
FUTURE = r"(?:(?<=')ll|\bwill|\bgoing\s+to|\bgonna)\s+"
# Harm done to the person. Saying that harm was someone else's doing is true, not a trap, so
# the blaming rules stay quiet whenever the text speaks of it.
HARM_DONE = (
    r"(?:hurt\s+me|hit\s+me|hits\s+me|abus\w*|assault\w*|raped?|raping|molest\w*|beat\s+me"
    r"|beaten|attacked\s+me|threaten\w*|groom\w*|stalk\w*|gasli\w*|strangl\w*|chok(?:ed|ing)\s+me)"
)
HARM = r"(?:" + HARM_DONE + r"|(?:wasn't|isn't|was\s+not|is\s+not|not)\s+my\s+fault)"
# The same, with being lied to, cheated on, manipulated or controlled, for the blaming rules.
HURT = (
    HARM + r"|\blie[ds]?\s+to\s+me|\bmanipulat|\bcheat(?:ed|ing)?\s+on\s+me|\bcontroll"
    r"|\bdid\s+to\s+me\b"
)
# Learning from someone, or being glad for them, is not putting yourself down.
FRIENDLY = r"(?:teach|taught|learn|inspir|happy\s+for|glad\s+for|proud\s+of)"
# Someone said it out loud: then it is being told, not mind reading.
TOLD = (
    r"(?:told\s+me|said\s+so|said\s+(?:she|he|they)\s+(?:was|were|is|are|thinks?|thought|felt)"
    r"|admitted|asked\s+me)\b"
)
# A feeling or a body signal, where emotional reasoning starts.
FEEL = (
    r"\b(?:feel|feels|felt|feeling|gut|stomach|chest|heart|body|anxious|scared|afraid|nervous"
    r"|ashamed|guilty|embarrassed|worried|frightened|terrified)\b"
)
# What a feeling gets taken to prove, in emotional reasoning.
CONCLUSION = (
    r"(?:(?:i|it|that|this|they|he|she|everyone|everybody|nobody|no\s+one|people|something"
    r"|things|(?:this|the|my)\s+[a-z]+)\s+(?:[a-z]+\s+)?(?:(?:must|has\s+to|have\s+to)\s+(?:not\s+)?"
    r"|mustn't\s+|can't\s+)(?:be|have|mean|really|see|think|know|hate|notice)\b|(?:i|it|that|this|they|things|everything"
    r"|life)\s+(?:really|probably|truly|definitely|obviously|clearly)\s+(?:am|is|are|do|does|did)\b|i\s+(?:(?:guess\s+i|probably"
    r"|really|must|truly|definitely)\s+){0,3}am(?:\s+(?:one|it|that))?(?=\s*(?:[.!?,;]|$))"
    r"|i'm\s+not(?:\s+(?:one|really))?(?=\s*(?:[.!?,;]|$))|(?:i'm|i\s+(?:(?:guess\s+i|probably"
    r"|really|truly|definitely)\s+){0,3}am)\s+(?:(?:really|just|truly|definitely|a|an|so)\s+){0,2}"
    + LABEL_WORDS
    + r"|(?:it|that|this)(?:'s|\s+is)\s+(?:true|real|right|a\s+fact|dangerous|hopeless)\b"
    r"|something\s+(?:bad|terrible|awful|horrible|is\s+wrong|'s\s+wrong|must|is\s+going\s+to"
    r"|will)\b|(?:i|i've|i\s+have|i\s+must\s+have|i\s+must've|i\s+mustve|i\s+must\s+of)\s+"
    r"(?:did|done|made)\s+(?:something"
    r"|a\s+mistake)|(?:nobody|no\s+one|everyone|everybody|they|people)\s+(?:does|do|did|cares?"
    r"|hates?|saw|sees|knows?|noticed|could|would|will|can)\b|(?:things|everything|life)\s+"
    r"(?:really\s+)?(?:are|is)\s+(?:[a-z]+\s+)?(?:hopeless|pointless|bad|terrible|awful|ruined"
    r"|over)\b|there(?:'s|\s+is)\s+no\s+(?:hope|point|way|chance)\b|(?:he|she|it|they)\s+(?:is"
    r"|does|will|are)(?=\s*(?:[.!?,;]|$))|i\s+(?:really\s+)?(?:don't"
    r"|do|can't|am\s+not)(?=\s*(?:[.!?,;]|$))|(?:i'm|i\s+am)\s+(?:not\s+safe|unsafe|in\s+danger"
    r"|not\s+okay|not\s+ok|not\s+wanted|unwanted|not\s+loved|unloved|not\s+good\s+enough))"
)
NEGATED = r"(?:\bnot|n't|\bnever|\bno|\bnone\s+of\s+(?:it|this|that)(?:\s+(?:is|was))?)\s+"

AON, OVER, LABEL, FORTUNE = "all_or_nothing", "overgeneralizing", "labeling", "fortune_telling"
MIND, EMOTION, SHOULD = "mind_reading", "emotional_reasoning", "should_statements"
PERSONAL, DISCOUNT = "personalizing", "disqualifying_positive"
CATASTROPHE, COMPARE, BLAME = "catastrophizing", "comparing", "blaming"
