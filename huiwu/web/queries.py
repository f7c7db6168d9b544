"""Read-only questions the web pages ask of the database beyond the `Store` methods.

Every value from a request is a bound parameter; table and column names are fixed here.
"""

from __future__ import annotations

import json
from typing import Any

from ..store import Store
from ..store.read import EventFilter, where_clause


def count_events(store: Store, filters: dict[str, Any]) -> int:
    """How many merged events the filters select (the `events` page's total)."""
    where, params = where_clause(EventFilter.of(**filters), resolve=store.resolve, tokenizer=store.tokenizer)
    return store.connection.execute(f"SELECT count(*) FROM clusters c{where}", params).fetchone()[0]


def record(store: Store, ident: str) -> dict[str, Any] | None:
    """The stored JSON of a merged event (with `review` and `conflicts`), by its id or a member's id."""
    row = store.connection.execute(
        "SELECT json FROM clusters WHERE id = ? UNION ALL SELECT c.json FROM clusters c"
        " JOIN cluster_sources s ON s.cluster = c.id WHERE s.mention = ? LIMIT 1", (ident, ident)).fetchone()
    return json.loads(row[0]) if row else None


def children(store: Store, ident: str) -> list[dict[str, Any]]:
    """The merged events that happened within this one, in date order."""
    rows = store.connection.execute(
        "SELECT json FROM clusters WHERE parent = ? ORDER BY first_day IS NULL, first_day, number", (ident,))
    return [json.loads(row[0]) for row in rows]


def mention_clusters(store: Store, doc_id: str) -> dict[str, str]:
    """For each single-document event of a document, the merged event it belongs to."""
    rows = store.connection.execute("SELECT mention, cluster FROM cluster_sources WHERE document = ?", (doc_id,))
    return {row[0]: row[1] for row in rows}


def entities(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The stored description of each entity id (name, English name, kind, country)."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = store.connection.execute(f"SELECT * FROM entities WHERE id IN ({marks})", ids)
    return {row["id"]: dict(row) for row in rows}


def top_entities(store: Store, *, limit: int = 12) -> list[dict[str, Any]]:
    """The persons and organisations taking part in the most events."""
    rows = store.connection.execute(
        "SELECT e.id, e.name, e.name_en, e.kind, e.country, count(*) AS events FROM event_participants p"
        " JOIN entities e ON e.id = p.entity WHERE e.kind != 'country' GROUP BY e.id"
        " ORDER BY events DESC, e.name LIMIT ?", (limit,))
    return [dict(row) for row in rows]


def top_countries(store: Store, *, limit: int = 12) -> list[dict[str, Any]]:
    """The countries whose people or bodies take part in the most events."""
    rows = store.connection.execute(
        "SELECT e.country AS country, count(DISTINCT p.cluster) AS events FROM event_participants p"
        " JOIN entities e ON e.id = p.entity WHERE e.country IS NOT NULL GROUP BY e.country"
        " ORDER BY events DESC, e.country LIMIT ?", (limit,))
    return [dict(row) for row in rows]


def recent_documents(store: Store, *, limit: int = 8) -> list[dict[str, Any]]:
    """The documents stored last, newest first."""
    rows = store.connection.execute(
        "SELECT d.id, d.title, d.published, d.outlet, (SELECT count(*) FROM mentions m WHERE m.document = d.id)"
        " AS events FROM documents d ORDER BY d.number DESC LIMIT ?", (limit,))
    return [dict(row) for row in rows]
