"""Open settings, storage and the profile for one CLI command."""

from __future__ import annotations

from selftrust.config import Settings
from selftrust.domain.profile import Profile
from selftrust.services.runtime import Runtime, local_profile, open_runtime


def settings() -> Settings:
    """Read the settings and set up how this command reads text (rules, or rules + meaning)."""
    from selftrust.services.reader import choose_reader

    config = Settings.from_env()
    choose_reader(config.semantic, long_running=False)
    return config


def open_profile() -> tuple[Runtime, Profile]:
    """Open the database (migrating if needed) and return the local profile."""
    rt = open_runtime(settings())
    return rt, local_profile(rt)
