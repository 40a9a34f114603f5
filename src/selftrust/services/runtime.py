"""What every use case needs: the database, the clock and the settings, made in one place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from selftrust.config import Settings
from selftrust.domain.profile import Profile
from selftrust.storage import migrate, profiles
from selftrust.storage.database import Database

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real time, in UTC (the one place the app reads the clock)."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Runtime:
    settings: Settings
    db: Database
    clock: Clock

    def now(self) -> datetime:
        return self.clock()


def open_runtime(settings: Settings, *, clock: Clock = system_clock) -> Runtime:
    """Open the database, bring its schema up to date, and return the runtime."""
    db = Database(settings.database_url)
    try:
        migrate.ensure_schema(db)
    except BaseException:
        db.close()
        raise
    return Runtime(settings=settings, db=db, clock=clock)


def upgrade_database(settings: Settings) -> str:
    """Apply every migration; return the revision the database is now at."""
    db = Database(settings.database_url)
    try:
        migrate.upgrade(db)
        return migrate.current_revision(db) or "empty"
    finally:
        db.close()


def local_profile(rt: Runtime) -> Profile:
    """The one implicit profile of local mode."""
    with rt.db.transaction() as conn:
        return profiles.local_profile(conn, now=rt.now())
