"""The seventh and eighth rounds: settled past and topics they read, and the plain crisis
lines they add.

As in the earlier rounds, each calm line has a neighbour that must still count, so the
revision only quiets the cases it names.
"""

from __future__ import annotations

import pytest

from selftrust.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        # "ago tonight", a diary from a named year, "years sober", a quiet urge, a survival
        "Ten years ago tonight I tried to end my life. Today I taught my granddaughter to ride.",
        "Reading my 2015 diary, all those entries about wanting to die. I barely recognise her.",
        "Back in 2016 I was saving up tablets. So glad I told my GP. I want to be here.",
        "The urge to cut has been quiet for ages and it's quiet tonight too. Proud of that.",
        "Used to burn myself in my twenties. I'm forty-four and the last time was before Cara.",
        # a school evening, a patient on the ward
        "Parent info night at school on cyberbullying and self-harm. Took notes for the fridge.",
        "A patient on one-to-one obs for suicide risk today. The paperwork took ages.",
        # everyday neighbours of the new rules
        "Sat on the edge of the cliff path eating sandwiches and watching the sunset.",
        "This is the last thing I'll write tonight, off to bed.",
        "Dad will take me home tonight after the gig.",
        "The cat left a dead bird on the step again, lovely.",
        "Woke up in hospital after my appendix came out.",
        # eighth round: gone since a year, a journal from a year, sober this month, a group
        "My first husband beat me for nine years. He's been gone since 2009 and I sleep fine now.",
        "Found my old journal from 2012, all about wanting to die. I want to hug that girl.",
        "Twelve years sober this month, and twelve years since the overdose. I tell my story now.",
        "Our church is starting a support group for families who've lost someone to suicide.",
        "The sleep-forever fantasy I had at 16 is gone. I'm 34 and I love mornings now.",
        "After that shift I could sleep forever.",
        "Visitors are not allowed to see my mum after 8pm on the ward.",
    ],
)
def test_calm_lines_stay_calm(text: str) -> None:
    assert not detect_crisis(text).crisis, detect_crisis(text).matches


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the same forms, live
        ("The urge to cut has been quiet for weeks but tonight it's back.", "self_harm"),
        ("Ten years clean and I tried to end my life again last night.", "suicide"),
        ("Tried on Sunday and it didn't work. Nobody knows.", "suicide"),
        ("Took the whole bottle Tuesday. Woke up in ICU.", "suicide"),
        ("I know which beam in the barn would hold.", "suicide"),
        ("Letter for the kids is written. Sealed it and put it in with the will.", "suicide"),
        ("Ex sent a photo of my car outside work with 'see you soon'.", "harm_from_others"),
        ("When he drinks he hits. Last night it was my face.", "harm_from_others"),
        ("Liam posted 'see you on the other side' and deleted it. No answer.", "concern_for_other"),
        ("Relapsed with the razor, not the drink.", "self_harm"),
        ("He's been gone since 2009, but last night he hit me again.", "harm_from_others"),
        ("He put his hands on me again last night.", "harm_from_others"),
        ("Bought charcoal today and it's not for a braai.", "suicide"),
        ("Sometimes I pray not to wake up.", "suicide"),
        ("My wee brother posted 'nobody will miss me' and now he's offline.", "concern_for_other"),
        ("Relapsed after 200 days clean from cutting.", "self_harm"),
        # "he made it" after an attempt is not a settled past
        ("My brother tried to end his life. He made it, he's in hospital.", "concern_for_other"),
        # a year this recent, or not recognising oneself, does not settle anything
        ("Started my 2026 journal with: I want to die.", "suicide"),
        ("I don't recognise the person I've become. I cut myself.", "self_harm"),
        # everyday words nearby (a match, a bike, a walk, cleaning) never quiet a live line
        ("He put his hands on me again after the match.", "harm_from_others"),
        ("When he drinks he hits, and he drank all through the match.", "harm_from_others"),
        (
            "There's a bruise on her arm she won't explain, something about her bike.",
            "concern_for_other",
        ),
        ("The lads pulled me back off the railing on the walk home. I wasn't messing.", "suicide"),
        ("Got the gun out and sat with it after cleaning the kitchen. Tonight again.", "suicide"),
    ],
)
def test_crisis_lines_count(text: str, kind: str) -> None:
    kinds = [k.value for k in detect_crisis(text).kinds]
    assert kind in kinds, (text, kinds)
