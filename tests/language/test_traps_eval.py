"""The thinking-trap detector meets its three targets on the labelled sets."""

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"


def load_eval_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("traps_eval", EVAL / "traps_eval.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_it_meets_the_three_targets_on_the_tuning_set() -> None:
    script = load_eval_script()
    figures = script.evaluate(script.SETS["tuning"])
    assert figures["any_trap_f1"] >= script.F1_TARGET, figures["misses"]
    assert figures["expected_found_rate"] >= script.EXPECTED_TARGET, figures["wrong_trap"]
    assert figures["quiet_rate"] >= script.QUIET_TARGET, figures["false_alarms"]


@pytest.mark.xfail(
    strict=True,
    reason="known gap: on its one run the held-aside set gave F1 0.819 (precision 0.975, "
    "recall 0.706), expected trap found 0.688 and quiet 0.955; the rules fit their author's "
    "phrasing more than another writer's (see the thinking-trap detector report)",
)
def test_it_meets_the_three_targets_on_the_holdout_set() -> None:
    script = load_eval_script()
    path = script.SETS["holdout"]
    if not path.exists():
        pytest.skip(f"{path} has not been written yet")
    figures = script.evaluate(path)
    # Only figures, never lines: whoever tunes the rules must not read the held-aside set.
    assert figures["any_trap_f1"] >= script.F1_TARGET, f"F1 {figures['any_trap_f1']:.3f}"
    rate = figures["expected_found_rate"]
    assert rate >= script.EXPECTED_TARGET, f"expected trap found {rate:.3f}"
    assert figures["quiet_rate"] >= script.QUIET_TARGET, f"quiet {figures['quiet_rate']:.3f}"


def test_it_has_a_large_varied_tuning_set() -> None:
    figures = load_eval_script().evaluate(EVAL / "traps" / "tuning.jsonl")
    assert figures["lines"] >= 180
    assert figures["quiet_lines"] >= 45
    assert all(t["lines"] >= 12 for t in figures["per_trap"].values()), figures["per_trap"]
