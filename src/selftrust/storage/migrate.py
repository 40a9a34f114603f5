"""Bring the database schema up to date (Alembic), cheaply when it already is."""

from __future__ import annotations

from pathlib import Path

from selftrust.storage.database import Database, Dialect
from selftrust.storage.errors import StorageError

# The newest migration. A test checks it equals Alembic's head, so the fast check stays true.
HEAD = "0003"
MIGRATIONS = Path(__file__).with_name("migrations")
_LOCK_KEY = 7_301_986  # PostgreSQL advisory lock: one worker migrates at a time


def current_revision(db: Database) -> str | None:
    """Return the schema revision stored in the database, or None when it is empty."""
    with db.transaction() as conn:
        if db.dialect is Dialect.SQLITE:
            exists = conn.scalar(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            )
        else:
            exists = conn.scalar("SELECT to_regclass('alembic_version') IS NOT NULL")
        if not exists:
            return None
        value = conn.scalar("SELECT version_num FROM alembic_version")
        return None if value is None else str(value)


def ensure_schema(db: Database) -> None:
    """Apply migrations only when the database is behind (a cheap check first)."""
    if current_revision(db) != HEAD:
        upgrade(db)


def upgrade(db: Database) -> None:
    """Apply all migrations up to the newest."""
    # Imported here: Alembic and SQLAlchemy take ~0.5 s to import and are needed only now.
    import sqlalchemy as sa
    from alembic import command
    from alembic.config import Config

    if db.url.path is not None:
        # Let the driver layer produce the kind message for unwritable or damaged files.
        with db.transaction() as conn:
            conn.scalar("PRAGMA schema_version")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = sa.create_engine(db.url.sqlalchemy_url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as connection:
            if db.dialect is Dialect.POSTGRESQL:
                connection.execute(sa.text(f"SELECT pg_advisory_xact_lock({_LOCK_KEY})"))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except sa.exc.DBAPIError as error:
        raise StorageError(
            f"The database at {db.url.safe_display} could not be brought up to date. "
            "Nothing was changed."
        ) from error
    finally:
        engine.dispose()
