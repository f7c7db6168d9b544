"""The person, organisation or country page: posts held over time, activity, counterparts ranked."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ...lexicon.queries import career
from ...store import Store
from .. import queries
from ..errors import HttpError
from .common import ENTITY_KINDS, entity_href, event_row

RECENT_EVENTS = 200


def entity_page(store: Store, kind: str, slug: str) -> dict[str, Any]:
    """What the knowledge base and the database know about one participant."""
    if kind not in ENTITY_KINDS:
        raise HttpError(404, f"no page for entities of kind {kind!r}")
    ident = f"{kind}/{slug}"
    info = _describe(store, ident, kind, slug)
    if info is None:
        raise HttpError(404, f"no entity {ident!r}")
    records = [e.to_dict() for e in store.timeline(ident)]
    months = Counter((r.get("date") or {}).get("start", "")[:7] or "?" for r in records)
    counterparts, countries = _counterparts(records, ident, info)
    return {
        "entity": info,
        "posts": career(store.lexicon, ident) if kind == "person" else [],
        "events": len(records),
        "by_month": [{"month": m, "events": n} for m, n in sorted(months.items())],
        "by_type": dict(Counter(r["type"] for r in records).most_common()),
        "counterparts": counterparts, "countries": countries,
        "recent": [event_row(r) for r in reversed(records[-RECENT_EVENTS:])],
        "timeline_href": f"/timeline?a={ident}",
    }


def _describe(store: Store, ident: str, kind: str, slug: str) -> dict[str, Any] | None:
    stored = queries.entities(store, [ident]).get(ident)
    if kind == "country":
        country = store.lexicon.countries.get(slug)
        if country is None and stored is None:
            return None
        return {"id": ident, "kind": kind, "name": country.name if country else stored["name"],
                "name_en": country.name_en if country else stored.get("name_en"), "country": slug,
                "aliases": list(country.aliases) if country else []}
    known = store.lexicon.entity(ident)
    if known is None and stored is None:
        return None
    return {"id": ident, "kind": kind, "name": known.name if known else stored["name"],
            "name_en": known.name_en if known else stored.get("name_en"),
            "country": known.country if known else stored.get("country"),
            "aliases": list(known.aliases) if known else [],
            "country_href": entity_href(f"country/{(known.country if known else stored.get('country'))}")}


def _counterparts(records: list[dict[str, Any]], ident: str,
                  info: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Other persons and bodies ranked by shared events; and their countries."""
    own_country = info["country"] if info["kind"] == "country" else None
    people: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    names: dict[str, dict[str, Any]] = {}
    for record in records:
        others = {p["id"]: p for p in (*record.get("actors", ()), *record.get("recipients", ()))
                  if p["id"] != ident and (own_country is None or p.get("country") != own_country)}
        for other in others.values():
            names[other["id"]] = other
            if other.get("kind") != "country":
                people[other["id"]] += 1
        countries.update({p.get("country") for p in others.values() if p.get("country")})
    ranked = [{"id": i, "name": names[i]["name"], "name_en": names[i].get("name_en"),
               "country": names[i].get("country"), "events": n, "href": entity_href(i)}
              for i, n in people.most_common(25)]
    return ranked, [{"country": c, "events": n, "href": entity_href(f"country/{c}")}
                    for c, n in countries.most_common(15)]
