"""`selftrust audio build|status`: render every lesson and practice ahead, see what is ready."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

audio_app = typer.Typer(help="Offline speech for Listen.", no_args_is_help=True)


@audio_app.command("status")
def status(
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show the speech engine in use and how much audio is ready."""
    import json

    from selftrust.cli.context import open_profile
    from selftrust.content import listen_copy as copy
    from selftrust.services import listen

    rt, _ = open_profile()
    found = listen.status(rt)
    if json_output:
        document = {
            "engine": found.engine,
            "voice": found.voice,
            "encoder": found.encoder,
            "ready": found.ready,
            "total": found.total,
            "bytes_on_disk": found.bytes_on_disk,
        }
        print(json.dumps(document))
        return
    if found.engine is None:
        print(copy.CLI_NO_ENGINE)
        return
    print(f"Speech engine: {found.engine} (voice {found.voice}), saved as {found.encoder}.")
    print(f"Ready: {found.ready} of {found.total}, {found.bytes_on_disk / 1_000_000:.1f} MB.")
    if found.missing:
        print("Not rendered yet (selftrust audio build makes them):")
        for title in found.missing:
            print(f"  - {title}")


@audio_app.command("build")
def build() -> None:
    """Render every lesson and practice ahead of time (once; later runs reuse the files)."""
    from rich.progress import Progress

    from selftrust.cli.context import open_profile
    from selftrust.content import listen_copy as copy
    from selftrust.services import listen, speech

    rt, _ = open_profile()
    if speech.detect_engine() is None:
        print(copy.CLI_NO_ENGINE, file=sys.stderr)
        raise typer.Abort  # exit code 1 ("Stopped. Nothing was changed.")
    items = listen.all_items()
    made = 0
    with Progress(transient=not sys.stderr.isatty()) as progress:
        task = progress.add_task("Rendering audio", total=len(items))

        def step(item: object, rendered: object) -> None:
            nonlocal made
            made += bool(getattr(rendered, "rendered_now", False))
            progress.advance(task)

        listen.build(rt, items, progress=step)
    print(f"All {len(items)} are ready ({made} made now, {len(items) - made} already there).")
