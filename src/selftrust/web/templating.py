"""Jinja2 templates with the navigation and safety links every page carries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import HTMLResponse

from selftrust import __version__
from selftrust.content import crisis_card, pages
from selftrust.web.static import HTMX

templates = Jinja2Templates(directory=Path(__file__).with_name("templates"))
templates.env.globals.update(
    version=__version__,
    htmx_path=HTMX,
    nav=pages.NAVIGATION,
    copy=pages,
    card_copy=crisis_card,
    content_note_label=pages.CONTENT_NOTE_LABEL,
)


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, *, status: int = 200
) -> HTMLResponse:
    """Render a page (or, for htmx requests asking for it, the same template's partial)."""
    return templates.TemplateResponse(request, name, context or {}, status_code=status)


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true" and not request.headers.get("hx-boosted")
