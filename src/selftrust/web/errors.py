"""Calm error pages for people: one clear sentence, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException

from selftrust.content import pages as copy
from selftrust.services.errors import InputInvalid, NotFound, StorageError
from selftrust.web.templating import render

log = logging.getLogger("selftrust.web")


async def _page(request: Request, status: int, title: str, message: str) -> Response:
    return render(request, "pages/error.html", {"title": title, "message": message}, status=status)


async def http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if error.status_code == 404:
        return await _page(request, 404, "Not found", copy.NOT_FOUND)
    if error.status_code == 405:
        return await _page(request, 405, "Not available", "That action isn't available here.")
    return await _page(request, error.status_code, "Something is off", str(error.detail))


async def invalid_request(request: Request, error: Exception) -> Response:
    return await _page(
        request, 400, "That didn't work", "Part of that request wasn't in the expected form."
    )


async def not_found(request: Request, error: Exception) -> Response:
    return await _page(request, 404, "Not found", str(error) or copy.NOT_FOUND)


async def text_invalid(request: Request, error: Exception) -> Response:
    return await _page(request, 422, "Nothing was saved", str(error))


async def storage(request: Request, error: Exception) -> Response:
    log.warning("storage problem: %s", type(error).__name__)
    return await _page(request, 503, "Your data can't be reached right now", str(error))


async def unexpected(request: Request, error: Exception) -> Response:
    # Log the kind of error only: messages can carry what a person wrote.
    log.error("unexpected error on %s: %s", request.url.path, type(error).__name__)
    return await _page(request, 500, "Something went wrong", copy.SERVER_TROUBLE)


HANDLERS: dict[type[Exception], Callable[[Request, Exception], Awaitable[Response]]] = {
    HTTPException: http_error,
    RequestValidationError: invalid_request,
    NotFound: not_found,
    InputInvalid: text_invalid,
    StorageError: storage,
    Exception: unexpected,
}
