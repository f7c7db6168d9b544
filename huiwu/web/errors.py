"""One error shape for the whole server: `{"error": {"status": …, "message": …}}` in JSON, the same
status and message on an HTML page. Library errors are translated here, at the boundary."""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import HuiwuError, StoreError, UsageError
from ..store.review import NotFound

log = logging.getLogger("huiwu.web")
REASONS = {400: "Bad request", 403: "Forbidden", 404: "Not found", 405: "Method not allowed",
           413: "Request too large", 422: "Unprocessable request", 500: "Internal error", 503: "Unavailable"}


class HttpError(Exception):
    """An answer with an error status and a message meant for the person who asked."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def payload(error: HttpError) -> dict[str, Any]:
    return {"error": {"status": error.status, "message": error.message}}


def error_body(error: HttpError, *, html: bool) -> tuple[bytes, str]:
    """A self-contained body for answers given before any template is at hand."""
    if not html:
        return json.dumps(payload(error)).encode("utf-8"), "application/json"
    return _plain_page(error).encode("utf-8"), "text/html; charset=utf-8"


def _plain_page(error: HttpError) -> str:
    title = html.escape(f"{error.status} {REASONS.get(error.status, 'Error')}")
    return (f"<!doctype html><html lang=en><meta charset=utf-8><title>{title}</title>"
            f"<h1>{title}</h1><p>{html.escape(error.message)}</p><p><a href=\"/\">huiwu</a></p></html>")


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def install(app: FastAPI, render_error: Callable[[Request, HttpError], Response]) -> None:
    """Route every error — ours, Starlette's, validation, library and unexpected — to one shape."""

    def answer(request: Request, error: HttpError) -> Response:
        if wants_json(request):
            return JSONResponse(payload(error), status_code=error.status)
        return render_error(request, error)

    @app.exception_handler(HttpError)
    async def _ours(request: Request, error: HttpError) -> Response:
        return answer(request, error)

    @app.exception_handler(StarletteHTTPException)
    async def _starlette(request: Request, error: StarletteHTTPException) -> Response:
        message = error.detail if isinstance(error.detail, str) and error.status_code != 404 else "not found"
        return answer(request, HttpError(error.status_code, message))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> Response:
        return answer(request, HttpError(422, _validation_message(error)))

    @app.exception_handler(HuiwuError)
    async def _library(request: Request, error: HuiwuError) -> Response:
        return answer(request, HttpError(_library_status(error), str(error)))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> Response:
        log.exception("error answering %s", request.url.path)
        return answer(request, HttpError(500, "the server could not answer this request; see its log"))


def _library_status(error: HuiwuError) -> int:
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, UsageError):
        return 400
    return 503 if isinstance(error, StoreError) else 500


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for problem in error.errors()[:3]:
        where = ".".join(str(p) for p in problem.get("loc", ()) if p not in ("body", "query", "path"))
        parts.append(f"{where}: {problem.get('msg', 'invalid')}" if where else str(problem.get("msg", "invalid")))
    return "; ".join(parts) or "the request is not valid"
