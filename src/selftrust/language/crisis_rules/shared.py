"""The shape of a crisis rule and the word lists the rules share.

How a pattern is written (``patterns.py`` compiles it, lazily, the first time it is needed):
- It runs on a folded copy of the text: lowercase, curly quotes made straight, and every run of
  one repeated letter squeezed to a single letter ("sooo", "kill", "kil" all become "so"/"kil").
  The same squeeze is applied to the pattern, so write words with their normal spelling.
- A space means "a gap": one or more spaces, commas, dashes, quotes or emoji, but never a full
  stop, ! ? ; : or a new line, so a pattern never reaches across two sentences. Inside a
  lookbehind write ``\\x20`` instead, so the lookbehind keeps a fixed width.
- ``{name}`` inserts one of the MACROS below. Every pattern gets word edges added around it.

What a rule says about its context (the policy is in the docstring of ``crisis.py``):
- ``anchors``: word starts (a trailing ``$`` means the whole word). A text with none of them
  is never looked at again, which keeps everyday text fast, and the rule is only
  tried around them. Every match must contain one of its rule's anchors (a test checks it).
  An anchor may be a phrase ("loose ends", or ``combos("off|neck", "myself")``): its words
  must follow each other, whole.
- ``negatable``: an explicit negation right before it cancels it ("I don't want to die").
- ``other_kind``: the kind when someone else is the subject ("my sister is cutting again").
- ``unless``: an idiom that cancels the match when it overlaps it ("career suicide").
- ``benign``: words close by in the same sentence that make it everyday ("cut myself shaving").
- ``needs``: words that must stand in the same or a neighbouring sentence for a story-like
  phrase to count ("drove to the cliffs" counts with "deciding", not with "for the sunset").
- ``topic``: a bare mention that a book, class or documentary around it cancels.
"""

from __future__ import annotations

# Importing ``typing`` costs ~3 ms at start-up; the types below are only needed by mypy.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    Kind = Literal["suicide", "self_harm", "harm_from_others", "concern_for_other"]


class Rule:
    """One family of crisis phrases, with its examples and the context it needs."""

    # A plain class rather than a dataclass: importing ``dataclasses`` costs ~10 ms at start-up.
    __slots__ = (
        "anchors",
        "benign",
        "examples",
        "id",
        "kind",
        "near_misses",
        "needs",
        "negatable",
        "other_kind",
        "pattern",
        "reason",
        "topic",
        "unless",
    )

    def __init__(
        self,
        *,
        id: str,
        kind: Kind,
        anchors: tuple[Anchor, ...],
        pattern: str,
        reason: str,
        examples: tuple[str, ...],
        near_misses: tuple[str, ...],
        negatable: bool = True,
        other_kind: Kind | None = None,
        unless: str = "",
        benign: str = "",
        needs: str = "",
        topic: bool = False,
    ) -> None:
        self.id = id
        self.kind: Kind = kind
        self.anchors = anchors
        self.pattern = pattern
        self.reason = reason
        self.examples = examples
        self.near_misses = near_misses
        self.negatable = negatable
        self.other_kind: Kind | None = other_kind
        self.unless = unless
        self.benign = benign
        self.needs = needs
        self.topic = topic

    def __repr__(self) -> str:
        return f"Rule({self.id})"


def words(text: str) -> tuple[str, ...]:
    """Split anchor words written as one "a|b|c" string."""
    return tuple(text.split("|"))


# A phrase anchor: one choice from each slot, in order ("cut|burned" then "myself|my self").
Slots = tuple[tuple[str, ...], ...]
Anchor = str | Slots


def combos(*parts: str) -> tuple[Slots]:
    """Make a phrase anchor from "a|b|c" slots; an empty choice makes its slot optional."""
    return (tuple(tuple(part.split("|")) for part in parts),)


# Word lists for anchors, written the way texts spell them.
ME = "myself|my self|meself|mself|myslef"
CANT = "can't|cant|cannot|can not|cnt|couldn't|couldnt"
DONT = "don't|dont|do not|dnt|doesn't|doesnt|does not|didn't|didnt|did not"
BODY = (
    "arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|belly|hip|hips|skin|body|ankle|ankles|"
    "forearm|forearms|chest|shoulder|shoulders|hand|hands|face|neck|side|finger|fingers|knuckles|"
    "calf|calves|inner|upper|left|right|bare|own"
)


# Reasons used when a rule's phrase is about someone else (see ``other_kind``).
OTHER_REASONS: dict[Kind, str] = {
    "concern_for_other": (
        "You wrote that someone you know may be thinking of ending their life or hurting "
        "themselves."
    ),
    "harm_from_others": "You wrote that someone may want you dead or want to hurt you.",
}

