"""Time compute_evidence over 20,000 synthetic choices (seeded), and print the median.

Run: PYTHONPATH=src python bench/bench_evidence.py [--choices N] [--runs N] [--tz Europe/Berlin]
The budget is "well under 50 ms" for 20,000 choices; this prints, it never asserts.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from selftrust.domain.ledger import (
    Area,
    ChoiceFacts,
    FeltRight,
    GutDecision,
    Reassurance,
    compute_evidence,
)

START = datetime(2024, 1, 1, tzinfo=UTC)


def build_choices(count: int, seed: int = 20_000) -> list[ChoiceFacts]:
    """Build a seeded, realistic-looking mix: two years of choices, some not looked back on."""
    rng = random.Random(seed)
    areas: list[Area | None] = [*Area, None]
    answers: list[FeltRight | None] = [*FeltRight, None]
    choices = []
    for i in range(count):
        made_at = START + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
        answer = rng.choice(answers)
        choices.append(
            ChoiceFacts(
                id=i,
                made_at=made_at,
                gut=rng.choice(list(GutDecision)),
                confidence=rng.randint(0, 100),
                reassurance=rng.choice(list(Reassurance)),
                area=rng.choice(areas),
                latest_look_back=answer,
                looked_back_at=None if answer is None else made_at + timedelta(days=1),
            )
        )
    return choices


def main() -> None:
    """Print the median and best time of compute_evidence."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--choices", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--tz", default="UTC", help="time zone for the months, e.g. Europe/Berlin")
    args = parser.parse_args()
    tz: tzinfo = UTC if args.tz == "UTC" else ZoneInfo(args.tz)
    choices = build_choices(args.choices)
    compute_evidence(choices, tz=tz)  # warm up
    timings = []
    for _ in range(args.runs):
        started = time.perf_counter()
        evidence = compute_evidence(choices, tz=tz)
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"compute_evidence: {args.choices} choices, tz={args.tz}, {args.runs} runs: "
        f"median {statistics.median(timings):.1f} ms, best {min(timings):.1f} ms "
        f"(brier {evidence.to_dict()['brier']}, {evidence.scored_look_backs} yes/no look-backs)"
    )


if __name__ == "__main__":
    main()
