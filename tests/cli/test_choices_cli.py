from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from icalendar import Calendar

from selftrust.domain.ledger import FeltRight, GutDecision, Reassurance
from selftrust.domain.profile import Profile
from selftrust.services import choices
from selftrust.services.runtime import Runtime
from tests.cli.conftest import Run
from tests.conftest import FixedClock

ADD = ("choice", "add", "Rested when tired 🌙", "--followed-gut", "--confidence", "70")


def _one_sentence(stderr: str) -> None:
    assert stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr


def test_a_choice_added_from_the_cli_is_stored_exactly(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli(*ADD, "--gut", "Heavy eyes", "--reassurance", "some", "--area", "rest", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document) >= {"id", "safety"}
    choice = choices.get_choice(rt, dana, document["id"])
    assert (choice.text, choice.gut_text, choice.gut) == (
        "Rested when tired 🌙",
        "Heavy eyes",
        GutDecision.FOLLOWED,
    )
    assert (choice.confidence, choice.reassurance) == (70, Reassurance.SOME)


def test_people_get_a_kind_sentence_without_json(cli: Run, rt: Runtime, dana: Profile) -> None:
    result = cli("choice", "add", "Said no", "--overrode-gut", "--confidence", "0")
    assert result.returncode == 0, result.stderr
    assert "Thank you for listening to yourself" in result.stdout
    assert choices.list_choices(rt, dana)[0].gut is GutDecision.OVERRODE


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("choice", "add", "x", "--confidence", "50"), "--followed-gut or --overrode-gut"),
        (
            ("choice", "add", "x", "--followed-gut", "--overrode-gut", "--confidence", "50"),
            "just one",
        ),
        (("choice", "add", "x", "--followed-gut", "--confidence", "101"), "0 to 100"),
        (("choice", "add", "x", "--followed-gut", "--confidence", "-1"), "0 to 100"),
        (("choice", "add", "x", "--followed-gut", "--confidence", "lots"), "0 to 100"),
        (("choice", "add", "x", "--followed-gut"), "--confidence"),
        (("choice", "add", "x", "--followed-gut", "--confidence", "5", "--area", "work"), "area"),
        (
            ("choice", "add", "x", "--followed-gut", "--confidence", "5", "--reassurance", "x"),
            "none",
        ),
        (("choice", "add", " ", "--followed-gut", "--confidence", "5"), "empty"),
        (("choice", "add", "x", "--followed-gut", "--confidence", "5", "--mood", "ok"), "--mood"),
    ],
)
def test_bad_input_exits_2_with_one_clear_sentence_and_stores_nothing(
    cli: Run, rt: Runtime, dana: Profile, args: tuple[str, ...], words: str
) -> None:
    result = cli(*args)
    assert result.returncode == 2
    _one_sentence(result.stderr)
    assert words in result.stderr
    assert choices.list_choices(rt, dana) == []


