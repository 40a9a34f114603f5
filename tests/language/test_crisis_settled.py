"""Settled past and everyday lines read in the fifth round, and the plain crisis lines it adds.

Each calm line has a close neighbour that must still count: the revision may only quiet the
cases it names, and the new readings must not reach the everyday sentences beside them.
"""

from __future__ import annotations

import pytest

from selftrust.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        # "yrs", a decade, a stage of life told as past, steady since, glad to have stayed
        "my ex used to hit me. left 4 yrs ago, got the protection order. im safe now",
        "Had a rough patch in my forties and thought about ending things. Steady ever since.",
        "at 16 i overdosed. at 28 im a nurse.",
        "Back in the nineties I tried to end my life. Got help through the GP.",
        "worst of it was 2 yrs ago when i thought theyd be better off without me",
        # "barely think about it" is not thinking about it
        "I used to cut myself as a teenager. The scars have faded and I barely think about it.",
        # reading someone's work, remembering being young
        "Taking notes on how she wrote about wanting to die, for my lit module.",
        "I remember being 15 and wanting to die. I'd tell that girl it gets better.",
        # bruises that only look like it, a neck that is hyperbole, a doctor's warning
        "bruises all up my legs from netball, look like i got jumped lol",
        "mum said she'll break my neck if i'm late again lol",
        "the doctor said they would put me in hospital if the fever came back",
        # pills taken as prescribed, talked out of a purchase, a pet rehomed for a move
        "took the pills with breakfast, feel sick from the antibiotics",
        "my sister talked me down from quitting the job",
        "rehomed the cat before the move abroad, last thing on the list before packing",
        "it wouldn't be the worst thing if i didn't wake up early for once",
        "i can't wait to die my hair pink",
        "deleted myself from the group chat, too much drama",
        "picked the bridge for our wedding photos",
        "the physio was rough with me today but my shoulder feels better",
        "I could slap myself, I left the keys at home again",
    ],
)
def test_these_lines_stay_calm(text: str) -> None:
    assert not detect_crisis(text).crisis, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the live neighbours of the calm lines above
        ("my ex used to hit me. he found my new address last week", "harm_from_others"),
        ("Had a rough patch in my forties and I'm thinking about ending things again.", "suicide"),
        ("at 16 i overdosed and last night i did it again", "suicide"),
        ("I barely slept. I keep thinking about cutting myself.", "self_harm"),
        # plain crisis lines the rules now read
        ("I lie awake wanting to be dead.", "suicide"),
        ("cant wait to not exist", "suicide"),
        ("Wouldn't be the worst thing in the world if I didn't wake up tomorrow.", "suicide"),
        ("It'd be a mercy if I just didn't come round after the operation.", "suicide"),
        ("praying God takes me in my sleep, not even joking", "suicide"),
        ("took a handful of Mum's tablets on Saturday night", "suicide"),
        ("took the pills. scared now.", "suicide"),
        ("stood on the edge of the car park for an hour. a guard talked me down", "suicide"),
        ("rehomed my cat today so shes ok after. last thing on the list", "suicide"),
        ("drove into the divider on purpose last week", "suicide"),
        ("she said shes gonna jump", "concern_for_other"),
        ("husband said hell break my legs if i visit my sister again", "harm_from_others"),
        ("my housemate said he'll put me in hospital", "harm_from_others"),
        ("my mum threw the pot at me", "harm_from_others"),
        ("He had me up against the fridge again last night.", "harm_from_others"),
        ("dad said hes gonna stab her this time", "concern_for_other"),
        ("coworker came in with a black eye again", "concern_for_other"),
        ("saw cuts on my little sisters arm", "concern_for_other"),
        ("he says hell send my nudes to my parents if i dont come over", "harm_from_others"),
        ("I have to ask before I ring Mum now, he sits beside me on speaker.", "harm_from_others"),
        ("slapped myself in the face bc i kept messing up", "self_harm"),
        ("want to go to sleep and not respawn", "suicide"),
        ("picked the bridge. going saturday", "suicide"),
        ("The rope gave way on Wednesday. Maybe a sign.", "suicide"),
    ],
)
def test_these_lines_count(text: str, kind: str) -> None:
    result = detect_crisis(text)
    assert kind in {k.value for k in result.kinds}, (text, result.kinds)
