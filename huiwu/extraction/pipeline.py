"""One document in, its events out: the ordered steps of extraction.

    build_doc → per sentence: find_mentions → SentenceReader.read → resolve roles, dates, places
    → nest and count → fold repeated mentions of one event → codes and ids
"""

from __future__ import annotations

import hashlib
import re
from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta

from ..lexicon import Lexicon
from ..model import (
    INTERNATIONAL_BODIES,
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
from .dates import SAME_DAY_WORDS, WEEKDAYS, cn_number, resolve
from .document import COUNTRY, CUE, ORG, PERSON, PLACE, POST, SIDE, TITLE, Doc, build_doc
from .events import (
    BACK_TO_THE_GROUP,
    BOTH_SIDES,
    NEEDS_TWO,
    ORIGINAL_PLAN,
    SOME_TIME,
    TAKING_UP,
    UNNAMED_SIDE,
    Candidate,
    SentenceReader,
    lacks_second_side,
    under_way,
)
from .fold import TRIP_DAYS, countries_only, family, fold
from .mentions import Mention, find_mentions
from .participants import HEADS_TITLES, Participants
from .state import State, day_of, referent_exchange

_THIS_VISIT = re.compile(r"此行|此访|此次访问|这次访问|本次访问")
_INVITED = re.compile(r"应(.{1,30}?)(?:的)?(?:邀请|之邀)")
_ABOUT_THIS = re.compile(r"对此|就此|对这一|对上述")
_DAYS_ONLY = {"a_day", "b_day"}
_YEARS = {"a_year", "a_roc", "a_rely"}
_YEARS_TOLD_BEFORE = {"当年", "同年", "次年", "翌年", "第二年", "转年"}  # of the year told before
_HELD_NEXT = re.compile(r"[^，,。；;]{0,12}?(?:举行|进行|召开)[^，,。；;]{0,20}")  # 今年下半年在北京举行下一轮磋商
_HELD_THEN = re.compile(r"(?:也|还)?(?:将|拟|定|计划|预计)?(?:于|在)?")  # 下一轮对话将于明年在东京举行
_HELD_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:举行|进行|召开)")
_AT_THE_END = re.compile(r"(?:访问|访华|行程|此访)结束(?:时|之际|前)")
_GLOSSED = re.compile(r"  +")  # where a Latin gloss was blanked (亚太经合组织（APEC）领导人会议): nothing
_RETOLD_TYPES = ("sanction", "visit", "meet", "talks", "call")  # (what is agreed or attended may add items)
_LEADING = (*HEADS_TITLES, "总理", "首相")  # a head of state's or of government's
_HOLDERS_NAMED = re.compile(r"元首|领导人|首脑|总统|总理|首相|主席|外长|部长|特别代表|特使|议长")
_AT_A_MEETING_TO_COME = re.compile(r"(?:将|拟)?在[^，,。；;]{2,40}?期间(?:举行|进行)?")


_INVITED_TO = re.compile(r"(?<!应)邀请[^，,。；;]{1,20}$")
_SOME_TIME = re.compile(SOME_TIME.pattern + r"|未来几[天周个]|未来数[天周月]|晚些时候|很快|不日|近期")  # (and the weeks to come)


def _no_time_told(text: str, c: Candidate) -> bool:
    """秦刚将在双方方便的时候访问华盛顿, 布林肯将适时访华: a plan told with no time (特朗普邀请习近平对美国进行
    访问: an invitation with none)."""
    clause_start = c.region[0] if c.region else c.sentence.start
    if c.status == "planned" and c.agreed_in is not None and c.date_expr is None:
        return True  # 两人同意将在…会议期间会面: agreed on, at a meeting whose day is not told
    return c.status == "planned" and (_SOME_TIME.search(text, clause_start, c.cue.start) is not None or (
        c.type in ("visit", "attend") and _INVITED_TO.search(text, clause_start, c.cue.start) is not None))


_CLAUSE_BREAK = re.compile(r"[，,；;]")
_ONCE_MORE = re.compile(r"时隔|再次|再度|重访")
_ONWARD = re.compile(r"结束[^，,。；;]{0,24}?(?:后|之后)|随后|之后|下一站|接下来|此后|此行还将|还将(?:前往|赴|转赴|到访)")
_AFTER_EXCHANGE = re.compile(r"(?:会晤|会谈|会见|通话)结束")
_REMARK_OPENINGS = ("这是", "这也是", "是", "此访是", "此行是", "此次是")  # (…访华，是他出任国安顾问以来首次访华)
_SINCE_THEN = re.compile(r"[^，,。；;]{0,14}?(?:以来|之后|后|当天|当日)")
_BILATERAL_BODIES = ("委员会", "理事会", "分委会", "联委会", "混委会", "工作组")  # what two states co-chair
_BILATERAL_BODY = re.compile("|".join(_BILATERAL_BODIES))
_DIALOGUE_HELD = re.compile(r"(?:对话|对话会|磋商|会谈|战略对话|" + "|".join(_BILATERAL_BODIES) + r")[^，,。；;]{0,24}?举行")
_CHAIRED_TOGETHER = re.compile("共同|分别率团|分别率领|率队")  # (…会议17日在上海举行，农融与拉扎罗共同主持了会议)
_EARLIER = re.compile("此前|之前|早前|稍早")
_EARLIER_OPENING = re.compile("(?:此前|之前|早前|稍早)[，,]")  # a sentence opened by it: the whole sentence
_FIRST_SINCE = re.compile(r"[^，,。；;]{0,14}?(?:以来|之后|后)的?(?:首次|首度|第一次)")
_ONCE_PLANNED = re.compile(r"原定|原计划|原拟|预定|计划")
_TWO_DAYS = re.compile(r"日(?:和|及|、)")
_IN_GENERAL = re.compile(r"^(?:任何|一切|各种|各类|所有|把)|主义(?:[和、及与]|$)|化$|(?:阵营对抗|集团对抗|新冷战)$")
_FIRM = re.compile(r"公司|集团|银行|企业|俱乐部|大学|学校|医院|球队")
_FILED_WHERE_HELD = ("meet", "talks", "attend", "agree", "establish")
_TRIP = timedelta(days=TRIP_DAYS)


def _successions(events: list[Event], first: int) -> None:
    """免去秦刚的外交部长职务，任命王毅为外交部长: in one sentence, the one removed from a post is the
    predecessor of the one appointed to it."""
    removed = {_STATE_NAME.sub("", e.post): e.actors[0] for e in events[first:]
               if e.type == "appoint" and "免职" in e.items and e.post and e.actors}
    if not removed:
        return
    for i in range(first, len(events)):
        event = events[i]
        post = _STATE_NAME.sub("", event.post or "")
        if event.type == "appoint" and "免职" not in event.items and post in removed and (
                not event.predecessor or event.predecessor == removed[post].name) \
                and event.actors and event.actors[0].id != removed[post].id:  # (no one follows himself)
            left = removed[post]
            actors = event.actors
            if actors and actors[0].country is None and left.country:
                actors = (replace(actors[0], country=left.country), *actors[1:])  # (由莫斯廷接任: of the same state)
            events[i] = replace(event, predecessor=left.name, actors=actors)


_STATE_NAME = re.compile(r"^(?:中华人民共和国|中国)")  # 任命邓励为中华人民共和国驻法国大使，免去卢沙野的驻法国大使职务


def _days_from(value: DateValue, day: date) -> int:
    """Days between a date (a month or a year from its middle) and a day."""
    start = value.start + ("-15" if len(value.start) == 7 else "-07-01" if len(value.start) == 4 else "")
    return abs((date.fromisoformat(start) - day).days)


def doc_id_for(text: str) -> str:
    return "doc_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]

_ELECTION_HELD = re.compile(r"(?:举行|进行)(?:了)?(?:新一任|新一届|下一任)?(?P<post>[^\s，,。；;的]{2,12}?)(?:选举|改选)"
                            r"|在(?P<post2>[^\s，,。；;的]{2,12}?)选举中")
# 明日（5日）至7日, 明日起至周四（7日）, 今天至周五: from a day a word tells to the one after 至
_TO_A_DAY = re.compile(r"(?:\s*[(（][^()（）]{1,12}[)）])?\s*起?\s*(?:至|到)\s*(?:(?:本|下)?(?:周|星期)[一二三四五六日天]\s*[(（])?")
def _joined(doc: Doc, first, before: DateValue, expr, value: DateValue) -> DateValue:
    """The span from the day `first` tells (resolved as `before`) to the one `expr` tells, when it comes before it."""
    if before.start and before.precision == "day" and before.start < value.start:
        return replace(value, start=before.start, end=value.start, text=doc.text[first.start:expr.end],
                       mention=Span(*doc.norm.raw_span(first.start, expr.end)))
    return value


_RELATIONS_SET_UP = frozenset(("建交", "复交", "正式建交", "宣布建交", "建立外交关系", "恢复外交关系", "恢复大使级外交关系", "建立大使级外交关系",
                               "实现正常化", "实现关系正常化"))
_ON_THIS_TRIP = re.compile("此行|此访|期间|行程中|随后|接着|之后|然后")
_ENDING = re.compile(r"结束[^，,。；;后]{0,6}$")  # 将于24日结束访日行程 (not 结束…行程后过境关岛: what comes next)
_A_RESOLUTION = re.compile(r"(?:了)?(?:第[0-9一二三四五六七八九十百千]+号|一项|关于[^，,。；;]{0,40}?|有关[^，,。；;]{0,40}?)?决议")


def _under_way_told(text: str, c: Candidate) -> bool:
    """正在日本访问的: told as under way (not the 正 ending a name, 韩正在…)."""
    at = text.find("正在", max(c.sentence.start, c.cue.start - 12), c.cue.start)
    return at >= 0 and not any(m.start <= at < m.end for m in (*c.actors, *c.recipients))


def _leads_a_state(person: Participant) -> bool:
    """A head of state or of government (not a deputy) by the titles named."""
    return any(word in title and "副" not in title for title in person.titles for word in _LEADING)


