from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from selftrust.config import Settings

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(settings: Settings, tmp_path: Path) -> Run:
    """Run the real `selftrust` command in a child process against the test database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELFTRUST_")} | {
        "SELFTRUST_HOME": str(settings.home),
        "SELFTRUST_DATABASE_URL": settings.database_url,
        "HOME": str(tmp_path),
    }

    def run(
        *args: str, stdin: str | None = None, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "selftrust", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env | (extra_env or {}),
            timeout=60,
            check=False,
        )

    return run
