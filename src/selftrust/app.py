"""The composition root: one ASGI app serving the web pages and the JSON API.

It sits above the entry layers so that web and api never import each other; the CLI starts it
through uvicorn's import string, never by importing it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

from selftrust import __version__
from selftrust.api import errors as api_errors
from selftrust.api.routes import router as api_router
from selftrust.config import Settings
from selftrust.services.reader import choose_reader
from selftrust.services.runtime import Clock, Runtime, local_profile, open_runtime, system_clock
from selftrust.web import errors as web_errors
from selftrust.web.routes import router as web_router
from selftrust.web.security import install_security
from selftrust.web.static import mount_static

Handler = Callable[[Request, Exception], Awaitable[Response]]

# FastAPI's native OpenTelemetry is switched off entirely: no spans, metrics or logs leave here.
NO_TELEMETRY = {
    "tracing": False,
    "metrics": False,
    "logs": False,
    "operation_spans": False,
    "auto_configure": False,
}


def create_app(settings: Settings, *, clock: Clock = system_clock) -> FastAPI:
    """Build the app: open storage (migrating it), wire routes, errors and security."""
    logging.getLogger("selftrust").setLevel(settings.log_level.upper())
    runtime: Runtime = open_runtime(settings, clock=clock)
    if choose_reader(settings.semantic, long_running=True):
        _warm_semantic_layer()
    app = FastAPI(
        title="selftrust API",
        version=__version__,
        description="The JSON twin of the selftrust web app. Everything stays on this machine.",
        docs_url=None,  # the hosted docs pages load scripts from a CDN; we serve none
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
        telemetry=NO_TELEMETRY,  # type: ignore[arg-type]
    )
    app.state.runtime = runtime
    app.state.profile = local_profile(runtime)
    install_security(app, settings)
    mount_static(app)
    app.include_router(api_router)
    app.include_router(web_router)
    for kind, api_handler in api_errors.HANDLERS.items():
        app.add_exception_handler(kind, _by_path(api_handler, web_errors.HANDLERS[kind]))
    return app


def _by_path(api_handler: Handler, web_handler: Handler) -> Handler:
    # One exception, two audiences: JSON for /api, a calm page for people.
    async def handle(request: Request, error: Exception) -> Response:
        if request.url.path.startswith("/api/"):
            return await api_handler(request, error)
        return await web_handler(request, error)

    return handle


def _warm_semantic_layer() -> None:
    # Load the model in the background so the first save does not wait for it (a save that
    # comes sooner waits on the layer's lock; a layer that fails to load leaves the rules).
    import threading

    from selftrust.language.meaning import semantic_ready

    threading.Thread(target=semantic_ready, name="semantic-warm-up", daemon=True).start()


def create_from_env() -> FastAPI:
    """Factory used by `selftrust serve` (uvicorn --factory)."""
    return create_app(Settings.from_env())