PEOPLE = (
    r"(?:best friend|friend|bestie|bff|sister|brother|sis|bro|mom|mum|mother|dad|father|"
    r"step ?dad|step ?mom|step ?mum|stepfather|stepmother|parents?|son|daughter|kid|child|"
    r"cousin|partner|wife|husband|girlfriend|boyfriend|gf|bf|fiance|fiancee|ex|roommate|"
    r"flatmate|housemate|co ?worker|colleague|classmate|neighbou?r|uncle|aunt|grandma|grandpa|"
    r"niece|nephew|teacher|boss|client|student|mate|buddy|girl|guy|man|woman|boy|coach|"
    r"landlord|carer|team ?mate|baby|teen|teenager|step ?brother|step ?sister|step ?son|"
    r"step ?daughter|grandad|granddad|grandfather|grandmother|nan|gran|godfather|lodger|tutor|"
    r"priest|pastor|youth worker|babysitter|nanny|doctor|therapist|husband's|wife's)s?"
)

MACROS: dict[str, str] = {
    "me": r"(?:myself|my self|meself|mself|myslef)",
    "them": r"(?:himself|herself|themselves|themself|theirself|hisself|him self|her self)",
    "want": (
        r"(?:wanna|wana|want to|wants to|wanted to|want 2|wnt to|wnt 2|want ta|wish to|"
        r"wanting to|wantin to|wanting 2)"
    ),
    "cant": r"(?:can't|cant|cannot|can not|cnt|couldn't|couldnt|can't even|cant even)",
    "dont": r"(?:don't|dont|do not|dnt|doesn't|doesnt|does not|didn't|didnt|did not)",
    "im": r"(?:i'm|im|i am)",
    "think": r"(?:thinking|thinkin|thinkn|thnking|think|thought|thoughts)",
    "about": r"(?:about|bout|abt|of)",
    "num": (
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
        r"a dozen|a few|few|several|many|some|a couple of|a couple)"
    ),
    "pills": (
        r"(?:pills|pill|meds|medication|medications|medicine|tablets|painkillers|sleeping pills|"
        r"paracetamol|tylenol|xanax|ambien|benzos|antidepressants|prescriptions?|insulin|oxy|"
        r"ibuprofen|aspirin|codeine|sertraline|lithium|opioids|heroin|fentanyl|morphine|tramadol|"
        r"diazepam|valium|zopiclone|amitriptyline|propranolol|quetiapine|citalopram|fluoxetine|"
        r"prozac|co ?codamol|oxycodone|oxycontin|percocet|vicodin|hydrocodone|methadone|"
        r"temazepam|nurofen|panadol|capsules|capsule|tablet|lorazepam|klonopin|clonazepam|"
        r"sleeping tabs|sleeping tablets|sleepers)"
    ),
    "suicide": (
        r"(?:suicide|suicidal|suicidality|sucide|sucidal|suiside|suisidal|suicde|suicdal|"
        r"suecide|suacide|suicidle|suicidel|suicidial|su1c1de|su1cide|suic1de|su1c1dal|"
        r"s\*icide|su!cide|su!cidal)"
    ),
    "body": (
        r"(?:arms?|wrists?|legs?|thighs?|stomach|belly|hips?|skin|body|ankles?|forearms?|chest|"
        r"shoulders?|hands?|face|neck|side|fingers?|knuckles?|calf|calves)"
    ),
    "people": PEOPLE,
    # Someone other than the writer, as the one doing something.
    "other": (
        r"(?:he|she|they|he's|she's|they're|hes|shes|theyre|someone|somebody|"
        r"(?:my|our|his|her|their|a|the|this|that) (?:\w+ )?" + PEOPLE + "|" + PEOPLE + ")"
    ),
    # Up to six words between a subject and its verb ("my partner controls my money and hits
    # me"), but never a negation ("he never hit me") or "it" ("the ball hit me").
    "filler": (
        r"(?: (?!(?:never|not|no|didn't|didnt|doesn't|doesnt|don't|dont|won't|wont|wouldn't|"
        r"hasn't|haven't|hadn't|isn't|wasn't|can't|cant|it|this|that|reality|"
        r"what)(?!\w))[\w']+){0,6}?"
    ),
    # A present or future desire before "end it": keeps "we ended it last year" out.
    "intent": (
        r"(?:{want}|going to|gonna|gona|about to|ready to|plan to|planning to|{think} {about}|"
        r"think about|should just|could just|might just|i'll just|"
        r"i'll|will just|just|decided to|decide to|tempted to|urge to|how to|ways? to|time to|"
        r"courage to|try to|tried to|trying to|going to just|gonna just|wanna just|want to just|"
        r"from)"
    ),
    # A future or conditional helper after a subject: "he'll", "she would", "they're going to".
    "will": (
        r"(?:'ll|'d| will| would| is going to|'s going to| is gonna|'s gonna| gonna| going to|"
        r" was going to| was gonna| could| might| swore he'd| swore she'd| will really)"
    ),
}

