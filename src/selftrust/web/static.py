"""Vendored static assets: served from the package, never from a CDN."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).with_name("static")
HTMX = "vendor/htmx-2.0.8.min.js"
# SHA-256 of the file as published in the npm package htmx.org@2.0.8 (checked by a test).
HTMX_SHA256 = "22283ef68cb7545914f0a88a1bdedc7256a703d1d580c1d255217d0a50d31313"


def mount_static(app: FastAPI) -> None:
    """Serve /static from the package folder."""
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
