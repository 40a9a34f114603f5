"""`selftrust practice [NAME]`: a guided practice, paced in the terminal, or listened to."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

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
        typer.Option(help="Seconds between steps (default: each step's own pause at a terminal)."),
    ] = None,
    listen: Annotated[bool, typer.Option("--listen", help="Play it aloud (offline).")] = False,
    before: Annotated[int | None, typer.Option(help="Distress before, 0-10 (optional).")] = None,
    after: Annotated[int | None, typer.Option(help="Distress after, 0-10 (optional).")] = None,
    history: Annotated[
        bool, typer.Option("--history/--no-history", help="Note the day in your practice history.")
    ] = True,
) -> None:
    """A guided practice step by step. Ctrl+C stops at any moment, and that's okay."""
    if name is None:
        _list()
        return
    from selftrust.cli.context import open_profile
    from selftrust.content import listen_copy
    from selftrust.content.practices import copy
    from selftrust.domain.safety import check_distress
    from selftrust.services import audio, practices
    from selftrust.services import listen as listening
    from selftrust.services.speech import SpeechUnavailable

    chosen = practices.script(name, length, skip or [])
    check_distress(before, label="Distress before")
    check_distress(after, label="Distress after")
    rt, profile = open_profile()
    item = chosen.practice
    print(f"{item.title} ({chosen.version.label.lower()})")
    if item.content_note:
        print(f"Content note: {item.content_note}")
    print(item.options)
    print()
    if listen:
        try:
            _listen(str(audio.ensure(rt, listening.practice_item(chosen)).path))
        except SpeechUnavailable:
            print(listen_copy.CLI_NO_ENGINE)
    timed = sys.stdout.isatty() if pace is None else pace > 0
    outcome = "finished"
    try:
        for number, step in enumerate(chosen.version.steps, start=1):
            print(f"{number}. {step.text}", flush=True)
            if timed and not listen:
                time.sleep(step.pause_seconds if pace is None else pace)
    except KeyboardInterrupt:
        outcome = "stopped"
        print()
    print()
    print(copy.OUTCOME_MESSAGES[outcome] if outcome == "stopped" else item.closing)
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
    print("If you'd like to talk to someone: selftrust help-now")
