"""`selftrust reframe …` and `selftrust mistake …`: each a command of its own and a group.

Only typer is imported here; the flows (and the services behind them) load when a command runs.
"""

from __future__ import annotations

from typing import Annotated

import typer

reframe_app = typer.Typer(
    invoke_without_command=True,
    help="Answer an inner critic with your own kind voice, step by step (Enter skips a step).",
)
mistake_app = typer.Typer(
    invoke_without_command=True,
    help="Look at a mistake as information: what happened, what it tells you, next time.",
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
Limit = Annotated[int, typer.Option("--limit", "-n", min=1, max=500, help="How many.")]
Search = Annotated[
    str | None, typer.Option("--search", "-s", help="Only entries containing this text.")
]


@reframe_app.callback()
def reframe(
    ctx: typer.Context,
    thought: Annotated[
        str | None, typer.Option("--thought", help="The critical thought (for scripts).")
    ] = None,
    reply: Annotated[str | None, typer.Option("--reply", help="Your own kind reply.")] = None,
    before: Annotated[
        int | None, typer.Option("--before", help="Feeling strength at the start, 0-10.")
    ] = None,
    after: Annotated[
        int | None, typer.Option("--after", help="Feeling strength at the end, 0-10.")
    ] = None,
    draft: Annotated[bool, typer.Option("--draft", help="Save it to finish later.")] = False,
    json_output: JsonFlag = False,
) -> None:
    """Answer an inner critic step by step; with --thought, save one in one go."""
    if ctx.invoked_subcommand is not None:
        return
    from selftrust.cli import reframes
    from selftrust.content.reframes_copy import CLI_NEEDS_THOUGHT

    if thought is None:
        if reply is not None or before is not None or after is not None or draft or json_output:
            raise typer.BadParameter(CLI_NEEDS_THOUGHT)
        reframes.interactive()
        return
    reframes.scripted(
        thought=thought,
        reply=reply,
        before=before,
        after=after,
        draft=draft,
        json_output=json_output,
    )


@reframe_app.command("list")
def reframe_list(json_output: JsonFlag = False, search: Search = None, limit: Limit = 20) -> None:
    """Show your latest reframes."""
    from selftrust.cli import reframes

    reframes.show(search=search, limit=limit, json_output=json_output)


@mistake_app.callback()
def mistake(
    ctx: typer.Context,
    what_happened: Annotated[
        str | None, typer.Option("--what-happened", help="What happened (for scripts).")
    ] = None,
    expected: Annotated[
        str | None, typer.Option("--expected", help="What you expected would happen.")
    ] = None,
    information: Annotated[
        str | None, typer.Option("--information", help="What it tells you.")
    ] = None,
    next_time: Annotated[
        str | None, typer.Option("--next-time", help="What you could try next time.")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="One kind sentence to yourself.")
    ] = None,
    choice: Annotated[
        int | None, typer.Option("--choice", help="Link one of your choices, by its number.")
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Look at a mistake as information; with --what-happened, save one in one go."""
    if ctx.invoked_subcommand is not None:
        return
    from selftrust.cli import mistakes
    from selftrust.content.reframes_copy import CLI_NEEDS_WHAT

    if what_happened is None:
        if any(v is not None for v in (expected, information, next_time, kind)) or json_output:
            raise typer.BadParameter(CLI_NEEDS_WHAT)
        mistakes.interactive(choice=choice)
        return
    mistakes.scripted(
        what_happened=what_happened,
        expected=expected,
        information=information,
        next_time=next_time,
        kind=kind,
        choice=choice,
        json_output=json_output,
    )


@mistake_app.command("list")
def mistake_list(json_output: JsonFlag = False, search: Search = None, limit: Limit = 20) -> None:
    """Show your latest mistake entries."""
    from selftrust.cli import mistakes

    mistakes.show(search=search, limit=limit, json_output=json_output)
