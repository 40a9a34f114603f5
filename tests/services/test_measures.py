"""Taking questionnaires: drafts are never scored, resume works, PHQ-9 item 9 opens help at once."""

from __future__ import annotations

from decimal import Decimal

import pytest

from selftrust.domain.measure_responses import (
    AlreadyComplete,
    AnswersIncomplete,
    NotScored,
    ResponseStatus,
    TakingMode,
)
from selftrust.domain.measures import AnswersInvalid, Band, UnknownInstrument
from selftrust.domain.profile import Profile
from selftrust.language.crisis import CrisisKind
from selftrust.services import data, measure_results, measures
from selftrust.services.errors import NotFound
from selftrust.services.runtime import Runtime
from selftrust.storage import measures as store
from tests.conftest import FixedClock

GAD7_MILD = [1, 1, 1, 1, 1, 1, 1]  # total 7
PHQ9_ITEM9 = [0, 0, 0, 0, 0, 0, 0, 0, 1]


def stored(rt: Runtime, profile: Profile) -> int:
    with rt.db.transaction() as conn:
        return store.count(conn, profile)


def test_it_scores_a_complete_submission_and_keeps_only_the_answers(
    rt: Runtime, dana: Profile
) -> None:
    saved = measures.submit(rt, dana, "gad7", GAD7_MILD)
    assert saved.record.status is ResponseStatus.COMPLETE
    done = measure_results.outcome(rt, dana, saved.record.id)
    assert done.score.to_dict() == {"instrument": "gad7", "total": 7, "band": Band.MILD.value}
    with rt.db.transaction() as conn:
        row = conn.fetch_one("SELECT * FROM measure_responses WHERE id = :id", {"id": 1})
    assert row is not None
    assert row["answers"] == "[1, 1, 1, 1, 1, 1, 1]"
    # Only answers are kept; any score is recomputed from them.
    assert sorted(row.keys()) == [
        "answers",
        "completed_at",
        "created_at",
        "distress",
        "id",
        "instrument",
        "profile_id",
        "status",
    ]


def test_it_refuses_a_partial_submission_and_stores_nothing(rt: Runtime, dana: Profile) -> None:
    with pytest.raises(AnswersIncomplete, match=r"question 7|\(7\)"):
        measures.submit(rt, dana, "gad7", [1, 1, 1, 1, 1, 1, None])
    assert stored(rt, dana) == 0


def test_it_keeps_a_partial_submission_as_a_draft_that_is_never_scored(
    rt: Runtime, dana: Profile
) -> None:
    saved = measures.submit(rt, dana, "gad7", [1, None, 1, 1, 1, 1, 1], draft=True)
    assert saved.record.status is ResponseStatus.DRAFT
    assert saved.record.open_items == (2,)
    with pytest.raises(NotScored):
        measure_results.outcome(rt, dana, saved.record.id)
    assert measure_results.history(rt, dana, "gad7") == []


@pytest.mark.parametrize(
    ("instrument", "answers"),
    [
        ("gad7", [1, 1, 1]),
        ("gad7", [1, 1, 1, 1, 1, 1, 4]),
        ("gad7", [1, 1, 1, 1, 1, 1, True]),
        ("gad7", [1, 1, 1, 1, 1, 1, "2"]),
        ("phq9", "1,1,1"),
        ("who5", [1, 1, 1, 1, 1]),
    ],
)
def test_it_refuses_invalid_answers_with_one_sentence_and_stores_nothing(
    rt: Runtime, dana: Profile, instrument: str, answers: object
) -> None:
    with pytest.raises(AnswersInvalid) as problem:
        measures.submit(rt, dana, instrument, answers, draft=True)
    assert str(problem.value).endswith(".")
    assert stored(rt, dana) == 0


