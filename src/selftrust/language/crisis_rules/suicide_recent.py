"""Recent acts told plainly, in few words: pills taken and the fear or sickness after, being
talked down from an edge, and a pet rehomed as the last thing to see to."""

from selftrust.language.crisis_rules.shared import Rule, combos, words
from selftrust.language.crisis_rules.suicide_means import PILL_ANCHORS

RULES: tuple[Rule, ...] = (
    # Pills taken, then fear or sickness: "took the pills. scared now." Taking pills is
    # everyday; what follows it is what tells.
    Rule(
        id="suicide.took_pills",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("took|swallowed|taken|downed|necked", "the|them|my|all|her|his|everything"),
            *PILL_ANCHORS,
        ),
        pattern=(
            r"(?:took|swallowed|have taken|i've taken|ive taken|downed|necked) (?:all )?(?:the |"
            r"my |her |his )?(?:{pills}|them|the lot|them all|all of them|everything)(?: all)?"
            r"(?=\W*(?:[.!?\n]|$)|,| and (?:now|then|waited|lay|went to bed))"
        ),
        needs=(
            r"scared|frightened|terrified|what have i done|feel sick|feeling sick|threw up|"
            r"throwing up|being sick|vomit\w*|dizzy|can't feel|cant feel|nobody knows|no one knows|"
            r"noone knows|waiting|waited|goodbye|sorry|don't tell|dont tell|ambulance|a&e|"
            r"hospital|stomach pumped|too many|all of them|the lot|whole (?:box|packet|bottle)"
        ),
        benign=r"vitamins?|antibiotics?|with (?:breakfast|dinner|food|water)|as prescribed|"
        r"on time|morning dose|evening dose|doctor said",
        reason="You wrote about taking pills to end your life.",
        examples=(
            "took the pills. scared now.",
            "I've taken them all. Nobody knows.",
        ),
        near_misses=(
            "took the pills with breakfast, feel sick from the antibiotics",
            "took the bins out. scared of the neighbour's dog.",
        ),
    ),
    # Talked down from an edge, a recent attempt: "stood on the edge of the car park for an
    # hour; security talked me down". "Talked me off the ledge" about a job is the idiom.
    Rule(
        id="suicide.talked_down",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("talked|talk|talking|talks", "me|him|her|them", "down|round|back|off|out"),
        ),
        pattern=(
            r"(?:talked|talk|talking|talks) (?:me|him|her|them) (?:down|round|back|off|out of it)"
            r"(?! (?:from|about|over) (?:quitting|the job|buying|booking|a tattoo|the price))"
        ),
        needs=(
            r"(?:stood|standing|stand|sat|sitting|walked|climbed|went|was|got) (?:\w+ ){0,5}?"
            r"(?:edge|ledge|bridge|roof|rooftop|jetty|pier|cliff|railing|rail|parapet|platform|"
            r"tracks|balcony|top floor|car park|parking|overpass|window|dam|tower)|meaning it|"
            r"meant it"
        ),
        benign=r"climbing|abseil\w*|instructor|harness|zip ?line|bungee|diving board|stage",
        reason="You wrote that someone talked you down from ending your life.",
        examples=(
            "stood on the edge of the parking garage for an hour sunday. security guy talked me "
            "down",
            "Walked to the end of the jetty meaning it, and a stranger talked me round.",
        ),
        near_misses=(
            "my sister talked me down from quitting the job",
            "stood on the ledge of the climbing wall and the instructor talked me down",
        ),
    ),
    # A pet rehomed as the last thing on the list: "rehomed my cat so she's ok after".
    Rule(
        id="suicide.rehomed_last",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *words("rehom"),
            *combos("home|homes|farm|family", "for"),
        ),
        pattern=(
            r"(?:rehomed|found (?:a )?(?:good |new )?(?:homes?|farm|family) "
            r"for) (?:my|the|our|all my|all the) (?:\w+ )?(?:cats?|dogs?|pets?|chooks|chickens|"
            r"hens|horses?|rabbits?|birds?|budgies?|fish|kittens?|puppy|puppies|tortoise)"
        ),
        needs=(
            r"(?:ok|okay|safe|looked after|sorted|fine) after(?:wards)?|last thing|not for long|"
            r"before i go|won't need|wont need|when i'm gone|when im gone|after i'm gone|"
            r"won't be (?:here|around)|wont be (?:here|around)|everything's in order|"
            r"just me and the house"
        ),
        benign=r"moving|move|allerg\w*|landlord|new job|abroad|emigrat\w*|care home|retire\w*",
        reason="You wrote about rehoming a pet because you may not be around.",
        examples=(
            "rehomed my cat today so shes ok after. that was the last thing on the list",
            "Rehomed the chooks and found a good farm for the dog. Not for long now.",
        ),
        near_misses=(
            "rehomed the cat before the move abroad, last thing on the list before packing",
        ),
    ),
)
