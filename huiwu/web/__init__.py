"""The web interface: server-rendered pages and a JSON API built from the same view data,
plus the review forms that record corrections. Start it with `huiwu serve`, or build the
ASGI app in-process with `create_app(db_path, token=...)`."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
