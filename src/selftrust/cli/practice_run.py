"""The interactive terminal practice: distress before, paced steps with pause/stop, distress after.

Keys are whole lines (typed, then Enter), read straight from the file descriptor so a pause is
one Enter away in a real terminal and the same run can be tested by piping lines in. End of input
never hangs the run: the steps go on at their pace and the remaining questions are skipped.
"""

from __future__ import annotations

import os
import re
import select
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from selftrust.content.practices import copy
from selftrust.domain.safety import DISTRESS_MAX

if TYPE_CHECKING:
    from selftrust.content.practices.shape import Step

STOP_KEYS: Final = frozenset({"q", "quit", "s", "stop"})
ENOUGH_KEYS: Final = frozenset({"e", "enough"})
FINISHED: Final = "finished"
ENOUGH: Final = "enough_for_today"
STOPPED: Final = "stopped"
NEXT: Final = "next"
_RATING = re.compile(r"[0-9]{1,2}")  # ASCII digits only: "²" or "٣" are asked again, kindly
_TRIES: Final = 3


class Keys:
    """Lines typed (or piped) on standard input, each read with an optional time limit."""

    def __init__(self, fd: int = 0) -> None:
        self._fd = fd
        self._buffer = b""
        self.ended = False  # input ran out (Ctrl+D, or the pipe closed)

    def line(self, timeout: float | None) -> str | None:
        """Return the next line, or None when the time ran out or input has ended.

        Reading the descriptor ourselves (not `sys.stdin`) matters: a buffered reader could
        swallow several lines at once while `select` reports nothing more to read.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self._buffer:
            if self.ended:
                return self._rest(deadline)
            if deadline is not None and not self._ready(deadline - time.monotonic()):
                return None
            try:
                chunk = os.read(self._fd, 4096)
            except OSError:  # the terminal went away: treat it as the end of input
                chunk = b""
            if chunk:
                self._buffer += chunk
            else:
                self.ended = True
        raw, _, self._buffer = self._buffer.partition(b"\n")
        return raw.decode("utf-8", errors="replace").rstrip("\r")

    def _rest(self, deadline: float | None) -> str | None:
        if self._buffer:  # a last line without its newline still counts
            raw, self._buffer = self._buffer, b""
            return raw.decode("utf-8", errors="replace").rstrip("\r")
        if deadline is not None:
            time.sleep(max(0.0, deadline - time.monotonic()))  # keep the pace without input
        return None

    def _ready(self, seconds: float) -> bool:
        try:
            readable, _, _ = select.select([self._fd], [], [], max(0.0, seconds))
        except (OSError, ValueError):  # no select on this descriptor (e.g. Windows consoles)
            return True  # fall back to waiting for Enter
        return bool(readable)


def say(text: str) -> None:
    print(text, flush=True)


def ask_distress(keys: Keys, question: str) -> tuple[int | None, bool]:
    """Ask for distress 0-10; return (the number or None, whether the person chose to stop).

    Anything unusable is asked again kindly, a few times, then gently left out.
    """
    for _ in range(_TRIES):
        print(f"{question} {copy.CLI_SKIP_HINT}", end="", flush=True)
        answer = keys.line(None)
        text = "" if answer is None else answer.strip().lower()
        if not text:
            return None, False
        if text in STOP_KEYS:
            return None, True
        if _RATING.fullmatch(text) and int(text) <= DISTRESS_MAX:
            return int(text), False
        say(copy.CLI_DISTRESS_RETRY)
    say(copy.CLI_DISTRESS_LEFT_OUT)
    return None, False


def _ending(line: str) -> str | None:
    key = line.strip().lower()
    if key in STOP_KEYS:
        return STOPPED
    if key in ENOUGH_KEYS:
        return ENOUGH
    return None


def _wait(keys: Keys, seconds: float | None) -> str:
    """Wait after a step: the time runs out, or a typed line pauses, stops or ends for today."""
    line = keys.line(seconds)
    if line is None:
        return NEXT
    ending = _ending(line)
    if ending is not None or seconds is None:
        return ending or NEXT  # at their own pace, Enter (or anything else) goes on
    say(copy.CLI_PAUSED)
    again = keys.line(None)  # paused for as long as the person likes
    return NEXT if again is None else (_ending(again) or NEXT)


def run_steps(steps: Sequence[Step], keys: Keys, *, pace: float | None) -> str:
    """Show the steps one by one; return how the practice ended.

    `pace` None: each step's own pause; 0: the person's own pace (Enter for the next step).
    """
    say(copy.CLI_KEYS_OWN_PACE if pace == 0 else copy.CLI_KEYS_TIMED)
    say("")
    for number, step in enumerate(steps, start=1):
        say(f"{number}. {step.text}")
        seconds = None if pace == 0 else float(step.pause_seconds if pace is None else pace)
        ended = _wait(keys, seconds)
        if ended != NEXT:
            return ended
    return FINISHED