class Extractor(Participants):
    """Holds the lexicon and the compiled vocabulary; `extract` is then pure and re-entrant."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.reader = SentenceReader(lexicon)
        self.heads = tuple(lexicon.marker_words("heads"))
        self._titles_seen: dict[tuple[str, str | None], str] = {}  # (title, country) → the post's own name
        self._dateline_places: dict[str, tuple] = {}  # dateline → (start, end, form, place id) of its place, or ()
        self._speakers: list = []  # who says the sentence being built (set for each candidate)
        # post → the body it is of (NATO's post is filed under UNO for want of a code: its holder keeps his own)
        self._body_posts = {ident: post.country for ident, post in lexicon.posts.items()
                            if post.country in INTERNATIONAL_BODIES and "nato" not in ident}

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
        self._home, self._text = doc.home, doc.text
        state = State()
        events: list[Event] = []
        for sentence in doc.sentences:
            if sentence.noise:
                continue
            mentions = []
            said = self._note_speech(doc, sentence, state) if sentence.mask & _SPEAKERS else None
            if sentence.mask & (CUE | PERSON | POST | TITLE):
                mentions = find_mentions(doc, sentence, self.lexicon, memory)
                candidates = self.reader.read(doc, sentence, mentions)
                if said is not None:
                    _about_what_is_told(doc.text, candidates, said)
                if len(candidates) > 1:
                    self._suppress_inside_items(doc, candidates)
                first = len(events)
                for candidate in candidates:
                    # 这是董军去年12月就任国防部长以来…: a post taken up long since dates nothing after it (a day
                    # it was taken up still dates 次日 after it)
                    since = candidate.type == "appoint" and _SINCE_THEN.match(doc.text, candidate.cue.end) is not None
                    for event in self._build(doc, article, candidate, state, memory):
                        events.append(event)
                        candidate.sides = event.actors
                        # (a day the knowledge base gives, not the text, dates nothing after it)
                        # (马斯克原定本月21日至22日访问印度，…不得不推迟…。…当天也在北京会见了马斯克: the days of a
                        # plan called off date nothing after it)
                        self._remember(state, event, dates_on=(not since or (
                            event.date.precision == "day" and event.date.text is not None)) and not (
                            state.last_date is not None and _in_background(doc.text, sentence, candidate.cue.start))
                            and not (event.status == "negated" and state.last_date is not None
                                     and ORIGINAL_PLAN.search(doc.text, sentence.start, candidate.cue.start))
                            and not _recalled(doc.text, sentence.start, candidate.cue.start, event.date, state.last_date))
                        state.last_sentence = sentence.index
                if len(events) - first > 1:
                    _successions(events, first)
            self._note_dates(doc, sentence, state)
            if sentence.mask & PLACE and state.last_sentence != sentence.index \
                    and (held := _HELD_AT.search(doc.text, sentence.start, sentence.end)) is not None:
                self._note_held(doc, sentence, held, state)
            self._note_inviter(doc, sentence, state, events, memory, mentions)
            if mentions and state.last_sentence >= sentence.index - 2:
                self._note_sides_named(doc, sentence, state, events, memory, mentions)
        if state.visit_ends:
            events = [replace(e, date=replace(e.date, end=state.visit_ends[e.id])) if e.id in state.visit_ends else e
                      for e in events]
        return fold(events)

    def _note_inviter(self, doc: Doc, sentence, state: State, events: list[Event], memory: dict,
                      mentions: list[Mention]) -> None:
        """此行是应拜登邀请: the invitation, told after the visit, names the host of that visit."""
        visit = state.last_visit
        if visit is None or not _THIS_VISIT.search(doc.text, sentence.start, sentence.end):
            return
        invited = _INVITED.search(doc.text, sentence.start, sentence.end)
        if not invited or visit not in events:
            return
        start, end = invited.start(1), invited.end(1)
        people = [m for m in mentions if start <= m.start < end and m.kind == "person"]
        on = day_of(visit.date)
        hosts = [self._person(m, doc.raw_span(m.start, m.end), on, memory) for m in people]
        known = {p.id for p in (*visit.actors, *visit.recipients)}
        new = [h for h in hosts if h.id not in known]
        if new:
            updated = replace(visit, recipients=(*new, *visit.recipients))
            events[events.index(visit)] = updated
            state.last_visit = updated
            if state.last_stay is visit:
                state.last_stay = updated

    def _note_sides_named(self, doc: Doc, sentence, state: State, events: list[Event], memory: dict,
                          mentions: list[Mention]) -> None:
        """俄美两国代表团举行磋商。俄方代表团由外长拉夫罗夫率领，美方…: who held the talks between two
        countries, named side by side after them."""
        told = next((e for e in reversed(state.events) if e.type in ("talks", "meet")), None)
        if told is None or told not in events or not countries_only(told):
            return
        sides = [m for m in mentions if m.kind == "country" and m.name.endswith("方")
                 and _SIDE_LED.match(doc.text, m.end)]
        on = day_of(told.date)
        for i, side in enumerate(sides):
            end = sides[i + 1].start if i + 1 < len(sides) else sentence.end
            people = [self._person(m, doc.raw_span(m.start, m.end), on, memory) for m in mentions
                      if m.kind == "person" and side.end < m.start < end and m.country in (None, side.country)]
            for role in ("actors", "recipients"):
                parties = getattr(told, role)
                if people and any(p.kind == "country" and p.country == side.country for p in parties):
                    kept = [p for p in parties if not (p.kind == "country" and p.country == side.country)]
                    updated = replace(told, **{role: (*people, *kept)})
                    events[events.index(told)] = updated
                    state.events[state.events.index(told)] = updated
                    told = updated

    def _note_held(self, doc: Doc, sentence, held: re.Match, state: State) -> None:
        """峰会4日在阿斯塔纳举行。习近平出席峰会: where a meeting told of was held, for what is done there."""
        place = next((t for t in sentence.tokens if t.mask & PLACE and held.start() < t.start < held.end()), None)
        if place is None:
            return
        city = next((t for t in sentence.tokens if t.start == place.end and t.mask & PLACE), place)
        location = self._place(doc, Mention(city.start, city.end, "place", [city.of("place")[0].id], city.form))
        if location is None:
            return
        state.last_held = (location, state.last_date, None)
        opening = max((m.end() for m in _CLAUSE_OPENING.finditer(doc.text, sentence.start, held.start())), default=sentence.start)
        name = _DATED.sub("", doc.text[opening:held.start()])
        if _MEETING_NAME.fullmatch(name):
            state.held_name = (name, sentence.index)  # 上合组织峰会4日在阿斯塔纳举行。托卡耶夫主持会议: that summit
        told = next((d for d in reversed(sentence.dates) if d.end <= held.end()), None)
        if told is not None and _TO_COME.search(doc.text, max(0, told.start - 3), told.start):
            # 峰会将于9月4日至6日在北京举行。习近平将出席峰会开幕式: on the days it is to be held
            to_come = resolve(told, anchor=doc.anchor, published=doc.published, past=False, context=state.last_date)
            if to_come.start:
                state.last_held = (location, state.last_date, (to_come, sentence.index))

    def _note_speech(self, doc: Doc, sentence, state: State):
        """A statement told in the sentence (何亚东5日表示，…): the day it was made is remembered for the
        complaints and demands it holds, here or in the sentences after it. Returns the reporting word."""
        said = _SAYING.search(doc.text, sentence.start, sentence.end)
        if said is None:
            return None
        clause_start = doc.text.rfind("，", sentence.start, said.start()) + 1 or sentence.start
        told = next((d for d in reversed(sentence.dates) if max(clause_start, sentence.start) <= d.start
                     and d.end <= said.start()), None)
        if _TOLD_BEFORE.search(doc.text, sentence.start, said.start()):
            return said
        if told is not None:
            value = resolve(told, anchor=doc.anchor, published=doc.published, past=True, context=state.last_date)
            if value.start and value.precision == "day" and not value.approximate:
                state.speech_day = value
        elif doc.anchor is not None and doc.text.find("发言人", clause_start, said.start()) >= 0:
            # 外交部发言人表示，美国国务院18日批准…。中方对此坚决反对: a spokesperson speaks on the report's day
            state.speech_day = DateValue(doc.anchor.isoformat(), None, "day", None, None, True)
        return said

    def _note_dates(self, doc: Doc, sentence, state: State) -> None:
        """A dated sentence without events still sets the day that 当天/同日 and undated events refer to."""
        if not sentence.dates or (state.events and state.events[-1].sources[0].sentence.start
                                  >= doc.norm.raw_offset(sentence.start)):
            return
        # 日本政府22日宣布将于24日启动排海。…当天: the day of what was told, not of what is to come
        # (26日称，中国军机当天…: the day told, which 当天 repeats)
        # (…4日发布公告，此举是对美国政府2日宣布…的回应: the day of the news, not of its background)
        expr = next((d for d in reversed(sentence.dates) if not _TO_COME.search(doc.text, max(0, d.start - 3), d.start)
                     and (d.parts.get("rel") not in SAME_DAY_WORDS or d is sentence.dates[0])
                     and not ((state.last_date is not None or d is not sentence.dates[0])
                              and _in_background(doc.text, sentence, d.start))), None)
        if expr is None:
            return
        value = resolve(expr, anchor=doc.anchor, published=doc.published, past=True, context=state.last_date)
        if _recalled(doc.text, sentence.start, expr.start, value, state.last_date):
            return  # 赵乐际表示，今年1月24日，…。当天上午: what a speaker recalls dates nothing after it
        if value.start and value.precision == "day" and not value.approximate:
            state.last_date = state.last_day = value

    def _suppress_inside_items(self, doc: Doc, candidates: list[Candidate]) -> None:
        """出口管制 inside 表达对…出口管制…关切 is what is complained of, not a new sanction."""
        described = [(c.cue.end, c.recipients[0].chain_start) for c in candidates
                     if c.type == "meet" and c.recipients and c.recipients[0].start > c.cue.end]
        if described:  # 会见来华举行中国－欧盟领导人会晤的科斯塔: what the one met came for, not another meeting
            candidates[:] = [c for c in candidates if c.type not in NEEDS_TWO or not doc.text.startswith("的", c.cue.end)
                             or not any(s <= c.cue.start < e for s, e in described)]
        named = [c for c in candidates if c.type in NEEDS_TWO and any(m.kind == "person" for m in c.recipients)]
        if named:  # 分别同卡拉斯、瓦德富尔举行中欧…对话和中德…对话: the pairs name the talks held with the persons
            candidates[:] = [c for c in candidates if c.type not in NEEDS_TWO or not c.recipients
                             or not all(m.kind == "pair" for m in c.recipients)
                             or all(m.kind != "person" for m in c.actors)]
        taking_up = {m.start for c in candidates if c.type == "appoint" and c.cue.form in TAKING_UP for m in c.actors}
        if taking_up:  # 新任驻美国大使谢锋抵达纽约，正式履新: an ambassador's arrival is no visit
            candidates[:] = [c for c in candidates if c.type != "visit" or not any(m.start in taking_up for m in c.actors)]
        attended = [(start, start + len(c.items[0])) for c in candidates if c.type == "attend" and c.items
                    and len(c.actors) < 2 and (start := doc.text.find(c.items[0], c.cue.end, c.sentence.end)) >= 0]
        if attended:  # 出席中德企业座谈会: the name of what one attends holds no talks (two who chair it hold them)
            candidates[:] = [c for c in candidates if c.type not in ("meet", "talks", "call") or not any(
                s <= c.cue.start < e for s, e in attended) or any(m.kind == "person" for m in c.recipients)]
        # (安理会通过第2375号决议，决定对朝鲜实施新的制裁措施: what a resolution decides is done)
        spans = [c.item_span for c in candidates if c.item_span and c.type in ("concern", "demand", "agree")
                 and (c.items or _undated_grounds(doc.text, c))
                 and not (c.type == "agree" and _A_RESOLUTION.match(doc.text, c.cue.end))]
        complaints = [c.item_span for c in candidates if c.item_span and c.type in ("concern", "demand")]
        demanded = [c.item_span for c in candidates if c.item_span and c.type == "demand"]
        for candidate in list(candidates):
            if not any(s <= candidate.cue.start < e for s, e in spans):
                continue
            if candidate.type == "sanction" and candidate.actors and (when := candidate.date_expr) is not None \
                    and any(s <= when.start < candidate.cue.start < e and all(s <= a.start < e for a in candidate.actors)
                            for s, e in complaints) \
                    and _HELD_THEN.fullmatch(doc.text, when.end, candidate.cue.start) is None \
                    and doc.text.find("的", when.end, candidate.cue.start) >= 0:
                continue  # 扎哈罗娃表示，欧盟24日通过的第十四轮对俄制裁措施是非法的: the measure, on its own day, is told
            if candidate.type == "sanction" or (candidate.type == "agree" and (any(
                    s <= candidate.cue.start < e for s, e in complaints) or doc.text.startswith("的", candidate.cue.end)
                    and any(c.type == "agree" and c.item_span[0] <= candidate.cue.start < c.item_span[1]
                            and (candidate.date_expr is None or candidate.date_expr.start < c.item_span[0])
                            for c in candidates if c is not candidate and c.item_span))) \
                    or (candidate.type == "concern" and any(
                    s <= candidate.cue.start < e for s, e in demanded)):
                # (美方应当切实尊重中方的…关切: the concern is what is to be respected; 未能签署此前商定的
                # 协议: what is signed, agreed before; not 同意落实2001年签署的协议, dated on its own)
                candidates.remove(candidate)  # 呼吁俄罗斯立即同意停火: an agreement asked for, not made
            elif candidate.type == "visit" and not any(
                    any(s <= m.start < e for s, e in complaints) for m in candidate.actors) and any(
                    s <= candidate.cue.start < e for s, e in complaints):
                candidates.remove(candidate)  # 谴责美方议员访台: the visitor is named inside the complaint, or unknown
            elif candidate.type in ("meet", "talks", "call") and not any(
                    m.kind == "person" and any(s <= m.start < e for s, e in spans)
                    for m in (*candidate.actors, *candidate.recipients)):
                agreed = next((c for c in candidates if c.type == "agree" and c.item_span
                               and c.item_span[0] <= candidate.cue.start < c.item_span[1]), None)
                when = candidate.date_expr
                if agreed is not None and agreed.actors and ((
                        when is not None and agreed.item_span[0] <= when.start < agreed.item_span[1]
                        and (_HELD_NEXT.fullmatch(doc.text, when.end, candidate.cue.start)
                             or _HELD_NEXT.fullmatch(doc.text, when.end, candidate.cue.end)
                             or _HELD_THEN.fullmatch(doc.text, candidate.cue.end, when.start)
                             and _HELD_AFTER.match(doc.text, when.end)))
                        # 两人同意将在…会议期间会面: at a meeting to come
                        or _AT_A_MEETING_TO_COME.fullmatch(doc.text, agreed.item_span[0], candidate.cue.start)):
                    # 双方同意今年下半年在北京举行下一轮磋商: a meeting agreed on, with its own time, is planned
                    # (同意明年初再次举行会谈; 商定下一轮对话将于明年在东京举行)
                    candidate.status, candidate.future = "planned", True
                    if not any(m.kind in ("heads", "pair") for m in (*candidate.actors, *candidate.recipients)):
                        # (推动两国元首…举行会晤, 第二十一次中欧领导人会晤将于…举行: those it names)
                        candidate.actors, candidate.recipients = list(agreed.actors), []
                        candidate.agreed_in = agreed
                else:
                    candidates.remove(candidate)  # 同意继续就…进行磋商: a topic agreed on, not a meeting
            elif candidate.type in ("visit", "meet", "talks", "call", "attend", "establish") \
                    and (candidate.status == "occurred" or candidate.type == "visit") and any(
                        c.type == "agree" and c.item_span and c.item_span[0] <= candidate.cue.start < c.item_span[1]
                        and not _after_signing(doc.text, c, candidate) for c in candidates):
                agreed = next(c for c in candidates if c.type == "agree" and c.item_span
                              and c.item_span[0] <= candidate.cue.start < c.item_span[1]
                              and not _after_signing(doc.text, c, candidate))
                # 同意…访问美国: agreed to, not yet done; 同意推迟…原定…的国事访问: called off
                named = [m for m in candidate.context if agreed.item_span[0] <= m.start and m.end <= candidate.cue.start]
                if candidate.status == "occurred":
                    candidate.status = "negated" if _PUT_OFF.search(
                        doc.text, agreed.item_span[0], candidate.cue.start) else "planned"
                else:  # 双方同意美国国务卿布林肯将适时访华: told as to come, by one named in its clause
                    named = [m for m in named if not _CLAUSE_BREAK.search(doc.text, m.end, candidate.cue.start)]
                if candidate.type == "visit" and named:
                    candidate.actors = named[-1:]  # 双方同意推迟习近平对日本的国事访问: the visitor named in it

    def _remember(self, state: State, event: Event, dates_on: bool = True) -> None:
        state.events.append(event)
        if dates_on and event.date.start and event.date.precision in ("day", "month") and not event.date.approximate:
            state.last_date = event.date
            if event.date.precision == "day":
                state.last_day = event.date
        if dates_on and state.lead_date is None and event.date.start:
            state.lead_date = event.date
        if event.type in ("meet", "talks", "call", "visit") and event.actors:
            people = [p for p in (*event.actors, *event.recipients) if p.kind == "person"]
            if len(people) >= 2:
                state.last_exchange = people
                state.last_exchange_event = event
                state.lead_exchange_event = state.lead_exchange_event or event
        if event.type == "visit":
            state.last_visit = event
        if event.type in ("visit", "attend"):
            state.last_stay = event
        if event.actors:
            state.last_actors = list(event.actors)

    # ---- one candidate -----------------------------------------------------------------
    @staticmethod
    def _retold(c: Candidate, status: str, actors, recipients, state: State) -> bool:
        """Whether one who speaks, not among the actors, tells again an event of others told before with its day."""
        speaking = {m.ids[0] for m in c.speaker if m.ids}
        if speaking & {a.id for a in actors}:
            return False
        sides = ({a.id for a in actors}, {r.id for r in recipients})
        return any(e.type == c.type and e.status == status and e.date.start
                   and ({a.id for a in e.actors}, {r.id for r in e.recipients}) == sides for e in state.events)

    def _build(self, doc: Doc, article: Article, c: Candidate, state: State, memory: dict) -> list[Event]:
        status = c.status
        self._sentence = c.sentence
        self._context_people = c.context
        self._answering = c.answer
        self._speakers = c.speaker
        self._told_as_done = c.status == "occurred" and not c.future
        self._referent: Event | None = None
        # 麦考尔率领访问团6日抵台，蔡英文8日接见访团: the delegation told before, by its leader
        group_met = c.to_group or c.type == "meet" and not c.recipients and BACK_TO_THE_GROUP.match(doc.text, c.cue.end)
        if group_met and state.last_visit is None or lacks_second_side(doc.text, c):
            return []  # incomplete whatever the date and names resolve to
        if c.cue.form.endswith(_VIEWS) and any(m.kind in ("both", "heads") for m in c.actors) \
                and any(e.type in ("meet", "talks", "call") for e in state.events):
            return []  # 王毅同布林肯通电话，双方就…交换意见: the views were exchanged in the call just told
        if c.type == "appoint" and c.date_expr is not None and c.date_expr.end <= (c.region[0] if c.region else 0) \
                and _SINCE_THEN.match(doc.text, c.cue.end) and doc.text.startswith(_REMARK_OPENINGS, c.region[0]):
            c.date_expr = None  # 马科斯3日晚抵达北京，这是他就任总统以来首次…: not the day of the arrival
        if c.type == "appoint" and status == "planned" and _FIRST_SINCE.match(doc.text, c.cue.end):
            c.date_expr = None  # 默茨计划周三前往华沙进行就任后首次出访: the post was taken before; the day is the trip's
        if c.type == "agree" and c.date_expr is not None and c.item_span \
                and c.item_span[0] <= c.date_expr.start < c.item_span[1]:
            c.date_expr = None  # 双方同意今年下半年举行下一轮磋商: the day of what is agreed, not of the agreement
        if c.future and c.date_expr is not None and self.reader.reporting is not None and c.status != "occurred" \
                and self.reader.reporting.search(doc.text, c.date_expr.end, c.cue.start):
            # 马克龙6日表示将访问中国: the day it was said, not the day of the visit (白宫14日宣布将对…加征
            # 关税 is a measure taken that day)
            c.date_expr = None
        self._dated = c.date_expr is not None  # (the date of what is agreed, or of its telling, is none of its own)
        date_value = None if c.commentary else self._explicit_date(doc, c, state, status)
        if c.answer and c.type in ("concern", "demand") and c.date_expr is not None and c.region \
                and not c.region[0] <= c.date_expr.start < c.region[1]:
            date_value = None  # the date belongs to what the question was about, not to the answer
        within = _exchange_within(c, state) if c.during else None
        if date_value is None and within is not None and not _no_time_told(doc.text, c):
            date_value = within.date
        if date_value is None and c.answer and c.type in ("concern", "demand") and doc.anchor is not None \
                and not any(m.kind == "person" and not any("发言人" in t for t in m.titles) for m in c.actors):
            # (张晓刚：…董部长强调，美方应恪守…: what the minister said at the call told, not at the briefing)
            # 答：…中方对此坚决反对: said at the press conference, on its day
            date_value = DateValue(doc.anchor.isoformat(), None, "day")
        if date_value is not None and c.type != "appoint" and c.date_expr is not None \
                and c.date_expr.parts.get("rel") in SAME_DAY_WORDS:
            date_value = self._in_their_time(date_value, state, [m.ids[0] for m in (*c.actors, *c.recipients)
                                                                 if m.kind == "person" and m.known and m.ids])
        on = day_of(date_value) if date_value else (day_of(state.last_date) if state.last_date else doc.anchor)
        actors = self._participants(doc, c.actors, on, state, memory)
        recipients = self._participants(doc, c.recipients + c.inviters, on, state, memory)
        if c.agreed_in is not None and c.agreed_in.sides:
            actors, recipients = list(c.agreed_in.sides), []  # the two who agreed hold it, as the agreement has them
        if c.type == "agree" and "联合" in c.cue.form and len(actors) > 1 and not recipients \
                and actors[0].country and all(a.country == actors[0].country for a in actors):
            return []  # 鲁比奥和沃尔兹发表联合声明: two of one side speak, no one agrees with another
        if c.by_group and not actors and state.last_exchange:
            # 习近平会见由舒默率领的代表团。…代表团还同王毅举行了会谈: the leader met before, of the other side
            sides = {r.country for r in recipients}
            actors = [p for p in state.last_exchange if p.country not in sides][:1]
        if c.type in NEEDS_TWO and not recipients and len(actors) > 1 and \
                any(m.kind in BOTH_SIDES for m in c.actors):
            actors, recipients = actors[:1], actors[1:]  # 两国元首举行会谈: the two are the two sides
        if group_met and not recipients:
            recipients = [p for p in state.last_visit.actors if p.id not in {a.id for a in actors}]
        if c.type in NEEDS_TWO and not recipients:
            recipients = self._delegation(doc, c)
        if c.type == "sanction" and not recipients and (origin := self._origin_named(doc, c)) is not None:
            recipients = [origin]  # 裁定原产于欧盟的进口白兰地存在倾销。商务部决定…采取临时反倾销措施: on the goods' origin
        if c.type == "concern" and not recipients:
            recipients = self._complained_of(c, actors, doc.text) or self._concerned_with_the_last(doc, c, actors, state)
            if not recipients and any(_IN_GENERAL.search(item) for item in c.items):
                return []  # 反对单边主义和保护主义, 反对任何外部势力干涉: a stand, not a complaint to anyone
        if not actors and c.type in ("concern", "demand") and (spokesperson := memory.get("spokesperson")) is not None \
                and doc.text.find("发言人", c.region[0] if c.region else c.sentence.start, c.cue.start) >= 0:
            # …新闻发言人何咏前表示…。发言人敦促欧方…: the spokesperson named before
            actors = self._participants(doc, [spokesperson], on, state, memory)
        actors = self._speaking_for(doc, c, actors, on, memory)
        if c.commentary and not (c.type == "attend" and c.items not in ([], [c.cue.form])
                                 and not any(e.type == "attend" for e in state.events)) and not (
                c.type == "visit" and actors and state.events and state.last_sentence >= c.sentence.index - 1
                and _ONCE_MORE.search(doc.text, c.region[0] if c.region else c.sentence.start, c.cue.start)
                and not any(e.type == "visit" and {a.id for a in e.actors} & {a.id for a in actors}
                            for e in state.events)):
            # 这是…首次通话: what was told before, told again (or nothing told before: no event; an attendance
            # told only in such a remark, 这是黄循财…以来首次出席两国领导人年度会议, is one); but
            # 莫迪31日在天津与习近平会晤，这是莫迪时隔7年再度访华: the visit the meeting was part of, told only so
            return []
        if c.type == "appoint" and _CONGRATULATED.search(doc.text, c.region[0] if c.region else c.sentence.start, c.cue.start) \
                and any(e.type == "appoint" and not e.items and {p.id for p in e.actors} == {p.id for p in actors}
                        for e in state.events):
            return []  # 默茨6日当选总理。7日，习近平致电默茨，祝贺他就任: the appointment told, congratulated
        if c.type == "agree" and c.cue.form in _RELATIONS_SET_UP and state.events \
                and state.last_sentence >= c.sentence.index - 1 and (told := state.events[-1]).type == "agree" \
                and any("外交关系" in item or "建交" in item for item in told.items) \
                and (date_value is None or (date_value.start or "")[:10] == (told.date.start or "")[:10]):
            # 签署《…关于恢复外交关系的联合公报》，中瑙两国即日起恢复大使级外交关系: the one act, told twice (…签署了
            # 两国关于建立外交关系的联合公报。从即日起，中韩两国…建立大使级外交关系: in the next sentence too)
            return []
        if c.type == "visit" and status == "planned" and actors and c.actors and doc.text.endswith("欢迎", 0, c.actors[0].chain_start) \
                and c.date_expr is None and not _ANOTHER_TIME.search(doc.text, c.actors[0].end, c.cue.start) \
                and any(e.type in ("visit", "meet", "talks") and e.status == "occurred" and e.location is not None
                        and {p.id for p in (*e.actors, *e.recipients)} & {p.id for p in actors}
                        and c.destination_iso3 in (None, e.location.country) for e in state.events):
            # 李强15日抵达阿德莱德，开始…访问。阿尔巴尼斯表示，澳方欢迎李强总理访澳: the visit under way, welcomed (or
            # the one a meeting there tells)
            return []
        if c.type == "visit" and status == "planned" and actors \
                and (c.cue.form.startswith("结束") or _ENDING.search(doc.text, max(c.sentence.start, c.cue.start - 8), c.cue.start)) \
                and (told := max((e for e in state.events if e.type == "visit" and {p.id for p in e.actors} & {p.id for p in actors}),
                                 key=lambda e: e.status == "occurred", default=None)) is not None:
            # (…6日抵达洛杉矶…。据悉，朱镕基还将访问…芝加哥…，并于14日结束访美: the visit under way, not a stop of it)
            if date_value.precision == "day" and date_value.start and told.date.precision == "day" and told.date.start \
                    and told.date.start < date_value.start and (told.date.end or told.date.start) < date_value.start:
                state.visit_ends[told.id] = date_value.start  # 佩通坦5日抵达北京，将于8日结束访问: its last day
            return []  # 正在日本访问的马科斯将于24日结束访日行程: the visit told, under way, not one to come
        if c.type == "visit" and c.date_expr is None and (visit := state.last_visit) is not None \
                and doc.text.startswith(("期间", "时"), c.cue.end) and actors \
                and ({p.id for p in actors} == {p.id for p in visit.actors}
                     or (c.region is not None and all(m.end <= c.region[0] for m in c.actors))):
            # 马克龙将于4月5日至7日访华。马克龙总统访华期间，…: the visit told, in passing (毛宁说，访澳期间，…:
            # with no one of its own, not the speaker's)
            if c.destination_iso3:
                state.in_passing = (c.sentence.index, c.destination_iso3)
            return []
        told = state.events[-1] if state.events and state.last_sentence >= c.sentence.index - 1 else None
        if c.type == "attend" and state.held_name is not None and state.held_name[1] >= c.sentence.index - 1 \
                and all(_GENERIC_MEETING.fullmatch(i) for i in c.items or [c.cue.form]):
            c.items = [state.held_name[0]]  # 上合组织峰会在阿斯塔纳举行。托卡耶夫主持会议，习近平等与会: that summit
        if c.type == "attend" and self._chairs_of_talks(doc, c, actors, told):
            # 首次中韩外交安全对话18日在首尔举行。孙卫东与金洪均共同主持。 / 会议由廖岷与尚博共同主持 / 特别代表
            # 会晤19日举行。王毅和多瓦尔出席: the two who chaired or attended hold the talks
            c.type, c.items = (told.type if told is not None and told.type in ("talks", "meet") and not (
                c.items and _BILATERAL_BODY.search(c.items[0])) else "talks"), []
            date_value = date_value or (told.date if told is not None else None)
            first = actors[0].country  # (何立峰与贝森特和格里尔率队参加: each side, with all its people)
            actors, recipients = [a for a in actors if a.country == first], [a for a in actors if a.country != first]
        elif c.type == "attend" and c.items in ([], [c.cue.form]) and len(c.cue.form) <= 2 and state.events \
                and state.events[-1].type in ("meet", "talks", "call") and state.last_sentence >= c.sentence.index - 1:
            return []  # 习近平会见拜登。蔡奇、王毅等出席。: those at the meeting with the host, no attendance of their own
        if c.type in ("meet", "talks") and _ENDED.match(doc.text, c.cue.end) \
                and any(family(e.type) == family(c.type) for e in state.events):
            return []  # 中美经贸高层会谈12日在日内瓦结束: the talks told before come to an end
        if c.type in ("meet", "talks") and c.date_expr is None and c.agreed_in is None \
                and (told := state.last_exchange_event) is not None \
                and told.type == "call" and {p.id for p in (*actors, *recipients)} == {
                    p.id for p in (*told.actors, *told.recipients)}:
            return []  # 习近平同普京视频会晤。习近平指出，很高兴同总统先生再次见面: the call told, not a meeting
        if c.type in NEEDS_TWO and doc.text.endswith("的", 0, c.cue.start) \
                and (told := self._coreferent(c, state, actors, recipients)) is not None and told.date.start:
            date_value = told.date  # 廖岷7日介绍说，何副总理与耶伦财长的会谈坦诚…: the talks told before, on their day
        if date_value is None:
            date_value = self._implicit_date(doc, c, state, actors, recipients)
        if c.type != "appoint" and c.date_expr is None:
            date_value = self._in_their_time(date_value, state, [p.id for p in (*actors, *recipients)
                                                                 if p.kind == "person"])
        if c.type in ("visit", "attend") and date_value.precision == "day" and date_value.start and not date_value.end \
                and (lasting := _LASTING.search(doc.text, c.sentence.start, c.sentence.end)) is not None \
                and 1 < (days := cn_number(lasting.group(1))) <= 31:
            # 开始为期3天的访华行程: the last day is told by the length (结束为期两天的访华行程: the first)
            day = date.fromisoformat(date_value.start)
            if doc.text.find("结束", c.date_expr.end if c.date_expr else c.sentence.start, lasting.start()) >= 0:
                date_value = replace(date_value, start=(day - timedelta(days=days - 1)).isoformat(), end=day.isoformat())
            else:
                date_value = replace(date_value, end=(day + timedelta(days=days - 1)).isoformat())
        if c.type == "visit" and status == "occurred" and date_value.precision == "day" and date_value.start \
                and not date_value.end and doc.anchor is not None and date_value.start > doc.anchor.isoformat() \
                and under_way(doc.text, c.region[0] if c.region else c.sentence.start, c.cue):
            # 苏杰生此次访华将持续至15日: under way on the day of the report, until the day told
            date_value = replace(date_value, start=doc.anchor.isoformat(), end=date_value.start, approximate=True)
        if status == "occurred" and date_value.start and doc.published and \
                date_value.start[:10] > doc.published.isoformat() \
                and not _under_way_told(doc.text, c):
            status = "planned"  # after the report: not yet happened, whoever says so (正在日本访问的: under way)
        actor_ids = {a.id for a in actors}
        recipients = [r for r in recipients if r.id not in actor_ids]
        if c.type in NEEDS_TWO and len(actors) == 1 and len(recipients) > 1 and any(m.kind == "pair" for m in c.recipients):
            own = {a.country for a in actors}  # 李强…举行第七轮中德政府磋商: the pair's other side
            recipients = [r for r in recipients if r.kind != "country" or r.country not in own] or recipients
        if c.type in NEEDS_TWO and actors and recipients and all(a.kind == "country" for a in actors) \
                and {a.country for a in actors} == {r.country for r in recipients}:
            return []  # 哈萨克斯坦是…邻邦，期待同托卡耶夫总统交换意见: a country holds no talks with its own head
        if c.cue.form.startswith("座谈") and recipients and all(r.kind == "country" for r in recipients):
            return []  # 同在华美资企业代表座谈: a round table with firms, not talks between states
        if c.type in ("meet", "talks") and len(actors) > 1 and recipients and all(a.kind == "person" for a in actors) \
                and all(r.kind == "country" for r in recipients) \
                and {r.country for r in recipients} == {a.country for a in actors} \
                and not (status == "planned" and all(m.kind == "both" and m.name in ("双方", "两国") for m in c.actors)
                         and all(_leads_a_state(a) for a in actors) and not any(
                    m.kind == "pair" and _HOLDERS_NAMED.search(doc.text, m.start, c.cue.end) for m in c.recipients)):
            # (两国元首…。双方同意年内举行新一轮中法战略对话: a mechanism of the two states to come, no holders named
            # in it, is theirs, not of the heads who agreed; ministers who agree on their own dialogue hold it)
            actors, recipients = actors[:1], actors[1:]  # 李强同阿尔巴尼斯共同主持中澳总理年度会晤: the two are its sides
        if c.type in NEEDS_TWO and recipients and all(r.kind == "country" for r in recipients) \
                and any(m.kind == "pair" for m in c.recipients) and actors and len(recipients) >= 2 \
                and (not {a.country for a in actors} & {r.country for r in recipients}
                     or all(m.kind in ("heads", "both") for m in c.actors)):
            # 两国元首讨论了…第二轮俄乌直接谈判: talks between the two the pair names, spoken of by others
            actors, recipients = recipients[:1], recipients[1:]
        if c.type in ("sanction", "concern", "demand"):
            # 对…严重损害中国主权的人员实施制裁: a side takes no measure against itself
            sides = {a.country for a in actors if a.country}
            recipients = [r for r in recipients if r.kind != "country" or r.country not in sides]
            if c.type == "concern" and "CHN" not in sides and any(
                    r.kind == "country" and r.country in ("HKG", "MAC") for r in recipients):
                # 拉米就香港的人权状况表达关切: said to China, of its city
                recipients = list({r.id: r for r in (self._country("CHN", r.mention) if r.kind == "country"
                                   and r.country in ("HKG", "MAC") else r for r in recipients)}.values())
        if c.type in _RETOLD_TYPES and c.date_expr is None and c.speaker and actors \
                and self._retold(c, status, actors, recipients, state):
            return []  # 瑙鲁政府15日宣布…断绝…。王毅表示，瑙鲁政府决定同台湾当局断交: what another did, told again
        location = self._location(doc, c, on, state) or self._carried_location(c, actors, recipients, date_value, state)
        if state.in_passing is not None and state.in_passing[0] == c.sentence.index \
                and (location is None or location.country != state.in_passing[1]):
            location = self._country_location(state.in_passing[1])  # 访澳期间，李强将同阿尔巴尼斯…: in that stop's country
        if location is None and c.type in _FILED_WHERE_HELD and doc.anchor and doc.dateline \
                and date_value.start == doc.anchor.isoformat() and status == "occurred":
            location = self._dateline_place(doc)  # 新华社天津9月1日电 …习近平1日主持会议: held where the report was filed
        if c.type == "visit":
            host = self._host(c, location)
            if host and host.id not in {r.id for r in recipients} and not any(
                    r.kind == "country" and r.country == host.country for r in recipients):
                recipients.append(host)
            if host and any(r.kind == "person" and r.country == host.country for r in recipients):
                # 应秘鲁总统和巴西总统邀请…对秘鲁、巴西进行国事访问: each visit has its own host (one tour
                # of three countries keeps the hosts of all three)
                hosts = {host.country} | {r.country for r in recipients if r.kind == "country"}
                recipients = [r for r in recipients if r.kind != "person" or r.country in hosts]
        if c.type == "appoint" and actors:
            c.post = self._appointed_post(doc.text, c, actors[0], date_value, on, state)
            if c.post and "奖" in c.post:
                return []  # 提名特朗普为诺贝尔和平奖候选人: a prize, not a post
            if actors[0].country is None and c.post and c.post.startswith(_CHINAS_POSTS):
                actors[0] = replace(actors[0], country="CHN")  # 任命肖军正为中华人民共和国驻以色列国特命全权大使
            # 石破茂对李在明就任总统表示祝贺, 7日，习近平致电默茨，祝贺他就任: congratulated on a post taken some
            # days before, on the day the knowledge base knows (else on the day of the congratulation)
            elected = "选" in c.cue.form or c.cue.form.endswith("连任")
            congratulated = ("任" in c.cue.form or elected) and not c.cue.form.endswith(("续任", "留任")) \
                and (c.date_expr is None or c.date_expr.end <= c.cue.start) \
                and _CONGRATULATED.search(
                doc.text, c.date_expr.end if c.date_expr else c.sentence.start, c.sentence.end) is not None
            if elected and c.date_expr is not None and not _CONGRATULATED.search(doc.text, c.date_expr.end, c.cue.start):
                congratulated = False  # 普京上月…高票连任，王毅…表示祝贺: on its own day
            if congratulated and elected:
                # 祝贺她当选墨西哥总统。墨西哥2日举行大选: on the day of the vote the article tells, else some day
                # before the message
                voted = self._election_day(doc, state)
                if voted is None and not _BY_MESSAGE.search(doc.text, c.sentence.start, c.sentence.end):
                    return []  # 会见阿尔巴尼斯。习近平祝贺阿尔巴尼斯连任…: congratulated when they meet, months on
                date_value, location = voted or replace(date_value, approximate=True), None
            elif congratulated and (began := self._post_began(actors[0].id, c.post, doc.published or on)) is not None:
                date_value, location = began, None
            elif c.date_expr is None and _SINCE_THEN.match(doc.text, c.cue.end):
                # 这是石破茂就任日本首相后…首次会晤: taken up some time before; on the day the knowledge base knows
                # (这是他连任国家主席后首次出访: a new term, which it does not date)
                began = None if c.cue.form.endswith(("连任", "续任", "留任")) else \
                    self._post_left(actors[0].id, c.post) if "免职" in c.items else self._post_began(actors[0].id, c.post, doc.published or on)
                if began is None:
                    return []
                date_value, location = began, None  # (and not where the sentence's own event is)
                if status == "planned" and doc.published and began.start <= doc.published.isoformat():
                    status = "occurred"  # (这将是他就任防长后首次出席: the trip is to come, the post was taken)
        if not self._complete(doc.text, c, actors, recipients, location):
            return []
        if c.question and status == "planned":
            return []  # 问：有报道称…将访美…？ an unconfirmed plan
        parent = None
        if within is not None and c.type not in ("meet", "talks", "call"):
            parent = within.id
        elif c.nested and state.last_stay is not None and c.type != state.last_stay.type:
            parent = state.last_stay.id
            location = location or state.last_stay.location or (state.last_visit and state.last_visit.location)
        if c.came_for and date_value.precision == "day" and date_value.start and not (
                c.date_expr is not None and c.cue.start < c.date_expr.start):
            # 2日会见来华出席中非合作论坛北京峰会的拉马福萨: the summit is not the meeting; some day of its
            # month, wherever it was held (the city of the meeting's venue at best, as for a visit)
            date_value = DateValue(date_value.start[:7], None, "month", None, None, True)
            location = self._city_of(location)
        confidence = self._confidence(c, actors, recipients, date_value)
        groups = self._separately(doc, c, actors, recipients)
        days = [date_value] * len(groups)
        if len(groups) == 2 and date_value.precision == "day" and date_value.end and date_value.text \
                and _TWO_DAYS.search(date_value.text) \
                and (status != "occurred" or not doc.published or date_value.end[:10] <= doc.published.isoformat()):
            # (a second day told as done is never after the report)
            # 10日和11日分别会见了陈红河和沙伦赛: one day each, in the order told
            days = [replace(date_value, end=None), replace(date_value, start=date_value.end, end=None)]
        out = []
        for (group_actors, group_recipients), day in zip(groups, days, strict=True):
            where = location
            if len(groups) > 1 and c.type == "visit" and location is not None \
                    and location.country != group_recipients[0].country:
                where = self._country_location(group_recipients[0].country)  # each stop of a tour its own
            plover, cameo = codes_for(c.type, signing=c.signing, cue=c.cue.form, sentence=doc.text[
                c.sentence.start:c.sentence.end], actors=group_actors, recipients=group_recipients,
                location=where)
            source = Source(
                doc=doc.doc_id, sentence=doc.raw_span(c.sentence.start, c.sentence.end, with_text=False),
                url=article.url, outlet=article.outlet,
                published=doc.published.isoformat() if doc.published else None,
                trigger=doc.raw_span(c.cue.start, c.cue.end),
            )
            event = Event(
                type=c.type, status=status, actors=tuple(group_actors), recipients=tuple(group_recipients),
                date=day, sources=(source,), location=where, parent=parent, count=c.count,
                items=tuple(_GLOSSED.sub("", item).strip() for item in c.items),
                post=_GLOSSED.sub("", c.post).strip() if c.post else c.post,
                predecessor=self._predecessor_name(c), created=c.created,
                plover=plover, cameo=cameo, confidence=confidence,
                flags=tuple(f for p in (*group_actors, *group_recipients) for f in p.flags),
            ).with_id()
            out.append(event)
        return out

    def _dateline_place(self, doc: Doc) -> Location | None:
        """The city a dateline names (新华社天津9月1日电), as a place."""
        if doc.dateline is None:
            return None
        start, end = doc.dateline
        line = doc.text[start:end]
        if "综合" in line or "外电" in line:
            return None  # （中央社台北8日综合外电报导）: wires gathered where it was filed, not told there
        found = self._dateline_places.get(line)
        if found is None:  # the same few datelines come back again and again
            if len(self._dateline_places) > 4096:
                self._dateline_places.clear()
            found = self._dateline_places[line] = next(
                ((s, e, form, place.id) for s, e, form, refs, _, _ in self.lexicon.scan(line)
                 for place in refs if place.kind == "place"), ())
        if not found:
            return None
        token_start, token_end, form, ident = found
        return self._place(doc, Mention(start + token_start, start + token_end, "place", [ident], form))

    def _carried_location(self, c: Candidate, actors, recipients, date_value: DateValue, state: State):
        """Where an event that names no place happened: 会谈后，两国元首共同签署… where the talks were;
        当晚，习近平同普京举行会晤 where the visitor is that day."""
        day = day_of(date_value) if date_value.precision == "day" else None
        if day is None:
            return None
        exchange = state.last_exchange_event
        if c.type == "agree" and exchange is not None and exchange.location and day_of(exchange.date) == day:
            return exchange.location
        if c.type == "agree" and (stay := state.last_stay) is not None and stay.type == "attend" and stay.location \
                and day_of(stay.date) == day and {p.id for p in actors} <= {p.id for p in stay.actors}:
            return stay.location  # 三国领导人同意…: where the meeting they attended was held
        visit = state.last_visit
        if c.type in ("meet", "talks") and visit is not None and visit.location and visit.status == "occurred":
            first = day_of(visit.date)
            last = day_of(DateValue(visit.date.end, None, "day")) if visit.date.end else first
            visitors = {p.id for p in visit.actors}
            if first and last and first <= day <= max(last, first + _TRIP) and \
                    visitors & {p.id for p in (*actors, *recipients)}:
                return visit.location
        if c.type in ("meet", "talks", "attend") and exchange is not None and exchange.location \
                and exchange.status == "occurred" and day_of(exchange.date) == day \
                and {p.id for p in exchange.actors} & {p.id for p in actors}:
            return exchange.location  # 4日在上海会见…。李强当天还分别会见了…: where he was that day
        if c.type in ("attend", "meet", "talks", "agree") and state.last_held is not None \
                and any(value is not None and day_of(value) == day
                        for value in (state.last_held[1], state.last_held[2] and state.last_held[2][0])):
            return state.last_held[0]  # 峰会4日在阿斯塔纳举行。习近平出席峰会: where it was held that day
        stay = state.last_stay
        if c.type in ("meet", "talks") and stay is not None and stay.type == "attend" and stay.location \
                and stay.status == "occurred" and (first := day_of(stay.date)) is not None \
                and abs((day - first).days) <= 1 and {p.id for p in stay.actors} >= {p.id for p in (*actors, *recipients)}:
            return stay.location  # 外长会在首尔举行…此前一天，王毅同赵兑烈举行会谈: by the meeting both attended
        if c.type == "attend" and c.items in ([], [c.cue.form]) and stay is not None and stay.type == "attend" \
                and stay.location and day_of(stay.date) == day and state.last_sentence >= c.sentence.index - 1:
            return stay.location  # 苗圩在丹东出席会议。巴切莱特等出席。: the meeting just told
        return None

    def _complained_of(self, c: Candidate, actors, text: str) -> list[Participant]:
        """中方对阿根廷干涉中国内政的言行表示坚决反对: the country whose doing is complained of;
        日方此举是对…的滥用，中方坚决反对: the side whose move it was, named before the cue's clause."""
        if c.item_span:
            if UNNAMED_SIDE.match(text, c.item_span[0]):
                return []  # 对个别国家诋毁香港国安法表示不满: those complained of are not named (香港 is the topic)
            return self._other_side(c.sentence, c.item_span, actors, text)
        region_start = c.region[0] if c.region else c.sentence.start
        if _THIS_MOVE.search(text, c.sentence.start, region_start):
            return self._other_side(c.sentence, (c.sentence.start, region_start), actors)
        return []

    def _other_side(self, sentence, span: tuple[int, int] | None, actors, text: str = "") -> list[Participant]:
        """The first country or side named in `span` (the whole sentence without one) that is not the actors'
        (nor one wronged by what is complained of: 外部势力干涉委内瑞拉内政)."""
        sides = {a.country for a in actors}
        start, end = span or (sentence.start, sentence.end)
        for token in sentence.tokens:
            if start <= token.start < end and token.mask & PERSON and span is not None and span[0] == sentence.start \
                    and (entity := self.lexicon.entity(token.of("person")[0].id)) is not None \
                    and entity.country and entity.country not in sides:
                return [self._country(entity.country, None)]  # 高市早苗发表涉台言论，中方对此强烈不满: her country
            if start <= token.start < end and token.mask & (COUNTRY | SIDE):
                iso3 = (token.of("country") or token.of("side"))[0].id
                if iso3 not in sides and not (text and _WRONGED.match(text, token.end)
                                              and text.endswith(_WRONGING, start, token.start)):
                    return [self._country(iso3, None)]
        return []

    def _concerned_with_the_last(self, doc: Doc, c: Candidate, actors, state: State) -> list[Participant]:
        """问：美方宣布…？答：中方对此坚决反对: 对此 points at what was just told; its actor's country,
        unless it is the side complaining, is what the concern is about."""
        region_start = c.region[0] if c.region else c.sentence.start
        # 美方对华为实施出口管制，中方表示坚决反对: a bare complaint right after a measure is about it
        right_after = not c.items and state.events and state.last_sentence == c.sentence.index
        if not right_after and not _ABOUT_THIS.search(doc.text, region_start, c.cue.start):
            return []
        sides = {a.country for a in actors}
        asked = doc.sentences[c.sentence.index - 1] if c.sentence.index else None
        if asked is not None and doc.text[asked.start:asked.end].rstrip().endswith(("？", "?")) \
                and (told := self._other_side(asked, None, actors)):
            return told  # 有记者问，美国政府拟…，中方对此有何评论？林剑表示，中方对此表示严重关切: what the question told
        if not state.events or state.last_sentence < c.sentence.index - 3:
            return []
        for earlier in state.events[-1].actors:
            if earlier.country and earlier.country not in sides:
                return [self._country(earlier.country, None)]
        return []

    def _appointed_post(self, text: str, c: Candidate, person: Participant, when: DateValue, on: date | None,
                        state: State) -> str | None:
        """The post of an appointment, by its own name (出任外长 and 任命为外交部长 are one post;
        斯里兰卡总统 says more than 总统): the one the text names, else the one just named in the sentence
        (获任命为国防部长，接替魏凤和; 免去秦刚的外交部长职务，由王毅接任), else the one the knowledge base
        says began then or was held already (获续任)."""
        post = c.post.strip(" ，,。；;、") if c.post else None  # (接替高锐就任。: nothing named after the verb)
        if post in ("原职", "现职", "原职务") and person.titles:
            post = person.titles[0]  # 外交部长维文留任原职: the post he was named with
        last = state.events[-1] if state.events and state.last_sentence == c.sentence.index else None
        if not post and last is not None and last.type == "appoint" and last.actors \
                and (last.actors[0].id == person.id or "免职" in last.items):
            post = last.post
        if not post and c.cue.form.endswith(("当选", "连任", "胜选")) \
                and (held := _ELECTION_HELD.search(text, c.sentence.start, c.cue.start)) is not None:
            post = held.group("post") or held.group("post2")  # 粮农组织举行总干事选举，屈冬玉以108票当选: the post of the election told
        if not post:
            post = self._post_taken_up(person.id, when)
        if not post and c.cue.form.endswith(("续任", "连任", "留任", "宣誓就职", "辞职", "辞呈", "卸任", "离任")) and on is not None:
            # 普京7日宣誓就职: a new term of the post held that day; 石破茂宣布辞职: the one he leaves
            held = self.lexicon.posts_held(person.id, on=on)
            if not held and c.cue.form.endswith(_STEPPING_DOWN):  # (a holding ends the day before the next begins)
                held = self.lexicon.posts_held(person.id, on=on - timedelta(days=1))
            post = held[0].name if held else None
            if not post and person.titles and c.cue.form.endswith(_STEPPING_DOWN):
                post = person.titles[0]  # 澳大利亚联邦总督赫尔利…。赫尔利将于7月1日卸任: the post he was named with
        if not post:
            return None
        canonical = self._canonical_title(post, person.country)
        return post if post.endswith(canonical) else canonical

    def _in_their_time(self, value: DateValue, state: State, people: list[str]) -> DateValue:
        """1964年1月27日，中法两国正式建交。同日，习近平同马克龙…会晤: a day carried from background that comes
        before every post the knowledge base knows each person named to have held is not theirs; the lead's is."""
        lead, day = state.lead_date, value.start
        if not day or lead is None or not lead.start or day >= lead.start:
            return value
        known = [holdings for person in people if (holdings := self.lexicon.holdings_of(person))]
        before = bool(known) and all(all(h.start and h.start[:len(day)] > day for h in held) for held in known)
        return lead if before else value

    def _holdings_named(self, person: str, post: str | None) -> list:
        """The knowledge base's holdings of `person` of the post named `post` (日本首相 names 首相)."""
        return [h for h in self.lexicon.holdings_of(person) if post
                and (held := self.lexicon.posts.get(h.post)) is not None and post.endswith(held.name)]

    @staticmethod
    def _election_day(doc: Doc, state: State) -> DateValue | None:
        """The day of the vote an article tells (墨西哥2日举行大选, 在28日举行的总统选举中)."""
        for sentence in doc.sentences:
            for expr in sentence.dates:
                if _VOTE_HELD.match(doc.text, expr.end):
                    value = resolve(expr, anchor=doc.anchor, published=doc.published, past=True, context=state.last_date)
                    return value if value.start else None
        return None

    def _post_began(self, person: str, post: str | None, by: date | None) -> DateValue | None:
        """The day the knowledge base says `person` took up the post named `post`, the latest time by the day
        `by` (这是他就任总统后首次访华 in 2000: the term begun in 2000, not one begun since)."""
        last = by.isoformat() if by else "9999"
        starts = [h.start for h in self._holdings_named(person, post) if h.start and h.start <= last]
        return DateValue(max(starts), None, "day") if starts else None

    def _post_left(self, person: str, post: str | None) -> DateValue | None:
        """李显龙卸任后…: the day after the last the knowledge base says `person` held the post (the day the
        next holder took it up)."""
        ends = [h.end for h in self._holdings_named(person, post) if h.end and len(h.end) == 10]
        return DateValue((date.fromisoformat(max(ends)) + timedelta(days=1)).isoformat(), None, "day") if ends else None

    def _post_taken_up(self, person: str, when: DateValue) -> str | None:
        """就任以来 names no post: the knowledge base knows which one began then."""
        if not when.start:
            return None
        for holding in self.lexicon.holdings_of(person):
            if holding.start and holding.start[:7] == when.start[:7] and holding.post in self.lexicon.posts:
                return self.lexicon.posts[holding.post].name
        return None

    def _complete(self, text: str, c: Candidate, actors, recipients, location) -> bool:
        if c.type in NEEDS_TWO:
            return bool(actors) and bool(recipients)
        if c.type == "visit":
            # 习近平…期待早日访问中国: no one visits their own country
            home = location is not None and all(a.country == location.country for a in actors)
            return bool(actors) and not home and (c.destination is not None or bool(c.destination_iso3)
                                                  or bool(c.inviters))
        if c.type == "attend":
            return bool(actors) and bool(c.items)
        if c.type == "appoint":
            return bool(actors) and bool(c.post or c.predecessor)
        if c.type == "establish":
            # 某科技公司成立了工作组: a firm's body, not a side's (a body set up with no one named may be)
            start = c.region[0] if c.region else c.sentence.start
            return bool(c.created) and (bool(actors) or not _FIRM.search(text, start, c.cue.start))
        if c.type == "sanction":
            return bool(actors or recipients)
        if c.type == "demand":
            return bool(actors) and bool(recipients)
        return bool(actors)

    def _separately(self, doc: Doc, c: Candidate, actors, recipients):
        """分别会见A、B / A、B陆续访华: one event for each."""
        separately = self.reader.separately
        head_start = c.region[0] if c.region else c.sentence.start
        head = doc.text[head_start:c.cue.end]
        found = separately.search(head) if separately is not None else None
        if found is None and c.type == "visit" and c.cue.form.endswith(_TRAVELLING):
            stops = self._stops(doc, c, actors)  # 随后将前往塞尔维亚和匈牙利: one visit to each
            return [(actors, [stop]) for stop in stops] if len(stops) > 1 else [(actors, recipients)]
        if found is None:
            return [(actors, recipients)]
        if c.type in ("meet", "call", "talks") and found.group() != "分别" and not (
                len(recipients) > 1 and all(r.kind == "person" for r in recipients)
                and all(m.start >= head_start + found.end() for m in c.recipients)):
            # 先后举行两轮会谈, 同贝森特、格里尔先后在日内瓦、伦敦举行会谈: one after the other with the same
            # people (先后会见了博里奇、佩通坦, 先后同塞西、赛义德举行会谈: one after the other, each met)
            return [(actors, recipients)]
        if c.type in ("meet", "call", "talks") and len(recipients) > 1:
            return [(actors, [r]) for r in recipients]
        if c.type in ("meet", "call", "talks") and len(actors) > 1 and recipients:
            return [([a], recipients) for a in actors]  # 李克强、栗战书分别会见马科斯
        if c.type == "visit" and len(actors) > 1:
            return [([a], recipients) for a in actors]
        if c.type == "visit" and found.group() != "分别":
            # 先后访问了越南、马来西亚和柬埔寨三国, 将先后前往美国、秘鲁、巴西和英国: one visit to each
            listed = [self._country(t.of("country")[0].id, None) for t in c.sentence.tokens
                      if t.mask & COUNTRY and c.cue.end <= t.start < (c.region[1] if c.region else c.sentence.end)]
            countries = list({r.country: r for r in (*[r for r in recipients if r.kind == "country"], *listed)
                              if r.country not in {a.country for a in actors}}.values())
            if len(countries) > 1:
                return [(actors, [r]) for r in countries]
        return [(actors, recipients)]

    def _chairs_of_talks(self, doc: Doc, c: Candidate, actors, told: Event | None) -> bool:
        """Whether those told attending or chairing are the two sides of talks: persons of two countries,
        after talks between those countries told just before (…对话18日举行。孙卫东与金洪均共同主持; in one
        sentence with 共同 or 分别率团), or chairing together what 由 names (会议由廖岷与尚博共同主持)."""
        if not (len(actors) >= 2 and all(a.kind == "person" and a.country for a in actors)
                and len({a.country for a in actors}) == 2):
            return False
        text = doc.text
        named = c.items in ([], [c.cue.form]) or all(i in _MEETING_WORDS for i in c.items)
        if told is not None and told.type in ("talks", "meet") and countries_only(told) \
                and {a.country for a in actors} <= {p.country for p in (*told.actors, *told.recipients)}:
            return named or (c.cue.form.endswith(("主持", "与会", "参加"))
                             and _CHAIRED_TOGETHER.search(text, c.sentence.start, c.cue.start) is not None)
        together = c.cue.form.endswith("主持") and text.find("共同", c.sentence.start, c.cue.start) >= 0
        if together and c.sentence.index > 0 and _DIALOGUE_HELD.search(
                text, doc.sentences[c.sentence.index - 1].start, c.sentence.start):
            return True  # 中国共产党同统一俄罗斯党第十次对话会28日举行。刘建超和图尔恰克共同主持: its two sides
        if together and len(actors) == 2 and c.items and _BILATERAL_BODY.search(c.items[0]):
            return True  # 韩正同巴西副总统阿尔克明共同主持中巴高层协调与合作委员会第七次全体会议: its two sides
        return named and len(actors) == 2 and together and bool(c.items) and text.find("由", c.sentence.start, c.cue.start) >= 0

    def _stops(self, doc: Doc, c: Candidate, actors) -> list[Participant]:
        """The countries listed right after a verb of travelling (前往巴黎和华沙, 赴塞尔维亚、匈牙利), in order."""
        text, stops, end = doc.text, [], c.cue.end
        for token in c.sentence.tokens:
            if token.start < end:
                continue
            if (token.start > end and not _STOP_GAP.fullmatch(text, end, token.start)) or not token.mask & (COUNTRY | PLACE):
                break  # (the list ends at the first word that is no place, or at what joins no list)
            if token.mask & COUNTRY:
                iso3 = token.of("country")[0].id
            else:
                iso3 = (entity := self.lexicon.entity(token.of("place")[0].id)) and entity.country
            if iso3 and iso3 not in {a.country for a in actors} and iso3 not in {s.country for s in stops}:
                stops.append(self._country(iso3, None))
            end = token.end
        return stops

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
    def _explicit_date(self, doc: Doc, c: Candidate, state: State, status: str) -> DateValue | None:
        if c.date_expr is None:
            return None
        expr = c.date_expr
        if expr.parts.get("rel") in SAME_DAY_WORDS:  # 28日当天: the day named right before it
            expr = next((d for d in c.sentence.dates if d.end == expr.start), expr)
        anchor, published = doc.anchor, doc.published
        if expr.parts.get("a_rely") in _YEARS_TOLD_BEFORE and anchor is not None:
            # 自2020年起…当年: that year is the one just named, else the one of the event before
            earlier = [d for d in c.sentence.dates if d.end <= expr.start and ("a_year" in d.parts or "a_roc" in d.parts)]
            year_of = resolve(earlier[-1], anchor=doc.anchor, published=doc.published) if earlier else state.last_date
            if year_of is not None and year_of.start:
                anchor = anchor.replace(year=int(year_of.start[:4]), day=min(anchor.day, 28))
        elif anchor is not None and "a_month" in expr.parts and not expr.parts.keys() & _YEARS and (ago := next(
                (d for d in c.sentence.dates if d.parts.get("agounit") == "年"
                 and doc.text[d.end:expr.start] in ("的", "")), None)) is not None:
            # 十年前的6月: the month of that year
            anchor, published = date(anchor.year - cn_number(ago.parts["ago"]), 12, 31), None
        elif anchor is not None and expr.parts.keys() <= _DAYS_ONLY:
            # 去年11月访问中国，6日在北京…: a bare day is in the month the sentence has just named
            earlier = [d for d in c.sentence.dates if d.end <= expr.start and d.relative is None
                       and not d.parts.keys() <= _DAYS_ONLY]
            month_of = resolve(earlier[-1], anchor=anchor, published=doc.published, past=not c.future) \
                if earlier else None
            if month_of is not None and month_of.start and month_of.precision in ("day", "month"):
                year, month = map(int, (month_of.end or month_of.start)[:7].split("-"))
                day = min(max(cn_number(expr.parts["a_day"]), 1), monthrange(year, month)[1])
                anchor, published = date(year, month, day), None  # the day is placed: nothing to move
            elif not earlier and not c.future and (near := _in_month_told(
                    cn_number(expr.parts["a_day"]), state.last_date, anchor,
                    before=_EARLIER.search(doc.text, c.sentence.start, expr.start) is not None, lead=state.lead_date)):
                anchor, published = near, None
        elif anchor is not None and "a_month" in expr.parts and not expr.parts.keys() & _YEARS and not c.future \
                and (told := state.last_date) is not None and told.start and told.start[:4] != str(anchor.year):
            # (…去年5月卸任。普京表示，期待5月欢迎习近平…: what is to come is not in the year told before)
            # 2023年2月28日至3月2日…国事访问。3月1日，…会谈: a month near the day just told is of its year
            year = int(told.start[:4])
            near = date(year, int(told.start[5:7]) if len(told.start) >= 7 else 1, 1)
            month = cn_number(expr.parts["a_month"])
            if 1 <= month <= 12 and 0 <= (date(year, month, 1) - near).days <= 62:  # (the story goes on after it)
                anchor, published = date(year, month, monthrange(year, month)[1]), None
        if anchor is not None and expr.parts.get("rel") in _TODAY and (ago := next(
                (d for d in c.sentence.dates if d.parts.get("agounit") == "年"
                 and doc.text[d.end:expr.start] == "的"), None)) is not None:
            # 50年前的今天: this day of that year
            years = cn_number(ago.parts["ago"])
            on = anchor.replace(year=anchor.year - years, day=28 if (anchor.month, anchor.day) == (2, 29) else anchor.day)
            return DateValue(on.isoformat(), None, "day", text=doc.text[ago.start:expr.end],
                             mention=Span(*doc.norm.raw_span(ago.start, expr.end)))
        if expr.start in state.resolved:
            return state.resolved[expr.start]  # 次日将前往哈尔滨，出席…: one expression, one day
        raw_span = doc.norm.raw_span(expr.start, expr.end)
        context = state.last_date
        if expr.is_event_relative and context is not None and context.precision != "day" and state.last_day is not None:
            # 今年5月，普京对中国进行国事访问。同日…: the day told before that month (鲁比奥10日与王毅通电话。两人7月曾
            # …会晤。就在前一天，…: the day before the 10th)
            context = state.last_day
        if expr.relative in SAME_DAY_WORDS and not c.future and context is not None and context.start and doc.published \
                and context.start[:10] > doc.published.isoformat() and doc.anchor is not None \
                and not _TO_COME.search(doc.text, max(c.sentence.start, expr.start - 3), expr.start):
            # 卡斯特将于2026年3月11日宣誓就任。博里奇当晚同卡斯特通电话: the evening of the story, not of the plan
            context = DateValue(doc.anchor.isoformat(), None, "day")
        if expr.is_event_relative and (told := next((d for d in reversed(c.sentence.dates) if d.end <= expr.start
                                                     and d.relative is None and "a_day" in d.parts), None)):
            # 李在明在6月3日举行的总统选举中胜出，次日宣誓就职: the day after the one just told
            context = resolve(told, anchor=anchor, published=published, past=True)
        # (中国周五宣布，将从4月10日起…: the day of the announcement is past, whatever it announces)
        value = resolve(expr, anchor=anchor, published=published,
                        past=(not c.future or _ANNOUNCED_THEN.match(doc.text, expr.end) is not None)
                        and not _ITINERARY.search(doc.text, c.sentence.start, c.cue.start),
                        context=context, raw_span=raw_span)
        once_planned = _ONCE_PLANNED.search(doc.text, c.sentence.start, c.cue.start)
        if status == "negated" and published is not None and value.start and (
                once_planned or not _NOT_DONE.search(doc.text, c.region[0] if c.region else c.sentence.start, c.cue.start)):
            # 原定13日访问菲律宾，但已取消, 中方不参加6月15日至16日的峰会: called off or declined before or
            # after its day, whichever is nearer (没有…谈判 tells what has not been done: before)
            told = next((d for d in reversed(c.sentence.dates) if d.end <= expr.start and d.relative is None), None) \
                if once_planned else None
            if told is not None and (said := resolve(told, anchor=anchor, published=published, past=True)).start \
                    and said.precision == "day":
                # 美方3日宣布推迟布林肯原定5日至6日的访华行程: the days after the day it was called off
                value = resolve(expr, anchor=date.fromisoformat(said.start), published=None, past=False,
                                context=state.last_date, raw_span=raw_span)
            else:
                other = resolve(expr, anchor=anchor, published=published, past=c.future,
                                context=state.last_date, raw_span=raw_span)
                if other.start and other.precision == value.precision \
                        and _days_from(other, published) < _days_from(value, published):
                    value = other
        if expr.relative and c.future and value.start and published and value.start < published.isoformat() \
                and state.lead_date is not None:
            # 这是他5月7日就任后首次出访。普京次日将前往…: what is still to come follows the story's day
            value = resolve(expr, anchor=anchor, published=published, past=False, context=state.lead_date,
                            raw_span=raw_span)
        if not value.start:
            return None
        if "wd" in expr.parts and value.precision == "day" and not value.end and (first := next(
                (d for d in c.sentence.dates if "wd" in d.parts and d.end + 1 == expr.start
                 and doc.text[d.end] in "和及至到、"), None)) is not None:
            # 周六和周日在日内瓦…举行了会谈: the two days, the first the one before the second
            before = resolve(first, anchor=anchor, published=published, past=not c.future, context=context)
            if before.start and before.precision == "day" and first.parts.get("week") and not expr.parts.get("week"):
                # 下周二至周五: the second day is of the week the first names
                days = (WEEKDAYS[expr.parts["wd"]] - WEEKDAYS[first.parts["wd"]]) % 7
                value = replace(value, start=(date.fromisoformat(before.start) + timedelta(days=days)).isoformat())
            value = _joined(doc, first, before, expr, value)
        elif value.precision == "day" and not value.end and (first := next(
                (d for d in c.sentence.dates if d.relative and "wd" not in d.parts and d.end < expr.start
                 and _TO_A_DAY.fullmatch(doc.text, d.end, expr.start)), None)) is not None:
            # 明日（5日）至7日, 明天（11月5日）至7日: from the day a word tells to the one after 至
            before = resolve(first, anchor=doc.anchor, published=doc.published, past=not c.future, context=context)
            if before.start and before.precision == "day" and "wd" in expr.parts:
                # 今天至周五: the first such weekday from that day on
                start = date.fromisoformat(before.start)
                days = (WEEKDAYS[expr.parts["wd"]] - start.weekday()) % 7
                value = replace(value, start=(start + timedelta(days=days)).isoformat())
            value = _joined(doc, first, before, expr, value)
        state.resolved[expr.start] = value
        return value

    def _implicit_date(self, doc: Doc, c: Candidate, state: State, actors, recipients) -> DateValue:
        """An undated mention: the same event told before, the exchange 双方 points to, the visit it
        happened during, the event just before, or the day of the report."""
        clause_start = c.region[0] if c.region else c.sentence.start
        if (visit := state.last_visit) is not None and visit.date.end \
                and _AT_THE_END.search(doc.text, clause_start, c.cue.start):
            return DateValue(visit.date.end, None, "day")  # 两国在访问结束时发表联合公报: on its last day
        if _no_time_told(doc.text, c):
            return UNKNOWN_DATE
        earlier = self._coreferent(c, state, actors, recipients)
        if earlier is not None and earlier.date.start:
            return earlier.date
        if c.type == "visit" and c.context and (at := doc.text.rfind("陪同", c.sentence.start, c.cue.start)) >= 0:
            escorted = [m for m in c.context if m.start > at]
            visit = next((e for e in reversed(state.events) if e.type == "visit" and e.date.start and any(
                a.id in m.ids or a.name == m.name for a in e.actors for m in escorted)), None)
            if visit is not None:
                return visit.date  # 陪同布林肯访华的有…坎贝尔: on the visit of the one escorted
        if c.type in ("concern", "demand") and doc.anchor is not None and not c.nested \
                and not _TOLD_BEFORE.search(doc.text, c.sentence.start, c.cue.start):
            report_day = DateValue(doc.anchor.isoformat(), None, "day", None, None, True)
            if c.speech in ("dated", "undated"):
                # 何亚东5日表示，美方2日将…列入清单，中方对此坚决反对: said on the day of the statement (of
                # the report, when the statement has none)
                return state.speech_day if c.speech == "dated" and state.speech_day else report_day
            if doc.text.find("发言人", c.sentence.start, c.cue.start) >= 0 \
                    or any("发言人" in title for a in actors if a.kind == "person" for title in a.titles):
                # 加拿大自2024年10月起加征关税。商务部新闻发言人表示，中方敦促…: a spokesperson speaks on the day
                # of the statement told before (何亚东4日表示…。他敦促…), else on the report's (高峰说…: one known
                # to be one, too)
                return state.speech_day or report_day
            if not c.speech and state.speech_day is not None and state.last_date is not None and state.last_date.start \
                    and (state.last_date.end or state.last_date.start) < state.speech_day.start:
                return state.speech_day  # 郭嘉昆21日说，3月31日，美方…。中方对此坚决反对: still the statement of the 21st
        if c.type in ("concern", "demand") and state.last_date is not None and state.last_date.start:
            # 王毅1日出席招待会。去年11月15日，习近平同拜登…会晤。王毅表示，中方要求…: on the speaker's own day,
            # not on the background's
            people = {p.id for p in actors if p.kind == "person"}
            own = next((e for e in reversed(state.events) if people & {p.id for p in (*e.actors, *e.recipients)}), None)
            if own is not None and own.date.start and own.date.start > state.last_date.start:
                return own.date
        if any(m.kind in ("both", "heads") for m in c.actors) and state.last_exchange_event is not None:
            # (去年11月，我同总统先生在旧金山会晤。两国元首同意…: the exchange of the story, not one recalled)
            return (self._referent or referent_exchange(state, dated=False) or state.last_exchange_event).date
        if c.nested and state.last_stay is not None:
            return state.last_stay.date
        if state.last_date is not None and state.last_date.start and _RESUMING.match(doc.text, c.sentence.start) \
                and (story := self._story_day(doc, state)) is not None \
                and state.last_date.start < story.start[:len(state.last_date.start)]:
            # 新华社河内12月12日电 …2017年11月，习近平曾对越南进行国事访问。下午，…举行会谈: back from what was
            # recalled to the day of the story (欢迎仪式后, 随后, 当晚)
            return story
        if state.last_date is not None and state.last_date.start and c.status == "occurred" \
                and (earlier := _EARLIER.search(doc.text, clause_start, c.cue.start)
                     or _EARLIER_OPENING.match(doc.text, c.sentence.start)) is not None \
                and not doc.text.startswith(("一天", "一日", "两天"), earlier.end()):
            # 24日，习近平同鲁托举行会谈。鲁托此前在上海出席了…论坛 (…。此前，鲁托在上海…): some time before
            # that day, in its month (the lead's, after background from long before: …。1974年8月15日，…建交。此前，…)
            told = state.lead_date if state.lead_date is not None and state.lead_date.start \
                and state.last_date.start[:4] < state.lead_date.start[:4] else state.last_date
            return DateValue(told.start[:7], None, "month", None, None, True)
        if c.type == "attend" and c.status == "planned" and state.last_held is not None \
                and (to_come := state.last_held[2]) is not None and to_come[1] >= c.sentence.index - 1:
            return to_come[0]  # 峰会将于9月4日至6日在北京举行。习近平将出席峰会开幕式
        if c.type in ("visit", "attend", "meet", "talks") and c.status == "planned" \
                and (told := state.last_stay.date if state.last_stay is not None else state.last_date) is not None \
                and told.start and (onward := _ONWARD.search(doc.text, c.sentence.start, c.cue.start)):
            if _AFTER_EXCHANGE.match(doc.text, max(c.sentence.start, onward.start() - 2)) \
                    and (exchange := state.last_exchange_event) is not None and exchange.date.start:
                told = exchange.date  # …会晤。特朗普期待明年4月访华。会晤结束后，习近平将前往庆州: after the meeting
            # 结束越南行程后，习近平将前往柬埔寨: after the stay told, in the month it ends (not on its days)
            return DateValue((told.end or told.start)[:7], None, "month", None, None, True)
        if state.last_date is not None and c.status == "planned" and c.type in ("visit", "attend") and doc.published \
                and state.last_date.start and (state.last_date.end or state.last_date.start)[:10] < doc.published.isoformat() \
                and not _ON_THIS_TRIP.search(doc.text, c.sentence.start, c.cue.start):
            # 习近平31日会见莫迪。…金正恩将来华出席纪念活动: a trip to come is not put in the past (赖总统此行为期
            # 7天，将访问…: a stop of the trip under way is)
            return UNKNOWN_DATE
        if state.last_date is not None and not (
                c.status in ("occurred", "negated") and doc.published
                and state.last_date.start > doc.published.isoformat()):
            return state.last_date  # (普京将于16日访华。…中方对此表示关切: what is told as done is not put in the future)
        if doc.anchor is not None:
            return DateValue(doc.anchor.isoformat(), None, "day", None, None, True)
        return UNKNOWN_DATE

    def _origin_named(self, doc: Doc, c: Candidate) -> Participant | None:
        """The country goods originate in, named in the ruling or inquiry before a trade measure (its sentence
        or the one before)."""
        start = doc.sentences[c.sentence.index - 1].start if c.sentence.index > 0 else c.sentence.start
        for match in reversed(list(_ORIGIN.finditer(doc.text, start, c.cue.start))):
            for *_, refs, kinds, _ in self.lexicon.scan(match.group(1)):
                iso3 = next((r.id for r in refs if r.kind == "country"), None) if "country" in kinds else None
                if iso3:
                    return self._country(iso3, doc.raw_span(match.start(1), match.end(1)))
        return None

    @staticmethod
    def _story_day(doc: Doc, state: State) -> DateValue | None:
        """The day the story tells of: its first dated event's, or its dateline's when that is later (a
        recalled event told first)."""
        lead = state.lead_date if state.lead_date is not None and state.lead_date.start else None
        filed = DateValue(doc.anchor.isoformat(), None, "day") if doc.dateline and doc.anchor else None
        if filed is not None and (lead is None or lead.start < filed.start[:len(lead.start)]):
            return filed
        return lead

    def _coreferent(self, c: Candidate, state: State, actors, recipients) -> Event | None:
        """An earlier event of the same kind between the same people: a re-mention most often
        points back to the lead, so the first one wins."""
        people = {p.id for p in (*actors, *recipients) if p.kind == "person"}
        if not people:
            return None
        if c.type not in ("meet", "talks", "call", "visit", "agree"):
            return None
        hosts = ({p.country for p in recipients} | {c.destination_iso3, c.destination and c.destination.country}) - {None} \
            if c.type == "visit" and "过境" not in c.cue.form else set()  # (a transit is part of the trip told)
        for earlier in state.events:
            earlier_people = {p.id for p in (*earlier.actors, *earlier.recipients) if p.kind == "person"}
            if family(earlier.type) == family(c.type) and (
                    people == earlier_people or len(people & earlier_people) >= 2) \
                    and not (hosts and earlier.type == "visit" and not hosts & {p.country for p in earlier.recipients}):
                return earlier  # (…访问越南。结束越南行程后，习近平将前往柬埔寨: another visit)
        return None

    # ---- participants ------------------------------------------------------------------


