"""Indirect crisis language added after the dev_c round: each family with a positive and a
near-miss, beyond the examples kept in the rules themselves."""

import pytest

from selftrust.language.crisis import detect_crisis


def kinds(text: str) -> set[str]:
    return {k.value for k in detect_crisis(text).kinds}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("gonna top meself one of these days", "suicide"),
        ("Might just do myself in and be done with the lot of it.", "suicide"),
        ("I don't think I'll be around for my next birthday.", "suicide"),
        ("the kids are little, they'd forget me soon enough", "suicide"),
        ("If the train doesn't stop in time, whatever.", "suicide"),
        ("Googled what dose of paracetamol is fatal, then cleared my history.", "suicide"),
        ("I have enough of my nan's morphine saved up now.", "suicide"),
        ("Shopping, laundry. I had another go at the rope but the beam snapped.", "suicide"),
        ("If you're reading this, tell Priya I love her and I'm sorry.", "suicide"),
        ("pills. tonight. decided.", "suicide"),
        ("Pressed the hot spoon onto my thigh on purpose until it blistered.", "self_harm"),
        ("Everyone thinks I've quit. I haven't, I just do it on my thighs now.", "self_harm"),
        ("sh streak reset to day 1. relapsed last night", "self_harm"),
        ("She chucked a mug at my face when I asked about the money.", "harm_from_others"),
        ("He tracks my location and takes my bank card so I can't leave.", "harm_from_others"),
        ("Got a text from an unknown number: 'I know where you sleep'.", "harm_from_others"),
        ("Found razors wrapped in tissue under my daughter's mattress.", "concern_for_other"),
        ("My sister's ex found out where she's staying.", "concern_for_other"),
    ],
)
def test_it_notices_indirect_wordings_of_each_family(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "i finished a whole book today and felt proud of myself",
        "Topped up my phone credit and my Oyster card this morning.",
        "I won't be around for Christmas this year, we're going to Goa.",
        "Not sticking around for the speeches, I'm knackered.",
        "Pizza. Tonight. Decided.",
        "Haven't eaten since noon on purpose, saving room for the wedding buffet.",
        "Burned the garlic on purpose, it's how Nonna made it.",
        "Rehomed the kittens to a family who'll be around all day, they work from home.",
        "Got jumped on by the neighbour's labrador, muddy paws everywhere.",
        "'I'll kill you if you spoil the finale' - my sister, every week.",
        "Duolingo streak back to 0, my owl is furious.",
        "He has never hit me or threatened me; he just sulks.",
        "It's been seven years since I last burned myself. The urge doesn't visit anymore.",
    ],
)
def test_it_stays_calm_on_the_near_misses_of_those_families(text: str) -> None:
    assert not detect_crisis(text).crisis, text
