"""Compare rules, the nearest-neighbour memory and the fine-tuned classifier on fresh text.

Run (after ``/tmp/ft/bin/python eval/semantic_finetune.py validate``, which writes the
classifier's scores of the teaching sets, trained on the four dev sets only)::

    .venv/bin/python eval/semantic_compare.py [--scores /tmp/ftwork/clf_teach.json]

The memory is built from the same four dev sets (as semantic_train.Embedded.fitted does) and
scores the same teaching sets. Crisis: recall and false-positive rate per set, at the thresholds
that give each semantic scorer alone a 2 %, 3 % and 5 % false-alarm rate on that set (so both are
compared at equal false alarms), alone and OR-ed with the rules, per category at 3 %, and a
"veto" variant (a rule hit counts only when the classifier gives it at least a small
probability). Traps: any-trap F1, expected trap, quiet, alone and combined as the app does
(the rules' traps; the top semantic guess only when the rules find none).
"""

from __future__ import annotations

import argparse
import json
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
from selftrust.language.traps import trap_ids  # noqa: E402

Bools = np.ndarray


def memory_scores() -> dict[str, dict[str, Any]]:
    """Memory built from the four dev sets; per teaching line: probability (and top trap)."""
    encoder = load_encoder()
    out: dict[str, dict[str, Any]] = {}
    for task in ("crisis", "traps"):
        d = st.Embedded(task, encoder)
        train = list(st.SETS)
        proj = st.fit_projection(np.vstack([d.whole[n] for n in train]).astype(np.float64))
        bank = d.fitted(train, proj)
        for held in [n for n in d.names if n.startswith(st.TEACH_PREFIX)]:
            raw = d.raw_scores(bank, proj, held)
            a, b = bank.calibration
            tops = []
            for u in d.units[held]:
                r, rows = bank.raw(proj(u))
                i = int(np.argmax(r))
                vote = bank.vote(rows[i : i + 1], len(st.TRAP_LABELS))[0] if task == "traps" else []
                tops.append(st.TRAP_LABELS[vote[0][0] - 1] if vote else None)
            out[f"{task}/{held}"] = {
                "prob": (1 / (1 + np.exp(-(a * raw + b)))).tolist(),
                "top": tops,
                "threshold": bank.threshold,
            }
    return out


def at_fpr(prob: np.ndarray, calm: Bools, fpr: float) -> float:
    """The lowest threshold whose alarm rate on calm lines stays at or below fpr."""
    for t in np.unique(prob):
        if (prob[calm] >= t).mean() <= fpr:
            return float(t)
    return 1.01


def auc(prob: np.ndarray, y: Bools) -> float:
    pos, neg = prob[y], prob[~y]
    return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())


def rates(flag: Bools, y: Bools) -> str:
    return f"{flag[y].mean():.3f} / {flag[~y].mean():.3f}"


