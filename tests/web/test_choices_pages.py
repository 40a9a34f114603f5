from __future__ import annotations

import re
from typing import Any

import pytest

from selftrust.domain.ledger import FeltRight
from selftrust.domain.profile import Profile
from selftrust.services import choice_ideas, choices
from selftrust.services.runtime import Runtime
from tests.conftest import FixedClock

HTMX = {"HX-Request": "true"}
FORM = {
    "text": "Rested when tired 🌙",
    "gut_text": "Heavy eyes",
    "gut": "followed",
    "confidence": "70",
    "reassurance": "none",
    "area": "rest",
}


def _add(rt: Runtime, profile: Profile, text: str = "Took the long way") -> int:
    return choices.add_choice(rt, profile, text, gut="followed", confidence=60).record.id


def test_the_choices_page_invites_a_first_choice(client: Any) -> None:
    page = client.get("/choices")
    assert page.status_code == 200
    assert "No choices yet" in page.text
    assert 'href="/evidence"' in page.text
    assert "<legend>Did you go with your gut?</legend>" in page.text
    assert 'type="number" id="confidence" name="confidence" min="0" max="100"' in page.text
    assert "You could rest when you notice you are tired." in page.text


def test_a_choice_posted_from_a_plain_form_is_stored_and_shown(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/choices", data=FORM, follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert "Saved." in page.text
    assert "Rested when tired 🌙" in page.text
    [stored] = choices.list_choices(rt, dana)
    assert (stored.text, stored.gut_text, stored.confidence) == (
        "Rested when tired 🌙",
        "Heavy eyes",
        70,
    )


def test_a_choice_posted_with_htmx_returns_the_updated_section(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/choices", data=FORM | {"text": "<b>as text</b>"}, headers=HTMX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<div id="choices-main">')
    assert "&lt;b&gt;as text&lt;/b&gt;" in response.text
    assert 'role="status"' in response.text
    assert choices.list_choices(rt, dana)[0].text == "<b>as text</b>"


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"text": "  "}, "text", "empty"),
        ({"confidence": "150"}, "confidence", "0 to 100"),
        ({"confidence": "abc"}, "confidence", "0 to 100"),
        ({"confidence": ""}, "confidence", "0 to 100"),
        ({"gut": ""}, "gut", "followed, overrode"),
        ({"reassurance": "loads"}, "reassurance", "none, some, lots"),
        ({"area": "work"}, "area", "rest, boundaries"),
    ],
)
def test_bad_input_keeps_the_draft_ties_the_error_to_its_field_and_stores_nothing(
    client: Any, rt: Runtime, dana: Profile, change: dict[str, str], field: str, words: str
) -> None:
    response = client.post("/choices", data=FORM | change)
    assert response.status_code == 422
    assert f'id="{field}-error"' in response.text
    assert re.search(rf'aria-describedby="[^"]*\b{field}-error"', response.text)
    assert words in response.text
    assert "Heavy eyes" in response.text
    assert choices.list_choices(rt, dana) == []


