"""`selftrust serve`: migrate, then run the web app with uvicorn."""

from __future__ import annotations

import dataclasses

from selftrust.cli.context import settings
from selftrust.services.runtime import open_runtime


def serve(*, host: str | None, port: int | None) -> None:
    import uvicorn

    config = settings()
    if host or port:
        config = dataclasses.replace(config, host=host or config.host, port=port or config.port)
    # Fail fast with one clear sentence if storage is unusable, before the server starts.
    open_runtime(config).db.close()
    print(f"selftrust is running at http://{config.host}:{config.port} (press Ctrl+C to stop)")
    uvicorn.run(
        "selftrust.app:create_from_env",
        factory=True,
        host=config.host,
        port=config.port,
        log_level=config.log_level,
        access_log=False,  # request lines can carry search words; the app logs no content
        server_header=False,
    )
