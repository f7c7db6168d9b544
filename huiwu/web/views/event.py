"""The event page: every field with its evidence, each source's sentence with the spans marked,
the codes, why the sources were merged, the events around it, and its review."""

from __future__ import annotations

from typing import Any

from ...model import EVENT_TYPES, STATUSES, Event
from ...store import Store
from .. import queries
from ..errors import HttpError
from .common import (
    conflicts,
    date_label,
    describe_correction,
    document_href,
    entity_href,
    event_row,
    participant,
    safe_url,
)

EVIDENCE_WINDOW = 400


def event_page(store: Store, ident: str) -> dict[str, Any]:
    """Everything about one merged event (by its id or the id of one source's event)."""
    record = queries.record(store, ident)
    if record is None:
        raise HttpError(404, f"no event {ident!r}")
    explanation = store.explain(record["id"])
    parent = queries.record(store, record["parent"]) if record.get("parent") else None
    return {
        "event": record,
        "summary": event_row(record),
        "actors": [participant(p) for p in record.get("actors") or ()],
        "recipients": [participant(p) for p in record.get("recipients") or ()],
        "date_label": date_label(record.get("date")),
        "sources": [_source(store, s) for s in explanation.sources] if explanation else [],
        "merge": {"keyset": list(explanation.keyset) if explanation else [], "conflicts": conflicts(record)},
        "parent": event_row(parent) if parent else None,
        "children": [event_row(c) for c in queries.children(store, record["id"])],
        "review": _review(record),
        "choices": {"types": list(EVENT_TYPES), "statuses": list(STATUSES)},
    }


def _review(record: dict[str, Any]) -> dict[str, Any]:
    review = record.get("review") or {"state": None, "corrections": []}
    return {"state": review.get("state"),
            "corrections": [{**c, "summary": describe_correction(c)} for c in review.get("corrections") or ()]}


def _source(store: Store, explained: dict[str, Any]) -> dict[str, Any]:
    """One source document: its sentence, the marked spans, its other evidence, the match."""
    document = store.document(explained["document"])
    mention = next((e for e in document.events if e.id == explained["mention"]), None) if document else None
    text = document.text if document else ""
    urls = [address for address, kind in store.addresses(explained["document"]) if kind == "url"]
    found = {"mention": explained["mention"], "document": explained["document"],
             "href": document_href(explained["document"]), "title": explained.get("title"),
             "outlet": explained.get("outlet"), "published": explained.get("published"),
             "url": safe_url(urls[0]) if urls else None, "address": urls[0] if urls else None,
             "match": explained.get("match"), "sentence": None, "marks": [], "evidence": []}
    if mention is None:
        return found
    source = mention.sources[0]
    found["sentence"] = _cut(text, source.sentence.start, source.sentence.end)
    found["marks"] = marks_of(mention)
    found["evidence"] = [_cut(text, span.start, span.end) for span in source.evidence
                         if span.end <= source.sentence.start or span.start >= source.sentence.end][:5]
    return found


def _cut(text: str, start: int, end: int) -> dict[str, Any]:
    start, end = max(0, start), min(len(text), end, start + EVIDENCE_WINDOW)
    return {"start": start, "end": end, "text": text[start:end]}


def marks_of(event: Event, *, event_href: str | None = None) -> list[dict[str, Any]]:
    """The spans of one document's event to mark: participants, date, place, cue word."""
    marks: list[dict[str, Any]] = []
    for role, people in (("actor", event.actors), ("recipient", event.recipients)):
        for person in people:
            if person.mention:
                marks.append(_mark(person.mention.start, person.mention.end, role,
                                   f"{role}: {person.name}", entity_href(person.id)))
    if event.date.mention:
        marks.append(_mark(event.date.mention.start, event.date.mention.end, "date",
                           f"date: {date_label(event.date.to_dict())}", event_href))
    if event.location and event.location.mention:
        marks.append(_mark(event.location.mention.start, event.location.mention.end, "place",
                           f"place: {event.location.name}", event_href))
    trigger = event.sources[0].trigger if event.sources else None
    if trigger:
        marks.append(_mark(trigger.start, trigger.end, "cue", f"{event.type} ({event.status})", event_href))
    return marks


def _mark(start: int, end: int, kind: str, label: str, href: str | None) -> dict[str, Any]:
    return {"start": start, "end": end, "kind": kind, "label": label, "href": href}
