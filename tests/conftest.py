"""Shared fixtures: a fresh database per test (SQLite file, or PostgreSQL when
SELFTRUST_TEST_DATABASE_URL is set), a fixed clock, and a guard against network access."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from selftrust.config import Settings
from selftrust.domain.profile import Profile
from selftrust.services.reader import read_with_meaning
from selftrust.services.runtime import Runtime, local_profile, open_runtime
from selftrust.storage import profiles

PG_URL = os.environ.get("SELFTRUST_TEST_DATABASE_URL", "")
START = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


# --- No network: any attempt to reach a non-loopback address fails the test. ---------------


class NetworkAccessAttempted(AssertionError):
    pass


def _is_loopback(host: object) -> bool:
    if not isinstance(host, str):
        return True  # unix sockets and the like
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
        raise NetworkAccessAttempted(f"test tried to connect to {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
        raise NetworkAccessAttempted(f"test tried to connect to {address!r}")
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if host is not None and not _is_loopback(host if isinstance(host, str) else host.decode()):
        raise NetworkAccessAttempted(f"test tried to look up {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", _guarded_getaddrinfo)


# --- Time --------------------------------------------------------------------------------


@dataclass
class FixedClock:
    """A clock that stands still unless a test moves it."""

    now: datetime = START
    step: timedelta = field(default=timedelta(0))

    def __call__(self) -> datetime:
        current = self.now
        self.now = self.now + self.step
        return current

    def advance(self, **delta: float) -> None:
        self.now = self.now + timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


# --- Storage -----------------------------------------------------------------------------


def _reset_postgres(url: str) -> None:
    import psycopg

    from selftrust.storage.database import parse_url

    with psycopg.connect(parse_url(url).dsn or "", autocommit=True) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'alembic_version'"
            ).fetchall()
        ]
        if tables:
            names = ", ".join(f'"{t}"' for t in tables)
            conn.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    if PG_URL:
        _reset_postgres(PG_URL)
        return PG_URL
    return str(tmp_path / "data" / "selftrust.db")


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(
        home=tmp_path / "data",
        database_url=database_url,
        allowed_hosts=("127.0.0.1", "localhost", "testserver"),
        semantic="off",  # the rules alone, so every expectation is exact; see test_meaning.py
    )


@pytest.fixture(autouse=True)
def _rules_reader() -> Iterator[None]:
    # How saved text is read is a per-process choice; no test may leave it changed for the next.
    yield
    read_with_meaning(False)


@pytest.fixture
def rt(settings: Settings, clock: FixedClock) -> Iterator[Runtime]:
    runtime = open_runtime(settings, clock=clock)
    yield runtime
    runtime.db.close()


@pytest.fixture
def dana(rt: Runtime) -> Profile:
    """Dana: new here, no history yet (the local profile)."""
    return local_profile(rt)


@pytest.fixture
def robin(rt: Runtime) -> Profile:
    """Robin: another person on the same server; must never see Dana's records."""
    with rt.db.transaction() as conn:
        return profiles.create(conn, "robin", now=rt.now())


@pytest.fixture
def app(settings: Settings, clock: FixedClock) -> Iterator[Any]:
    from selftrust.app import create_app

    application = create_app(settings, clock=clock)
    yield application
    application.state.runtime.db.close()


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client
