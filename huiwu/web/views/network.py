"""The network page: who met whom in a date range, laid out on a circle grouped by country.

The layout is computed here, without a force simulation: nodes are sorted by country (largest
group first) and by weight, and spread evenly around a circle with a gap between countries, so
the same data always gives the same picture.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from typing import Any

from ...store import Store
from .. import queries
from .common import clean, entity_href

SIZE = 900
FIXED_COLOURS = {"CHN": "#d1495b", "USA": "#2e6fb7", "RUS": "#6a4c93", "JPN": "#e07a1f", "GBR": "#1b998b",
                 "FRA": "#3d5a80", "DEU": "#8d6a2f", "KOR": "#2a9d8f", "IND": "#f4a259", "EUU": "#264653"}


def network_page(store: Store, *, since: str | None = None, until: str | None = None,
                 kind: str = "person", limit: int = 60) -> dict[str, Any]:
    """Participants joined by meetings, talks, calls and visits (weight = how many), with positions."""
    since, until = clean(since), clean(until)
    ties = store.network(since=since, until=until)
    info = queries.entities(store, sorted({i for t in ties for i in (t.a, t.b)}))
    kinds = {"person": {"person"}, "all": {"person", "org", "country"}}.get(kind, {"person", "org"})
    ties = [t for t in ties if info.get(t.a, {}).get("kind") in kinds and info.get(t.b, {}).get("kind") in kinds]
    weight: dict[str, int] = defaultdict(int)
    for tie in ties:
        weight[tie.a] += tie.total
        weight[tie.b] += tie.total
    kept = set(sorted(weight, key=lambda i: (-weight[i], i))[:max(1, limit)])
    nodes = _layout([_node(i, info[i], weight[i]) for i in kept])
    edges = [{"a": t.a, "b": t.b, "weight": t.total, "counts": dict(t.counts), "first": t.first, "last": t.last}
             for t in ties if t.a in kept and t.b in kept]
    countries = sorted({n["country"] for n in nodes}, key=lambda c: -sum(1 for n in nodes if n["country"] == c))
    return {"since": since, "until": until, "kind": kind, "limit": limit, "size": SIZE, "nodes": nodes,
            "edges": edges, "countries": [{"country": c, "colour": colour(c)} for c in countries],
            "hidden": len(weight) - len(kept)}


def _node(ident: str, info: dict[str, Any], weight: int) -> dict[str, Any]:
    country = info.get("country") or "?"
    return {"id": ident, "name": info["name"], "name_en": info.get("name_en"), "kind": info["kind"],
            "country": country, "weight": weight, "colour": colour(country), "href": entity_href(ident),
            "r": round(4 + 3 * math.sqrt(weight), 1)}


def _layout(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Positions on a circle: countries contiguous (largest first), one empty slot between them."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in nodes:
        groups[node["country"]].append(node)
    order = sorted(groups, key=lambda c: (-len(groups[c]), c))
    slots = len(nodes) + (len(order) if len(order) > 1 else 0)
    radius, centre = SIZE * 0.34, SIZE / 2
    placed, slot = [], 0
    for country in order:
        for node in sorted(groups[country], key=lambda n: (-n["weight"], n["id"])):
            angle = 2 * math.pi * slot / max(slots, 1) - math.pi / 2
            node["x"] = round(centre + radius * math.cos(angle), 1)
            node["y"] = round(centre + radius * math.sin(angle), 1)
            node["angle"] = round(math.degrees(angle), 1)
            placed.append(node)
            slot += 1
        slot += 1 if len(order) > 1 else 0
    return placed


def colour(country: str) -> str:
    """A fixed colour for the main countries; a stable hashed hue for the others."""
    if country in FIXED_COLOURS:
        return FIXED_COLOURS[country]
    hue = int(hashlib.sha1(country.encode("utf-8")).hexdigest()[:4], 16) % 360
    return f"hsl({hue}, 55%, 45%)"
