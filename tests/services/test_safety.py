from __future__ import annotations

import pytest

from selftrust.domain.profile import Profile
from selftrust.services import grounding, help, notes
from selftrust.services import safety_plan as plans
from selftrust.services.errors import InputInvalid, NotFound
from selftrust.services.runtime import Runtime

CRISIS = "I keep thinking everyone would be better off without me"


def test_crisis_text_is_saved_as_written_and_offers_the_card(rt: Runtime, dana: Profile) -> None:
    saved = notes.add_note(rt, dana, CRISIS)
    assert notes.get_note(rt, dana, saved.record.id).text == CRISIS
    assert saved.safety.crisis
    assert saved.safety.show_card
    assert "suicide" in [k.value for k in saved.safety.kinds]


def test_the_card_is_not_shown_twice_in_a_row_for_the_same_text(rt: Runtime, dana: Profile) -> None:
    assert notes.add_note(rt, dana, CRISIS).safety.show_card
    again = notes.add_note(rt, dana, CRISIS)
    assert again.safety.crisis
    assert not again.safety.show_card
    notes.add_note(rt, dana, "a calm walk")
    assert notes.add_note(rt, dana, CRISIS).safety.show_card


def test_everyday_idioms_do_not_offer_the_card(rt: Runtime, dana: Profile) -> None:
    saved = notes.add_note(rt, dana, "This deadline is killing me, but I killed it today.")
    assert not saved.safety.crisis
    assert not saved.safety.show_card


def test_the_card_lists_the_chosen_regions_services_and_own_contacts(
    rt: Runtime, dana: Profile
) -> None:
    help.choose_region(rt, dana, "gb")
    help.add_contact(rt, dana, "Sam", "07700 900123", "my sister")
    saved = notes.add_note(rt, dana, CRISIS)
    card = help.crisis_card(rt, dana, saved.safety)
    assert card is not None
    assert card.region.country == "GB"
    assert any("Samaritans" in s.name for s in card.services)
    assert [p.name for p in card.own_people] == ["Sam"]
    assert "999" in card.emergency_line or "112" in card.emergency_line


def test_the_region_is_guessed_from_the_locale_until_one_is_chosen(
    rt: Runtime, dana: Profile
) -> None:
    assert help.region_of(rt, dana, locale="en_AU.UTF-8").country == "AU"
    assert help.region_of(rt, dana, locale=None).country == "INT"
    help.choose_region(rt, dana, "DE")
    assert help.region_of(rt, dana, locale="en_AU.UTF-8").country == "DE"
    with pytest.raises(InputInvalid):
        help.choose_region(rt, dana, "Atlantis")


def test_harm_from_others_puts_the_abuse_service_first(rt: Runtime, dana: Profile) -> None:
    help.choose_region(rt, dana, "US")
    saved = notes.add_note(rt, dana, "He said he would kill me if I ever left him")
    card = help.crisis_card(rt, dana, saved.safety)
    assert card is not None
    assert "Domestic Violence" in card.services[0].name


def test_contacts_are_checked_and_belong_to_one_person(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    with pytest.raises(InputInvalid):
        help.add_contact(rt, dana, "", "123")
    with pytest.raises(InputInvalid):
        help.add_contact(rt, dana, "Alex", "call me maybe")
    contact = help.add_contact(rt, dana, "Alex", "+44 (0)20 7946 0000")
    with pytest.raises(NotFound):
        help.remove_contact(rt, robin, contact.id)
    assert help.own_contacts(rt, robin) == []
    help.remove_contact(rt, dana, contact.id)
    assert help.own_contacts(rt, dana) == []


def test_the_safety_plan_keeps_each_part_in_order(rt: Runtime, dana: Profile) -> None:
    plans.save_plan(rt, dana, {"warning_signs": ["Not sleeping", "Going quiet"]})
    plans.save_plan(rt, dana, {"on_my_own": ["Walk the dog"]})
    plan = plans.get_plan(rt, dana)
    assert plan["warning_signs"] == ["Not sleeping", "Going quiet"]
    assert plan["on_my_own"] == ["Walk the dog"]
    assert plan["reasons"] == []


def test_an_invalid_plan_changes_nothing(rt: Runtime, dana: Profile) -> None:
    plans.save_plan(rt, dana, {"warning_signs": ["keep"]})
    with pytest.raises(InputInvalid):
        plans.save_plan(rt, dana, {"warning_signs": ["new"], "nonsense": ["x"]})
    with pytest.raises(InputInvalid):
        plans.save_plan(rt, dana, {"warning_signs": ["ok", "   "]})
    assert plans.get_plan(rt, dana)["warning_signs"] == ["keep"]


def test_crisis_words_in_the_safety_plan_are_kept_and_noticed(rt: Runtime, dana: Profile) -> None:
    saved = plans.save_plan(rt, dana, {"warning_signs": ["When I start saving up pills"]})
    assert saved.safety.crisis
    assert saved.record["warning_signs"] == ["When I start saving up pills"]


def test_grounding_numbers_are_checked_and_saved_only_when_asked(
    rt: Runtime, dana: Profile
) -> None:
    assert grounding.sessions(rt, dana) == []
    grounding.record_session(rt, dana, "five_senses", 7, 4)
    grounding.record_session(rt, dana, "orienting", None, None)
    assert [
        (s.practice, s.distress_before, s.distress_after) for s in grounding.sessions(rt, dana)
    ] == [
        ("five_senses", 7, 4),
        ("orienting", None, None),
    ]
    for before in (11, -1, True, "5"):
        with pytest.raises(InputInvalid):
            grounding.record_session(rt, dana, "five_senses", before, None)
    with pytest.raises(InputInvalid):
        grounding.record_session(rt, dana, "juggling", 1, 1)
    assert len(grounding.sessions(rt, dana)) == 2
