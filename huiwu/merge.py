"""Cross-document merging: which single-document events report the same real event.

Pure functions, no I/O: the store finds candidate clusters through blocking keys and
calls `choose` and `reconcile`; everything here can be tested with hand-made `Event`s.

The rule. An event E joins a cluster C (already reconciled from its members) when all hold:

1. **Type family**: `meet` and `talks` are one family; every other type only matches itself.
2. **Key participants** (entity ids): the persons of the event, or, when it names no person,
   its countries and organisations. The sets are identical, or one is a subset of the other
   with at least two members in common. An event with no key participant never merges.
3. **Dates overlap** at their precisions (`2023-11` overlaps `2023-11-15`). The cluster's
   side is its *span*: the days covered by its members' most precise dates that overlap one
   another, so a visit reported as 14–17 November takes reports of the 15th and of the 16th,
   while a cluster whose best date is the 15th does not take the 20th. A date marked
   approximate (guessed from the publication date) is widened to the week before it. Exact
   days one day apart join only a strong match (time zones: the 15th in California is the 16th
   in Beijing) and are kept as a conflict; such a member does not widen the span, so a cluster
   never creeps from day to day. An unknown date on either side is compatible only when
   everything else matches strongly (identical participants, identical type, compatible place)
   and exactly one cluster qualifies.
4. **Places compatible**: the same place, one missing, or a city within the other's country.
   Two different cities of one country are tolerated only for a strong match (identical
   participants and the same day); the disagreement is then kept as a conflict.
5. **Status compatible**: equal, or `planned` with `occurred` (an announced event that then
   took place). `negated` matches only `negated`.
6. **One document, one member**: a cluster never takes two events of the same document —
   the extractor already folds repeated mentions, so two events of one text are two events.
7. **Same content when no person is named**: a complaint, demand, measure, agreement, new body,
   attendance or appointment whose key participants are only countries and bodies joins only a
   cluster about the same thing (its items, body or post share a run of three characters).

Several clusters may qualify; the one with the highest score wins (ties: the older cluster).
The score weighs participant overlap (0.45), date agreement (0.30), place agreement (0.15)
and type agreement (0.10).

Different events stay apart: Xi meeting Blinken ({xi, blinken}) and Wang Yi holding talks with
Blinken ({wang-yi, blinken}) on the same day share one person, so neither set contains the other.

Blocking: an event is only compared with clusters that share one of its keys
(type family, participant pair, period), kept in an indexed table, so the work per event
depends on how often that pair meets, not on the size of the corpus.

Reconciliation (`reconcile`): the most precise date wins (exact before approximate, then day
before month before year, then the value most sources give, then the narrowest, then the
earliest member); member dates that do not overlap it, and different places, are kept in
`conflicts` with their documents and flagged. The cluster id is derived from its first
member's id, and members are kept in insertion order, so the same input always gives the
same clusters and ids. Reconciling is a fold (`Fold`): the store keeps each cluster's fold and
takes a new member in without reading the others again.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from .model import DateValue, Event, Location, Participant, Source, content_id

FAMILIES = {"meet": "meet", "talks": "meet"}
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}
MAX_KEY_PARTICIPANTS = 8
APPROXIMATE_BEFORE = timedelta(days=7)
APPROXIMATE_AFTER = timedelta(days=1)
LONG_RANGE_MONTHS = 3
CONFIDENCE_CAP = 0.99
WEIGHTS = {"participants": 0.45, "date": 0.30, "place": 0.15, "type": 0.10}


# ---- the parts of the rule ---------------------------------------------------------------
def family(kind: str) -> str:
    """The type family: meet and talks are one; every other type is its own."""
    return FAMILIES.get(kind, kind)


def key_participants(event: Event) -> frozenset[str]:
    """The entity ids that identify an event: its persons, else its countries and organisations."""
    everyone = (*event.actors, *event.recipients)
    persons = {p.id for p in everyone if p.kind == "person"}
    return frozenset(persons or {p.id for p in everyone})


def date_interval(value: DateValue) -> tuple[date, date] | None:
    """The first and last day a date covers (widened when approximate), or None when unknown."""
    return _interval(value.start, value.end, value.approximate)


@functools.lru_cache(maxsize=65536)
def _interval(start: str | None, end: str | None, approximate: bool) -> tuple[date, date] | None:
    # Merging asks for the interval of the same few thousand dates again and again (a dozen
    # times per event): each is worked out once.
    first = day_bound(start, last=False)
    last = day_bound(end or start, last=True)
    if first is None or last is None or last < first:
        return None
    if approximate:
        first, last = first - APPROXIMATE_BEFORE, last + APPROXIMATE_AFTER
    return first, last


def day_bound(text: str | None, *, last: bool) -> date | None:
    """`2023`, `2023-11` or `2023-11-15` as its first (or last) day."""
    if not text:
        return None
    try:
        parts = [int(piece) for piece in text.split("-")[:3]]
        if len(parts) == 1:
            return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)
        if len(parts) == 2:
            day = calendar.monthrange(parts[0], parts[1])[1] if last else 1
            return date(parts[0], parts[1], day)
        return date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError):
        return None


def dates_overlap(a: DateValue, b: DateValue) -> bool:
    """True when both dates are known and cover at least one common day."""
    first, second = date_interval(a), date_interval(b)
    if first is None or second is None:
        return False
    return first[0] <= second[1] and second[0] <= first[1]


def places_relation(a: Location | None, b: Location | None) -> str:
    """`same`, `missing`, `within` (a city in the other's country), `sibling` (two places
    of one country) or `different`."""
    if a is None or b is None:
        return "missing"
    if _place_key(a) == _place_key(b):
        return "same"
    if a.country and a.country == b.country:
        if _is_country(a) or _is_country(b):
            return "within"
        return "sibling"
    return "different"


def _place_key(place: Location) -> str:
    return place.id or f"{place.country}:{place.name}"


def _is_country(place: Location) -> bool:
    return (place.id or "").startswith("country/")


def statuses_compatible(a: str, b: str) -> bool:
    return a == b or {a, b} == {"planned", "occurred"}


# ---- blocking -------------------------------------------------------------------------------
def participant_pairs(keyset: Iterable[str]) -> list[str]:
    """Every pair of key participants (a single one pairs with itself), as `a+b`."""
    ids = sorted(keyset)[:MAX_KEY_PARTICIPANTS]
    if len(ids) == 1:
        return [f"{ids[0]}+{ids[0]}"]
    return [f"{a}+{b}" for a, b in itertools.combinations(ids, 2)]


def index_periods(value: DateValue) -> list[str]:
    """The periods a cluster with this date is filed under: its months, its years for a
    year or a long range, `?` when unknown."""
    interval = date_interval(value)
    if interval is None:
        return ["?"]
    months = _months(*interval)
    if value.precision == "year" or len(months) > LONG_RANGE_MONTHS:
        return sorted({m[:4] for m in months})
    return months


def lookup_periods(value: DateValue) -> list[str] | None:
    """The periods an event with this date must look in; None means every period
    (an unknown date can only be placed through its participants)."""
    if date_interval(value) is None:
        return None
    filed = index_periods(value)
    years = sorted({p[:4] for p in filed})
    wider = [f"{year}-{month:02d}" for year in years for month in range(1, 13)] if len(filed[0]) == 4 else []
    return sorted({*filed, *years, *wider, "?"})


def _months(first: date, last: date) -> list[str]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def blocking_keys(event: Event) -> list[tuple[str, str, str]]:
    """(family, pair, period) keys under which a cluster founded or joined by `event` is filed."""
    keyset = key_participants(event)
    if not keyset:
        return []
    periods = index_periods(event.date)
    return [(family(event.type), pair, period) for pair in participant_pairs(keyset) for period in periods]


# ---- comparing an event with a cluster ------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ClusterView:
    """What the merge needs to know of an existing cluster."""

    id: str
    event: Event  # the reconciled event
    keyset: frozenset[str]
    documents: frozenset[str]
    number: int = 0  # insertion order: older clusters win ties
    span: tuple[date, date] | None = None  # days of the members' most precise dates


@dataclass(frozen=True, slots=True)
class Match:
    """Why an event joins a cluster: the evidence `huiwu events --explain` shows."""

    cluster: str
    key: str
    common: tuple[str, ...]
    date: str
    place: str
    type: str
    score: float
    strong: bool

    def to_dict(self) -> dict[str, Any]:
        return {"cluster": self.cluster, "key": self.key, "common": list(self.common),
                "date": self.date, "place": self.place, "type": self.type,
                "score": round(self.score, 3), "strong": self.strong}


def compare(event: Event, cluster: ClusterView) -> Match | None:
    """A `Match` when `event` may join `cluster` under the rule above, else None."""
    target = cluster.event
    if family(event.type) != family(target.type) or not statuses_compatible(event.status, target.status):
        return None
    if {s.doc for s in event.sources} & cluster.documents:
        return None
    keyset = key_participants(event)
    participants = _participants_relation(keyset, cluster.keyset)
    if participants is None:
        return None
    if not any(k.startswith("person/") for k in keyset) and not _same_content(event, target):
        return None
    place = places_relation(event.location, target.location)
    strong = participants == "identical" and event.type == target.type and place != "different"
    days = date_interval(event.date)
    gap = _gap(days, cluster.span) if days and cluster.span else None
    if place == "different" or (place == "sibling" and not (strong and gap == 0 and _exact_day(event.date))):
        return None
    if gap is None and not strong:
        return None
    if gap and not (strong and gap == 1 and _exact_day(event.date) and _exact_day(target.date)):
        return None
    return _match(event, cluster, keyset, place, strong, gap)


_CONTENT_TYPES = {"concern", "demand", "sanction", "agree", "establish", "attend", "appoint"}


def _same_content(event: Event, target: Event) -> bool:
    """Rule 7: without a person to go by, two complaints, demands, measures or agreements of the
    same sides are one only when they are about the same thing (中方对A表示不满 and 中方对B表示不满
    on one day are two events)."""
    if event.type not in _CONTENT_TYPES:
        return True
    mine = " ".join((*event.items, event.created or "", event.post or ""))
    theirs = " ".join((*target.items, target.created or "", target.post or ""))
    if not mine.strip() or not theirs.strip():
        return False
    grams = {mine[i:i + 3] for i in range(len(mine) - 2)}
    return any(theirs[i:i + 3] in grams for i in range(len(theirs) - 2))


def _gap(days: tuple[date, date], span: tuple[date, date]) -> int:
    """Days between two intervals; 0 when they overlap."""
    if days[0] <= span[1] and span[0] <= days[1]:
        return 0
    return (days[0] - span[1]).days if days[0] > span[1] else (span[0] - days[1]).days


def _exact_day(value: DateValue) -> bool:
    return value.precision == "day" and not value.approximate and bool(value.start)


def _participants_relation(mine: frozenset[str], theirs: frozenset[str]) -> str | None:
    if not mine or not theirs:
        return None
    if mine == theirs:
        return "identical"
    if (mine < theirs or theirs < mine) and len(mine & theirs) >= 2:
        return "subset"
    return None


def _match(event: Event, cluster: ClusterView, keyset: frozenset[str], place: str, strong: bool,
           gap: int | None) -> Match:
    common = tuple(sorted(keyset & cluster.keyset))
    date_label, date_score = _date_agreement(event.date, cluster.event.date, gap)
    place_score = {"same": 1.0, "within": 0.7, "missing": 0.5, "sibling": 0.3}[place]
    type_score = 1.0 if event.type == cluster.event.type else 0.7
    jaccard = len(common) / len(keyset | cluster.keyset)
    score = (WEIGHTS["participants"] * jaccard + WEIGHTS["date"] * date_score
             + WEIGHTS["place"] * place_score + WEIGHTS["type"] * type_score)
    key = f"{family(event.type)}|{participant_pairs(common)[0]}|{index_periods(event.date)[0]}"
    type_label = "same type" if type_score == 1.0 else f"{event.type} ~ {cluster.event.type}"
    return Match(cluster.id, key, common, date_label, place, type_label, score, strong)


def _date_agreement(a: DateValue, b: DateValue, gap: int | None) -> tuple[str, float]:
    if gap is None:
        return "unknown on one side", 0.3
    if gap:
        return f"{gap} day apart: {_date_text(a)} ~ {_date_text(b)}", 0.2
    if (a.start, a.end, a.precision) == (b.start, b.end, b.precision):
        return f"same {a.precision}: {_date_text(a)}", 0.5 if a.approximate else 1.0
    if a.approximate or b.approximate:
        return f"approximate overlap: {_date_text(a)} ~ {_date_text(b)}", 0.5
    return f"overlap: {_date_text(a)} ~ {_date_text(b)}", 0.8


def _date_text(value: DateValue) -> str:
    text = value.start or "?"
    return f"{text}…{value.end}" if value.end else text


def choose(event: Event, clusters: Sequence[ClusterView]) -> Match | None:
    """The best cluster for `event` among the blocking candidates, or None for a new cluster.
    An undated match must be unambiguous: with two qualifying clusters it joins neither."""
    matches = [(m, c.number) for c in clusters if (m := compare(event, c)) is not None]
    if not matches:
        return None
    undated = date_interval(event.date) is None
    if undated and len(matches) > 1:
        return None
    matches.sort(key=lambda pair: (-pair[0].score, pair[1]))
    return matches[0][0]


# ---- reconciling a cluster -----------------------------------------------------------------
def cluster_id(first_member_id: str) -> str:
    """The id of a cluster: derived from the id of its first member, so it never changes."""
    return content_id("ev", "cluster", first_member_id)


@dataclass(frozen=True, slots=True)
class Reconciled:
    """A cluster's merged event, what its members disagree on, and how many sources,
    documents and outlets stand behind it."""

    event: Event
    keyset: frozenset[str]
    conflicts: tuple[dict[str, Any], ...] = field(default=())
    span: tuple[date, date] | None = None
    source_count: int = 0
    document_count: int = 0
    outlet_count: int = 0


def reconcile(ident: str, members: Sequence[Event]) -> Reconciled:
    """One event from the members of a cluster (in insertion order)."""
    return Fold.of(members).result(ident, tuple(s for m in members for s in m.sources))


class Fold:
    """What reconciling needs to know of a cluster's members, taken in one member at a time.

    A cluster that gains a member folds the newcomer into its stored fold instead of reading
    and reconciling every member again, so a join costs the same in a cluster of two and of two
    hundred. `reconcile` is the fold of all members: the full and the incremental result are the
    same by construction. The state is plain JSON (values in their `to_dict` form, anything
    whose order matters in lists) so that the store can keep it with the cluster.

    Per value (date, place, type) it keeps how many members give it and the first member that
    did, which is all the rules of `reconcile` look at: support, then insertion order."""

    __slots__ = ("state",)

    def __init__(self, state: dict[str, Any] | None = None) -> None:
        self.state: dict[str, Any] = state if state is not None else {
            "size": 0, "parent": None, "status": None, "occurred": False, "types": [], "dates": [],
            "exact": None, "date_values": [], "span": None, "places": [], "specific": [], "countries": [],
            "place_values": [], "actors": [], "recipients": [], "items": [], "count": None, "post": None,
            "predecessor": None, "created": None, "confidence": 0.0, "independent": [], "documents": [],
            "outlets": [], "sources": 0, "flags": [], "keyset": [],
        }

    @classmethod
    def of(cls, members: Iterable[Event]) -> Fold:
        fold = cls()
        for member in members:
            fold.add(member)
        return fold

    @property
    def size(self) -> int:
        return self.state["size"]

    def add(self, event: Event) -> None:
        """Take in one more member (the cluster's newest)."""
        state, index = self.state, self.state["size"]
        if index == 0:
            state["parent"], state["status"] = event.parent, event.status
        state["size"] = index + 1
        state["occurred"] = state["occurred"] or event.status == "occurred"
        _tally(state["types"], event.type, index, [dict(event.plover), event.cameo])
        self._add_date(event, index)
        self._add_place(event, index)
        placed = {p["id"] for p in (*state["actors"], *state["recipients"])}
        for role in ("actors", "recipients"):
            for person in getattr(event, role):
                if person.id not in placed:
                    placed.add(person.id)
                    state[role].append(person.to_dict())
        _extend_unique(state["items"], event.items)
        for name in ("count", "post", "predecessor", "created"):
            if not state[name] and getattr(event, name):
                state[name] = getattr(event, name)
        state["confidence"] = max(state["confidence"], event.confidence) if index else event.confidence
        _insert_sorted(state["independent"], (s.outlet or f"doc:{s.doc}" for s in event.sources))
        _insert_sorted(state["documents"], (s.doc for s in event.sources))
        _insert_sorted(state["outlets"], (s.outlet for s in event.sources if s.outlet))
        state["sources"] += len(event.sources)
        _extend_unique(state["flags"], event.flags)
        _insert_sorted(state["keyset"], key_participants(event))

    def _add_date(self, event: Event, index: int) -> None:
        state, value = self.state, event.date
        _tally(state["dates"], list(_date_key(value)), index, value.to_dict())
        interval = date_interval(value)
        if interval is None:
            return
        first, last = interval[0].toordinal(), interval[1].toordinal()
        if not value.approximate:  # exact dates: the conflict test needs their latest start and earliest end
            exact = state["exact"]
            state["exact"] = [first, last] if exact is None else [max(exact[0], first), min(exact[1], last)]
            _group(state["date_values"], _date_text(value), event)
        rank = [int(value.approximate), PRECISION_RANK.get(value.precision, 3)]
        span = state["span"]
        if span is None or rank < span[:2]:
            state["span"] = [*rank, first, last]
        elif rank == span[:2] and first <= span[3] and span[2] <= last:
            state["span"] = [*rank, min(span[2], first), max(span[3], last)]
        # a day next to the span (a time zone apart) joins as a conflict but does not widen the
        # span: else reports of one complaint a day apart would chain into one cluster for weeks

    def _add_place(self, event: Event, index: int) -> None:
        state, place = self.state, event.location
        if place is None:
            return
        key = _place_key(place)
        _tally(state["places"], key, index, place.to_dict())
        if not _is_country(place):
            _extend_unique(state["specific"], [key])
        _extend_unique(state["countries"], [place.country])
        _group(state["place_values"], place.name, event)

    # ---- the reconciled event ----------------------------------------------------------------
    def result(self, ident: str, sources: tuple[Source, ...] = ()) -> Reconciled:
        """The merged event under id `ident`, with `sources` as its sources (the members' own,
        in member order; the store passes none and writes the stored ones)."""
        state = self.state
        single = state["size"] == 1
        best_date, date_conflict = self._date()
        place, place_conflict = self._place()
        conflicts = tuple(c for c in (date_conflict, place_conflict) if c)
        kind, _, _, (plover, cameo) = max(state["types"], key=lambda entry: (entry[1], -entry[2]))
        actors, recipients = (tuple(_participant(p, single) for p in state[role]) for role in ("actors", "recipients"))
        flags = tuple(dict.fromkeys((*state["flags"], *(f"conflicting-{c['field']}" for c in conflicts))))
        merged = Event(
            id=ident, type=kind, status="occurred" if state["occurred"] else state["status"], actors=actors,
            recipients=recipients, date=_strip_date_mention(best_date, state["size"]), location=place,
            sources=sources, parent=state["parent"], plover=dict(plover), cameo=cameo, items=tuple(state["items"]),
            count=state["count"], post=state["post"], predecessor=state["predecessor"], created=state["created"],
            confidence=_confidence(state["confidence"], len(state["independent"])), flags=flags,
        )
        span = (date.fromordinal(state["span"][2]), date.fromordinal(state["span"][3])) if state["span"] else None
        return Reconciled(merged, frozenset(state["keyset"]), conflicts, span, state["sources"],
                          len(state["documents"]), len(state["outlets"]))

    def _date(self) -> tuple[DateValue, dict[str, Any] | None]:
        """The most precise date (exact before approximate, then day before month before year,
        then the value most members give, then the narrowest, then the earliest member), and
        the exact member dates when one of them does not overlap it."""
        ranked = []
        for _, support, first, data in self.state["dates"]:
            value = DateValue.from_dict(data)
            interval = date_interval(value)
            width = (interval[1] - interval[0]).days if interval else 10**6
            ranked.append(((interval is None, value.approximate, PRECISION_RANK.get(value.precision, 3),
                            -support, width, first), value))
        best = min(ranked, key=lambda pair: pair[0])[1]
        interval, exact = date_interval(best), self.state["exact"]
        if interval is None or exact is None:
            return best, None
        if exact[0] <= interval[1].toordinal() and exact[1] >= interval[0].toordinal():
            return best, None
        return best, _conflict("date", self.state["date_values"])

    def _place(self) -> tuple[Location | None, dict[str, Any] | None]:
        """The most specific place most members give; different named places are a conflict."""
        places = self.state["places"]
        if not places:
            return None, None
        data = min(places, key=lambda entry: ((entry[3].get("id") or "").startswith("country/"), -entry[1], entry[2]))[3]
        best = Location.from_dict(data)
        mention_free = best if self.state["size"] == 1 else replace(best, mention=None)
        if len(self.state["specific"]) <= 1 and len(self.state["countries"]) <= 1:
            return mention_free, None
        return mention_free, _conflict("place", self.state["place_values"])


def _tally(entries: list[list[Any]], key: Any, index: int, value: Any) -> None:
    """Count one more member giving `key`; the first member to give it leaves its index and value."""
    for entry in entries:
        if entry[0] == key:
            entry[1] += 1
            return
    entries.append([key, 1, index, value])


def _group(groups: list[list[Any]], value: str, member: Event) -> None:
    """File a member's documents under the value it gives (values in first-seen order)."""
    for entry in groups:
        if entry[0] == value:
            break
    else:
        entry = [value, []]
        groups.append(entry)
    _extend_unique(entry[1], (s.doc for s in member.sources))


def _extend_unique(values: list[Any], more: Iterable[Any]) -> None:
    for value in more:
        if value not in values:
            values.append(value)


def _insert_sorted(values: list[str], more: Iterable[str]) -> None:
    """A sorted list used as a set (JSON has no sets)."""
    for value in more:
        at = bisect.bisect_left(values, value)
        if at == len(values) or values[at] != value:
            values.insert(at, value)


def _participant(data: dict[str, Any], single: bool) -> Participant:
    """Mentions are kept only for a single-source event: a merged event's spans are in its sources."""
    person = Participant.from_dict(data)
    return person if single else replace(person, mention=None)


def _date_key(value: DateValue) -> tuple:
    return (value.start, value.end, value.precision, value.approximate)


def _strip_date_mention(value: DateValue, members: int) -> DateValue:
    return value if members == 1 else replace(value, mention=None)


def _conflict(name: str, groups: list[list[Any]]) -> dict[str, Any]:
    """`{field, values: [{value, documents}]}` in first-seen order."""
    return {"field": name, "values": [{"value": value, "documents": list(docs)} for value, docs in groups]}


def confidence(members: Sequence[Event]) -> float:
    """Grows with independent sources (distinct outlets; a document with no outlet counts
    on its own): each further source removes 40% of the remaining doubt. Capped below 1."""
    base = max(m.confidence for m in members)
    independent = {s.outlet or f"doc:{s.doc}" for m in members for s in m.sources}
    return _confidence(base, len(independent))


def _confidence(base: float, independent: int) -> float:
    return min(CONFIDENCE_CAP, 1 - (1 - base) * 0.6 ** (independent - 1))
