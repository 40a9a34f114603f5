from __future__ import annotations

import re
from typing import Any

import pytest

from selftrust.domain.profile import Profile
from selftrust.domain.reframes import ReframeStatus
from selftrust.services import reframes
from selftrust.services.runtime import Runtime

HTMX = {"HX-Request": "true"}
CRITIC = "I'm such an idiot, I always ruin everything."


def test_the_first_step_asks_for_the_thought_and_a_feeling_number(client: Any) -> None:
    page = client.get("/reframe")
    assert page.status_code == 200
    assert 'name="thought"' in page.text
    assert page.text.count('name="feeling_before"') == 12  # 0-10 and "Leave out"
    assert "Step 1 of 4" in page.text


def test_the_whole_flow_works_as_plain_forms(client: Any, rt: Runtime, dana: Profile) -> None:
    started = client.post(
        "/reframe",
        data={"thought": CRITIC, "feeling_before": "8", "action": "next"},
        follow_redirects=False,
    )
    assert started.status_code == 303
    reframe = reframes.list_reframes(rt, dana)[0]
    assert started.headers["location"] == f"/reframe/{reframe.id}/step/2?saved=started"
    assert (reframe.thought, reframe.feeling_before) == (CRITIC, 8)

    step2 = client.get(started.headers["location"])
    assert "Step 2 of 4" in step2.text
    assert "saved as a draft" in step2.text
    to3 = client.post(f"/reframe/{reframe.id}/step/2", data={"action": "next"})
    assert "Step 3 of 4" in to3.text

    answers = {"feeling_now": "ashamed", "common_humanity": "my sister", "friend_words": "Easy"}
    to4 = client.post(f"/reframe/{reframe.id}/step/3", data={**answers, "action": "next"})
    assert "Step 4 of 4" in to4.text
    finished = client.post(
        f"/reframe/{reframe.id}/step/4",
        data={"reply": "I'm learning.", "feeling_after": "5", "action": "next"},
        follow_redirects=False,
    )
    assert finished.headers["location"] == f"/reframe/{reframe.id}?saved=finished"
    summary = client.get(finished.headers["location"])
    assert "Thank you for giving yourself this time" in summary.text
    assert "The feeling eased a little" in summary.text
    stored = reframes.get_reframe(rt, dana, reframe.id)
    assert stored.status is ReframeStatus.DONE
    assert (stored.feeling_now, stored.friend_words, stored.reply) == (
        "ashamed",
        "Easy",
        "I'm learning.",
    )
    assert stored.feeling_after == 5


