from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from selftrust.storage.database import (
    Database,
    Dialect,
    _pyformat,
    as_datetime,
    parse_url,
    utc_text,
)
from selftrust.storage.errors import (
    BadDatabaseUrl,
    StorageBusy,
    StorageUnavailable,
    StorageUnreadable,
)
from selftrust.storage.migrate import ensure_schema


@pytest.mark.parametrize(
    ("raw", "dialect"),
    [
        ("/tmp/x.db", Dialect.SQLITE),
        ("sqlite:////tmp/x.db", Dialect.SQLITE),
        ("postgresql+psycopg://u:p@localhost/db", Dialect.POSTGRESQL),
        ("postgresql://localhost/db", Dialect.POSTGRESQL),
    ],
)
def test_it_understands_sqlite_paths_and_postgresql_urls(raw: str, dialect: Dialect) -> None:
    assert parse_url(raw).dialect is dialect


@pytest.mark.parametrize("raw", ["mysql://x/y", "", "   ", "sqlite://relative.db"])
def test_it_refuses_database_urls_it_does_not_support(raw: str) -> None:
    with pytest.raises(BadDatabaseUrl):
        parse_url(raw)


def test_it_never_shows_a_password_in_messages() -> None:
    url = parse_url("postgresql+psycopg://ann:secret@localhost/db")
    assert "secret" not in url.safe_display


def test_it_converts_named_parameters_for_psycopg_without_touching_casts() -> None:
    assert _pyformat("SELECT :a::text, 100% WHERE x = :b_2") == (
        "SELECT %(a)s::text, 100%% WHERE x = %(b_2)s"
    )


def test_timestamps_are_stored_as_fixed_width_utc_text_and_read_back() -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2)))
    text = utc_text(moment)
    assert text == "2026-01-02T01:04:05.000000+00:00"
    assert as_datetime(text) == moment
    with pytest.raises(ValueError, match="time zone"):
        utc_text(datetime(2026, 1, 1))
    assert as_datetime(moment).tzinfo is UTC


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "s.db"))
    with db.transaction() as conn:
        assert conn.scalar("PRAGMA journal_mode") == "wal"
        assert conn.scalar("PRAGMA foreign_keys") == 1
    db.close()


def test_a_damaged_database_file_gets_one_clear_sentence(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(StorageUnreadable, match="cannot be read"):
        ensure_schema(Database(str(path)))
    assert path.read_bytes() == before


def test_a_locked_database_says_it_is_busy_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    db = Database(str(path))
    ensure_schema(db)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")

    def write_while_locked() -> None:
        with db.transaction() as conn:
            conn._raw.execute("PRAGMA busy_timeout = 50")
            conn.execute("INSERT INTO profiles (name, created_at) VALUES ('x', 'y')")

    try:
        with pytest.raises(StorageBusy, match="busy"):
            write_while_locked()
    finally:
        holder.rollback()
        holder.close()
    with db.transaction() as conn:
        assert conn.scalar("SELECT count(*) FROM profiles WHERE name = 'x'") == 0
    db.close()


def test_an_unwritable_data_folder_gets_one_clear_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageUnavailable, match="cannot be created"):
        ensure_schema(Database(str(blocker / "sub" / "s.db")))
