"""Composing one article: headline, dateline, lead, remarks, background and noise.

The lead reports one event of a type drawn by weight; the paragraphs after it add what such
reports add (who attended, what was signed, an earlier meeting with its own date).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench import phrases
from bench.corpus import EVENT_WEIGHTS, KnowledgeBase, Official


def story(kb: KnowledgeBase, rng: random.Random) -> tuple[Official, Official, date, str]:
    """What the article reports: (Chinese official, foreign official, day, kind of event)."""
    guest = kb.official(rng, "world")
    day = guest.first + timedelta(days=rng.randint(0, (guest.last - guest.first).days))
    host = kb.official(rng, "CHN", day)
    kind = rng.choices(list(EVENT_WEIGHTS), weights=list(EVENT_WEIGHTS.values()))[0]
    return host, guest, day, kind


def compose(kb: KnowledgeBase, rng: random.Random, *, ident: str, story_rng: random.Random | None = None) -> dict:
    """One article as a JSON record; `story_rng` draws the story (another outlet's report of the
    same event when it is an earlier article's), `rng` everything else."""
    host, guest, day, kind = story(kb, story_rng or rng)
    headline, lead = LEADS[kind](kb, rng, host, guest, day)
    paragraphs = [_dateline(rng, day) + lead, *_body(kb, rng, kind, host, guest, day)]
    paragraphs += [_background(kb, rng, guest, day) for _ in range(rng.choice((0, 1, 1, 2)))]
    lines = [_header(rng, day)] if rng.random() < 0.5 else []
    lines += [headline, "", *"\n\n".join(paragraphs).split("\n")]
    if rng.random() < 0.4:
        lines += ["", *rng.sample(phrases.NOISE_LINES, 2), f"责任编辑：{rng.choice(phrases.EDITORS)}"]
    which = rng.randrange(len(phrases.OUTLETS))
    return {"id": ident, "title": headline, "text": "\n".join(lines), "outlet": phrases.OUTLETS[which],
            "published": day.isoformat(),
            "url": f"https://www.{phrases.OUTLET_HOSTS[which]}/{day:%Y%m/%d}/c_{ident.replace('-', '_')}.htm"}


def _header(rng: random.Random, day: date) -> str:
    return f"{day:%Y年%m月%d日} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} | 来源：{rng.choice(phrases.OUTLETS)}"


def _dateline(rng: random.Random, day: date) -> str:
    reporters = " ".join(rng.sample(phrases.REPORTERS, rng.randint(1, 2)))
    return f"新华社北京{day.month}月{day.day}日电（记者 {reporters}）"


def _when(rng: random.Random, day: date) -> str:
    return f"{day.day}日{rng.choice(phrases.TIMES_OF_DAY)}"


def _cue(kb: KnowledgeBase, rng: random.Random, kind: str, frame: str) -> str:
    return rng.choice(kb.cues[(kind, frame)])


# ---- leads: (headline, lead sentence) per event kind ----------------------------------------
def _meet(kb, rng, host, guest, day):
    cue = _cue(kb, rng, "meet", "receive")
    return (f"{kb.name(host.person)}会见{kb.titled(guest, day)}",
            f"{kb.titled(host, day)}{_when(rng, day)}在{kb.venue(rng)}{cue}{kb.titled(guest, day)}。")


def _meet_with(kb, rng, host, guest, day):
    cue = _cue(kb, rng, "meet", "with")
    return (f"{kb.name(host.person)}同{kb.name(guest.person)}{cue}",
            f"{kb.titled(host, day)}{_when(rng, day)}在{kb.city(rng, guest)}同{kb.titled(guest, day)}{cue}。")


def _talks(kb, rng, host, guest, day):
    cue = _cue(kb, rng, "talks", "with")
    return (f"{kb.name(host.person)}同{kb.titled(guest, day)}{cue}",
            f"{kb.titled(host, day)}{_when(rng, day)}在{kb.venue(rng)}同{kb.titled(guest, day)}{cue}，"
            f"双方就{rng.choice(phrases.TOPICS)}深入交换意见。")


def _call(kb, rng, host, guest, day):
    cue = _cue(kb, rng, "call", "with")
    return (f"{kb.name(host.person)}同{kb.titled(guest, day)}{cue}",
            f"{kb.titled(host, day)}{_when(rng, day)}应约同{kb.titled(guest, day)}{cue}。")


def _visit(kb, rng, host, guest, day):
    cue = _cue(kb, rng, "visit", "visit")
    end = day + timedelta(days=rng.randint(1, 3))
    until = f"{end.day}日" if end.month == day.month else f"{end.month}月{end.day}日"
    return (f"{kb.titled(guest, day)}将对中国进行{cue}",
            f"应{kb.titled(host, day)}邀请，{kb.titled(guest, day)}将于{day.day}日至{until}对中国进行{cue}。"
            f"{kb.name(guest.person)}此访期间，{kb.name(host.person)}将同其举行会谈。")


def _attend(kb, rng, host, guest, day):
    cue = _cue(kb, rng, "attend", "attend")
    meeting = rng.choice(phrases.MEETINGS)
    return (f"{kb.name(host.person)}{cue}{meeting}",
            f"{kb.titled(host, day)}{_when(rng, day)}在{kb.city(rng, guest)}{cue}{meeting}。"
            f"{kb.titled(guest, day)}等出席。")


def _concern(kb, rng, host, guest, day):
    cue = _cue(kb, rng, "concern", "express")
    country, grievance = kb.country_of(guest), rng.choice(phrases.GRIEVANCES)
    return (f"中方就{country}{grievance}{cue}",
            f"{kb.titled(host, day)}{_when(rng, day)}表示，中方对{country}{grievance}{cue}。")


def _demand(kb, rng, host, guest, day):
    cue = _cue(kb, rng, "demand", "demand")
    country = kb.country_of(guest)
    return (f"{kb.name(host.person)}{cue}{country}方{rng.choice(phrases.DEMANDS)}",
            f"{kb.titled(host, day)}{_when(rng, day)}在记者会上{cue}{country}方"
            f"{rng.choice(phrases.DEMANDS)}。")


LEADS = {"meet": _meet, "with": _meet_with, "talks": _talks, "call": _call, "visit": _visit, "attend": _attend,
         "concern": _concern, "demand": _demand}


# ---- the body ---------------------------------------------------------------------------------
def _body(kb: KnowledgeBase, rng: random.Random, kind: str, host: Official, guest: Official,
          day: date) -> list[str]:
    """Remarks of both sides, then who attended or what was signed."""
    paragraphs = [f"{kb.name(host.person)}表示，{_remarks(rng, phrases.REMARKS_HOST, 2, 5)}"]
    if rng.random() < 0.6:
        paragraphs.append(f"{kb.name(host.person)}强调，{_remarks(rng, phrases.REMARKS_HOST, 1, 3)}")
    if kind in ("meet", "with", "talks", "call"):
        paragraphs.append(f"{kb.name(guest.person)}表示，{_remarks(rng, phrases.REMARKS_GUEST, 1, 3)}")
        paragraphs.append(f"双方还就{'、'.join(rng.sample(phrases.TOPICS, 2))}等共同关心的问题交换了意见。")
    if kind in ("meet", "talks") and rng.random() < 0.5:
        others = {kb.name(kb.official(rng, "CHN", day).person) for _ in range(2)} - {kb.name(host.person)}
        if others:
            paragraphs.append(f"{'、'.join(sorted(others))}等参加{'会见' if kind == 'meet' else '会谈'}。")
    if kind in ("talks", "visit") and rng.random() < 0.5:
        signed = "、".join(rng.sample(phrases.AGREEMENTS, 2))
        paragraphs.append(f"会谈后，双方共同签署了{signed}等合作文件。")
    return paragraphs


def _remarks(rng: random.Random, pool: tuple[str, ...], fewest: int, most: int) -> str:
    """Some distinct remarks, each its own sentence."""
    return "".join(f"{remark}。" for remark in rng.sample(pool, rng.randint(fewest, most)))


def _background(kb: KnowledgeBase, rng: random.Random, guest: Official, day: date) -> str:
    """An earlier exchange with its own date, as the last paragraph of a report gives it."""
    before = day - timedelta(days=rng.randint(30, 500))
    other = kb.official(rng, "CHN", before)
    when = (f"去年{before.month}月{before.day}日" if before.year == day.year - 1
            else f"{before.year}年{before.month}月{before.day}日")
    if before.year == day.year:
        when = f"{before.month}月{before.day}日"
    cue = _cue(kb, rng, "talks", "with")
    return (f"{when}，{kb.titled(other, before)}曾在{kb.city(rng, guest)}同{kb.name(guest.person)}{cue}，"
            f"就{rng.choice(phrases.TOPICS)}交换意见。")
