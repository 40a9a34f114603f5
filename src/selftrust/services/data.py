"""Everything a profile owns: full export and full delete.

Each feature's storage module offers `export_rows(conn, profile)` and `delete_all(conn, profile)`;
adding a feature to export and delete is one line in SECTIONS.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from selftrust import __version__
from selftrust.domain.profile import Profile
from selftrust.services.runtime import Runtime
from selftrust.storage import body as body_signals
from selftrust.storage import (
    choice_ideas,
    choices,
    measures,
    mistakes,
    notes,
    reframes,
    safety_records,
    settings,
)
from selftrust.storage import lessons as lesson_reflections
from selftrust.storage import practices as practice_sessions

EXPORT_SCHEMA = "selftrust.export"
EXPORT_VERSION = 1

# (key in the export, storage module). Children before parents for deletion order.
SECTIONS: list[tuple[str, ModuleType]] = [
    ("notes", notes),
    ("body", body_signals),
    ("practice_sessions", practice_sessions),
    ("lesson_reflections", lesson_reflections),
    ("measures", measures),
    ("safety", safety_records),
    ("reframes", reframes),
    ("mistakes", mistakes),  # before choices: an entry can link a choice
    ("choices", choices),
    ("choice_ideas", choice_ideas),
    ("settings", settings),
]


def export_everything(rt: Runtime, profile: Profile) -> dict[str, Any]:
    """Return all of the profile's records as one JSON-ready, versioned document."""
    document: dict[str, Any] = {
        "schema": EXPORT_SCHEMA,
        "version": EXPORT_VERSION,
        "app_version": __version__,
        "exported_at": rt.now().isoformat(),
        "profile": {"name": profile.name},
    }
    with rt.db.transaction() as conn:
        for key, module in SECTIONS:
            document[key] = module.export_rows(conn, profile)
    return document


def delete_everything(rt: Runtime, profile: Profile) -> dict[str, int]:
    """Delete every record the profile owns, in one transaction; return counts."""
    counts: dict[str, int] = {}
    with rt.db.transaction() as conn:
        for key, module in SECTIONS:
            counts[key] = module.delete_all(conn, profile)
    return counts
