"""Entry point for the `selftrust` command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        # Answered before anything heavy is imported: keeps this within a few ms of Python.
        from selftrust import __version__

        print(f"selftrust {__version__}")
        return 0
    from selftrust.cli.app import run

    return run(args)