def crisis_report(name: str, clf: dict[str, Any], mem: dict[str, Any]) -> None:
    rows = st.load_rows("crisis", name)
    y = np.array([bool(r["kinds"]) for r in rows])
    rules = np.array([detect_crisis(r["text"]).crisis for r in rows])
    pc, pm = np.array(clf["prob"]), np.array(mem["prob"])
    print(f"\n## crisis {name} ({y.sum()} crisis, {(~y).sum()} calm) — recall / FPR")
    print(f"AUC: classifier {auc(pc, y):.3f}, memory {auc(pm, y):.3f}")
    print(f"rules alone                          {rates(rules, y)}")
    sm = pm >= mem["threshold"]
    t = mem["threshold"]
    print(f"memory at its dev threshold {t:.2f}  {rates(sm, y)} | OR rules {rates(rules | sm, y)}")
    print("| FPR target | memory | rules OR memory | classifier | rules OR classifier", end=" ")
    print("| veto 0.05 | veto 0.2 |")
    print("|---|---|---|---|---|---|---|")
    for target in (0.02, 0.03, 0.05):
        cm, cc = pm >= at_fpr(pm, ~y, target), pc >= at_fpr(pc, ~y, target)
        veto = [(rules & (pc >= v)) | cc for v in (0.05, 0.2)]
        print(
            f"| {target:.2f} | {rates(cm, y)} | {rates(rules | cm, y)} | {rates(cc, y)} | "
            f"{rates(rules | cc, y)} | {rates(veto[0], y)} | {rates(veto[1], y)} |"
        )
    cc, cm = pc >= at_fpr(pc, ~y, 0.03), pm >= at_fpr(pm, ~y, 0.03)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[r["category"]].append(i)
    print("per category at 3 % (rate of alarms: recall on crisis, false alarms on calm):")
    print("| category | n | rules | memory | classifier | rules OR memory | rules OR classifier |")
    print("|---|---|---|---|---|---|---|")
    for cat, idx in sorted(groups.items(), key=lambda kv: (not y[kv[1][0]], kv[0])):
        at = np.array(idx)
        cells = [f"{f[at].mean():.2f}" for f in (rules, cm, cc, rules | cm, rules | cc)]
        print(f"| {cat} | {len(at)} | " + " | ".join(cells) + " |")


def trap_figures(found: list[set[str]], rows: list[dict[str, Any]]) -> str:
    y = [bool(r["traps"]) for r in rows]
    caught = sum(bool(f) for f, t in zip(found, y, strict=True) if t)
    alarmed = sum(bool(f) for f, t in zip(found, y, strict=True) if not t)
    named = sum(bool(f & set(r["traps"])) for f, r in zip(found, rows, strict=True) if r["traps"])
    p, rec = caught / max(caught + alarmed, 1), caught / max(sum(y), 1)
    f1 = 2 * p * rec / max(p + rec, 1e-9)
    quiet = 1 - alarmed / max(len(y) - sum(y), 1)
    return f"{f1:.3f} / {named / max(sum(y), 1):.3f} / {quiet:.3f}"


def traps_report(name: str, clf: dict[str, Any], mem: dict[str, Any]) -> None:
    rows = st.load_rows("traps", name)
    y = np.array([bool(r["traps"]) for r in rows])
    rules = [{t.value for t in trap_ids(r["text"])} for r in rows]
    pc, pm = np.array(clf["prob"]), np.array(mem["prob"])
    print(f"\n## traps {name} — F1 / expected / quiet", end=" ")
    print(f"(AUC classifier {auc(pc, y):.3f}, memory {auc(pm, y):.3f})")
    print(f"rules alone: {trap_figures(rules, rows)}")
    print("| scorer (threshold) | alone | combined |")
    print("|---|---|---|")
    options = [("memory", pm, mem["top"], mem["threshold"])]
    options += [("memory", pm, mem["top"], at_fpr(pm, ~y, q)) for q in (0.05, 0.10)]
    options += [("classifier", pc, clf["top"], at_fpr(pc, ~y, q)) for q in (0.02, 0.05, 0.10)]
    options += [("classifier", pc, clf["top"], 0.5)]
    for label, prob, top, t in options:
        sem: list[set[str]] = [
            {top[i]} if prob[i] >= t and top[i] else set() for i in range(len(rows))
        ]
        comb = [r or s for r, s in zip(rules, sem, strict=True)]
        print(f"| {label} ({t:.2f}) | {trap_figures(sem, rows)} | {trap_figures(comb, rows)} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scores", type=Path, default=Path("/tmp/ftwork/clf_teach.json"))
    parser.add_argument("--memory", type=Path, default=Path("/tmp/ftwork/mem_probs.json"))
    args = parser.parse_args()
    clf = json.loads(args.scores.read_text())
    if args.memory.exists():
        mem = json.loads(args.memory.read_text())
    else:
        mem = memory_scores()
        args.memory.write_text(json.dumps(mem))
    for key in sorted(clf):
        task, name = key.split("/")
        (crisis_report if task == "crisis" else traps_report)(name, clf[key], mem[key])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
