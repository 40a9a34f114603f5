"""Suicide told as things done or readied, plainly: waking up in A&E after the tablets, "tried
on Sunday and it didn't work", being pulled back off a railing, a drop checked, a beam that
would hold, medicine held back, a plan written down, a day picked so others won't find you."""

from selftrust.language.crisis_rules.shared import Rule, combos, words
from selftrust.language.crisis_rules.suicide_means import PILL_ANCHORS

_PLACES = r"a&e|a and e|icu|hospital|resus|the er|er|the ward|intensive care|emergency"
_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend"

RULES: tuple[Rule, ...] = (
    # Waking up in hospital after swallowing something: "Took the whole bottle Tuesday. Woke up
    # in ICU." The waking alone is everyday after an operation, so the tablets must be there.
    Rule(
        id="suicide.woke_in_hospital",
        kind="suicide",
        other_kind="concern_for_other",
        # The places, not "woke up": waking is everyday, and the words are in every match.
        anchors=(
            *words("icu$|resus$|hospital|intensive|emergency|ward$"),
            *combos("a", "e"),
            *combos("a", "and", "e"),
            *combos("the|in", "er"),
        ),
        pattern=(
            rf"(?:woke|waking|wake) up (?:\w+ ){{0,2}}?in (?:the |a )?(?:{_PLACES})"
            r"(?: with (?:a |the )?drip)?"
        ),
        needs=(
            r"(?:took|taken|swallowed|downed|necked) (?:\w+ ){0,3}(?:{pills}|bottle|packet|"
            r"box|the lot|everything|too many|too much)"
        ),
        benign=r"operation|surgery|anaesthetic|anesthetic|appendix|c-section|procedure|stroke",
        reason="You wrote about trying to end your life, not long ago.",
        examples=(
            "Took the tablets on Saturday. Woke up in A&E with a drip in. Nobody at work knows.",
            "Took the whole bottle Tuesday. Woke up in ICU.",
        ),
        near_misses=(
            "Took my painkillers after the operation and woke up in the ward feeling grand.",
            "woke up in hospital after my appendix came out",
        ),
    ),
    # The attempt told by its day: "Tried on Sunday and it didn't work", "three days since I
    # tried", "second day home from hospital after what I did".
    Rule(
        id="suicide.tried_recently",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos(
                "tried",
                "on|last|again|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|"
                "night|week",
            ),
            *combos("since", "i", "tried"),
            *combos("hospital", "after", "what"),
        ),
        pattern=(
            rf"(?:^|(?<=[.!?;\n]\x20)|(?<=[.!?;\n])|(?<=^i\x20)|(?<=[.!?;\n]\x20i\x20))"
            rf"tried (?:again )?(?:on |last )?(?:{_DAYS}|night|week)(?: night)? and (?:it )?"
            r"(?:didn't|did not|didnt) work"
            r"|(?:days?|weeks?|a week|a day|nights?|hours?) since i tried(?=\W*(?:[.!?,;\n]|$))"
            r"|hospital after what i (?:did|tried|took|done)"
        ),
        reason="You wrote about trying to end your life, not long ago.",
        examples=(
            "Tried on Sunday and it didn't work. Nobody knows.",
            "Three days since I tried. Discharge nurse gave me a pamphlet.",
            "Second day home from hospital after what I did.",
        ),
        near_misses=(
            "Tried the new recipe on Sunday and it didn't work.",
            "Three days since I tried the cold plunge and I'm hooked.",
        ),
    ),
    # Pulled back, or standing at the drop: "the lads pulled me back off the railing", "stood on
    # the edge for an hour until someone rang the guards".
    Rule(
        id="suicide.at_the_edge",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("pulled|dragged|talked|grabbed", "me"),
            *combos("stood|standing|sat|sitting|stand|stepped", "on|onto|over"),
        ),
        pattern=(
            r"(?:pulled|dragged|talked|grabbed) me (?:back )?(?:off|from|down from|away from) "
            r"(?:the|a) (?:railings?|ledge|edge|bridge|roof|tracks|platform edge|parapet|cliff)"
            r"|(?:stood|standing|sat|sitting|stand|stepped) (?:on|onto|over) the (?:edge|ledge|"
            r"railings?|parapet|wrong side of the (?:railings?|barrier|fence))"
        ),
        needs=(
            r"car ?park|multi-?storey|bridge|roof|cliff|overpass|flyover|guards|police|cops|999|"
            r"911|jump|wasn't messing|not messing|for an hour|for ages"
        ),
        benign=(
            r"fix\w*|gutters?|repair\w*|roofer|scaffold\w*|tiles|painting|clean\w*|"
            r"pool|bath|bed|sofa|couch|stage|kerb|curb|photo|selfie|view|climbing wall|"
            r"bouldering|abseil|path|sandwich\w*|picnic|sunset|sunrise|flask"
        ),
        reason="You wrote about trying to end your life, not long ago.",
        examples=(
            "The lads pulled me back off the railing on Friday. I wasn't messing.",
            "Went up the car park on Tuesday and stood on the edge for an hour until someone "
            "rang the guards.",
        ),
        near_misses=(
            "Sat on the edge of the pool with my feet in the water.",
            "Stood on the edge of the cliff for a selfie, the view was unreal.",
        ),
    ),
    # A drop or a hold checked: "the railings are low enough", "I know which beam would hold",
    # "I know which floor I'd go to".
    Rule(
        id="suicide.checked_the_drop",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("railings|railing|wall|barrier|fence|parapet", "are|is"),
            *combos("which", "beam|branch|rafter|hook|tree|bannister|banister|floor|bridge"),
        ),
        pattern=(
            r"(?:railings?|wall|barrier|fence|parapet) (?:are|is) (?:\w+ )?low enough"
            r"|which (?:beam|branch|rafter|hook|tree|bannister|banister) (?:\w+ ){0,4}?"
            r"(?:would|will|could) (?:hold(?=\W*(?:[.!?,;\n]|$)| me| my weight)|take my weight|"
            r"take the weight)"
            r"|which (?:floor|bridge) i'd (?:go (?:to|from|off)|use|jump from|pick)"
        ),
        benign=r"toddler|baby|kids? (?:could|might)|dog|puppy|health and safety|risk assessment",
        reason="You wrote about a way to end your life.",
        examples=(
            "Checked the bridge on Route 11 today. The railings are low enough.",
            "I know which beam in the barn would hold.",
            "Drove past the multi-storey three times tonight. I know which floor I'd go to.",
        ),
        near_misses=(
            "The garden wall is low enough for the dog to jump, need a fence.",
            "Which branch would hold the swing? The big oak, I reckon.",
        ),
    ),
    # Medicine held back or gathered quietly: "keeping my sertraline back instead of taking
    # it", "putting aside two of my oxy every day", "two boxes in two different shops so nobody
    # would ask", "swallowed what I'd saved up".
    Rule(
        id="suicide.held_back",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *PILL_ANCHORS,
            *words("swallow|stash"),
            *combos("for", "the", "end"),
        ),
        pattern=(
            r"(?:keeping|kept|putting|put|holding|held|setting|set) (?:my |the |some of my |"
            r"(?:two|one|a couple|a few|half) of my )?(?:\w+ )?{pills} (?:back|aside|by) "
            r"(?:instead of|rather than|every|each|and|in)"
            r"|(?:keeping|kept|putting|put|holding|held|setting|set) (?:back|aside) (?:\w+ ){0,4}?"
            r"{pills}"
            r"|bought (?:\w+ ){0,3}{pills} (?:\w+ ){0,3}(?:in|from|at) (?:two|three|four|"
            r"different|separate) (?:different )?(?:shops|chemists|pharmacies|stores)"
            r"|swallow(?:ed|ing)? (?:what|everything|all|the lot) (?:i'd|i had|i've|i have) "
            r"(?:been )?(?:saved|saving|stockpiled|kept|hoarded)"
            r"|swallow(?:ed|ing)? (?:everything|all|the lot|whatever) (?:in|from) (?:the|my) "
            r"(?:medicine )?(?:cabinet|cupboard|drawer|box)"
            r"|stash (?:\w+ ){0,6}?(?:for the end|for when i'm ready|for when i decide)"
            r"|(?:it's|its|they're|theyre) (?:not )?for (?:using|use),? (?:it's|its|they're) for "
            r"the end"
        ),
        reason="You wrote about gathering a way to end your life.",
        examples=(
            "Been keeping my sertraline back instead of taking it.",
            "I've been putting aside two of my oxy every day. Nearly forty now.",
            "Bought two boxes of paracetamol in two different shops so nobody would ask.",
            "Swallowed what I'd saved up on Friday night but threw most of it back up.",
            "I've been thinking about swallowing everything in the cabinet.",
        ),
        near_misses=(
            "Put my tablets by the kettle so I remember them in the morning.",
            "Bought paracetamol and plasters from the chemist.",
        ),
    ),
    # A plan, a day, a cover for the family: "wrote out a plan tonight. Date, place", "so they
    # won't be the ones to find me", "the insurance still pays out if it looks like an accident",
    # "the drugs that would do it".
    Rule(
        id="suicide.plan_made",
        kind="suicide",
        other_kind="concern_for_other",
        anchors=(
            *combos("wrote|written|writing|made|drew", "a|the|my", "plan"),
            *combos("wrote|written|writing|drew", "out|up", "a|the|my", "plan"),
            *combos("like", "an", "accident"),
            *combos("would|could|will", "do", "it"),
        ),
        pattern=(
            r"(?:wrote|written|writing|made|drew) (?:out |up )?(?:a|the|my) plan(?=\W*(?:[.!?,;\n]"
            r"|$)| tonight| today| last night)"
            r"|(?:insurance|life cover|policy) (?:\w+ ){0,5}(?:if|as long as) (?:it|i|this) "
            r"(?:looks?|seems?|is made to look) like an accident"
            r"|(?:drugs?|pills?|meds|tablets|doses?|ones?) that (?:would|could|will) do it"
        ),
        needs=(
            r"date|place|method|leave for|letter|note|find me|accident|doses?|drugs?|kids|"
            r"insurance|which one|which day|how"
        ),
        benign=r"revision|study|business|lesson|meal|workout|diet|training|budget|wedding",
        reason="You wrote about a plan to end your life.",
        examples=(
            "Wrote out a plan tonight. Date, place, what I'd leave for Aoife.",
            "Worked out the insurance still pays out if it looks like an accident.",
            "I handle the drugs that would do it every shift. I know the doses.",
        ),
        near_misses=(
            "Wrote out a plan for the week: meals, study, one walk a day.",
            "Made a plan tonight for the wedding, date and place sorted!",
        ),
    ),
    # Who will find the body: "so they won't be the ones to find me". Always the writer's
    # own plan, whoever else the sentence names.
    Rule(
        id="suicide.found_by",
        kind="suicide",
        anchors=(*combos("to|who", "find|finds", "me"),),
        pattern=r"(?:be|being) the (?:ones?|person|first|first ones?) (?:to|who) finds? me",
        negatable=False,  # "so they won't be the ones to find me" is the plan itself
        benign=r"hide and seek|hide-and-seek|game|lost|party|surprise",
        reason="You wrote about a plan to end your life.",
        examples=(
            "I've worked out which day, so they won't be the ones to find me.",
            "sat in the truck thinking about how to do it without the kids being the ones who "
            "find me.",
        ),
        near_misses=("In hide and seek Tom is always the first to find me.",),
    ),
)
