"""The choice ledger at scale, in-process: 20,000 choices with look-backs stored (seeded).

Prints, never asserts:
- the evidence service call (marker query + facts + compute_evidence): the first call after
  start (cold), calls with nothing new (warm), and calls right after one new look-back;
- the evidence page, the choices page and GET /api/v1/evidence through the ASGI app (httpx's
  ASGI transport, one event loop, no sockets), median of SAMPLES requests.

Run: PYTHONPATH=src python bench/bench_choices.py [--choices N] [--samples N]
     [--database-url postgresql://…/empty_db]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx2 as httpx

from selftrust.app import create_app
from selftrust.config import Settings
from selftrust.services import choices, evidence, ledger_facts

START = datetime(2024, 1, 1, tzinfo=UTC)


def seed(rt: Any, profile: Any, count: int) -> None:
    """Two years of choices; most looked back on, some twice (the latest counts)."""
    rng = random.Random(20_000)
    rows = []
    for i in range(count):
        made = START + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
        rows.append(
            {
                "p": profile.id,
                "text": f"Choice {i}: rested when my body asked, and it was okay.",
                "gut_text": "Shoulders dropped a little" if i % 3 else None,
                "gut": rng.choice(["followed", "overrode"]),
                "confidence": rng.randint(0, 100),
                "reassurance": rng.choice(["none", "some", "lots"]),
                "area": rng.choice(["rest", "boundaries", "comfort", "pace", "preference", None]),
                "made": made,
            }
        )
    rows.sort(key=lambda r: r["made"])
    with rt.db.transaction() as conn:
        conn.execute_many(
            "INSERT INTO choices (profile_id, text, gut_text, gut, confidence, reassurance, "
            "area, made_at, updated_at) VALUES (:p, :text, :gut_text, :gut, :confidence, "
            ":reassurance, :area, :made, :made)",
            rows,
        )
        ids = [int(r["id"]) for r in conn.fetch_all("SELECT id FROM choices")]
        look_backs = []
        for choice_id in ids:
            for _ in range(rng.choice([0, 1, 1, 1, 2])):
                look_backs.append(
                    {
                        "c": choice_id,
                        "p": profile.id,
                        "f": rng.choice(["yes", "yes", "partly", "no", "too_early"]),
                        "at": START + timedelta(days=rng.randrange(730)),
                    }
                )
        conn.execute_many(
            "INSERT INTO look_backs (choice_id, profile_id, felt_right, created_at) "
            "VALUES (:c, :p, :f, :at)",
            look_backs,
        )
    print(f"  stored {count:,} choices and {len(look_backs):,} look-backs")


def timed(call: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def service_figures(rt: Any, profile: Any, runs: int) -> None:
    ledger_facts.forget(rt.db, profile)
    [cold] = timed(lambda: evidence.evidence_for(rt, profile), 1)
    warm = statistics.median(timed(lambda: evidence.evidence_for(rt, profile), runs))
    choice_id = choices.list_choices(rt, profile, limit=1)[0].id
    after = []
    for _ in range(runs):
        choices.look_back(rt, profile, choice_id, "yes")
        after.extend(timed(lambda: evidence.evidence_for(rt, profile), 1))
    after_ms = statistics.median(after)
    print(f"  evidence service call, first after start (cold): {cold:7.1f} ms")
    print(f"  evidence service call, nothing new, median:      {warm:7.1f} ms (target < 50)")
    print(f"  evidence service call after a look-back, median: {after_ms:7.1f} ms (target < 50)")


async def median_ms(client: httpx.AsyncClient, path: str, samples: int) -> float:
    await client.get(path)  # warm up
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        response = await client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    return statistics.median(times)


async def page_figures(app: Any, samples: int) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        page = await median_ms(client, "/evidence", samples)
        api = await median_ms(client, "/api/v1/evidence", samples)
        choices_page = await median_ms(client, "/choices", samples)
    print(f"  evidence page, median:        {page:6.1f} ms (target < 100)")
    print(f"  GET /api/v1/evidence, median: {api:6.1f} ms")
    print(f"  choices page, median:         {choices_page:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--choices", type=int, default=20_000)
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument(
        "--database-url", default="", help="an empty PostgreSQL database (default: SQLite)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        url = args.database_url or str(home / "bench.db")
        settings = Settings(home=home, database_url=url, allowed_hosts=("testserver",))
        app = create_app(settings)
        rt, profile = app.state.runtime, app.state.profile
        seed(rt, profile, args.choices)
        service_figures(rt, profile, args.samples)
        asyncio.run(page_figures(app, args.samples))
        rt.db.close()


if __name__ == "__main__":
    main()
