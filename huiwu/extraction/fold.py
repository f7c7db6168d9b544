"""One event told twice in one article (the lead and the body) becomes one event with both sentences."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..model import DateValue, Event

_MEETING_FAMILY = {"meet": "meet", "talks": "meet"}


def family(kind: str) -> str:
    return _MEETING_FAMILY.get(kind, kind)


def _people(event: Event) -> frozenset[str]:
    people = {p.id for p in (*event.actors, *event.recipients) if p.kind == "person"}
    return frozenset(people or {p.id for p in (*event.actors, *event.recipients)})


def _same_people(a: Event, b: Event) -> bool:
    """The same persons; for a visit, the same visitors (one report may name the host, another not);
    for meetings, 中美…对话 (the two countries) and the persons of those countries who held it."""
    if a.sources[0].trigger == b.sources[0].trigger and a.recipients != b.recipients:
        return False  # 分别会见了老挝、柬埔寨代表团: one verb, told apart on purpose
    if _people(a) == _people(b):
        # (鉴于英方对中国官员实施制裁，中方决定对英方人员实施制裁: a measure answered is the other way round)
        return a.type not in _MEASURES or not a.actors or not b.actors \
            or not {p.country for p in a.actors}.isdisjoint(p.country for p in b.actors)
    for sides, other in ((a, b), (b, a)):
        parties = (*sides.actors, *sides.recipients)
        # (an agreement of the states told in the sentence that names its signers is another one: 习近平和普京…共同见证
        # 两国有关部门签署…合作文件)
        if (family(sides.type) == "meet" or (sides.type == "agree" and a.sources[0].sentence != b.sources[0].sentence)) \
                and parties and all(p.kind == "country" for p in parties):
            countries = {p.country for p in parties}
            people = [p for p in (*other.actors, *other.recipients) if p.kind == "person"]
            if people and {p.country for p in people} == countries:
                return True
    if a.type == "visit" and b.type == "visit":
        visitors = {p.id for p in a.actors}
        return visitors == {p.id for p in b.actors} and bool(visitors)
    if a.type in _MEASURES and a.sources[0].sentence == b.sources[0].sentence:
        # 对陈全国等实施签证限制，禁止入境美国: one measure told by two verbs, the second naming fewer
        return _people(a) <= _people(b) or _people(b) <= _people(a)
    return False


_MEASURES = ("sanction", "concern", "demand")


def _dates_compatible(a: DateValue, b: DateValue) -> bool:
    if not a.start or not b.start:
        return True
    if (a.approximate and a.text is None) or (b.approximate and b.text is None):
        # a date carried from the context, not read, does not tell two events apart, unless the other is of
        # another year (当天上午，习近平会见了莫迪。2018年4月，两人曾在武汉举行首次非正式会晤: two meetings)
        return a.start[:4] == b.start[:4] or (a.approximate and a.text is None and b.approximate and b.text is None)
    a_end, b_end = a.end or a.start, b.end or b.start
    width = min(len(a.start), len(b.start))
    return a.start[:width] <= b_end[:width] and b.start[:width] <= a_end[:width]


def _series_and_one(a: Event, b: Event) -> bool:
    """5月以来…举行多轮会谈 and 10月下旬…再次会谈: rounds counted since a date, and one dated on its own
    (6月以来…陆续访华 names one visit each: the one dated later is one of them)."""
    for series, one in ((a, b), (b, a)):
        if series.count is not None and one.count is None and (series.date.text or "").endswith("以来") \
                and one.date.text:
            return True
    return False


TRIP_DAYS = 3  # 7日抵达…开始访问, 9日结束访问: the days of one visit, told apart in one article


def _same_trip(a: Event, b: Event) -> bool:
    """Two days of one visit: the same visitors in the same country, each told on its day."""
    if a.type != "visit" or b.type != "visit" or a.date.precision != "day" or b.date.precision != "day" \
            or a.date.approximate or b.date.approximate or not a.location or not b.location:
        return False
    return _days_apart(a.date, b.date) <= TRIP_DAYS


def _days_apart(a: DateValue, b: DateValue) -> int:
    """Days from the end of the earlier of two day dates to the start of the later (0 when they meet)."""
    later_start = max(a.start, b.start)
    earlier_end = min(a.end or a.start, b.end or b.start)
    return (date.fromisoformat(later_start[:10]) - date.fromisoformat(earlier_end[:10])).days


def _same_accession(a: Event, b: Event) -> bool:
    """王储米沙勒16日继任埃米尔。米沙勒20日宣誓就职: one post taken up, told by its days."""
    if a.type != "appoint" or b.type != "appoint" or a.items or b.items or a.date.precision != "day" \
            or b.date.precision != "day" or not a.date.start or not b.date.start:
        return False
    return _days_apart(a.date, b.date) <= ACCESSION_DAYS


ACCESSION_DAYS = 7


def _leg_of_trip(a: Event, b: Event) -> bool:
    """李强15日抵达阿德莱德，开始对澳大利亚进行正式访问。李强16日将飞赴堪培拉: a leg to come of the visit under way."""
    planned = a if a.status == "planned" else b
    return {a.status, b.status} == {"occurred", "planned"} and _same_trip(a, b) \
        and a.location.country == b.location.country \
        and "访" not in (planned.sources[0].trigger.text or "")  # (…并对韩国进行国事访问: a visit of its own)


def _trip_dates(a: DateValue, b: DateValue) -> DateValue:
    """The days of both tellings of one visit, from the first to the last."""
    start = min(a.start, b.start)
    end = max(a.end or a.start, b.end or b.start)
    return replace(a, start=start, end=end if end != start else None)


def fold(events: list[Event]) -> list[Event]:
    """The same event told twice in one article (lead and body) becomes one, with both sentences."""
    kept: list[Event] = []
    renamed: dict[str, str] = {}
    for event in events:
        twin = next((k for k in kept if family(k.type) == family(event.type)
                     and (k.status == event.status or _leg_of_trip(k, event))
                     and _same_people(k, event)
                     and (_dates_compatible(k.date, event.date) or _same_trip(k, event) or _same_accession(k, event))
                     and not _series_and_one(k, event)
                     and _places_compatible(k, event)
                     and (k.type not in ("appoint", "establish", "agree", "concern", "demand", "attend")
                          or _same_content(k, event))), None)
        if twin is None:
            kept.append(event)
            continue
        merged = _merge_into(twin, event)
        if twin.status != event.status:
            merged = replace(merged, status="occurred")  # (the trip under way and a leg of it still to come)
        renamed[event.id] = merged.id
        kept[kept.index(twin)] = merged
    if renamed:
        kept = [replace(e, parent=renamed.get(e.parent, e.parent)) if e.parent else e for e in kept]
    return [e for e in kept if not _chaired_as_talks(e, kept)]


_BILATERAL_MEETING = re.compile(r"会晤|对话|磋商|会谈|委员会")
_MANY_SIDES = re.compile(r"峰会|论坛|大会|理事会|部长会|领导人会晤|金砖|上合|东盟|二十国集团|亚太经合")


def _chaired_as_talks(event: Event, events: list[Event]) -> bool:
    """李强同阿尔巴尼斯共同主持第八轮中澳总理年度会晤: the meeting the two chair is their talks, told once."""
    if event.type != "attend" or len(event.actors) != 2 or len({p.country for p in event.actors}) != 2 \
            or not event.items or not _BILATERAL_MEETING.search(event.items[0]) or _MANY_SIDES.search(event.items[0]):
        return False
    chairs = {p.id for p in event.actors}
    return any(family(e.type) == "meet" and e.status == event.status and e.sources[0].sentence == event.sources[0].sentence
               and {p.id for p in (*e.actors, *e.recipients)} == chairs for e in events)


def _places_compatible(a: Event, b: Event) -> bool:
    """Two visits to different countries are two visits, unless one is a tour taking in the other; two
    meetings in different countries are two meetings (会晤…。两国经贸团队前几天在吉隆坡进行了磋商)."""
    if not a.location or not b.location:
        return True
    if family(a.type) == "meet":  # (a place of their own sentences: one carried from a visit recalled tells nothing)
        return not (_own_place(a) and _own_place(b)) or a.location.country == b.location.country
    if a.type != "visit":
        return True
    return a.location.country == b.location.country or any(
        r.kind == "country" and r.country == other.location.country
        for tour, other in ((a, b), (b, a)) for r in tour.recipients)


def _own_place(event: Event) -> bool:
    """The event's place is read in its own sentence, with a country."""
    place, sentence = event.location, event.sources[0].sentence
    return bool(place and place.country and place.mention and sentence.start <= place.mention.start < sentence.end)


