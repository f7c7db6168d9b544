"""The huiwu database: documents, their events, merged events and full-text search in SQLite.

`Store` is the only writer. The schema is described table by table in docs/schema.md.
"""

from __future__ import annotations

from .read import EventFilter
from .records import AddResult, Explanation, IngestSummary, Stats, StoredDocument, StoredFailure, Tie
from .store import Store

__all__ = ["Store", "AddResult", "IngestSummary", "EventFilter", "Explanation", "Stats", "StoredDocument",
           "StoredFailure", "Tie"]
