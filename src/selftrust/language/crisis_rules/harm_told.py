"""Harm from others and worry for someone else, told in few words: intimate images held over
the writer, an address posted, "sort you out", permission needed to ring family, roughness
when nobody is about; and for someone else, blades gone from a razor, a gun sat with, "take
care of Mum for me" and a phone switched off."""

from selftrust.language.crisis_rules.shared import Rule, combos, words

RULES: tuple[Rule, ...] = (
    # Intimate images held over the writer: "says he'll send my nudes to my parents if I don't".
    Rule(
        id="harm.images",
        kind="harm_from_others",
        negatable=False,
        anchors=combos(
            "send|sends|post|posts|share|shares|leak|leaks|show|shows|sending|posting|sharing|"
            "leaking|showing",
            "my|the|our",
        ),
        pattern=(
            r"(?:send|sends|sending|post|posts|posting|share|shares|sharing|leak|leaks|leaking|"
            r"show|shows|showing) (?:my|the|our) (?:\w+ )?(?:nudes|naked (?:pics|photos|pictures)|"
            r"intimate (?:pics|photos|pictures|videos?)|sex tape|private (?:pics|photos|pictures|"
            r"videos?))"
        ),
        needs=r"if i|unless|or else|threat\w*|says he'll|says she'll|said he'd|said she'd|won't",
        reason="You wrote that someone is threatening you.",
        examples=("the guy im seeing says hell send my nudes to my parents if i dont come over",),
        near_misses=("I'll send the private photos album to Gran, she asked for it",),
    ),
    # An ex posting the writer's address, or promising to "sort me out" if they speak up.
    Rule(
        id="harm.exposed",
        kind="harm_from_others",
        negatable=False,
        anchors=(
            *combos("posted|posting|shared|put", "my"),
            *combos("sort", "me|you|u"),
        ),
        pattern=(
            r"(?:posted|posting|shared|put) my (?:home )?(?:address|location|postcode)"
            r"|sort (?:me|you|u) out(?= (?:if|when|for)|\W*(?:[.!?\n]|$))"
        ),
        needs=(
            r"\bex\b|see (?:you|u) soon|story|threat\w*|scared|afraid|report\w*|tell anyone|"
            r"if i tell|police|key to my|stalk\w*|watching"
        ),
        benign=r"gp|doctor|nurse|physio|council|plumber|mechanic|electrician|accountant|"
        r"delivery|parcel|amazon|form|application",
        reason="You wrote that someone is threatening you.",
        examples=(
            "my ex posted my address on his story with 'see u soon'",
            "landlord says hell 'sort me out' if i report him and he has a key to my room",
        ),
        near_misses=("the GP says she'll sort me out if I report back next week",),
    ),
    # Control: "I have to ask before I ring Mum", "won't let me out the door", rough handling.
    Rule(
        id="harm.permission",
        kind="harm_from_others",
        negatable=False,
        anchors=(
            *combos("ask|asking", "before|him|her|them|permission|if"),
            *combos("let|lets", "me|us"),
            *combos("rough", "with"),
            *words("bruises$"),
        ),
        pattern=(
            r"(?:i have to|i've got to|i must|have to|i need to) ask (?:him |her |them )?"
            r"(?:permission )?(?:before|if) (?:i|i'm allowed to|i can) (?:ring|call|phone|see|"
            r"visit|go out|leave|spend|text|drive)"
            r"|(?:won't|wont|doesn't|doesnt|didn't|didnt|wouldn't|wouldnt|never) let (?:me|us) "
            r"(?:out (?:of )?the (?:door|house)|have (?:the car keys|my own money|"
            r"my phone|my bank card|any money)|ring|call|phone)"
            r"|(?:let|lets) me out the door"
            r"|(?:is|was|gets|got) rough with me"
            r"|bruises (?:\w+ ){0,3}?(?:from )?where (?:he|she|they) (?:held|grabbed|gripped|"
            r"squeezed|pinned|kicked|hit|punched)"
        ),
        needs=(
            r"he|she|him|her|his|partner|husband|wife|boyfriend|girlfriend|bf|gf|carer|fella|"
            r"speaker|nobody's about|frightened|scared|afraid"
        ),
        benign=r"toddler|baby|kids?|puppy|dog|physio|massage|rugby|wrestl\w*|game|match|"
        r"training|teacher|school|curfew|grounded|homework|tidy|clean my room",
        reason="You wrote that someone controls or hurts you.",
        examples=(
            "I have to ask before I ring Mum now, and he sits beside me with it on speaker.",
            "I had to change twice before he'd let me out the door.",
            "The carer who comes in the mornings is rough with me when nobody's about.",
            "the bruises from where he held my arms are going yellow. told work i fell",
        ),
        near_misses=(
            "I have to ask before I ring the school, the teacher said",
            "the physio was rough with me today but my shoulder feels better",
        ),
    ),
    # Blades gone from a razor, or a gun sat with, in someone else's life.
    Rule(
        id="concern.means_missing",
        kind="concern_for_other",
        anchors=(*words("blades$|blade$|rifle|gun$|shotgun|pistol"),),
        pattern=(
            r"blades? (?:are |is |were |was |have |has )?(?:gone )?(?:missing|gone|taken) "
            r"(?:from|out of) (?:my|the|her|his|our) (?:\w+ )?(?:razor|sharpener|pencil sharpener|"
            r"craft knife)"
            r"|(?:sitting|sat|sits) (?:out )?(?:in|on) (?:the|his|her) (?:\w+ )?(?:ute|truck|car|"
            r"shed|barn|garage|porch) with (?:the|a|his|her) (?:rifle|gun|shotgun|pistol)"
        ),
        reason="You wrote that someone you know may be in danger.",
        examples=(
            "Found blood on my daughter's towels again, and the blades are missing from my razor.",
            "his missus told me he's been sitting out in the ute with the rifle.",
        ),
        near_misses=("the blades are missing from the lawnmower, need to order new ones",),
    ),
    # A last request and silence: "sent me 'take care of Mama for me' and turned her phone off".
    Rule(
        id="concern.last_request",
        kind="concern_for_other",
        anchors=(*combos("care", "of"), *combos("can", "have"), *words("needing")),
        pattern=(
            r"take care of (?:\w+ ){1,2}for me"
            r"|(?:you|u) can have (?:all )?my \w+"
            r"|(?:won't|wont|will not) be needing (?:\w+ ){0,4}?(?:soon|much longer|where "
            r"(?:i'm|im|"
            r"he's|hes|she's|shes) going|anymore|any more)"
        ),
        needs=(
            r"(?:turned|switched) (?:her|his|their|my) phone off|(?:won't|wont|not|isn't|isnt) "
            r"(?:reply|replying|answer|answering|picking up)|now (?:she|he) (?:won't|wont)|"
            r"goodbye|if (?:i'm|im) not|when i'm gone|worried|gave me|giving away|online"
        ),
        benign=r"holiday|trip|while i'm away|while im away|weekend|hospital stay|festival|"
        r"moving|new phone|upgrade",
        reason="You wrote that someone you know may be saying goodbye.",
        examples=(
            "ate sent me 'take care of mama for me' and turned her phone off",
            "my best friend texted 'if im not online tmrw u can have my skins' and now she wont "
            "reply",
            "Old Tom gave me his wife's sewing machine and said he won't be needing much of "
            "anything soon. I'm worried about him.",
        ),
        near_misses=("she said take care of the cat for me while she's on holiday",),
    ),
)
