from __future__ import annotations

import pytest

from selftrust.content.choice_ideas import CHOICE_IDEAS
from selftrust.domain.ledger import Area
from selftrust.domain.profile import Profile
from selftrust.services import choice_ideas as ideas
from selftrust.services.errors import InputInvalid, NotFound
from selftrust.services.runtime import Runtime

FIRST = CHOICE_IDEAS[0].id


def _shown(rt: Runtime, profile: Profile) -> list[str]:
    return [idea.key for idea in ideas.list_ideas(rt, profile) if not idea.hidden]


def test_everyone_starts_with_the_ideas_that_come_with_the_app(rt: Runtime, dana: Profile) -> None:
    listed = ideas.list_ideas(rt, dana)
    assert [i.key for i in listed] == [i.id for i in CHOICE_IDEAS]
    assert not any(i.hidden or i.own or i.edited for i in listed)


def test_a_built_in_idea_can_be_hidden_and_shown_again(rt: Runtime, dana: Profile) -> None:
    assert ideas.hide_idea(rt, dana, FIRST).hidden is True
    assert FIRST not in _shown(rt, dana)
    assert ideas.show_idea(rt, dana, FIRST).hidden is False
    assert _shown(rt, dana)[0] == FIRST


def test_a_built_in_idea_can_be_put_in_my_own_words_and_restored(
    rt: Runtime, dana: Profile
) -> None:
    edited = ideas.edit_idea(rt, dana, FIRST, "Lie down for ten minutes 🛋️").record
    assert edited.text == "Lie down for ten minutes 🛋️"
    assert edited.edited is True
    hidden = ideas.hide_idea(rt, dana, FIRST)
    assert hidden.text == "Lie down for ten minutes 🛋️"
    restored = ideas.restore_idea(rt, dana, FIRST)
    assert restored.text == CHOICE_IDEAS[0].text
    assert (restored.hidden, restored.edited) == (False, False)


def test_my_own_ideas_are_added_edited_hidden_and_removed(rt: Runtime, dana: Profile) -> None:
    saved = ideas.add_idea(rt, dana, "Leave the dishes for tomorrow", "rest")
    mine = saved.record
    assert (mine.own, mine.area, mine.key) == (True, Area.REST, mine.key)
    assert ideas.list_ideas(rt, dana)[-1] == mine
    assert ideas.edit_idea(rt, dana, mine.key, "Leave the dishes").record.text == "Leave the dishes"
    assert ideas.hide_idea(rt, dana, mine.key).hidden is True
    assert ideas.restore_idea(rt, dana, mine.key).hidden is False
    ideas.remove_idea(rt, dana, mine.key)
    assert all(not i.own for i in ideas.list_ideas(rt, dana))


def test_built_in_ideas_cannot_be_removed_only_hidden(rt: Runtime, dana: Profile) -> None:
    with pytest.raises(InputInvalid, match="hidden, not removed"):
        ideas.remove_idea(rt, dana, FIRST)


@pytest.mark.parametrize("text", ["   ", "x" * (ideas.IDEA_MAX_CHARS + 1), 5])
def test_an_idea_needs_some_words_and_nothing_is_stored_otherwise(
    rt: Runtime, dana: Profile, text: object
) -> None:
    with pytest.raises(InputInvalid):
        ideas.add_idea(rt, dana, text)
    with pytest.raises(InputInvalid):
        ideas.edit_idea(rt, dana, FIRST, text)
    assert ideas.list_ideas(rt, dana)[0].edited is False
    assert all(not i.own for i in ideas.list_ideas(rt, dana))


def test_crisis_words_in_an_idea_are_saved_and_flagged(rt: Runtime, dana: Profile) -> None:
    saved = ideas.add_idea(rt, dana, "I want to end my life")
    assert saved.safety.crisis is True
    assert ideas.list_ideas(rt, dana)[-1].text == "I want to end my life"


@pytest.mark.parametrize("key", ["nope", "mine-0", "mine-x", "mine-99999999999", "", None, 3])
def test_an_unknown_idea_is_not_found(rt: Runtime, dana: Profile, key: object) -> None:
    with pytest.raises(NotFound):
        ideas.hide_idea(rt, dana, key)


def test_someone_elses_idea_is_not_found(rt: Runtime, dana: Profile, robin: Profile) -> None:
    robins = ideas.add_idea(rt, robin, "Robin's idea").record
    for action in (ideas.hide_idea, ideas.show_idea, ideas.restore_idea, ideas.remove_idea):
        with pytest.raises(NotFound):
            action(rt, dana, robins.key)
    with pytest.raises(NotFound):
        ideas.edit_idea(rt, dana, robins.key, "mine now")
    ideas.hide_idea(rt, dana, FIRST)
    assert ideas.list_ideas(rt, robin)[0].hidden is False
    assert ideas.list_ideas(rt, robin)[-1].text == "Robin's idea"
