"""Who the mentions are: persons with the titles they held that day, sides, pairs, pronouns, title
holders, delegations — and where events took place."""

from __future__ import annotations

import re
from datetime import date
from itertools import takewhile

from ..model import Location, Participant, Span
from .document import COUNTRY, CUE, PLACE, Doc
from .events import HELD_BEFORE, Candidate, delegation
from .mentions import ISLANDS_OWN, SURNAMES, Mention
from .state import State, day_of, person_and_side, referent_exchange, two_sided

_SAID = ("concern", "demand")  # what a spokesperson says for the side; the rest the side does
_LOCATIVE_ONE = ("在", "于", "赴")
_LOCATIVE_TWO = ("抵达", "到访", "前往")
# 在京会见, 来沪访问, 赴港出席: the one-character name of a Chinese city or province after a locative
_SHORT_PLACES = {"京": "北京", "沪": "上海", "津": "天津", "渝": "重庆", "穗": "广州", "港": "香港", "粤": "广东",
                 "闽": "福建", "琼": "海南", "滇": "云南", "蓉": "成都", "鄂": "湖北", "湘": "湖南", "桂": "广西",
                 "皖": "安徽", "赣": "江西", "冀": "河北", "鲁": "山东", "豫": "河南", "浙": "浙江", "川": "四川", "陕": "陕西"}
_IN_SHORT_PLACE = re.compile(r"[在于抵来赴返留](京(?![津冀剧腔味城])|沪(?![港深指股])|港(?![口元股币澳独])|川(?![普菜])"
                             r"|津(?!贴)|[渝穗粤闽琼滇蓉鄂湘桂皖赣冀鲁豫浙陕])")


def _after_locative(text: str, position: int, start: int) -> bool:
    """在/于/赴/抵达/到访/前往 ends at `position` and begins at `start` or later (no word of one
    character begins a word of two, so the words never overlap)."""
    if position - 1 >= start and text[position - 1] in _LOCATIVE_ONE:
        # 原产于美国的商品: where goods are from; 关于阿富汗问题: what it is about
        return not text.endswith(("产于", "源于", "位于", "关于", "对于", "由于", "基于", "鉴于", "属于", "等于", "至于"),
                                 0, position)
    if position - 2 >= start and text[position - 2:position] in _LOCATIVE_TWO:
        return True
    # 在美国总统度假地戴维营, 在总统府所在地: a place described between 在 and its name
    described = _DESCRIBED_PLACE.search(text, max(start, position - 14), position)
    return described is not None


HEADS_TITLES = ("总统", "国王", "国家主席", "元首", "埃米尔", "苏丹", "女王")  # a head of state's


def _visit_sides(visit) -> tuple[str, ...]:
    """普京访华…两国元首签署…: with no exchange told, the two are the visitor's country and the host."""
    if visit is None or visit.location is None or not visit.location.country:
        return ()
    sides = {p.country for p in visit.actors if p.country} | {visit.location.country}
    return tuple(sorted(sides)) if len(sides) == 2 else ()


_STATE_WORDS = re.compile(r"(?:社会主义|民主|人民|联邦|合众国|共和国|王国|政府|国会)+")


_ADDRESSED = ("先生", "阁下", "同志", "女士")  # 总理先生, 委员长同志: a title used to address one
# the titles of a province's or a city's officials (not 州长, a governor of many countries)
_LOCAL_TITLE = re.compile(r"[省市区县政府常务副]{0,4}(?:市长|市委(?:副)?书记|省长|省委(?:副)?书记|外办主任|外事办公室主任|区长|县长"
                         r"|县委书记|区委书记)")
_FOREIGN_AFFAIRS_OFFICE = ("外办", "外事办", "外事办公室")  # a province's or a city's, as the mainland names them
_TITLE_STANDS_ALONE_AFTER = ("", "，", ",", "、", "。", "\n", " ", "讯", "日", "：", ":")
_ELECT = ("当选", "候任")  # 美国当选总统, 当选总统


# 美国前财政部长, 原外长: a post held before (not 原子能, 前线)
_FORMER = re.compile(r"(?:^|[国方省市州会院部党府])[前原](?![子线则来])")
_TEAMS = re.compile(r"[^，,。；;的]{0,6}?(?:团队|代表团|工作组|部门|官员|企业|工商界|商界|公司)")


def _territory(doc: Doc) -> str:
    """Hong Kong or Macao, whichever the document names more (Hong Kong when neither)."""
    return "MAC" if doc.text.count("澳门") > doc.text.count("香港") else "HKG"


