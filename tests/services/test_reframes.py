from __future__ import annotations

import pytest

from selftrust.domain.profile import Profile
from selftrust.domain.reframes import ReframeStatus
from selftrust.language.traps import trap_ids
from selftrust.services import data, reframes
from selftrust.services.errors import InputInvalid, NotFound, TextInvalid
from selftrust.services.runtime import Runtime
from tests.conftest import START, FixedClock

CRITIC = "I'm such an idiot, I always ruin everything."


def test_a_reframe_starts_as_a_draft_with_the_traps_and_words_of_its_thought(
    rt: Runtime, dana: Profile
) -> None:
    saved = reframes.start_reframe(rt, dana, thought=CRITIC, feeling_before=8)
    reframe = saved.record
    assert reframe.status is ReframeStatus.DRAFT
    assert reframe.thought == CRITIC
    assert reframe.feeling_before == 8
    assert "labeling" in reframe.traps
    assert reframe.traps == tuple(t.value for t in trap_ids(CRITIC))
    assert reframe.absolutist_words == ("always", "everything")
    assert reframe.created_at == START
    assert saved.safety.crisis is False


def test_a_draft_can_be_carried_on_step_by_step_and_finished_later(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    first = reframes.start_reframe(rt, dana, thought=CRITIC, feeling_before=7).record
    clock.advance(days=1)
    reframes.update_reframe(
        rt, dana, first.id, feeling_now="tired", common_humanity="lots of people"
    )
    assert reframes.get_reframe(rt, dana, first.id).status is ReframeStatus.DRAFT
    done = reframes.update_reframe(
        rt, dana, first.id, reply="I'm learning.", feeling_after=4, status="done"
    ).record
    assert done.status is ReframeStatus.DONE
    assert (done.feeling_before, done.feeling_now, done.feeling_after) == (7, "tired", 4)
    assert done.common_humanity == "lots of people"
    assert done.friend_words is None
    assert done.created_at == first.created_at
    assert done.updated_at > first.updated_at


def test_changing_the_thought_captures_its_traps_again(rt: Runtime, dana: Profile) -> None:
    reframe = reframes.start_reframe(rt, dana, thought=CRITIC).record
    calmer = reframes.update_reframe(rt, dana, reframe.id, thought="Today was hard.").record
    assert calmer.traps == ()
    assert calmer.absolutist_words == ()


def test_an_answer_can_be_cleared_with_none(rt: Runtime, dana: Profile) -> None:
    reframe = reframes.start_reframe(rt, dana, thought="t", reply="kind words").record
    assert reframes.update_reframe(rt, dana, reframe.id, reply=None).record.reply is None


@pytest.mark.parametrize(
    "changes",
    [
        {"feeling_after": 11},
        {"feeling_after": "4"},
        {"feeling_before": True},
        {"thought": "   "},
        {"reply": "x" * 5_001},
        {"status": "finished"},
        {"reply": "fine", "feeling_after": -1},
    ],
)
def test_bad_input_saves_nothing_at_all(
    rt: Runtime, dana: Profile, changes: dict[str, object]
) -> None:
    reframe = reframes.start_reframe(rt, dana, thought=CRITIC, feeling_before=6).record
    with pytest.raises(InputInvalid):
        reframes.update_reframe(rt, dana, reframe.id, **changes)  # type: ignore[arg-type]
    assert reframes.get_reframe(rt, dana, reframe.id) == reframe
    with pytest.raises(InputInvalid):
        reframes.start_reframe(rt, dana, **{"thought": "new one", **changes})  # type: ignore[arg-type]
    assert len(reframes.list_reframes(rt, dana)) == 1


def test_a_thought_is_required(rt: Runtime, dana: Profile) -> None:
    with pytest.raises(TextInvalid, match="The thought is empty"):
        reframes.start_reframe(rt, dana, thought="", reply="kind")
    assert reframes.list_reframes(rt, dana) == []


def test_search_finds_any_field_ignoring_case_and_taking_wildcards_literally(
    rt: Runtime, dana: Profile
) -> None:
    one = reframes.start_reframe(rt, dana, thought="I ruin things", reply="Be GENTLE").record
    two = reframes.start_reframe(rt, dana, thought="100% useless", friend_words="a_b").record
    reframes.start_reframe(rt, dana, thought="plain words")
    assert [r.id for r in reframes.list_reframes(rt, dana, query="gentle")] == [one.id]
    assert [r.id for r in reframes.list_reframes(rt, dana, query="RUIN")] == [one.id]
    assert [r.id for r in reframes.list_reframes(rt, dana, query="0%")] == [two.id]
    assert [r.id for r in reframes.list_reframes(rt, dana, query="a_b")] == [two.id]
    assert reframes.list_reframes(rt, dana, query="_") == [two]
    assert reframes.list_reframes(rt, dana, query="%") == [two]
    assert len(reframes.list_reframes(rt, dana, query="  ")) == 3


def test_drafts_can_be_listed_on_their_own(rt: Runtime, dana: Profile) -> None:
    reframes.start_reframe(rt, dana, thought="one", status="done")
    draft = reframes.start_reframe(rt, dana, thought="two").record
    assert reframes.list_reframes(rt, dana, status="draft") == [draft]


def test_nobody_can_read_change_or_delete_another_persons_reframe(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    reframe = reframes.start_reframe(rt, dana, thought="mine alone").record
    with pytest.raises(NotFound):
        reframes.get_reframe(rt, robin, reframe.id)
    with pytest.raises(NotFound):
        reframes.update_reframe(rt, robin, reframe.id, reply="not yours")
    with pytest.raises(NotFound):
        reframes.delete_reframe(rt, robin, reframe.id)
    assert reframes.list_reframes(rt, robin, query="mine") == []
    assert reframes.get_reframe(rt, dana, reframe.id) == reframe


def test_crisis_language_is_saved_as_written_and_flagged_from_any_step(
    rt: Runtime, dana: Profile
) -> None:
    started = reframes.start_reframe(rt, dana, thought="I want to die, I'm useless")
    assert started.record.thought == "I want to die, I'm useless"
    assert started.safety.crisis
    assert started.safety.show_card
    later = reframes.update_reframe(rt, dana, started.record.id, feeling_now="tired and low")
    assert later.safety.crisis is False
    reply = reframes.update_reframe(rt, dana, started.record.id, reply="I might kill myself")
    assert reply.safety.crisis
    assert reply.safety.show_card
    assert reframes.get_reframe(rt, dana, started.record.id).reply == "I might kill myself"


def test_the_trend_counts_labeling_words_and_the_drop_in_feeling(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    reframes.start_reframe(rt, dana, thought=CRITIC, feeling_before=8, feeling_after=5)
    reframes.start_reframe(rt, dana, thought="Today was hard", feeling_before=6)
    clock.advance(days=40)
    reframes.start_reframe(rt, dana, thought="It went okay", feeling_before=4, feeling_after=4)
    trend = reframes.reframe_trend(rt, dana)
    march, april = trend.months
    assert (march.month, march.entries, march.with_labeling, march.with_absolutist) == (
        "2026-03",
        2,
        1,
        1,
    )
    assert march.labeling_share == 0.5
    assert (april.month, april.entries, april.average_drop) == ("2026-04", 1, 0.0)
    assert trend.rated_both == 2
    assert trend.average_drop == 1.5


def test_reframes_are_exported_and_deleted_with_everything_else(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    reframes.start_reframe(rt, dana, thought=CRITIC, reply="kind")
    reframes.start_reframe(rt, robin, thought="robin's")
    document = data.export_everything(rt, dana)
    assert [r["thought"] for r in document["reframes"]] == [CRITIC]
    assert document["reframes"][0]["absolutist_words"] == ["always", "everything"]
    assert data.delete_everything(rt, dana)["reframes"] == 1
    assert reframes.list_reframes(rt, dana) == []
    assert len(reframes.list_reframes(rt, robin)) == 1


def test_reading_a_thought_highlights_its_words_without_changing_them() -> None:
    reading = reframes.read_thought(CRITIC)
    assert "".join(s.text for s in reading.segments) == CRITIC
    assert reading.absolutist_words == ("always", "everything")
    labeling = next(note for note in reading.traps if note.trap == "labeling")
    assert labeling.name
    assert labeling.description
    assert labeling.questions
    assert all(word in CRITIC for word in labeling.words)
    assert not reframes.read_thought("I made tea.").noticed
