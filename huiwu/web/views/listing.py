"""The home page (corpus summary) and the filterable, paginated list of events."""

from __future__ import annotations

import math
from typing import Any

from ...model import EVENT_TYPES, STATUSES
from ...store import Store
from .. import queries
from ..errors import HttpError
from .common import clean, entity_href, event_row, query_href

PAGE_SIZE = 50


def home(store: Store) -> dict[str, Any]:
    """Counts, events by type and by month, the most frequent participants and latest documents."""
    stats = store.stats()
    people = queries.top_entities(store)
    for person in people:
        person["href"] = entity_href(person["id"])
    countries = queries.top_countries(store)
    for country in countries:
        country["href"] = entity_href(f"country/{country['country']}")
    return {
        "documents": stats.documents, "events": stats.events, "mentions": stats.mentions,
        "failures": stats.failures,
        "by_type": [{"type": k, "events": v, "href": query_href("/events", type=k)}
                    for k, v in sorted(stats.by_type.items(), key=lambda item: -item[1])],
        "by_month": [{"month": k, "events": v,
                      "href": query_href("/events", since=k, until=k) if k != "?" else None}
                     for k, v in stats.by_month.items()],
        "top_participants": people, "top_countries": countries,
        "recent_documents": queries.recent_documents(store),
    }


def events(store: Store, *, type: str | None = None, country: str | None = None,  # noqa: A002
           actor: str | None = None, since: str | None = None, until: str | None = None,
           status: str | None = None, text: str | None = None, page: int = 1) -> dict[str, Any]:
    """One page of merged events matching the filters, in date order, with the total."""
    filters = _filters(type=type, country=country, actor=actor, since=since, until=until, status=status, text=text)
    total = queries.count_events(store, filters)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(max(1, page), pages)
    records = store.records(**filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    shown = {k: v for k, v in filters.items() if v}
    return {
        "filters": {k: filters.get(k) for k in ("type", "country", "actor", "since", "until", "status", "text")},
        "total": total, "page": page, "pages": pages, "page_size": PAGE_SIZE,
        "previous": query_href("/events", **shown, page=page - 1) if page > 1 else None,
        "next": query_href("/events", **shown, page=page + 1) if page < pages else None,
        "events": [event_row(r) for r in records],
        "types": list(EVENT_TYPES), "statuses": list(STATUSES),
    }


def _filters(**given: str | None) -> dict[str, Any]:
    """The query parameters checked and trimmed; a wrong type or status is a 400."""
    filters = {k: clean(v) for k, v in given.items()}
    if filters["type"] and filters["type"] not in EVENT_TYPES:
        raise HttpError(400, f"type must be one of {', '.join(EVENT_TYPES)}")
    if filters["status"] and filters["status"] not in STATUSES:
        raise HttpError(400, f"status must be one of {', '.join(STATUSES)}")
    if filters["country"]:
        filters["country"] = filters["country"].upper()
    return filters