def _same_content(a: Event, b: Event) -> bool:
    if a.type == "appoint":
        return not a.post or not b.post or a.post.endswith(b.post) or b.post.endswith(a.post)  # 加拿大总理, 总理
    if a.type == "establish":
        return _same_body(a.created or "", b.created or "")
    # (中英两国政府首脑…签署了《…联合声明》。赵紫阳和撒切尔夫人…在联合声明上签字: one signing, its text named once;
    # …发表联合声明。声明说，双方同意加强能源合作，同意扩大本币结算: what the statement records are its items)
    return bool(set(a.items) & set(b.items)) or a.sources[0].sentence == b.sources[0].sentence \
        or (a.type == "agree" and (not a.items or not b.items or (_a_statement(a) and not _a_signing(b))
                                   or (_a_statement(b) and not _a_signing(a))))


_STATEMENT = re.compile(r"联合声明|联合公报|联合宣言|联合新闻公报|宣言")


def _a_signing(event: Event) -> bool:
    """Documents signed or exchanged (签署多项合作文件): an act of its own beside a statement."""
    return (event.sources[0].trigger.text or "").startswith(("签", "交换", "共同签署", "见证")) or any(
        _DOCUMENTS.search(item) for item in event.items)


_DOCUMENTS = re.compile(r"文件|协议|协定|备忘录|合同|条约")


