"""The choice pages offer recent body signals as "what my gut said", with and without htmx."""

from __future__ import annotations

from typing import Any

from selftrust.domain.profile import Profile
from selftrust.services import body, choices
from selftrust.services.runtime import Runtime
from tests.conftest import FixedClock

HTMX = {"HX-Request": "true"}
FORM = {"text": "Rested when tired", "gut": "followed", "confidence": "70", "reassurance": "none"}
DESCRIBED = "Chest · tight · 6/10 · today, 09:30 UTC"


def _signal(rt: Runtime, who: Profile, region: str = "chest") -> int:
    saved = body.add_signal(
        rt, who, regions=[region], feelings=["tight"], intensity=6, tone="unpleasant"
    )
    return saved.record.id


def test_the_form_offers_recent_signals_newest_first_and_none_by_default(
    client: Any, rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    first = _signal(rt, dana)
    clock.advance(hours=1)
    second = _signal(rt, dana, "jaw")
    page = client.get("/choices").text
    assert "Did your body say something? (optional)" in page
    assert 'id="gut-signal-none" name="body_signal_id" value="" checked' in page
    assert page.index(f'id="gut-signal-{second}"') < page.index(f'id="gut-signal-{first}"')
    assert f'<label for="gut-signal-{first}">{DESCRIBED}</label>' in page
    assert "Jaw · tight · 6/10 · today, 10:30 UTC" in page
    assert 'href="/body" target="_blank" rel="noopener">Note a new body signal' in page


def test_without_signals_the_form_says_so_kindly(client: Any) -> None:
    assert "You have not noted a body signal yet. That is fine." in client.get("/choices").text


def test_a_plain_form_links_the_signal_and_the_list_shows_it(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    signal = _signal(rt, dana)
    response = client.post(
        "/choices", data=FORM | {"body_signal_id": str(signal)}, follow_redirects=False
    )
    assert response.status_code == 303
    [stored] = choices.list_choices(rt, dana)
    assert stored.body_signal_id == signal
    page = client.get(response.headers["location"]).text
    assert f"What your gut said: {DESCRIBED}" in page


def test_someone_elses_signal_is_refused_with_422_beside_the_field_keeping_the_draft(
    client: Any, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    theirs = _signal(rt, robin)
    response = client.post("/choices", data=FORM | {"body_signal_id": str(theirs)})
    assert response.status_code == 422
    assert f"There is no body signal number {theirs} among yours." in response.text
    assert 'id="body_signal_id-error"' in response.text
    assert 'aria-describedby="body_signal_id-hint body_signal_id-error"' in response.text
    assert ">Rested when tired</textarea>" in response.text
    assert choices.list_choices(rt, dana) == []


def test_a_wrong_value_is_refused_with_htmx_in_place(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/choices", data=FORM | {"body_signal_id": "chest"}, headers=HTMX)
    assert response.text.lstrip().startswith('<div id="choices-main">')
    assert "A body signal is picked by its number" in response.text
    assert choices.list_choices(rt, dana) == []


def test_the_choice_page_shows_the_signal_and_the_look_back_recalls_it(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    signal = _signal(rt, dana)
    choice = choices.add_choice(
        rt,
        dana,
        "Left early",
        gut="followed",
        confidence=50,
        gut_text="Tight chest",
        body_signal_id=signal,
    ).record
    page = client.get(f"/choices/{choice.id}").text
    assert f"<dt>What your body said</dt><dd>{DESCRIBED}</dd>" in page
    assert f"What your gut said then: Tight chest · {DESCRIBED}" in page
    assert f'id="gut-signal-{signal}" name="body_signal_id" value="{signal}" checked' in page
    look_back = client.post(
        f"/choices/{choice.id}/look-backs", data={"felt_right": "yes"}, headers=HTMX
    )
    assert f"What your gut said then: Tight chest · {DESCRIBED}" in look_back.text


def test_a_signal_is_linked_and_removed_later_from_the_choice_page(
    client: Any, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    signal = _signal(rt, dana)
    choice = choices.add_choice(rt, dana, "Left early", gut="followed", confidence=50).record
    url = f"/choices/{choice.id}/gut-signal"
    linked = client.post(url, data={"body_signal_id": str(signal)}, follow_redirects=False)
    assert linked.status_code == 303
    assert "The body signal is linked" in client.get(linked.headers["location"]).text
    assert choices.get_choice(rt, dana, choice.id).body_signal_id == signal
    refused = client.post(url, data={"body_signal_id": str(_signal(rt, robin))})
    assert refused.status_code == 422
    assert 'id="body_signal_id-error"' in refused.text
    assert choices.get_choice(rt, dana, choice.id).body_signal_id == signal
    removed = client.post(url, data={"body_signal_id": ""}, follow_redirects=False)
    assert "The link is removed" in client.get(removed.headers["location"]).text
    assert choices.get_choice(rt, dana, choice.id).body_signal_id is None
    assert client.post("/choices/999/gut-signal", data={"body_signal_id": ""}).status_code == 404


def test_deleting_a_linked_signal_says_the_choice_stays_and_keeps_it(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    signal = _signal(rt, dana)
    choice = choices.add_choice(
        rt, dana, "Left early", gut="followed", confidence=50, body_signal_id=signal
    ).record
    page = client.get(f"/body/{signal}/delete").text
    assert "This signal is linked to 1 choice as what your gut said." in page
    assert "If you delete it, the choice stays; only the link goes." in page
    client.post(f"/body/{signal}/delete")
    kept = choices.get_choice(rt, dana, choice.id)
    assert (kept.text, kept.body_signal_id) == ("Left early", None)
