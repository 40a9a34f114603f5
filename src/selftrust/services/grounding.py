"""Grounding practices: the distress numbers are saved only when the person chooses."""

from __future__ import annotations

from selftrust.content.grounding import PRACTICES
from selftrust.domain.profile import Profile
from selftrust.domain.safety import GroundingSession, check_distress
from selftrust.domain.text import InputInvalid
from selftrust.services.runtime import Runtime
from selftrust.storage import safety_records


def check_practice(practice: object) -> str:
    """Return a known practice id, or raise InputInvalid."""
    if not isinstance(practice, str) or practice not in PRACTICES:
        raise InputInvalid(
            f"There is no grounding practice called {str(practice)[:40]!r}. "
            f"Try one of: {', '.join(PRACTICES)}."
        )
    return practice


def record_session(
    rt: Runtime, profile: Profile, practice: object, before: object, after: object
) -> GroundingSession:
    """Save one practice with its optional before/after distress (0–10)."""
    name = check_practice(practice)
    first = check_distress(before, label="Distress before")
    last = check_distress(after, label="Distress after")
    with rt.db.transaction() as conn:
        return safety_records.add_grounding(conn, profile, name, first, last, now=rt.now())


def sessions(rt: Runtime, profile: Profile) -> list[GroundingSession]:
    """Every saved practice, oldest first."""
    with rt.db.transaction() as conn:
        return safety_records.grounding_sessions(conn, profile)
