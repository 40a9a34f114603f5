"""How fast the optional semantic layer loads and reads journal text (docs/semantic-layer.md).

Run: python bench/bench_semantic.py

Prints: the import of ``selftrust.language.semantic`` (must stay cheap: no numpy, no model),
the first load of the model and its scorer (the fine-tuned adapter, or the memory when
the adapter file is missing) in a fresh process, and steady-state texts per second
for one sentence, a ~200-character text, and a batch of sentences embedded together. There is
no speed budget (the layer is optional and off the rules' hot path); the script exits 0 and
says so when the extra is not installed.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from selftrust.language import semantic  # noqa: E402

RUNS = 3
SENTENCE = "i keep thinking everyone would be fine without me around"
TEXT = (
    "Slept okay and made coffee before anyone was up. Work was a lot, the system kept "
    "crashing. I keep thinking everyone would be fine without me around. Walked the dog."
)


def _fresh(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return run.stdout


def fresh_ms(code: str) -> float:
    """Best time over fresh processes of a snippet that prints 'ms <value>'."""
    return min(float(_fresh(code).split()[-1]) for _ in range(RUNS))


def per_second(run: object, texts: list[str], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            run(text)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def main() -> int:
    if not semantic.installed():
        print("semantic extra not installed: nothing to measure (skipped)")
        return 0
    timer = "import time; t = time.perf_counter()\n"
    imported = fresh_ms(
        timer + "import selftrust.language.semantic\nprint('ms', (time.perf_counter() - t) * 1000)"
    )
    loaded = fresh_ms(
        "import time, selftrust.language.semantic as s\n"
        "t = time.perf_counter(); s.load()\nprint('ms', (time.perf_counter() - t) * 1000)"
    )
    print(f"import selftrust.language.semantic: {imported:6.1f} ms (no numpy, no model)")
    print(f"first load (weights + scorer):      {loaded:6.0f} ms, once per process")
    scorer = type(semantic.load()[1]).__name__  # Classifier (adapter.npz) or Memory
    print(f"scorer:                             {scorer}")
    one = per_second(semantic.crisis_sentences, [SENTENCE] * 50)
    text = per_second(semantic.crisis_sentences, [TEXT] * 30)
    encoder = semantic.load()[0]
    batch = [SENTENCE, TEXT.split(". ")[1], "Walked the dog.", TEXT] * 16
    start = time.perf_counter()
    encoder.embed(batch)
    batched = len(batch) / (time.perf_counter() - start)
    print(f"crisis_sentences, one sentence:     {one:6.0f} texts/s ({1000 / one:.1f} ms each)")
    label = f"crisis_sentences, {len(TEXT)}-char text:"
    print(f"{label:<36}{text:6.0f} texts/s ({1000 / text:.1f} ms each)")
    print(f"embed, batch of {len(batch)} sentences:      {batched:6.0f} sentences/s")
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this process:        {peak:6.0f} MB")
    except ImportError:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
