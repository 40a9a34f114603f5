"""Estimate how the nearest-neighbour memory does on new text, by leave-one-set-out checks.

Since the fine-tuned classifier (adapter.npz) replaced it, the memory is only the fallback used
when the adapter file is missing; the classifier is measured by ``semantic_finetune.py validate``
and ``semantic_compare.py`` (docs/semantic-layer.md).

Run: python eval/semantic_eval.py [--cache FILE]

tuning, dev_a, dev_b and dev_c were each written by a different person, so holding one out,
building the memory (PCA basis, taught vectors, calibration, threshold) from the other three
and testing on the one held out mimics text from a new writer. Thresholds are chosen inside the
training sets only (see semantic_train.Embedded.fitted). Printed per fold and pooled:

- crisis: recall and false-positive rate, and pooled per category, for the rules alone, the
  semantic layer alone, and the combination the app is meant to use (rules OR semantic);
- traps: any-trap F1, expected trap found, quiet on no-trap lines, for the rules alone, the
  semantic top guess alone, and the combination (the rules' traps; the semantic top guess only
  when the rules find none).

Caveat: the rules were tuned on all four sets, so their figures here are in-sample; only the
semantic figures are out of sample. ``--cache`` keeps the vectors in a pickle between runs.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import semantic_train as st  # noqa: E402

from selftrust.language.crisis import detect_crisis  # noqa: E402
from selftrust.language.semantic.encoder import load_encoder  # noqa: E402
from selftrust.language.semantic.heads import Bank, Projection  # noqa: E402
from selftrust.language.traps import trap_ids  # noqa: E402

Flags = dict[str, list[bool]]


def embedded(cache: Path | None) -> dict[str, st.Embedded]:
    """Embed both tasks' sets, or read them from the cache file when it is there."""
    if cache and cache.exists():
        with cache.open("rb") as f:
            data: dict[str, st.Embedded] = pickle.load(f)  # a file this script wrote
        if all(d.rows == {n: st.load_rows(t, n) for n in st.sets_for(t)} for t, d in data.items()):
            return data
    encoder = load_encoder()
    data = {task: st.Embedded(task, encoder) for task in ("crisis", "traps")}
    if cache:
        with cache.open("wb") as f:
            pickle.dump(data, f)
    return data


def fold_bank(data: st.Embedded, held: str) -> tuple[Projection, Bank]:
    train = [n for n in data.names if n != held]  # teaching sets are always taught
    projection = st.fit_projection(np.vstack([data.whole[n] for n in train]).astype(np.float64))
    return projection, data.fitted(train, projection)


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def crisis_fold(data: st.Embedded, held: str) -> tuple[dict[str, Flags], float]:
    """Flags per line of the held set for rules, semantic and combined; and the threshold."""
    projection, bank = fold_bank(data, held)
    flags: dict[str, Flags] = {"rules": defaultdict(list), "semantic": defaultdict(list)}
    flags["combined"] = defaultdict(list)
    for row, vectors in zip(data.rows[held], data.units[held], strict=True):
        raw, _ = bank.raw(projection(vectors))
        sem = bool(bank.probability(raw).max() >= bank.threshold)
        rule = detect_crisis(row["text"]).crisis
        key = ("crisis:" if row["kinds"] else "calm:") + row["category"]
        for name, flag in (("rules", rule), ("semantic", sem), ("combined", rule or sem)):
            flags[name][key].append(flag)
    return flags, bank.threshold


def crisis_line(flags: Flags) -> str:
    hits = [f for key, v in flags.items() if key.startswith("crisis:") for f in v]
    alarms = [f for key, v in flags.items() if key.startswith("calm:") for f in v]
    return f"recall {_ratio(sum(hits), len(hits)):.3f}  FPR {_ratio(sum(alarms), len(alarms)):.3f}"


def trap_fold(data: st.Embedded, held: str) -> tuple[dict[str, list[Any]], float]:
    """Per line: (expected traps, found) for rules, semantic guess and combined."""
    projection, bank = fold_bank(data, held)
    out: dict[str, list[Any]] = {"rules": [], "semantic": [], "combined": []}
    for row, vectors in zip(data.rows[held], data.units[held], strict=True):
        raw, rows = bank.raw(projection(vectors))
        probability = bank.probability(raw)
        best = int(np.argmax(probability))
        guess: set[str] = set()
        if probability[best] >= bank.threshold:
            votes = bank.vote(rows[best : best + 1], len(st.TRAP_LABELS))[0]
            guess = {st.TRAP_LABELS[votes[0][0] - 1]} if votes else set()
        rules = {t.value for t in trap_ids(row["text"])}
        expected = set(row["traps"])
        out["rules"].append((expected, rules))
        out["semantic"].append((expected, guess))
        out["combined"].append((expected, rules or guess))
    return out, bank.threshold


def trap_line(pairs: list[Any]) -> str:
    trap_lines = [(e, f) for e, f in pairs if e]
    calm = [(e, f) for e, f in pairs if not e]
    caught = sum(bool(f) for _, f in trap_lines)
    alarmed = sum(bool(f) for _, f in calm)
    precision, recall = _ratio(caught, caught + alarmed), _ratio(caught, len(trap_lines))
    f1 = _ratio(2 * precision * recall, precision + recall)
    named = _ratio(sum(bool(e & f) for e, f in trap_lines), len(trap_lines))
    quiet = _ratio(len(calm) - alarmed, len(calm))
    return f"F1 {f1:.3f}  expected {named:.3f}  quiet {quiet:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle file to keep the vectors in")
    args = parser.parse_args()
    data = embedded(args.cache)
    print("== crisis (leave one set out; rules figures are in-sample)")
    pooled: dict[str, Flags] = {n: defaultdict(list) for n in ("rules", "semantic", "combined")}
    for held in st.SETS:
        flags, threshold = crisis_fold(data["crisis"], held)
        print(f"-- held out {held} (threshold {threshold:.2f})")
        for name, per in flags.items():
            print(f"   {name:<9} {crisis_line(per)}")
            for key, values in per.items():
                pooled[name][key].extend(values)
    print("-- pooled")
    for name, per in pooled.items():
        print(f"   {name:<9} {crisis_line(per)}")
    print("-- pooled per category (share flagged): rules / semantic / combined")
    for key in sorted(pooled["rules"]):
        shares = [_ratio(sum(pooled[n][key]), len(pooled[n][key])) for n in pooled]
        print(
            f"   {key:<26} n={len(pooled['rules'][key]):>3}  "
            + " / ".join(f"{s:.2f}" for s in shares)
        )
    print("\n== traps (leave one set out; rules figures are in-sample)")
    every: dict[str, list[Any]] = {"rules": [], "semantic": [], "combined": []}
    for held in st.SETS:
        pairs, threshold = trap_fold(data["traps"], held)
        print(f"-- held out {held} (threshold {threshold:.2f})")
        for name, values in pairs.items():
            print(f"   {name:<9} {trap_line(values)}")
            every[name].extend(values)
    print("-- pooled")
    for name, values in every.items():
        print(f"   {name:<9} {trap_line(values)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
