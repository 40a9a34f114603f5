from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from selftrust import __version__
from selftrust.config import Settings
from selftrust.domain.profile import Profile
from selftrust.services import notes
from selftrust.services.runtime import Runtime
from tests.cli.conftest import Run


def test_it_prints_its_version(cli: Run) -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"selftrust {__version__}"


def test_a_note_added_from_the_cli_is_listed_exactly_as_written(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    text = "Chose the quiet table. 🌿 Felt right."
    added = cli("note", "add", text)
    assert added.returncode == 0, added.stderr
    assert "Saved" in added.stdout
    listed = json.loads(cli("note", "list", "--json").stdout)
    assert listed[0]["text"] == text
    assert set(listed[0]) >= {"id", "text", "created_at"}
    assert notes.list_notes(rt, dana)[0].text == text


def test_a_note_can_come_from_standard_input(cli: Run) -> None:
    result = cli("note", "add", "-", "--json", stdin="line one\nline two\n")
    assert result.returncode == 0
    note_id = json.loads(result.stdout)["id"]
    listed = json.loads(cli("note", "list", "--json").stdout)
    assert listed[0] == {**listed[0], "id": note_id, "text": "line one\nline two\n"}


def test_people_get_readable_output_without_json(cli: Run) -> None:
    assert "No notes yet" in cli("note", "list").stdout
    cli("note", "add", "hello")
    assert "hello" in cli("note", "list").stdout


def test_an_empty_note_exits_non_zero_with_one_sentence_and_stores_nothing(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli("note", "add", "   ")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert notes.list_notes(rt, dana) == []


def test_an_unknown_command_gets_one_clear_sentence(cli: Run) -> None:
    result = cli("xyzzy")
    assert result.returncode == 2
    assert result.stderr.strip() == "No such command 'xyzzy'. Try 'selftrust --help'."


def test_export_prints_everything_as_versioned_json(cli: Run) -> None:
    cli("note", "add", "for the record")
    document = json.loads(cli("export", "--json").stdout)
    assert document["schema"] == "selftrust.export"
    assert document["notes"][0]["text"] == "for the record"


def test_delete_all_asks_first_and_deletes_with_yes(cli: Run, rt: Runtime, dana: Profile) -> None:
    cli("note", "add", "one")
    refused = cli("delete-all")
    assert refused.returncode == 2
    assert "--yes" in refused.stderr
    assert len(notes.list_notes(rt, dana)) == 1
    done = cli("delete-all", "--yes")
    assert done.returncode == 0
    assert notes.list_notes(rt, dana) == []


def test_db_upgrade_brings_the_database_up_to_date(cli: Run) -> None:
    result = cli("db", "upgrade")
    assert result.returncode == 0
    assert "up to date" in result.stdout


def test_a_bad_database_url_gets_one_sentence_and_exit_code_one(cli: Run) -> None:
    import os
    import subprocess
    import sys

    env = dict(os.environ, SELFTRUST_DATABASE_URL="mysql://nope/db")
    result = subprocess.run(
        [sys.executable, "-m", "selftrust", "note", "list"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert "does not support" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(
    bool(__import__("os").environ.get("SELFTRUST_TEST_DATABASE_URL")), reason="SQLite only"
)
def test_a_damaged_database_is_reported_and_left_untouched(cli: Run, settings: Settings) -> None:
    path = Path(settings.database_url)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage" * 1000)
    result = cli("note", "add", "hello")
    assert result.returncode == 1
    assert "cannot be read" in result.stderr
    assert path.read_bytes() == b"garbage" * 1000


@pytest.mark.skipif(
    bool(__import__("os").environ.get("SELFTRUST_TEST_DATABASE_URL")), reason="SQLite only"
)
def test_a_locked_database_is_reported_and_nothing_is_half_saved(
    cli: Run, rt: Runtime, dana: Profile, settings: Settings
) -> None:
    holder = sqlite3.connect(settings.database_url)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = cli("note", "add", "while locked")
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 1
    assert "busy" in result.stderr
    assert notes.list_notes(rt, dana) == []


def test_an_unwritable_data_folder_gets_one_sentence(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELFTRUST_")}
    env["SELFTRUST_HOME"] = str(blocker / "home")
    result = subprocess.run(
        [sys.executable, "-m", "selftrust", "note", "add", "hi"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert "cannot be created or written" in result.stderr
    assert "Traceback" not in result.stderr
