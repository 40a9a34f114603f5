"""Per-profile settings as small key/value pairs (region, look-back delay, …)."""

from __future__ import annotations

from selftrust.domain.profile import Profile
from selftrust.storage.database import Connection


def get(conn: Connection, profile: Profile, key: str) -> str | None:
    value = conn.scalar(
        "SELECT value FROM profile_settings WHERE profile_id = :p AND key = :k",
        {"p": profile.id, "k": key},
    )
    return None if value is None else str(value)


def put(conn: Connection, profile: Profile, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO profile_settings (profile_id, key, value) VALUES (:p, :k, :v) "
        "ON CONFLICT (profile_id, key) DO UPDATE SET value = excluded.value",
        {"p": profile.id, "k": key, "v": value},
    )


def remove(conn: Connection, profile: Profile, key: str) -> None:
    conn.execute(
        "DELETE FROM profile_settings WHERE profile_id = :p AND key = :k",
        {"p": profile.id, "k": key},
    )


def export_rows(conn: Connection, profile: Profile) -> dict[str, str]:
    rows = conn.fetch_all(
        "SELECT key, value FROM profile_settings WHERE profile_id = :p ORDER BY key",
        {"p": profile.id},
    )
    return {str(r["key"]): str(r["value"]) for r in rows}


def delete_all(conn: Connection, profile: Profile) -> int:
    result = conn.execute("DELETE FROM profile_settings WHERE profile_id = :p", {"p": profile.id})
    return int(result.rowcount or 0)
