"""One document in, its events out: the ordered steps of extraction.

    build_doc → per sentence: find_mentions → SentenceReader.read → resolve roles, dates, places
    → nest and count → fold repeated mentions of one event → codes and ids
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date

from ..lexicon import Lexicon
from ..model import (
    UNKNOWN_DATE,
    Article,
    DateValue,
    Event,
    Extraction,
    Location,
    Participant,
    Source,
    Span,
)
from .codes import codes_for
from .dates import resolve
from .document import Doc, build_doc
from .events import Candidate, SentenceReader
from .mentions import Mention, find_mentions

_MEETING_FAMILY = {"meet": "meet", "talks": "meet"}
_NEEDS_TWO = {"meet", "talks", "call"}


def doc_id_for(text: str) -> str:
    return "doc_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class _State:
    """What the document has said so far: for pronouns, 同日, nesting and carried dates."""

    last_exchange: list[Participant] = field(default_factory=list)
    last_exchange_event: Event | None = None
    lead_exchange_event: Event | None = None
    last_visit: Event | None = None
    last_date: DateValue | None = None
    last_actors: list[Participant] = field(default_factory=list)
    lead_date: DateValue | None = None
    events: list[Event] = field(default_factory=list)


class Extractor:
    """Holds the lexicon and the compiled vocabulary; `extract` is then pure and re-entrant."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.reader = SentenceReader(lexicon)
        self.heads = tuple(lexicon.marker_words("heads"))

    def extract_article(self, article: Article) -> Extraction:
        from .dates import published_from_text

        published = article.published or published_from_text(article.text)
        doc = build_doc(article.text, self.lexicon, published=published, title=article.title,
                        markup=article.markup, doc_id="")
        doc.doc_id = doc_id_for(doc.text)
        notes = []
        if published is None:
            notes.append("no publication date found: relative and year-less dates are left unresolved")
        events = self._events(doc, article)
        return Extraction(doc=doc.doc_id, article=replace(article, published=published),
                          events=tuple(events), notes=tuple(notes))

    # ---- the document --------------------------------------------------------------------
    def _events(self, doc: Doc, article: Article) -> list[Event]:
        memory: dict = {}
        state = _State()
        events: list[Event] = []
        for sentence in doc.sentences:
            if sentence.noise:
                continue
            if any(t.has("cue", "person", "post", "title") for t in sentence.tokens):
                mentions = find_mentions(doc, sentence, self.lexicon, memory)
                candidates = self.reader.read(doc, sentence, mentions)
                self._suppress_inside_items(candidates)
                for candidate in candidates:
                    for event in self._build(doc, article, candidate, state, memory):
                        events.append(event)
                        self._remember(state, event)
            self._note_dates(doc, sentence, state)
            self._note_inviter(doc, sentence, state, events, memory)
        return _fold(events)

    def _note_inviter(self, doc: Doc, sentence, state: _State, events: list[Event], memory: dict) -> None:
        """此行是应拜登邀请: the invitation, told after the visit, names the host of that visit."""
        visit = state.last_visit
        segment = doc.text[sentence.start:sentence.end]
        if visit is None or visit not in events or not re.search(r"此行|此访|此次访问|这次访问|本次访问", segment):
            return
        invited = re.search(r"应(.{1,30}?)(?:的)?(?:邀请|之邀)", segment)
        if not invited:
            return
        start, end = sentence.start + invited.start(1), sentence.start + invited.end(1)
        people = [t for t in sentence.tokens if start <= t.start < end and t.has("person")]
        on = _day_of(visit.date)
        hosts = [self._person(Mention(t.start, t.end, "person", [r.id for r in t.of("person")], t.form),
                              doc.raw_span(t.start, t.end), on, memory) for t in people]
        known = {p.id for p in (*visit.actors, *visit.recipients)}
        new = [h for h in hosts if h.id not in known]
        if new:
            updated = replace(visit, recipients=(*new, *visit.recipients))
            events[events.index(visit)] = updated
            state.last_visit = updated

    def _note_dates(self, doc: Doc, sentence, state: _State) -> None:
        """A dated sentence without events still sets the day that 当天/同日 and undated events refer to."""
        if not sentence.dates or (state.events and state.events[-1].sources[0].sentence.start
                                  >= doc.norm.raw_offset(sentence.start)):
            return
        expr = sentence.dates[-1]
        value = resolve(expr, anchor=doc.anchor, published=doc.published, past=True, context=state.last_date)
        if value.start and value.precision == "day" and not value.approximate:
            state.last_date = value

    def _suppress_inside_items(self, candidates: list[Candidate]) -> None:
        """出口管制 inside 表达对…出口管制…关切 is what is complained of, not a new sanction."""
        spans = [c.item_span for c in candidates if c.item_span and c.type in ("concern", "demand", "agree")]
        for candidate in list(candidates):
            if not any(s <= candidate.cue.start < e for s, e in spans):
                continue
            if candidate.type == "sanction":
                candidates.remove(candidate)
            elif candidate.type in ("meet", "talks", "call") and not any(
                    m.kind == "person" and any(s <= m.start < e for s, e in spans)
                    for m in (*candidate.actors, *candidate.recipients)):
                candidates.remove(candidate)  # 同意继续就…进行磋商: a topic agreed on, not a meeting
            elif candidate.type in ("visit", "meet", "talks", "call", "attend", "establish") \
                    and candidate.status == "occurred" and any(
                        c.type == "agree" and c.item_span and c.item_span[0] <= candidate.cue.start < c.item_span[1]
                        for c in candidates):
                candidate.status = "planned"  # 同意…访问美国: agreed to, not yet done

    def _remember(self, state: _State, event: Event) -> None:
        state.events.append(event)
        if event.date.start and event.date.precision in ("day", "month"):
            state.last_date = event.date
        if state.lead_date is None and event.date.start:
            state.lead_date = event.date
        if event.type in ("meet", "talks", "call", "visit") and event.actors:
            people = [p for p in (*event.actors, *event.recipients) if p.kind == "person"]
            if len(people) >= 2:
                state.last_exchange = people
                state.last_exchange_event = event
                state.lead_exchange_event = state.lead_exchange_event or event
        if event.type == "visit":
            state.last_visit = event
        if event.actors:
            state.last_actors = list(event.actors)

    # ---- one candidate -----------------------------------------------------------------
    def _build(self, doc: Doc, article: Article, c: Candidate, state: _State, memory: dict) -> list[Event]:
        status = c.status
        self._context_people = c.context
        self._dated = c.date_expr is not None
        self._referent: Event | None = None
        date_value = None if c.commentary else self._explicit_date(doc, c, state, status)
        if date_value is None and c.during and state.last_exchange_event is not None:
            date_value = state.last_exchange_event.date
        on = _day_of(date_value) if date_value else (_day_of(state.last_date) if state.last_date else doc.anchor)
        actors = self._participants(doc, c.actors, on, state, memory)
        recipients = self._participants(doc, c.recipients + c.inviters, on, state, memory)
        if c.type in _NEEDS_TWO and not recipients and len(actors) > 1:
            actors, recipients = actors[:1], actors[1:]
        if c.type in _NEEDS_TWO and not recipients:
            recipients = self._delegation(doc, c)
        actors = self._speaking_for(doc, c, actors, on, memory)
        if c.commentary and not self._coreferent(c, state, actors, recipients):
            return []
        if date_value is None:
            date_value = self._implicit_date(doc, c, state, actors, recipients)
        if status == "occurred" and date_value.start and doc.published and \
                date_value.start[:10] > doc.published.isoformat() and not c.reported:
            status = "planned"
        recipients = [r for r in recipients if r.id not in {a.id for a in actors}]
        location = self._location(doc, c, on, state)
        if c.type == "visit":
            host = self._host(c, location)
            if host and host.id not in {r.id for r in recipients} and not any(
                    r.kind == "country" and r.country == host.country for r in recipients):
                recipients.append(host)
        if not self._complete(c, actors, recipients, location):
            return []
        parent = None
        if c.during and state.last_exchange_event is not None and c.type not in ("meet", "talks", "call"):
            parent = state.last_exchange_event.id
        elif c.nested and state.last_visit is not None and c.type != "visit":
            parent = state.last_visit.id
            location = location or state.last_visit.location
        confidence = self._confidence(c, actors, recipients, date_value)
        groups = self._separately(doc, c, actors, recipients)
        out = []
        for group_actors, group_recipients in groups:
            plover, cameo = codes_for(c.type, signing=c.signing, cue=c.cue.form, sentence=doc.text[
                c.sentence.start:c.sentence.end], actors=group_actors, recipients=group_recipients,
                location=location)
            source = Source(
                doc=doc.doc_id, sentence=doc.raw_span(c.sentence.start, c.sentence.end, with_text=False),
                url=article.url, outlet=article.outlet,
                published=doc.published.isoformat() if doc.published else None,
                trigger=doc.raw_span(c.cue.start, c.cue.end),
            )
            event = Event(
                type=c.type, status=status, actors=tuple(group_actors), recipients=tuple(group_recipients),
                date=date_value, sources=(source,), location=location, parent=parent, count=c.count,
                items=tuple(c.items), post=c.post,
                predecessor=self._predecessor_name(c), created=c.created,
                plover=plover, cameo=cameo, confidence=confidence,
                flags=tuple(f for p in (*group_actors, *group_recipients) for f in p.flags),
            ).with_id()
            out.append(event)
        return out

    def _speaking_for(self, doc: Doc, c: Candidate, actors, on, memory):
        """习近平指出…中方对此表达严重关切: the side speaks through the person who said it."""
        speaker = [m for m in c.speaker if m.kind == "person"]
        if not speaker or not actors or any(a.kind != "country" for a in actors):
            return actors
        person = self._person(speaker[0], doc.raw_span(speaker[0].start, speaker[0].end), on, memory)
        if person.country and person.country in {a.country for a in actors}:
            return [person]
        return actors

    def _delegation(self, doc: Doc, c: Candidate) -> list[Participant]:
        """会见美国国会众议员代表团: a delegation the lexicon cannot name is still the other side."""
        end = c.region[1] if c.region else c.sentence.end
        window = doc.text[c.cue.end:end] if c.type == "meet" else doc.text[c.sentence.start:c.cue.start]
        match = _DELEGATION.search(window)
        if not match:
            return []
        offset = c.cue.end if c.type == "meet" else c.sentence.start
        name = match.group("name")
        start = offset + match.start("name")
        country = next((r.id for t in c.sentence.tokens if start <= t.start < offset + match.end()
                        for r in t.refs if r.kind == "country"), None)
        return [Participant(f"org/{name}", name, "org", None, country, mention=doc.raw_span(start, offset + match.end()))]

    def _predecessor_name(self, c: Candidate) -> str | None:
        if c.predecessor is None:
            return None
        ident = c.predecessor.ids[0]
        entity = self.lexicon.entity(ident)
        return entity.name if entity else c.predecessor.name

    def _complete(self, c: Candidate, actors, recipients, location) -> bool:
        if c.type in _NEEDS_TWO:
            return bool(actors) and bool(recipients)
        if c.type == "visit":
            return bool(actors) and (c.destination is not None or bool(c.destination_iso3) or bool(c.inviters))
        if c.type == "attend":
            return bool(actors) and bool(c.items)
        if c.type == "appoint":
            return bool(actors) and bool(c.post or c.predecessor)
        if c.type == "establish":
            return bool(c.created)
        if c.type == "sanction":
            return bool(actors or recipients)
        if c.type == "demand":
            return bool(actors) and bool(recipients)
        return bool(actors)

    def _separately(self, doc: Doc, c: Candidate, actors, recipients):
        """分别会见A、B / A、B陆续访华: one event for each."""
        separately = self.reader.separately
        head = doc.text[c.sentence.start:c.cue.end]
        if separately is None or not separately.search(head):
            return [(actors, recipients)]
        if c.type in ("meet", "call", "talks") and len(recipients) > 1:
            return [(actors, [r]) for r in recipients]
        if c.type == "visit" and len(actors) > 1:
            return [([a], recipients) for a in actors]
        return [(actors, recipients)]

    def _confidence(self, c: Candidate, actors, recipients, date_value) -> float:
        score = 0.55
        if all(a.kind == "person" for a in actors) and actors:
            score += 0.1
        if recipients:
            score += 0.1
        if date_value.precision == "day" and not date_value.approximate:
            score += 0.1
        if c.reported:
            score -= 0.2
        if any(p.candidates for p in (*actors, *recipients)):
            score -= 0.15
        return max(0.05, min(0.95, score))

    # ---- dates -----------------------------------------------------------------------------
    def _explicit_date(self, doc: Doc, c: Candidate, state: _State, status: str) -> DateValue | None:
        if c.date_expr is None:
            return None
        expr = c.date_expr
        value = resolve(expr, anchor=doc.anchor, published=doc.published, past=not c.future,
                        context=state.last_date, raw_span=doc.norm.raw_span(expr.start, expr.end))
        return value if value.start else None

    def _implicit_date(self, doc: Doc, c: Candidate, state: _State, actors, recipients) -> DateValue:
        """An undated mention: the same event told before, the exchange 双方 points to, the visit it
        happened during, the event just before, or the day of the report."""
        earlier = self._coreferent(c, state, actors, recipients)
        if earlier is not None and earlier.date.start:
            return earlier.date
        if any(m.kind in ("both", "heads") for m in c.actors) and state.last_exchange_event is not None:
            return (self._referent or state.last_exchange_event).date
        if c.nested and state.last_visit is not None:
            return state.last_visit.date
        if state.last_date is not None:
            return state.last_date
        if doc.anchor is not None:
            return DateValue(doc.anchor.isoformat(), None, "day", None, None, True)
        return UNKNOWN_DATE

    def _coreferent(self, c: Candidate, state: _State, actors, recipients) -> Event | None:
        """An earlier event of the same kind between the same people: a re-mention most often
        points back to the lead, so the first one wins."""
        people = {p.id for p in (*actors, *recipients) if p.kind == "person"}
        if not people:
            return None
        if c.type not in ("meet", "talks", "call", "visit", "agree"):
            return None
        for earlier in state.events:
            earlier_people = {p.id for p in (*earlier.actors, *earlier.recipients) if p.kind == "person"}
            if _family(earlier.type) == _family(c.type) and (
                    people == earlier_people or len(people & earlier_people) >= 2):
                return earlier
        return None

    # ---- participants ------------------------------------------------------------------
    def _participants(self, doc: Doc, mentions: list[Mention], on: date | None, state: _State,
                      memory: dict) -> list[Participant]:
        out: list[Participant] = []
        for mention in mentions:
            for participant in self._participant(doc, mention, on, state, memory):
                if participant.id not in {p.id for p in out}:
                    out.append(participant)
        return out

    def _participant(self, doc: Doc, m: Mention, on: date | None, state: _State, memory: dict) -> list[Participant]:
        span = doc.raw_span(m.start, m.end)
        if m.kind == "person":
            return [self._person(m, span, on, memory)]
        if m.kind in ("country", "pair", "modifier"):
            return [self._country(iso3, span) for iso3 in (m.countries or (m.country,)) if iso3]
        if m.kind == "org":
            entity = self.lexicon.entity(m.ids[0])
            return [Participant(m.ids[0], entity.name if entity else m.name, "org",
                                entity.name_en if entity else None, entity.country if entity else None,
                                mention=span)]
        if m.kind == "both":
            return self._both(doc, m, on, state, memory)
        if m.kind == "he":
            return [p for p in state.last_actors if p.kind == "person"][:1]
        if m.kind == "we":
            spokesperson = memory.get("spokesperson")
            return [self._country((spokesperson.country if spokesperson else None) or "CHN", span)]
        if m.kind == "heads":
            countries = m.countries or tuple(sorted({p.country for p in state.last_exchange if p.country}))
            people = [p for iso3 in countries for p in self._holders_of_head(iso3, on, span)]
            return people or list(state.last_exchange)
        if m.kind == "title":
            return self._title_holder(m, span, on)
        return []

    def _both(self, doc: Doc, m: Mention, on: date | None, state: _State, memory: dict) -> list[Participant]:
        """双方/两人: the two persons just named in the sentence, else the last exchange."""
        named = [p for p in self._context_people if p.end <= m.start]
        if len(named) >= 2:
            people = []
            for mention in named[-2:]:
                person = self._person(mention, doc.raw_span(mention.start, mention.end), on, memory)
                if person.id not in {p.id for p in people}:
                    people.append(person)
            if len(people) == 2:
                return people
        exchange = _referent_exchange(state, dated=self._dated)
        self._referent = exchange
        if exchange is None:
            pair = next((r.extra for r in self.lexicon.refs(m.name[:2]) if r.kind == "pair"), None)
            if pair and not state.last_exchange:
                return [self._country(iso3, doc.raw_span(m.start, m.end)) for iso3 in pair]  # 中美双方
            return list(state.last_exchange)
        return [p for p in (*exchange.actors, *exchange.recipients) if p.kind == "person"]

    def _person(self, m: Mention, span: Span, on: date | None, memory: dict) -> Participant:
        if not m.known:
            holder = self._holder_like(m, on)
            if holder is not None:
                m = Mention(m.start, m.end, "person", [holder], m.name, titles=m.titles, post_ids=m.post_ids,
                            country=m.country)
        ids = m.ids
        chosen = ids[0]
        candidates: tuple[str, ...] = ()
        if len(ids) > 1:
            fitting = [i for i in ids if on and any(p.id in m.post_ids for p in self.lexicon.posts_held(i, on=on))]
            if not fitting and on:
                fitting = [i for i in ids if self.lexicon.posts_held(i, on=on)]
            if len(fitting) == 1:
                chosen = fitting[0]
            else:
                candidates = tuple(ids)
        entity = self.lexicon.entity(chosen)
        titles = list(m.titles)
        flags: list[str] = []
        if not titles:
            remembered = memory.get("titles", {}).get(chosen)
            if remembered:
                titles = list(remembered[0])
        if entity is not None and on is not None:
            held = self.lexicon.posts_held(chosen, on=on)
            if not titles:
                titles = [p.name for p in held]
            elif m.post_ids and held and not set(m.post_ids) & {p.id for p in held}:
                ever = {h.post for h in self.lexicon.holdings_of(chosen)}
                if set(m.post_ids) & ever:
                    flags.append("title-not-held-on-date")
        return Participant(
            id=chosen, name=entity.name if entity else m.name, kind="person",
            name_en=entity.name_en if entity else None,
            country=(entity.country if entity else None) or m.country,
            titles=tuple(dict.fromkeys(titles)), mention=span, flags=tuple(flags), candidates=candidates,
        )

    def _holder_like(self, m: Mention, on: date | None) -> str | None:
        """秘鲁总统博鲁阿特: a name spelt unlike the lexicon's, for a post whose holder that day has a
        name of mostly the same characters, is that holder."""
        if on is None or not m.post_ids:
            return None
        for post_id in m.post_ids:
            post = self.lexicon.posts.get(post_id)
            if post is None or not post.single or (m.country and post.country != m.country):
                continue
            for holding in self.lexicon.who_held(post_id, on=on):
                entity = self.lexicon.entity(holding.person)
                if entity and entity.name[0] == m.name[0] and \
                        len(set(entity.name) & set(m.name)) >= max(2, len(set(m.name)) - 1):
                    return entity.id
        return None

    def _country(self, iso3: str, span: Span) -> Participant:
        country = self.lexicon.countries.get(iso3)
        return Participant(f"country/{iso3}", country.name if country else iso3, "country",
                           country.name_en if country else None, iso3, mention=span)

    def _holders_of_head(self, iso3: str, on: date | None, span: Span) -> list[Participant]:
        if on is None:
            return []
        prefix = f"post/{iso3.lower()}/"
        for post in self.lexicon.posts.values():
            if post.id.startswith(prefix) and post.id[len(prefix):] in self.heads:
                holders = self.lexicon.who_held(post.id, on=on)
                if holders:
                    return [self._from_holding(holders[0].person, post.name, span)]
        return []

    def _from_holding(self, person_id: str, title: str, span: Span) -> Participant:
        entity = self.lexicon.entity(person_id)
        return Participant(person_id, entity.name if entity else person_id, "person",
                           entity.name_en if entity else None, entity.country if entity else None,
                           titles=(title,), mention=span, flags=("resolved-from-title",))

    def _title_holder(self, m: Mention, span: Span, on: date | None) -> list[Participant]:
        """美国国务卿 with no name: whoever held the post on the day."""
        if on is None:
            return []
        posts = [self.lexicon.posts[p] for p in m.post_ids if p in self.lexicon.posts]
        country = m.country or "CHN"
        posts = [p for p in posts if p.single and p.country == country]
        for post in posts:
            holders = self.lexicon.who_held(post.id, on=on)
            if len(holders) == 1:
                return [self._from_holding(holders[0].person, m.titles[0] if m.titles else post.name, span)]
        return []

    # ---- places ------------------------------------------------------------------------
    def _location(self, doc: Doc, c: Candidate, on: date | None, state: _State) -> Location | None:
        if c.destination is not None:
            return self._place(doc, c.destination)
        if c.destination_iso3:
            country = self.lexicon.countries.get(c.destination_iso3)
            if country:
                return Location(country.name, country.name_en, country.iso3, None, f"country/{country.iso3}")
        text = doc.text
        sentence = c.sentence
        start = min([c.region[0], *(m.start for m in c.actors)]) if c.region else sentence.start
        end = c.region[1] if c.region else sentence.end
        for match in _LOCATIVE.finditer(text, start, end):
            position = match.end()
            place = next((t for t in sentence.tokens if t.start == position and t.has("place", "country")), None)
            if place is not None:
                following = next((t for t in sentence.tokens if t.start == place.end and t.has("place")), None)
                chosen = following or place
                if chosen.has("place"):
                    mention = Mention(chosen.start, chosen.end, "place", [chosen.of("place")[0].id], chosen.form)
                else:
                    iso3 = chosen.of("country")[0].id
                    mention = Mention(chosen.start, chosen.end, "country", [f"country/{iso3}"], chosen.form,
                                      country=iso3)
                return self._place(doc, mention)
        return None

    def _place(self, doc: Doc, m: Mention) -> Location | None:
        span = doc.raw_span(m.start, m.end)
        if m.kind == "place" and m.ids and not m.ids[0].startswith("country/"):
            entity = self.lexicon.entity(m.ids[0])
            if entity is None:
                return None
            return Location(entity.name, entity.name_en, entity.country, span, entity.id)
        iso3 = m.country or (m.ids[0].split("/", 1)[1] if m.ids else None)
        country = self.lexicon.countries.get(iso3 or "")
        if country is None:
            return None
        return Location(country.name, country.name_en, country.iso3, span, f"country/{country.iso3}")

    def _host(self, c: Candidate, location: Location | None) -> Participant | None:
        iso3 = c.destination_iso3 or (location.country if location else None)
        if not iso3:
            return None
        return self._country(iso3, location.mention if location and location.mention else None)


