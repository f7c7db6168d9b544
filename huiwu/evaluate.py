"""Scoring extraction against gold files, with the matching rule of the event contract.

An output event matches a gold event when the types agree (meet and talks count as one),
every gold actor and recipient that is a person is among the output's participants, and the
date ranges overlap at the gold precision. Each gold event matches at most one output event.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, UsageError
from .lexicon import Lexicon
from .model import Event
from .normalize import normalize_surface

_FAMILY = {"talks": "meet"}
_PRECISION_WIDTH = {"day": 10, "month": 7, "year": 4}


@dataclass(frozen=True, slots=True)
class GoldEvent:
    doc: str
    type: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    date_start: str | None
    date_end: str | None
    precision: str
    status: str
    core: bool
    line: str


@dataclass
class Tally:
    gold: int = 0
    output: int = 0
    matched_gold: int = 0
    matched_output: int = 0
    core: int = 0
    core_matched: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.matched_output / self.output if self.output else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def core_recall(self) -> float:
        return self.core_matched / self.core if self.core else 0.0

    def to_dict(self) -> dict:
        return {"gold": self.gold, "output": self.output, "matched": self.matched_gold,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "core": self.core, "core_recall": round(self.core_recall, 4)}


@dataclass
class Report:
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_doc: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[tuple[str, Event]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.by_type.values():
            total.add(tally)
        return total

    def to_dict(self) -> dict:
        return {
            "overall": self.overall.to_dict(),
            "by_type": {k: v.to_dict() for k, v in sorted(self.by_type.items())},
            "by_doc": {k: v.to_dict() for k, v in sorted(self.by_doc.items())},
            "failures": self.failures,
        }


def read_gold(folder: Path) -> dict[str, list[GoldEvent]]:
    if not folder.is_dir():
        raise UsageError(f"{folder}: no such folder of gold files")
    out: dict[str, list[GoldEvent]] = defaultdict(list)
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                data = json.loads(line)
                event = GoldEvent(
                    doc=data["doc"], type=data["type"], actors=tuple(data.get("actor") or ()),
                    recipients=tuple(data.get("recipient") or ()), date_start=data.get("date_start"),
                    date_end=data.get("date_end"), precision=data.get("precision") or "unknown",
                    status=data.get("status") or "occurred", core=bool(data.get("core")), line=where,
                )
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise InputError(where, f"not a gold event ({error})") from None
            out[event.doc].append(event)
    return out


def _range(start: str | None, end: str | None, width: int) -> tuple[str, str] | None:
    if not start:
        return None
    return start[:width], (end or start)[:width]


def dates_overlap(gold: GoldEvent, event: Event) -> bool:
    """Overlap at the gold precision; an output coarser than the gold is compared at its own."""
    width = _PRECISION_WIDTH.get(gold.precision)
    if width is None:
        return True
    width = min(width, _PRECISION_WIDTH.get(event.date.precision, width))
    gold_range = _range(gold.date_start, gold.date_end, width)
    out_range = _range(event.date.start, event.date.end, width)
    if gold_range is None:
        return True
    if out_range is None:
        return False
    return gold_range[0] <= out_range[1] and out_range[0] <= gold_range[1]


def _names(event: Event, lexicon: Lexicon | None) -> set[str]:
    """Every name the participants go by: canonical, and the lexicon's variants (博鲁阿特 for 博鲁阿尔特)."""
    names = set()
    for participant in (*event.actors, *event.recipients):
        names.add(normalize_surface(participant.name))
        entity = lexicon.entity(participant.id) if lexicon else None
        if entity is not None:
            names.update(normalize_surface(a) for a in entity.aliases)
    return names


def matches(gold: GoldEvent, event: Event, persons: set[str] | None = None, lexicon: Lexicon | None = None) -> bool:
    if _FAMILY.get(gold.type, gold.type) != _FAMILY.get(event.type, event.type):
        return False
    names = _names(event, lexicon)
    wanted = persons if persons is not None else set(gold.actors) | set(gold.recipients)
    if not all(normalize_surface(n) in names for n in wanted):
        return False
    return dates_overlap(gold, event)