# Everyday ways to get hurt: these make "cut myself" an accident rather than self-harm.
ACCIDENT = (
    r"accident\w*|by mistake|shaving|cooking|chopping|slicing|peeling|kitchen|gym|lifting|"
    r"work ?out|working out|running|jogging|hiking|soccer|football|basketball|tennis|climbing|"
    r"skiing|skating|biking|cycling|fell (?:over|down|off|on|onto|into|from)|falling|tripped|"
    r"slipped|stove|oven|pan|kettle|iron|"
    r"straightener|curling|paper|glass|can opener|garden\w*|hammer|drill|sewing|needle|door|"
    r"cupboard|cabinet|shelf|corner|bed frame|sunburn|in the sun|playing|practice|training|"
    r"clumsy|ouch|oops|brambles|bushes|thorns|kitten|puppy|roses?|prun\w*|weeding|onions?|"
    r"bagels?|knife slipped|"
    r"laughing|dishwasher|tray|bbq|barbecue|candles?|hot water|tea|coffee|soup|steam|from "
    r"(?:the|my|our) (?:cat|cats|kitten|dog|puppy|hamster|rabbit)"
)

SELF_HARM_VERBS = (
    r"(?:cut|cutting|cuts|burn|burning|burned|burnt|burns|hurt|hurting|hurts|harm|harming|"
    r"harmed|scratch|scratching|scratched|hit|hitting|punch|punching|punched|bruise|bruising|"
    r"stab|stabbing|stabbed|starve|starving|starved|carve|carving|carved|mutilate|mutilating|"
    r"bite|biting|slice|slicing|sliced|slash|slashing|slashed)"
)
SELF_HARM_WORDS = (
    "cut|cutting|cuts|burn|burning|burned|burnt|burns|hurt|hurting|hurts|harm|harming|harmed|"
    "scratch|scratching|scratched|hit|hitting|punch|punching|punched|bruise|bruising|stab|"
    "stabbing|stabbed|starve|starving|starved|carve|carving|carved|mutilate|mutilating|bite|"
    "biting|slice|slicing|sliced|slash|slashing|slashed"
)

HIT_VERBS = (
    r"(?:hits|hit|hitting|beats|beat|beating|punches|punched|punching|slaps|slapped|slapping|"
    r"kicks|kicked|kicking|chokes|choked|choking|strangles|strangled|strangling|shoves|"
    r"shoved|shoving|pushed|pushes|pushing|threw|throws|grabbed|grabs|grabbing|bit|bites|"
    r"bruised|raped|rapes|assaulted|assaults|molested|molests|abused|abuses|abusing|"
    r"attacked|attacks|smacked|smacks|whipped|spat on|spit on|flogged|belted|caned|lashed|"
    r"pinned|dragged|stalks|stalked|stalking|"
    r"hurts|hurting|keeps hurting|kept hurting|headbutted|burned|burnt|burns|kneed|elbowed|"
    r"tripped|pins|pinning)"
)
# Violent verbs with no everyday meaning are anchors on their own; the everyday ones ("hit",
# "beat", "pushed") only next to a person ("hit me").
RARE_HITS = (
    "punch|slap|kick|chok|strangl|shov|rape|assault|molest|abus|attack|smack|whip|pinn|stalk|"
    "headbut|kneed|elbowed|bruised|spat$|spit$|pins$|pinning|flogged|belted|caned|lashed"
)
COMMON_HITS = (
    "hits|hit|hitting|beats|beat|beating|pushed|pushes|pushing|threw|throws|grabbed|grabs|"
    "grabbing|bites|hurts|hurting|hurt|burned|burnt|burns|tripped|dragged"
)
HIT_WORDS = (
    "hits|hit|hitting|beats|beat|beating|punches|punched|punching|slaps|slapped|slapping|kicks|"
    "kicked|kicking|chokes|choked|choking|strangles|strangled|strangling|shoves|shoved|shoving|"
    "pushed|pushes|pushing|threw|throws|grabbed|grabs|grabbing|bit|bites|bruised|raped|rapes|"
    "assaulted|assaults|molested|molests|abused|abuses|abusing|attacked|attacks|smacked|smacks|"
    "whipped|pinned|dragged|stalks|stalked|stalking|hurts|hurting|hurt|headbutted|burned|burnt|"
    "burns|kneed|elbowed|tripped|pins|pinning"
)
# The everyday reasons to give things away or say goodbye.
EVERYDAY_GOODBYE = (
    r"charity|goodwill|thrift|donat\w*|declutter\w*|moving|garage sale|yard sale|car boot|"
    r"selling|sold|team|coworkers|colleagues|new job|last day|retir\w*|airport|station|"
    r"christmas|birthdays?|wedding|notebook|this journal|new journal|will and|insurance|"
    r"18th|21st|time capsule|when they turn|"
    r"vacation|holiday|trip|spring clean|marketplace|ebay|vinted|outgrown|too small|"
    r"new (?:flat|house|place|home)|leaving do|farewell party|graduat\w*|end of term"
)
