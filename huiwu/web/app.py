"""The ASGI application: `create_app(db_path, token=…)` builds it, so tests run it in-process and
`huiwu serve` hands it to uvicorn.

Reads open a read-only SQLite connection per request (WAL lets them run while `huiwu ingest`
writes, and each sees the latest commit); writes open their own connection and transaction.
Without a token the server answers every write with 403.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from .. import __version__
from ..errors import StoreError
from ..store import Store
from ..store.database import check_schema, connect
from . import actions, errors, pages
from .charts import bar_chart, hbar_chart, network_chart, posts_chart, timeline_chart
from .errors import HttpError
from .guard import MAX_BODY_BYTES, BodyLimit, SecurityHeaders
from .highlight import highlight
from .views.common import date_label, entity_href, event_href, query_href

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"


def create_app(db_path: str | Path, *, token: str | None = None, kb_dir: Path | None = None,
               max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """The web app over the database at `db_path` (which must exist); writes need `token`."""
    path = Path(db_path)
    _prepare(path)
    app = FastAPI(title="huiwu", version=__version__, docs_url=None, redoc_url=None,
                  description="Diplomatic events from Chinese news: every page's data as JSON, and review.")
    app.state.db_path = path
    app.state.token = token or None
    app.state.kb_dir = kb_dir
    templates = make_templates(writable=bool(token))
    errors.install(app, lambda request, error: _error_page(templates, request, error))
    pages.register(app, templates)
    actions.register(app)
    _static(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=max_body)
    return app


def _prepare(path: Path) -> None:
    """Refuse a missing database; bring an older one up to date (the review tables) once."""
    if not path.exists():
        raise StoreError(f"no database at {path}: create it with `huiwu ingest`")
    connection = connect(path, readonly=True)
    try:
        check_schema(connection)
    except StoreError:
        Store(path).close()
    finally:
        connection.close()


def make_templates(*, writable: bool) -> Jinja2Templates:
    """Jinja2 with autoescaping on for every template and string, and the chart helpers."""
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True)
    environment.globals.update(
        highlight=highlight, bar_chart=bar_chart, hbar_chart=hbar_chart, timeline_chart=timeline_chart,
        network_chart=network_chart, posts_chart=posts_chart, entity_href=entity_href, event_href=event_href,
        query_href=query_href, date_label=date_label, writable=writable, version=__version__)
    return Jinja2Templates(env=environment)


def _error_page(templates: Jinja2Templates, request: Request, error: HttpError) -> Response:
    try:
        return templates.TemplateResponse(request, "error.html", {"error": errors.payload(error)["error"]},
                                          status_code=error.status)
    except Exception:  # a broken template must not hide the original error
        body, media = errors.error_body(error, html=True)
        return Response(body, status_code=error.status, media_type=media)


def _static(app: FastAPI) -> None:
    """Serve exactly the files of the package's static folder, by plain name; nothing else."""
    files = {p.name: p for p in STATIC.iterdir() if p.is_file() and not p.name.startswith(".")}

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> FileResponse:
        found = files.get(name)
        if found is None:
            raise HttpError(404, "not found")
        media = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
        return FileResponse(found, media_type=media, headers={"cache-control": "public, max-age=3600"})
