from __future__ import annotations

import random

import pytest

from selftrust.domain.ledger import GutDecision, compute_evidence
from selftrust.domain.profile import Profile
from selftrust.services import choices, data, evidence, ledger_facts
from selftrust.services.runtime import Runtime
from selftrust.storage import choice_facts
from selftrust.storage import choices as store
from tests.conftest import FixedClock


def _choice(rt: Runtime, p: Profile, text: str, gut: str, sure: int, answer: str | None) -> int:
    choice_id = choices.add_choice(rt, p, text, gut=gut, confidence=sure).record.id
    if answer is not None:
        choices.look_back(rt, p, choice_id, answer, f"note on {text}")
    return choice_id


def test_it_counts_an_empty_ledger_without_inventing_numbers(rt: Runtime, dana: Profile) -> None:
    result = evidence.evidence_for(rt, dana).to_dict()
    assert result["choices"] == 0
    assert result["brier"] is None
    assert result["reassurance_none_share"] is None
    assert [band["count"] for band in result["calibration"]] == [0, 0, 0, 0, 0]


def test_it_adds_up_followed_and_overrode_and_the_brier_score(rt: Runtime, dana: Profile) -> None:
    _choice(rt, dana, "a", "followed", 80, "yes")
    _choice(rt, dana, "b", "followed", 60, "no")
    _choice(rt, dana, "c", "overrode", 30, "partly")
    _choice(rt, dana, "d", "overrode", 50, "too_early")
    _choice(rt, dana, "e", "followed", 90, None)
    result = evidence.evidence_for(rt, dana)
    assert result.choices == 5
    assert result.followed_gut == 3
    assert result.looked_back == 3
    assert (result.felt_right_when_followed, result.looked_back_when_followed) == (1, 2)
    assert (result.felt_right_when_overrode, result.looked_back_when_overrode) == (0, 1)
    assert result.too_early == 1
    # ((0.8 - 1)² + (0.6 - 0)²) / 2
    assert result.brier == pytest.approx((0.04 + 0.36) / 2)
    assert result.small_numbers is True


def test_the_service_matches_the_domain_maths_on_the_stored_facts(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    for i in range(30):
        clock.advance(days=3)
        answer = ["yes", "no", "partly", "too_early", None][i % 5]
        _choice(rt, dana, f"c{i}", "followed" if i % 3 else "overrode", (i * 7) % 101, answer)
    with rt.db.transaction() as conn:
        expected = compute_evidence(choice_facts.all_facts(conn, dana))
    assert evidence.evidence_for(rt, dana) == expected


def test_new_choices_and_look_backs_show_up_at_once(rt: Runtime, dana: Profile) -> None:
    first = _choice(rt, dana, "a", "followed", 70, None)
    assert evidence.evidence_for(rt, dana).looked_back == 0
    choices.look_back(rt, dana, first, "yes")
    assert evidence.evidence_for(rt, dana).felt_right == 1
    choices.look_back(rt, dana, first, "no")
    _choice(rt, dana, "b", "overrode", 20, "yes")
    result = evidence.evidence_for(rt, dana)
    assert (result.choices, result.felt_right, result.felt_right_when_overrode) == (2, 1, 1)


def test_after_deleting_everything_no_old_choice_can_reappear(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    _choice(rt, dana, "old words", "followed", 90, "yes")
    assert evidence.evidence_view(rt, dana).wall[0].text == "old words"
    data.delete_everything(rt, dana)
    clock.advance(seconds=1)
    # SQLite may hand out the same id again once the table is empty.
    _choice(rt, dana, "new words", "overrode", 10, "yes")
    view = evidence.evidence_view(rt, dana)
    assert [entry.text for entry in view.wall] == ["new words"]
    assert view.evidence.followed_gut == 0


def test_a_change_made_by_another_process_is_seen(rt: Runtime, dana: Profile) -> None:
    _choice(rt, dana, "a", "followed", 70, None)
    evidence.evidence_for(rt, dana)
    # Another process (the CLI, another web worker) writes straight to the database.
    with rt.db.transaction() as conn:
        choice_id = store.recent(conn, dana, limit=1)[0].id
        conn.execute(
            "INSERT INTO look_backs (choice_id, profile_id, felt_right, created_at) "
            "VALUES (:c, :p, 'yes', :now)",
            {"c": choice_id, "p": dana.id, "now": rt.now()},
        )
    assert evidence.evidence_for(rt, dana).felt_right == 1


def test_a_forgotten_snapshot_is_rebuilt_the_same(rt: Runtime, dana: Profile) -> None:
    _choice(rt, dana, "a", "followed", 70, "yes")
    before = evidence.evidence_for(rt, dana)
    ledger_facts.forget(rt.db, dana)
    assert evidence.evidence_for(rt, dana) == before


def test_evidence_never_mixes_two_people(rt: Runtime, dana: Profile, robin: Profile) -> None:
    _choice(rt, dana, "dana's", "followed", 70, "yes")
    _choice(rt, robin, "robin's", "overrode", 30, "no")
    _choice(rt, robin, "robin's too", "overrode", 30, "yes")
    assert evidence.evidence_for(rt, dana).choices == 1
    assert evidence.evidence_for(rt, robin).choices == 2
    assert [e.text for e in evidence.evidence_view(rt, dana).wall] == ["dana's"]


def test_the_wall_shows_choices_that_felt_right_most_recent_first(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    for i, answer in enumerate(["yes", "no", "yes", "partly", "yes"]):
        clock.advance(hours=1)
        _choice(rt, dana, f"choice {i}", "followed", 50, answer)
    wall = evidence.evidence_view(rt, dana, wall_size=2).wall
    assert [entry.text for entry in wall] == ["choice 4", "choice 2"]
    assert wall[0].note == "note on choice 4"
    assert wall[0].gut is GutDecision.FOLLOWED


def test_evidence_kept_warm_always_equals_a_fresh_count(
    rt: Runtime, dana: Profile, robin: Profile, clock: FixedClock
) -> None:
    rng = random.Random(4)
    ids: list[int] = []
    for step in range(60):
        clock.advance(minutes=rng.randrange(1, 600))
        action = rng.random()
        if action < 0.4 or not ids:
            gut = rng.choice(["followed", "overrode"])
            ids.append(_choice(rt, dana, f"c{step}", gut, rng.randrange(101), None))
        elif action < 0.8:
            answer = rng.choice(["yes", "partly", "no", "too_early"])
            choices.look_back(rt, dana, rng.choice(ids), answer)
        elif action < 0.9:
            _choice(rt, robin, "robin's", "followed", 50, "yes")
        else:
            data.delete_everything(rt, dana)
            ids = []
        with rt.db.transaction() as conn:
            fresh = compute_evidence(choice_facts.all_facts(conn, dana))
        assert evidence.evidence_for(rt, dana) == fresh, step