_LOCATIVE = re.compile(r"(?:在|于|赴|抵达|到访|前往)")
_DELEGATION = re.compile(r"(?:^了?|[同与和跟])(?P<name>[^，,。;；、同与和跟]{2,24}?(?:代表团|访华团|考察团|议员团|友好团|工商界代表|企业家代表|青年代表团|联合代表团))")


def _referent_exchange(state: _State, *, dated: bool) -> Event | None:
    """What 双方 points to: the exchange just told, unless that was background (weeks before the
    lead) and this sentence names no date of its own — then the lead's exchange."""
    last, lead = state.last_exchange_event, state.lead_exchange_event
    if last is None or lead is None or last is lead or dated:
        return last
    last_day, lead_day = _day_of(last.date), _day_of(lead.date)
    if last_day and lead_day and (lead_day - last_day).days > 7:
        return lead
    return last


def _day_of(value: DateValue) -> date | None:
    if not value.start:
        return None
    try:
        if value.precision == "day":
            return date.fromisoformat(value.start)
        if value.precision == "month":
            return date.fromisoformat(value.start + "-15")
        return date.fromisoformat(value.start + "-07-01")
    except ValueError:
        return None


def _family(kind: str) -> str:
    return _MEETING_FAMILY.get(kind, kind)


def _people(event: Event) -> frozenset[str]:
    people = {p.id for p in (*event.actors, *event.recipients) if p.kind == "person"}
    return frozenset(people or {p.id for p in (*event.actors, *event.recipients)})


