"""Documentation stays true: every command, setting and API path is written down."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import typer.main

from selftrust.cli.app import app as cli_app

ROOT = Path(__file__).parents[1]
DOCS = ROOT / "docs"


def _command_paths(group: Any, prefix: str = "selftrust") -> list[str]:
    paths = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if hasattr(command, "commands"):
            paths.extend(_command_paths(command, path))
        else:
            paths.append(path)
    return paths


def test_every_cli_command_is_documented() -> None:
    text = (DOCS / "cli.md").read_text()
    for path in _command_paths(typer.main.get_command(cli_app)):
        assert f"`{path}" in text, f"{path} is missing from docs/cli.md"


def test_every_setting_is_documented() -> None:
    source = (ROOT / "src" / "selftrust" / "config.py").read_text()
    settings = set(re.findall(r'"(SELFTRUST_[A-Z_]+)"', source))
    text = (DOCS / "configuration.md").read_text()
    assert settings
    for name in settings:
        assert f"`{name}`" in text, f"{name} is missing from docs/configuration.md"


def test_every_api_path_is_documented(app: Any) -> None:
    text = (DOCS / "api.md").read_text()
    for path in app.openapi()["paths"]:
        assert path.split("{")[0].rstrip("/") in text, f"{path} is missing from docs/api.md"


def test_the_readme_shows_the_two_setup_commands() -> None:
    text = (ROOT / "README.md").read_text()
    assert "make run" in text
    assert "make test" in text
