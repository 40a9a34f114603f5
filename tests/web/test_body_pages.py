from __future__ import annotations

import re
from typing import Any

from selftrust.domain.profile import Profile
from selftrust.services import body
from selftrust.services.runtime import Runtime

SIGNAL = {
    "region": ["chest", "stomach"],
    "feeling": ["tight"],
    "intensity": "6",
    "tone": "unpleasant",
    "message": "Maybe I'm bracing for the meeting.",
}


def test_the_body_page_offers_the_form_the_map_and_the_table(client: Any) -> None:
    page = client.get("/body")
    assert page.status_code == 200
    assert 'name="region" value="whole_body"' in page.text
    assert 'role="img"' in page.text
    assert "aria-label=" in page.text
    assert "<table" in page.text
    assert 'href="/help"' in page.text


def test_a_signal_saved_by_a_plain_form_is_stored_and_shown_on_the_map(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/body", data=SIGNAL, follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert "Saved." in page.text
    [signal] = body.list_signals(rt, dana)
    assert signal.regions == ("chest", "stomach")
    assert signal.message == SIGNAL["message"]
    chest = re.search(r'data-region="chest" data-count="(\d+)"', page.text)
    assert chest
    assert chest.group(1) == "1"
    assert "<title>Chest: noted once, average strength 6 of 10</title>" in page.text


def test_with_htmx_the_section_comes_back_in_place(client: Any, rt: Runtime, dana: Profile) -> None:
    response = client.post("/body", data=SIGNAL, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<div id="body-section">')
    assert "Saved." in response.text
    assert len(body.list_signals(rt, dana)) == 1


def test_bad_input_keeps_the_draft_and_says_what_to_change(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/body", data=SIGNAL | {"region": ["elbow"], "new_feeling": "fizzy"})
    assert response.status_code == 422
    assert "no place called" in response.text
    assert 'aria-describedby="body-error-regions"' in response.text
    assert "Maybe I&#39;m bracing for the meeting." in response.text
    assert 'value="fizzy"' in response.text
    assert body.list_signals(rt, dana) == []
    assert "fizzy" not in body.vocabulary(rt, dana)
    out_of_range = client.post("/body", data=SIGNAL | {"intensity": "12"})
    assert out_of_range.status_code == 422
    assert "runs from 0 to 10" in out_of_range.text
    for odd in ("²", "5.5"):  # "²" passes str.isdigit yet int() refuses it: never a 500
        refused = client.post("/body", data=SIGNAL | {"intensity": odd})
        assert refused.status_code == 422
        assert "whole number from 0 to 10" in refused.text
    assert body.list_signals(rt, dana) == []


def test_a_crisis_sentence_is_saved_and_the_calm_card_shows_after_the_redirect(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post(
        "/body", data=SIGNAL | {"message": "I want to die"}, follow_redirects=False
    )
    assert "care=1" in response.headers["location"]
    page = client.get(response.headers["location"])
    assert 'id="care-card"' in page.text
    assert body.list_signals(rt, dana)[0].message == "I want to die"


def test_the_map_filters_by_feeling_and_time_with_get_parameters(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    body.add_signal(rt, dana, regions=["jaw"], feelings=["tight"], intensity=4, tone="neutral")
    body.add_signal(rt, dana, regions=["feet"], feelings=["calm"], intensity=2, tone="pleasant")
    page = client.get("/body", params={"feeling": "calm", "period": "week"}).text
    assert 'data-region="feet" data-count="1"' in page
    assert 'data-region="jaw" data-count="0"' in page
    assert '<option value="calm" selected>' in page
    odd = client.get("/body", params={"period": "decade"})
    assert odd.status_code == 200
    assert "time filter can be one of" in odd.text


def test_a_signal_is_deleted_after_confirmation_and_robin_cannot_reach_it(
    client: Any, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    theirs = body.add_signal(
        rt, robin, regions=["jaw"], feelings=["tight"], intensity=4, tone="neutral"
    )
    assert client.get(f"/body/{theirs.record.id}/delete").status_code == 404
    assert client.post(f"/body/{theirs.record.id}/delete").status_code == 404
    mine = body.add_signal(
        rt, dana, regions=["jaw"], feelings=["tight"], intensity=4, tone="neutral"
    )
    assert "Delete this body signal?" in client.get(f"/body/{mine.record.id}/delete").text
    done = client.post(f"/body/{mine.record.id}/delete")
    assert "The signal is deleted." in done.text
    assert body.list_signals(rt, dana) == []
    assert len(body.list_signals(rt, robin)) == 1
