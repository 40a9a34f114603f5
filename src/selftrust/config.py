"""Typed settings read from the environment (documented in docs/configuration.md)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

APP_NAME = "selftrust"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOG_LEVELS = ("debug", "info", "warning", "error")
DEFAULT_ALLOWED_HOSTS = ("127.0.0.1", "localhost", "[::1]")
# The optional semantic layer (docs/semantic-layer.md): "auto" reads saves with it in the web
# app and API when it is installed, and leaves the one-shot CLI on the rules alone (loading the
# model would double a command's start-up time); "on" uses it everywhere; "off" nowhere.
SEMANTIC_MODES = ("auto", "on", "off")


class ConfigError(ValueError):
    """A setting in the environment cannot be used; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Settings:
    home: Path
    database_url: str
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    log_level: str = "info"
    allowed_hosts: tuple[str, ...] = field(default=DEFAULT_ALLOWED_HOSTS)
    semantic: str = "auto"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Build settings from environment variables, with safe local defaults."""
        env = os.environ if environ is None else environ
        home = Path(env["SELFTRUST_HOME"]).expanduser() if env.get("SELFTRUST_HOME") else None
        if home is None:
            # Imported here: platformdirs is only needed when no home is given.
            from platformdirs import user_data_dir

            home = Path(user_data_dir(APP_NAME, appauthor=False))
        url = env.get("SELFTRUST_DATABASE_URL") or str(home / "selftrust.db")
        host = env.get("SELFTRUST_HOST") or DEFAULT_HOST
        port = _port(env.get("SELFTRUST_PORT") or env.get("PORT"))
        level = (env.get("SELFTRUST_LOG_LEVEL") or "info").lower()
        if level not in LOG_LEVELS:
            raise ConfigError(f"SELFTRUST_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}.")
        hosts = env.get("SELFTRUST_ALLOWED_HOSTS")
        allowed = tuple(h.strip() for h in hosts.split(",") if h.strip()) if hosts else None
        semantic = (env.get("SELFTRUST_SEMANTIC") or "auto").strip().lower()
        if semantic not in SEMANTIC_MODES:
            raise ConfigError(f"SELFTRUST_SEMANTIC must be one of {', '.join(SEMANTIC_MODES)}.")
        return cls(
            home=home,
            database_url=url,
            host=host,
            port=port,
            log_level=level,
            allowed_hosts=allowed or DEFAULT_ALLOWED_HOSTS,
            semantic=semantic,
        )


def _port(raw: str | None) -> int:
    if raw is None or raw == "":
        return DEFAULT_PORT
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise ConfigError(f"The port must be a number from 1 to 65535, not {raw!r}.")
    return int(raw)
