"""Form-field problems of the choice ledger, shared by its services so each names its field."""

from __future__ import annotations

import re

from selftrust.domain.text import InputInvalid

_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")


class FieldInvalid(InputInvalid):
    """One field cannot be used; `field` names the form input the sentence belongs to."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def parse_whole_number(value: object) -> object:
    """Turn typed digits into an int; anything else is passed on for the domain to refuse."""
    if isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
        return int(value.strip())
    return value
