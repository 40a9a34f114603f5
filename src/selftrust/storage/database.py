"""A small DB-API layer shared by SQLite (stdlib) and PostgreSQL (psycopg 3).

Why not SQLAlchemy's engine here: importing SQLAlchemy costs about 0.3 s, which alone is slower
than the whole start of comparable CLIs (see docs/performance.md). SQL stays portable: named
`:param` placeholders, RETURNING, ISO-8601 UTC timestamps.
"""

from __future__ import annotations

import queue
import re
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum, StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from selftrust.storage.errors import (
    BadDatabaseUrl,
    StorageBusy,
    StorageError,
    StorageUnavailable,
    StorageUnreadable,
)

Params = Mapping[str, Any]
BUSY_TIMEOUT_S = 5.0
MAX_IDLE_CONNECTIONS = 8


class Dialect(StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


class Row(Protocol):
    def __getitem__(self, key: str) -> Any: ...


@dataclass(frozen=True, slots=True)
class DatabaseUrl:
    dialect: Dialect
    path: Path | None  # SQLite file
    dsn: str | None  # PostgreSQL conninfo for psycopg

    @property
    def sqlalchemy_url(self) -> str:
        if self.dialect is Dialect.SQLITE:
            return f"sqlite:///{self.path}"
        return f"postgresql+psycopg://{(self.dsn or '').removeprefix('postgresql://')}"

    @property
    def safe_display(self) -> str:
        """The URL without any password, for messages and logs."""
        if self.dialect is Dialect.SQLITE:
            return str(self.path)
        return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", self.dsn or "")


def parse_url(raw: str) -> DatabaseUrl:
    """Read a database setting: a SQLite path, sqlite:///path, or postgresql(+psycopg)://…."""
    text = raw.strip()
    if not text:
        raise BadDatabaseUrl("SELFTRUST_DATABASE_URL is empty; leave it unset to use the default.")
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if text.startswith(prefix):
            return DatabaseUrl(Dialect.POSTGRESQL, None, "postgresql://" + text[len(prefix) :])
    if text.startswith("sqlite:///"):
        return DatabaseUrl(Dialect.SQLITE, Path(text.removeprefix("sqlite:///")), None)
    if "://" in text or text.startswith("sqlite:"):
        scheme = text.split(":", 1)[0]
        raise BadDatabaseUrl(
            f"SELFTRUST_DATABASE_URL uses {scheme!r}, which this app does not support. "
            "Use a file path for SQLite or a postgresql+psycopg:// address."
        )
    return DatabaseUrl(Dialect.SQLITE, Path(text).expanduser(), None)


def utc_text(moment: datetime) -> str:
    """Format a timestamp as fixed-width ISO-8601 UTC text (sorts in time order)."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must carry a time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def as_datetime(value: object) -> datetime:
    """Read back a timestamp stored by either database."""
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    if isinstance(value, str):
        return datetime.fromisoformat(value).astimezone(UTC)
    raise TypeError(f"not a timestamp: {type(value).__name__}")


@lru_cache(maxsize=512)
def _pyformat(sql: str) -> str:
    # psycopg wants %(name)s; escape literal percent signs first. `::` casts are left alone.
    return re.sub(r"(?<!:):([A-Za-z_]\w*)", r"%(\1)s", sql.replace("%", "%%"))


class Connection:
    """One connection inside one transaction."""

    def __init__(self, raw: Any, dialect: Dialect) -> None:
        self._raw = raw
        self.dialect = dialect

    def _params(self, params: Params | None) -> dict[str, Any]:
        values = dict(params or {})
        for key, value in values.items():
            if isinstance(value, Enum):
                # psycopg would send an enum's name; both databases store the value.
                values[key] = value.value
            elif isinstance(value, datetime) and self.dialect is Dialect.SQLITE:
                values[key] = utc_text(value)
        return values

    def execute(self, sql: str, params: Params | None = None) -> Any:
        if self.dialect is Dialect.POSTGRESQL:
            sql = _pyformat(sql)
        try:
            return self._raw.execute(sql, self._params(params))
        except Exception as error:
            raise translate(error) from error

    def fetch_all(self, sql: str, params: Params | None = None) -> list[Row]:
        return list(self.execute(sql, params).fetchall())

    def fetch_one(self, sql: str, params: Params | None = None) -> Row | None:
        row: Row | None = self.execute(sql, params).fetchone()
        return row

    def scalar(self, sql: str, params: Params | None = None) -> Any:
        row = self.execute(sql, params).fetchone()
        if row is None:
            return None
        # psycopg rows are dicts here; sqlite3.Row indexes by position.
        return next(iter(row.values())) if isinstance(row, dict) else row[0]

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        if self.dialect is Dialect.POSTGRESQL:
            sql = _pyformat(sql)
        cursor = self._raw.cursor()
        try:
            cursor.executemany(sql, [self._params(r) for r in rows])
        except Exception as error:
            raise translate(error) from error


class Database:
    """Opens connections and runs transactions; a small LIFO pool keeps them warm."""

    def __init__(self, url: str) -> None:
        self.url = parse_url(url)
        self.dialect = self.url.dialect
        self._idle: queue.LifoQueue[Any] = queue.LifoQueue(MAX_IDLE_CONNECTIONS)
        self._lock = threading.Lock()

    def _open(self) -> Any:
        if self.dialect is Dialect.SQLITE:
            return _open_sqlite(self.url)
        return _open_postgres(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """Yield a connection; commit when the block ends, roll back on any error."""
        try:
            raw = self._idle.get_nowait()
        except queue.Empty:
            raw = self._open()
        healthy = True
        try:
            yield Connection(raw, self.dialect)
            raw.commit()
        except BaseException as error:
            healthy = _rollback(raw)
            if isinstance(error, Exception) and not isinstance(error, StorageError | LookupError):
                translated = translate(error)
                if translated is not error:
                    raise translated from error
            raise
        finally:
            if healthy:
                try:
                    self._idle.put_nowait(raw)
                except queue.Full:
                    raw.close()
            else:
                with suppress(Exception):
                    raw.close()

    def close(self) -> None:
        while True:
            try:
                raw = self._idle.get_nowait()
            except queue.Empty:
                return
            with suppress(Exception):
                raw.close()


def _rollback(raw: Any) -> bool:
    try:
        raw.rollback()
    except Exception:
        return False
    return True


def _open_sqlite(url: DatabaseUrl) -> sqlite3.Connection:
    assert url.path is not None
    folder = url.path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageUnavailable(
            f"The data folder {folder} cannot be created or written to. "
            "Check its permissions, or set SELFTRUST_HOME to a folder you own."
        ) from error
    try:
        raw = sqlite3.connect(url.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        raw.row_factory = sqlite3.Row
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as error:
        raise translate(error, path=url.path) from error
    return raw


def _open_postgres(url: DatabaseUrl) -> Any:
    import psycopg
    from psycopg.rows import dict_row

    try:
        return psycopg.connect(url.dsn or "", row_factory=dict_row, connect_timeout=5)
    except psycopg.Error as error:
        raise StorageUnavailable(
            f"The PostgreSQL database at {url.safe_display} cannot be reached. "
            "Check that it is running and that SELFTRUST_DATABASE_URL is right."
        ) from error


def translate(error: BaseException, *, path: Path | None = None) -> BaseException:
    """Turn a driver error into a StorageError with a clear sentence (or leave it be)."""
    if isinstance(error, StorageError):
        return error
    text = str(error).lower()
    where = f" at {path}" if path else ""
    if isinstance(error, sqlite3.Error):
        if "not a database" in text or "malformed" in text or "file is encrypted" in text:
            return StorageUnreadable(
                f"The database file{where} cannot be read: it may be damaged or not a "
                "selftrust database. Nothing was changed. Restore a backup or move the file away."
            )
        if "locked" in text or "busy" in text:
            return StorageBusy(
                "The database is busy in another program right now. Nothing was changed; "
                "please try again in a moment."
            )
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            return StorageUnavailable(
                f"The database{where} cannot be opened for writing. Check the folder's "
                "permissions, or set SELFTRUST_HOME to a folder you own."
            )
        if "disk" in text and "full" in text:
            return StorageUnavailable("The disk is full, so nothing could be saved.")
        return error
    if type(error).__module__.startswith("psycopg") and "Operational" in type(error).__name__:
        return StorageUnavailable("The PostgreSQL database stopped answering. Please try again.")
    return error
