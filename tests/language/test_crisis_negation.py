"""Negation, screening answers and settled past, as revised in the fourth round.

Each calm line has a close neighbour that must still count: the revision may only quiet the
cases it names.
"""

from __future__ import annotations

import pytest

from selftrust.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        # "zero", "not having", "not wanting", "no plan or wish to"
        "Rough week, but zero thoughts of hurting myself.",
        "I'm not having any thoughts of ending my life, just grief.",
        "Definitely not wanting to harm myself, only very tired.",
        "Tired, yes, but no plan or wish to hurt myself.",
        "i don't want to hurt myself tonight or any night",
        # answers after the phrase: a list of screening answers, a rating, "didn't show up"
        "Check-in: suicidal thoughts? No. Sleep? Patchy.",
        "Self-harm, no. Thoughts of suicide, no. Appetite, low.",
        "Urges to hurt myself? None today.",
        "After the row I waited for the urge to hurt myself and it never came.",
        # a screening question answered no, also two sentences on or as "I'm not."
        "The nurse asked if I'd had thoughts of ending my life. My answer: no.",
        "Everyone asks if I'm suicidal now. I'm not. I'm furious.",
        "The GP asked the question about being better off dead and I answered not at all.",
        "My doctor asked whether anyone at home hurts me. No. We are fine.",
        # harm from others, plainly negated
        "My husband has never threatened me; we just bicker about bins.",
        "Nobody is threatening me, the letter is just from the council.",
        "We shouted at each other but I'm not afraid of him.",
        "Another budget meeting. Just bury me.",
        # settled past
        "Twelve years today since my attempt, and I spent it at the beach.",
        "Six years ago today I tried to end my life; now I bake a cake for it.",
        "Booked a tattoo today to mark ten years since my attempt.",
        "Five years self-harm free as of today.",
        "He hit me once, years back. I left and I've been safe since.",
        "My son self-harmed at fifteen. He's 25 now and teaching.",
        "I used to think they'd be better off without me. I don't think that anymore.",
        "Wanting to die that spring feels like someone else's life now.",
        "Years ago I sold my things because I didn't plan to be around. Now I'm buying a sofa.",
        "In PSHE we talked about self-harm and how to help a friend.",
    ],
)
def test_these_stay_calm(text: str) -> None:
    assert not detect_crisis(text).crisis, detect_crisis(text).matches


@pytest.mark.parametrize(
    "text",
    [
        "Some days I have thoughts of hurting myself.",
        "I'm not going to hurt myself tonight.",
        "Suicidal thoughts? Yes, most nights.",
        "Do I want to die? No one would even notice if I did.",
        "Urges to hurt myself: 7/10.",
        "The nurse asked if I'd had thoughts of ending my life. I said no, but I have.",
        "My doctor asked whether anyone at home hurts me. I said yes.",
        "He asked if I was going to tell anyone and said he'd kill me if I did. I said no.",
        "He asked if anyone saw him hit me. I said no.",
        "Mum asked if I wanted to die and I said no but I lied.",
        "The nurse asked if I'd had thoughts of suicide. I said no, which wasn't true.",
        "He's never threatened me before tonight.",
        "I'm not scared of him, I'm terrified he'll kill me.",
        "Twelve years since my attempt and the urges are back.",
        "Ten years ago I tried to end my life and today I want to again.",
        "I cut myself today.",
    ],
)
def test_these_still_count(text: str) -> None:
    assert detect_crisis(text).crisis
