"""Ingest in parallel: extraction on local processes or a Dask cluster, writing in input order.

    with Store("huiwu.db") as store:
        summary = batch.ingest(store, read_paths(paths), key=batch.run_key(paths),
                               options=BatchOptions(workers=2))

The input is read one item at a time and grouped, in input order, into chunks. The articles of a
chunk that need extracting (a hash of the raw text says whether a document is stored already)
go to a worker as one task, and at most `window × workers` chunks are in flight, so memory stays
the same whatever the size of the corpus. Tasks finish in any order; a finished one waits in a
reorder buffer until every chunk before it is written. The one writer, the Store in this
process, therefore sees the documents in input order with any number of workers, and the
database is the same for 1 worker, N workers and a Dask cluster.

Commits: one transaction per document, or (commit "chunk") chunks gathered into one transaction
of at least `commit_size` documents. Resume: with a run key, the position and counts of the run
are written in each transaction (a `settings` row) and removed when the run ends. Running the
same command again after Ctrl-C, kill -9 or a lost worker skips what the interrupted run wrote —
stored documents by the hash of their raw text, before any extraction; recorded failures by their
source — and ends with the database an uninterrupted run gives.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UsageError
from .model import Article, Failure
from .workers import Outcome, Runner, open_runner

if TYPE_CHECKING:
    from .store import IngestSummary, Store

Progress = Callable[[int, str], None]
_COUNTS = ("read", "new", "known", "failed", "events")


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How to run extraction. `dask`: a scheduler address, or "local" for a LocalCluster."""

    workers: int | None = None  # local processes (1: this process), or LocalCluster workers (2)
    dask: str | None = None
    chunk: int = 16  # documents per task
    window: int = 4  # chunks in flight per worker
    commit: str = "document"  # "document": one transaction per document; "chunk": chunks written together
    commit_size: int = 512  # with commit "chunk": documents a transaction gathers, at least (the last one fewer)

    def __post_init__(self) -> None:
        if (self.workers is not None and self.workers < 1) or min(self.chunk, self.window, self.commit_size) < 1:
            raise UsageError("--workers, --chunk, the window and the commit size must be at least 1")
        if self.commit not in ("document", "chunk"):
            raise UsageError(f"commit must be 'document' or 'chunk', not {self.commit!r}")


@dataclass(slots=True)
class Entry:
    """One input item and what the writer is to do with it."""

    index: int
    item: Article | Failure
    action: str  # "extract", "known" (stored already), "failure" (could not be read), "skip" (done before)
    doc: str | None = None  # the stored document, for "known"


@dataclass(slots=True)
class Chunk:
    seq: int
    entries: list[Entry] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        """The articles a worker is to extract, in order."""
        return [e.item for e in self.entries if e.action == "extract"]  # type: ignore[misc]


def run_key(paths: Iterable[str]) -> str:
    """The key of a run in `settings`: the same input paths give the same key."""
    joined = "\0".join(p if p == "-" else str(Path(p).resolve()) for p in paths)
    return "ingest:" + hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def document_id(article: Article) -> str:
    """The id extraction gives the article's document (a hash of its normalised text), without
    extracting: normalising costs a fraction of extracting."""
    from .extraction.pipeline import doc_id_for
    from .normalize import normalize

    return doc_id_for(normalize(article.text, markdown=article.markup == "markdown").text)


def ingest(store: Store, items: Iterable[Article | Failure], *, key: str | None = None,
           options: BatchOptions | None = None, progress: Progress | None = None) -> IngestSummary:
    """Extract every article on the workers `options` name and store the results in input order.
    With `key` (see `run_key`), an interrupted run is continued where it stopped."""
    options = options or BatchOptions()
    with open_runner(workers=options.workers, dask=options.dask, tokenizer=store.tokenizer) as runner:
        return _Run(store, runner, key=key, options=options, progress=progress).run(items)


