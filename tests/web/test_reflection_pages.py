from __future__ import annotations

import re
from typing import Any

from selftrust.domain.profile import Profile
from selftrust.services import mistakes, reframes
from selftrust.services.runtime import Runtime
from tests.conftest import FixedClock
from tests.services.test_mistakes import make_choice

HTMX = {"HX-Request": "true"}


def test_kind_voice_is_in_the_navigation_and_invites_a_first_entry(client: Any) -> None:
    page = client.get("/reflections")
    assert page.status_code == 200
    assert '<a href="/reflections" aria-current="page">Kind voice</a>' in page.text
    assert "Nothing here yet" in page.text
    assert "written a few reframes" in page.text
    assert 'href="/reframe"' in page.text
    assert 'href="/mistakes/new"' in page.text


def test_history_shows_both_flows_newest_first_and_searches_them(
    client: Any, rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    reframes.start_reframe(rt, dana, thought="I ruin EVERYTHING", reply="gentle now")
    clock.advance(minutes=5)
    mistakes.add_mistake(rt, dana, what_happened="Missed the train", next_time="Be gentle")
    page = client.get("/reflections").text
    assert page.index("Missed the train") < page.index("I ruin EVERYTHING")
    found = client.get("/reflections", params={"q": "GENTLE"}, headers=HTMX)
    assert found.text.lstrip().startswith('<div id="history">')
    assert "Missed the train" in found.text
    assert "I ruin EVERYTHING" in found.text
    only = client.get("/reflections", params={"q": "train"}).text
    assert "Missed the train" in only
    assert "I ruin EVERYTHING" not in only
    nothing = client.get("/reflections", params={"q": "<zebra>"}).text
    assert "matches “&lt;zebra&gt;”" in nothing


def test_the_trend_is_drawn_as_a_chart_with_the_same_numbers_in_a_table(
    client: Any, rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    reframes.start_reframe(
        rt, dana, thought="I'm such an idiot.", feeling_before=8, feeling_after=5
    )
    reframes.start_reframe(rt, dana, thought="It went fine today.")
    clock.advance(days=31)
    reframes.start_reframe(
        rt, dana, thought="I never get it right", feeling_before=6, feeling_after=7
    )
    page = client.get("/reflections").text
    svg = re.search(r"<svg[^>]*>", page)
    assert svg is not None
    assert 'role="img"' in svg.group(0)
    assert "Mar 2026: 50% and 0%; Apr 2026: 0% and 100%" in svg.group(0)
    assert page.count('<rect class="kv-bar') == 4
    rows = re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", page, re.S)
    assert [name for name, _ in rows] == ["Mar 2026", "Apr 2026"]
    assert "1 (50%)" in rows[0][1]
    assert "3.0 points lower (from 1 reframe)" in rows[0][1]
    assert "1.0 points higher (from 1 reframe)" in rows[1][1]
    assert (
        "Across 2 reframes with both numbers, the feeling was on average 1.0 points lower" in page
    )


def test_a_mistake_is_written_in_one_calm_form_without_javascript(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    form = client.get("/mistakes/new").text
    for name in ("what_happened", "expected", "information", "next_time", "kind_sentence"):
        assert f'name="{name}"' in form
    response = client.post(
        "/mistakes",
        data={"what_happened": "Forgot the call", "information": "I was worn out"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    entry = mistakes.list_mistakes(rt, dana)[0]
    assert response.headers["location"] == f"/mistakes/{entry.id}?saved=1"
    page = client.get(response.headers["location"]).text
    assert "Looking at a mistake with care" in page
    assert "I was worn out" in page


def test_a_mistake_form_keeps_every_draft_on_errors(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/mistakes", data={"what_happened": " ", "expected": "my draft"})
    assert response.status_code == 422
    assert 'id="what_happened-error"' in response.text
    assert "my draft" in response.text
    assert mistakes.list_mistakes(rt, dana) == []


def test_a_look_back_link_prefills_only_your_own_choice(
    client: Any, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    mine = make_choice(rt, dana, "Said no to the party")
    theirs = make_choice(rt, robin, "robin's secret choice")
    page = client.get(f"/mistakes/new?choice={mine}").text
    assert "Said no to the party" in page
    assert f'name="choice_id" value="{mine}" checked' in page
    other = client.get(f"/mistakes/new?choice={theirs}").text
    assert "robin's secret choice" not in other
    assert 'name="choice_id"' not in other
    client.post("/mistakes", data={"what_happened": "x", "choice_id": str(mine)})
    assert mistakes.list_mistakes(rt, dana)[0].choice_id == mine


def test_a_forged_link_to_someone_elses_choice_is_refused(
    client: Any, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    theirs = make_choice(rt, robin)
    response = client.post("/mistakes", data={"what_happened": "x", "choice_id": str(theirs)})
    assert response.status_code == 422
    assert "no choice number" in response.text
    assert mistakes.list_mistakes(rt, dana) == []


def test_a_mistake_can_be_edited_with_htmx_and_deleted(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    entry = mistakes.add_mistake(rt, dana, what_happened="first").record
    assert "first" in client.get(f"/mistakes/{entry.id}/edit").text
    response = client.post(
        f"/mistakes/{entry.id}",
        data={"what_happened": "second", "kind_sentence": "ok"},
        headers=HTMX,
    )
    assert response.headers["hx-push-url"] == f"/mistakes/{entry.id}"
    assert "Your changes are saved." in response.text
    assert mistakes.get_mistake(rt, dana, entry.id).kind_sentence == "ok"
    client.post(f"/mistakes/{entry.id}/delete")
    assert mistakes.list_mistakes(rt, dana) == []


def test_someone_elses_mistake_is_not_found(client: Any, rt: Runtime, robin: Profile) -> None:
    entry = mistakes.add_mistake(rt, robin, what_happened="robin's").record
    assert client.get(f"/mistakes/{entry.id}").status_code == 404
    assert client.get(f"/mistakes/{entry.id}/edit").status_code == 404
    assert client.post(f"/mistakes/{entry.id}", data={"what_happened": "x"}).status_code == 404
    assert client.post(f"/mistakes/{entry.id}/delete").status_code == 404


def test_the_self_compassion_break_has_a_content_note_steps_and_its_evidence(
    client: Any,
) -> None:
    page = client.get("/practices/self-compassion-break")
    assert page.status_code == 200
    assert "Content note:" in page.text
    assert page.text.count("<li>") >= 9
    assert "Ferrari" in page.text
    assert "Neff" in page.text
