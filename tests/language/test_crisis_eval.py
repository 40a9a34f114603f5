"""The crisis detector meets its recall and false-alarm targets on the labelled sets."""

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"


def load_eval_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crisis_eval", EVAL / "crisis_eval.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["tuning", "dev_a", "dev_b", "dev_c"])
def test_it_meets_the_recall_and_false_alarm_targets_on_the_development_sets(name: str) -> None:
    script = load_eval_script()
    if not script.SETS[name].exists():
        pytest.skip(f"{script.SETS[name]} has not been written yet")
    figures = script.evaluate(script.SETS[name])
    missed = [row["text"] for row in figures["misses"]]
    alarms = [row["text"] for row in figures["false_positives"]]
    assert figures["recall"] >= script.RECALL_TARGET, missed
    assert figures["false_positive_rate"] <= script.FALSE_POSITIVE_TARGET, alarms


@pytest.mark.xfail(
    strict=True,
    reason=(
        "Known gap, reported as measured (one run, rules final, no tuning after): on the ninth "
        "blind holdout (418 lines, written by two engineers who never saw the rules or the other "
        "sets) the rules alone reach recall 0.657 (target 0.97) and a false-positive rate of "
        "0.045 (target 0.05); the eighth gave 0.641 / 0.038. docs/crisis-detection.md."
    ),
)
def test_it_meets_the_recall_and_false_alarm_targets_on_the_holdout_set() -> None:
    script = load_eval_script()
    path = script.SETS["holdout"]
    if not path.exists():
        pytest.skip(f"{path} has not been written yet")
    figures = script.evaluate(path)
    # Only figures, never lines: whoever tunes the rules must not read the held-aside set.
    assert figures["recall"] >= script.RECALL_TARGET, f"recall {figures['recall']:.3f}"
    rate = figures["false_positive_rate"]
    assert rate <= script.FALSE_POSITIVE_TARGET, f"false-positive rate {rate:.3f}"


@pytest.mark.skipif(
    not importlib.util.find_spec("numpy"), reason="the optional semantic extra is not installed"
)
@pytest.mark.xfail(
    strict=True,
    reason=(
        "Known gap, reported as measured (one run, rules and classifier final, no tuning after): "
        "with the semantic layer as the web app uses it, the ninth blind holdout gives recall "
        "0.941 (target 0.97) and a false-positive rate of 0.056 (target 0.05); 8 of its 10 "
        "false alarms are the rules'. The eighth gave 0.940 / 0.060, the seventh 0.923 / 0.097. "
        "docs/semantic-layer.md."
    ),
)
def test_with_the_semantic_layer_it_meets_the_targets_on_the_holdout_set() -> None:
    from selftrust.language import semantic

    if not semantic.available():
        pytest.skip("the semantic layer's model package is not installed")
    script = load_eval_script()
    path = script.SETS["holdout"]
    if not path.exists():
        pytest.skip(f"{path} has not been written yet")
    figures = script.evaluate(path, semantic=True)
    assert figures["recall"] >= script.RECALL_TARGET, f"recall {figures['recall']:.3f}"
    rate = figures["false_positive_rate"]
    assert rate <= script.FALSE_POSITIVE_TARGET, f"false-positive rate {rate:.3f}"


def test_it_prints_only_figures_for_the_holdout(tmp_path: Path) -> None:
    script = load_eval_script()
    secret = "a line nobody tuning the rules should read: i want to die"
    path = tmp_path / "holdout.jsonl"
    rows = [
        {"text": secret, "kinds": ["suicide"], "category": "direct"},
        {"text": "a calm line about tea", "kinds": [], "category": "everyday"},
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    printed = script.report("holdout", script.evaluate(path), lines=False)
    assert "recall" in printed
    assert secret not in printed
    assert "tea" not in printed


def test_it_has_enough_varied_lines_in_the_tuning_set() -> None:
    figures = load_eval_script().evaluate(EVAL / "crisis" / "tuning.jsonl")
    assert figures["lines"] >= 150
    assert figures["crisis_lines"] >= 70
    assert figures["calm_lines"] >= 70
    assert all(k["lines"] > 0 for k in figures["per_kind"].values())
