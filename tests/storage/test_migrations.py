from __future__ import annotations

from pathlib import Path

import pytest

from selftrust.config import Settings
from selftrust.services.runtime import upgrade_database
from selftrust.storage import migrate
from selftrust.storage.database import Database


def test_the_fast_check_knows_the_newest_migration() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == migrate.HEAD


def test_migrations_upgrade_an_empty_sqlite_database(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, database_url=str(tmp_path / "fresh.db"))
    assert upgrade_database(settings) == migrate.HEAD


def test_migrations_produce_exactly_the_declared_schema(database_url: str) -> None:
    import sqlalchemy as sa
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from selftrust.storage.schema import metadata

    db = Database(database_url)
    migrate.ensure_schema(db)
    engine = sa.create_engine(db.url.sqlalchemy_url, poolclass=sa.pool.NullPool)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    db.close()
    assert diff == []


@pytest.mark.postgres
@pytest.mark.skipif(
    not __import__("os").environ.get("SELFTRUST_TEST_DATABASE_URL"),
    reason="needs SELFTRUST_TEST_DATABASE_URL (PostgreSQL); CI sets it",
)
def test_migrations_upgrade_an_empty_postgresql_database(database_url: str) -> None:
    import psycopg

    from selftrust.storage.database import parse_url

    with psycopg.connect(parse_url(database_url).dsn or "", autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    db = Database(database_url)
    assert migrate.current_revision(db) is None
    migrate.ensure_schema(db)
    assert migrate.current_revision(db) == migrate.HEAD
    db.close()
