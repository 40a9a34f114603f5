from __future__ import annotations

import json

from selftrust.domain.profile import Profile
from selftrust.services import body
from selftrust.services.runtime import Runtime
from tests.cli.conftest import Run


def test_body_add_with_flags_saves_the_signal(cli: Run, rt: Runtime, dana: Profile) -> None:
    result = cli(
        "body", "add", "--region", "chest", "--region", "throat", "--feeling", "tight",
        "--new-feeling", "knotted", "--intensity", "6", "--tone", "unpleasant",
        "--message", "I held back what I wanted to say",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Saved." in result.stdout
    [signal] = body.list_signals(rt, dana)
    assert signal.regions == ("throat", "chest")
    assert signal.feelings == ("tight", "knotted")
    assert signal.message == "I held back what I wanted to say"


def test_body_add_asks_one_question_at_a_time_without_flags(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    answers = "stomach, hands\nfluttery\n\n4\nneutral\n\n"
    result = cli("body", "add", stdin=answers)
    assert result.returncode == 0, result.stderr
    [signal] = body.list_signals(rt, dana)
    assert (signal.regions, signal.feelings, signal.intensity) == (
        ("stomach", "hands"),
        ("fluttery",),
        4,
    )
    assert signal.message is None


def test_running_out_of_answers_saves_nothing(cli: Run, rt: Runtime, dana: Profile) -> None:
    result = cli("body", "add", stdin="chest\n")
    assert result.returncode == 0
    assert "Nothing was saved" in result.stdout
    assert body.list_signals(rt, dana) == []


def test_bad_input_prints_one_sentence_and_exits_2(cli: Run, rt: Runtime, dana: Profile) -> None:
    result = cli(
        "body", "add", "--region", "elbow", "--feeling", "tight", "--intensity", "3",
        "--tone", "neutral",
    )  # fmt: skip
    assert result.returncode == 2
    assert "no place called 'elbow'" in result.stderr
    result = cli(
        "body", "add", "--region", "jaw", "--feeling", "tight", "--intensity", "30",
        "--tone", "neutral",
    )  # fmt: skip
    assert result.returncode == 2
    assert "0 to 10" in result.stderr
    assert body.list_signals(rt, dana) == []


def test_a_crisis_message_is_saved_and_the_panel_goes_to_stderr_with_json(cli: Run) -> None:
    result = cli(
        "body", "add", "--region", "chest", "--feeling", "heavy", "--intensity", "9",
        "--tone", "unpleasant", "--message", "i want to die", "--json",
    )  # fmt: skip
    document = json.loads(result.stdout)
    assert document["safety"]["show_card"] is True
    assert "Reach someone now" in result.stderr


def test_body_list_prints_text_and_json(cli: Run, rt: Runtime, dana: Profile) -> None:
    assert "Nothing noted yet" in cli("body", "list").stdout
    body.add_signal(
        rt, dana, regions=["feet"], feelings=["calm"], intensity=2, tone="pleasant", message="home"
    )
    text = cli("body", "list").stdout
    assert "feet: calm" in text
    assert "home" in text
    rows = json.loads(cli("body", "list", "--json").stdout)
    assert rows[0]["regions"] == ["feet"]
    assert rows[0]["tone"] == "pleasant"
    assert json.loads(cli("body", "list", "--json", "--feeling", "tight").stdout) == []
