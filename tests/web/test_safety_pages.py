from __future__ import annotations

from typing import Any

import pytest

from selftrust.content.crisis_resources import REGIONS
from selftrust.domain.profile import Profile
from selftrust.services import grounding, help, notes
from selftrust.services import safety_plan as plans
from selftrust.services.runtime import Runtime

CRISIS = "honestly i dont want to wake up tomorrow"


def test_help_now_shows_services_for_the_browsers_region(client: Any) -> None:
    page = client.get("/help", headers={"Accept-Language": "en-GB,en;q=0.8"})
    assert page.status_code == 200
    assert "Samaritans" in page.text
    assert 'href="tel:116123"' in page.text
    assert "can't erase your browser history" in page.text.replace("&#39;", "'")


def test_help_now_region_can_be_chosen_and_is_remembered(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    client.post("/help/region", data={"region": "AU"})
    assert help.region_of(rt, dana).country == "AU"
    assert "Lifeline" in client.get("/help").text
    assert "Tele-MANAS" in client.get("/help?region=IN").text


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_every_region_has_a_help_page(client: Any, code: str) -> None:
    page = client.get(f"/help?region={code}")
    assert page.status_code == 200
    assert REGIONS[code].name in page.text


def test_own_contacts_are_added_on_top_and_kept_on_errors(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    bad = client.post("/help/contacts", data={"name": "Alex", "phone": "not a number"})
    assert bad.status_code == 422
    assert 'value="Alex"' in bad.text
    assert help.own_contacts(rt, dana) == []
    client.post("/help/contacts", data={"name": "Alex", "phone": "555 0100", "note": ""})
    page = client.get("/help").text
    assert page.index("Alex") < page.index("Reach someone now")


def test_a_crisis_note_is_saved_and_the_card_appears_with_htmx(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    help.choose_region(rt, dana, "CA")
    response = client.post("/notes", data={"text": CRISIS}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert 'id="care-card"' in response.text
    assert "988" in response.text
    assert notes.list_notes(rt, dana)[0].text == CRISIS


def test_a_crisis_note_from_a_plain_form_shows_the_card_after_the_redirect(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/notes", data={"text": CRISIS}, follow_redirects=False)
    assert "care=1" in response.headers["location"]
    page = client.get(response.headers["location"])
    assert 'id="care-card"' in page.text
    assert 'data-dismiss="care-card"' in page.text


def test_the_card_is_not_shown_again_for_the_same_text(client: Any) -> None:
    client.post("/notes", data={"text": CRISIS}, headers={"HX-Request": "true"})
    again = client.post("/notes", data={"text": CRISIS}, headers={"HX-Request": "true"})
    assert 'id="care-card"' not in again.text


def test_an_ordinary_note_shows_no_card(client: Any) -> None:
    response = client.post(
        "/notes", data={"text": "my phone died lol"}, headers={"HX-Request": "true"}
    )
    assert 'id="care-card"' not in response.text


def test_grounding_works_as_plain_forms_and_saves_numbers_only_when_asked(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    assert "5-4-3-2-1" in client.get("/ground").text
    page = client.get("/ground/paced_breathing")
    assert "pacer" in page.text
    done = client.post("/ground/five_senses", data={"before": "7", "after": "4"})
    assert "eased" in done.text
    assert grounding.sessions(rt, dana) == []
    client.post("/ground/five_senses", data={"before": "7", "after": "4", "save": "yes"})
    assert [(s.distress_before, s.distress_after) for s in grounding.sessions(rt, dana)] == [(7, 4)]
    assert client.get("/ground/juggling").status_code == 422


def test_the_safety_plan_is_edited_shown_and_printable(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    assert "Nothing here yet" in client.get("/safety-plan").text
    form = client.get("/safety-plan/edit").text
    assert 'name="warning_signs"' in form
    client.post(
        "/safety-plan", data={"warning_signs": "Not sleeping\n\nGoing quiet", "reasons": "My cat"}
    )
    assert plans.get_plan(rt, dana)["warning_signs"] == ["Not sleeping", "Going quiet"]
    page = client.get("/safety-plan").text
    assert "Going quiet" in page
    assert "data-print" in page


def test_a_safety_plan_line_that_is_too_long_keeps_every_draft(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/safety-plan", data={"warning_signs": "x" * 1001, "on_my_own": "Walk"})
    assert response.status_code == 422
    assert "Walk" in response.text
    assert plans.get_plan(rt, dana)["on_my_own"] == []
