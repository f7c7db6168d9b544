"""The article page: the raw text with every event sentence and every mention marked and linked."""

from __future__ import annotations

from typing import Any

from ...store import Store
from .. import queries
from ..errors import HttpError
from .common import date_label, event_href, safe_url
from .event import marks_of


def article_page(store: Store, doc_id: str) -> dict[str, Any]:
    """A stored document, its addresses, its events and the spans to mark in its text."""
    document = store.document(doc_id)
    if document is None:
        raise HttpError(404, f"no document {doc_id!r}")
    clusters = queries.mention_clusters(store, doc_id)
    marks: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for event in document.events:
        cluster = clusters.get(event.id)
        href = event_href(cluster) if cluster else None
        sentence = event.sources[0].sentence
        label = f"{event.type} ({event.status}) {date_label(event.date.to_dict())}"
        marks.append({"start": sentence.start, "end": sentence.end, "kind": "sentence", "label": label, "href": href})
        marks.extend(marks_of(event, event_href=href))
        events.append({"id": event.id, "event": cluster, "href": href, "type": event.type, "status": event.status,
                       "date_label": date_label(event.date.to_dict()),
                       "participants": [p.name for p in (*event.actors, *event.recipients)],
                       "place": event.location.name if event.location else None,
                       "sentence": {"start": sentence.start, "end": sentence.end}})
    addresses = [{"address": address, "kind": kind, "url": safe_url(address) if kind == "url" else None}
                 for address, kind in store.addresses(doc_id)]
    return {"document": {"id": document.id, "title": document.title, "published": document.published,
                         "outlet": document.outlet, "chars": len(document.text), "addresses": addresses},
            "text": document.text, "marks": marks, "events": events}