_TODAY = ("今天", "今日", "当天")


def _in_month_told(day: int, told: DateValue | None, anchor: date, before: bool = False,
                   lead: DateValue | None = None) -> date | None:
    """11月4日至7日访华。6日，习近平会见…, told in December: a bare day days after the day told before is
    in its month, when the same day of the report's month lies a week or more before the report (or days
    before it, when told as before: 10月23日…。此前，…21日宣布)."""
    if told is None or told.precision != "day" or not told.start or told.approximate:
        return None
    first = date.fromisoformat(told.start[:10])
    last = date.fromisoformat((told.end or told.start)[:10])
    if (first.year, first.month) == (anchor.year, anchor.month) or not 1 <= day <= monthrange(first.year, first.month)[1]:
        return None
    near = date(first.year, first.month, day)
    this_month = anchor.replace(day=day) if day <= monthrange(anchor.year, anchor.month)[1] else None
    # (a day of the report's month after the report would be read in the month before it: the month told wins)
    if (near >= first or (before and (first - near).days <= 10)) and (near - last).days <= 10 \
            and (this_month is None or this_month > anchor or (anchor - this_month).days >= 7
                 or ((anchor - last).days > 366 and not (lead is not None and lead.start and lead.start[:4] == str(anchor.year)))):
        # (1972年9月25日…。29日, told on an anniversary: that September; not after a lead of the report's year:
        # 20日…会谈。中巴两国于1974年8月15日建交。习近平是19日晚飞抵…)
        return near
    return None


