"""The timeline page: the events of a person, a body, a country or a pair of them on a time axis,
zoomed by the `since` and `until` query parameters."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ...merge import date_interval
from ...model import Event
from ...store import Store
from ..errors import HttpError
from .common import clean, date_label, event_href, query_href


def timeline_page(store: Store, *, a: str | None = None, b: str | None = None, since: str | None = None,
                  until: str | None = None) -> dict[str, Any]:
    """Events involving `a` (and `b`, when given) within [since, until], placed by their days."""
    a, b, since, until = clean(a), clean(b), clean(since), clean(until)
    window = (_bound(since, last=False), _bound(until, last=True))
    if not a:
        return {"a": None, "b": b, "since": since, "until": until, "items": [], "axis": None, "zoom": {}}
    items = [item for event in _involving(store, a, b) if (item := _item(event)) and _within(item, window)]
    first = window[0] or (min(date.fromisoformat(i["first"]) for i in items) if items else None)
    last = window[1] or (max(date.fromisoformat(i["last"]) for i in items) if items else None)
    axis = {"first": first.isoformat(), "last": last.isoformat()} if first and last else None
    return {"a": a, "b": b, "since": since, "until": until, "items": items, "axis": axis,
            "zoom": _zoom(a, b, first, last) if first and last else {},
            "undated": sum(1 for e in _involving(store, a, b) if date_interval(e.date) is None)}


def _involving(store: Store, a: str, b: str | None) -> list[Event]:
    events = store.timeline(a)
    if not b:
        return events
    ids = store.resolve(b)
    countries = {i.split("/", 1)[1] for i in ids if i.startswith("country/")}
    return [e for e in events if any(p.id in ids or p.country in countries for p in (*e.actors, *e.recipients))]


def _item(event: Event) -> dict[str, Any] | None:
    interval = date_interval(event.date)
    if interval is None:
        return None
    people = [p.name for p in (*event.actors, *event.recipients)]
    return {"id": event.id, "href": event_href(event.id), "type": event.type, "status": event.status,
            "first": interval[0].isoformat(), "last": interval[1].isoformat(),
            "date_label": date_label(event.date.to_dict()), "participants": people,
            "place": event.location.name if event.location else None}


def _within(item: dict[str, Any], window: tuple[date | None, date | None]) -> bool:
    first, last = window
    return (first is None or item["last"] >= first.isoformat()) and (last is None or item["first"] <= last.isoformat())


def _bound(value: str | None, *, last: bool) -> date | None:
    from ...merge import day_bound

    if not value:
        return None
    bound = day_bound(value, last=last) if value[:4].isdigit() else None
    if bound is None:
        raise HttpError(400, f"a date is YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return bound


def _zoom(a: str, b: str | None, first: date, last: date) -> dict[str, str]:
    """Links that narrow, widen or shift the window (query parameters only)."""
    span = max((last - first).days, 1)
    middle = first + timedelta(days=span // 2)
    quarter = timedelta(days=max(span // 4, 1))

    def link(start: date, end: date) -> str:
        return query_href("/timeline", a=a, b=b, since=start.isoformat(), until=end.isoformat())
    step = timedelta(days=span)
    return {"in": link(middle - quarter, middle + quarter), "out": link(first - step // 2, last + step // 2),
            "earlier": link(first - step, last - step), "later": link(first + step, last + step),
            "all": query_href("/timeline", a=a, b=b)}
