"""Everything a profile owns: full export and full delete."""

from __future__ import annotations

from typing import Any

from selftrust import __version__
from selftrust.domain.profile import Profile
from selftrust.services.runtime import Runtime
from selftrust.storage import notes

EXPORT_SCHEMA = "selftrust.export"
EXPORT_VERSION = 1


def export_everything(rt: Runtime, profile: Profile) -> dict[str, Any]:
    """Return all of the profile's records as one JSON-ready, versioned document."""
    with rt.db.transaction() as conn:
        all_notes = notes.all_for_export(conn, profile)
    return {
        "schema": EXPORT_SCHEMA,
        "version": EXPORT_VERSION,
        "app_version": __version__,
        "exported_at": rt.now().isoformat(),
        "profile": {"name": profile.name},
        "notes": [
            {
                "id": n.id,
                "text": n.text,
                "created_at": n.created_at.isoformat(),
                "updated_at": n.updated_at.isoformat(),
            }
            for n in all_notes
        ],
    }


def delete_everything(rt: Runtime, profile: Profile) -> dict[str, int]:
    """Delete every record the profile owns, in one transaction; return counts."""
    with rt.db.transaction() as conn:
        return {"notes": notes.delete_all(conn, profile)}