def test_looking_back_from_the_cli_is_stored_and_no_offers_reflection(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    choice_id = json.loads(cli(*ADD, "--json").stdout)["id"]
    result = cli("choice", "look-back", str(choice_id), "--felt-right", "partly", "--note", "ok")
    assert result.returncode == 0, result.stderr
    assert "Thank you for looking back" in result.stdout
    assert "as information" in result.stdout
    latest = choices.get_choice(rt, dana, choice_id).latest
    assert latest is not None
    assert (latest.felt_right, latest.note) == (FeltRight.PARTLY, "ok")


@pytest.mark.parametrize(
    ("answer", "choice_id"), [("maybe", None), ("yes", "999"), ("yes", "0"), ("yes", "abc")]
)
def test_a_bad_look_back_exits_2_and_stores_nothing(
    cli: Run, rt: Runtime, dana: Profile, answer: str, choice_id: str | None
) -> None:
    own = json.loads(cli(*ADD, "--json").stdout)["id"]
    result = cli("choice", "look-back", choice_id or str(own), "--felt-right", answer)
    assert result.returncode == 2
    _one_sentence(result.stderr)
    assert choices.choice_detail(rt, dana, own).look_backs == ()


def test_another_persons_choice_cannot_be_looked_back_on_from_the_cli(
    cli: Run, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    robins = choices.add_choice(rt, robin, "robin's", gut="followed", confidence=5).record.id
    result = cli("choice", "look-back", str(robins), "--felt-right", "yes")
    assert result.returncode == 2
    assert f"no choice number {robins}" in result.stderr
    assert choices.choice_detail(rt, robin, robins).look_backs == ()


def test_choices_are_listed_and_due_look_backs_shown(cli: Run, rt: Runtime, dana: Profile) -> None:
    assert "No choices yet" in cli("choice", "list").stdout
    cli(*ADD)
    listed = json.loads(cli("choice", "list", "--json").stdout)
    assert listed[0]["text"] == "Rested when tired 🌙"
    assert listed[0]["latest_look_back"] is None
    assert "Rested when tired" in cli("choice", "list").stdout
    # The real clock runs in the child process: a 1-hour delay has not passed yet.
    assert json.loads(cli("choice", "due", "--json").stdout) == []
    assert "Nothing is waiting" in cli("choice", "due").stdout


def test_a_choice_made_long_ago_is_due(
    cli: Run, rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    # The test clock is moved far back; the CLI child process runs on the real clock.
    clock.now = datetime(2001, 1, 1, tzinfo=UTC)
    choice_id = choices.add_choice(rt, dana, "long ago", gut="followed", confidence=5).record.id
    due = json.loads(cli("choice", "due", "--json").stdout)
    assert [item["id"] for item in due] == [choice_id]
    assert "look-back ID" in cli("choice", "due").stdout


def test_the_delay_can_be_read_set_and_turned_off(cli: Run, rt: Runtime, dana: Profile) -> None:
    assert "the next day" in cli("choice", "delay").stdout
    assert "after 2 days" in cli("choice", "delay", "48").stdout
    assert "turned off" in cli("choice", "delay", "off").stdout
    assert choices.look_back_hours(rt, dana) is None
    refused = cli("choice", "delay", "0")
    assert refused.returncode == 2
    _one_sentence(refused.stderr)


def test_the_calendar_goes_to_standard_output_as_ics(cli: Run, rt: Runtime, dana: Profile) -> None:
    choices.add_choice(rt, dana, "A private choice", gut="followed", confidence=5)
    result = cli("choice", "calendar")
    assert result.returncode == 0, result.stderr
    [event] = Calendar.from_ical(result.stdout).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Look back on a choice"
    assert "A private choice" not in result.stdout
    assert "A private choice" in cli("choice", "calendar", "--with-text").stdout


def test_evidence_as_json_has_the_documented_keys(cli: Run, rt: Runtime, dana: Profile) -> None:
    empty = json.loads(cli("evidence", "--json").stdout)
    assert empty["brier"] is None
    choice_id = json.loads(cli(*ADD, "--json").stdout)["id"]
    cli("choice", "look-back", str(choice_id), "--felt-right", "yes")
    body = json.loads(cli("evidence", "--json").stdout)
    assert set(body) >= {
        "choices",
        "followed_gut",
        "looked_back",
        "felt_right_when_followed",
        "looked_back_when_followed",
        "felt_right_when_overrode",
        "looked_back_when_overrode",
        "brier",
        "calibration",
        "reassurance_none_share",
    }
    assert body["brier"] == pytest.approx(0.09)
    assert set(body["calibration"][0]) == {"band", "count", "mean_confidence", "felt_right_rate"}
    readable = cli("evidence").stdout
    assert "When you went with your gut, 1 of 1 felt right looking back." in readable
    assert "streak" not in readable.lower()


def test_crisis_words_are_saved_and_the_help_panel_goes_to_stderr_with_json(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli(
        "choice",
        "add",
        "Stayed in",
        "--gut",
        "I want to end my life",
        "--followed-gut",
        "--confidence",
        "10",
        "--json",
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["safety"]["crisis"] is True
    assert result.stderr.strip()
    assert choices.list_choices(rt, dana)[0].gut_text == "I want to end my life"
