"""Reading merged events back: filters turned into SQL with bound parameters, and the
queries behind `events`, `event`, `explain`, `document`, `timeline`, `network` and `stats`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError
from ..merge import day_bound
from ..model import Event
from .fts import search_condition
from .records import Explanation, Stats, StoredDocument, Tie

NETWORK_TYPES = ("meet", "talks", "call", "visit")
Resolver = Callable[[str], set[str]]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which merged events to return. Several actors: events involving all of them;
    several types: any of them; dates: the event's range overlaps [since, until]."""

    actor: tuple[str, ...] = ()
    type: tuple[str, ...] = ()
    country: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    status: tuple[str, ...] = ()

    @classmethod
    def of(cls, *, actor=None, type=None, country=None, since=None, until=None, text=None,  # noqa: A002
           status=None) -> EventFilter:
        return cls(_many(actor), _many(type), country or None, since or None, until or None,
                   text or None, _many(status))


def _many(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(v for v in value if v)


def _day(value: str, *, last: bool, option: str) -> str:
    bound = day_bound(value.strip(), last=last) if value.strip()[:4].isdigit() else None
    if bound is None:
        raise UsageError(f"{option} must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not {value!r}")
    return bound.isoformat()


def where_clause(spec: EventFilter, *, resolve: Resolver, tokenizer: str) -> tuple[str, list[Any]]:
    """`WHERE …` over `clusters c` and its parameters; user values only ever go in parameters."""
    conditions: list[str] = []
    params: list[Any] = []
    for name in spec.actor:
        ids = sorted(resolve(name))
        conditions.append(f"c.id IN (SELECT cluster FROM event_participants WHERE entity IN ({_marks(ids)}))"
                          if ids else "0")
        params.extend(ids)
    for column, values in (("c.type", spec.type), ("c.status", spec.status)):
        if values:
            conditions.append(f"{column} IN ({_marks(values)})")
            params.extend(values)
    if spec.country:
        conditions.append("c.id IN (SELECT p.cluster FROM event_participants p JOIN entities e ON e.id = p.entity"
                          " WHERE e.country = ? OR e.id = ?)")
        params.extend([spec.country.upper(), f"country/{spec.country.upper()}"])
    if spec.since:
        conditions.append("c.last_day >= ?")
        params.append(_day(spec.since, last=False, option="since"))
    if spec.until:
        conditions.append("c.first_day <= ?")
        params.append(_day(spec.until, last=True, option="until"))
    if spec.text:
        search, values = search_condition(spec.text, tokenizer)
        conditions.append("c.id IN (SELECT s.cluster FROM cluster_sources s JOIN documents d ON d.id = s.document"
                          f" WHERE d.number IN ({search}))")
        params.extend(values)
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


def _marks(values: Iterable[Any]) -> str:
    return ", ".join("?" for _ in values)


ORDER = " ORDER BY c.first_day IS NULL, c.first_day, c.number"


def records(connection: sqlite3.Connection, spec: EventFilter, *, resolve: Resolver, tokenizer: str,
            limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """The stored JSON of the matching merged events (the events.md shape, plus `conflicts`)."""
    where, params = where_clause(spec, resolve=resolve, tokenizer=tokenizer)
    sql = f"SELECT c.json FROM clusters c{where}{ORDER} LIMIT ? OFFSET ?"
    rows = connection.execute(sql, [*params, -1 if limit is None else int(limit), int(offset)])
    return [json.loads(row[0]) for row in rows]


def source_text(connection: sqlite3.Connection, doc_id: str, start: int, end: int) -> str | None:
    """Characters [start, end) of a stored document's raw text."""
    row = connection.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                             (start + 1, max(0, end - start), doc_id)).fetchone()
    return row[0] if row else None


def sources(connection: sqlite3.Connection, ident: str) -> list[dict[str, Any]]:
    cluster = cluster_of(connection, ident)
    rows = connection.execute(
        "SELECT document, title, published, outlet, url, path FROM source_view WHERE cluster = ?"
        " ORDER BY position", (cluster,))
    return [dict(row) for row in rows]


def addresses(connection: sqlite3.Connection, doc_id: str) -> list[tuple[str, str]]:
    """(address, kind) pairs of a document, URLs first."""
    return [(r[0], r[1]) for r in connection.execute(
        "SELECT address, kind FROM document_urls WHERE document = ? ORDER BY kind DESC, added_at, address",
        (doc_id,))]


def cluster_of(connection: sqlite3.Connection, ident: str) -> str | None:
    """The cluster id for a cluster id or for the id of one of its single-document events."""
    row = connection.execute("SELECT id FROM clusters WHERE id = ? UNION ALL"
                             " SELECT cluster FROM cluster_sources WHERE mention = ? LIMIT 1",
                             (ident, ident)).fetchone()
    return row[0] if row else None


def event(connection: sqlite3.Connection, ident: str) -> Event | None:
    cluster = cluster_of(connection, ident)
    if cluster is None:
        return None
    row = connection.execute("SELECT json FROM clusters WHERE id = ?", (cluster,)).fetchone()
    return Event.from_dict(json.loads(row[0]))


def explain(connection: sqlite3.Connection, ident: str) -> Explanation | None:
    cluster = cluster_of(connection, ident)
    if cluster is None:
        return None
    row = connection.execute("SELECT json, keyset FROM clusters WHERE id = ?", (cluster,)).fetchone()
    data = json.loads(row["json"])
    sources = connection.execute(
        "SELECT s.mention, s.document, s.match, d.title, d.outlet, d.published, m.json AS mention_json"
        " FROM cluster_sources s JOIN documents d ON d.id = s.document JOIN mentions m ON m.id = s.mention"
        " WHERE s.cluster = ? ORDER BY s.position", (cluster,)).fetchall()
    return Explanation(cluster, Event.from_dict(data), tuple(json.loads(row["keyset"])),
                       tuple(_source_explanation(s) for s in sources), tuple(data.get("conflicts") or ()))


def _source_explanation(row: sqlite3.Row) -> dict[str, Any]:
    mention = Event.from_dict(json.loads(row["mention_json"]))
    return {
        "mention": row["mention"], "document": row["document"], "title": row["title"],
        "outlet": row["outlet"], "published": row["published"], "type": mention.type,
        "date": mention.date.start, "place": mention.location.name if mention.location else None,
        "participants": [p.name for p in (*mention.actors, *mention.recipients)],
        "match": json.loads(row["match"]),
    }


def document(connection: sqlite3.Connection, doc_id: str) -> StoredDocument | None:
    row = connection.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    addresses = tuple(r[0] for r in connection.execute(
        "SELECT address FROM document_urls WHERE document = ? ORDER BY added_at, address", (doc_id,)))
    mentions = connection.execute(
        "SELECT m.json, s.cluster FROM mentions m LEFT JOIN cluster_sources s ON s.mention = m.id"
        " WHERE m.document = ? ORDER BY m.position", (doc_id,)).fetchall()
    return StoredDocument(
        row["id"], row["text"], row["title"], row["published"], row["outlet"], addresses,
        tuple(Event.from_dict(json.loads(m[0])) for m in mentions),
        tuple(dict.fromkeys(m[1] for m in mentions if m[1])))


def timeline(connection: sqlite3.Connection, ids: set[str], countries: set[str]) -> list[Event]:
    """Events with one of the entities, or with a participant of one of the countries, by date."""
    if not ids and not countries:
        return []
    sql = ("SELECT c.json FROM clusters c WHERE c.id IN (SELECT p.cluster FROM event_participants p"
           f" JOIN entities e ON e.id = p.entity WHERE p.entity IN ({_marks(ids)}) OR e.country IN ({_marks(countries)}))"
           f"{ORDER}")
    rows = connection.execute(sql, [*sorted(ids), *sorted(countries)])
    return [Event.from_dict(json.loads(row[0])) for row in rows]


def network(connection: sqlite3.Connection, *, since: str | None, until: str | None) -> list[Tie]:
    """Pairs of participants of meet/talks/call/visit events that occurred, with counts per type."""
    sql = ("SELECT a.entity AS a, b.entity AS b, c.type, count(*) AS n, min(c.first_day) AS first,"
           " max(c.last_day) AS last FROM event_participants a"
           " JOIN event_participants b ON b.cluster = a.cluster AND a.entity < b.entity"
           f" JOIN clusters c ON c.id = a.cluster WHERE c.status = 'occurred' AND c.type IN ({_marks(NETWORK_TYPES)})")
    params: list[Any] = list(NETWORK_TYPES)
    if since:
        sql += " AND c.last_day >= ?"
        params.append(_day(since, last=False, option="since"))
    if until:
        sql += " AND c.first_day <= ?"
        params.append(_day(until, last=True, option="until"))
    rows = connection.execute(sql + " GROUP BY a.entity, b.entity, c.type", params).fetchall()
    return _ties(connection, rows)


def _ties(connection: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Tie]:
    names = dict(connection.execute("SELECT id, name FROM entities").fetchall()) if rows else {}
    ties: dict[tuple[str, str], Tie] = {}
    for row in rows:
        key = (row["a"], row["b"])
        tie = ties.setdefault(key, Tie(key[0], names.get(key[0], key[0]), key[1], names.get(key[1], key[1])))
        tie.counts[row["type"]] = row["n"]
        first = min(filter(None, (tie.first, row["first"])), default=None)
        last = max(filter(None, (tie.last, row["last"])), default=None)
        ties[key] = Tie(tie.a, tie.a_name, tie.b, tie.b_name, tie.counts, first, last)
    return sorted(ties.values(), key=lambda t: (-t.total, t.a_name, t.b_name))


def stats(connection: sqlite3.Connection) -> Stats:
    def count(table: str) -> int:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    by_type = dict(connection.execute("SELECT type, count(*) FROM clusters GROUP BY type ORDER BY type").fetchall())
    by_month = dict(connection.execute(
        "SELECT coalesce(substr(first_day, 1, 7), '?'), count(*) FROM clusters GROUP BY 1 ORDER BY 1").fetchall())
    return Stats(count("documents"), count("failures"), count("clusters"), count("mentions"), by_type, by_month)
