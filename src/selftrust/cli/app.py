"""The command tree. Commands import what they need when they run."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from selftrust import __version__
from selftrust.cli import (
    audio_commands,
    body_commands,
    choice_commands,
    measure_commands,
    practice_commands,
    reframe_commands,
    safety_commands,
)

app = typer.Typer(
    name="selftrust",
    help="A private companion for rebuilding trust in yourself. Everything stays on this device.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
db_app = typer.Typer(help="Look after the database.", no_args_is_help=True)
note_app = typer.Typer(help="Write and read journal notes.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(note_app, name="note")
app.add_typer(safety_commands.safety_plan_app, name="safety-plan")
app.command("analyze")(safety_commands.analyze)
app.command("ground")(safety_commands.ground)
app.command("help-now")(safety_commands.help_now)
app.add_typer(body_commands.body_app, name="body")
app.add_typer(audio_commands.audio_app, name="audio")
app.command("practice")(practice_commands.practice)
app.add_typer(measure_commands.measure_app, name="measure")
app.command("checkin")(measure_commands.checkin)
app.add_typer(reframe_commands.reframe_app, name="reframe")
app.add_typer(reframe_commands.mistake_app, name="mistake")
choice_commands.register(app)  # `choice …` and `evidence`

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def run(args: list[str]) -> int:
    """Run a command, turning known problems into one clear sentence and an exit code."""
    from selftrust.cli.output import problem_exit_code

    try:
        app(args, prog_name="selftrust", standalone_mode=False)
    except Exception as error:  # the one place every CLI problem is caught
        return problem_exit_code(error)
    return 0


def _version(value: bool) -> None:
    if value:
        print(f"selftrust {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show version."),
    ] = False,
) -> None:
    """selftrust: listen to yourself, and collect the evidence."""


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000, or $PORT).")] = None,
) -> None:
    """Start the web app (and the JSON API) on this machine."""
    from selftrust.cli.serve import serve as start

    start(host=host, port=port)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply database migrations (also done automatically at start)."""
    from selftrust.cli.context import settings
    from selftrust.services.runtime import upgrade_database

    revision = upgrade_database(settings())
    print(f"The database is up to date (revision {revision}).")


@note_app.command("add")
def note_add(
    text: Annotated[str, typer.Argument(help="The note. Use - to read it from standard input.")],
    json_output: JsonFlag = False,
) -> None:
    """Save a note exactly as written."""
    from selftrust.cli import notes

    notes.add(text, json_output=json_output)


@note_app.command("list")
def note_list(
    json_output: JsonFlag = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=500, help="How many.")] = 20,
) -> None:
    """Show your most recent notes."""
    from selftrust.cli import notes

    notes.show(limit=limit, json_output=json_output)


@app.command("export")
def export(
    json_output: Annotated[
        bool, typer.Option("--json", help="Export as JSON (the default).")
    ] = True,
    fhir: Annotated[
        bool, typer.Option("--fhir", help="Print finished questionnaires as a FHIR R4B Bundle.")
    ] = False,
) -> None:
    """Print everything your profile owns as one versioned JSON document."""
    import json

    from selftrust.cli.context import open_profile
    from selftrust.services import data, measure_results

    rt, profile = open_profile()
    if fhir:
        document = measure_results.fhir_bundle(rt, profile)
    else:
        document = data.export_everything(rt, profile)
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")


@app.command("delete-all")
def delete_all(
    yes: Annotated[
        bool, typer.Option("--yes", help="Do not ask to confirm (for scripts).")
    ] = False,
) -> None:
    """Delete everything your profile owns, for good."""
    from selftrust.cli import data

    data.delete_all(yes=yes)
