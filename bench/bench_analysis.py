"""How fast the whole rules-only analysis reads everyday journal text (issue 5's figure).

Run: python bench/bench_analysis.py

``analyze(text)`` runs crisis detection, thinking traps and absolutist words together, as
``selftrust analyze`` and ``POST /api/v1/analyze`` do without the semantic layer. The corpus is
the crisis benchmark's (deterministic ~200-character texts: 90% everyday, 7% hard non-crisis,
3% crisis). Budget: 20,000 texts per second on one core, crisis detection included. Timing is
process CPU time, best of five, so a busy shared machine distorts it less; wall-clock time on
the same run is printed beside it.
"""

import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from selftrust.language.analysis import analyze  # noqa: E402
from selftrust.language.crisis import detect_crisis  # noqa: E402

TEXTS_PER_SECOND_BUDGET = 20_000
MIX = {"neutral": 0.90, "hard non-crisis": 0.07, "crisis": 0.03}


def _crisis_bench() -> object:
    spec = importlib.util.spec_from_file_location("bench_crisis", ROOT / "bench/bench_crisis.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _best(texts: list[str], run: Callable[[str], object], repeats: int = 5) -> tuple[float, float]:
    """Best CPU and wall microseconds per text over several passes."""
    cpu = wall = float("inf")
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        for text in texts:
            run(text)
        cpu = min(cpu, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - w0)
    return cpu / len(texts) * 1e6, wall / len(texts) * 1e6


def main() -> int:
    groups = _crisis_bench().corpus()  # type: ignore[attr-defined]
    for texts in groups.values():  # compile every rule and warm the caches first
        for text in texts:
            analyze(text)
    print("group             crisis only (CPU)   whole analysis (CPU / wall)")
    mixed_cpu = mixed_crisis = 0.0
    for name, texts in groups.items():
        crisis_cpu, _ = _best(texts, detect_crisis)
        cpu, wall = _best(texts, analyze)
        mixed_cpu += cpu * MIX[name]
        mixed_crisis += crisis_cpu * MIX[name]
        print(f"{name:<16}  {crisis_cpu:8.1f} us/text     {cpu:8.1f} / {wall:.1f} us/text")
    per_second = 1e6 / mixed_cpu
    print(
        f"mixed corpus: crisis alone {1e6 / mixed_crisis:,.0f} texts/s; whole analysis "
        f"{per_second:,.0f} texts/s (budget {TEXTS_PER_SECOND_BUDGET:,}, one core, CPU time)"
    )
    return 0 if per_second >= TEXTS_PER_SECOND_BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
