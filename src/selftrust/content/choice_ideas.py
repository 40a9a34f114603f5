"""Small, low-risk choice ideas for the ledger, in our own words.

They are offers, never tasks: a person can pick one, change it, or ignore the list. Ids are
stable (stored with a choice when someone starts from an idea), so reword text freely but never
reuse or rename an id.
"""

from __future__ import annotations

from dataclasses import dataclass

from selftrust.domain.ledger import Area


@dataclass(frozen=True, slots=True)
class ChoiceIdea:
    """One small choice a person could try, with the area it belongs to."""

    id: str
    area: Area
    text: str


CHOICE_IDEAS_INTRO = (
    "Here are some small ideas, if you would like somewhere to start. "
    "A choice of your own counts just as much."
)

CHOICE_IDEAS: tuple[ChoiceIdea, ...] = (
    ChoiceIdea("rest-when-tired", Area.REST, "You could rest when you notice you are tired."),
    ChoiceIdea(
        "bed-when-body-asks", Area.REST, "You could go to bed when your body asks, not the clock."
    ),
    ChoiceIdea(
        "five-minute-pause", Area.REST, "You could take a five-minute pause when you want one."
    ),
    ChoiceIdea(
        "no-without-reasons",
        Area.BOUNDARIES,
        "You could say no to something small without explaining.",
    ),
    ChoiceIdea(
        "pause-before-yes",
        Area.BOUNDARIES,
        "You could pause before saying yes and check what you want.",
    ),
    ChoiceIdea(
        "break-from-a-talk",
        Area.BOUNDARIES,
        "You could step out of a conversation for a moment when you need to.",
    ),
    ChoiceIdea(
        "leave-when-ready", Area.BOUNDARIES, "You could leave a get-together when you feel ready."
    ),
    ChoiceIdea(
        "notice-what-calms", Area.COMFORT, "You could notice one thing that helps you feel calmer."
    ),
    ChoiceIdea("wear-comfortable", Area.COMFORT, "You could wear what feels comfortable today."),
    ChoiceIdea(
        "change-your-space",
        Area.COMFORT,
        "You could change the light, the sound or the warmth around you.",
    ),
    ChoiceIdea("own-pace", Area.PACE, "You could go at your own pace, even if others go faster."),
    ChoiceIdea(
        "reply-in-your-time", Area.PACE, "You could take your time before you answer a message."
    ),
    ChoiceIdea("one-thing-at-a-time", Area.PACE, "You could do one thing at a time for a while."),
    ChoiceIdea(
        "eat-what-you-like", Area.PREFERENCE, "You could choose what you would like to eat."
    ),
    ChoiceIdea("pick-the-music", Area.PREFERENCE, "You could pick the music you want to hear."),
    ChoiceIdea(
        "order-on-your-own",
        Area.PREFERENCE,
        "You could order without checking what others are having.",
    ),
    ChoiceIdea("choose-what-to-watch", Area.PREFERENCE, "You could choose what to watch tonight."),
    ChoiceIdea(
        "a-different-way-home",
        Area.OTHER,
        "You could follow a small pull, like a different way home.",
    ),
)


def ideas_for_area(area: Area) -> tuple[ChoiceIdea, ...]:
    """Return the ideas in one area, in the order they are listed."""
    return tuple(idea for idea in CHOICE_IDEAS if idea.area is area)


def find_idea(idea_id: str) -> ChoiceIdea | None:
    """Return the idea with this id, or None when there is none."""
    return next((idea for idea in CHOICE_IDEAS if idea.id == idea_id), None)


def get_idea(idea_id: str) -> ChoiceIdea:
    """Return the idea with this id; raise KeyError when there is none."""
    idea = find_idea(idea_id)
    if idea is None:
        raise KeyError(idea_id)
    return idea
