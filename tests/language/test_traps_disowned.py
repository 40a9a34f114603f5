"""A thought the writer has already answered stays quiet; the same thought unanswered does not."""

from __future__ import annotations

import pytest

from selftrust.language.traps import find_traps


@pytest.mark.parametrize(
    "text",
    [
        "I used to tell myself I ruin everything. That was the old script.",
        "I used to believe everyone was laughing at me. Most of them were just tired.",
        "When I was married I thought everything was my fault. It wasn't.",
        "I feel guilty for saying no, and guilt doesn't mean I did something wrong.",
        "Feeling scared doesn't mean something bad is coming.",
        "Caught myself thinking 'I'm useless' and swapped it for 'I'm tired'.",
        "I feel like a fraud some days, and I know that's a feeling, not a verdict.",
        "I'm tired because I've worked four nights, not because I'm weak.",
        "I thought I ruined everything I touched. I don't believe that any more.",
        "Some days I feel like a fraud, but my reviews say otherwise.",
        "I'm sleeping better than I was last winter.",
        "I'll never eat at that chip shop again, the chips were cold.",
    ],
)
def test_an_answered_or_outgrown_thought_stays_quiet(text: str) -> None:
    assert find_traps(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "I ruin everything.",
        "Everyone was laughing at me.",
        "Everything is my fault.",
        "I'm useless.",
        "I used to be fine, now I'm useless.",
        "The compliment doesn't mean anything, she's nice to everyone.",
        "She's so much better at this than me.",
        "I'll never find someone again.",
    ],
)
def test_the_same_thought_unanswered_still_counts(text: str) -> None:
    assert find_traps(text) != ()