class Participants:
    """Resolution of mentions to participants and places; mixed into the Extractor."""

    _home: str | None = None  # the country of the press the document is from (the Extractor sets it)
    _text: str = ""  # the text of the document read (the Extractor sets it)

    def _speaking_for(self, doc: Doc, c: Candidate, actors, on, memory):
        """习近平指出…中方对此表达严重关切: the side speaks through the person who said it; what a
        spokesperson announces the side does (林剑宣布，中方决定对…实施制裁) stays the side's."""
        speaker = [m for m in c.speaker if m.kind == "person"]
        if not speaker or not actors or any(a.kind != "country" for a in actors) \
                or len({a.country for a in actors}) > 1 or any(m.kind in ("both", "all") for m in c.actors):
            # (米斯里宣布，印度和中国已达成协议: the two sides agreed, not the one announcing it)
            # (习近平指出，两国经贸团队进行的磋商…: the teams of both sides, of which he is not one)
            return actors
        person = self._person(speaker[0], doc.raw_span(speaker[0].start, speaker[0].end), on, memory)
        if c.type not in _SAID and any("发言人" in t for t in (*speaker[0].titles, *person.titles)):
            return actors  # a spokesperson announces what the side does; the side does it
        if person.country and person.country in {a.country for a in actors}:
            return [person]
        return actors

    def _delegation(self, doc: Doc, c: Candidate) -> list[Participant]:
        """会见美国国会众议员代表团: a delegation the lexicon cannot name is still the other side."""
        found = delegation(doc.text, c)
        if found is None:
            return []
        name, start, end = found
        country = next((r.id for t in c.sentence.tokens if start <= t.start < end
                        for r in t.refs if r.kind == "country"), None)
        return [Participant(f"org/{name}", name, "org", None, country, mention=doc.raw_span(start, end))]

    def _predecessor_name(self, c: Candidate) -> str | None:
        if c.predecessor is None:
            return None
        ident = c.predecessor.ids[0]
        entity = self.lexicon.entity(ident)
        return entity.name if entity else c.predecessor.name

    def _participants(self, doc: Doc, mentions: list[Mention], on: date | None, state: State,
                      memory: dict) -> list[Participant]:
        out: list[Participant] = []
        seen: set[str] = set()
        for mention in mentions:
            for participant in self._participant(doc, mention, on, state, memory):
                if participant.id not in seen:
                    seen.add(participant.id)
                    out.append(participant)
        return out

    def _participant(self, doc: Doc, m: Mention, on: date | None, state: State, memory: dict) -> list[Participant]:
        span = doc.raw_span(m.start, m.end)
        if m.kind == "person":
            return [self._person(m, span, on, memory)]
        if m.kind in ("country", "pair", "modifier"):
            return [self._country(iso3, span) for iso3 in (m.countries or (m.country,)) if iso3]
        if m.kind == "place" and m.ids and m.ids[0].startswith("country/"):
            return [self._country(m.ids[0].split("/", 1)[1], span)]  # 对原产于美国的商品加征关税
        if m.kind == "org" and doc.home is not None and doc.text[m.start:m.end] in ISLANDS_OWN \
                and (entity := self.lexicon.entity(m.ids[0])) is not None and entity.country == "CHN":
            # 外交部今天表示 in a report filed in Taipei (or Kuala Lumpur…): the home side's own body
            name = doc.text[m.start:m.end]
            return [Participant(f"org/{doc.home.lower()}-{name}", name, "org", None, doc.home, mention=span)]
        if m.kind == "org" and doc.text[m.start:m.end] == "特区政府" and _territory(doc) == "MAC":
            m = Mention(m.start, m.end, "org", ["org/macao-sar-government"], m.name, country="MAC")  # in a Macao report
        if m.kind == "org" and doc.home == "TWN" and doc.text[m.start:m.end] in ("中共", "北京当局", "中共当局"):
            return [self._country("CHN", span)]  # 中共在台海周边的军事演习: the mainland
        if m.kind == "org":
            entity = self.lexicon.entity(m.ids[0])
            return [Participant(m.ids[0], entity.name if entity else m.name, "org",
                                entity.name_en if entity else None, entity.country if entity else m.country,
                                mention=span)]
        if m.kind in ("both", "all") and (titled := _titled(m.name, state, m.kind == "all")):
            return titled  # 两国总理, 三国外长: those of that post in the exchanges just told
        if m.kind == "both" and m.name == "两国" and (states := self._two_states(doc, m, on, state, memory)):
            return [self._country(iso3, span) for iso3 in states]
        if m.kind == "both":
            return self._both(doc, m, on, state, memory)
        if m.kind == "all":
            # 中日韩领导人会议…。三国领导人同意…: those of the last meeting of three or more
            # (出席峰会的习近平、普京…。各方一致同意…: those who attended it, two or more)
            # (an agreement told after them, as 峰会发表《…宣言》。各方同意…, is of the same meeting)
            attended = [e for e in takewhile(lambda e: e.type in ("attend", "agree"), reversed(state.events))
                        if e.type == "attend" and e.status != "negated"][::-1]  # (…未出席会晤: not of those)
            if attended:
                # 习近平出席会晤…。会晤由普京主持。会晤通过了《喀山宣言》: all told of attending, with the
                # international body whose meeting it was
                people = {p.id: p for e in attended for p in (*e.actors, *e.recipients)}
                groups = self._groups_in(tuple(item for e in attended for item in e.items), span)
                return [*people.values(), *(g for g in groups if g.id not in people)]
            held = next((list(e.actors) + list(e.recipients) for e in reversed(state.events)
                         if len(e.actors) + len(e.recipients) >= (2 if e.type == "attend" else 3)
                         and e.type in ("attend", "meet", "talks", "call")), [])  # (call: 外长视频会晤)
            if held or not m.name.endswith(_SUMMIT_WORDS):
                return held
            # 二十国集团领导人峰会9日在新德里开幕。峰会通过了《新德里宣言》: with no one told there, the body whose
            # meeting it is
            return self._groups_in((doc.text[max(0, m.start - 120):m.start],), span)
        if m.kind == "he" and m.role == "subject" and not m.local and m.ids \
                and doc.text.startswith(_SAYING_AFTER_HE, m.end):
            # 董军说，两国元首去年…会晤。他强调，…: the one who spoke goes on, not those he spoke of
            return [self._person(Mention(m.start, m.end, "person", list(m.ids), m.name, country=m.country), span, on,
                                 memory)]
        if m.kind == "he" and m.role == "subject" and not m.local and self._last_event_is_near(state):
            return [p for p in state.last_actors if p.kind == "person"][:1]  # 普京…。这是他…首次出访
        if m.kind == "he" and m.ids:  # 对他实施制裁 / 他促请…: the person just spoken of
            return [self._person(Mention(m.start, m.end, "person", list(m.ids), m.name, country=m.country,
                                         known=m.ids[0] in self.lexicon.entities), span, on, memory)]
        if m.kind == "he":
            return [p for p in state.last_actors if p.kind == "person"][:1]
        if m.kind == "we" and doc.home is not None and m.name in ("我国", "本国"):
            return [self._country(doc.home, span)]  # 我国外交部 in a paper of Singapore: Singapore
        if m.kind == "we":
            spokesperson = memory.get("spokesperson") or self._spokesperson_speaking(on)
            if spokesperson is None and m.name == "我方" and (country := next(
                    (s.country for s in self._speakers if s.kind in ("person", "org", "country") and s.country),
                    doc.home)) is not None:
                return [self._country(country, span)]  # 田中光指出，我方对…表达强烈抗议: the side of the one speaking
            if spokesperson is None and not self._answering:
                return []  # 我们奉劝华盛顿…: an editorial's "we" speaks for no government
            return [self._country((spokesperson.country if spokesperson else None) or "CHN", span)]
        if m.kind == "heads" and m.titles:
            # 中日外长举行会谈: each country's holder of the post that day, else the country
            return [self._post_holder(iso3, m.titles[0], on, span) or self._country(iso3, span) for iso3 in m.countries]
        if m.kind == "heads":
            exchange = two_sided(state, state.last_exchange_event) if m.name.startswith("两") else None
            exchanged = (*exchange.actors, *exchange.recipients) if exchange else state.last_exchange
            countries = m.countries or tuple(sorted({p.country for p in exchanged if p.country})) \
                or _visit_sides(state.last_visit) or _sides_named(memory, m.start)
            people = [p for iso3 in countries for p in self._head_of(iso3, on, span, state)]
            return people or list(state.last_exchange)
        if m.kind == "title" and doc.text.startswith(_ADDRESSED, m.end):
            # 我同总理先生在喀山会晤 (said to 莫迪): the one of that title in the exchange under way
            title = m.titles[0] if m.titles else m.name
            exchange = state.last_exchange_event
            people = [p for p in ((*exchange.actors, *exchange.recipients) if exchange else ()) if p.kind == "person"]
            named = [p for p in people if any(t.endswith(title) for t in p.titles)]
            return named[:1] or self._title_holder(doc, m, span, on)
        if m.kind == "title":
            if m.country is None and doc.text[m.chain_start - 1:m.chain_start] in _CLAUSE_MARKS \
                    and (earlier := _titled_before(m, memory)) is not None:
                # 国务卿鲁比奥…。国务卿对…表示严重关切: the one named with that title before
                return [self._person(Mention(m.start, m.end, "person", list(earlier.ids), earlier.name,
                                             country=earlier.country, known=earlier.known), span, on, memory)]
            return self._title_holder(doc, m, span, on)
        return []

    def _two_states(self, doc: Doc, m: Mention, on: date | None, state: State, memory: dict) -> list[str]:
        """两国 as the two states rather than persons: after a visit told in its sentence (2024年11月20日，
        习近平对巴西进行国事访问，两国宣布…: the visitor's and the host), or naming their teams or departments
        (两国经贸团队…形成了基本共识: those of the exchange it points to)."""
        if state.events and self._sentence is not None and state.last_sentence == self._sentence.index \
                and (visit := state.events[-1]).type == "visit":
            sides = (*visit.actors, *visit.recipients)
        elif _TEAMS.match(doc.text, m.end):
            sides = self._both(doc, m, on, state, memory)
        elif on is not None and (told := state.last_exchange_event) is not None and (seen := day_of(told.date)) is not None \
                and (seen - on).days > 366:
            # 习近平同卢拉举行会谈。1974年8月15日，两国正式建立外交关系: the states of long before, not their heads now
            sides = (*told.actors, *told.recipients)
        else:
            return []
        states = list(dict.fromkeys(p.country for p in sides if p.country))
        return states if len(states) == 2 else []

    def _head_of(self, iso3: str, on: date | None, span: Span, state: State) -> list[Participant]:
        """The head of `iso3` that 两国元首 names: one elect in the exchange just told (同美国当选总统特朗普
        通电话。两国元首同意… is not the sitting one), else the one the knowledge base lists that day, else
        the one of that country in the exchange."""
        exchanged = [q for q in state.last_exchange if q.country == iso3 and q.kind == "person"]
        elect = [q for q in exchanged if any(word in t for t in q.titles for word in _ELECT)]
        # (同伊朗总统莱希举行会谈。两国元首…: the president met, not the supreme leader the knowledge base lists)
        presiding = [q for q in exchanged if any(word in t and "副" not in t for t in q.titles for word in HEADS_TITLES)]
        return elect[:1] or presiding[:1] or self._holders_of_head(iso3, on, span) or exchanged

    def _spokesperson_speaking(self, on: date | None) -> Mention | None:
        """林剑说，我们敦促…: a known spokesperson, named with no title, speaking."""
        for m in self._speakers:
            if m.kind == "person" and m.known and on is not None and any(
                    "发言人" in p.name for i in m.ids[:1] for p in self.lexicon.posts_held(i, on=on)):
                return m
        return None

    def _last_event_is_near(self, state: State) -> bool:
        """Whether the last event was told in this sentence or the one before."""
        if not state.events or self._sentence is None:
            return False
        return state.last_sentence >= self._sentence.index - 1

    def _both(self, doc: Doc, m: Mention, on: date | None, state: State, memory: dict) -> list[Participant]:
        """双方/两人: the two persons just named in the sentence, else the last exchange."""
        named = [p for p in self._context_people if p.end <= m.start]
        if len(named) >= 2:
            # 何立峰与贝森特、格里尔会谈后表示，双方…: back to where a second country is named
            last = len(named) - 2
            while last > 0 and named[last].country == named[-1].country and named[last].country:
                last -= 1
            while last > 0 and named[last - 1].country == named[last].country != named[-1].country \
                    and doc.text[named[last - 1].end:named[last].chain_start] in ("、", "和", "及"):
                last -= 1  # 杨洁篪、王毅同布林肯、沙利文: the whole of the other side
            people = []
            for mention in named[last:]:
                person = self._person(mention, doc.raw_span(mention.start, mention.end), on, memory)
                if person.id not in {p.id for p in people}:
                    people.append(person)
            if len(people) >= 2:
                return people
        exchange = referent_exchange(state, dated=self._dated, held=self._told_as_done)
        self._referent = exchange
        if exchange is None:
            pair = next((r.extra for r in self.lexicon.surface_refs(m.name[:2]) if r.kind == "pair"), None)
            if pair and not state.last_exchange:
                return [self._country(iso3, doc.raw_span(m.start, m.end)) for iso3 in pair]  # 中美双方
            if not state.last_exchange and m.name in ("两人", "二人") \
                    and _MESSAGE.search(doc.text, max(0, m.start - 120), m.start) \
                    and (named := _two_named(memory, m.start)):
                # 尹锡悦致电特朗普，祝贺他胜选。两人进行了约12分钟的电话交谈: the two of the message, no exchange told
                return [self._person(p, doc.raw_span(p.start, p.end), on, memory) for p in named]
            if not state.last_exchange and state.events and (visit := state.events[-1]).type == "visit" \
                    and visit.status == "occurred" and visit.recipients and self._last_event_is_near(state):
                # 别洛乌索夫抵达平壤，努光铁到机场迎接。双方举行了会谈: the visitor and his host, or its country
                host = visit.recipients[0].country
                told_from = doc.sentences[state.last_sentence].start  # (named since the visit was told)
                greeting = next((p for p in reversed(memory.get("recent", ())) if p.country == host
                                 and told_from <= p.start and p.end <= m.start), None)
                return [*visit.actors, self._person(greeting, doc.raw_span(greeting.start, greeting.end), on, memory)
                        if greeting is not None else visit.recipients[0]]
            if not state.last_exchange and state.events:
                # (…代表团举行直接谈判。费丹主持了开幕式。…双方同意: the talks, not the attendance after them)
                last = next((e for e in reversed(state.events) if e.type in ("meet", "talks", "call")), state.events[-1])
                sides = [p for p in (*last.actors, *last.recipients) if p.kind == "country"]
                if last.type in ("meet", "talks", "call") and len(sides) == len(last.actors) + len(last.recipients) >= 2:
                    return sides  # 俄罗斯和乌克兰代表团举行谈判。双方同意…: the two countries
                return person_and_side(last)
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
        told = memory.get("chosen", {}).get(tuple(ids)) if len(ids) > 1 and not m.post_ids else None
        if told is not None:
            chosen = told  # 美国驻华大使伯恩斯…。伯恩斯表示: the one the title chose before, not the namesake
        elif len(ids) > 1:
            fitting = [i for i in ids if on and any(p.id in m.post_ids for p in self.lexicon.posts_held(i, on=on))]
            if not fitting and m.post_ids:  # 副总统哈里斯 the day after she left it: the one who held the post
                fitting = [i for i in ids if any(h.post in m.post_ids for h in self.lexicon.holdings_of(i))]
            if not fitting and on:
                fitting = [i for i in ids if self.lexicon.posts_held(i, on=on)]
            if len(fitting) == 1:
                chosen = fitting[0]
                if m.post_ids:
                    memory.setdefault("chosen", {})[tuple(ids)] = chosen
            else:
                candidates = tuple(ids)
        entity = self.lexicon.entity(chosen)
        titles = list(m.titles)
        flags: list[str] = []
        if not titles:
            remembered = memory.get("titles", {}).get(chosen)
            if remembered:
                titles = list(remembered[0])
        held = []
        if entity is not None and on is not None:
            held = self.lexicon.posts_held(chosen, on=on)
            if not titles:
                titles = [p.name for p in held]
            elif m.post_ids and held and not set(m.post_ids) & {p.id for p in held}:
                ever = {h.post for h in self.lexicon.holdings_of(chosen)}
                if set(m.post_ids) & ever:
                    flags.append("title-not-held-on-date")
        country = (entity.country if entity else None) or m.country
        if country is None and entity is None and self._local_official(m):
            country = "CHN"  # 厦门日报讯 市长伍斌会见…: a local official of the mainland's own press
        # 联合国秘书长古特雷斯, 欧盟委员会主席冯德莱恩: one who acts for an international body is coded by it
        posts = m.post_ids if m.titles and m.post_ids else [p.id for p in held]  # (秘书长古特雷斯: a bare title)
        if posts and not self._body_posts.keys().isdisjoint(posts):
            bodies = {self._body_posts.get(p) for p in posts}
            if len(bodies) == 1:
                country = bodies.pop()
        titles = [self._canonical_title(t, country) for t in titles]
        return Participant(
            id=chosen, name=entity.name if entity else m.name, kind="person",
            name_en=entity.name_en if entity else None, country=country,
            titles=tuple(dict.fromkeys(titles)), mention=span, flags=tuple(flags), candidates=candidates,
        )

    def _local_official(self, m: Mention) -> bool:
        """厦门日报讯 市长伍斌会见…, 省外办主任刘明: an official of a province or a city the knowledge base does not
        know, titled alone in the mainland's own press (not 伦敦金融城市长马杰明, the city named before the title)."""
        if self._home not in (None, "CHN") or not m.titles or not 2 <= len(m.name) <= 3 or m.name[0] not in SURNAMES:
            return False
        before = self._text[m.chain_start - 1:m.chain_start]
        return all(_LOCAL_TITLE.fullmatch(t) for t in m.titles) and before in _TITLE_STANDS_ALONE_AFTER or (
            m.titles[0] in ("主任", "副主任") and any(
                office in self._text[max(0, m.chain_start - 5):m.start] for office in _FOREIGN_AFFAIRS_OFFICE))

    def _canonical_title(self, title: str, country: str | None) -> str:
        """美财长, 美國國務卿 → the post's own name (财政部长, 国务卿) when the title names one post."""
        key = (title, country)
        name = self._titles_seen.get(key)
        if name is None:
            name = self._titles_seen[key] = self._post_name(title, country)
        return name

    def _post_name(self, title: str, country: str | None) -> str:
        found = self._posts_named(title, country)
        if not found and country and (named := next((n for n in range(2, min(len(title) - 1, 6))
                                                    if any(r.kind in ("country", "side") and r.id == country
                                                           for r in self.lexicon.surface_refs(title[:n]))), 0)):
            # 波兰共和国总统, 美国联邦众议院议长: after its country's name and the words of its state, the
            # title names one post of that country
            rest = named + (formal.end() - formal.start() if (formal := _STATE_WORDS.match(title, named)) else 0)
            found = [p for p in self._posts_named(title[rest:], country) if p.country == country]
        return found[0].name if len(found) == 1 else title

    def _posts_named(self, title: str, country: str | None) -> list:
        posts = {r.id for r in self.lexicon.surface_refs(title) if r.kind == "post"}
        found = [self.lexicon.posts[p] for p in posts if p in self.lexicon.posts]
        if country:
            found = [p for p in found if p.country == country] or found
        return found

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

    def _groups_in(self, items: tuple[str, ...], span: Span) -> list[Participant]:
        """金砖国家领导人第十六次会晤: the international body whose meeting it is."""
        groups = []
        for item in items:
            for _, _, _, refs, _, _ in self.lexicon.scan(item):
                entity = next((e for r in refs if r.kind == "org" and (e := self.lexicon.entity(r.id))
                               and e.subkind == "international"), None)
                if entity is not None and entity.id not in {g.id for g in groups}:
                    groups.append(Participant(entity.id, entity.name, "org", entity.name_en, entity.country,
                                              mention=span))
        return groups

    def _country_location(self, iso3: str | None) -> Location | None:
        country = self.lexicon.countries.get(iso3) if iso3 else None
        return Location(country.name, country.name_en, country.iso3, None, f"country/{country.iso3}") if country else None

    def _country(self, iso3: str, span: Span) -> Participant:
        country = self.lexicon.countries.get(iso3)
        return Participant(f"country/{iso3}", country.name if country else iso3, "country",
                           country.name_en if country else None, iso3, mention=span)

    def _holders_of_head(self, iso3: str, on: date | None, span: Span) -> list[Participant]:
        if on is None:
            return []
        for post in self._head_posts().get(iso3, ()):
            holders = self.lexicon.who_held(post.id, on=on)
            if holders:
                return [self._from_holding(holders[0].person, post.name, span)]
        return []

    def _post_holder(self, iso3: str, word: str, on: date | None, span: Span) -> Participant | None:
        """The one person who held the post `word` names (外长: 国务卿 for the United States) in `iso3` on the day."""
        if on is None:
            return None
        for form in _POST_WORDS.get(word, (word,)):
            for post in self.lexicon.find_posts(form, country=iso3):
                holders = self.lexicon.who_held(post.id, on=on)
                if len(holders) == 1:
                    return self._from_holding(holders[0].person, post.name, span)
        return None

    def _head_posts(self) -> dict:
        """Posts that make a head of state, by country (computed once)."""
        if getattr(self, "_heads_by_country", None) is None:
            found: dict[str, list] = {}
            for post in self.lexicon.posts.values():
                slug = post.id.rsplit("/", 1)[-1]
                if slug in self.heads:
                    found.setdefault(post.country, []).append(post)
            self._heads_by_country = found
        return self._heads_by_country

    def _from_holding(self, person_id: str, title: str, span: Span) -> Participant:
        entity = self.lexicon.entity(person_id)
        return Participant(person_id, entity.name if entity else person_id, "person",
                           entity.name_en if entity else None, entity.country if entity else None,
                           titles=(title,), mention=span, flags=("resolved-from-title",))

    def _title_holder(self, doc: Doc, m: Mention, span: Span, on: date | None) -> list[Participant]:
        """美国国务卿 with no name: whoever held the post on the day."""
        if on is None:
            return []
        posts = [self.lexicon.posts[p] for p in m.post_ids if p in self.lexicon.posts]
        # (总统今天接见… in a report filed in Taipei: the island's own)
        country = m.country or self._home or "CHN"
        if not m.country and {p.country for p in posts} >= {"HKG", "MAC"}:
            country = _territory(doc)  # 行政长官今日会见…: the Chief Executive of the territory reported on
        posts = [p for p in posts if p.single and p.country == country]
        if len(m.titles) > 1 and (shared := self._shared_title(m.titles)) is not None:
            # 哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、乌兹别克斯坦外长出席: the title of each country listed
            word, countries = shared
            return [self._post_holder(iso3, word, on, span) or self._country(iso3, span) for iso3 in countries]
        if any(_FORMER.search(title) for title in m.titles):
            posts = []  # 美国前财政部长: not whoever holds the post on the day
        for post in posts:
            holders = self.lexicon.who_held(post.id, on=on)
            if len(holders) == 1:
                return [self._from_holding(holders[0].person, m.titles[0] if m.titles else post.name, span)]
        body = self._body_of_title(m, span)
        if body or not m.country or m.country == "CHN":
            return body
        # 会见匈牙利驻华大使一行, 会见老挝、缅甸、越南驻华大使: envoys the knowledge base cannot name stand
        # for their countries
        countries = []
        for title in m.titles:
            iso3 = next((r.id for *_, refs, kinds, _ in self.lexicon.scan(title) if "country" in kinds
                         for r in refs if r.kind == "country"), None)
            if iso3 and iso3 != "CHN" and iso3 in self.lexicon.countries and iso3 not in countries:
                countries.append(iso3)
        return [self._country(iso3, span) for iso3 in countries or [m.country] if iso3 in self.lexicon.countries]

    def _country_named(self, form: str) -> str | None:
        return next((r.id for r in self.lexicon.surface_refs(form) if r.kind == "country"), None)

    def _shared_title(self, titles: list[str]) -> tuple[str, list[str]] | None:
        """The title after the last of a list of countries, and the countries, when every other item is a
        country alone."""
        countries = [self._country_named(title) for title in titles[:-1]]
        if not all(countries):
            return None
        last = titles[-1]
        for end in range(len(last) - 1, 1, -1):
            if (iso3 := self._country_named(last[:end])) is not None:
                return last[end:], [*countries, iso3]
        return None

    def _body_of_title(self, m: Mention, span: Span) -> list[Participant]:
        """商务部新闻发言人宣布…: a post held by several, unnamed, speaks for the body it starts with."""
        title = m.titles[0] if m.titles else m.name
        for end in range(len(title) - 1, 1, -1):
            for ref in self.lexicon.surface_refs(title[:end]):
                if ref.kind == "org" and (entity := self.lexicon.entity(ref.id)) is not None:
                    return [Participant(ref.id, entity.name, "org", entity.name_en, entity.country, mention=span)]
        return []

    # ---- places ------------------------------------------------------------------------
    def _location(self, doc: Doc, c: Candidate, on: date | None, state: State) -> Location | None:
        if c.destination is not None:
            place = self._place(doc, c.destination)
            return self._city_of(place) if c.type == "visit" else place
        if c.destination_iso3:
            short = self._short_place(doc, max(c.sentence.start, c.cue.start - 2), c.cue.start)
            if short is not None and short.country == c.destination_iso3:
                return short  # 来沪访问: the city of the visit
            if c.cue.form.endswith(("迎接", "迎候")) and (filed := self._dateline_place(doc)) is not None \
                    and filed.country == c.destination_iso3:
                return filed  # 新华社旧金山11月15日电 …拜登在庄园门口迎接习近平: where the report is filed
            if (country := self._country_location(c.destination_iso3)) is not None:
                return country
        sentence = c.sentence
        start = min([c.region[0], *(m.start for m in c.actors)]) if c.region else sentence.start
        end = c.region[1] if c.region else sentence.end
        if not sentence.mask & (PLACE | COUNTRY):
            return self._short_place(doc, start, end) or self._gone_to(doc, c)  # perhaps 在京, or 赴利马出席
        own = c.region[0] if c.region else start
        # …13日在上海出席典礼，14日则在北京与习近平会谈: the place of the cue's own clause first
        place = self._place_after_locative(doc, c, own, end) if own > start else None
        return place or self._place_after_locative(doc, c, start, end) or self._short_place(doc, start, end) or (
            # 中日韩外长会11日在首尔举行，王毅…出席: attended where the clause before held it
            self._place_after_locative(doc, c, sentence.start, start)
            if c.type == "attend" and start > sentence.start and HELD_BEFORE.search(doc.text, sentence.start, start)
            else None) or (
            # 在河内，习近平14日同苏林举行会谈: the place the sentence opens with
            self._place_after_locative(doc, c, sentence.start, start)
            if start > sentence.start and _OPENING_PLACE.match(doc.text, sentence.start) else None) or self._gone_to(doc, c)

    def _gone_to(self, doc: Doc, c: Candidate) -> Location | None:
        """赴利马出席亚太经合组织会议: attended in the city gone to just before."""
        if c.type != "attend":
            return None
        start = c.region[0] if c.region else c.sentence.start
        for token in c.sentence.tokens:
            if start <= token.start < c.cue.start and token.mask & CUE and token.form.startswith(("赴", "前往")):
                city = token.form[1:] if token.form[0] == "赴" else token.form[2:]
                ref = next((r for r in self.lexicon.surface_refs(city) if r.kind == "place"), None)
                if ref is not None:
                    end = token.end
                    return self._place(doc, Mention(end - len(city), end, "place", [ref.id], city))
        return None

    def _place_after_locative(self, doc: Doc, c: Candidate, start: int, end: int) -> Location | None:
        """The first place right after a locative word (在, 于, 抵达…) between `start` and `end`."""
        text = doc.text
        for place in c.sentence.tokens:  # in order
            position = place.start
            if position > end:
                break
            if position < start or not place.mask & (PLACE | COUNTRY) or not _after_locative(text, position, start):
                continue
            if c.item_span and c.type in ("concern", "demand", "agree") and c.item_span[0] <= position < c.item_span[1]:
                continue  # 对日本人在深圳遇害事件表达关切: where what is complained of happened
            if text.startswith("时间", place.end):
                continue  # 于台北时间今天凌晨与普京通话: a clock, not a place
            # 在俄罗斯喀山, 在秘鲁首都利马: the city named after its country
            gap = 2 if text.startswith(_CAPITAL_WORDS, place.end) else 0
            following = next((t for t in c.sentence.tokens if t.start == place.end + gap and t.mask & PLACE), None)
            chosen = following or place
            if chosen.mask & PLACE:
                mention = Mention(chosen.start, chosen.end, "place", [chosen.of("place")[0].id], chosen.form)
            else:
                iso3 = chosen.of("country")[0].id
                mention = Mention.of_country(chosen.start, chosen.end, chosen.form, iso3)
            return self._place(doc, mention)
        return None

    def _city_of(self, place: Location | None) -> Location | None:
        """A visit is to a city: 白宫 (a venue) places a visit in Washington, told by the same characters."""
        entity = self.lexicon.entity(place.id) if place is not None and place.id else None
        city = self.lexicon.entity(entity.within) if entity is not None and entity.subkind == "venue" \
            and entity.within else None
        if city is None:
            return place
        return Location(city.name, city.name_en, city.country, place.mention, city.id)

    def _short_place(self, doc: Doc, start: int, end: int) -> Location | None:
        found = _IN_SHORT_PLACE.search(doc.text, start, end)
        if found is None:
            return None
        short = found.group(1)
        ref = next((r for r in self.lexicon.surface_refs(_SHORT_PLACES[short]) if r.kind == "place"), None)
        return self._place(doc, Mention(found.start(1), found.end(1), "place", [ref.id], short)) if ref else None

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


