from __future__ import annotations

import hashlib
from typing import Any

from selftrust.web.static import HTMX, HTMX_SHA256, STATIC_DIR


def test_the_vendored_htmx_is_exactly_the_pinned_release() -> None:
    digest = hashlib.sha256((STATIC_DIR / HTMX).read_bytes()).hexdigest()
    assert digest == HTMX_SHA256
    assert "2.0.8" in HTMX


def test_static_files_are_served_from_the_app(client: Any) -> None:
    response = client.get(f"/static/{HTMX}")
    assert response.status_code == 200
    assert hashlib.sha256(response.content).hexdigest() == HTMX_SHA256
    assert client.get("/static/app.css").status_code == 200
