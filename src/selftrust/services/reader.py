"""How this process reads saved text: the rules alone, or the rules plus meaning.

Chosen once per process from the ``SELFTRUST_SEMANTIC`` setting: by the web app when it starts
(``app.py``) and by each CLI command (``cli/context.py``). Kept in this small module so a command
that never checks text does not import the detectors to learn the choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selftrust.language.traps import TrapMatch

_reader = {"meaning": False}  # this process's choice; see read_with_meaning


def read_with_meaning(enabled: bool) -> None:
    """Choose, for this process, whether saved text is also read by the semantic layer."""
    _reader["meaning"] = enabled


def choose_reader(mode: str, *, long_running: bool) -> bool:
    """Set this process's reader from the ``semantic`` setting; return whether meaning is on.

    ``auto`` uses the semantic layer in a long-running server when it is installed, and not in
    one-shot commands, where loading the model would double the start-up time; ``on`` uses it
    wherever it is installed; ``off`` never. A missing or broken layer always means rules alone.
    """
    wanted = mode == "on" or (mode == "auto" and long_running)
    if wanted:
        from selftrust.language import semantic

        wanted = semantic.installed()
    read_with_meaning(wanted)
    return wanted


def reads_with_meaning() -> bool:
    """Whether this process reads saved text with the semantic layer as well as the rules."""
    return _reader["meaning"]


def read_traps(text: str) -> tuple[TrapMatch, ...]:
    """The thinking traps in a text, read the way this process was set up to."""
    if reads_with_meaning():
        from selftrust.language.meaning import traps_with_meaning

        return traps_with_meaning(text)
    from selftrust.language.traps import find_traps

    return find_traps(text)