def _same_people(a: Event, b: Event) -> bool:
    """The same persons; for a visit, the same visitors (one report may name the host, another not);
    for meetings, 中美…对话 (the two countries) and the persons of those countries who held it."""
    if _people(a) == _people(b):
        return True
    for sides, other in ((a, b), (b, a)):
        parties = (*sides.actors, *sides.recipients)
        if _family(sides.type) == "meet" and parties and all(p.kind == "country" for p in parties):
            countries = {p.country for p in parties}
            people = [p for p in (*other.actors, *other.recipients) if p.kind == "person"]
            if people and {p.country for p in people} == countries:
                return True
    if a.type == "visit" and b.type == "visit":
        visitors = {p.id for p in a.actors}
        return visitors == {p.id for p in b.actors} and bool(visitors)
    return False


def _dates_compatible(a: DateValue, b: DateValue) -> bool:
    if not a.start or not b.start:
        return True
    if (a.approximate and a.text is None) or (b.approximate and b.text is None):
        return True  # a date carried from the context, not read: it does not tell two events apart
    a_end, b_end = a.end or a.start, b.end or b.start
    width = min(len(a.start), len(b.start))
    return a.start[:width] <= b_end[:width] and b.start[:width] <= a_end[:width]


def _fold(events: list[Event]) -> list[Event]:
    """The same event told twice in one article (lead and body) becomes one, with both sentences."""
    kept: list[Event] = []
    renamed: dict[str, str] = {}
    for event in events:
        twin = next((k for k in kept if _family(k.type) == _family(event.type) and k.status == event.status
                     and _same_people(k, event) and _dates_compatible(k.date, event.date)
                     and _places_compatible(k, event)
                     and (k.type not in ("appoint", "establish", "agree", "concern", "demand", "attend")
                          or _same_content(k, event))), None)
        if twin is None:
            kept.append(event)
            continue
        merged = _merge_into(twin, event)
        renamed[event.id] = merged.id
        kept[kept.index(twin)] = merged
    if renamed:
        kept = [replace(e, parent=renamed.get(e.parent, e.parent)) if e.parent else e for e in kept]
    return kept