def _a_statement(event: Event) -> bool:
    """An agreement that is a joint statement issued (发表联合声明, 签署《…联合声明》)."""
    return bool(_STATEMENT.search(event.sources[0].trigger.text or "")) or any(
        _STATEMENT.search(item) and item.endswith(("》", "声明", "公报", "宣言")) for item in event.items)


def _same_body(a: str, b: str) -> bool:
    """新的商贸问题工作小组 and 商贸问题工作小组 are one body: one name inside the other, or the same
    kind of body (the last characters) with most characters in common."""
    if not a or not b:
        return a == b
    if a in b or b in a:
        return True
    common = len(set(a) & set(b)) / max(1, min(len(set(a)), len(set(b))))
    return a[-2:] == b[-2:] and common >= 0.7


def countries_only(event: Event) -> bool:
    parties = (*event.actors, *event.recipients)
    return bool(parties) and all(p.kind == "country" for p in parties)


def _days_within(a: DateValue, b: DateValue) -> bool:
    """One of two days told is a span that holds the other (会谈于9月15日结束。…14日至15日…举行会谈)."""
    if a.precision != "day" or b.precision != "day" or not a.start or not b.start or a.approximate or b.approximate:
        return False
    return (not a.end and bool(b.end) and b.start <= a.start <= b.end) or (not b.end and bool(a.end) and a.start <= b.start <= a.end)


def _days_of_talks(a: DateValue, b: DateValue) -> DateValue:
    return b if b.end else a  # the days, not the last of them


def _better_date(a: DateValue, b: DateValue) -> DateValue:
    order = ("day", "month", "year", "unknown")
    if a.approximate and not b.approximate and b.start:
        return b
    return b if order.index(b.precision) < order.index(a.precision) else a


# further sentences kept for one event: enough to show every way an article retells it, and a
# bound on the work when a pathological text repeats one sentence thousands of times
MAX_EVIDENCE = 32


def _merge_into(first: Event, second: Event) -> Event:
    if countries_only(first) and not countries_only(second):
        # (中韩外交安全对话…。孙卫东与金洪均共同主持: the persons stand for their countries)
        held_by = {p.country for p in (*second.actors, *second.recipients) if p.kind == "person"}
        first = replace(first, actors=second.actors, recipients=(*second.recipients, *(
            p for p in (*first.actors, *first.recipients) if p.country not in held_by)))
    source = first.sources[0]
    extra = second.sources[0]
    evidence = source.evidence
    if (len(evidence) < MAX_EVIDENCE and extra.sentence != source.sentence
            and extra.sentence not in evidence):
        evidence = (*evidence, extra.sentence)
    merged_source = replace(source, evidence=evidence)
    known = {q.id for q in (*first.actors, *first.recipients)}
    # (…会谈，两人还共同主持中日…磋商机制会议: the countries a pair names are those of the persons already there)
    if first.type != "visit":  # (a visit keeps its host country)
        known |= {f"country/{q.country}" for q in (*first.actors, *first.recipients) if q.kind == "person" and q.country}
    return replace(
        first,
        sources=(merged_source, *first.sources[1:]),
        # fold joins only compatible dates or the days of one trip (all the days a visit's tellings name)
        date=_trip_dates(first.date, second.date) if _same_trip(first, second) or (
            _same_accession(first, second) and not _dates_compatible(first.date, second.date))
        else _days_of_talks(first.date, second.date) if family(first.type) == "meet" and _days_within(first.date, second.date)
        else _better_date(first.date, second.date) if _dates_compatible(first.date, second.date)
        else _trip_dates(first.date, second.date),
        location=first.location or second.location,
        count=first.count or second.count,
        items=tuple(dict.fromkeys((*first.items, *second.items))),
        post=first.post or second.post, predecessor=first.predecessor or second.predecessor,
        parent=first.parent or second.parent,
        confidence=min(0.95, max(first.confidence, second.confidence) + 0.03),
        recipients=(*first.recipients, *[p for p in (*second.actors, *second.recipients) if p.id not in known]),
    )