def test_with_htmx_each_step_swaps_in_the_next_and_gets_its_own_address(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/reframe", data={"thought": CRITIC, "action": "next"}, headers=HTMX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<div id="reframe-flow"')
    assert "<html" not in response.text
    reframe = reframes.list_reframes(rt, dana)[0]
    assert response.headers["hx-push-url"] == f"/reframe/{reframe.id}/step/2"
    assert "<mark" in response.text
    later = client.post(
        f"/reframe/{reframe.id}/step/3",
        data={"feeling_now": "tired", "action": "later"},
        headers=HTMX,
    )
    assert later.headers["hx-push-url"] == f"/reframe/{reframe.id}"
    assert "Saved for later" in later.text
    assert "Carry on with step 4" in later.text
    assert reframes.get_reframe(rt, dana, reframe.id).feeling_now == "tired"


def test_skip_moves_on_without_saving_what_was_typed_and_finishes_at_the_end(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    reframe = reframes.start_reframe(rt, dana, thought=CRITIC).record
    skipped = client.post(
        f"/reframe/{reframe.id}/step/3",
        data={"feeling_now": "typed but skipped", "action": "skip"},
        follow_redirects=False,
    )
    assert skipped.headers["location"] == f"/reframe/{reframe.id}/step/4"
    client.post(f"/reframe/{reframe.id}/step/4", data={"reply": "unsaved", "action": "skip"})
    stored = reframes.get_reframe(rt, dana, reframe.id)
    assert (stored.feeling_now, stored.reply, stored.status) == (None, None, ReframeStatus.DONE)


def test_save_for_later_keeps_the_draft_and_it_can_be_resumed(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/reframe", data={"thought": "I'm hopeless", "action": "later"})
    assert "Saved for later" in response.text
    reframe = reframes.list_reframes(rt, dana)[0]
    assert reframe.status is ReframeStatus.DRAFT
    start = client.get("/reframe")
    assert "Carry on where you left off" in start.text
    assert f'href="/reframe/{reframe.id}"' in start.text
    assert "Carry on with step 2" in client.get(f"/reframe/{reframe.id}").text


@pytest.mark.parametrize(
    ("form", "field", "message"),
    [
        ({"thought": "   ", "feeling_before": "3"}, "thought", "is empty"),
        ({"thought": "x", "feeling_before": "11"}, "feeling_before", "0 to 10"),
        ({"thought": "x", "feeling_before": "seven"}, "feeling_before", "whole number"),
        ({"thought": "x" * 5_001}, "thought", "5,000"),
    ],
)
def test_bad_input_keeps_the_draft_points_at_the_field_and_saves_nothing(
    client: Any, rt: Runtime, dana: Profile, form: dict[str, str], field: str, message: str
) -> None:
    response = client.post("/reframe", data={**form, "action": "next"})
    assert response.status_code == 422
    assert message in response.text
    assert f'id="{field}-error"' in response.text
    assert f'aria-describedby="{field}-error"' in response.text or (
        f'{field}-hint {field}-error"' in response.text
    )
    assert form["thought"].strip()[:50] in response.text
    assert reframes.list_reframes(rt, dana) == []


def test_with_htmx_errors_come_back_in_place_so_they_are_shown(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    reframe = reframes.start_reframe(rt, dana, thought=CRITIC).record
    response = client.post(
        f"/reframe/{reframe.id}/step/4",
        data={"reply": "my words", "feeling_after": "12", "action": "next"},
        headers=HTMX,
    )
    assert response.status_code == 200
    assert "whole number from 0 to 10" in response.text
    assert "my words" in response.text
    assert reframes.get_reframe(rt, dana, reframe.id) == reframe


def test_step_two_marks_the_persons_own_words_escaped_and_unchanged(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    thought = "<b>I always</b> ruin everything & more"
    reframe = reframes.start_reframe(rt, dana, thought=thought).record
    page = client.get(f"/reframe/{reframe.id}/step/2").text
    quote = re.search(r'<p class="note-text">(.*?)</p>', page, re.S)
    assert quote is not None
    marked = quote.group(1)
    assert "<b>" not in marked
    assert re.sub(r"</?mark[^>]*>", "", marked) == (
        "&lt;b&gt;I always&lt;/b&gt; ruin everything &amp; more"
    )
    assert '<mark class="kv-hl' in marked
    assert "All-or-nothing words" in page
    assert "“always”" in page


def test_a_thought_with_nothing_noticed_says_so_gently(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    reframe = reframes.start_reframe(rt, dana, thought="I made tea.").record
    page = client.get(f"/reframe/{reframe.id}/step/2").text
    assert "Nothing in this sentence stood out" in page
    assert "<mark" not in page


def test_crisis_language_shows_the_calm_card_after_the_redirect(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    reframe = reframes.start_reframe(rt, dana, thought="a hard day").record
    response = client.post(
        f"/reframe/{reframe.id}/step/4",
        data={"reply": "I want to die", "action": "next"},
        follow_redirects=False,
    )
    assert response.headers["location"].endswith("care=4")
    page = client.get(response.headers["location"])
    assert 'id="care-card"' in page.text
    assert reframes.get_reframe(rt, dana, reframe.id).reply == "I want to die"
    calm = client.get(f"/reframe/{reframe.id}?care=3")
    assert 'id="care-card"' not in calm.text


def test_crisis_language_shows_the_card_in_place_with_htmx(client: Any) -> None:
    response = client.post(
        "/reframe", data={"thought": "I want to die", "action": "next"}, headers=HTMX
    )
    assert 'id="care-card"' in response.text
    assert "Step 2 of 4" in response.text


def test_someone_elses_reframe_is_not_found(client: Any, rt: Runtime, robin: Profile) -> None:
    reframe = reframes.start_reframe(rt, robin, thought="robin's").record
    assert client.get(f"/reframe/{reframe.id}").status_code == 404
    assert client.get(f"/reframe/{reframe.id}/step/2").status_code == 404
    assert (
        client.post(f"/reframe/{reframe.id}/step/3", data={"feeling_now": "x"}).status_code == 404
    )
    assert client.post(f"/reframe/{reframe.id}/delete").status_code == 404
    assert reframes.get_reframe(rt, robin, reframe.id).feeling_now is None


def test_a_reframe_can_be_deleted_after_confirming(client: Any, rt: Runtime, dana: Profile) -> None:
    reframe = reframes.start_reframe(rt, dana, thought="let go").record
    assert "be brought back" in client.get(f"/reframe/{reframe.id}/delete").text
    page = client.post(f"/reframe/{reframe.id}/delete")
    assert "The reframe is deleted." in page.text
    assert reframes.list_reframes(rt, dana) == []


@pytest.mark.parametrize("path", ["/reframe/0", "/reframe/1/step/5", "/reframe/x/step/1"])
def test_odd_addresses_get_a_calm_page(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert "Traceback" not in response.text
