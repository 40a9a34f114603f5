"""The choice ideas: small, kind, and safe to store by id."""

from __future__ import annotations

import re

import pytest

from selftrust.content.choice_ideas import (
    CHOICE_IDEAS,
    CHOICE_IDEAS_INTRO,
    find_idea,
    get_idea,
    ideas_for_area,
)
from selftrust.domain.ledger import Area

BANNED = re.compile(r"fail|must|should|streak|broken|wrong", re.IGNORECASE)


def test_it_offers_between_12_and_20_ideas() -> None:
    assert 12 <= len(CHOICE_IDEAS) <= 20


def test_it_gives_every_idea_a_unique_url_safe_id() -> None:
    ids = [idea.id for idea in CHOICE_IDEAS]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", idea_id) for idea_id in ids)


def test_it_files_every_idea_under_a_real_area_and_covers_them_all() -> None:
    assert all(isinstance(idea.area, Area) for idea in CHOICE_IDEAS)
    assert {idea.area for idea in CHOICE_IDEAS} == set(Area)


@pytest.mark.parametrize("text", [CHOICE_IDEAS_INTRO, *(i.text for i in CHOICE_IDEAS)])
def test_it_uses_none_of_the_words_we_avoid(text: str) -> None:
    assert BANNED.search(text) is None


def test_it_keeps_each_idea_short_and_inviting() -> None:
    for idea in CHOICE_IDEAS:
        assert len(idea.text) <= 80, idea.id
        assert idea.text.endswith(".")
        assert idea.text[0].isupper()


def test_it_finds_ideas_by_id_and_by_area() -> None:
    assert get_idea("rest-when-tired").area is Area.REST
    assert find_idea("no-such-idea") is None
    with pytest.raises(KeyError):
        get_idea("no-such-idea")
    assert all(idea.area is Area.PACE for idea in ideas_for_area(Area.PACE))
    assert sum(len(ideas_for_area(area)) for area in Area) == len(CHOICE_IDEAS)
