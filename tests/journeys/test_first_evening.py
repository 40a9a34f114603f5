"""Dana's first evening: the same data seen through the web app, the API and the CLI."""

from __future__ import annotations

import json
from typing import Any

from tests.cli.conftest import Run


def test_dana_writes_in_the_browser_reads_in_the_terminal_and_takes_everything_away(
    client: Any, cli: Run
) -> None:
    client.post("/notes", data={"text": "Chose the window seat because I wanted it."})
    client.post("/api/v1/notes", json={"text": "Said no to the extra shift. It felt okay."})
    cli("note", "add", "Rested instead of tidying.")

    listed = json.loads(cli("note", "list", "--json").stdout)
    assert [n["text"] for n in listed] == [
        "Rested instead of tidying.",
        "Said no to the extra shift. It felt okay.",
        "Chose the window seat because I wanted it.",
    ]
    exported = client.get("/api/v1/export").json()
    assert len(exported["notes"]) == 3

    assert cli("delete-all", "--yes").returncode == 0
    assert client.get("/api/v1/notes").json()["notes"] == []
    assert json.loads(cli("export", "--json").stdout)["notes"] == []


def test_a_hard_night_is_met_calmly_everywhere_and_nothing_is_lost(client: Any, cli: Run) -> None:
    client.put("/api/v1/help/region", json={"region": "IE"})
    page = client.post(
        "/notes",
        data={"text": "i cant do this anymore, i want it all to stop"},
        headers={"HX-Request": "true"},
    )
    assert 'id="care-card"' in page.text
    assert "116 123" in page.text
    result = cli("note", "add", "been thinking about how many pills it would take")
    assert "Reach someone now" in result.stdout
    texts = [n["text"] for n in client.get("/api/v1/notes").json()["notes"]]
    assert "been thinking about how many pills it would take" in texts
    assert "i cant do this anymore, i want it all to stop" in texts
