from __future__ import annotations

import json

from selftrust.domain.profile import Profile
from selftrust.services import safety_plan as plans
from selftrust.services.runtime import Runtime
from tests.cli.conftest import Run


def test_analyze_prints_one_json_object(cli: Run) -> None:
    result = cli("analyze", "im gonna kms", "--json")
    assert result.returncode == 0
    body = json.loads(result.stdout)
    assert body["crisis"] is True
    assert body["crisis_kinds"] == ["suicide"]


def test_analyze_reads_standard_input_with_a_dash(cli: Run) -> None:
    body = json.loads(cli("analyze", "-", "--json", stdin="my phone died again").stdout)
    assert body["crisis"] is False


def test_analyze_jsonl_writes_one_object_per_line(cli: Run) -> None:
    result = cli("analyze", "--jsonl", stdin="I killed it at work\nmy partner hits me\n\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["crisis"] for line in lines] == [False, True, False]
    assert lines[1]["crisis_kinds"] == ["harm_from_others"]


def test_a_crisis_note_in_the_cli_is_saved_and_a_quiet_panel_follows(cli: Run) -> None:
    result = cli("note", "add", "I wrote goodbye letters to everyone today")
    assert result.returncode == 0
    assert "Saved" in result.stdout
    assert "Reach someone now" in result.stdout
    assert "selftrust ground" in result.stdout


def test_with_json_the_panel_goes_to_stderr_and_stdout_stays_json(cli: Run) -> None:
    result = cli("note", "add", "i want to die", "--json")
    body = json.loads(result.stdout)
    assert body["safety"]["show_card"] is True
    assert "Reach someone now" in result.stderr


def test_the_safety_plan_is_edited_and_shown_from_the_cli(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli(
        "safety-plan", "edit", "--section", "on_my_own", "--line", "Make tea", "--line", "Stretch"
    )
    assert result.returncode == 0
    assert plans.get_plan(rt, dana)["on_my_own"] == ["Make tea", "Stretch"]
    shown = cli("safety-plan", "show")
    assert "Make tea" in shown.stdout
    assert json.loads(cli("safety-plan", "show", "--json").stdout)["on_my_own"] == [
        "Make tea",
        "Stretch",
    ]
    bad = cli("safety-plan", "edit", "--section", "nowhere", "--line", "x")
    assert bad.returncode == 2


def test_ground_walks_through_the_steps_and_can_be_paced(cli: Run) -> None:
    result = cli("ground", "orienting")
    assert result.returncode == 0
    assert "1." in result.stdout
    assert "Thank you" in result.stdout
    assert cli("ground", "juggling").returncode == 2


def test_help_now_shows_services_and_the_emergency_line(cli: Run) -> None:
    result = cli("help-now")
    assert result.returncode == 0
    assert "emergency" in result.stdout.lower()