def _places_compatible(a: Event, b: Event) -> bool:
    """Two visits to different countries are two visits."""
    if a.type != "visit" or not a.location or not b.location:
        return True
    return a.location.country == b.location.country


def _same_content(a: Event, b: Event) -> bool:
    if a.type == "appoint":
        return (a.post or "") == (b.post or "") or not a.post or not b.post
    if a.type == "establish":
        return a.created == b.created
    return bool(set(a.items) & set(b.items)) or a.sources[0].sentence == b.sources[0].sentence


def _countries_only(event: Event) -> bool:
    parties = (*event.actors, *event.recipients)
    return bool(parties) and all(p.kind == "country" for p in parties)


def _better_date(a: DateValue, b: DateValue) -> DateValue:
    order = ("day", "month", "year", "unknown")
    if a.approximate and not b.approximate and b.start:
        return b
    return b if order.index(b.precision) < order.index(a.precision) else a


def _merge_into(first: Event, second: Event) -> Event:
    if _countries_only(first) and not _countries_only(second):
        first = replace(first, actors=second.actors, recipients=(*second.recipients, *first.actors, *first.recipients))
    source = first.sources[0]
    extra = second.sources[0]
    evidence = (*source.evidence, extra.sentence) if extra.sentence != source.sentence else source.evidence
    merged_source = replace(source, evidence=tuple(dict.fromkeys(evidence)))
    return replace(
        first,
        sources=(merged_source, *first.sources[1:]),
        date=_better_date(first.date, second.date),
        location=first.location or second.location,
        count=first.count or second.count,
        items=tuple(dict.fromkeys((*first.items, *second.items))),
        post=first.post or second.post, predecessor=first.predecessor or second.predecessor,
        parent=first.parent or second.parent,
        confidence=min(0.95, max(first.confidence, second.confidence) + 0.03),
        recipients=(*first.recipients, *[p for p in (*second.actors, *second.recipients)
                                         if p.id not in {q.id for q in (*first.actors, *first.recipients)}]),
    )