def test_crisis_words_show_the_calm_card_with_htmx_and_after_a_redirect(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    crisis = FORM | {"gut_text": "I want to end my life"}
    with_htmx = client.post("/choices", data=crisis, headers=HTMX)
    assert 'id="care-card"' in with_htmx.text
    plain = client.post("/choices", data=crisis | {"text": "Went out"}, follow_redirects=False)
    assert "care=1" in plain.headers["location"]
    assert 'id="care-card"' in client.get(plain.headers["location"]).text
    assert len(choices.list_choices(rt, dana)) == 2


def test_the_detail_page_shows_the_choice_and_the_look_back_question(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    choice_id = _add(rt, dana, "Said no to the party")
    page = client.get(f"/choices/{choice_id}")
    assert page.status_code == 200
    assert "Said no to the party" in page.text
    assert "<legend>Looking back, did it feel right for you?</legend>" in page.text
    assert "/mistakes/new" not in page.text


def test_a_look_back_from_a_plain_form_is_stored_and_no_invites_reflection(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    choice_id = _add(rt, dana)
    response = client.post(
        f"/choices/{choice_id}/look-backs",
        data={"felt_right": "no", "note": "Too tired"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert "Thank you for looking back" in page.text
    assert f'href="/mistakes/new?choice={choice_id}"' in page.text
    assert client.get(f"/mistakes/new?choice={choice_id}").status_code == 200
    latest = choices.get_choice(rt, dana, choice_id).latest
    assert latest is not None
    assert (latest.felt_right, latest.note) == (FeltRight.NO, "Too tired")


def test_a_look_back_with_htmx_returns_the_section_and_yes_does_not_invite(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    choice_id = _add(rt, dana)
    response = client.post(
        f"/choices/{choice_id}/look-backs", data={"felt_right": "yes"}, headers=HTMX
    )
    assert response.text.lstrip().startswith('<section id="look-back"')
    assert "this one counts" in response.text
    assert "/mistakes/new" not in response.text


def test_a_look_back_without_an_answer_keeps_the_note_and_stores_nothing(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    choice_id = _add(rt, dana)
    response = client.post(f"/choices/{choice_id}/look-backs", data={"note": "kept"})
    assert response.status_code == 422
    assert 'id="felt_right-error"' in response.text
    assert ">kept</textarea>" in response.text
    assert choices.choice_detail(rt, dana, choice_id).look_backs == ()


def test_someone_elses_choice_is_not_found_in_the_browser(
    client: Any, rt: Runtime, robin: Profile
) -> None:
    choice_id = _add(rt, robin, "robin's")
    assert client.get(f"/choices/{choice_id}").status_code == 404
    response = client.post(f"/choices/{choice_id}/look-backs", data={"felt_right": "yes"})
    assert response.status_code == 404
    assert client.get(f"/choices?saved={choice_id}").status_code == 404
    assert choices.choice_detail(rt, robin, choice_id).look_backs == ()


def test_due_look_backs_are_listed_on_the_choices_page(
    client: Any, rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    choice_id = _add(rt, dana, "Asked for a window seat")
    assert "Nothing is waiting" in client.get("/choices").text
    clock.advance(days=1)
    page = client.get("/choices").text
    assert f'href="/choices/{choice_id}#look-back"' in page


def test_the_delay_is_set_on_the_settings_page(client: Any, rt: Runtime, dana: Profile) -> None:
    assert 'value="24" selected' in client.get("/choices/settings").text
    response = client.post("/choices/settings", data={"hours": "off"}, follow_redirects=False)
    assert response.status_code == 303
    assert choices.look_back_hours(rt, dana) is None
    assert "Look-back invitations are turned off" in client.get("/choices").text
    refused = client.post("/choices/settings", data={"hours": "0"})
    assert refused.status_code == 422
    assert 'aria-describedby="hours-hint hours-error"' in refused.text
    assert choices.look_back_hours(rt, dana) is None


def test_the_calendar_downloads_without_the_choice_unless_asked(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    _add(rt, dana, "A private choice")
    plain = client.get("/choices/lookbacks.ics")
    assert plain.headers["content-type"].startswith("text/calendar")
    assert plain.headers["content-disposition"] == 'attachment; filename="lookbacks.ics"'
    assert b"BEGIN:VEVENT" in plain.content
    assert b"A private choice" not in plain.content
    assert b"A private choice" in client.get("/choices/lookbacks.ics?with_text=yes").content


def test_ideas_can_be_hidden_shown_edited_added_and_removed_without_javascript(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    hidden = client.post("/choices/ideas/rest-when-tired/hide", follow_redirects=False)
    assert hidden.status_code == 303
    assert "The idea is hidden" in client.get(hidden.headers["location"]).text
    assert choice_ideas.get_idea(rt, dana, "rest-when-tired").hidden is True
    client.post("/choices/ideas/rest-when-tired/show")
    assert choice_ideas.get_idea(rt, dana, "rest-when-tired").hidden is False
    assert "You could rest" in client.get("/choices/ideas/rest-when-tired/edit").text
    client.post("/choices/ideas/rest-when-tired", data={"text": "Nap after lunch"})
    assert choice_ideas.get_idea(rt, dana, "rest-when-tired").text == "Nap after lunch"
    client.post("/choices/ideas/rest-when-tired/restore")
    assert choice_ideas.get_idea(rt, dana, "rest-when-tired").edited is False
    client.post("/choices/ideas", data={"text": "Leave the dishes", "area": "rest"})
    mine = choice_ideas.list_ideas(rt, dana)[-1]
    assert (mine.own, mine.text) == (True, "Leave the dishes")
    client.post(f"/choices/ideas/{mine.key}/remove")
    assert not choice_ideas.list_ideas(rt, dana)[-1].own


def test_ideas_change_in_place_with_htmx(client: Any, rt: Runtime, dana: Profile) -> None:
    response = client.post("/choices/ideas/own-pace/hide", headers=HTMX)
    assert response.text.lstrip().startswith('<section id="ideas-section"')
    assert "Ideas you hid (1)" in response.text
    refused = client.post("/choices/ideas", data={"text": " "}, headers=HTMX)
    assert refused.status_code == 200  # htmx swaps only 2xx answers in
    assert 'aria-describedby="idea-text-error"' in refused.text


def test_an_unknown_or_someone_elses_idea_is_not_found(
    client: Any, rt: Runtime, robin: Profile
) -> None:
    robins = choice_ideas.add_idea(rt, robin, "robin's idea").record
    assert client.post(f"/choices/ideas/{robins.key}/hide").status_code == 404
    assert client.get(f"/choices/ideas/{robins.key}/edit").status_code == 404
    assert client.post("/choices/ideas/not-an-idea/hide").status_code == 404
    assert choice_ideas.list_ideas(rt, robin)[-1].hidden is False


def test_crisis_words_in_an_idea_are_saved_and_the_calm_card_shows(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    words = {"text": "I want to end my life"}
    assert 'id="care-card"' in client.post("/choices/ideas", data=words, headers=HTMX).text
    edited = client.post("/choices/ideas/own-pace", data={"text": "I keep hurting myself"})
    assert 'id="care-card"' in edited.text
    assert choice_ideas.get_idea(rt, dana, "own-pace").text == "I keep hurting myself"
    assert choice_ideas.list_ideas(rt, dana)[-1].text == "I want to end my life"
