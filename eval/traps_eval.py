"""Measure the thinking-trap detector on a labelled set.

Run: python eval/traps_eval.py [--set tuning|dev_a|dev_b|dev_c|dev|holdout|all]

`dev` is dev_a, dev_b and dev_c together; `all` is every set. The holdout is blind: for it only the
figures are printed, never a line, so nobody tuning the rules reads its sentences.

Each line of a set is {"text": ..., "traps": [...]}; a line with no traps is a no-trap line.
Three targets: telling trap lines from no-trap lines (F1 of "any trap found"), naming an
expected trap on trap lines (one is enough when a line has several), and staying quiet on
no-trap lines.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SETS = {
    name: HERE / "traps" / f"{name}.jsonl"
    for name in ("tuning", "dev_a", "dev_b", "dev_c", "holdout")
}
GROUPS = {"dev": ("dev_a", "dev_b", "dev_c"), "all": tuple(SETS)}
BLIND = frozenset({"holdout"})
sys.path.insert(0, str(HERE.parent / "src"))

from selftrust.language.meaning import traps_with_meaning  # noqa: E402
from selftrust.language.traps import Trap, find_traps  # noqa: E402

F1_TARGET = 0.90
EXPECTED_TARGET = 0.80
QUIET_TARGET = 0.90


def load(path: Path) -> list[dict[str, Any]]:
    """Read one labelled set, skipping blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def evaluate(
    path: Path | str, *, with_lines: bool = True, semantic: bool = False
) -> dict[str, Any]:
    """Run the detector over a set and return the three target figures, per-trap figures and
    (unless with_lines is off, as for a blind set) the lines it got wrong."""
    rows = load(Path(path))
    tally: dict[str, Counter[str]] = {t.value: Counter() for t in Trap}
    caught = alarmed = named = quiet = 0
    misses, wrong_trap, false_alarms = [], [], []
    for row in rows:
        matches = traps_with_meaning(row["text"]) if semantic else find_traps(row["text"])
        found = {m.trap.value for m in matches}
        expected = set(row["traps"])
        for trap, counts in tally.items():
            counts["tp"] += trap in found and trap in expected
            counts["fp"] += trap in found and trap not in expected
            counts["fn"] += trap in expected and trap not in found
            counts["lines"] += trap in expected
        seen = {**row, "found": sorted(found), "rules": [m.rule for m in matches]}
        if expected:
            caught += bool(found)
            named += bool(found & expected)
            if not found:
                misses.append(seen)
            elif not found & expected:
                wrong_trap.append(seen)
        else:
            alarmed += bool(found)
            quiet += not found
            if found:
                false_alarms.append(seen)
    trap_lines = sum(1 for r in rows if r["traps"])
    precision = _ratio(caught, caught + alarmed)
    recall = _ratio(caught, trap_lines)
    return {
        "lines": len(rows),
        "trap_lines": trap_lines,
        "quiet_lines": len(rows) - trap_lines,
        "any_trap_precision": precision,
        "any_trap_recall": recall,
        "any_trap_f1": _f1(precision, recall),
        "expected_found_rate": _ratio(named, trap_lines),
        "quiet_rate": _ratio(quiet, len(rows) - trap_lines),
        "per_trap": {
            trap: {
                "lines": c["lines"],
                "precision": _ratio(c["tp"], c["tp"] + c["fp"]),
                "recall": _ratio(c["tp"], c["tp"] + c["fn"]),
            }
            for trap, c in tally.items()
        },
        "misses": misses if with_lines else [],
        "wrong_trap": wrong_trap if with_lines else [],
        "false_alarms": false_alarms if with_lines else [],
    }


def meets_targets(figures: dict[str, Any]) -> bool:
    """Say whether a set's figures reach all three targets."""
    return bool(
        figures["any_trap_f1"] >= F1_TARGET
        and figures["expected_found_rate"] >= EXPECTED_TARGET
        and figures["quiet_rate"] >= QUIET_TARGET
    )


def report(name: str, figures: dict[str, Any], *, with_lines: bool = True) -> str:
    """Format the figures (and, unless with_lines is off, the lines missed) for a person."""
    out = [
        (
            f"== {name}: {figures['lines']} lines ({figures['trap_lines']} with a trap, "
            f"{figures['quiet_lines']} without)"
        ),
        (
            f"any trap found       F1 {figures['any_trap_f1']:.3f}  (target >= {F1_TARGET}; "
            f"precision {figures['any_trap_precision']:.3f}, "
            f"recall {figures['any_trap_recall']:.3f})"
        ),
        (
            f"expected trap found  {figures['expected_found_rate']:.3f}  "
            f"(target >= {EXPECTED_TARGET})"
        ),
        f"quiet on no-trap     {figures['quiet_rate']:.3f}  (target >= {QUIET_TARGET})",
        "per trap                  lines  precision  recall",
    ]
    for trap, t in figures["per_trap"].items():
        out.append(f"  {trap:<23} {t['lines']:>5}  {t['precision']:.3f}      {t['recall']:.3f}")
    sections = (
        ("missed (no trap found)", figures["misses"]),
        ("other trap found", figures["wrong_trap"]),
        ("false alarms", figures["false_alarms"]),
    )
    if not with_lines:
        return "\n".join(out)
    for title, rows in sections:
        out.append(f"{title} ({len(rows)}):")
        out += [
            f"  {r['text']}  expected {r['traps']} found {r['found']}"
            + (f" <- {', '.join(r['rules'])}" if r["rules"] else "")
            for r in rows
        ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Print the figures for the chosen set(s); exit 1 when a target is not met."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, *GROUPS], default="tuning")
    parser.add_argument(
        "--semantic", action="store_true", help="rules plus the optional semantic layer"
    )
    args = parser.parse_args(argv)
    names = GROUPS.get(args.set, (args.set,))
    ok = True
    for name in names:
        if not SETS[name].exists():
            print(f"== {name}: {SETS[name]} not found, skipped")
            continue
        with_lines = name not in BLIND
        figures = evaluate(SETS[name], with_lines=with_lines, semantic=args.semantic)
        print(report(name, figures, with_lines=with_lines))
        ok &= meets_targets(figures)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
