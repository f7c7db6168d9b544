"""Writing one document and its events: the steps `Store.add` runs inside one transaction.

Finding what to merge is `huiwu.merge` (pure); the values of the rows are worked out before,
by `store.prepare` (on the worker that extracted the document); this module reads the
candidates through the blocking keys and runs the statements.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import orjson

from .. import merge
from ..model import Article, DateValue, Event, Failure, Location
from .database import now
from .prepare import (
    CLUSTER_COLUMNS,
    ClusterRows,
    Prepared,
    PreparedEvent,
    cluster_rows,
    dumps,
    member_sources,
    prepare_event,
    raw_hash,
)


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


def insert_document(connection: sqlite3.Connection, prepared: Prepared) -> None:
    """The document row and its full-text entry (same rowid)."""
    extraction = prepared.extraction
    article = extraction.article
    published = article.published.isoformat() if article.published else None
    cursor = connection.execute(
        "INSERT INTO documents (id, text, title, published, outlet, markup, chars, raw_hash, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (extraction.doc, article.text, article.title, published, article.outlet, article.markup,
         len(article.text), prepared.raw_hash, now()))
    connection.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                       (cursor.lastrowid, prepared.title_index, prepared.text_index))
    connection.execute("DELETE FROM failures WHERE source IN (?, ?)", (article.label, extraction.doc))


def insert_mention(connection: sqlite3.Connection, doc_id: str, position: int, prepared: PreparedEvent) -> None:
    """One single-document event, with its full JSON, and its entities (get-or-create: the
    first description of an entity id is kept)."""
    event = prepared.event
    connection.execute(
        "INSERT INTO mentions (id, document, position, type, status, date_start, date_end, date_precision,"
        " place, confidence, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event.id, doc_id, position, event.type, event.status, event.date.start, event.date.end,
         event.date.precision, event.location.name if event.location else None, event.confidence,
         prepared.mention_json))
    connection.executemany(
        "INSERT INTO entities (id, name, name_en, kind, country) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        prepared.entities)


def record_failure(connection: sqlite3.Connection, failure: Failure) -> None:
    """A failure row; the same failure again only counts one more attempt."""
    connection.execute(
        "INSERT INTO failures (source, step, reason, failed_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (source, step, reason) DO UPDATE SET attempts = attempts + 1, failed_at = excluded.failed_at",
        (failure.doc, failure.step, failure.reason, now()))


# ---- merging ------------------------------------------------------------------------------
def merge_mention(connection: sqlite3.Connection, event: Event | PreparedEvent) -> tuple[str, bool]:
    """File one new mention under a cluster (a new one or the best match); return (cluster, joined)."""
    prepared = event if isinstance(event, PreparedEvent) else prepare_event(event)
    event = prepared.event
    candidates = _candidates(connection, prepared)
    match = merge.choose(event, [view for view, _ in candidates])
    if match is None:
        ident = merge.cluster_id(event.id)
        rows = prepared.founder or _rows(connection, ident, merge.Fold.of([event]), member_sources([event]), event)
        _write_cluster(connection, rows, new=True)
        _link(connection, ident, event, 0, {"founder": True})
        return ident, False
    fold = next(fold for view, fold in candidates if view.id == match.cluster)
    people = len(fold.state["actors"]) + len(fold.state["recipients"])
    fold.add(event)
    # a fold's participants only grow: a newcomer who adds nobody leaves the participant rows as they are
    added = len(fold.state["actors"]) + len(fold.state["recipients"]) > people
    sources = [*_stored_sources(connection, match.cluster), *member_sources([event])]
    _write_cluster(connection, _rows(connection, match.cluster, fold, sources, event), new=False, people=added)
    _link(connection, match.cluster, event, fold.size - 1, match.to_dict())
    return match.cluster, True


def _candidates(connection: sqlite3.Connection, prepared: PreparedEvent) -> list[tuple[merge.ClusterView, merge.Fold]]:
    """The clusters sharing a blocking key with the event, each with its fold."""
    if prepared.lookup is None:
        return []
    rows = connection.execute(*prepared.lookup).fetchall()
    return [_cluster_view(connection, row) for row in rows]


def _cluster_view(connection: sqlite3.Connection, row: sqlite3.Row) -> tuple[merge.ClusterView, merge.Fold]:
    """What comparing needs of a cluster: its type, status, date and place as stored (a review
    may have corrected them), and from its fold its content, documents and participants."""
    fold = merge.Fold(orjson.loads(row["fold"])) if row["fold"] else merge.Fold.of(cluster_members(connection, row["id"]))
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
    view = merge.ClusterView(row["id"], event, frozenset(orjson.loads(row["keyset"])), frozenset(state["documents"]),
                             row["number"], span)
    return view, fold


def _stored_sources(connection: sqlite3.Connection, ident: str) -> list[dict[str, Any]]:
    """The sources of a cluster as its stored event lists them (in the order they joined)."""
    row = connection.execute("SELECT json FROM clusters WHERE id = ?", (ident,)).fetchone()
    return orjson.loads(row[0])["sources"]


def cluster_members(connection: sqlite3.Connection, ident: str) -> list[Event]:
    """The single-document events of a cluster, in the order they joined."""
    rows = connection.execute(
        "SELECT m.json FROM cluster_sources s JOIN mentions m ON m.id = s.mention"
        " WHERE s.cluster = ? ORDER BY s.position", (ident,))
    return [Event.from_dict(orjson.loads(row[0])) for row in rows]


def _link(connection: sqlite3.Connection, ident: str, event: Event, position: int, match: dict) -> None:
    connection.execute(
        "INSERT INTO cluster_sources (cluster, mention, document, position, match) VALUES (?, ?, ?, ?, ?)",
        (ident, event.id, event.sources[0].doc, position, dumps(match)))


def _save_cluster(connection: sqlite3.Connection, ident: str, members: list[Event], *, new: bool) -> None:
    """Write a cluster reconciled from all its members (a review moved members in or out)."""
    rows = _rows(connection, ident, merge.Fold.of(members), member_sources(members), members[-1])
    _write_cluster(connection, rows, new=new)


def _rows(connection: sqlite3.Connection, ident: str, fold: merge.Fold, sources: list[dict[str, Any]],
          newcomer: Event) -> ClusterRows:
    """The rows of a cluster, with its parent event looked up in the database."""
    parent = _parent_cluster(connection, fold.state["parent"])
    return cluster_rows(ident, fold, sources, newcomer, parent=parent)


_INSERT_CLUSTER = f"INSERT INTO clusters ({', '.join(CLUSTER_COLUMNS)}) VALUES ({', '.join('?' * len(CLUSTER_COLUMNS))})"
_UPDATE_CLUSTER = f"UPDATE clusters SET {', '.join(f'{c} = ?' for c in CLUSTER_COLUMNS[1:])} WHERE id = ?"


def _write_cluster(connection: sqlite3.Connection, rows: ClusterRows, *, new: bool, people: bool = True) -> None:
    """The cluster row, its participants (replaced, unless `people` says they did not change)
    and its new blocking keys."""
    ident = rows.row[0]
    if new:
        connection.execute(_INSERT_CLUSTER, rows.row)
    else:
        connection.execute(_UPDATE_CLUSTER, (*rows.row[1:], ident))
        if people:
            connection.execute("DELETE FROM event_participants WHERE cluster = ?", (ident,))
    if new or people:
        connection.executemany("INSERT INTO event_participants (cluster, entity, role, position) VALUES (?, ?, ?, ?)",
                               rows.participants)
    connection.executemany(
        "INSERT INTO merge_keys (family, pair, period, cluster) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", rows.keys)


def _parent_cluster(connection: sqlite3.Connection, mention: str | None) -> str | None:
    if not mention:
        return None
    row = connection.execute("SELECT cluster FROM cluster_sources WHERE mention = ?", (mention,)).fetchone()
    return row[0] if row else None
