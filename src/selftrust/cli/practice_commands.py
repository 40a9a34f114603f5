"""`selftrust practice [NAME]`: a guided practice, paced in the terminal, or listened to."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from selftrust.cli.practice_run import Keys
    from selftrust.content.practices.shape import Step
    from selftrust.services.practices import Script
    from selftrust.services.runtime import Runtime

# Players by the formats they open; the first one found is used.
PLAYERS = {
    ".opus": (["ffplay", "-nodisp", "-autoexit", "-loglevel", "quiet"], ["paplay"]),
    ".wav": (["aplay", "-q"], ["paplay"], ["ffplay", "-nodisp", "-autoexit", "-loglevel", "quiet"]),
}


def find_player(path: Path) -> list[str] | None:
    """Return the command that plays this file here, or None."""
    for command in PLAYERS.get(path.suffix, ()):
        program = shutil.which(command[0])
        if program:
            return [program, *command[1:], str(path)]
    return None


def _list() -> None:
    from selftrust.content.practices import PRACTICES

    print("Practices (selftrust practice NAME):")
    for practice in PRACTICES.values():
        lengths = ", ".join(f"{v.id} (about {v.minutes} min)" for v in practice.versions)
        print(f"  {practice.id:<22} {practice.title}. Lengths: {lengths}")


def _listen(path_text: str) -> None:
    from selftrust.content import listen_copy as copy

    path = Path(path_text)
    command = find_player(path)
    if command is None:
        print(copy.CLI_NO_PLAYER.format(path=path))
        return
    subprocess.run(command, check=False)  # noqa: S603 - a fixed player from PATH, no shell


def _paced_print(steps: Sequence[Step], waits: Sequence[float]) -> str:
    """Print the steps for scripts and pipes (no keys read); Ctrl+C stops."""
    try:
        for number, (step, seconds) in enumerate(zip(steps, waits, strict=True), start=1):
            print(f"{number}. {step.text}", flush=True)
            if seconds > 0:
                time.sleep(seconds)
    except KeyboardInterrupt:
        print()
        return "stopped"
    return "finished"


def _is_interactive(choice: bool | None) -> bool:
    # Prompts only where a person can answer them: a pipe or a cron job must never hang.
    return sys.stdin.isatty() and sys.stdout.isatty() if choice is None else choice


def practice(
    name: Annotated[str | None, typer.Argument(help="The practice, e.g. body_scan.")] = None,
    length: Annotated[
        str | None, typer.Option(help="Which length: 1, 3 or 5 (body scan); full or short.")
    ] = None,
    skip: Annotated[
        list[str] | None, typer.Option(help="A body area to leave out; repeat for more.")
    ] = None,
    pace: Annotated[
        float | None,
        typer.Option(
            help="Seconds between steps (default: each step's own pause at a terminal). "
            "0: no waiting, or, when asking, Enter shows the next step.",
        ),
    ] = None,
    listen: Annotated[bool, typer.Option("--listen", help="Play it aloud (offline).")] = False,
    before: Annotated[
        int | None, typer.Option(help="Distress before, 0-10 (optional; not asked when given).")
    ] = None,
    after: Annotated[
        int | None, typer.Option(help="Distress after, 0-10 (optional; not asked when given).")
    ] = None,
    interactive: Annotated[
        bool | None,
        typer.Option(
            "--interactive/--no-interactive",
            help="Ask the distress questions and read keys (default: only at a terminal).",
            show_default=False,
        ),
    ] = None,
    history: Annotated[
        bool, typer.Option("--history/--no-history", help="Note the day in your practice history.")
    ] = True,
) -> None:
    """A guided practice step by step. Stopping is always okay.

    At a terminal it asks your distress before and after (Enter skips), then shows the steps at
    their pace. Keys, each followed by Enter: Enter pauses (and Enter again goes on), e ends with
    "enough for today", q stops. Ctrl+C stops at any moment. Without a terminal (a pipe or a
    script) nothing is asked: use --before and --after.
    """
    if name is None:
        _list()
        return
    from selftrust.cli import practice_run
    from selftrust.cli.context import open_profile
    from selftrust.content import grounding, pages
    from selftrust.content.practices import copy
    from selftrust.domain.safety import check_distress
    from selftrust.services import practices

    chosen = practices.script(name, length, skip or [])
    check_distress(before, label="Distress before")
    check_distress(after, label="Distress after")
    rt, profile = open_profile()
    keys = practice_run.Keys() if _is_interactive(interactive) else None
    item = chosen.practice
    print(f"{item.title} ({chosen.version.label.lower()})")
    if item.content_note:
        print(f"{pages.CONTENT_NOTE_LABEL}: {item.content_note}")
    print(item.options)
    print()
    if keys is not None and before is None:
        try:
            before, leaving = practice_run.ask_distress(
                keys, grounding.DISTRESS_CHECK.question_before
            )
        except KeyboardInterrupt:
            leaving = True  # nothing was practised yet, so nothing is noted
        if leaving:
            print(f"\n{copy.CLI_NOT_STARTED} {copy.CLI_NOT_SAVED}")
            return
    outcome, interrupted = _guide(rt, chosen, keys, pace=pace, listen=listen)
    print()
    print(item.closing if outcome == "finished" else copy.OUTCOME_MESSAGES[outcome])
    if keys is not None and after is None and not interrupted:
        try:
            after, _ = practice_run.ask_distress(keys, grounding.DISTRESS_CHECK.question_after)
        except KeyboardInterrupt:
            print()  # Ctrl+C here only skips the question: what was done is still noted
    if before is not None and after is not None:
        print(grounding.distress_reflection(before, after))
    if history:
        practices.record_session(
            rt,
            profile,
            item.id,
            outcome=outcome,
            minutes=chosen.version.minutes,
            before=before,
            after=after,
        )
        print(copy.days_sentence(practices.consistency(rt, profile).days))
    print(copy.CLI_HELP_NOW)


def _guide(
    rt: Runtime, chosen: Script, keys: Keys | None, *, pace: float | None, listen: bool
) -> tuple[str, bool]:
    """Play or show the steps; return how it ended and whether Ctrl+C ended it."""
    from selftrust.cli import practice_run
    from selftrust.content import listen_copy
    from selftrust.services import audio
    from selftrust.services import listen as listening
    from selftrust.services.speech import SpeechUnavailable

    steps = chosen.version.steps
    try:
        if listen:
            try:
                _listen(str(audio.ensure(rt, listening.practice_item(chosen)).path))
            except SpeechUnavailable:
                print(listen_copy.CLI_NO_ENGINE)
        if keys is not None and not listen:
            own_pace = pace is not None and pace <= 0
            return practice_run.run_steps(steps, keys, pace=0 if own_pace else pace), False
        timed = not listen and (sys.stdout.isatty() if pace is None else pace > 0)
        waits = [float(s.pause_seconds if pace is None else pace) if timed else 0.0 for s in steps]
        return _paced_print(steps, waits), False
    except KeyboardInterrupt:
        print()
        return "stopped", True
