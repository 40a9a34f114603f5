"""How the CLI speaks: plain sentences on stderr for problems, exit codes scripts can use."""

from __future__ import annotations

import sys

import typer

EXIT_PROBLEM = 1
EXIT_USAGE = 2


def say_problem(message: str) -> None:
    print(message, file=sys.stderr)


def problem_exit_code(error: Exception) -> int:
    """Print one clear sentence for a known problem and return its exit code."""
    from selftrust.services.errors import ConfigError, InputInvalid, NotFound, StorageError

    if isinstance(error, typer.Exit):
        return int(error.exit_code)
    if isinstance(error, typer.Abort):
        say_problem("Stopped. Nothing was changed.")
        return EXIT_PROBLEM
    if isinstance(error, typer.TyperException):
        return _usage_problem(error)
    if isinstance(error, InputInvalid | NotFound):
        say_problem(str(error))
        return EXIT_USAGE
    if isinstance(error, StorageError | ConfigError):
        say_problem(str(error))
        return EXIT_PROBLEM
    if isinstance(error, KeyboardInterrupt):
        return 130
    say_problem(
        f"Something unexpected went wrong ({type(error).__name__}). Nothing you saved before "
        "is lost."
    )
    return EXIT_PROBLEM


def _usage_problem(error: typer.TyperException) -> int:
    # Typer vendors click; its usage errors carry the command context for a precise hint.
    ctx = getattr(error, "ctx", None)
    if type(error).__name__ == "NoArgsIsHelpError" and ctx is not None:
        print(ctx.get_help())
        return 0
    message = error.format_message()
    if ctx is not None:
        message += f" Try '{ctx.command_path} --help'."
    say_problem(message)
    return EXIT_USAGE
