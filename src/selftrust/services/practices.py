"""Guided practices: choose a version, leave out areas, record how it ended, count the days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from selftrust.content.practices import PRACTICES, Practice, Version
from selftrust.domain.practices import (
    WINDOW_DAYS,
    PracticeInvalid,
    PracticeSession,
    check_minutes,
    check_outcome,
    days_practised,
    practice_days,
)
from selftrust.domain.profile import Profile
from selftrust.domain.safety import check_distress
from selftrust.services.runtime import Runtime
from selftrust.storage import practices as store
from selftrust.storage import safety_records


@dataclass(frozen=True, slots=True)
class Script:
    """One practice at one length, with any areas left out: what is shown, spoken and paced."""

    practice: Practice
    version: Version
    skipped: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Consistency:
    days: int
    window: int
    daily: tuple[bool, ...]  # oldest first, one per day of the window


def check_practice(practice_id: object) -> Practice:
    """Return a known practice, or raise with the choices."""
    practice = PRACTICES.get(str(practice_id)) if isinstance(practice_id, str) else None
    if practice is None:
        raise PracticeInvalid(
            f"There is no practice called {str(practice_id)[:40]!r}. "
            f"Try one of: {', '.join(PRACTICES)}."
        )
    return practice


def script(practice_id: object, version_id: str | None = None, skip: Iterable[str] = ()) -> Script:
    """Return the steps of one version of a practice, leaving out the chosen areas."""
    practice = check_practice(practice_id)
    version = practice.version(version_id)
    if version is None:
        choices = ", ".join(v.id for v in practice.versions)
        raise PracticeInvalid(f"{practice.title} comes in these lengths: {choices}.")
    skipped = tuple(a for a in practice.areas if a in set(skip))
    unknown = set(skip) - set(practice.areas)
    if unknown:
        if not practice.areas:
            raise PracticeInvalid(f"{practice.title} has no areas to leave out.")
        raise PracticeInvalid(
            f"{sorted(unknown)[0][:40]!r} is not an area of {practice.title.lower()}. "
            f"Areas: {', '.join(practice.areas)}."
        )
    return Script(practice, version.without(frozenset(skipped)), skipped)


def record_session(
    rt: Runtime,
    profile: Profile,
    practice_id: object,
    *,
    outcome: object,
    minutes: object = None,
    before: object = None,
    after: object = None,
) -> PracticeSession:
    """Save how a practice ended, with optional length and distress before/after (0-10)."""
    practice = check_practice(practice_id)
    ended = check_outcome(outcome)
    length = check_minutes(minutes)
    first = check_distress(before, label="Distress before")
    last = check_distress(after, label="Distress after")
    with rt.db.transaction() as conn:
        return store.add(
            conn,
            profile,
            practice.id,
            minutes=length,
            outcome=ended,
            before=first,
            after=last,
            now=rt.now(),
        )


def history(rt: Runtime, profile: Profile, *, limit: int = 20) -> list[PracticeSession]:
    """Return the most recent practice sessions, newest first."""
    with rt.db.transaction() as conn:
        return store.recent(conn, profile, limit=max(1, min(limit, 500)))


def consistency(rt: Runtime, profile: Profile) -> Consistency:
    """Return the days practised in the last four weeks (guided practices and grounding)."""
    today = rt.now().date()
    since = rt.now() - timedelta(days=WINDOW_DAYS + 1)
    with rt.db.transaction() as conn:
        moments = [s.created_at for s in store.recent(conn, profile, since=since)]
        # Grounding from the safety bar counts too: it is practice all the same.
        moments += [
            s.created_at
            for s in safety_records.grounding_sessions(conn, profile)
            if s.created_at >= since
        ]
    return Consistency(
        days=days_practised(moments, today=today),
        window=WINDOW_DAYS,
        daily=tuple(practice_days(moments, today=today)),
    )
