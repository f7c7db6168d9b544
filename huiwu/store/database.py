"""Opening a huiwu database: pragmas, transactions and the migration runner."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..errors import StoreError
from .schema import MIGRATIONS

BUSY_TIMEOUT_MS = 10_000
WRITER_CACHE_KIB = 64 * 1024  # page cache of a writer: the merge indexes of a large corpus stay in memory
# Pages in the WAL before it is copied back into the database (SQLite's default is 1,000). An
# ingest dirties index pages all over the file with every chunk; checkpointing ten times less
# often copies a page that several chunks changed once instead of each time.
WAL_CHECKPOINT_PAGES = 10_000


def now() -> str:
    """The current time as an ISO string (UTC, seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def connect(path: str | Path, *, readonly: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), with foreign keys on,
    a busy timeout, and for a writable database WAL journaling (synchronous=NORMAL: a commit
    is durable at the next checkpoint, never corrupt), a larger page cache and rarer checkpoints."""
    target = Path(path)
    if readonly and not target.exists():
        raise StoreError(f"no database at {target}: create it with `huiwu ingest`")
    try:
        if readonly:
            connection = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True,
                                         isolation_level=None, check_same_thread=False)
        else:
            connection = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
            connection.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"cannot open {target} as a SQLite database: {error}") from None
    connection.row_factory = sqlite3.Row
    return connection


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT; any exception rolls everything back and is re-raised.

    Inside a transaction already open, a savepoint instead: the inner block is undone alone on
    an exception, and everything is committed together by the outer block."""
    if connection.in_transaction:
        with _savepoint(connection):
            yield connection
        return
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise StoreError(f"the database is busy or locked ({error}); try again when the other writer is done") from None
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


@contextmanager
def _savepoint(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("SAVEPOINT huiwu")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK TO huiwu")
        connection.execute("RELEASE huiwu")
        raise
    connection.execute("RELEASE huiwu")


def applied_migrations(connection: sqlite3.Connection) -> list[str]:
    """Names of the migrations this database has recorded, in the order they ran."""
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").fetchone()
    if not exists:
        return []
    return [row[0] for row in connection.execute("SELECT name FROM migrations ORDER BY number")]


def migrate(connection: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded, each in its own transaction; return their names."""
    known = [name for name, _ in MIGRATIONS]
    _refuse_newer(connection, known)
    done: list[str] = []
    for number, (name, function) in enumerate(MIGRATIONS, start=1):
        with transaction(connection):
            connection.execute(
                "CREATE TABLE IF NOT EXISTS migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                " applied_at TEXT NOT NULL)")
            if connection.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                continue
            function(connection)
            connection.execute("INSERT INTO migrations (number, name, applied_at) VALUES (?, ?, ?)",
                               (number, name, now()))
            done.append(name)
    return done


def check_schema(connection: sqlite3.Connection) -> None:
    """For a read-only database: refuse one that is older or newer than this code."""
    known = [name for name, _ in MIGRATIONS]
    _refuse_newer(connection, known)
    missing = [name for name in known if name not in applied_migrations(connection)]
    if missing:
        raise StoreError(f"the database needs an upgrade ({', '.join(missing)}): open it once for writing, "
                         "e.g. with `huiwu ingest`")


def _refuse_newer(connection: sqlite3.Connection, known: list[str]) -> None:
    try:
        applied = applied_migrations(connection)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"not a huiwu database: {error}") from None
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(f"the database was written by a newer huiwu (migration {unknown[0]}); upgrade huiwu")
