"""`Store`: the one writer of a huiwu database and the place to query it.

    store = Store("huiwu.db")
    store.ingest(read_paths(["articles/"]))
    store.events(actor="習近平", since="2023-11")
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import Article, Event, Extraction, Failure, Source
from . import read, review, write
from .database import check_schema, connect, migrate, transaction
from .fts import search_condition
from .prepare import Prepared, prepare
from .records import AddResult, Explanation, IngestSummary, Stats, StoredDocument, StoredFailure, Tie

Extract = Callable[[Article], Extraction]
Progress = Callable[[int, str], None]
FailureListener = Callable[[Failure], None]


class Store:
    """A huiwu SQLite database, opened (and created or upgraded) on construction.

    `on_failure`, when given, is told of every failure as it is recorded, so a command can name
    each bad document as the run goes instead of only counting them."""

    def __init__(self, path: str | Path = "huiwu.db", *, readonly: bool = False, lexicon: Any = None,
                 on_failure: FailureListener | None = None) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._lexicon = lexicon
        self.on_failure = on_failure
        self._flat = False  # inside atomic(savepoints=False)
        self.connection = connect(self.path, readonly=readonly)
        if readonly:
            check_schema(self.connection)
        else:
            migrate(self.connection)
        self.tokenizer = self._setting("fts_tokenizer")

    # ---- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _setting(self, key: str) -> str:
        row = self.connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: the setting {key!r} is missing; the database is damaged")
        return row[0]

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path} is open read-only")

    # ---- writing -------------------------------------------------------------------------
    def add(self, extraction: Extraction | Prepared) -> AddResult:
        """Store one document and its events in one transaction. A document already known
        (same id) only gains the URL or path it was found under this time. The extraction may
        come prepared (`store.prepare`, done on a worker); else it is prepared here."""
        self._writable()
        prepared = self._prepared(extraction)
        extraction = prepared.extraction
        with self._transaction() as connection:
            if write.known_document(connection, extraction.doc):
                added = write.add_addresses(connection, extraction.doc, extraction.article)
                return AddResult(extraction.doc, new=False, addresses=added)
            write.insert_document(connection, prepared)
            added = write.add_addresses(connection, extraction.doc, extraction.article)
            joined = 0
            for position, event in enumerate(prepared.events):
                write.insert_mention(connection, extraction.doc, position, event)
                joined += write.merge_mention(connection, event)[1]
            review.reapply(connection, documents=[extraction.doc])
        events = len(prepared.events)
        return AddResult(extraction.doc, new=True, events=events, joined=joined, clusters=events - joined,
                         addresses=added, repeated=prepared.repeated)

    def _prepared(self, extraction: Extraction | Prepared) -> Prepared:
        """The extraction prepared for this database (its full-text tokenizer)."""
        if isinstance(extraction, Prepared):
            if extraction.tokenizer == self.tokenizer:
                return extraction
            extraction = extraction.extraction
        return prepare(extraction, self.tokenizer)

    def add_failure(self, failure: Failure) -> None:
        """Record a document that could not be read or extracted."""
        self._writable()
        with self._transaction() as connection:
            write.record_failure(connection, failure)
        if self.on_failure is not None:
            self.on_failure(failure)

    def known(self, article: Article) -> str | None:
        """The id of a stored document with exactly this raw text, if any (no extraction needed)."""
        return write.document_by_raw_hash(self.connection, article.text)

    def add_known(self, doc_id: str, article: Article) -> AddResult:
        """Record one more address for a document already stored."""
        self._writable()
        with self._transaction() as connection:
            added = write.add_addresses(connection, doc_id, article)
        return AddResult(doc_id, new=False, addresses=added)

    def ingest(self, items: Iterable[Article | Failure], *, extract: Extract | None = None,
               progress: Progress | None = None) -> IngestSummary:
        """Extract and add every article (as `huiwu.ingest.read_paths` yields them), in order.
        A document whose extraction raises, or whose events the schema refuses, is recorded as
        a failure and the run goes on; other database errors (disk full, locked) stop the run."""
        if extract is None:
            from .. import extract_article as extract
        counts = {"read": 0, "new": 0, "known": 0, "failed": 0, "events": 0}
        for item in items:
            counts["read"] += 1
            outcome, events = self._ingest_one(item, extract)
            counts[outcome] += 1
            counts["events"] += events
            if progress is not None:
                progress(counts["read"], item.label if isinstance(item, Article) else item.doc)
        return IngestSummary(**counts)

    def _ingest_one(self, item: Article | Failure, extract: Extract) -> tuple[str, int]:
        if isinstance(item, Failure):
            self.add_failure(item)
            return "failed", 0
        doc_id = self.known(item)
        if doc_id is not None:
            self.add_known(doc_id, item)
            return "known", 0
        try:
            extraction = extract(item)
        except Exception as error:  # one document's failure must not stop the run
            return self.add_outcome(item, Failure(item.label, "extract", f"{type(error).__name__}: {error}"))
        return self.add_outcome(item, extraction)

    def add_outcome(self, article: Article, outcome: Extraction | Prepared | Failure) -> tuple[str, int]:
        """Store what extracting `article` gave, its events or the failure; return ("new" |
        "known" | "failed", events stored). Events the schema refuses fail this document only."""
        if isinstance(outcome, Failure):
            self.add_failure(outcome)
            return "failed", 0
        try:
            result = self.add(outcome)
        except sqlite3.IntegrityError as error:  # data the schema refuses: this document only
            if self._flat:
                raise
            self.add_failure(Failure(article.label, "store", f"{type(error).__name__}: {error}"))
            return "failed", 0
        return ("new", result.events) if result.new else ("known", 0)

    # ---- runs that span many transactions ---------------------------------------------------
    def atomic(self, *, savepoints: bool = True) -> AbstractContextManager[sqlite3.Connection]:
        """One transaction around several writes, committed together when the block ends (or
        all undone by an exception). Inside it `add`, `add_failure`… become savepoints, so a
        document whose events the schema refuses is undone alone; with `savepoints=False` they
        write straight into the transaction (faster: the full-text index is flushed once), and
        `add_outcome` lets such an IntegrityError through for the caller to undo the block."""
        self._writable()
        if savepoints:
            return transaction(self.connection)
        return self._flat_transaction()

    @contextmanager
    def _flat_transaction(self) -> Iterator[sqlite3.Connection]:
        with transaction(self.connection) as connection:
            self._flat = True
            try:
                yield connection
            finally:
                self._flat = False

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """The transaction of one write: its own, a savepoint, or none inside a flat block."""
        return nullcontext(self.connection) if self._flat else transaction(self.connection)

    def setting(self, key: str) -> str | None:
        """A value of the `settings` table, or None."""
        row = self.connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: str | None) -> None:
        """Set (or, with None, remove) a value of the `settings` table."""
        self._writable()
        single = nullcontext(self.connection) if self.connection.in_transaction else transaction(self.connection)
        with single as connection:  # one statement: atomic inside a transaction without a savepoint
            if value is None:
                connection.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                connection.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored."""
        return write.known_document(self.connection, doc_id)

    def has_documents(self) -> bool:
        """Whether any document is stored."""
        return self.connection.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None

    def has_failure(self, source: str) -> bool:
        """Whether a failure is recorded for this source (a file, `file:line`, a document label)."""
        row = self.connection.execute("SELECT 1 FROM failures WHERE source = ? LIMIT 1", (source,)).fetchone()
        return row is not None

    # ---- reading -------------------------------------------------------------------------
    def failures(self) -> list[StoredFailure]:
        rows = self.connection.execute(
            "SELECT source, step, reason, attempts, failed_at FROM failures ORDER BY number")
        return [StoredFailure(*row) for row in rows]

    def events(self, *, actor: str | Iterable[str] | None = None, type: str | Iterable[str] | None = None,  # noqa: A002
               country: str | None = None, since: str | None = None, until: str | None = None,
               text: str | None = None, status: str | Iterable[str] | None = None,
               limit: int | None = None, offset: int = 0) -> list[Event]:
        """Merged events, each with every source document, in date order. Several actors
        (any name form): events with all of them; several types or statuses: any of them."""
        return [Event.from_dict(data) for data in self.records(
            actor=actor, type=type, country=country, since=since, until=until, text=text, status=status,
            limit=limit, offset=offset)]

    def records(self, *, limit: int | None = None, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        """Like `events`, but the stored JSON of each event: the events.md shape plus
        `conflicts` (values the sources disagree on) when there are any."""
        spec = read.EventFilter.of(**filters)
        return read.records(self.connection, spec, resolve=self.resolve, tokenizer=self.tokenizer,
                            limit=limit, offset=offset)

    def source_text(self, source: Source) -> str | None:
        """The sentence a source points to, cut from the stored raw text."""
        return read.source_text(self.connection, source.doc, source.sentence.start, source.sentence.end)

    def sources(self, ident: str) -> list[dict[str, Any]]:
        """The documents behind an event, in the order they joined: id, title, published,
        outlet, first URL and first path (the `source_view` rows)."""
        return read.sources(self.connection, ident)

    def addresses(self, doc_id: str) -> list[tuple[str, str]]:
        """Every (address, kind) a document was found under: URLs first, then paths."""
        return read.addresses(self.connection, doc_id)

    def event(self, ident: str) -> Event | None:
        """A merged event by its id, or by the id of one of its single-document events."""
        return read.event(self.connection, ident)

    def explain(self, ident: str) -> Explanation | None:
        """Why the sources of an event were merged: key, participants in common, dates, score."""
        return read.explain(self.connection, ident)

    def document(self, doc_id: str) -> StoredDocument | None:
        return read.document(self.connection, doc_id)

    def timeline(self, name: str) -> list[Event]:
        """A person's, organisation's or country's events in date order."""
        ids = self.resolve(name)
        countries = {i.split("/", 1)[1] for i in ids if i.startswith("country/")}
        return read.timeline(self.connection, ids, countries)

    def network(self, *, since: str | None = None, until: str | None = None) -> list[Tie]:
        """Who met, talked with, called or visited whom, and how often."""
        return read.network(self.connection, since=since, until=until)

    def stats(self) -> Stats:
        return read.stats(self.connection)

    def search(self, query: str) -> list[str]:
        """Ids of the documents whose title or text contains every term of `query`."""
        sql, params = search_condition(query, self.tokenizer)
        rows = self.connection.execute(
            f"SELECT id FROM documents WHERE number IN ({sql}) ORDER BY number", params)
        return [row[0] for row in rows]

    def to_pandas(self, **filters: Any):
        """The events as a pandas DataFrame, one row per event (needs pandas)."""
        from .frames import to_pandas

        return to_pandas(self, **filters)

    def to_polars(self, **filters: Any):
        """The events as a polars DataFrame, one row per event (needs polars)."""
        from .frames import to_polars

        return to_polars(self, **filters)

    # ---- names ---------------------------------------------------------------------------
    def resolve(self, name: str) -> set[str]:
        """Entity ids a name stands for: any form the knowledge base knows (script, English,
        alias), a country name or ISO3 code, and the names stored in the database."""
        from .names import resolve_name

        return resolve_name(self.connection, name, self.lexicon)

    @property
    def lexicon(self):
        """The knowledge base used to resolve names (the shipped one unless given), loaded on first use."""
        if self._lexicon is None:
            from .. import load_lexicon

            self._lexicon = load_lexicon()
        return self._lexicon

    def integrity(self) -> str:
        """`PRAGMA integrity_check` ("ok" when the file is sound)."""
        try:
            return self.connection.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as error:
            return str(error)