# 两国总理, 三国外长: the post the word names, as each country writes it
_POST_WORDS = {
    "总理": ("总理", "首相"), "首相": ("首相", "总理"), "总统": ("总统",),
    "外长": ("外长", "外交部长", "外相", "外务大臣", "外交大臣", "国务卿", "外交部长官", "高级代表"),
    "防长": ("防长", "国防部长", "防卫相", "防卫大臣", "国防大臣", "国防部长官"),
    "财长": ("财长", "财政部长", "财务大臣", "财政大臣"),
}


def _titled(name: str, state: State, every: bool) -> list[Participant]:
    """The persons of the post a group word names (两国总理, 三国外长): two or more of them in one of the
    last exchanges held, or for three and more (`every`) in those exchanges together."""
    word = next((w for w in _POST_WORDS if name.endswith(w)), None)
    if word is None:
        return []
    forms = _POST_WORDS[word]
    gathered: dict[str, Participant] = {}
    for event in state.events[-4:][::-1]:
        # (赵显将于17日至18日访华。…访问期间两国外长将举行会谈: the visitor and the host who invited him)
        if event.type in ("meet", "talks", "call") and event.status == "occurred" or event.type == "visit":
            people = [p for p in (*event.actors, *event.recipients)
                      if p.kind == "person" and any(t.endswith(forms) and "副" not in t for t in p.titles)]
            if len(people) >= 2 and not every:
                return people
            gathered.update((p.id, p) for p in people if p.id not in gathered)
    return list(gathered.values()) if len(gathered) >= 2 else []