class _Run:
    """One ingest run: chunks in flight, the reorder buffer and the writer."""

    def __init__(self, store: Store, runner: Runner, *, key: str | None, options: BatchOptions,
                 progress: Progress | None) -> None:
        self.store, self.runner, self.key, self.options, self.progress = store, runner, key, options, progress
        saved = json.loads(store.setting(key) or "{}") if key else {}
        self.position: int = saved.get("position", 0)
        self.resume_at = self.position
        self.stored_before = store.has_documents()  # documents another raw form may stand for
        self.counts: dict[str, int] = {name: saved.get(name, 0) for name in _COUNTS}
        self.in_flight = options.window * runner.slots + 1  # chunks read ahead of the writer, at most
        if options.commit == "chunk":
            # while one transaction is written the workers go on with what was read ahead: enough
            # for twice its documents keeps them busy until the writer is back
            self.in_flight += 2 * -(-options.commit_size // options.chunk)
        self.queue: deque[Chunk] = deque()
        self.buffer: dict[int, list[Outcome]] = {}
        self.unwritten: list[tuple[Entry, Outcome | None]] = []  # chunks done, waiting for one transaction

    def run(self, items: Iterable[Article | Failure]) -> IngestSummary:
        from .store import IngestSummary

        for chunk in self._chunks(items):
            if chunk.articles:
                self.runner.submit(chunk.seq, chunk.articles)
            self.queue.append(chunk)
            self._drain(until=self.in_flight - 1)
        self._drain(until=0)
        self._write_together()
        if self.key:
            self.store.set_setting(self.key, None)
        return IngestSummary(**self.counts)

    # ---- reading ahead ---------------------------------------------------------------------
    def _chunks(self, items: Iterable[Article | Failure]) -> Iterator[Chunk]:
        chunk = Chunk(0)
        for index, item in enumerate(items):
            chunk.entries.append(self._triage(index, item))
            if len(chunk.entries) == self.options.chunk:
                yield chunk
                chunk = Chunk(chunk.seq + 1)
        if chunk.entries:
            yield chunk

    def _triage(self, index: int, item: Article | Failure) -> Entry:
        """What to do with an item, decided when it is read: items the interrupted part of this
        run wrote are skipped; stored documents (the same raw text by its hash, else the same
        normalised text by the document id) are not extracted again. Into a database that was
        empty when the run began, only the hash is looked up: another raw form of a document this
        run stored (other script, invisible characters) is extracted and recognised by its
        document id when written, as in `Store.ingest`, rather than every text normalised here,
        in the writer's process."""
        done_before = index < self.resume_at
        if isinstance(item, Failure):
            return Entry(index, item, "skip" if done_before and self.store.has_failure(item.doc) else "failure")
        doc = self.store.known(item) or (self._stored_id(item) if self.stored_before else None)
        if doc is not None:
            return Entry(index, item, "skip" if done_before else "known", doc)
        if done_before and self.store.has_failure(item.label):
            return Entry(index, item, "skip")
        return Entry(index, item, "extract")

    def _stored_id(self, article: Article) -> str | None:
        """The id of the stored document with this normalised text (another raw form: other
        script, invisible characters), if any."""
        doc = document_id(article)
        return doc if self.store.has_document(doc) else None

    # ---- the reorder buffer ----------------------------------------------------------------
    def _drain(self, *, until: int) -> None:
        """Write the chunks at the head of the queue whose extraction is done, waiting for
        workers while more than `until` chunks are queued."""
        while True:
            self._collect(wait=False)
            while self.queue and (not self.queue[0].articles or self.queue[0].seq in self.buffer):
                self._write(self.queue.popleft())
            if len(self.queue) <= until:
                return
            self._collect(wait=True)

    def _collect(self, *, wait: bool) -> None:
        for seq, outcomes in self.runner.completed(wait=wait):
            self.buffer[seq] = outcomes

    # ---- writing -----------------------------------------------------------------------------
    def _write(self, chunk: Chunk) -> None:
        outcomes = iter(self.buffer.pop(chunk.seq, []))
        pairs = [(e, next(outcomes) if e.action == "extract" else None) for e in chunk.entries]
        if self.options.commit == "document":
            self._write_one_by_one(pairs)
            return
        # Every commit writes out the pages its transaction touched (the hashed-id indexes, the
        # full-text segment): one commit for several chunks writes a page once, not once per chunk.
        self.unwritten.extend(pairs)
        if len(self.unwritten) >= self.options.commit_size:
            self._write_together()

    def _write_together(self) -> None:
        """The chunks done so far in one transaction, or document by document if the schema refuses one."""
        pairs, self.unwritten = self.unwritten, []
        if pairs and not self._write_at_once(pairs):
            self._write_one_by_one(pairs)

    def _write_one_by_one(self, pairs: list[tuple[Entry, Outcome | None]]) -> None:
        for entry, outcome in pairs:
            if entry.action != "skip":
                with self.store.atomic():
                    self._apply(entry, outcome)
                    self._mark()

    def _write_at_once(self, pairs: list[tuple[Entry, Outcome | None]]) -> bool:
        """The items in one transaction; False (nothing written) when a document's events are
        refused by the schema, so that they are written document by document instead."""
        counts, position = dict(self.counts), self.position
        try:
            with self.store.atomic(savepoints=False):
                for entry, outcome in pairs:
                    self._apply(entry, outcome)
                self._mark()
        except sqlite3.IntegrityError:
            self.counts, self.position = counts, position
            return False
        return True

    def _apply(self, entry: Entry, outcome: Outcome | None) -> None:
        """Store one item (in the caller's transaction) and count it."""
        if entry.action == "skip":
            return
        if entry.action == "failure":
            self.store.add_failure(entry.item)  # type: ignore[arg-type]
            kind, events = "failed", 0
        elif entry.action == "known":
            self.store.add_known(entry.doc, entry.item)  # type: ignore[arg-type]
            kind, events = "known", 0
        else:
            kind, events = self.store.add_outcome(entry.item, outcome)  # type: ignore[arg-type]
        self.counts["read"] += 1
        self.counts[kind] += 1
        self.counts["events"] += events
        self.position = max(self.position, entry.index + 1)
        if self.progress is not None:
            item = entry.item
            self.progress(self.counts["read"], item.label if isinstance(item, Article) else item.doc)

    def _mark(self) -> None:
        """Record how far the run got, in the transaction of what it just wrote."""
        if self.key:
            self.store.set_setting(self.key, json.dumps({"position": self.position, **self.counts}))

