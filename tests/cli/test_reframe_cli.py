from __future__ import annotations

import json

from selftrust.domain.profile import Profile
from selftrust.domain.reframes import ReframeStatus
from selftrust.services import mistakes, reframes
from selftrust.services.runtime import Runtime
from tests.cli.conftest import Run
from tests.services.test_mistakes import make_choice

CRITIC = "I'm such an idiot, I always ruin everything."


def test_a_script_saves_a_whole_reframe_and_gets_json_back(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli(
        "reframe", "--thought", CRITIC, "--reply", "I'm learning", "--before", "8", "--after", "5",
        "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert set(body) == {"id", "traps", "absolutist_words", "safety"}
    assert "labeling" in body["traps"]
    assert body["absolutist_words"] == ["always", "everything"]
    assert body["safety"]["crisis"] is False
    stored = reframes.get_reframe(rt, dana, body["id"])
    assert (stored.thought, stored.reply, stored.feeling_before, stored.feeling_after) == (
        CRITIC,
        "I'm learning",
        8,
        5,
    )
    assert stored.status is ReframeStatus.DONE


def test_people_see_the_traps_and_their_questions_without_json(cli: Run) -> None:
    result = cli("reframe", "--thought", CRITIC, "--before", "7", "--after", "4")
    assert result.returncode == 0
    assert "Saved (reframe 1)" in result.stdout
    assert "All-or-nothing words" in result.stdout
    assert "“always”" in result.stdout
    assert "The feeling eased a little" in result.stdout


def test_a_feeling_outside_0_to_10_or_not_a_number_saves_nothing(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    for value in ("11", "-1", "seven", "4.5"):
        result = cli("reframe", "--thought", "x", "--before", value)
        assert result.returncode == 2, value
        assert "Traceback" not in result.stderr
        assert result.stderr.strip()
    assert reframes.list_reframes(rt, dana) == []


def test_options_without_a_thought_get_a_clear_sentence(cli: Run) -> None:
    result = cli("reframe", "--reply", "kind")
    assert result.returncode == 2
    assert "--thought" in result.stderr


def test_the_interactive_flow_asks_each_step_and_enter_skips(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    answers = "\n".join([CRITIC, "8", "", "ashamed", "", "You tried", "", "3"]) + "\n"
    result = cli("reframe", stdin=answers)
    assert result.returncode == 0, result.stderr
    assert "Step 2 of 4" in result.stdout
    assert "Is there" in result.stdout or "?" in result.stdout
    assert "Saved (reframe 1)" in result.stdout
    stored = reframes.list_reframes(rt, dana)[0]
    assert (stored.feeling_before, stored.feeling_now, stored.common_humanity) == (
        8,
        "ashamed",
        None,
    )
    assert (stored.friend_words, stored.reply, stored.feeling_after) == ("You tried", None, 3)
    assert stored.status is ReframeStatus.DONE


def test_the_interactive_flow_asks_again_for_a_bad_number_and_keeps_a_draft_when_stopped(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli("reframe", stdin="\nmy thought\n12\n6\n")
    assert result.returncode == 0
    assert "whole number from 0 to 10" in result.stdout
    assert "saved as a draft (reframe 1)" in result.stdout
    stored = reframes.list_reframes(rt, dana)[0]
    assert (stored.thought, stored.feeling_before, stored.status) == (
        "my thought",
        6,
        ReframeStatus.DRAFT,
    )


def test_stopping_before_the_thought_saves_nothing(cli: Run, rt: Runtime, dana: Profile) -> None:
    result = cli("reframe", stdin="")
    assert result.returncode == 0
    assert "Nothing was saved" in result.stdout
    assert reframes.list_reframes(rt, dana) == []


def test_reframe_list_prints_json(cli: Run, rt: Runtime, dana: Profile) -> None:
    assert "No reframes yet" in cli("reframe", "list").stdout
    reframes.start_reframe(rt, dana, thought="first", reply="kind")
    listed = json.loads(cli("reframe", "list", "--json").stdout)
    assert listed[0]["thought"] == "first"
    assert set(listed[0]) >= {"id", "thought", "reply", "traps", "absolutist_words", "status"}
    assert json.loads(cli("reframe", "list", "--json", "--search", "zzz").stdout) == []


def test_a_crisis_thought_gets_the_quiet_panel_on_stderr_with_json(cli: Run) -> None:
    result = cli("reframe", "--thought", "I want to die", "--json")
    assert json.loads(result.stdout)["safety"]["crisis"] is True
    assert "Reach someone now" in result.stderr


def test_a_mistake_from_flags_links_your_own_choice(cli: Run, rt: Runtime, dana: Profile) -> None:
    choice = make_choice(rt, dana)
    result = cli(
        "mistake", "--what-happened", "Snapped at a friend", "--expected", "to stay calm",
        "--information", "I was hungry", "--next-time", "eat first", "--kind", "I'm human",
        "--choice", str(choice), "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["choice_id"] == choice
    entry = mistakes.get_mistake(rt, dana, body["id"])
    assert (entry.information, entry.kind_sentence) == ("I was hungry", "I'm human")
    listed = json.loads(cli("mistake", "list", "--json").stdout)
    assert listed[0]["what_happened"] == "Snapped at a friend"


def test_linking_someone_elses_choice_is_refused_and_saves_nothing(
    cli: Run, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    theirs = make_choice(rt, robin)
    result = cli("mistake", "--what-happened", "x", "--choice", str(theirs))
    assert result.returncode == 2
    assert "no choice number" in result.stderr
    interactive = cli("mistake", "--choice", str(theirs), stdin="x\n")
    assert interactive.returncode == 2
    assert mistakes.list_mistakes(rt, dana) == []


def test_the_interactive_mistake_flow_asks_five_questions(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli("mistake", stdin="Forgot the call\n\nI was tired\nset a reminder\n\n")
    assert result.returncode == 0, result.stderr
    assert "Saved (entry 1)" in result.stdout
    entry = mistakes.list_mistakes(rt, dana)[0]
    assert (entry.what_happened, entry.expected, entry.information, entry.next_time) == (
        "Forgot the call",
        None,
        "I was tired",
        "set a reminder",
    )
