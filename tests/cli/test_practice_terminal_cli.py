"""The terminal practice as a person runs it: questions, pause, stop, enough for today."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from selftrust.config import Settings
from selftrust.domain.practices import Outcome, PracticeSession
from selftrust.domain.profile import Profile
from selftrust.services import practices
from selftrust.services.runtime import Runtime
from tests.cli.conftest import Run

# Lines piped in are read as keys; a tiny pace keeps the run quick and the order certain.
ASKING = ("practice", "orienting", "--length", "short", "--interactive")
TIMED = (*ASKING, "--pace", "0.01")
STEPS = len(practices.script("orienting", "short").version.steps)


def only_session(rt: Runtime, dana: Profile) -> PracticeSession:
    [session] = practices.history(rt, dana)
    return session


def test_it_asks_distress_before_and_after_and_goes_at_your_own_pace(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli(*ASKING, "--pace", "0", stdin="6\n" + "\n" * STEPS + "4\n")
    assert result.returncode == 0, result.stderr
    assert "Before you start" in result.stdout
    assert "Press Enter for the next step" in result.stdout
    assert "It eased a little." in result.stdout
    session = only_session(rt, dana)
    assert session.outcome is Outcome.FINISHED
    assert (session.distress_before, session.distress_after) == (6, 4)


def test_enter_pauses_and_enter_again_goes_on_to_the_end(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli(*TIMED, stdin="\n\n\n")  # skip the question, pause, go on; then input ends
    assert result.returncode == 0, result.stderr
    assert "Paused. Take all the time you need." in result.stdout
    assert f"{STEPS}. " in result.stdout
    session = only_session(rt, dana)
    assert session.outcome is Outcome.FINISHED
    assert (session.distress_before, session.distress_after) == (None, None)


def test_q_stops_at_once_and_what_was_done_is_still_noted(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli(*TIMED, stdin="3\nq\n5\n")
    assert result.returncode == 0, result.stderr
    assert "1. " in result.stdout
    assert "2. " not in result.stdout
    assert "You stopped, and that's okay." in result.stdout
    assert "Traceback" not in result.stderr
    session = only_session(rt, dana)
    assert session.outcome is Outcome.STOPPED
    assert (session.distress_before, session.distress_after) == (3, 5)


@pytest.mark.parametrize("keys", ["e\n", "\ne\n", "enough\n"], ids=["e", "pause-then-e", "word"])
def test_enough_for_today_is_a_respected_end_from_a_step_or_a_pause(
    keys: str, cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli(*TIMED, stdin="\n" + keys + "\n")
    assert result.returncode == 0, result.stderr
    assert "Enough for today is a good place to stop." in result.stdout
    assert only_session(rt, dana).outcome is Outcome.ENOUGH_FOR_TODAY


def test_numbers_it_cannot_use_are_asked_again_kindly(cli: Run, rt: Runtime, dana: Profile) -> None:
    result = cli(*TIMED, stdin="11\nabc\n7\nq\n²\n٣\n2\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("A whole number from 0 to 10 works here") == 4
    assert (only_session(rt, dana).distress_before, only_session(rt, dana).distress_after) == (
        7,
        2,
    )


def test_after_three_unusable_answers_the_number_is_gently_left_out(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli(*TIMED, stdin="11\nabc\n²\nq\n")
    assert "Let's leave the number out this time." in result.stdout
    assert only_session(rt, dana).distress_before is None


def test_q_before_starting_leaves_nothing_behind(cli: Run, rt: Runtime, dana: Profile) -> None:
    result = cli(*TIMED, stdin="q\n")
    assert result.returncode == 0
    assert "The practice is here whenever you'd like it." in result.stdout
    assert "1. " not in result.stdout
    assert practices.history(rt, dana) == []


def test_without_a_terminal_nothing_is_asked_and_the_flags_are_used(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli("practice", "orienting", "--before", "5", "--after", "5", stdin="q\n9\n")
    assert result.returncode == 0, result.stderr
    assert "Before you start" not in result.stdout
    assert f"{STEPS}. " in result.stdout  # the piped "q" was not read as a key
    session = only_session(rt, dana)
    assert (session.outcome, session.distress_before, session.distress_after) == (
        Outcome.FINISHED,
        5,
        5,
    )


def test_given_flags_are_not_asked_again(cli: Run, rt: Runtime, dana: Profile) -> None:
    result = cli(*TIMED, "--before", "8", "--after", "6", stdin="")
    assert "Before you start" not in result.stdout
    assert "And now" not in result.stdout
    session = only_session(rt, dana)
    assert (session.distress_before, session.distress_after) == (8, 6)


def test_numbers_in_flags_that_cannot_be_used_exit_2_and_save_nothing(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    for flag, value in [("--before", "11"), ("--after", "abc"), ("--before", "²")]:
        result = cli("practice", "orienting", flag, value)
        assert result.returncode == 2, (flag, value)
        assert "Traceback" not in result.stderr
    assert practices.history(rt, dana) == []


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_in_a_real_terminal_ctrl_c_ends_calmly_and_the_stop_is_noted(
    settings: Settings, tmp_path: Path, rt: Runtime, dana: Profile
) -> None:
    import fcntl
    import termios

    leader, follower = os.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELFTRUST_")} | {
        "SELFTRUST_HOME": str(settings.home),
        "SELFTRUST_DATABASE_URL": settings.database_url,
        "HOME": str(tmp_path),
    }

    def own_terminal() -> None:  # so Ctrl+C reaches the child as it would at a real terminal
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    child = subprocess.Popen(
        [sys.executable, "-m", "selftrust", *ASKING[:-1], "--pace", "30"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        preexec_fn=own_terminal,  # the child must own the terminal for Ctrl+C to reach it
    )
    os.close(follower)
    seen = b""

    def read_until(words: bytes) -> None:
        nonlocal seen
        deadline = time.monotonic() + 30
        while words not in seen and time.monotonic() < deadline:
            if select.select([leader], [], [], 0.1)[0]:
                try:
                    seen += os.read(leader, 65536)
                except OSError:
                    return

    try:
        read_until(b"(Enter to skip)")
        os.write(leader, b"4\n")
        read_until(b"1. ")
        os.write(leader, b"\x03")
        read_until(b"help-now")
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
        os.close(leader)
    text = seen.decode(errors="replace")
    assert "You stopped, and that's okay." in text
    assert "Traceback" not in text
    assert "2. " not in text
    session = only_session(rt, dana)
    assert (session.outcome, session.distress_before) == (Outcome.STOPPED, 4)
