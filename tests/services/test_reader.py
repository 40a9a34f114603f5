"""How a process reads saved text: the SELFTRUST_SEMANTIC setting, in the app and the CLI."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from selftrust.config import ConfigError, Settings
from selftrust.language import semantic
from selftrust.language.crisis import detect_crisis
from selftrust.services import safety

# A wish told without a word the rules know (they learned the old example, a strangling, in
# their eighth round). If the rules learn this one too, pick another they miss.
RULES_MISS = "Caught myself looking at the water and working out how long it would take."


def test_the_setting_defaults_to_auto_and_refuses_other_words() -> None:
    assert Settings.from_env({"SELFTRUST_HOME": "/tmp/x"}).semantic == "auto"
    assert Settings.from_env(
        {"SELFTRUST_HOME": "/tmp/x", "SELFTRUST_SEMANTIC": "OFF"}
    ).semantic == ("off")
    with pytest.raises(ConfigError, match="SELFTRUST_SEMANTIC"):
        Settings.from_env({"SELFTRUST_HOME": "/tmp/x", "SELFTRUST_SEMANTIC": "maybe"})


@pytest.mark.parametrize(
    ("mode", "long_running", "wanted"),
    [
        ("off", True, False),
        ("off", False, False),
        ("auto", False, False),  # a one-shot command keeps its quick start
        ("auto", True, True),
        ("on", False, True),
        ("on", True, True),
    ],
)
def test_the_mode_decides_where_meaning_is_read(
    mode: str, long_running: bool, wanted: bool
) -> None:
    chosen = safety.choose_reader(mode, long_running=long_running)
    assert chosen == (wanted and semantic.installed())
    assert safety.reads_with_meaning() == chosen


@pytest.mark.skipif(not semantic.installed(), reason="the optional semantic extra is not installed")
def test_a_server_with_meaning_shows_the_card_for_a_line_the_rules_missed(
    settings: Settings, clock: Any
) -> None:
    if detect_crisis(RULES_MISS).crisis:
        pytest.skip("the rules notice this line now; the semantic addition is not exercised")
    from fastapi.testclient import TestClient

    from selftrust.app import create_app

    app = create_app(replace(settings, semantic="auto"), clock=clock)
    try:
        with TestClient(app) as client:
            saved = client.post("/api/v1/notes", json={"text": RULES_MISS})
            assert saved.status_code == 201
            assert saved.json()["safety"]["crisis"] is True
            assert saved.json()["text"] == RULES_MISS  # saved exactly as written
            analysed = client.post("/api/v1/analyze", json={"text": RULES_MISS}).json()
            assert analysed["crisis"] is True
    finally:
        app.state.runtime.db.close()


def test_a_server_set_off_reads_with_the_rules_alone(settings: Settings, clock: Any) -> None:
    from fastapi.testclient import TestClient

    from selftrust.app import create_app

    app = create_app(replace(settings, semantic="off"), clock=clock)
    try:
        with TestClient(app) as client:
            saved = client.post("/api/v1/notes", json={"text": RULES_MISS}).json()
            assert saved["safety"]["crisis"] is detect_crisis(RULES_MISS).crisis
    finally:
        app.state.runtime.db.close()


@pytest.mark.skipif(not semantic.installed(), reason="the optional semantic extra is not installed")
def test_the_inner_critic_flow_highlights_a_trap_only_meaning_noticed() -> None:
    from selftrust.language.traps import find_traps
    from selftrust.services import reframes

    thought = "My colleague gets twice as much done in half the time."
    if find_traps(thought):
        pytest.skip("the rules notice this line now; the semantic addition is not exercised")
    assert reframes.read_thought(thought).traps == ()
    safety.read_with_meaning(True)
    reading = reframes.read_thought(thought)
    assert [note.trap for note in reading.traps] == ["comparing"]
    assert reading.traps[0].questions  # the gentle question comes with it
    assert reframes.captured(thought)[0] == ("comparing",)
    assert "".join(segment.text for segment in reading.segments) == thought  # never rewritten
