"""Case-insensitive substring search that behaves the same on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence

# Backslash escapes LIKE's wildcards, so a search for "50%" or "a_b" means exactly that.
ESCAPE = "\\"


def like_pattern(query: str) -> str:
    """Return a LIKE pattern matching the query anywhere, its wildcards taken literally."""
    escaped = (
        query.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    )
    return f"%{escaped}%"


def any_column_like(columns: Sequence[str], param: str = "q") -> str:
    """SQL true when any of the (trusted, fixed) columns contains the :param pattern."""
    # lower() on both sides: SQLite's LIKE ignores case for ASCII only, PostgreSQL's not at all.
    return "(" + " OR ".join(f"lower({c}) LIKE lower(:{param}) ESCAPE '\\'" for c in columns) + ")"