def _after_signing(text: str, agreed: Candidate, c: Candidate) -> bool:
    """签署了第一阶段经贸协议，刘鹤与特朗普出席签署仪式: told after what was signed, not inside it (签署了关于建立
    海军热线的备忘录 holds what is to be set up)."""
    return agreed.cue.form.startswith(("签", "共同见证", "见证")) \
        and _CLAUSE_END.search(text, agreed.item_span[0], c.cue.start) is not None  # (…见证签署合作文件，并出席…)


def _undated_grounds(text: str, c: Candidate) -> bool:
    """中方对此坚决反对 names nothing of its own: a measure told before it is what it is about, and no event
    of its own, only when a statement tells it with no day (习近平指出，美方近年接连推出…制裁措施，中方对此…;
    not 美国商务部将华为列入实体清单，中方对此坚决反对, nor 何亚东5日表示，美方2日将…列入清单，…)."""
    said = _SAYING.search(text, c.sentence.start, c.cue.start)
    return said is not None and not any(said.end() <= d.start < c.cue.start for d in c.sentence.dates)


def _about_what_is_told(text: str, candidates: list[Candidate], said) -> None:
    """A complaint or demand after the words of a statement (何亚东5日表示，美方2日将…，中方对此坚决反对) is
    made when the statement is: the day of another event told in what is said is not its day."""
    for c in candidates:
        if c.type == "appoint" and c.date_expr is not None and c.date_expr.end <= said.start() and said.end() <= c.cue.start:
            c.date_expr = None  # 林剑在当天记者会上介绍，这是赵显就任外长后…: the day of the statement is not the post's
            continue
        if c.type not in ("concern", "demand") or said.end() > c.cue.start:
            continue
        c.speech = "said"
        if c.date_expr is None or c.date_expr.start < said.end() or c.region is None or c.date_expr.start >= c.region[0]:
            continue
        clause_end = _CLAUSE_END.search(text, c.date_expr.end, c.region[0])
        sides = {m.country for m in c.actors}
        if any(o is not c and c.date_expr.end <= o.cue.start < (clause_end.start() if clause_end else c.region[0])
               and not sides & {m.country for m in o.actors} for o in candidates) or (
                clause_end is not None and _OWN_CLAUSE.match(text, c.region[0])):
            # (林芳正12日称，中国军机7日…接近…，日方已向中方表达严重关切: the day of what he told is not the complaint's)
            c.date_expr = None
            c.speech = "dated" if any(d.end <= said.start() for d in c.sentence.dates) else "undated"


