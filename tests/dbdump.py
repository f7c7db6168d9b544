"""The content of a huiwu database without the times it was written at, for comparing runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TIME_COLUMNS = {"added_at", "failed_at", "applied_at"}


def tables(connection: sqlite3.Connection) -> list[str]:
    """Every table and the full-text index, without SQLite's and FTS5's own shadow tables."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'documents_fts_%' ORDER BY name")
    return [row[0] for row in rows]


def content(path: str | Path) -> dict[str, list[tuple]]:
    """Rows of every table (time columns left out), each table sorted."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dump = {}
        for table in tables(connection):
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")
                       if row[1] not in TIME_COLUMNS]
            if table == "documents_fts":
                columns = ["rowid", *columns]
            listed = ", ".join(columns)
            dump[table] = connection.execute(f"SELECT {listed} FROM {table} ORDER BY {listed}").fetchall()
        return dump
    finally:
        connection.close()


def differences(first: dict[str, list[tuple]], second: dict[str, list[tuple]]) -> list[str]:
    """Tables whose rows differ, with the row counts: empty when the databases hold the same."""
    names = sorted(set(first) | set(second))
    return [f"{name}: {len(first.get(name, []))} rows vs {len(second.get(name, []))}"
            for name in names if first.get(name) != second.get(name)]
