"""The pure part of writing an extraction: everything that depends on the extraction alone.

The values of the rows a document and its events will need — the JSON of every event, the
full-text form of the text, the blocking lookup, the rows of the cluster an event opens when it
matches nothing — do not depend on what the database holds (only on its full-text tokenizer),
so they are worked out where the document was extracted, on a worker, and the one writer
mostly runs statements. `Store.add` prepares in place what comes unprepared, with these same
functions: where the preparing ran never changes what is written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import orjson

from .. import merge
from ..model import Event, Extraction
from .fts import indexed_form

CLUSTER_COLUMNS = (
    "id", "type", "family", "status", "date_start", "date_end", "date_precision", "date_approximate",
    "first_day", "last_day", "span_first", "span_last", "place", "place_id", "place_country", "parent", "cameo",
    "plover_type", "sources", "documents", "outlets", "confidence", "conflicts", "keyset", "json", "fold",
)


@dataclass(frozen=True, slots=True)
class ClusterRows:
    """What a cluster's rows hold: the `clusters` row (values in CLUSTER_COLUMNS order), its
    `event_participants` rows and the `merge_keys` rows to add."""

    row: tuple[Any, ...]
    participants: tuple[tuple[Any, ...], ...]
    keys: tuple[tuple[str, str, str, str], ...]


@dataclass(frozen=True, slots=True)
class PreparedEvent:
    """One event and its rows. `founder` is None when the event names a parent event: the
    parent's cluster is known only to the database."""

    event: Event
    mention_json: str
    entities: tuple[tuple[Any, ...], ...]
    lookup: tuple[str, tuple[Any, ...]] | None  # the candidate query and its parameters
    founder: ClusterRows | None


@dataclass(frozen=True, slots=True)
class Prepared:
    """An extraction with the pure part of its writing done, for a database with `tokenizer`."""

    extraction: Extraction
    tokenizer: str
    raw_hash: str
    title_index: str
    text_index: str
    events: tuple[PreparedEvent, ...]
    repeated: int  # events dropped because the extraction repeated an id


def prepare(extraction: Extraction, tokenizer: str) -> Prepared:
    article = extraction.article
    events, repeated = unique_events(extraction.events)
    return Prepared(extraction, tokenizer, raw_hash(article.text), indexed_form(article.title, tokenizer),
                    indexed_form(article.text, tokenizer), tuple(prepare_event(e) for e in events), repeated)


def prepare_event(event: Event) -> PreparedEvent:
    entities = tuple((p.id, p.name, p.name_en, p.kind, p.country) for p in (*event.actors, *event.recipients))
    founder = None
    if not event.parent:
        founder = cluster_rows(merge.cluster_id(event.id), merge.Fold.of([event]),
                               [s.to_dict() for s in event.sources], event, parent=None)
    return PreparedEvent(event, dumps(event.to_dict()), entities, candidate_lookup(event), founder)


def raw_hash(text: str) -> str:
    """A hash of the raw text: recognises a known document before extracting it again."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def unique_events(events: Iterable[Event]) -> tuple[list[Event], int]:
    """The events with distinct ids (first kept), and how many repeats were dropped."""
    events = list(events)
    kept: dict[str, Event] = {}
    for event in events:
        kept.setdefault(event.id, event)
    return list(kept.values()), len(events) - len(kept)


CANDIDATE_COLUMNS = ("id, number, type, status, date_start, date_end, date_precision, date_approximate, place,"
                     " place_id, place_country, span_first, span_last, keyset, fold")


def candidate_lookup(event: Event) -> tuple[str, tuple[Any, ...]] | None:
    """The query for the clusters sharing a blocking key with the event (through the indexed
    key table), or None when the event has no key participant and never merges."""
    keyset = merge.key_participants(event)
    if not keyset:
        return None
    pairs = merge.participant_pairs(keyset)
    periods = merge.lookup_periods(event.date)
    keys = f"SELECT cluster FROM merge_keys WHERE family = ? AND pair IN ({','.join('?' * len(pairs))})"
    params: list[Any] = [merge.family(event.type), *pairs]
    if periods is not None:
        keys += f" AND period IN ({','.join('?' * len(periods))})"
        params.extend(periods)
    return f"SELECT {CANDIDATE_COLUMNS} FROM clusters WHERE id IN ({keys})", tuple(params)


def cluster_rows(ident: str, fold: merge.Fold, sources: list[dict[str, Any]], newcomer: Event, *,
                 parent: str | None) -> ClusterRows:
    """The rows of a cluster reconciled from `fold`, whose stored event lists `sources`, which
    `newcomer` just joined or founded, and whose parent event is the cluster `parent`."""
    result = fold.result(ident)
    event = replace(result.event, parent=parent)
    data = event.to_dict()
    data["sources"] = sources
    if result.conflicts:
        data["conflicts"] = list(result.conflicts)
    participants = tuple((ident, p.id, role, n) for role, people in (("actor", event.actors),
                                                                     ("recipient", event.recipients))
                         for n, p in enumerate(people))
    # Earlier members' keys are filed already; add the newcomer's and those of the merged
    # event, whose participants may pair people no single report named together.
    keys = {*merge.blocking_keys(newcomer), *merge.blocking_keys(result.event)}
    return ClusterRows(_cluster_row(event, result, data, fold), participants,
                       tuple((*key, ident) for key in sorted(keys)))


def _cluster_row(event: Event, result: merge.Reconciled, data: dict, fold: merge.Fold) -> tuple[Any, ...]:
    interval = merge.date_interval(replace(event.date, approximate=False))
    return (
        event.id, event.type, merge.family(event.type), event.status,
        event.date.start, event.date.end, event.date.precision, int(event.date.approximate),
        interval[0].isoformat() if interval else None, interval[1].isoformat() if interval else None,
        result.span[0].isoformat() if result.span else None, result.span[1].isoformat() if result.span else None,
        event.location.name if event.location else None, event.location.id if event.location else None,
        event.location.country if event.location else None,
        event.parent, event.cameo, (event.plover or {}).get("type"),
        result.source_count, result.document_count, result.outlet_count,
        event.confidence, len(result.conflicts), dumps(sorted(result.keyset)), dumps(data), dumps(fold.state),
    )


def member_sources(members: Sequence[Event]) -> list[dict[str, Any]]:
    return [s.to_dict() for m in members for s in m.sources]


def dumps(data: Any) -> str:
    """The stored JSON of a value: keys sorted, characters as they are (orjson: several times
    faster than the json module on events, and the writer writes tens of them a second)."""
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode()