_CLAUSE_END = re.compile(r"[，,；;]")
_OWN_CLAUSE = re.compile(r"[^，,。；;]{0,3}方(?:已|对此|就此|随即|当即)|(?:对此|就此)")
# the words of a statement, before what is said (何亚东5日表示，…)
_SAYING = re.compile(r"(?:表示|说|称|指出|强调|透露|宣称|回应|表态|介绍)(?=[，,：:])|答记者问")
_SPEAKERS = PERSON | POST | TITLE | ORG | SIDE | COUNTRY  # the kinds of mention one who speaks is named by
_GENERIC_MEETING = re.compile(r"(?:主持|出席|参加|与会|出席了|参加了)?(?:会议|峰会|会晤|大会|此次会议|本次会议|开幕式)?|(?:先后|相继|分别)致[辞词]")
_MEETING_WORDS = frozenset(("会议", "会谈", "对话", "磋商", "会晤", "首次会议"))
_BY_MESSAGE = re.compile(r"致电|贺电|贺信|贺函|致函|致信|电话|通话")
_ANOTHER_TIME = re.compile(r"再次|再度|下次|适时|早日|尽早|明年|今后|将来|方便")
_VOTE_HELD = re.compile(r"(?:举行|进行)的?[^，,。；;]{0,8}?(?:大选|选举)")
_CONGRATULATED = re.compile(r"祝贺|恭贺|贺电|贺信|致贺|贺函")
_TOLD_BEFORE = re.compile(r"此前|曾|当时|日前|随后|当天|同日")  # 汪文斌此前表示: said on another day
_PUT_OFF = re.compile(r"推迟|延期|取消|暂缓")
_WRONGING = ("干涉", "干预", "侵犯", "损害", "破坏")  # …X内政: X is the one wronged, not complained of
_WRONGED = re.compile(r"的?(?:内政|主权|领土|安全|利益)")
_ANNOUNCED_THEN = re.compile(r"(?:上午|下午|晚间|晚上|早些时候)?(?:宣布|表示|说|称|发布|公布|发表|决定|证实|透露)")
_STEPPING_DOWN = ("卸任", "离任", "辞职", "辞呈")  # posts left by the one named (events._LEAVING also holds removals)
_NOT_DONE = re.compile("没有|没|未")
_TO_COME = re.compile(r"(?:将|拟|定|计划|预计)于?$")
# what a notice or statement recounts, and the cause an action answers: background to the day of the news
_RECOUNTED = re.compile(r"(?:公告|声明|通报|报告)(?:说|指出|称|显示|提到)")
_ANSWERED = re.compile(r"此举是对|是对[^，,。；;]{0,40}?的(?:回应|反制|反击)|由于|鉴于|针对")