def gold_persons(gold: GoldEvent, lexicon: Lexicon) -> set[str]:
    """The gold names that are persons: names of countries and organisations are not."""
    out = set()
    for name in (*gold.actors, *gold.recipients):
        kinds = {r.kind for r in lexicon.refs(name)}
        if kinds & {"country", "side", "org", "pair"} and "person" not in kinds:
            continue
        out.add(name)
    return out


def score(gold: dict[str, list[GoldEvent]], outputs: dict[str, list[Event]], lexicon: Lexicon) -> Report:
    report = Report()
    for doc in sorted(set(gold) | set(outputs)):
        golds = sorted(gold.get(doc, []), key=lambda g: not g.core)
        events = list(outputs.get(doc, []))
        pairing = _pair(golds, events, lexicon)
        used = set(pairing.values())
        doc_tally = report.by_doc[doc]
        for index, g in enumerate(golds):
            tally = report.by_type[g.type]
            tally.gold += 1
            tally.core += g.core
            if index not in pairing:
                report.missed.append(g)
                continue
            tally.matched_gold += 1
            tally.core_matched += g.core
        for i, event in enumerate(events):
            tally = report.by_type[event.type]
            tally.output += 1
            if i in used:
                tally.matched_output += 1
            else:
                report.spurious.append((doc, event))
        doc_tally.gold += len(golds)
        doc_tally.core += sum(g.core for g in golds)
        doc_tally.output += len(events)
        doc_tally.matched_output += len(used)
        doc_tally.matched_gold += len(used)
        doc_tally.core_matched += sum(1 for i, g in enumerate(golds) if g.core and i in pairing)
    return report


def _pair(golds: list[GoldEvent], events: list[Event], lexicon: Lexicon) -> dict[int, int]:
    """The largest one-to-one pairing of gold and output events that match (augmenting paths), so a
    loose gold event (no person, no date) cannot take the only output a stricter one could match.
    Candidates of the same type are tried first."""
    options: list[list[int]] = []
    strictness: list[tuple[int, bool]] = []
    for g in golds:
        persons = gold_persons(g, lexicon)
        fitting = [i for i, e in enumerate(events) if matches(g, e, persons, lexicon)]
        options.append(sorted(fitting, key=lambda i: events[i].type != g.type))
        strictness.append((-len(persons), g.precision == "unknown"))
    owner: dict[int, int] = {}

    def place(index: int, seen: set[int]) -> bool:
        for candidate in options[index]:
            if candidate in seen:
                continue
            seen.add(candidate)
            if candidate not in owner or place(owner[candidate], seen):
                owner[candidate] = index
                return True
        return False

    for index in sorted(range(len(golds)), key=lambda i: strictness[i]):
        place(index, set())
    return {gold_index: event_index for event_index, gold_index in owner.items()}


def evaluate(gold_dir: Path, texts: Iterable[str], lexicon: Lexicon, extract_article, *,
             default_published=None) -> Report:
    """Extract every document under `texts` and score it against the gold files in `gold_dir`.

    `default_published` serves documents that carry no publication date of their own."""
    from dataclasses import replace

    from .extraction.dates import published_from_text
    from .ingest import read_paths
    from .model import Failure

    gold = read_gold(gold_dir)
    outputs: dict[str, list[Event]] = {}
    failures = []
    for item in read_paths(texts):
        if isinstance(item, Failure):
            failures.append(str(item))
            continue
        name = Path(item.path or "").stem
        if item.ident and (item.path or "").endswith((".jsonl", ".ndjson")):
            name = f"{name}#{item.ident}"
        if name not in gold:
            continue
        if default_published and not item.published and not published_from_text(item.text):
            item = replace(item, published=default_published)
        outputs[name] = list(extract_article(item).events)
    report = score(gold, outputs, lexicon)
    report.failures = failures
    return report
