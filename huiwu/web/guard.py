"""The request guards: a cap on body size, security headers on every answer, and the write token.

Pure ASGI middleware, so a body is refused before any route reads it, and an answer
carries its headers whether a page, the JSON API, a static file or an error produced it.
"""

from __future__ import annotations

import hmac

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import HttpError, error_body

MAX_BODY_BYTES = 64 * 1024
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
     b" form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class BodyLimit:
    """Answer 413 to a request whose body is (or grows) larger than `limit` bytes."""

    def __init__(self, app: ASGIApp, *, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _too_large(scope, send, self.limit)
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > self.limit:
                await _too_large(scope, send, self.limit)
                return
        await self.app(scope, _replay(b"".join(chunks), receive), send)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}
    return replayed


async def _too_large(scope: Scope, send: Send, limit: int) -> None:
    error = HttpError(413, f"the request body is larger than {limit // 1024} KiB")
    body, media = error_body(error, html=not scope.get("path", "").startswith("/api/"))
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", media.encode()), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close"), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Add the content-security and framing headers to every HTTP answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *[h for h in SECURITY_HEADERS if h[0] not in present]]
            await send(message)
        await self.app(scope, receive, with_headers)


def check_token(configured: str | None, offered: str | None) -> None:
    """Raise 403 unless the server has a token and `offered` equals it (constant-time compare)."""
    if not configured:
        raise HttpError(403, "this server is read-only: start it with --token (or $HUIWU_TOKEN) to allow corrections")
    if not offered or not hmac.compare_digest(offered.encode("utf-8"), configured.encode("utf-8")):
        raise HttpError(403, "a valid token is required to make corrections")


def bearer(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer …` header."""
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None
