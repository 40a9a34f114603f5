"""Profiles: the local one, found or made on first use."""

from __future__ import annotations

from datetime import datetime

from selftrust.domain.profile import LOCAL_PROFILE_NAME, Profile
from selftrust.storage.database import Connection


def local_profile(conn: Connection, *, now: datetime) -> Profile:
    """Return the implicit local profile, creating it the first time."""
    row = conn.fetch_one(
        "SELECT id, name FROM profiles WHERE name = :name", {"name": LOCAL_PROFILE_NAME}
    )
    if row is None:
        conn.execute(
            "INSERT INTO profiles (name, created_at) VALUES (:name, :now) ON CONFLICT DO NOTHING",
            {"name": LOCAL_PROFILE_NAME, "now": now},
        )
        row = conn.fetch_one(
            "SELECT id, name FROM profiles WHERE name = :name", {"name": LOCAL_PROFILE_NAME}
        )
    assert row is not None
    return Profile(id=int(row["id"]), name=str(row["name"]))


def create(conn: Connection, name: str, *, now: datetime) -> Profile:
    """Create a named profile (server mode, and tests of isolation between people)."""
    row = conn.fetch_one(
        "INSERT INTO profiles (name, created_at) VALUES (:name, :now) RETURNING id, name",
        {"name": name, "now": now},
    )
    assert row is not None
    return Profile(id=int(row["id"]), name=str(row["name"]))
