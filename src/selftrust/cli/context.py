"""Open settings, storage and the profile for one CLI command."""

from __future__ import annotations

from selftrust.config import Settings
from selftrust.domain.profile import Profile
from selftrust.services.runtime import Runtime, local_profile, open_runtime


def settings() -> Settings:
    return Settings.from_env()


def open_profile() -> tuple[Runtime, Profile]:
    """Open the database (migrating if needed) and return the local profile."""
    rt = open_runtime(settings())
    return rt, local_profile(rt)
