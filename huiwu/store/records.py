"""The typed answers of store queries other than events: documents, explanations, ties, stats."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..model import Event


@dataclass(frozen=True, slots=True)
class AddResult:
    """What `Store.add` did with one extraction."""

    doc: str
    new: bool
    events: int = 0  # single-document events stored
    joined: int = 0  # of those, how many joined an existing cluster
    clusters: int = 0  # new clusters created
    addresses: int = 0  # new URLs or paths recorded
    repeated: int = 0  # events dropped because the extraction repeated an id


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """Counts of one ingest run: every document read is new, known or failed."""

    read: int = 0
    new: int = 0
    known: int = 0
    failed: int = 0
    events: int = 0

    def line(self) -> str:
        return (f"{self.read} documents read: {self.new} new, {self.known} already known, "
                f"{self.failed} failed; {self.events} events")


@dataclass(frozen=True, slots=True)
class StoredFailure:
    source: str
    step: str
    reason: str
    attempts: int
    failed_at: str


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A stored document with every address it was found under and its own events."""

    id: str
    text: str
    title: str | None
    published: str | None
    outlet: str | None
    addresses: tuple[str, ...]
    events: tuple[Event, ...]
    clusters: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["events"] = [e.to_dict() for e in self.events]
        data["addresses"], data["clusters"] = list(self.addresses), list(self.clusters)
        return data


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why the sources of a merged event were merged: per source, the match that admitted it."""

    id: str
    event: Event
    keyset: tuple[str, ...]
    sources: tuple[dict[str, Any], ...]
    conflicts: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "event": self.event.to_dict(), "keyset": list(self.keyset),
                "sources": list(self.sources), "conflicts": list(self.conflicts)}


@dataclass(frozen=True, slots=True)
class Tie:
    """Two participants and how often they met, talked, called or visited (events that occurred)."""

    a: str
    a_name: str
    b: str
    b_name: str
    counts: dict[str, int] = field(default_factory=dict)
    first: str | None = None
    last: str | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "total": self.total}


@dataclass(frozen=True, slots=True)
class Stats:
    documents: int
    failures: int
    events: int
    mentions: int
    by_type: dict[str, int]
    by_month: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
