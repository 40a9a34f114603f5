"""The real CLI links a body signal to a choice (--gut-signal, `choice gut-signal`)."""

from __future__ import annotations

import json

import pytest

from selftrust.domain.profile import Profile
from selftrust.services import body, choices
from selftrust.services.runtime import Runtime
from tests.cli.conftest import Run

ADD = ("choice", "add", "Rested when tired", "--followed-gut", "--confidence", "70")


def _signal(rt: Runtime, who: Profile, region: str = "chest") -> int:
    saved = body.add_signal(
        rt, who, regions=[region], feelings=["tight"], intensity=6, tone="unpleasant"
    )
    return saved.record.id


def test_a_choice_added_with_a_signal_number_links_it_and_lists_it(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    signal = _signal(rt, dana)
    result = cli(*ADD, "--gut-signal", str(signal), "--json")
    assert result.returncode == 0, result.stderr
    choice_id = json.loads(result.stdout)["id"]
    assert choices.get_choice(rt, dana, choice_id).body_signal_id == signal
    listed = cli("choice", "list", "--json")
    assert json.loads(listed.stdout)[0]["body_signal_id"] == signal
    text = cli("choice", "list").stdout
    assert "What your gut said: Chest · tight · 6/10 ·" in text


def test_ask_offers_the_recent_signals_newest_first_and_takes_the_number(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    first, second = _signal(rt, dana), _signal(rt, dana, "jaw")
    result = cli(*ADD, "--gut-signal", "ask", stdin=f"{first}\n")
    assert result.returncode == 0, result.stderr
    assert "Your recent body signals, newest first:" in result.stdout
    assert result.stdout.index(f"[{second}] Jaw") < result.stdout.index(f"[{first}] Chest")
    assert choices.list_choices(rt, dana)[0].body_signal_id == first


def test_ask_with_enter_links_nothing_and_with_json_keeps_stdout_clean(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    _signal(rt, dana)
    result = cli(*ADD, "--gut-signal", "ask", "--json", stdin="\n")
    assert result.returncode == 0, result.stderr
    assert set(json.loads(result.stdout)) >= {"id", "safety"}
    assert "newest first" in result.stderr
    assert choices.list_choices(rt, dana)[0].body_signal_id is None


def test_ask_without_any_signals_says_so_and_saves_the_choice(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli(*ADD, "--gut-signal", "ask")
    assert result.returncode == 0, result.stderr
    assert "selftrust body add" in result.stdout
    assert choices.list_choices(rt, dana)[0].body_signal_id is None


def test_ask_stopped_by_end_of_input_saves_nothing(cli: Run, rt: Runtime, dana: Profile) -> None:
    _signal(rt, dana)
    result = cli(*ADD, "--gut-signal", "ask", stdin="")
    assert result.returncode == 0
    assert "Nothing was saved." in result.stdout
    assert choices.list_choices(rt, dana) == []


@pytest.mark.parametrize(
    ("value", "words"),
    [("chest", "picked by its number"), ("-2", "picked by its number"), ("999", "number 999")],
)
def test_a_bad_signal_exits_2_with_one_sentence_and_stores_nothing(
    cli: Run, rt: Runtime, dana: Profile, value: str, words: str
) -> None:
    result = cli(*ADD, "--gut-signal", value)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert words in result.stderr
    assert choices.list_choices(rt, dana) == []


def test_someone_elses_signal_exits_2(cli: Run, rt: Runtime, dana: Profile, robin: Profile) -> None:
    theirs = _signal(rt, robin)
    result = cli(*ADD, "--gut-signal", str(theirs))
    assert result.returncode == 2
    assert f"no body signal number {theirs} among yours" in result.stderr
    assert choices.list_choices(rt, dana) == []


def test_a_signal_is_linked_and_removed_later(cli: Run, rt: Runtime, dana: Profile) -> None:
    signal = _signal(rt, dana)
    choice = choices.add_choice(rt, dana, "Left early", gut="followed", confidence=50).record
    linked = cli("choice", "gut-signal", str(choice.id), str(signal))
    assert linked.returncode == 0, linked.stderr
    assert f"Linked body signal {signal} to choice {choice.id}." in linked.stdout
    assert choices.get_choice(rt, dana, choice.id).body_signal_id == signal
    missing = cli("choice", "gut-signal", "999", str(signal))
    assert missing.returncode == 2
    assert "no choice number 999" in missing.stderr
    removed = cli("choice", "gut-signal", str(choice.id), "none")
    assert removed.returncode == 0
    assert "Both are still kept" in removed.stdout
    assert choices.get_choice(rt, dana, choice.id).body_signal_id is None
