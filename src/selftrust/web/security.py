"""Headers and request checks that keep a private app private.

- A strict Content-Security-Policy: scripts, styles and images only from this app, no inline.
- Only the configured host names are served (stops DNS-rebinding pages reading local data).
- Unsafe methods from another site's page are refused (stops cross-site form posts).
- Request bodies over a limit are refused before they are read.
- Pages are never cached, so a shared computer's Back button or cache shows less.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from selftrust.config import Settings

MAX_BODY_BYTES = 2 * 1024 * 1024
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; media-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # never sent to other sites
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, *, allowed_hosts: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = {h.lower() for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if _hostname(host) not in self.allowed and "*" not in self.allowed:
            await _refuse(scope, send, 400, "This address is not one this app answers to.")
            return
        if scope["method"] in UNSAFE and _cross_site(headers, host):
            await _refuse(scope, send, 403, "Changes can only be made from this app's own pages.")
            return
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            await _refuse(scope, send, 413, "That is more than this app accepts in one go (2 MB).")
            return

        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_BODY_BYTES:
                    raise BodyTooLarge
            return message

        async def secure_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = list(HEADERS)
                if not scope["path"].startswith("/static/"):
                    extra.append((b"cache-control", b"no-store"))
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        try:
            await self.app(scope, limited_receive, secure_send)
        except BodyTooLarge:
            await _refuse(scope, send, 413, "That is more than this app accepts in one go (2 MB).")


class BodyTooLarge(Exception):
    """A streamed request body went past the limit."""


def _hostname(host: str) -> str:
    host = host.lower()
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0] if ":" in host else host


def _cross_site(headers: dict[str, str], host: str) -> bool:
    # Modern browsers say where a request came from; "same-site" is refused too, since on
    # localhost every port (any other local app) counts as the same site.
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = headers.get("origin")
    if not origin or origin == "null":
        return origin == "null"
    return urlsplit(origin).netloc.lower() != host.lower()


async def _refuse(scope: Scope, send: Send, status: int, message: str) -> None:
    if scope["path"].startswith("/api/"):
        body = json.dumps({"error": {"code": "refused", "message": message}}).encode()
        kind = b"application/json"
    else:
        body = f"<!doctype html><title>selftrust</title><p>{message}</p>".encode()
        kind = b"text/html; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", kind),
                (b"content-length", str(len(body)).encode()),
                *HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def install_security(app: FastAPI, settings: Settings) -> None:
    """Add the security middleware with this deployment's allowed host names."""
    app.add_middleware(SecurityMiddleware, allowed_hosts=settings.allowed_hosts)