def test_a_draft_can_be_answered_one_item_at_a_time_skipped_and_resumed(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    first = measures.start_or_resume(rt, dana, "gad7")
    assert first.answers == (None,) * 7
    measures.answer_item(rt, dana, first.id, 1, 2)
    measures.answer_item(rt, dana, first.id, 2, None)
    clock.advance(days=2)
    again = measures.start_or_resume(rt, dana, "gad7")
    assert again.id == first.id
    assert again.answers[:2] == (2, None)
    assert again.first_open_item == 2
    for item in range(2, 8):
        measures.answer_item(rt, dana, first.id, item, 1)
    done = measures.complete_response(rt, dana, first.id)
    assert done.record.complete
    assert done.record.completed_at == clock.now
    assert measures.find_draft(rt, dana, "gad7") is None


def test_a_draft_with_open_questions_cannot_be_finished(rt: Runtime, dana: Profile) -> None:
    draft = measures.start_or_resume(rt, dana, "rses")
    measures.answer_item(rt, dana, draft.id, 1, 4)
    with pytest.raises(AnswersIncomplete, match="9 RSES questions"):
        measures.complete_response(rt, dana, draft.id)
    assert measures.get_response(rt, dana, draft.id).status is ResponseStatus.DRAFT


def test_finished_answers_stay_as_they_were_given(rt: Runtime, dana: Profile) -> None:
    saved = measures.submit(rt, dana, "gad7", GAD7_MILD)
    with pytest.raises(AlreadyComplete):
        measures.answer_item(rt, dana, saved.record.id, 1, 3)
    with pytest.raises(AlreadyComplete):
        measures.discard_draft(rt, dana, saved.record.id)
    assert measures.get_response(rt, dana, saved.record.id).answers == tuple(GAD7_MILD)


def test_saving_all_answers_with_finish_refuses_gaps_and_changes_nothing(
    rt: Runtime, dana: Profile
) -> None:
    draft = measures.start_or_resume(rt, dana, "gad7")
    measures.save_answers(rt, dana, draft.id, [1, None, 1, 1, 1, 1, 1], finish=False)
    with pytest.raises(AnswersIncomplete):
        measures.save_answers(rt, dana, draft.id, [2, None, 2, 2, 2, 2, 2], finish=True)
    kept = measures.get_response(rt, dana, draft.id)
    assert kept.answers == (1, None, 1, 1, 1, 1, 1)
    assert kept.status is ResponseStatus.DRAFT


def test_a_positive_phq9_item_9_opens_the_help_card_as_soon_as_it_is_saved_in_a_draft(
    rt: Runtime, dana: Profile
) -> None:
    draft = measures.start_or_resume(rt, dana, "phq9")
    saved = measures.answer_item(rt, dana, draft.id, 9, 1)
    assert saved.record.status is ResponseStatus.DRAFT
    assert saved.safety.show_card
    assert saved.safety.primary_kind is CrisisKind.SUICIDE
    # Shown every time: a questionnaire answer is never held back like repeated free text.
    assert measures.answer_item(rt, dana, draft.id, 9, 3).safety.show_card


@pytest.mark.parametrize("item9", [0, None])
def test_a_zero_or_skipped_phq9_item_9_raises_nothing_and_claims_nothing(
    rt: Runtime, dana: Profile, item9: int | None
) -> None:
    draft = measures.start_or_resume(rt, dana, "phq9")
    saved = measures.answer_item(rt, dana, draft.id, 9, item9)
    assert not saved.safety.show_card
    assert saved.safety.to_dict() == {"crisis": False, "crisis_kinds": [], "show_card": False}


def test_a_finished_phq9_with_item_9_above_zero_carries_the_flag_and_the_card(
    rt: Runtime, dana: Profile
) -> None:
    saved = measures.submit(rt, dana, "phq9", PHQ9_ITEM9)
    assert saved.safety.show_card
    done = measure_results.outcome(rt, dana, saved.record.id)
    assert done.score.to_dict()["safety_flag"] is True
    assert done.safety.show_card


def test_change_is_meaningful_only_from_the_published_threshold(rt: Runtime, dana: Profile) -> None:
    measures.submit(rt, dana, "gad7", [2, 2, 2, 2, 2, 2, 2])  # 14
    three_lower = measures.submit(rt, dana, "gad7", [2, 2, 2, 2, 1, 1, 1]).record  # 11
    four_lower = measures.submit(rt, dana, "gad7", [2, 1, 1, 1, 1, 1, 0]).record  # 7
    small = measure_results.outcome(rt, dana, three_lower.id).change
    big = measure_results.outcome(rt, dana, four_lower.id).change
    assert small is not None
    assert (small.delta, small.meaningful) == (-3, False)
    assert big is not None
    assert (big.delta, big.meaningful, big.toward_easier) == (-4, True, True)


def test_change_compares_with_the_last_finished_result_of_the_same_instrument_only(
    rt: Runtime, dana: Profile
) -> None:
    measures.submit(rt, dana, "phq9", [3] * 9)
    measures.submit(rt, dana, "gad7", [3] * 7)
    measures.submit(rt, dana, "phq9", [1] * 8 + [None], draft=True)
    latest = measures.submit(rt, dana, "phq9", [1] * 8 + [0]).record
    moved = measure_results.outcome(rt, dana, latest.id).change
    assert moved is not None
    assert (moved.previous, moved.current, moved.meaningful) == (27, 8, True)


def test_the_scs_sf_shows_its_difference_but_never_claims_meaning(
    rt: Runtime, dana: Profile
) -> None:
    measures.submit(rt, dana, "scssf", [1] * 12)
    latest = measures.submit(rt, dana, "scssf", [5] * 12).record
    moved = measure_results.outcome(rt, dana, latest.id).change
    assert moved is not None
    assert moved.delta == Decimal("0")  # six items reversed: the mean stays 3.00
    assert moved.meaningful is False
    assert moved.threshold is None


def test_history_is_oldest_first_with_change_between_neighbours(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    for answers in ([3] * 20, [2] * 20, [2] * 19 + [1]):
        measures.submit(rt, dana, "pcl5", answers)
        clock.advance(days=7)
    points = measure_results.history(rt, dana, "pcl5")
    assert [p.score.to_dict()["total"] for p in points] == [60, 40, 39]
    assert points[0].change is None
    assert points[1].change is not None
    assert (points[1].change.meaningful, points[1].change.response) == (True, True)
    assert points[2].change is not None
    assert (points[2].change.meaningful, points[2].change.response) == (False, False)


def test_the_checkin_has_two_sub_scores_distress_and_a_trend(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    first = measures.submit(rt, dana, "checkin", [1, 1, 1, 1, 3, 3, 3, 3, 3, 3], distress=7)
    clock.advance(days=1)
    second = measures.submit(rt, dana, "checkin", [3, 3, 3, 3, 1, 1, 1, 1, 1, 1])
    one = measure_results.outcome(rt, dana, first.record.id)
    two = measure_results.outcome(rt, dana, second.record.id)
    assert one.score.to_dict()["validated"] is False
    assert (one.score.to_dict()["abilities"], one.score.to_dict()["signs"]) == (4, 18)
    assert one.score.to_dict()["distress"] == 7
    assert one.trend is not None
    assert one.trend.abilities is None  # one check-in is not a trend
    assert two.trend is not None
    assert two.trend.abilities is not None
    assert two.trend.signs is not None
    assert (two.trend.abilities.direction, two.trend.signs.direction) == ("higher", "lower")
    assert two.change is None  # no published threshold for our own questions


def test_distress_belongs_to_the_checkin_only_and_stays_within_0_to_10(
    rt: Runtime, dana: Profile
) -> None:
    with pytest.raises(AnswersInvalid, match="check-in only"):
        measures.submit(rt, dana, "gad7", GAD7_MILD, distress=3)
    with pytest.raises(AnswersInvalid, match="0 to 10"):
        measures.submit(rt, dana, "checkin", [0] * 10, distress=11)
    draft = measures.start_or_resume(rt, dana, "checkin")
    assert measures.set_distress(rt, dana, draft.id, 10).distress == 10
    assert stored(rt, dana) == 1


def test_the_taking_mode_is_remembered_per_person(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    assert measures.taking_mode(rt, dana) is TakingMode.ONE_BY_ONE
    measures.choose_mode(rt, dana, "all")
    assert measures.taking_mode(rt, dana) is TakingMode.ALL_AT_ONCE
    assert measures.taking_mode(rt, robin) is TakingMode.ONE_BY_ONE
    with pytest.raises(AnswersInvalid):
        measures.choose_mode(rt, dana, "sideways")


def test_starting_over_lets_the_old_draft_go(rt: Runtime, dana: Profile) -> None:
    old = measures.start_or_resume(rt, dana, "gad7")
    measures.answer_item(rt, dana, old.id, 1, 3)
    fresh = measures.start_over(rt, dana, "gad7")
    assert fresh.answers == (None,) * 7
    assert [d.id for d in measures.list_drafts(rt, dana)] == [fresh.id]


def test_someone_elses_responses_are_not_found(rt: Runtime, dana: Profile, robin: Profile) -> None:
    theirs = measures.submit(rt, robin, "gad7", [0, 1, 0, 2, 0, 0, 3], draft=True).record
    with pytest.raises(NotFound):
        measures.get_response(rt, dana, theirs.id)
    with pytest.raises(NotFound):
        measures.answer_item(rt, dana, theirs.id, 1, 3)
    with pytest.raises(NotFound):
        measures.discard_draft(rt, dana, theirs.id)
    with pytest.raises(NotFound):
        measure_results.outcome(rt, dana, theirs.id)
    assert measures.list_drafts(rt, dana) == []
    assert measures.start_or_resume(rt, dana, "gad7").id != theirs.id
    assert measures.get_response(rt, robin, theirs.id).answers[0] == 0


def test_changes_never_reach_across_people(rt: Runtime, dana: Profile, robin: Profile) -> None:
    measures.submit(rt, robin, "gad7", [3] * 7)
    mine = measures.submit(rt, dana, "gad7", [0] * 7).record
    assert measure_results.outcome(rt, dana, mine.id).change is None
    assert len(measure_results.history(rt, robin, "gad7")) == 1


def test_export_and_delete_all_include_every_response(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    measures.submit(rt, dana, "gad7", GAD7_MILD)
    measures.submit(rt, dana, "phq9", [0] * 8 + [None], draft=True)
    measures.submit(rt, robin, "gad7", GAD7_MILD)
    exported = data.export_everything(rt, dana)["measures"]
    assert [(r["instrument"], r["status"]) for r in exported] == [
        ("gad7", "complete"),
        ("phq9", "draft"),
    ]
    assert exported[1]["answers"][-1] is None
    assert data.delete_everything(rt, dana)["measures"] == 2
    assert stored(rt, dana) == 0
    assert stored(rt, robin) == 1


def test_an_unknown_instrument_is_named_plainly(rt: Runtime, dana: Profile) -> None:
    with pytest.raises(UnknownInstrument, match="'who5'"):
        measures.start_or_resume(rt, dana, "who5")
