"""The CLI reads with the rules alone unless SELFTRUST_SEMANTIC=on asks for meaning too."""

from __future__ import annotations

import json

import pytest

from selftrust.language import semantic
from selftrust.language.crisis import detect_crisis
from tests.cli.conftest import Run

# A wish told without a word the rules know (they learned the old example, a strangling, in
# their eighth round). If the rules learn this one too, pick another they miss.
RULES_MISS = "Caught myself looking at the water and working out how long it would take."


@pytest.mark.skipif(not semantic.installed(), reason="the optional semantic extra is not installed")
def test_on_adds_meaning_to_the_cli_and_auto_keeps_its_quick_start(cli: Run) -> None:
    if detect_crisis(RULES_MISS).crisis:
        pytest.skip("the rules notice this line now; the semantic addition is not exercised")
    quick = cli("analyze", "--json", RULES_MISS)
    assert quick.returncode == 0, quick.stderr
    assert json.loads(quick.stdout)["crisis"] is False
    read = cli("analyze", "--json", RULES_MISS, extra_env={"SELFTRUST_SEMANTIC": "on"})
    assert read.returncode == 0, read.stderr
    answer = json.loads(read.stdout)
    assert answer["crisis"] is True
    assert any(m["rule"] == "semantic" for m in answer["crisis_matches"])
    saved = cli("note", "add", RULES_MISS, extra_env={"SELFTRUST_SEMANTIC": "on"})
    assert saved.returncode == 0, saved.stderr
    assert "What you wrote is saved, just as you wrote it." in saved.stdout
    assert "Thoughts of not wanting to be here" in saved.stdout  # shaped by the layer's kind


def test_a_wrong_setting_is_one_clear_sentence(cli: Run) -> None:
    result = cli("analyze", "--json", "hello", extra_env={"SELFTRUST_SEMANTIC": "maybe"})
    assert result.returncode != 0
    assert "SELFTRUST_SEMANTIC must be one of auto, on, off." in result.stderr
    assert "Traceback" not in result.stderr
