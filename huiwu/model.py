"""The records that cross module boundaries: frozen, typed, serialisable.

`Event.to_dict()` produces exactly the JSON shape of the event contract
(type, roles, status, date, place, codes, sources), and `Event.from_dict()`
reads it back, so a stored or exported event round-trips without loss.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

EVENT_TYPES = (
    "visit", "meet", "talks", "call", "agree", "concern",
    "demand", "attend", "appoint", "establish", "sanction",
)
STATUSES = ("occurred", "planned", "negated")
PRECISIONS = ("day", "month", "year", "unknown")
ENTITY_KINDS = ("person", "org", "country")
# the codes that stand for an international body where a country code stands (a post of the body, or
# one who acts for it): the United Nations system and the European Union
INTERNATIONAL_BODIES = ("UNO", "EUU")


def content_id(prefix: str, *parts: object) -> str:
    """A stable id: the same parts give the same id in every process and run."""
    payload = "\x1f".join(map(_id_part, parts))
    return f"{prefix}_{hashlib.sha1(payload.encode('utf-8')).hexdigest()[:16]}"


def _id_part(part: object) -> str:
    if isinstance(part, str):
        return part
    if part is None:
        return "\x00"
    if isinstance(part, (list, tuple)):
        return "\x1e".join(map(_id_part, part))
    return str(part)


@dataclass(frozen=True, slots=True)
class Span:
    """Characters [start, end) of the raw input text."""

    start: int
    end: int
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.text is not None:
            out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Span | None:
        if data is None:
            return None
        return cls(int(data["start"]), int(data["end"]), data.get("text"))


@dataclass(frozen=True, slots=True)
class Article:
    """One document as read: the raw text every span points into, plus metadata."""

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    path: str | None = None
    ident: str | None = None
    markup: str = "text"  # "text" or "markdown": how the raw text is to be read

    @property
    def label(self) -> str:
        """How to name this document in a message."""
        if self.path and self.ident:
            return f"{self.path}#{self.ident}"
        return self.path or self.ident or self.url or "<text>"


@dataclass(frozen=True, slots=True)
class Participant:
    """An actor or recipient of an event, resolved to an entity where possible."""

    id: str
    name: str
    kind: str
    name_en: str | None = None
    country: str | None = None
    titles: tuple[str, ...] = ()
    mention: Span | None = None
    flags: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "name": self.name, "name_en": self.name_en,
            "kind": self.kind, "country": self.country, "titles": list(self.titles),
            "mention": self.mention.to_dict() if self.mention else None,
        }
        if self.flags:
            out["flags"] = list(self.flags)
        if self.candidates:
            out["candidates"] = list(self.candidates)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        return cls(
            id=data["id"], name=data["name"], kind=data["kind"], name_en=data.get("name_en"),
            country=data.get("country"), titles=tuple(data.get("titles") or ()),
            mention=Span.from_dict(data.get("mention")), flags=tuple(data.get("flags") or ()),
            candidates=tuple(data.get("candidates") or ()),
        )


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date or range at a precision; `start`/`end` are ISO strings cut to it."""

    start: str | None
    end: str | None = None
    precision: str = "unknown"
    text: str | None = None
    mention: Span | None = None
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start, "end": self.end, "precision": self.precision, "text": self.text,
            "mention": self.mention.to_dict() if self.mention else None,
        }
        if self.approximate:
            out["approximate"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DateValue:
        if not data:
            return UNKNOWN_DATE
        return cls(
            start=data.get("start"), end=data.get("end"), precision=data.get("precision", "unknown"),
            text=data.get("text"), mention=Span.from_dict(data.get("mention")),
            approximate=bool(data.get("approximate", False)),
        )

    @property
    def last(self) -> str | None:
        """The last day-or-coarser value the date covers."""
        return self.end or self.start


UNKNOWN_DATE = DateValue(start=None, precision="unknown")


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    name_en: str | None = None
    country: str | None = None
    mention: Span | None = None
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name, "name_en": self.name_en, "country": self.country,
            "mention": self.mention.to_dict() if self.mention else None,
        }
        if self.id:
            out["id"] = self.id
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Location | None:
        if not data:
            return None
        return cls(
            name=data["name"], name_en=data.get("name_en"), country=data.get("country"),
            mention=Span.from_dict(data.get("mention")), id=data.get("id"),
        )