_MESSAGE = re.compile(r"致电|致函|致信|贺电|贺信|唁电|复信|口信")


def _two_named(memory: dict, before: int) -> list[Mention]:
    """The last two persons named before a position, of two countries."""
    found: list[Mention] = []
    for person in reversed(memory.get("recent", ())):
        if person.end <= before and person.country and all(p.country != person.country for p in found):
            found.append(person)
            if len(found) == 2:
                return found[::-1]
    return []


def _sides_named(memory: dict, before: int) -> tuple[str, ...]:
    """习近平为巴西总统卢拉举行欢迎仪式。随后，两国元首举行会谈: the countries of the last two persons named."""
    countries: list[str] = []
    for person in reversed(memory.get("recent", ())):
        if person.end <= before and person.country and person.country not in countries:
            countries.append(person.country)
            if len(countries) == 2:
                return tuple(reversed(countries))
    return ()


_CAPITAL_WORDS = ("首都", "首府", "城市", "港市", "南部", "北部", "东部", "西部", "中部", "海滨", "边境")
_OPENING_PLACE = re.compile(r"(?:——)?(?:\d{1,2}日，?)?在[^，,。；;]{2,12}(?:期间)?[，,]")
_DESCRIBED_PLACE = re.compile(r"在[^，,。；;在]{1,10}?(?:度假地|度假胜地|所在地|官邸|住所|驻地|庄园|私人俱乐部)$")


_SAYING_AFTER_HE = ("强调", "表示", "指出", "说", "称", "重申", "认为", "介绍", "还说", "还表示", "同时表示", "进一步表示")
_SUMMIT_WORDS = ("峰会", "会议", "会晤", "大会", "论坛")  # a meeting that adopts a text, when no one is told
_CLAUSE_MARKS = frozenset("。，,；;：:\n")


def _titled_before(m: Mention, memory: dict) -> Mention | None:
    """The person last named with the title a bare title repeats (国务卿 after 国务卿鲁比奥)."""
    title = m.titles[0] if m.titles else m.name
    return next((p for p in reversed(memory.get("recent", ())) if p.start < m.start
                 and any(t == title or t.endswith(title) for t in p.titles)), None)
