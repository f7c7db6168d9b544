"""What a document has said so far, as extraction reads it sentence by sentence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import DateValue, Event, Participant


@dataclass
class State:
    """What the document has said so far: for pronouns, 同日, nesting and carried dates."""

    last_exchange: list[Participant] = field(default_factory=list)
    last_exchange_event: Event | None = None
    lead_exchange_event: Event | None = None
    last_visit: Event | None = None
    last_stay: Event | None = None  # the last visit or meeting attended: what 其间 points to
    last_date: DateValue | None = None
    last_day: DateValue | None = None  # the last date told to the day (同日 after a month told refers to it)
    last_actors: list[Participant] = field(default_factory=list)
    lead_date: DateValue | None = None
    events: list[Event] = field(default_factory=list)
    last_sentence: int = -10  # index of the sentence the last event came from
    resolved: dict[int, DateValue] = field(default_factory=dict)  # date expressions read so far, by start
    speech_day: DateValue | None = None  # the day of the last statement told with its day (郭嘉昆21日说)
    # (Location, DateValue | None, (DateValue, sentence index) | None): 峰会4日在阿斯塔纳举行, where and when,
    # and the days it is to be held when told ahead (峰会将于9月4日至6日在北京举行)
    last_held: tuple | None = None
    held_name: tuple[str, int] | None = None  # (上合组织峰会, sentence index): the meeting told as held there
    visit_ends: dict[str, str] = field(default_factory=dict)  # visit id → its last day, told apart (将于8日结束访问)
    # (sentence index, country): the stop of the visit under way a clause names in passing (访澳期间，…)
    in_passing: tuple[int, str] | None = None


def person_and_side(event: Event) -> list[Participant]:
    """The two sides of a meeting between one person and a country (何立峰同美方举行会谈), which
    双方 then stands for; else nothing."""
    parties = [*event.actors, *event.recipients]
    if event.type not in ("meet", "talks", "call") or len(parties) != 2 \
            or sorted(p.kind for p in parties) != ["country", "person"]:
        return []
    return parties


def referent_exchange(state: State, *, dated: bool, held: bool = True) -> Event | None:
    """What 双方 points to: the exchange just told, unless that was background (weeks before the
    lead) and this sentence names no date of its own — then the lead's exchange. What is told as
    done (`held`) points to an exchange held, not to one to come."""
    last, lead = state.last_exchange_event, state.lead_exchange_event
    if held and last is not None and last.status != "occurred":
        # 何立峰同耶伦举行会谈。习近平将赴旧金山同拜登举行会晤。双方同意…: the talks held, not the meeting to come
        last = next((e for e in reversed(state.events) if e.status == "occurred" and e.type in ("meet", "talks", "call")
                     and sum(p.kind == "person" for p in (*e.actors, *e.recipients)) >= 2), last)
    if last is not None and last.type == "meet":
        # 习近平同欧尔班举行会谈，并会见了舒尤克。双方同意…: the talks of that day, not the courtesy call
        # (王毅同岩屋毅举行会谈。同日，李强会见岩屋毅。: the guest's talks, not the call he paid)
        # (李强20日同朔尔茨举行会谈。19日，施泰因迈尔会见李强。: nor a meeting told after them, held before)
        # (the same two countries, and a person in common)
        met = {p.id for p in (*last.actors, *last.recipients) if p.kind == "person"}
        sides = {p.country for p in (*last.actors, *last.recipients)}
        day = day_of(last.date)
        last = next((e for e in reversed(state.events) if e.type == "talks" and e.status == "occurred" and day is not None
                     and (talked := day_of(e.date)) is not None and day <= talked
                     and {p.id for p in (*e.actors, *e.recipients)} & met
                     and {p.country for p in (*e.actors, *e.recipients)} == sides), last)
    if last is None or lead is None or last is lead or dated:
        return two_sided(state, last)
    last_day, lead_day = day_of(last.date), day_of(lead.date)
    if last_day and lead_day and (lead_day - last_day).days > 7:
        return two_sided(state, lead)
    return two_sided(state, last)


def two_sided(state: State, event: Event | None) -> Event | None:
    """What 双方 or 两国元首 point to after a meeting of three sides (习近平、马克龙同冯德莱恩举行三方会晤):
    the last exchange held between two of them, if any."""
    if event is None:
        return None
    countries = {p.country for p in (*event.actors, *event.recipients)}
    if len(countries) <= 2:
        return event
    people = {p.id for p in (*event.actors, *event.recipients) if p.kind == "person"}
    return next((e for e in reversed(state.events) if e.type in ("meet", "talks", "call") and e.status == "occurred"
                 and len({p.country for p in (*e.actors, *e.recipients)}) == 2
                 and len(two := {p.id for p in (*e.actors, *e.recipients) if p.kind == "person"}) >= 2
                 and two <= people), event)


def day_of(value: DateValue) -> date | None:
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
