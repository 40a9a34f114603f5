"""`selftrust delete-all`"""

from __future__ import annotations

import sys

import typer

from selftrust.cli.context import open_profile
from selftrust.services import data


def delete_all(*, yes: bool) -> None:
    if not yes:
        if not sys.stdin.isatty():
            raise typer.BadParameter(
                "Deleting everything needs a yes: answer the question, or pass --yes in scripts."
            )
        sure = typer.confirm(
            "This deletes every note and record stored for you, for good. Continue?",
            default=False,
        )
        if not sure:
            print("Nothing was deleted.")
            return
    rt, profile = open_profile()
    counts = data.delete_everything(rt, profile)
    total = sum(counts.values())
    print(f"Deleted {total} record{'s' if total != 1 else ''}. This space is empty now.")
