"""Check-in pages: both ways of answering, skipping, resuming, results and history, no JS needed."""

from __future__ import annotations

import re
from typing import Any

import pytest

from selftrust.domain.measure_responses import ResponseStatus, TakingMode
from selftrust.domain.profile import Profile
from selftrust.services import measure_results, measures
from selftrust.services.runtime import Runtime
from tests.conftest import FixedClock


def start(client: Any, instrument: str, mode: str) -> str:
    response = client.post(
        f"/measures/{instrument}/start", data={"mode": mode}, follow_redirects=False
    )
    assert response.status_code == 303
    return str(response.headers["location"])


def answer(client: Any, url: str, value: str, action: str = "next") -> str:
    response = client.post(url, data={"answer": value, "action": action}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return str(response.headers["location"])


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_list_shows_the_checkin_as_not_validated_and_each_questionnaire_with_notes(
    client: Any,
) -> None:
    page = client.get("/measures")
    assert page.status_code == 200
    text = visible_text(page.text)
    assert "Made for this app, not a validated measure" in text
    assert "Generalized Anxiety Disorder 7-item (GAD-7) scale" in text
    assert "It takes about two minutes" in text
    assert "Content note: the last question asks about thoughts" in text
    assert 'href="/measures/pcl5"' in page.text


def test_the_navigation_leads_to_checkins_instead_of_a_placeholder(client: Any) -> None:
    page = client.get("/measures")
    assert "This part is on its way" not in page.text
    assert 'href="/measures" aria-current="page"' in page.text


def test_one_question_per_screen_runs_from_first_question_to_result(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    url = start(client, "gad7", "one")
    assert url.endswith("/items/1")
    first = client.get(url)
    assert "Question 1 of 7" in first.text
    assert "Feeling nervous, anxious, or on edge" in first.text
    for value in ["1", "2", "1", "0", "1", "2"]:
        url = answer(client, url, value)
    result_url = answer(client, url, "3")
    assert re.fullmatch(r"/measures/responses/\d+", result_url)
    result = visible_text(client.get(result_url).text)
    assert "10 out of 21" in result
    assert "This is not a diagnosis." in result
    assert "first finished one" in result
    assert measures.taking_mode(rt, dana) is TakingMode.ONE_BY_ONE
    [point] = measure_results.history(rt, dana, "gad7")
    assert point.response.answers == (1, 2, 1, 0, 1, 2, 3)


def test_a_skipped_question_keeps_the_response_a_draft_and_lists_it_for_later(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    url = start(client, "gad7", "one")
    url = answer(client, url, "1")
    url = answer(client, url, "", action="skip")
    for value in ["1", "1", "1", "1"]:
        url = answer(client, url, value)
    review = answer(client, url, "1")
    assert review.endswith("/review")
    page = visible_text(client.get(review).text)
    assert "You skipped question 2" in page
    assert "Not being able to stop or control worrying" in page
    [draft] = measures.list_drafts(rt, dana)
    assert draft.answers == (1, None, 1, 1, 1, 1, 1)
    assert measure_results.history(rt, dana, "gad7") == []


def test_next_without_a_choice_asks_gently_and_saves_nothing(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    url = start(client, "gad7", "one")
    page = client.post(url, data={"answer": "", "action": "next"})
    assert page.status_code == 422
    assert "Pick the answer that fits best, or skip this one." in page.text
    assert 'aria-describedby="instructions answer-error"' in page.text
    assert measures.list_drafts(rt, dana)[0].answers == (None,) * 7


def test_an_answer_outside_the_choices_is_refused_on_the_same_screen(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    url = start(client, "gad7", "one")
    assert client.post(url, data={"answer": "7", "action": "next"}).status_code == 422
    assert client.post(url, data={"answer": "two", "action": "next"}).status_code == 422
    assert measures.list_drafts(rt, dana)[0].answers == (None,) * 7


def test_stopping_keeps_a_draft_that_picks_up_at_the_first_open_question(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    url = start(client, "phq9", "one")
    url = answer(client, url, "2")
    back_to_list = answer(client, url, "1", action="pause")
    assert back_to_list.startswith("/measures?paused=")
    listing = visible_text(client.get(back_to_list).text)
    assert "Saved for later." in listing
    assert "PHQ-9: started" in listing
    assert "2 of 9 answered" in listing
    assert "Continue PHQ-9" in listing
    resumed = start(client, "phq9", "one")
    assert resumed.endswith("/items/3")
    assert len(measures.list_drafts(rt, dana)) == 1


def test_going_back_shows_the_earlier_answer_chosen(client: Any) -> None:
    url = start(client, "rses", "one")
    second = answer(client, url, "4")
    previous = answer(client, second, "", action="back")
    assert previous == url
    assert 'value="4" checked' in client.get(previous).text


def test_item_9_above_zero_opens_the_help_card_on_the_very_next_screen(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    draft = measures.start_or_resume(rt, dana, "phq9")
    url = f"/measures/responses/{draft.id}/items/9"
    after = answer(client, url, "1", action="pause")
    assert "care=1" in after
    page = client.get(after).text
    assert 'id="care-card"' in page
    assert "Your answer is saved." in page
    assert measures.get_response(rt, dana, draft.id).status is ResponseStatus.DRAFT


def test_a_finished_phq9_with_item_9_above_zero_shows_the_card_with_its_result(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    saved = measures.submit(rt, dana, "phq9", [0] * 8 + [2]).record
    page = client.get(f"/measures/responses/{saved.id}").text
    assert 'id="care-card"' in page
    assert "Thank you for sharing something so heavy" in page


def test_a_zero_on_item_9_is_never_described_as_reassurance(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    saved = measures.submit(rt, dana, "phq9", [0] * 9).record
    html = client.get(f"/measures/responses/{saved.id}").text
    assert 'id="care-card"' not in html
    main = visible_text(html.split('<main id="main"', 1)[1]).lower()
    for phrase in ("no risk", "not at risk", "safe", "reassur", "nothing to worry"):
        assert phrase not in main
    assert "help is one step away" in main


def test_all_questions_on_one_page_finishes_with_a_result_and_is_remembered(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    url = start(client, "rses", "all")
    assert url.endswith("/all")
    page = client.get(url).text
    assert page.count('type="radio"') == 10 * 5
    form = {f"item_{n}": "3" for n in range(1, 11)} | {"action": "finish"}
    done = client.post(url, data=form, follow_redirects=False)
    assert done.status_code == 303
    result = visible_text(client.get(done.headers["location"]).text)
    assert "15 out of 30" in result
    assert measures.taking_mode(rt, dana) is TakingMode.ALL_AT_ONCE
    assert "All questions on one page" in client.get("/measures/rses").text


def test_all_on_one_page_keeps_gaps_as_a_draft_and_marks_them(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    url = start(client, "gad7", "all")
    form = {f"item_{n}": "2" for n in range(1, 8)} | {"item_5": "", "action": "finish"}
    back = client.post(url, data=form, follow_redirects=False)
    assert back.headers["location"].endswith("/all?open=1")
    page = client.get(back.headers["location"]).text
    assert "You skipped question 5" in visible_text(page)
    assert 'class="ms-open"' in page
    assert 'id="item-5-skip" name="item_5" value="" checked' in page
    assert measures.list_drafts(rt, dana)[0].answers == (2, 2, 2, 2, None, 2, 2)


def test_all_on_one_page_refuses_a_tampered_answer_and_keeps_the_draft(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    url = start(client, "gad7", "all")
    form = {f"item_{n}": "1" for n in range(1, 8)} | {"item_3": "9", "action": "finish"}
    page = client.post(url, data=form)
    assert page.status_code == 422
    assert "Answer 3 is 9" in page.text
    assert 'id="item-1-1" name="item_1" value="1" checked' in page.text
    assert measures.list_drafts(rt, dana)[0].answers == (None,) * 7


def test_the_checkin_asks_distress_last_and_shows_sub_scores_and_trend(
    client: Any, rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    measures.submit(rt, dana, "checkin", [1] * 10)
    clock.advance(days=1)
    url = start(client, "checkin", "one")
    for _ in range(10):
        url = answer(client, url, "2")
    assert url.endswith("/distress")
    assert "How much distress do you feel right now?" in client.get(url).text
    done = client.post(url, data={"distress": "4", "action": "next"}, follow_redirects=False)
    result = visible_text(client.get(done.headers["location"]).text)
    assert "Abilities: 8 out of 16" in result
    assert "Distress right now: 4 out of 10." in result
    assert "Abilities: higher over your latest check-in" in result
    assert "not a validated measure" in result


def test_change_since_last_time_is_marked_meaningful_only_past_the_threshold(
    client: Any, rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    measures.submit(rt, dana, "gad7", [2] * 7)  # 14
    clock.advance(days=14)
    small = measures.submit(rt, dana, "gad7", [2] * 4 + [1] * 3).record  # 11
    clock.advance(days=14)
    big = measures.submit(rt, dana, "gad7", [1] * 7).record  # 7
    small_page = visible_text(client.get(f"/measures/responses/{small.id}").text)
    assert "3 points lower" in small_page
    assert "describe as meaningful" not in small_page
    big_page = visible_text(client.get(f"/measures/responses/{big.id}").text)
    assert "4 points lower" in big_page
    assert "at least the 4-point change the authors of the GAD-7 describe as meaningful" in big_page


def test_history_draws_a_chart_with_the_same_numbers_in_a_table(
    client: Any, rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    for answers in ([3] * 7, [2] * 7, [1] * 7):
        measures.submit(rt, dana, "gad7", answers)
        clock.advance(days=7)
    page = client.get("/measures/gad7/history").text
    assert page.count('role="img"') == 1
    assert 'aria-label="Line chart of your GAD-7 totals' in page
    assert "<polyline" in page
    cells = re.findall(r"<td>(\d+)</td>", page)
    assert cells == ["21", "14", "7"]
    assert "7 lower, meaningful" in page


def test_checkin_history_has_a_chart_for_abilities_and_for_signs(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    measures.submit(rt, dana, "checkin", [1] * 10, distress=5)
    page = client.get("/measures/checkin/history").text
    assert page.count('role="img"') == 2
    assert "One result so far" in page
    assert "<td>5</td>" in page


def test_a_draft_can_be_let_go_from_its_intro_page(client: Any, rt: Runtime, dana: Profile) -> None:
    draft = measures.start_or_resume(rt, dana, "pcl5")
    assert "Let this draft go" in client.get("/measures/pcl5").text
    gone = client.post(f"/measures/responses/{draft.id}/discard", follow_redirects=False)
    assert gone.headers["location"] == "/measures?let_go=1"
    assert measures.list_drafts(rt, dana) == []


def test_a_draft_address_leads_back_into_answering(client: Any, rt: Runtime, dana: Profile) -> None:
    draft = measures.start_or_resume(rt, dana, "gad7")
    measures.answer_item(rt, dana, draft.id, 1, 1)
    again = client.get(f"/measures/responses/{draft.id}", follow_redirects=False)
    assert again.headers["location"] == f"/measures/responses/{draft.id}/items/2"


@pytest.mark.parametrize(
    "path", ["/measures/who5", "/measures/who5/history", "/measures/responses/999/items/1"]
)
def test_unknown_addresses_get_a_calm_not_found_page(client: Any, path: str) -> None:
    assert client.get(path).status_code == 404


def test_someone_elses_responses_are_not_found_in_the_browser(
    client: Any, rt: Runtime, robin: Profile
) -> None:
    draft = measures.submit(rt, robin, "gad7", [1] + [None] * 6, draft=True).record
    base = f"/measures/responses/{draft.id}"
    assert client.get(base).status_code == 404
    assert client.get(f"{base}/items/1").status_code == 404
    assert client.post(f"{base}/items/2", data={"answer": "1"}).status_code == 404
    assert client.post(f"{base}/all", data={"action": "finish"}).status_code == 404
    assert client.post(f"{base}/discard").status_code == 404
    assert measures.get_response(rt, robin, draft.id).answers[1] is None
