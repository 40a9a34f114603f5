from __future__ import annotations

import pytest

from selftrust.domain.practices import Outcome, PracticeInvalid
from selftrust.domain.profile import Profile
from selftrust.domain.text import InputInvalid
from selftrust.services import data, grounding, practices
from selftrust.services.runtime import Runtime
from tests.conftest import FixedClock


def test_a_session_is_saved_with_its_outcome_and_optional_numbers(
    rt: Runtime, dana: Profile
) -> None:
    session = practices.record_session(
        rt, dana, "body_scan", outcome="enough_for_today", minutes=3, before=7, after=5
    )
    assert session.outcome is Outcome.ENOUGH_FOR_TODAY
    assert (session.minutes, session.distress_before, session.distress_after) == (3, 7, 5)
    bare = practices.record_session(rt, dana, "orienting", outcome="stopped")
    assert (bare.distress_before, bare.distress_after, bare.minutes) == (None, None, None)
    assert [s.id for s in practices.history(rt, dana)] == [bare.id, session.id]


def test_bad_input_saves_nothing(rt: Runtime, dana: Profile) -> None:
    with pytest.raises(PracticeInvalid, match="no practice called 'juggling'"):
        practices.record_session(rt, dana, "juggling", outcome="finished")
    with pytest.raises(InputInvalid, match="0 to 10"):
        practices.record_session(rt, dana, "body_scan", outcome="finished", before=11)
    with pytest.raises(PracticeInvalid):
        practices.record_session(rt, dana, "body_scan", outcome="done-ish")
    assert practices.history(rt, dana) == []


def test_days_practised_counts_guided_practice_and_grounding_over_four_weeks(
    rt: Runtime, dana: Profile, robin: Profile, clock: FixedClock
) -> None:
    practices.record_session(rt, dana, "body_scan", outcome="finished")
    clock.advance(days=10)
    practices.record_session(rt, dana, "five_senses", outcome="stopped")
    practices.record_session(rt, dana, "five_senses", outcome="finished")  # same day
    clock.advance(days=5)
    grounding.record_session(rt, dana, "orienting", None, None)
    practices.record_session(rt, robin, "body_scan", outcome="finished")
    assert practices.consistency(rt, dana).days == 3
    clock.advance(days=14)  # the first day is now more than four weeks ago
    now = practices.consistency(rt, dana)
    assert (now.days, now.window, len(now.daily)) == (2, 28, 28)
    assert practices.consistency(rt, robin).days == 1  # only their own


def test_a_script_can_leave_out_areas_and_names_the_choices_otherwise() -> None:
    chosen = practices.script("body_scan", "5", ["chest", "stomach"])
    assert chosen.skipped == ("stomach", "chest")
    assert all(s.area not in ("chest", "stomach") for s in chosen.version.steps)
    assert practices.script("body_scan").version.id == "3"
    with pytest.raises(PracticeInvalid, match="lengths: 1, 3, 5"):
        practices.script("body_scan", "7")
    with pytest.raises(PracticeInvalid, match="not an area"):
        practices.script("body_scan", "5", ["elbow"])
    with pytest.raises(PracticeInvalid, match="no areas to leave out"):
        practices.script("orienting", None, ["chest"])


def test_sessions_are_exported_and_deleted_and_stay_private(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    practices.record_session(rt, dana, "paced_breathing", outcome="finished", before=6, after=3)
    practices.record_session(rt, robin, "paced_breathing", outcome="finished")
    assert practices.history(rt, robin)[0].practice == "paced_breathing"
    document = data.export_everything(rt, dana)
    assert document["practice_sessions"][0]["distress_after"] == 3
    assert data.delete_everything(rt, dana)["practice_sessions"] == 1
    assert practices.history(rt, dana) == []
    assert len(practices.history(rt, robin)) == 1
