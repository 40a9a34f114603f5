"""`selftrust measure score|take|history` and `selftrust checkin`.

Only Typer is imported here; each command imports what it needs when it runs, so
`measure score` never loads storage or services.
"""

from __future__ import annotations

from typing import Annotated

import typer

measure_app = typer.Typer(
    help="Questionnaires: score answers, take one (saved), see how it has changed.",
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


@measure_app.command("score")
def score(
    instrument: Annotated[str, typer.Argument(help="gad7, phq9, pcl5, scssf or rses.")],
    answers: Annotated[
        str, typer.Argument(help="Answers in question order, comma-separated: 1,0,2,3,1,0,2")
    ],
    json_output: JsonFlag = False,
) -> None:
    """Score answers exactly as published. Nothing is stored."""
    from selftrust.cli.measure_score import run_score

    run_score(instrument, answers, json_output=json_output)


@measure_app.command("take")
def take(
    instrument: Annotated[str, typer.Argument(help="gad7, phq9, pcl5, scssf, rses or checkin.")],
) -> None:
    """Answer a questionnaire one question at a time; s skips, q stops and keeps a draft."""
    from selftrust.cli import measures

    measures.take(instrument)


@measure_app.command("history")
def history(
    instrument: Annotated[
        str | None, typer.Argument(help="One instrument id; leave out for all of them.")
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Show your finished questionnaires over time, with change since the one before."""
    from selftrust.cli import measures

    measures.show_history(instrument, json_output=json_output)


def checkin(
    answers: Annotated[
        str | None,
        typer.Option("--answers", help="All 10 answers, 0-4, comma-separated; skips asking."),
    ] = None,
    distress: Annotated[
        int | None, typer.Option("--distress", help="Distress right now, 0-10 (optional).")
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Do the self-trust check-in (ours, not validated): asked one by one, or with --answers."""
    from selftrust.cli import measures

    if answers is None:
        if distress is not None or json_output:
            raise typer.BadParameter("--distress and --json go together with --answers.")
        measures.take("checkin")
        return
    measures.checkin_from_flags(answers, distress, json_output=json_output)
