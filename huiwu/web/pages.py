"""The GET routes: each page at its path as HTML and at `/api/…` as JSON, from one view function.

`page` registers an endpoint twice: the JSON route returns the view's dict as it is, the HTML
route renders the page's template with that same dict as `data`, so the two cannot drift.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates

from ..store import Store
from .views.article import article_page
from .views.entity import entity_page
from .views.event import event_page
from .views.listing import events, home
from .views.network import network_page
from .views.queue import review_page
from .views.timeline import timeline_page

View = Callable[..., dict[str, Any]]


def reader(request: Request) -> Iterator[Store]:
    """A read-only connection for one request: each request sees the latest committed data."""
    store = Store(request.app.state.db_path, readonly=True)
    try:
        yield store
    finally:
        store.close()


def page(app: FastAPI, templates: Jinja2Templates, path: str, *, template: str, summary: str) -> Callable[[View], View]:
    """Register `view` as the HTML page at `path` and as JSON at `/api` + `path`."""
    def register(view: View) -> View:
        @functools.wraps(view)
        def as_json(*args: Any, **kwargs: Any) -> JSONResponse:
            return JSONResponse(view(*args, **kwargs))

        @functools.wraps(view)
        def as_html(*args: Any, **kwargs: Any) -> HTMLResponse:
            request: Request = kwargs["request"]
            return templates.TemplateResponse(request, template, {"data": view(*args, **kwargs)})

        api_path = "/api/home" if path == "/" else f"/api{path}"
        app.add_api_route(api_path, as_json, methods=["GET"], summary=summary, tags=["pages"],
                          response_class=JSONResponse, name=f"api_{view.__name__}")
        app.add_api_route(path, as_html, methods=["GET"], include_in_schema=False, response_class=HTMLResponse,
                          name=view.__name__)
        return view
    return register


def register(app: FastAPI, templates: Jinja2Templates) -> None:
    """Every page of the site."""
    route = functools.partial(page, app, templates)

    @route("/", template="home.html", summary="Corpus summary: documents, events by type and by month")
    def home_view(request: Request, store: Store = Depends(reader)) -> dict[str, Any]:
        return home(store)

    @route("/events", template="events.html", summary="Merged events, filtered and paginated, in date order")
    def events_view(request: Request, store: Store = Depends(reader),
                    type: str | None = Query(None, description="event type (visit, meet, talks…)"),  # noqa: A002
                    country: str | None = Query(None, description="ISO3 code of any participant"),
                    actor: str | None = Query(None, description="a participant, any name form"),
                    since: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD"),
                    until: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD"),
                    status: str | None = Query(None, description="occurred, planned or negated"),
                    text: str | None = Query(None, description="words in a source document"),
                    page: int = Query(1, ge=1, le=100_000)) -> dict[str, Any]:
        return events(store, type=type, country=country, actor=actor, since=since, until=until,
                      status=status, text=text, page=page)

    @route("/events/{ident}", template="event.html", summary="One merged event with its sources and review")
    def event_view(request: Request, ident: str, store: Store = Depends(reader)) -> dict[str, Any]:
        return event_page(store, ident)

    @route("/entity/{kind}/{slug}", template="entity.html",
           summary="A person, organisation or country: posts, activity, counterparts")
    def entity_view(request: Request, kind: str, slug: str, store: Store = Depends(reader)) -> dict[str, Any]:
        return entity_page(store, kind, slug)

    @route("/timeline", template="timeline.html", summary="Events of a participant or a pair on a time axis")
    def timeline_view(request: Request, store: Store = Depends(reader),
                      a: str | None = Query(None, description="a person, body or country, any name form"),
                      b: str | None = Query(None, description="optional second participant or country"),
                      since: str | None = Query(None), until: str | None = Query(None)) -> dict[str, Any]:
        return timeline_page(store, a=a, b=b, since=since, until=until)

    @route("/network", template="network.html", summary="Who met whom in a date range, with a circular layout")
    def network_view(request: Request, store: Store = Depends(reader), since: str | None = Query(None),
                     until: str | None = Query(None),
                     kind: str = Query("person", pattern="^(person|people|all)$",
                                       description="person, people (persons and bodies) or all"),
                     limit: int = Query(60, ge=1, le=500)) -> dict[str, Any]:
        return network_page(store, since=since, until=until, kind=kind, limit=limit)

    @route("/documents/{doc_id}", template="article.html", summary="One document with its mentions and events")
    def article_view(request: Request, doc_id: str, store: Store = Depends(reader)) -> dict[str, Any]:
        return article_page(store, doc_id)

    @route("/review", template="review.html", summary="Knowledge-base candidates and the latest corrections")
    def review_view(request: Request, store: Store = Depends(reader)) -> dict[str, Any]:
        return review_page(store, kb_dir=_kb_dir(request))


def _kb_dir(request: Request) -> Path | None:
    return request.app.state.kb_dir