@dataclass(frozen=True, slots=True)
class Source:
    """One document's evidence for an event: its sentence and any further sentences."""

    doc: str
    sentence: Span
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    evidence: tuple[Span, ...] = ()
    trigger: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc": self.doc, "url": self.url, "outlet": self.outlet, "published": self.published,
            "sentence": self.sentence.to_dict(),
        }
        if self.evidence:
            out["evidence"] = [s.to_dict() for s in self.evidence]
        if self.trigger:
            out["trigger"] = self.trigger.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(
            doc=data["doc"], sentence=Span.from_dict(data["sentence"]), url=data.get("url"),
            outlet=data.get("outlet"), published=data.get("published"),
            evidence=tuple(Span.from_dict(s) for s in data.get("evidence") or ()),
            trigger=Span.from_dict(data.get("trigger")),
        )


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    status: str
    actors: tuple[Participant, ...]
    recipients: tuple[Participant, ...]
    date: DateValue
    sources: tuple[Source, ...]
    id: str = ""
    location: Location | None = None
    parent: str | None = None
    count: int | str | None = None
    items: tuple[str, ...] = ()
    post: str | None = None
    predecessor: str | None = None
    created: str | None = None
    plover: dict[str, Any] = field(default_factory=dict)
    cameo: str | None = None
    confidence: float = 0.5
    flags: tuple[str, ...] = ()

    def participant_ids(self) -> tuple[str, ...]:
        return tuple(sorted({p.id for p in (*self.actors, *self.recipients)}))

    def with_id(self) -> Event:
        """Give the event its stable content id (type, participants, date, document)."""
        single = len(self.sources) == 1
        trigger = self.sources[0].trigger if single else None
        # the lists given already joined (as content_id would join them): ids are made for every event
        ident = content_id(
            "ev", self.type, "\x1e".join(self.participant_ids()), self.date.start, self.date.end,
            self.sources[0].doc if single else "", self.post, self.created, self.status,
            trigger.start if trigger else None,
        )
        object.__setattr__(self, "id", ident)  # set once, as the record is made: still immutable after
        return self

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "type": self.type, "status": self.status,
            "actors": [p.to_dict() for p in self.actors],
            "recipients": [p.to_dict() for p in self.recipients],
            "date": self.date.to_dict(),
            "location": self.location.to_dict() if self.location else None,
            "parent": self.parent, "count": self.count, "items": list(self.items),
            "post": self.post, "predecessor": self.predecessor, "created": self.created,
            "plover": dict(self.plover), "cameo": self.cameo,
            "sources": [s.to_dict() for s in self.sources],
            "confidence": round(self.confidence, 3),
        }
        if self.flags:
            out["flags"] = list(self.flags)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            id=data.get("id", ""), type=data["type"], status=data["status"],
            actors=tuple(Participant.from_dict(p) for p in data.get("actors") or ()),
            recipients=tuple(Participant.from_dict(p) for p in data.get("recipients") or ()),
            date=DateValue.from_dict(data.get("date")),
            location=Location.from_dict(data.get("location")),
            parent=data.get("parent"), count=data.get("count"),
            items=tuple(data.get("items") or ()), post=data.get("post"),
            predecessor=data.get("predecessor"), created=data.get("created"),
            plover=dict(data.get("plover") or {}), cameo=data.get("cameo"),
            sources=tuple(Source.from_dict(s) for s in data.get("sources") or ()),
            confidence=float(data.get("confidence", 0.5)), flags=tuple(data.get("flags") or ()),
        )


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be processed, and why; the run goes on."""

    doc: str
    step: str
    reason: str

    def __str__(self) -> str:
        return f"{self.doc}: {self.step}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Extraction:
    """The result of extracting one article: its document id, events and any notes."""

    doc: str
    article: Article
    events: tuple[Event, ...]
    notes: tuple[str, ...] = ()
