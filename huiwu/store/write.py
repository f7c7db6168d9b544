"""Writing one document and its events: the steps `Store.add` runs inside one transaction.

Finding what to merge is `huiwu.merge` (pure); this module reads the candidates through the
blocking keys and writes the results.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from .. import merge
from ..model import Article, DateValue, Event, Extraction, Failure, Location, Participant
from .database import now
from .fts import indexed_form


def raw_hash(text: str) -> str:
    """A hash of the raw text: recognises a known document before extracting it again."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def addresses(article: Article) -> list[tuple[str, str]]:
    """(address, kind) pairs under which an article was found: its URL and its path."""
    found = []
    if article.url:
        found.append((article.url, "url"))
    if article.path:
        found.append((f"{article.path}#{article.ident}" if article.ident else article.path, "path"))
    return found


def known_document(connection: sqlite3.Connection, doc_id: str) -> bool:
    return connection.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None


def document_by_raw_hash(connection: sqlite3.Connection, text: str) -> str | None:
    row = connection.execute("SELECT id FROM documents WHERE raw_hash = ? AND text = ?",
                             (raw_hash(text), text)).fetchone()
    return row[0] if row else None


def add_addresses(connection: sqlite3.Connection, doc_id: str, article: Article) -> int:
    """Record the article's URL and path for the document; return how many were new."""
    added = 0
    for address, kind in addresses(article):
        cursor = connection.execute(
            "INSERT INTO document_urls (document, address, kind, added_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (document, address) DO NOTHING", (doc_id, address, kind, now()))
        added += cursor.rowcount
    return added


def insert_document(connection: sqlite3.Connection, extraction: Extraction, tokenizer: str) -> None:
    """The document row and its full-text entry (same rowid)."""
    article = extraction.article
    published = article.published.isoformat() if article.published else None
    cursor = connection.execute(
        "INSERT INTO documents (id, text, title, published, outlet, markup, chars, raw_hash, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (extraction.doc, article.text, article.title, published, article.outlet, article.markup,
         len(article.text), raw_hash(article.text), now()))
    connection.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                       (cursor.lastrowid, indexed_form(article.title, tokenizer),
                        indexed_form(article.text, tokenizer)))
    connection.execute("DELETE FROM failures WHERE source IN (?, ?)", (article.label, extraction.doc))


def unique_events(events: Iterable[Event]) -> tuple[list[Event], int]:
    """The events with distinct ids (first kept), and how many repeats were dropped."""
    events = list(events)
    kept: dict[str, Event] = {}
    for event in events:
        kept.setdefault(event.id, event)
    return list(kept.values()), len(events) - len(kept)


def insert_mention(connection: sqlite3.Connection, doc_id: str, position: int, event: Event) -> None:
    """One single-document event, with its full JSON."""
    connection.execute(
        "INSERT INTO mentions (id, document, position, type, status, date_start, date_end, date_precision,"
        " place, confidence, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event.id, doc_id, position, event.type, event.status, event.date.start, event.date.end,
         event.date.precision, event.location.name if event.location else None, event.confidence,
         _dumps(event.to_dict())))
    upsert_entities(connection, (*event.actors, *event.recipients))


def upsert_entities(connection: sqlite3.Connection, participants: Iterable[Participant]) -> None:
    """Get-or-create: the first description of an entity id is kept."""
    connection.executemany(
        "INSERT INTO entities (id, name, name_en, kind, country) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO NOTHING",
        [(p.id, p.name, p.name_en, p.kind, p.country) for p in participants])


def record_failure(connection: sqlite3.Connection, failure: Failure) -> None:
    """A failure row; the same failure again only counts one more attempt."""
    connection.execute(
        "INSERT INTO failures (source, step, reason, failed_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (source, step, reason) DO UPDATE SET attempts = attempts + 1, failed_at = excluded.failed_at",
        (failure.doc, failure.step, failure.reason, now()))