_RECALLING = re.compile(r"(?:表示|指出|说|强调|回顾|介绍)[，,：:]")


def _recalled(text: str, sentence_start: int, at: int, value: DateValue, told: DateValue | None) -> bool:
    """赵乐际表示，今年1月24日，中瑙两国恢复外交关系。当天上午，…: a date a speaker recalls (told after the
    reporting verb, before `at`), earlier than the day told, dates nothing after it."""
    return told is not None and told.start is not None and value.start is not None \
        and value.start < told.start[:len(value.start)] \
        and _RECALLING.search(text, sentence_start, at) is not None


def _in_background(text: str, sentence, at: int) -> bool:
    """Whether `at` is in what a notice recounts (to the sentence's end) or in a clause giving the cause."""
    if _RECOUNTED.search(text, sentence.start, at):
        return True
    clause_start = max(text.rfind(mark, sentence.start, at) for mark in "，,；;") + 1 or sentence.start
    return _ANSWERED.search(text, max(clause_start, sentence.start), at) is not None


_RESUMING = re.compile(r"(?:上午|下午|中午|晚上|傍晚|当晚|晚间|随后|紧接着|(?:欢迎|签字|签约)?(?:仪式|会谈|会见|会晤|宴会|午宴|晚宴|"
                       r"记者会|茶叙)(?:结束)?(?:后|之后|前|上|中|期间))[，,]?")
