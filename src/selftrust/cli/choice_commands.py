"""`selftrust choice …` and `selftrust evidence`: the command tree only.

Like cli/app.py, this imports nothing heavy: each command imports selftrust.cli.choices (and so
the services) when it runs, which keeps `selftrust --help` and other commands quick.
"""

from __future__ import annotations

from typing import Annotated

import typer

choice_app = typer.Typer(
    help="Record small choices, look back on them, and see what they add up to.",
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def register(app: typer.Typer) -> None:
    """Add `choice` and `evidence` to the main command tree."""
    app.add_typer(choice_app, name="choice")
    app.command("evidence")(evidence)


@choice_app.command("add")
def add(
    text: Annotated[str, typer.Argument(help="What you chose. Use - to read it from stdin.")],
    confidence: Annotated[
        str,
        typer.Option(
            "--confidence",
            metavar="N",
            help="How sure you are that, looking back, it will feel right for you (0 to 100).",
        ),
    ],
    gut: Annotated[
        str | None, typer.Option("--gut", metavar="TEXT", help="What your gut or body said.")
    ] = None,
    followed_gut: Annotated[
        bool, typer.Option("--followed-gut", help="You went with your gut.")
    ] = False,
    overrode_gut: Annotated[
        bool, typer.Option("--overrode-gut", help="You went a different way from your gut.")
    ] = False,
    reassurance: Annotated[
        str,
        typer.Option(
            "--reassurance",
            metavar="none|some|lots",
            help="How much you asked others to check it first.",
        ),
    ] = "none",
    area: Annotated[
        str | None,
        typer.Option(
            "--area",
            metavar="AREA",
            help="rest, boundaries, comfort, pace, preference or other.",
        ),
    ] = None,
    gut_signal: Annotated[
        str | None,
        typer.Option(
            "--gut-signal",
            metavar="SIGNAL_ID|ask",
            help="Link one of your body signals as what your gut said (see `selftrust body "
            "list`), or `ask` to pick from your recent ones.",
        ),
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Record a choice exactly as written."""
    from selftrust.cli import choices

    choices.add(
        text,
        gut_text=gut,
        followed=followed_gut,
        overrode=overrode_gut,
        confidence=confidence,
        reassurance=reassurance,
        area=area,
        gut_signal=gut_signal,
        json_output=json_output,
    )


@choice_app.command("gut-signal")
def gut_signal(
    choice_id: Annotated[int, typer.Argument(metavar="ID", help="The choice's number.")],
    signal: Annotated[
        str,
        typer.Argument(
            metavar="SIGNAL_ID|none",
            help="The body signal to link as what your gut said, or none to remove the link.",
        ),
    ],
) -> None:
    """Link a body signal to a choice as what your gut said, change it, or remove it."""
    from selftrust.cli import choices

    choices.link_signal(choice_id, signal)


@choice_app.command("look-back")
def look_back(
    choice_id: Annotated[int, typer.Argument(metavar="ID", help="The choice's number.")],
    felt_right: Annotated[
        str,
        typer.Option(
            "--felt-right",
            metavar="yes|partly|no|too_early",
            help="Looking back, did it feel right for you?",
        ),
    ],
    note: Annotated[
        str | None, typer.Option("--note", metavar="TEXT", help="Anything you noticed.")
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Look back on a choice; the latest look-back is the one that counts."""
    from selftrust.cli import choices

    choices.look_back(choice_id, felt_right=felt_right, note=note, json_output=json_output)


@choice_app.command("list")
def show_list(
    json_output: JsonFlag = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=500, help="How many.")] = 20,
) -> None:
    """Show your most recent choices and how they felt looking back."""
    from selftrust.cli import choices

    choices.show(limit=limit, json_output=json_output)


@choice_app.command("due")
def due(json_output: JsonFlag = False) -> None:
    """Show the choices that are ready to look back on (only if you feel like it)."""
    from selftrust.cli import choices

    choices.show_due(json_output=json_output)


@choice_app.command("calendar")
def calendar(
    with_text: Annotated[
        bool,
        typer.Option("--with-text", help="Put what you chose in each event (it may sync online)."),
    ] = False,
) -> None:
    """Print waiting and upcoming look-backs as an iCalendar file (> lookbacks.ics)."""
    from selftrust.cli import choices

    choices.calendar(with_text=with_text)


@choice_app.command("delay")
def delay(
    hours: Annotated[
        str | None,
        typer.Argument(metavar="[HOURS|off]", help="Hours before a look-back is offered, or off."),
    ] = None,
) -> None:
    """Show or set when look-backs are offered (default: the next day)."""
    from selftrust.cli import choices

    choices.delay(hours)


def evidence(json_output: JsonFlag = False) -> None:
    """Show what your look-backs add up to (never a score of you)."""
    from selftrust.cli import choices

    choices.evidence(json_output=json_output)
