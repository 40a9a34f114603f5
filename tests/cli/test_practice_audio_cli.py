from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from selftrust.domain.practices import Outcome
from selftrust.domain.profile import Profile
from selftrust.services import practices
from selftrust.services.runtime import Runtime
from tests.cli.conftest import Run

ESPEAK = shutil.which("espeak-ng")


@pytest.fixture
def no_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    """A computer without espeak-ng (set before the `cli` fixture copies the environment)."""
    monkeypatch.setenv("PATH", "/nonexistent")


@pytest.fixture
def only_espeak(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """espeak-ng but no Opus encoder: WAV output, which keeps the real build quick."""
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "espeak-ng").symlink_to(str(ESPEAK))
    monkeypatch.setenv("PATH", str(folder))


def test_practice_without_a_name_lists_the_practices(cli: Run) -> None:
    result = cli("practice")
    assert result.returncode == 0
    assert "body_scan" in result.stdout
    assert "five_senses" in result.stdout


def test_a_practice_runs_step_by_step_and_is_noted_in_history(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli(
        "practice", "body_scan", "--length", "5", "--skip", "chest", "--before", "6",
        "--after", "4",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "1. This is a short body scan." in result.stdout
    assert "Notice your chest" not in result.stdout
    assert "You practised on 1 day in the last four weeks." in result.stdout
    [session] = practices.history(rt, dana)
    assert (session.practice, session.minutes, session.outcome) == (
        "body_scan",
        5,
        Outcome.FINISHED,
    )
    assert (session.distress_before, session.distress_after) == (6, 4)


def test_no_history_leaves_nothing_behind(cli: Run, rt: Runtime, dana: Profile) -> None:
    assert cli("practice", "orienting", "--no-history").returncode == 0
    assert practices.history(rt, dana) == []


def test_bad_names_lengths_areas_and_numbers_exit_2(cli: Run, rt: Runtime, dana: Profile) -> None:
    for args, words in [
        (("juggling",), "no practice called"),
        (("body_scan", "--length", "7"), "lengths: 1, 3, 5"),
        (("body_scan", "--skip", "elbow"), "not an area"),
        (("orienting", "--before", "12"), "0 to 10"),
    ]:
        result = cli("practice", *args)
        assert result.returncode == 2, args
        assert words in result.stderr
    assert practices.history(rt, dana) == []


def test_listen_without_a_speech_engine_says_so_kindly_and_goes_on_in_text(
    no_speech: None, cli: Run
) -> None:
    result = cli("practice", "orienting", "--length", "short", "--listen")
    assert result.returncode == 0
    assert "Speech isn't available on this computer yet" in result.stdout
    assert "1. Look around" in result.stdout


def test_audio_status_without_an_engine_explains_how_to_enable_it(
    no_speech: None, cli: Run
) -> None:
    assert "sudo apt install espeak-ng" in cli("audio", "status").stdout
    assert json.loads(cli("audio", "status", "--json").stdout)["engine"] is None
    built = cli("audio", "build")
    assert built.returncode == 1
    assert "sudo apt install espeak-ng" in built.stderr


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (CI installs it)")
def test_audio_build_renders_everything_once_and_status_shows_it(
    only_espeak: None, cli: Run
) -> None:
    first = cli("audio", "build")
    assert first.returncode == 0, first.stderr
    total = json.loads(cli("audio", "status", "--json").stdout)
    assert total["engine"].startswith("espeak-ng")
    assert total["ready"] == total["total"]
    again = cli("audio", "build")
    assert f"0 made now, {total['total']} already there" in again.stdout
    played = cli("practice", "orienting", "--length", "short", "--listen", "--no-history")
    assert "No audio player was found" in played.stdout  # none on this PATH
    assert ".wav" in played.stdout
