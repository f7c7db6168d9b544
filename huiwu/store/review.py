"""Corrections made by a person: confirm, reject, edit a field, merge two events, split a source off.

A correction is stored once, with its author and time (`corrections`), together with the
single-document events the corrected events held when it was made (`correction_mentions`).
Those ids are content hashes, the same on every run, so a correction finds its event again
after new sources joined it, after re-ingesting and after the events were merged anew.

`reapply` replays corrections onto the merged events: first the structural ones (merge, split)
in the order they were made, then the verdict and the field edits, which are written into the
cluster row (so filters see them) and into its JSON under `review` (so every reader and export
sees them). `Store.add` calls it inside the transaction that adds a document, for the events
that document touched: no reader ever sees a corrected event without its corrections.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from .. import merge
from ..errors import StoreError, UsageError
from ..model import EVENT_TYPES, STATUSES, DateValue, content_id
from . import write
from .prepare import dumps
from .read import cluster_of

ACTIONS = ("confirm", "reject", "edit", "merge", "split")
FIELDS = ("date", "type", "status", "location", "titles")
VERDICTS = ("accepted", "rejected")
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}

_TABLES = """
CREATE TABLE corrections (
    number  INTEGER PRIMARY KEY,
    event   TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'edit', 'merge', 'split')),
    field   TEXT CHECK (field IS NULL OR field IN ('date', 'type', 'status', 'location', 'titles')),
    value   TEXT,
    author  TEXT NOT NULL,
    note    TEXT,
    made_at TEXT NOT NULL
);
CREATE INDEX corrections_event ON corrections(event);
CREATE TABLE correction_mentions (
    correction INTEGER NOT NULL REFERENCES corrections(number),
    mention    TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('event', 'other')),
    PRIMARY KEY (correction, mention, role)
) WITHOUT ROWID;
CREATE INDEX correction_mentions_mention ON correction_mentions(mention);
CREATE TABLE kb_decisions (
    number    INTEGER PRIMARY KEY,
    candidate TEXT NOT NULL,
    verdict   TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected')),
    json      TEXT NOT NULL,
    author    TEXT NOT NULL,
    made_at   TEXT NOT NULL
);
CREATE INDEX kb_decisions_candidate ON kb_decisions(candidate)
"""


class NotFound(StoreError):
    """The event a correction names is not in the database."""


def create_tables(connection: sqlite3.Connection) -> None:
    """`corrections`, `correction_mentions` and `kb_decisions` (the review migration)."""
    for statement in _TABLES.split(";\n"):
        if statement.strip():
            connection.execute(statement)


@dataclass(frozen=True, slots=True)
class Correction:
    """What a reviewer asks for. `value`: for `edit` the new value of `field`; for `merge`
    the id of the other event; for `split` the id of the document to take off."""

    event: str
    action: str
    author: str
    field: str | None = None
    value: Any = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    """One row of `corrections` with the mentions it was recorded against."""

    number: int
    event: str
    action: str
    field: str | None
    value: Any
    author: str
    note: str | None
    made_at: str
    members: tuple[str, ...]
    others: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.number, "event": self.event, "action": self.action, "field": self.field,
                "value": self.value, "author": self.author, "note": self.note, "at": self.made_at}


# ---- recording ----------------------------------------------------------------------------
def record(connection: sqlite3.Connection, correction: Correction, *, made_at: str) -> StoredCorrection:
    """Check, store and apply one correction (the caller holds the transaction)."""
    cluster = cluster_of(connection, correction.event)
    if cluster is None:
        raise NotFound(f"no event {correction.event!r}")
    if correction.action not in ACTIONS:
        raise UsageError(f"action must be one of {', '.join(ACTIONS)}, not {correction.action!r}")
    members = _mention_ids(connection, cluster)
    value, others = _checked(connection, cluster, correction, members)
    cursor = connection.execute(
        "INSERT INTO corrections (event, action, field, value, author, note, made_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (cluster, correction.action, correction.field, dumps(value), correction.author[:80],
         (correction.note or None) and correction.note[:500], made_at))
    number = int(cursor.lastrowid)
    connection.executemany(
        "INSERT INTO correction_mentions (correction, mention, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [(number, m, "event") for m in members] + [(number, m, "other") for m in others])
    reapply(connection, corrections=[number])
    return _load(connection, [number])[0]


def _checked(connection: sqlite3.Connection, cluster: str, correction: Correction,
             members: list[str]) -> tuple[Any, list[str]]:
    """The value to store and the 'other' mentions, or a UsageError saying what is wrong."""
    action = correction.action
    if action in ("confirm", "reject"):
        return None, []
    if action == "merge":
        other = cluster_of(connection, str(correction.value or ""))
        if other is None:
            raise NotFound(f"no event {correction.value!r} to merge with")
        if other == cluster:
            raise UsageError("an event cannot be merged with itself")
        return {"event": other}, _mention_ids(connection, other)
    if action == "split":
        return _checked_split(connection, cluster, str(correction.value or ""))
    data = json.loads(connection.execute("SELECT json FROM clusters WHERE id = ?", (cluster,)).fetchone()[0])
    return {"to": check_edit(correction.field, correction.value, data), "from": _current(data, correction)}, []


def _checked_split(connection: sqlite3.Connection, cluster: str, document: str) -> tuple[Any, list[str]]:
    rows = connection.execute("SELECT mention, document FROM cluster_sources WHERE cluster = ?", (cluster,)).fetchall()
    taken = [r["mention"] for r in rows if r["document"] == document]
    if not taken:
        raise UsageError(f"document {document!r} is not a source of this event")
    if len(taken) == len(rows):
        raise UsageError("the event has no other source: nothing would be left after the split")
    return {"document": document}, taken


def check_edit(field: str | None, value: Any, data: dict[str, Any]) -> Any:
    """The new value of a field in its stored form, or a UsageError saying what is expected."""
    if field == "type":
        kind = value.get("type") if isinstance(value, dict) else value
        if kind not in EVENT_TYPES:
            raise UsageError(f"type must be one of {', '.join(EVENT_TYPES)}")
        codes = value if isinstance(value, dict) else {}
        return {"type": kind, "cameo": codes.get("cameo"), "plover": codes.get("plover")}
    if field == "status":
        if value not in STATUSES:
            raise UsageError(f"status must be one of {', '.join(STATUSES)}")
        return value
    if field == "date":
        return _checked_date(value)
    if field == "location":
        return _checked_location(value)
    if field == "titles":
        return _checked_titles(value, data)
    raise UsageError(f"field must be one of {', '.join(FIELDS)}, not {field!r}")


def _checked_date(value: Any) -> dict[str, Any]:
    value = value if isinstance(value, dict) else {"start": value}
    start, end = (str(value.get(k) or "").strip() for k in ("start", "end"))
    for text in filter(None, (start, end)):
        if not _ISO.match(text) or merge.day_bound(text, last=False) is None:
            raise UsageError(f"a date is YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    if not start:
        raise UsageError("a date needs a start (YYYY, YYYY-MM or YYYY-MM-DD)")
    if end and merge.day_bound(end, last=True) < merge.day_bound(start, last=False):
        raise UsageError("the end of a date range cannot come before its start")
    return {"start": start, "end": end or None, "precision": _PRECISION_BY_LENGTH[len(start)]}


def _checked_location(value: Any) -> dict[str, Any] | None:
    if value in (None, "", {}):
        return None
    value = value if isinstance(value, dict) else {"name": value}
    name = str(value.get("name") or "").strip()
    if not name or len(name) > 100:
        raise UsageError("a place needs a name of at most 100 characters")
    keep = {k: value.get(k) for k in ("name_en", "country", "id")}
    return {"name": name, **{k: str(v)[:100] for k, v in keep.items() if v}}


def _checked_titles(value: Any, data: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(value, dict) or not isinstance(value.get("titles"), list):
        raise UsageError("titles are given as {participant: id, titles: [title, …]}")
    ids = {p["id"] for p in (*data.get("actors", ()), *data.get("recipients", ()))}
    if value.get("participant") not in ids:
        raise UsageError(f"{value.get('participant')!r} is not a participant of this event")
    titles = [str(t).strip()[:60] for t in value["titles"] if str(t).strip()][:10]
    return {"participant": value["participant"], "titles": titles}


def _current(data: dict[str, Any], correction: Correction) -> Any:
    """The value a field had before the edit, kept with the correction to show what changed."""
    field = correction.field
    if field == "titles":
        people = (*data.get("actors", ()), *data.get("recipients", ()))
        return next((p.get("titles") for p in people if p["id"] == (correction.value or {}).get("participant")), None)
    if field == "date":
        return {k: (data.get("date") or {}).get(k) for k in ("start", "end", "precision")}
    return data.get(field)


# ---- replaying ----------------------------------------------------------------------------
def reapply(connection: sqlite3.Connection, *, documents: Iterable[str] | None = None,
            corrections: Iterable[int] | None = None) -> int:
    """Replay the corrections concerning the events of `documents` (or the given corrections;
    every correction when neither is given); return how many were replayed."""
    if connection.execute("SELECT 1 FROM corrections LIMIT 1").fetchone() is None:
        return 0
    if corrections is not None:
        first = _load(connection, corrections)
    else:
        first = _load(connection, _relevant(connection, documents))
    for row in first:
        if row.action == "merge":
            _restructure_merge(connection, row)
        elif row.action == "split":
            _restructure_split(connection, row)
    clusters = {c for row in first for c in _concerns(connection, row)}
    every = _load(connection, _relevant_to_clusters(connection, clusters))
    grouped: dict[str, list[StoredCorrection]] = defaultdict(list)
    for row in every:
        for cluster in _concerns(connection, row):
            grouped[cluster].append(row)
    for cluster in sorted(clusters):
        _overlay(connection, cluster, grouped.get(cluster, []))
    return len(first)


def _relevant(connection: sqlite3.Connection, documents: Iterable[str] | None) -> list[int]:
    if documents is None:
        return [r[0] for r in connection.execute("SELECT number FROM corrections ORDER BY number")]
    docs = sorted(set(documents))
    clusters = {r[0] for r in connection.execute(
        f"SELECT DISTINCT cluster FROM cluster_sources WHERE document IN ({_marks(docs)})", docs)}
    return _relevant_to_clusters(connection, clusters)


def _relevant_to_clusters(connection: sqlite3.Connection, clusters: set[str]) -> list[int]:
    """Corrections naming one of the clusters or one of their single-document events."""
    ids = sorted(clusters)
    if not ids:
        return []
    rows = connection.execute(
        f"SELECT number FROM corrections WHERE event IN ({_marks(ids)}) UNION"
        " SELECT m.correction FROM correction_mentions m JOIN cluster_sources s ON s.mention = m.mention"
        f" WHERE s.cluster IN ({_marks(ids)}) ORDER BY 1", [*ids, *ids])
    return [r[0] for r in rows]


def _load(connection: sqlite3.Connection, numbers: Iterable[int]) -> list[StoredCorrection]:
    wanted = sorted(set(numbers))
    if not wanted:
        return []
    mentions: dict[tuple[int, str], list[str]] = defaultdict(list)
    for row in connection.execute(
            f"SELECT correction, mention, role FROM correction_mentions WHERE correction IN ({_marks(wanted)})",
            wanted):
        mentions[(row[0], row[2])].append(row[1])
    rows = connection.execute(f"SELECT * FROM corrections WHERE number IN ({_marks(wanted)}) ORDER BY number",
                              wanted).fetchall()
    return [StoredCorrection(r["number"], r["event"], r["action"], r["field"], json.loads(r["value"] or "null"),
                             r["author"], r["note"], r["made_at"], tuple(mentions[(r["number"], "event")]),
                             tuple(mentions[(r["number"], "other")])) for r in rows]


def locate(connection: sqlite3.Connection, event: str, mentions: Iterable[str]) -> str | None:
    """Where an event is now: the cluster holding most of its recorded single-document events
    (ties: the one still under the event's id), else the cluster of that id."""
    ids = sorted(set(mentions))
    if ids:
        row = connection.execute(
            f"SELECT cluster, count(*) AS n, cluster = ? AS same FROM cluster_sources WHERE mention IN ({_marks(ids)})"
            " GROUP BY cluster ORDER BY n DESC, same DESC, cluster LIMIT 1", [event, *ids]).fetchone()
        if row is not None:
            return row["cluster"]
    return cluster_of(connection, event)


def current_event(connection: sqlite3.Connection, row: StoredCorrection) -> str | None:
    """The event a correction applies to now (for a split: where the sources that stayed are)."""
    members = [m for m in row.members if m not in row.others] if row.action == "split" else row.members
    return locate(connection, row.event, members)


def _concerns(connection: sqlite3.Connection, row: StoredCorrection) -> list[str]:
    """The clusters a correction is shown on: its event, and for a split the part taken off."""
    target = current_event(connection, row)
    found = [target] if target else []
    if row.action == "split":
        found += [c for m in row.others if (c := cluster_of(connection, m)) and c not in found]
    return found


# ---- structural corrections -----------------------------------------------------------------
def _restructure_merge(connection: sqlite3.Connection, row: StoredCorrection) -> None:
    """Move every source of the other event into this one (unless they are together already)."""
    target = current_event(connection, row)
    other = locate(connection, row.value["event"], row.others)
    if target is None or other is None or target == other:
        return
    members = write.cluster_members(connection, target)
    moving = write.cluster_members(connection, other)
    for offset, mention in enumerate(moving):
        connection.execute("UPDATE cluster_sources SET cluster = ?, position = ?, match = ? WHERE mention = ?",
                           (target, len(members) + offset, dumps({"review": row.number}), mention.id))
    _drop_cluster(connection, other, successor=target)
    write._save_cluster(connection, target, [*members, *moving], new=False)


def _restructure_split(connection: sqlite3.Connection, row: StoredCorrection) -> None:
    """Take the document's events off the event they were merged into, as an event of their own."""
    rest = set(row.members) - set(row.others)
    current = {cluster_of(connection, m) for m in row.others} - {None}
    for cluster in current:
        members = write.cluster_members(connection, cluster)
        if not any(m.id in rest for m in members):
            continue
        moving = [m for m in members if m.id in row.others]
        staying = [m for m in members if m.id not in row.others]
        ident = merge.cluster_id(moving[0].id)
        if ident == cluster or cluster_of(connection, ident) is not None:
            ident = content_id("ev", "split", moving[0].id)
        write._save_cluster(connection, ident, moving, new=True)
        for position, mention in enumerate(moving):
            connection.execute("UPDATE cluster_sources SET cluster = ?, position = ?, match = ? WHERE mention = ?",
                               (ident, position, dumps({"review": row.number}), mention.id))
        for position, mention in enumerate(staying):
            connection.execute("UPDATE cluster_sources SET position = ? WHERE mention = ?", (position, mention.id))
        connection.execute("DELETE FROM merge_keys WHERE cluster = ?", (cluster,))
        write._save_cluster(connection, cluster, staying, new=False)


def _drop_cluster(connection: sqlite3.Connection, ident: str, *, successor: str) -> None:
    """Remove an emptied cluster; events nested in it now point to its successor."""
    for table in ("merge_keys", "event_participants"):
        connection.execute(f"DELETE FROM {table} WHERE cluster = ?", (ident,))
    connection.execute("DELETE FROM clusters WHERE id = ?", (ident,))
    connection.execute("UPDATE clusters SET parent = ?, json = json_set(json, '$.parent', ?) WHERE parent = ?",
                       (successor, successor, ident))


# ---- the overlay: verdict and field edits ---------------------------------------------------
def _overlay(connection: sqlite3.Connection, cluster: str, rows: list[StoredCorrection]) -> None:
    """Write the verdict, the edited fields and the `review` record into one cluster."""
    found = connection.execute("SELECT json FROM clusters WHERE id = ?", (cluster,)).fetchone()
    if found is None:
        return
    data = json.loads(found[0])
    columns: dict[str, Any] = {}
    state = None
    for row in rows:
        if current_event(connection, row) != cluster:
            continue
        if row.action in ("confirm", "reject"):
            state = "confirmed" if row.action == "confirm" else "rejected"
        elif row.action == "edit":
            columns.update(_edit(data, row.field, row.value["to"]))
    data["review"] = {"state": state, "corrections": [r.to_dict() for r in rows]}
    columns["json"] = dumps(data)
    assignments = ", ".join(f"{column} = ?" for column in columns)
    connection.execute(f"UPDATE clusters SET {assignments} WHERE id = ?", [*columns.values(), cluster])


def _edit(data: dict[str, Any], field: str | None, value: Any) -> dict[str, Any]:
    """Change one field of the event JSON; return the cluster columns that change with it
    (column names are fixed here, never taken from input)."""
    if field == "type":
        data["type"] = value["type"]
        data["cameo"] = value.get("cameo") if value.get("cameo") is not None else data.get("cameo")
        data["plover"] = value.get("plover") or data.get("plover") or {}
        return {"type": data["type"], "family": merge.family(data["type"]), "cameo": data["cameo"],
                "plover_type": (data["plover"] or {}).get("type")}
    if field == "status":
        data["status"] = value
        return {"status": value}
    if field == "date":
        return _edit_date(data, value)
    if field == "location":
        data["location"] = {"name_en": None, "country": None, "mention": None, **value} if value else None
        place = value or {}
        return {"place": place.get("name"), "place_id": place.get("id"), "place_country": place.get("country")}
    if field == "titles":
        for person in (*data.get("actors", ()), *data.get("recipients", ())):
            if person["id"] == value["participant"]:
                person["titles"] = list(value["titles"])
    return {}


def _edit_date(data: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    old = data.get("date") or {}
    new = {**old, "start": value["start"], "end": value["end"], "precision": value["precision"],
           "text": None, "mention": None}
    new.pop("approximate", None)
    data["date"] = new
    interval = merge.date_interval(replace(DateValue.from_dict(new), approximate=False))
    return {"date_start": new["start"], "date_end": new["end"], "date_precision": new["precision"],
            "date_approximate": 0, "first_day": interval[0].isoformat() if interval else None,
            "last_day": interval[1].isoformat() if interval else None}


# ---- reading ------------------------------------------------------------------------------
def corrections(connection: sqlite3.Connection, *, limit: int = 100) -> list[dict[str, Any]]:
    """The latest corrections, newest first, with the event each one concerns now."""
    numbers = [r[0] for r in connection.execute("SELECT number FROM corrections ORDER BY number DESC LIMIT ?",
                                                (int(limit),))]
    rows = _load(connection, numbers)
    return [{**r.to_dict(), "now": current_event(connection, r)} for r in reversed(rows)]


def record_decision(connection: sqlite3.Connection, candidate: dict[str, Any], verdict: str, *,
                    author: str, made_at: str) -> None:
    """Log a decision on a knowledge-base candidate (the lexicon writes the data rows)."""
    if verdict not in VERDICTS:
        raise UsageError(f"a decision is 'accepted' or 'rejected', not {verdict!r}")
    connection.execute("INSERT INTO kb_decisions (candidate, verdict, json, author, made_at) VALUES (?, ?, ?, ?, ?)",
                       (candidate["id"], verdict, dumps(candidate), author[:80], made_at))


def decisions(connection: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every logged knowledge-base decision, newest first."""
    rows = connection.execute("SELECT candidate, verdict, json, author, made_at FROM kb_decisions ORDER BY number DESC")
    return [{"candidate": r[0], "verdict": r[1], "data": json.loads(r[2]), "author": r[3], "at": r[4]} for r in rows]


def _mention_ids(connection: sqlite3.Connection, cluster: str) -> list[str]:
    return [r[0] for r in connection.execute(
        "SELECT mention FROM cluster_sources WHERE cluster = ? ORDER BY position", (cluster,))]


def _marks(values: list[Any]) -> str:
    return ", ".join("?" for _ in values)

