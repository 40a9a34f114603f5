"""How fast thinking traps and absolutist words are found in ~200-character texts.

Run: python bench/bench_traps.py

Timing uses process CPU time (best of five), so a busy shared machine distorts it less.
The corpus is built deterministically: everyday journal sentences (written for this benchmark),
some texts carrying one self-critical line from the tuning set, and some made only of such lines
(what the inner-critic flow receives). The budget is 25 microseconds per text on average, on one
core, for traps and absolutist words together. A plain regex word split over the same texts is
timed as well, so figures from a busy or slower machine can be compared.
"""

import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from selftrust.language.absolutist import find_absolutist_words  # noqa: E402
from selftrust.language.traps import find_traps  # noqa: E402

BUDGET_US = 25.0
EVERYDAY = [
    "Walked to the bakery early and the streets were still quiet and a little misty.",
    "Picked the green jumper without asking anyone, and I still like it tonight.",
    "Therapy today was about how I check with my partner before small choices.",
    "my back was stiff after work so i stretched on the floor for ten minutes",
    "Cooked rice and beans, put on a podcast, and ate slowly at the table.",
    "The train was late again, read my book on the platform and didn't mind much.",
    "Noticed my breath was short in the meeting, slowed it down, it helped.",
    "We planted tulip bulbs in the front bed, hoping they come up in spring.",
    "Called my aunt, she told me about her new neighbours and their noisy parrot.",
    "Gut said skip the late film, went to bed instead. Good call, slept well.",
    "Sorted the recycling, paid two bills, sent the form back to the council.",
    "i'm thinking about taking a pottery class, the one on thursday evenings",
    "Had lunch in the park, a dog tried to steal my sandwich, we both survived.",
    "Rated how sure I was about the job offer, about 60 percent, will look back in a month.",
    "The kids built a fort out of cushions and refused to leave it for dinner.",
    "Felt a bit wobbly after the phone call, did the five things I can see exercise.",
    "Ran into an old friend at the shop and we made plans for coffee next week.",
    "Long day at the office, new printer jammed twice, went home and had a bath.",
    "wrote three lines in the journal before bed, mostly about the weather",
    "Chose the quieter café to work from and got more done than I expected.",
    "My partner made soup and we watched the rain from the window.",
    "Bought new running shoes, tried them round the block, they feel comfortable.",
    "Helped my neighbour carry boxes upstairs, she gave us a plant as thanks.",
    "Spent the afternoon fixing the bike chain, hands covered in oil but it works.",
    "The appointment was moved to Tuesday, wrote it on the calendar straight away.",
    "Sat in the garden with tea and listened to the birds for a while.",
    "Went to the library and picked three books, one about birds, two novels.",
    "Tidied the desk and found old photos from the beach trip, made me smile.",
]


def _pad(rng: random.Random, core: str, size: int = 200) -> str:
    """Surround a line with everyday sentences until the text is about `size` characters."""
    text = core
    while len(text) < size - 40:
        extra = rng.choice(EVERYDAY)
        text = f"{extra} {text}" if rng.random() < 0.5 else f"{text} {extra}"
    return text


def _critic(rng: random.Random, lines: list[str], size: int = 200) -> str:
    text = rng.choice(lines)
    while len(text) < size - 40:
        text = f"{text} {rng.choice(lines)}"
    return text


def corpus(count: int = 5000, seed: int = 25) -> dict[str, list[str]]:
    """Build the three groups of texts; the same every run."""
    rng = random.Random(seed)
    rows = [json.loads(line) for line in (ROOT / "eval/traps/tuning.jsonl").open()]
    critical = [r["text"] for r in rows if r["traps"]]
    return {
        "everyday": [_pad(rng, rng.choice(EVERYDAY)) for _ in range(count)],
        "one self-critical line": [_pad(rng, rng.choice(critical)) for _ in range(count // 2)],
        "inner critic": [_critic(rng, critical) for _ in range(count // 2)],
    }


def _analyze(text: str) -> None:
    find_traps(text)
    find_absolutist_words(text)


def _best_us_per_text(texts: list[str], run: Callable[[str], object], repeats: int = 5) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for text in texts:
            run(text)
        best = min(best, time.process_time() - start)
    return best / len(texts) * 1e6


def main() -> int:
    """Print microseconds per text for each group and texts per second for a realistic mix."""
    groups = corpus()
    for texts in groups.values():  # warm up compiled patterns
        for text in texts[:50]:
            _analyze(text)
    timings = {name: _best_us_per_text(texts, _analyze) for name, texts in groups.items()}
    words = re.compile(r"[a-z]+")
    reference = _best_us_per_text(groups["everyday"], lambda t: words.findall(t.lower()))
    for name, texts in groups.items():
        average = sum(map(len, texts)) / len(texts)
        size = f"{len(texts):>5} texts of ~{average:.0f} chars"
        print(f"{name:<24} {size}: {timings[name]:6.1f} us/text")
    # A realistic day of writing: mostly everyday entries, some hard lines, a few critic texts.
    mix = {"everyday": 0.80, "one self-critical line": 0.15, "inner critic": 0.05}
    mixed_us = sum(timings[name] * share for name, share in mix.items())
    print(f"mixed corpus (80% everyday, 15% one line, 5% critic): {1e6 / mixed_us:,.0f} texts/s")
    print(f"mixed average: {mixed_us:.1f} us/text (budget {BUDGET_US:.0f} us)")
    print(f"reference, lowercase and split into words: {reference:.1f} us/text")
    return 0 if mixed_us <= BUDGET_US else 1


if __name__ == "__main__":
    raise SystemExit(main())