# ---- merging ------------------------------------------------------------------------------
def merge_mention(connection: sqlite3.Connection, event: Event) -> tuple[str, bool]:
    """File one new mention under a cluster (a new one or the best match); return (cluster, joined)."""
    candidates = _candidates(connection, event)
    match = merge.choose(event, [view for view, _ in candidates])
    if match is None:
        ident = merge.cluster_id(event.id)
        _store_cluster(connection, ident, merge.Fold.of([event]), [s.to_dict() for s in event.sources], event,
                       new=True)
        _link(connection, ident, event, 0, {"founder": True})
        return ident, False
    fold = next(fold for view, fold in candidates if view.id == match.cluster)
    fold.add(event)
    sources = [*_stored_sources(connection, match.cluster), *(s.to_dict() for s in event.sources)]
    _store_cluster(connection, match.cluster, fold, sources, event, new=False)
    _link(connection, match.cluster, event, fold.size - 1, match.to_dict())
    return match.cluster, True


_CANDIDATE_COLUMNS = ("id, number, type, status, date_start, date_end, date_precision, date_approximate, place,"
                      " place_id, place_country, span_first, span_last, keyset, fold")


def _candidates(connection: sqlite3.Connection, event: Event) -> list[tuple[merge.ClusterView, merge.Fold]]:
    """The clusters sharing a blocking key with the event (through the indexed key table), each
    with its fold."""
    keyset = merge.key_participants(event)
    if not keyset:
        return []
    pairs = merge.participant_pairs(keyset)
    periods = merge.lookup_periods(event.date)
    keys = f"SELECT cluster FROM merge_keys WHERE family = ? AND pair IN ({','.join('?' * len(pairs))})"
    params: list[Any] = [merge.family(event.type), *pairs]
    if periods is not None:
        keys += f" AND period IN ({','.join('?' * len(periods))})"
        params.extend(periods)
    rows = connection.execute(f"SELECT {_CANDIDATE_COLUMNS} FROM clusters WHERE id IN ({keys})", params)
    return [_cluster_view(connection, row) for row in rows.fetchall()]


def _cluster_view(connection: sqlite3.Connection, row: sqlite3.Row) -> tuple[merge.ClusterView, merge.Fold]:
    """What comparing needs of a cluster: its type, status, date and place as stored (a review
    may have corrected them), and from its fold its content, documents and participants."""
    fold = merge.Fold(json.loads(row["fold"])) if row["fold"] else merge.Fold.of(cluster_members(connection, row["id"]))
    state = fold.state
    place = Location(row["place"], None, row["place_country"], None, row["place_id"]) \
        if row["place"] is not None else None
    event = Event(type=row["type"], status=row["status"], actors=(), recipients=(),
                  date=DateValue(row["date_start"], row["date_end"], row["date_precision"],
                                 approximate=bool(row["date_approximate"])),
                  sources=(), id=row["id"], location=place, items=tuple(state["items"]), post=state["post"],
                  created=state["created"])
    span = (date.fromisoformat(row["span_first"]), date.fromisoformat(row["span_last"])) \
        if row["span_first"] else None
    view = merge.ClusterView(row["id"], event, frozenset(json.loads(row["keyset"])), frozenset(state["documents"]),
                             row["number"], span)
    return view, fold


def _stored_sources(connection: sqlite3.Connection, ident: str) -> list[dict[str, Any]]:
    """The sources of a cluster as its stored event lists them (in the order they joined)."""
    row = connection.execute("SELECT json FROM clusters WHERE id = ?", (ident,)).fetchone()
    return json.loads(row[0])["sources"]


def cluster_members(connection: sqlite3.Connection, ident: str) -> list[Event]:
    """The single-document events of a cluster, in the order they joined."""
    rows = connection.execute(
        "SELECT m.json FROM cluster_sources s JOIN mentions m ON m.id = s.mention"
        " WHERE s.cluster = ? ORDER BY s.position", (ident,))
    return [Event.from_dict(json.loads(row[0])) for row in rows]


