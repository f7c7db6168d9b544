"""The database schema, as an ordered list of named migrations.

Each migration is a function that changes the schema inside the transaction the runner
opens; its name is recorded in the `migrations` table so it runs once. Add new ones at the
end, never edit or reorder a released one: a database is upgraded by running the names it
has not recorded yet, in order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .fts import create_fts_table

Migration = Callable[[sqlite3.Connection], None]

_CORE = """
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (
    number    INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    text      TEXT NOT NULL,
    title     TEXT,
    published TEXT,
    outlet    TEXT,
    markup    TEXT NOT NULL DEFAULT 'text',
    chars     INTEGER NOT NULL,
    raw_hash  TEXT NOT NULL,
    added_at  TEXT NOT NULL
);
CREATE INDEX documents_raw_hash ON documents(raw_hash);
CREATE INDEX documents_published ON documents(published);
CREATE TABLE document_urls (
    document TEXT NOT NULL REFERENCES documents(id),
    address  TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('url', 'path')),
    added_at TEXT NOT NULL,
    PRIMARY KEY (document, address)
);
CREATE INDEX document_urls_address ON document_urls(address);
CREATE TABLE failures (
    number    INTEGER PRIMARY KEY,
    source    TEXT NOT NULL,
    step      TEXT NOT NULL,
    reason    TEXT NOT NULL,
    attempts  INTEGER NOT NULL DEFAULT 1,
    failed_at TEXT NOT NULL,
    UNIQUE (source, step, reason)
);
CREATE TABLE entities (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    name_en TEXT,
    kind    TEXT NOT NULL,
    country TEXT
);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_country ON entities(country);
CREATE TABLE mentions (
    id             TEXT PRIMARY KEY,
    document       TEXT NOT NULL REFERENCES documents(id),
    position       INTEGER NOT NULL,
    type           TEXT NOT NULL,
    status         TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT NOT NULL,
    place          TEXT,
    confidence     REAL NOT NULL,
    json           TEXT NOT NULL,
    UNIQUE (document, position)
);
CREATE TABLE clusters (
    number         INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    type           TEXT NOT NULL,
    family         TEXT NOT NULL,
    status         TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT NOT NULL,
    date_approximate INTEGER NOT NULL DEFAULT 0,
    first_day      TEXT,
    last_day       TEXT,
    span_first     TEXT,
    span_last      TEXT,
    place          TEXT,
    place_id       TEXT,
    place_country  TEXT,
    parent         TEXT,
    cameo          TEXT,
    plover_type    TEXT,
    sources        INTEGER NOT NULL,
    documents      INTEGER NOT NULL,
    outlets        INTEGER NOT NULL,
    confidence     REAL NOT NULL,
    conflicts      INTEGER NOT NULL DEFAULT 0,
    keyset         TEXT NOT NULL,
    json           TEXT NOT NULL
);
CREATE INDEX clusters_first_day ON clusters(first_day);
CREATE INDEX clusters_type ON clusters(type);
CREATE TABLE cluster_sources (
    cluster  TEXT NOT NULL REFERENCES clusters(id),
    mention  TEXT NOT NULL UNIQUE REFERENCES mentions(id),
    document TEXT NOT NULL REFERENCES documents(id),
    position INTEGER NOT NULL,
    match    TEXT NOT NULL,
    PRIMARY KEY (cluster, mention)
);
CREATE INDEX cluster_sources_document ON cluster_sources(document);
CREATE TABLE event_participants (
    cluster  TEXT NOT NULL REFERENCES clusters(id),
    entity   TEXT NOT NULL REFERENCES entities(id),
    role     TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position INTEGER NOT NULL,
    PRIMARY KEY (cluster, entity)
);
CREATE INDEX event_participants_entity ON event_participants(entity);
CREATE TABLE merge_keys (
    family  TEXT NOT NULL,
    pair    TEXT NOT NULL,
    period  TEXT NOT NULL,
    cluster TEXT NOT NULL REFERENCES clusters(id),
    PRIMARY KEY (family, pair, period, cluster)
) WITHOUT ROWID;
CREATE INDEX merge_keys_cluster ON merge_keys(cluster);
"""

_VIEWS = """
CREATE VIEW event_view AS
SELECT c.id, c.type, c.status, c.date_start, c.date_end, c.date_precision, c.first_day, c.last_day,
       (SELECT group_concat(name, '、') FROM (
            SELECT e.name FROM event_participants p JOIN entities e ON e.id = p.entity
            WHERE p.cluster = c.id AND p.role = 'actor' ORDER BY p.position)) AS actors,
       (SELECT group_concat(name, '、') FROM (
            SELECT e.name FROM event_participants p JOIN entities e ON e.id = p.entity
            WHERE p.cluster = c.id AND p.role = 'recipient' ORDER BY p.position)) AS recipients,
       c.place, c.place_country, c.cameo, c.plover_type, c.sources, c.documents, c.outlets,
       c.confidence, c.conflicts
FROM clusters c;

CREATE VIEW participant_view AS
SELECT p.cluster, p.role, p.position, e.id AS entity, e.name, e.name_en, e.kind, e.country,
       c.type, c.status, c.date_start, c.first_day, c.last_day, c.place
FROM event_participants p
JOIN entities e ON e.id = p.entity
JOIN clusters c ON c.id = p.cluster;

CREATE VIEW source_view AS
SELECT s.cluster, s.position, s.mention, s.document, d.title, d.published, d.outlet,
       (SELECT min(u.address) FROM document_urls u WHERE u.document = d.id AND u.kind = 'url') AS url,
       (SELECT min(u.address) FROM document_urls u WHERE u.document = d.id AND u.kind = 'path') AS path,
       m.type AS mention_type, m.date_start AS mention_date, m.place AS mention_place
FROM cluster_sources s
JOIN documents d ON d.id = s.document
JOIN mentions m ON m.id = s.mention;
"""


def core_tables(connection: sqlite3.Connection) -> None:
    """Documents and their addresses, failures, entities, mentions, clusters, merge keys."""
    for statement in _split(_CORE):
        connection.execute(statement)


def full_text_search(connection: sqlite3.Connection) -> None:
    """The `documents_fts` table over title and text (trigram, or spaced CJK under unicode61)."""
    tokenizer = create_fts_table(connection)
    connection.execute("INSERT INTO settings (key, value) VALUES ('fts_tokenizer', ?)", (tokenizer,))


def views(connection: sqlite3.Connection) -> None:
    """`event_view`, `participant_view` and `source_view`: the common joins, ready to browse."""
    for statement in _split(_VIEWS):
        connection.execute(statement)


def review_tables(connection: sqlite3.Connection) -> None:
    """`corrections`, `correction_mentions` and `kb_decisions`: what reviewers decided (store/review.py)."""
    from .review import create_tables

    create_tables(connection)


def _split(script: str) -> list[str]:
    return [part.strip() for part in script.split(";\n") if part.strip()]


def cluster_folds(connection: sqlite3.Connection) -> None:
    """`clusters.fold`: what reconciling needs of a cluster's members (`merge.Fold`), so that a
    join folds in the newcomer instead of reading every member again. NULL for a cluster written
    before: rebuilt from its members when it is next compared."""
    connection.execute("ALTER TABLE clusters ADD COLUMN fold TEXT")


MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_core_tables", core_tables),
    ("0002_full_text_search", full_text_search),
    ("0003_views", views),
    ("0004_review", review_tables),
    ("0005_cluster_folds", cluster_folds),
]