_ORIGIN = re.compile(r"原产于([^，,。；;的]{1,12}?)(?:和[^，,。；;的]{1,12}?)?的")
_ITINERARY = re.compile(r"(?:公布|公开|发布)的(?:行程|日程)|(?:按|按照|根据)(?:既定)?(?:行程|日程)|行程安排[，,]")  # days to come
_SIDE_LED = re.compile(r"(?:代表团)?(?:则|也|亦)?(?:由|团长|成员包括|成员有|参加(?:会谈|磋商|谈判|会议)的(?:有|包括|是)|首席谈判代表|牵头人)")
_THIS_MOVE = re.compile(r"此举|这一做法|这种做法|上述做法|有关做法|的做法|的行径")
_LASTING = re.compile(r"为期([0-9一二两三四五六七八九十]{1,3})(?:天|日)")
_CLAUSE_OPENING = re.compile(r"[，,；;：:]|电\s*(?:[（(][^）)]{0,40}[）)])?\s*|讯[）)]?\s?|消息[，,]?")
_DATED = re.compile(r"(?:当地时间)?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚间?|中午)?|当天|今天|昨天|日前|近日")
_MEETING_NAME = re.compile(r"[^，,。；;在于\s()（）]{2,30}?(?:峰会|会议|会晤|论坛|大会|领导人会|外长会|理事会|博览会|博会|交易会)(?:开幕式|闭幕式)?")
_HELD_AT = re.compile(r"(?:在|于)[^，,。；;]{1,12}?(?:隆重|正式)?(?:举行|开幕|召开)(?!的)")
_CHINAS_POSTS = ("中华人民共和国", "中国", "中共", "国务院", "全国人大", "全国政协")
_ENDED = re.compile(r"[^，,。；;]{0,16}?(?:结束|落幕|闭幕|落下帷幕)")
_VIEWS = ("交换意见", "交流", "沟通", "交谈")  # what two do in an exchange, not another one
_WITHIN = (("会谈", ("talks",)), ("会见", ("meet",)), ("会面", ("meet",)), ("会晤", ("meet", "talks")), ("通话", ("call",)))


_TRAVELLING = ("前往", "赴", "飞往", "转赴", "出访")
_STOP_GAP = re.compile(r"[、和及与]|以及")


def _exchange_within(c: Candidate, state: State) -> Event | None:
    """在会谈中…: the talks told last (not a visit or a call told after them), else the last exchange."""
    types = next((types for word, types in _WITHIN if c.during.startswith(word)), ())
    return next((e for e in reversed(state.events) if e.type in types), None) or state.last_exchange_event
