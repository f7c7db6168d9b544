"""Pieces several pages share: links to entities and events, short event rows, date labels."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

ENTITY_KINDS = ("person", "org", "country")
SAFE_SCHEMES = ("http://", "https://")


def entity_href(ident: str | None) -> str | None:
    """`/entity/person/xi-jinping` for `person/xi-jinping` (None for an id of another shape)."""
    kind, _, slug = (ident or "").partition("/")
    if kind not in ENTITY_KINDS or not slug:
        return None
    return f"/entity/{kind}/{quote(slug, safe='')}"


def event_href(ident: str) -> str:
    return f"/events/{quote(ident, safe='')}"


def document_href(doc_id: str) -> str:
    return f"/documents/{quote(doc_id, safe='')}"


def query_href(path: str, **params: Any) -> str:
    """A link to `path` with the non-empty parameters encoded."""
    kept = {k: v for k, v in params.items() if v not in (None, "", [], ())}
    return f"{path}?{urlencode(kept, doseq=True)}" if kept else path


def safe_url(url: str | None) -> str | None:
    """An address an article gave, only if it is http(s) — never `javascript:` or `data:`."""
    return url if url and url.strip().lower().startswith(SAFE_SCHEMES) else None


def date_label(date: dict[str, Any] | None) -> str:
    """`2023-11-08 – 2023-11-12`, `2023-11`, `~2023-11-15` (approximate) or `?`."""
    date = date or {}
    start, end = date.get("start"), date.get("end")
    if not start:
        return "?"
    label = f"{start} – {end}" if end and end != start else start
    return f"~{label}" if date.get("approximate") else label


def participant(data: dict[str, Any]) -> dict[str, Any]:
    """A participant as rows and pages show it: name, titles, country and link."""
    return {"id": data["id"], "name": data["name"], "name_en": data.get("name_en"), "kind": data.get("kind"),
            "country": data.get("country"), "titles": list(data.get("titles") or ()),
            "href": entity_href(data["id"])}


def event_row(record: dict[str, Any]) -> dict[str, Any]:
    """One merged event as a list row: date, type, participants with titles, place, sources."""
    location = record.get("location") or {}
    review = record.get("review") or {}
    return {
        "id": record["id"], "href": event_href(record["id"]), "type": record["type"],
        "status": record["status"], "date": record.get("date") or {}, "date_label": date_label(record.get("date")),
        "actors": [participant(p) for p in record.get("actors") or ()],
        "recipients": [participant(p) for p in record.get("recipients") or ()],
        "place": location.get("name"), "place_country": location.get("country"),
        "sources": len(record.get("sources") or ()),
        "documents": len({s["doc"] for s in record.get("sources") or ()}),
        "confidence": record.get("confidence"), "review": review.get("state"),
        "conflicts": len(record.get("conflicts") or ()),
    }


def clean(value: str | None, *, limit: int = 200) -> str | None:
    """A query parameter trimmed and cut to a sane length; empty means absent."""
    if value is None:
        return None
    value = value.strip()[:limit]
    return value or None


def describe_correction(correction: dict[str, Any]) -> str:
    """One readable line for a correction: `date 2023-06-19 → 2023-06-18`, `merged ev_…`."""
    value = correction.get("value") or {}
    action = correction.get("action")
    if action == "merge":
        return f"merged {value.get('event')} into this event"
    if action == "split":
        return f"took {value.get('document')} off as an event of its own"
    if action != "edit":
        return {"confirm": "confirmed", "reject": "rejected"}.get(str(action), str(action))
    return f"{correction.get('field')}: {_shown(value.get('from'))} → {_shown(value.get('to'))}"


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        if "start" in value:
            return date_label(value)
        if "titles" in value:
            return "、".join(value["titles"]) or "—"
        return str(value.get("type") or value.get("name") or "—")
    if isinstance(value, list):
        return "、".join(str(v) for v in value) or "—"
    return "—" if value in (None, "") else str(value)


def conflicts(record: dict[str, Any]) -> list[dict[str, Any]]:
    """What the sources disagree on, as field and values with how many documents give each."""
    found = []
    for conflict in record.get("conflicts") or ():
        values = [{"value": _shown(v.get("value")), "documents": len(v.get("documents") or ())}
                  for v in conflict.get("values") or ()]
        found.append({"field": conflict.get("field"), "values": values})
    return found
