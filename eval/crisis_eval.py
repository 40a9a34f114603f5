"""Measure the crisis-language detector on a labelled set.

Run: python eval/crisis_eval.py [--set tuning|dev_a|dev_b|dev_c|holdout|dev|all]

``dev`` is tuning + dev_a + dev_b + dev_c (the sets the rules may be tuned on); ``all`` adds
the holdout. ``--semantic`` measures the rules plus the optional semantic layer.
Each line of a set is {"text": ..., "kinds": [...], "category": ...}; a line with no kinds is a
non-crisis line. A crisis line counts as recalled when the detector says ``crisis``; the kind
figures show whether it also named the right kinds. For the holdout only figures are printed,
never its lines: whoever tunes the rules must not read the held-aside set.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SETS = {
    name: HERE / "crisis" / f"{name}.jsonl"
    for name in ("tuning", "dev_a", "dev_b", "dev_c", "holdout")
}
GROUPS = {"dev": ["tuning", "dev_a", "dev_b", "dev_c"], "all": list(SETS)}
HIDDEN = {"holdout"}  # sets whose lines are never printed
sys.path.insert(0, str(HERE.parent / "src"))

from selftrust.language.crisis import CrisisKind, detect_crisis  # noqa: E402
from selftrust.language.meaning import crisis_with_meaning  # noqa: E402

RECALL_TARGET = 0.97
FALSE_POSITIVE_TARGET = 0.05


def load(path: Path) -> list[dict[str, Any]]:
    """Read one labelled set, skipping blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def evaluate(path: Path | str, *, semantic: bool = False) -> dict[str, Any]:
    """Run the detector over a set and return recall, false positives and the misses."""
    rows = load(Path(path))
    detect = crisis_with_meaning if semantic else detect_crisis
    crisis_rows = [r for r in rows if r["kinds"]]
    calm_rows = [r for r in rows if not r["kinds"]]
    recalled, exact, misses, false_positives = 0, 0, [], []
    per_kind: dict[str, Counter[str]] = {k.value: Counter() for k in CrisisKind}
    fp_kinds: Counter[str] = Counter()
    calm_categories: dict[str, Counter[str]] = {}
    crisis_categories: dict[str, Counter[str]] = {}
    for row in crisis_rows:
        result = detect(row["text"])
        found = {k.value for k in result.kinds}
        recalled += result.crisis
        exact += found == set(row["kinds"])
        tally = crisis_categories.setdefault(row["category"], Counter())
        tally["lines"] += 1
        tally["flagged"] += result.crisis
        if not result.crisis:
            misses.append(row)
        for kind in row["kinds"]:
            per_kind[kind]["lines"] += 1
            per_kind[kind]["flagged"] += result.crisis
            per_kind[kind]["kind_found"] += kind in found
    for row in calm_rows:
        result = detect(row["text"])
        tally = calm_categories.setdefault(row["category"], Counter())
        tally["lines"] += 1
        tally["alarms"] += result.crisis
        if result.crisis:
            false_positives.append({**row, "rules": [m.rule for m in result.matches]})
            fp_kinds.update(k.value for k in result.kinds)
    return {
        "lines": len(rows),
        "crisis_lines": len(crisis_rows),
        "calm_lines": len(calm_rows),
        "recall": _ratio(recalled, len(crisis_rows)),
        "false_positive_rate": _ratio(len(false_positives), len(calm_rows)) if calm_rows else 0.0,
        "kind_accuracy": _ratio(exact, len(crisis_rows)),
        "per_kind": {
            kind: {
                "lines": c["lines"],
                "recall": _ratio(c["flagged"], c["lines"]),
                "kind_recall": _ratio(c["kind_found"], c["lines"]),
                "false_positives": fp_kinds[kind],
            }
            for kind, c in per_kind.items()
        },
        "recall_by_category": {
            name: _ratio(c["flagged"], c["lines"]) for name, c in sorted(crisis_categories.items())
        },
        "false_positive_rate_by_category": {
            name: _ratio(c["alarms"], c["lines"]) for name, c in sorted(calm_categories.items())
        },
        "misses": misses,
        "false_positives": false_positives,
    }


def report(name: str, figures: dict[str, Any], *, lines: bool = True) -> str:
    """Format the figures for a person to read; ``lines=False`` leaves the set's lines out."""
    out = [
        (
            f"== {name}: {figures['lines']} lines ({figures['crisis_lines']} crisis, "
            f"{figures['calm_lines']} non-crisis)"
        ),
        f"recall               {figures['recall']:.3f}  (target >= {RECALL_TARGET})",
        (
            f"false-positive rate  {figures['false_positive_rate']:.3f}  "
            f"(target <= {FALSE_POSITIVE_TARGET})"
        ),
        f"kind accuracy        {figures['kind_accuracy']:.3f}  (exact set of kinds)",
        "per kind             lines  recall  kind-recall  false-positives",
    ]
    for kind, k in figures["per_kind"].items():
        out.append(
            f"  {kind:<18} {k['lines']:>5}  {k['recall']:.3f}   {k['kind_recall']:.3f}"
            f"        {k['false_positives']}"
        )
    out.append("recall by crisis category:")
    out += [f"  {name:<18} {rate:.3f}" for name, rate in figures["recall_by_category"].items()]
    out.append("false-positive rate by non-crisis category:")
    out += [
        f"  {name:<18} {rate:.3f}"
        for name, rate in figures["false_positive_rate_by_category"].items()
    ]
    if not lines:
        out.append(f"misses: {len(figures['misses'])}")
        out.append(f"false positives: {len(figures['false_positives'])}")
        return "\n".join(out)
    out.append(f"misses ({len(figures['misses'])}):")
    out += [f"  [{r['category']}] {r['text']}" for r in figures["misses"]]
    out.append(f"false positives ({len(figures['false_positives'])}):")
    out += [
        f"  [{r['category']}] {r['text']}  <- {', '.join(r['rules'])}"
        for r in figures["false_positives"]
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Print the figures for the chosen set(s); exit 1 when a target is not met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, *GROUPS], default="tuning")
    parser.add_argument(
        "--semantic", action="store_true", help="rules plus the optional semantic layer"
    )
    args = parser.parse_args(argv)
    names = GROUPS.get(args.set, [args.set])
    ok = True
    for name in names:
        if not SETS[name].exists():
            print(f"== {name}: {SETS[name]} not found, skipped")
            continue
        figures = evaluate(SETS[name], semantic=args.semantic)
        print(report(name, figures, lines=name not in HIDDEN))
        ok &= figures["recall"] >= RECALL_TARGET
        ok &= figures["false_positive_rate"] <= FALSE_POSITIVE_TARGET
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
