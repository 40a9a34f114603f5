"""Notes at scale, in-process (ASGI, no sockets): the notes page and the API list call with
10,000 notes stored, and 1,000 notes created through the API by one client."""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import httpx2 as httpx

from selftrust.app import create_app
from selftrust.config import Settings
from selftrust.storage import notes as store

SAMPLES = 100
NOTES = 10_000


async def median_ms(client: httpx.AsyncClient, path: str) -> float:
    await client.get(path)  # warm up
    times = []
    for _ in range(SAMPLES):
        start = time.perf_counter()
        response = await client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return statistics.median(times)


async def measure(app: object) -> None:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        page = await median_ms(client, "/notes")
        api = await median_ms(client, "/api/v1/notes")
        print(f"  notes page, {NOTES:,} notes stored, median:    {page:6.2f} ms (target < 15)")
        print(f"  API list call, {NOTES:,} notes stored, median: {api:6.2f} ms (target < 15)")
        start = time.perf_counter()
        for i in range(1000):
            response = await client.post("/api/v1/notes", json={"text": f"bench note {i}"})
            assert response.status_code == 201
        total = time.perf_counter() - start
        print(f"  1,000 notes created through the API: {total:5.2f} s (target < 2)")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        settings = Settings(
            home=home, database_url=str(home / "bench.db"), allowed_hosts=("testserver",)
        )
        app = create_app(settings)
        rt, profile = app.state.runtime, app.state.profile
        text = "A calm sentence about the day, written in my own words. " * 4
        with rt.db.transaction() as conn:
            for i in range(NOTES):
                store.add(conn, profile, f"Note {i}. {text}", now=rt.now())
        asyncio.run(measure(app))
        rt.db.close()


if __name__ == "__main__":
    main()
