"""The thinking-trap detector meets its three targets on every labelled set."""

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


def assert_meets_targets(script: ModuleType, name: str, *, semantic: bool = False) -> None:
    path = script.SETS[name]
    if not path.exists():
        pytest.skip(f"{path} has not been written yet")
    blind = name in script.BLIND
    figures = script.evaluate(path, with_lines=not blind, semantic=semantic)
    # Only figures for a blind set, never lines: whoever tunes the rules must not read it.
    f1, rate, quiet = (
        figures["any_trap_f1"],
        figures["expected_found_rate"],
        figures["quiet_rate"],
    )
    assert f1 >= script.F1_TARGET, f"F1 {f1:.3f}" if blind else figures["misses"]
    assert rate >= script.EXPECTED_TARGET, (
        f"expected {rate:.3f}" if blind else figures["wrong_trap"]
    )
    assert quiet >= script.QUIET_TARGET, f"quiet {quiet:.3f}" if blind else figures["false_alarms"]


@pytest.mark.parametrize("name", ["tuning", "dev_a", "dev_b", "dev_c"])
def test_it_meets_the_three_targets_on_the_tuning_and_development_sets(name: str) -> None:
    assert_meets_targets(load_eval_script(), name)


@pytest.mark.xfail(
    strict=True,
    reason="known gap, reported as measured: on its one run (rules final, no tuning after) the "
    "seventh blind holdout (451 lines, two writers) gave, with the rules alone, any-trap F1 "
    "0.765 (precision 0.984, recall 0.625), expected trap found 0.599 and quiet on no-trap "
    "0.980; the sixth gave 0.792 / 0.639 / 0.975 (docs/thinking-traps.md)",
)
def test_it_meets_the_three_targets_on_the_holdout_set() -> None:
    assert_meets_targets(load_eval_script(), "holdout")


def test_with_the_semantic_layer_it_meets_the_three_targets_on_the_holdout_set() -> None:
    """As the web app and API run it. Measured once on the seventh blind holdout, rules and
    classifier final: F1 0.937, expected trap 0.846, quiet 0.954; the sixth gave 0.926 / 0.832
    / 0.949. Read again with the classifier retrained on crisis lines only (same trap lines):
    0.932 / 0.843 / 0.954 after teach_g, 0.922 / 0.816 / 0.961 after teach_h (threshold 0.93)
    (docs/semantic-layer.md)."""
    from selftrust.language import semantic

    if not semantic.available():
        pytest.skip("the semantic layer's model package is not installed")
    assert_meets_targets(load_eval_script(), "holdout", semantic=True)


def test_it_prints_only_figures_for_the_holdout(capsys: pytest.CaptureFixture[str]) -> None:
    script = load_eval_script()
    figures = {
        "lines": 1, "trap_lines": 1, "quiet_lines": 0, "any_trap_precision": 1.0,
        "any_trap_recall": 0.0, "any_trap_f1": 0.0, "expected_found_rate": 0.0, "quiet_rate": 1.0,
        "per_trap": {}, "misses": [{"text": "a secret line", "traps": ["labeling"], "found": [],
                                    "rules": []}],
        "wrong_trap": [], "false_alarms": [],
    }  # fmt: skip
    assert "a secret line" not in script.report("holdout", figures, with_lines=False)
    assert "a secret line" in script.report("dev_a", figures)


def test_it_has_a_large_varied_tuning_set() -> None:
    figures = load_eval_script().evaluate(EVAL / "traps" / "tuning.jsonl")
    assert figures["lines"] >= 180
    assert figures["quiet_lines"] >= 45
    assert all(t["lines"] >= 12 for t in figures["per_trap"].values()), figures["per_trap"]
