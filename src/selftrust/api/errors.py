"""JSON errors: {"error": {"code", "message", "fields"}} with one clear sentence."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from selftrust.services.errors import InputInvalid, NotFound, StorageError

log = logging.getLogger("selftrust.api")


def _json(
    status: int, code: str, message: str, fields: list[dict[str, Any]] | None = None
) -> Response:
    body = {"error": {"code": code, "message": message, "fields": fields or []}}
    return JSONResponse(body, status_code=status)


async def http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    messages = {
        404: "There is nothing at this address.",
        405: "This address does not accept that method.",
    }
    message = messages.get(error.status_code, str(error.detail))
    return _json(error.status_code, "http_error", message)


async def invalid_request(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    fields = []
    for problem in error.errors():
        where = ".".join(str(p) for p in problem.get("loc", ()) if p != "body")
        # Never echo the submitted value back: it may be what a person wrote.
        fields.append({"field": where, "problem": str(problem.get("msg", "invalid"))})
    first = fields[0] if fields else {"field": "", "problem": "invalid"}
    if any(p.get("type") == "json_invalid" for p in error.errors()):
        message = "The request body is not valid JSON."
    else:
        message = f"{first['field'] or 'The request'}: {first['problem']}."
    return _json(422, "invalid_request", message, fields)


async def not_found(request: Request, error: Exception) -> Response:
    return _json(404, "not_found", str(error) or "Not found.")


async def text_invalid(request: Request, error: Exception) -> Response:
    return _json(422, "invalid_input", str(error))


async def storage(request: Request, error: Exception) -> Response:
    log.warning("storage problem: %s", type(error).__name__)
    return _json(503, "storage_unavailable", str(error))


async def unexpected(request: Request, error: Exception) -> Response:
    log.error("unexpected error on %s: %s", request.url.path, type(error).__name__)
    return _json(500, "server_error", "Something went wrong on our side. Nothing was changed.")


HANDLERS: dict[type[Exception], Callable[[Request, Exception], Awaitable[Response]]] = {
    HTTPException: http_error,
    RequestValidationError: invalid_request,
    NotFound: not_found,
    InputInvalid: text_invalid,
    StorageError: storage,
    Exception: unexpected,
}