def _link(connection: sqlite3.Connection, ident: str, event: Event, position: int, match: dict) -> None:
    connection.execute(
        "INSERT INTO cluster_sources (cluster, mention, document, position, match) VALUES (?, ?, ?, ?, ?)",
        (ident, event.id, event.sources[0].doc, position, _dumps(match)))


def _save_cluster(connection: sqlite3.Connection, ident: str, members: list[Event], *, new: bool) -> None:
    """Write a cluster reconciled from all its members (a review moved members in or out)."""
    _store_cluster(connection, ident, merge.Fold.of(members), [s.to_dict() for m in members for s in m.sources],
                   members[-1], new=new)


def _store_cluster(connection: sqlite3.Connection, ident: str, fold: merge.Fold, sources: list[dict[str, Any]],
                   newcomer: Event, *, new: bool) -> None:
    """Write the cluster row of a fold, its participants and the blocking keys of its newest member."""
    result = fold.result(ident)
    event = replace(result.event, parent=_parent_cluster(connection, result.event.parent))
    data = event.to_dict()
    data["sources"] = sources
    if result.conflicts:
        data["conflicts"] = list(result.conflicts)
    row = _cluster_row(event, result, data, fold)
    if new:
        connection.execute(f"INSERT INTO clusters ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                           list(row.values()))
    else:
        assignments = ", ".join(f"{column} = ?" for column in row if column != "id")
        connection.execute(f"UPDATE clusters SET {assignments} WHERE id = ?",
                           [v for k, v in row.items() if k != "id"] + [ident])
    _save_participants(connection, ident, event)
    # Earlier members' keys are filed already; add the newcomer's and those of the merged
    # event, whose participants may pair people no single report named together.
    keys = {*merge.blocking_keys(newcomer), *merge.blocking_keys(result.event)}
    connection.executemany(
        "INSERT INTO merge_keys (family, pair, period, cluster) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(*key, ident) for key in sorted(keys)])


def _parent_cluster(connection: sqlite3.Connection, mention: str | None) -> str | None:
    if not mention:
        return None
    row = connection.execute("SELECT cluster FROM cluster_sources WHERE mention = ?", (mention,)).fetchone()
    return row[0] if row else None


def _cluster_row(event: Event, result: merge.Reconciled, data: dict, fold: merge.Fold) -> dict[str, Any]:
    """Column values of a cluster row (column names are fixed here, never from input)."""
    interval = merge.date_interval(replace(event.date, approximate=False))
    return {
        "id": event.id, "type": event.type, "family": merge.family(event.type), "status": event.status,
        "date_start": event.date.start, "date_end": event.date.end, "date_precision": event.date.precision,
        "date_approximate": int(event.date.approximate),
        "first_day": interval[0].isoformat() if interval else None,
        "last_day": interval[1].isoformat() if interval else None,
        "span_first": result.span[0].isoformat() if result.span else None,
        "span_last": result.span[1].isoformat() if result.span else None,
        "place": event.location.name if event.location else None,
        "place_id": event.location.id if event.location else None,
        "place_country": event.location.country if event.location else None,
        "parent": event.parent, "cameo": event.cameo, "plover_type": (event.plover or {}).get("type"),
        "sources": result.source_count, "documents": result.document_count, "outlets": result.outlet_count,
        "confidence": event.confidence, "conflicts": len(result.conflicts),
        "keyset": _dumps(sorted(result.keyset)), "json": _dumps(data), "fold": _dumps(fold.state),
    }


def _save_participants(connection: sqlite3.Connection, ident: str, event: Event) -> None:
    connection.execute("DELETE FROM event_participants WHERE cluster = ?", (ident,))
    rows = [(ident, p.id, role, n) for role, people in (("actor", event.actors), ("recipient", event.recipients))
            for n, p in enumerate(people)]
    connection.executemany(
        "INSERT INTO event_participants (cluster, entity, role, position) VALUES (?, ?, ?, ?)", rows)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
