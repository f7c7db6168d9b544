"""From cue words to event candidates: who did what with whom, read from where the mentions stand
around the cue (the cue's frame), with status, count, nesting, items and the date expression."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from itertools import pairwise, takewhile

from ..lexicon import Cue, Lexicon, Ref
from .dates import DateExpr
from .document import COUNTRY, CUE, ORG, PERSON, PLACE, POST, TITLE, Doc, Sentence, Token
from .mentions import Mention, owner_end

_CLAUSE_BREAK = re.compile(r"[,，;；:：]")
_QUOTES = "“”\"「」『』‘’"
_UNQUOTED = str.maketrans("", "", _QUOTES)


@dataclass(slots=True, init=False)
class Candidate:
    """An event found in one sentence, before dates and titles are resolved."""

    type: str
    cue: Token
    sentence: Sentence
    actors: list[Mention]
    recipients: list[Mention]
    status: str
    reported: bool
    count: int | str | None
    items: list[str]
    post: str | None
    predecessor: Mention | None
    created: str | None
    destination: Mention | None
    destination_iso3: str | None
    nested: bool
    date_expr: DateExpr | None
    signing: bool
    inviters: list[Mention]
    context: list[Mention]  # persons named earlier in the sentence
    during: str  # 在会谈中…: happened within the exchange just reported (the words that say so, or "")
    speaker: list[Mention]  # who said it, when the sentence reports speech
    region: tuple[int, int] | None  # the clause chain the cue stands in
    disposal_at: int | None  # where 将/把 introduces the object, not the future
    answer: bool  # said in an answer of a press conference (问…答…)
    question: bool  # told in a journalist's question
    future: bool  # a marker (将, 拟, 计划…) puts it after the report: a year-less date may lie ahead
    commentary: bool  # 这是…首次…: a remark on an event told elsewhere
    item_span: tuple[int, int] | None
    speech: str  # a complaint or demand inside a statement told in its sentence: "dated", "undated" or ""
    by_group: bool  # 代表团还同王毅举行会谈: a delegation told before is the subject
    to_group: bool  # 刘建超将同代表团举行会谈: a delegation told before is the other side
    came_for: bool  # 会见来华出席峰会的拉马福萨: what the guest came to attend, told with the meeting
    agreed_in: Candidate | None  # 双方同意明年初再次举行会谈: the agreement whose sides hold it
    sides: tuple | None  # the participants of the event built from it, once built (for what it agrees on)

    # written out rather than generated: one is made for every cue word read
    def __init__(self, type: str, cue: Token, sentence: Sentence, actors: list[Mention],
                 region: tuple[int, int] | None = None) -> None:
        self.type, self.cue, self.sentence, self.actors, self.region = type, cue, sentence, actors, region
        self.recipients, self.items, self.inviters, self.context, self.speaker = [], [], [], [], []
        self.status = "occurred"
        self.reported = self.nested = self.signing = self.answer = self.question = False
        self.during = self.speech = ""
        self.future = self.commentary = self.by_group = self.to_group = self.came_for = False
        self.count = self.post = self.predecessor = self.created = self.destination = None
        self.destination_iso3 = self.date_expr = self.disposal_at = self.item_span = None
        self.agreed_in = self.sides = None


NEEDS_TWO = {"meet", "talks", "call"}  # event types with a side on each end
BOTH_SIDES = ("both", "heads", "pair", "we")  # mentions that stand for the two sides at once
# (同来访的阿拉伯、伊斯兰国家外长联合代表团: those it is of listed, what it came for before them)
# (美国工商界和战略学术界代表: two circles joined; 跨国公司负责人: the heads of firms)
_DELEGATION = re.compile(r"(?:^了?|[同与和跟])(?:来访的|来华的|到访的|访华的)?(?P<name>(?:[^，,。;；同与和跟]|[和、](?=[^，,。;；]{1,8}界))"
                         r"{2,28}?(?:代表团|访华团|访问团|参访团|访团|考察团|议员团|友好团|使节团|使团|驻华使节(?!团)"
                         r"|界代表|企业家代表|青年代表团|联合代表团|公司负责人|企业负责人|企业家))")
# 会见来华出席峰会的非洲国家领导人: the group met, named by what its members came for
_GROUP_MET = re.compile(r"的(?P<name>[^，,。;；、的]{2,16}?(?:领导人|负责人|团长|代表团|代表))$")


def delegation(text: str, c: Candidate) -> tuple[str, int, int] | None:
    """会见美国国会众议员代表团: a delegation the lexicon cannot name, as (name, start, end)."""
    end = c.region[1] if c.region else c.sentence.end
    offset = c.cue.end if c.type == "meet" else c.sentence.start
    window = text[c.cue.end:end] if c.type == "meet" else text[c.sentence.start:c.cue.start]
    if c.type == "meet" and (match := _GROUP_MET.search(window.rstrip("。，,;；"))) is not None:
        return match.group("name"), offset + match.start("name"), offset + match.end("name")
    if "团" not in window and "代表" not in window and "使节" not in window and "负责人" not in window \
            and "企业家" not in window:
        return None  # the pattern is slow; every delegation word has one of these
    match = _DELEGATION.search(window)
    if match is None or "各界" in match.group("name"):
        return None  # (同美国战略界、工商业界等各界代表举行座谈: a gathering of the public, no delegation)
    return match.group("name"), offset + match.start("name"), offset + match.end()


def lacks_second_side(text: str, c: Candidate) -> bool:
    """A meeting, talk or call with nobody named on the other side, no pair standing for both and no
    delegation: 举行会谈，就…交换意见 retells the exchange just read, it is no event of its own."""
    return c.type in NEEDS_TWO and not c.recipients and not c.inviters and not c.to_group \
        and not any(m.kind in BOTH_SIDES for m in c.actors) and delegation(text, c) is None \
        and not (c.type == "meet" and BACK_TO_THE_GROUP.match(text, c.cue.end))


# 接见访团: the delegation told before (whose leader the visit just told names)
_GROUP = r"(?:该|此|这个|这一)?(?:访团|访问团|代表团|议员团|考察团|使节团|特使团)"  # a delegation told before, by a bare word
BACK_TO_THE_GROUP = re.compile(rf"(?:了)?(?:{_GROUP}|一行)")


class SentenceReader:
    """Reads one sentence's cues into candidates; holds the vocabulary compiled once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.planned = _alternation(lexicon.marker_words("planned"))
        self.planned_for_agree = _alternation(
            [w for w in lexicon.marker_words("planned") if w not in ("同意", "邀请", "原计划")])
        self.negated = _alternation(lexicon.marker_words("negated"))
        self.negated_after = _alternation(lexicon.marker_words("negated_after"))
        words = sorted(lexicon.marker_words("negated"), key=len, reverse=True)
        self.negated_here = re.compile(
            "(?:" + "|".join(re.escape(w) for w in words) + ")了?(?:有关|相关)?(?:会|能|再|曾|同意|打算|寻求|举行|进行|实现|受邀|被邀请|获邀|随行|陪同|同行|一同|亲自|亲身|亲赴|亲|本人|参与或|参与和|参与或者)?(?:过)?(?:任何)?"
            "(?:(?<=举行|进行|任何)[\u4e00-\u9fff]{1,3})?$") if words else None  # 没有进行经贸谈判
        self.reported = _alternation(lexicon.marker_words("reported"))
        self.nested = _alternation(lexicon.marker_words("nested"))
        self.separately = _alternation(lexicon.marker_words("separately"))
        self.reporting = _alternation(lexicon.marker_words("reporting"))
        self.during = _alternation(lexicon.marker_words("during_exchange"))
        self.commentary = tuple(lexicon.marker_words("commentary"))
        self.hypothetical = tuple(lexicon.marker_words("hypothetical"))
        self.counts = lexicon.marker_values("count")
        self.count_re = _alternation(list(self.counts))
        self.with_words = set(lexicon.marker_words("with"))
        # 宋涛任国台办主任: 任 alone, too short a word to look for everywhere, is read between a name and a post
        self.bare_taking_up = next((Ref("cue", c.word, c) for c in lexicon.cues if c.word == "任"), None)
        # 举行美日韩三边峰会: a summit held, named by its sides or its kind between the verb and the noun
        self.summit_held = next((Ref("cue", c.word, c) for c in lexicon.cues if c.word == "举行峰会"), None)
        sides = "".join(sorted(re.escape(s) for s in lexicon.shorts))
        self.named_summit = re.compile(
            "(?:举行|召开)了?(?:首次|首届|第[一二三四五六七八九十\\d]{1,3}[次届]|年度|新一轮|非正式|特别)?"
            f"(?:[{sides}]{{2,4}})?(?:双边|三边|三方|四方|三国|四国)?(?:领导人|元首|首脑)?(?=峰会)")

    # ---- the sentence ----------------------------------------------------------------------
    def read(self, doc: Doc, sentence: Sentence, mentions: list[Mention]) -> list[Candidate]:
        text = doc.text
        taking_up = self._taking_up(text, sentence) if sentence.mask & PERSON and self.bare_taking_up else []
        if self.summit_held is not None and text.find("峰会", sentence.start, sentence.end) >= 0:
            taking_up += self._summits_held(text, sentence)
        if not sentence.mask & CUE and not taking_up:
            return []  # no cue word: its tokens need not be walked
        if text.startswith(self.hypothetical, sentence.start):
            return []  # 若成行，…: told under a condition
        view = _ANALYST.search(text, sentence.start, sentence.end) or _CONJECTURE.search(text, sentence.start, sentence.end)
        view_ends = sentence.start
        if view is not None and not any(t.mask & CUE for t in sentence.tokens if t.start < view.start()):
            # 一名研究员认为，…谈判有望…: a view, not a report (外界曾猜测…，但总统府表示总统不会出席: what follows
            # the turn is told)
            turn = _TURN.search(text, view.end(), sentence.end)
            if turn is None:
                return []
            view_ends = turn.end()
        cues = [t for t in sentence.tokens if t.mask & CUE and t.start >= view_ends and self._cue_ok(text, t, sentence)]
        if taking_up:
            cues = sorted([*cues, *(t for t in taking_up if self._cue_ok(text, t, sentence))], key=lambda t: t.start)
        if not cues:
            return []
        inviters, invite_spans = self._inviters(text, sentence, mentions)
        parties = [m for m in mentions if m.is_party and not (invite_spans and _inside(m, invite_spans))]
        self._mentions = mentions
        self._home, self._doc_sentences = doc.home, doc.sentences
        self._text = text
        self._sentence_start = sentence.start
        self._dates = sentence.dates
        # most sentences cite nothing: one search says so without building an iterator and a list
        against = [m.span() for m in _ACCORDING.finditer(text, sentence.start, sentence.end)] \
            if _ACCORDING.search(text, sentence.start, sentence.end) else []
        if against:
            parties = [m for m in parties if not _inside(m, against)] + [m for m in parties if _inside(m, against)]
            parties.sort(key=lambda m: m.start)
        self._against = against
        self._governed: dict[int, bool] = {}  # id(mention) → governed by a preposition, for this sentence
        candidates: list[Candidate] = []
        consumed: list[tuple[int, int]] = []
        self._previous_actors: list[Mention] = []
        self._previous_recipients: list[Mention] = []
        self._previous_cue: Token | None = None
        self._items_told: list[tuple[int, int]] = []  # what the sentence's earlier cues are about
        # the reporting words are plain words: none in the sentence, none before any of its cues
        reporting = self.reporting is not None and self.reporting.search(text, sentence.start, sentence.end)
        summoned = False
        for cue in cues:
            if candidates and (_coordinated(text, candidates[-1], cue) or (summoned and _a_protest(cue))):
                continue  # (约见X，就…提出严正交涉，表达强烈不满: the summons and the protests after it are one act)
            if candidates and candidates[-1].cue.form.endswith("见证") and cue.form in _SIGNING_WORDS \
                    and candidates[-1].actors and candidates[-1].actors[0].start > candidates[-1].cue.start:
                continue  # (见证阿努廷与洪玛奈签署…: the signing witnessed, one act, by the two who sign)
            if candidates and candidates[-1].type == "appoint" and candidates[-1].predecessor is not None \
                    and any(r.extra.type == "appoint" for r in cue.of("cue")) \
                    and _clause_start(text, sentence.start, cue.start) <= candidates[-1].cue.start:
                continue  # 秦刚接替王毅出任外长: one appointment
            if candidates and candidates[-1].type == "appoint" and candidates[-1].predecessor is None \
                    and cue.form in ("接替", "接任") and cue.start - candidates[-1].cue.end <= 30 \
                    and not any(m.kind == "person" and _clause_start(text, sentence.start, cue.start) <= m.start
                                and m.end <= cue.start for m in mentions) \
                    and (before := next((m for m in mentions if m.kind == "person" and m.start >= cue.end
                                         and m.start < _clause_end(text, cue.end, sentence.end)), None)) is not None:
                candidates[-1].predecessor = before  # 任命勒科尔尼为总理，接替…落败的贝鲁: whom he follows
                continue
            barrier = self._barrier(text, sentence, cue, parties) if reporting else sentence.start
            denied = _DENIED.search(text, sentence.start, sentence.end) if text.find(
                "否认", sentence.start, cue.start) >= 0 or text.find("驳斥", sentence.start, cue.start) >= 0 else None
            if denied is None and (text.find("的说法", cue.end, sentence.end) >= 0
                                   or text.find("的报道", cue.end, sentence.end) >= 0):
                denied = _UNFOUNDED.search(text, sentence.start, sentence.end)  # 有关…谈判取得进展的说法是捕风捉影
            if denied is not None and denied.start("what") <= cue.start < denied.end("what"):
                barrier = max(barrier, denied.start("what"))  # 林剑否认了有关王毅将访问朝鲜的报道: 王毅 would visit
            else:
                denied = None
            # 此前有媒体报道称莫迪将…会面，印度外交部已否认相关报道: the report of it is denied after it
            # (…报道称，伊美双方代表将于本月在阿曼会面。伊朗外交部发言人7日否认了这一说法: or in the next sentence)
            denial_end = _next_sentence_end(text, sentence.end)
            # (《华尔街日报》8日报道，…。白宫发言人称这一报道不实: a report judged false is denied)
            denied_after = denied is None and _REPORTED_SO.search(text, sentence.start, cue.start) is not None \
                and (any(text.find(w, cue.end, denial_end) >= 0 for w in ("否认", "辟谣", "驳斥"))
                     and _DENIED_AFTER.search(text, cue.end, denial_end) is not None
                     or _JUDGED_FALSE.search(text, cue.end, denial_end) is not None)
            self._speaker = _first_speaker(text, sentence.start, parties, barrier)
            topic = self._topic(parties, barrier, cue)
            refs = cue.of("cue")
            for ref in sorted(refs, key=lambda r: not r.extra.object) if len(refs) > 1 else refs:
                cue_def: Cue = ref.extra
                if len(refs) > 1 and not self._reading_ok(text, cue, sentence, cue_def):
                    continue  # (约见 with no protest after it is no complaint, whatever its other reading)
                candidate = self._read_cue(doc, sentence, cue, cue_def, parties, topic, barrier, consumed)
                if candidate is None:
                    continue
                if denied is not None or denied_after:
                    candidate.status = "negated"  # the report of it is denied
                if candidate.type == "attend" and candidate.items == [cue.form] and (
                        prior := next((p for p in reversed(candidates) if p.type == "attend"), None)) is not None:
                    candidate.items = list(prior.items)  # …未出席峰会，由外长代为出席: the same one
                elif candidate.type == "attend" and candidate.items == [cue.form] and cue.form.startswith("上"):
                    candidate.items = ["会议"]  # 对话会…举行。赫格塞思在会上发表演讲: the meeting held, if one is told
                candidate.inviters = inviters if cue_def.frame == "visit" else []
                candidate.speaker = list(self._speaker)
                candidate.context = [m for m in mentions if m.kind == "person" and m.end <= cue.start]
                # 出席金砖国家领导人会晤，并对南非进行国事访问: a meeting named in what is attended (and
                # dropped for want of a second side) is no clause the next one joins
                # 会见到访的乌克兰总统泽连斯基，随后…: a clause describing someone is none either
                # 出席中德政府磋商，随后访问法国: nor is a meeting named in what is attended
                # (双方同意尽早实现习近平访韩，并决定…: nor what is agreed; 为出席峰会的A、B举行欢迎仪式，并举行欢迎宴会:
                # nor those a ceremony is held for)
                if not (candidate.type in NEEDS_TWO and lacks_second_side(text, candidate)) \
                        and not text.startswith("的", cue.end) and not _named_in_attended(text, cue, candidates) \
                        and not text.endswith("为", 0, cue.start) \
                        and not (self._items_told and any(s <= cue.start < e for s, e in self._items_told)) \
                        and not (candidate.region and _tells_when(text, *candidate.region)) \
                        and not ((recalled := _recalled(text, _clause_start(text, sentence.start, cue.start), cue.start))
                                 and any(recalled <= d.start < cue.start for d in sentence.dates)):
                    # (拜登宣誓就职后不久，中国外交部宣布，决定…: nor a clause that tells when; 双方欢迎去年11月
                    # 阿尔巴尼斯总理访华，同意…: nor an event recalled)
                    if candidate.actors and not any(s <= cue.start < e and text.startswith("针对", s) for s, e in against):
                        self._previous_actors = candidate.actors  # (针对美方…制裁中国官员，将对…: not who acts next)
                    self._previous_cue = cue
                if candidate.item_span:
                    self._items_told.append(candidate.item_span)
                if candidate.recipients:
                    self._previous_recipients = candidate.recipients
                if candidate.type == "agree" and candidates and candidates[-1].type in NEEDS_TWO \
                        and candidates[-1].recipients and candidate.actors \
                        and all(m.kind in ("person", "country", "org") for m in (*candidate.actors, *candidates[-1].recipients)) \
                        and (_joined_to_previous(text, candidates[-1].cue, cue) is not None
                             or _AFTER_THE_TALKS.match(text, candidates[-1].cue.end, cue.start)) \
                        and all(any(a is b for b in candidates[-1].actors) for a in candidate.actors):
                    # 同雷纳举行会谈，并签署建交联合公报, 美国和乌克兰代表团举行会谈，会后发表联合声明: the two who
                    # held the talks sign
                    candidate.actors = [*candidates[-1].actors, *candidates[-1].recipients]
                candidates.append(candidate)
                summoned = summoned or (candidate.type == "concern" and cue.form.endswith(("约见", "召见")))
                if candidate.type == "appoint" and candidate.post and "为" in candidate.post:
                    candidates.extend(_named_too(text, candidate, mentions))
                break
        return candidates

    def _cue_ok(self, text: str, token: Token, sentence: Sentence) -> bool:
        return any(self._reading_ok(text, token, sentence, ref.extra) for ref in token.of("cue"))

    @staticmethod
    def _reading_ok(text: str, token: Token, sentence: Sentence, cue: Cue) -> bool:
        """Whether the words around the token allow this reading of it."""
        before = text[max(sentence.start, token.start - 8):token.start]
        after = text[token.end:min(sentence.end, token.end + 80)]
        if cue.block_before and cue.block_before.search(before):
            return False
        if cue.need_after and not cue.need_after.match(after) and not (
                cue.word in _ONWARD and any(t.start == token.end and t.mask & COUNTRY for t in sentence.tokens)):
            return False  # (转往比利时布鲁塞尔: on to a country named)
        if cue.block_after and cue.block_after.match(after) and not _visit_told_in_passing(text, cue, token, sentence, after) \
                and not (cue.type in NEEDS_TWO and after.startswith(("时", "后"))
                         and _met_named_before(text, token, sentence, titled=after.startswith("后"))):
            return False
        if cue.type in NEEDS_TWO and _WHAT_CAME_OF.match(after):
            return False  # 向她通报了美中元首通话的情况: an exchange spoken of, told before
        if cue.frame == "visit" and (cue.word == "访" or _AT_A_MISSION.match(after)):
            return False  # (亲赴越南驻华使馆吊唁: to an embassy in the capital, no trip to its country)
        # 回应各方的关切: a noun, not someone expressing concern
        return not (cue.frame == "express" and before.endswith("的") and not _EXPRESSING.search(
            text[max(sentence.start, token.start - 80):token.start]))

    def _summits_held(self, text: str, sentence: Sentence) -> list[Token]:
        """举行美日三边峰会, 举行首次领导人峰会: the summit held, a cue from the verb to the noun (举行峰会
        itself is in the table)."""
        return [Token(m.start(), m.end() + 2, text[m.start():m.end() + 2], [self.summit_held], mask=CUE)
                for m in self.named_summit.finditer(text, sentence.start, sentence.end)
                if m.end() - m.start() > len("举行") + (text[m.start() + 2] == "了")]

    def _taking_up(self, text: str, sentence: Sentence) -> list[Token]:
        if text.find("任", sentence.start, sentence.end) < 0:
            return []
        tokens = sentence.tokens
        found = []
        for i, t in enumerate(tokens[:-1]):
            if not t.mask & PERSON:
                continue
            at = t.end
            if not text.startswith("任", at) and sentence.dates:
                # 王受文2022年10月起任国际贸易谈判代表: a day it began between the name and the verb
                at = next((d.end for d in sentence.dates if d.start == t.end), t.end)
                at += text.startswith("起", at)
            if text.startswith("任", at) and tokens[i + 1].start == at + 1 \
                    and tokens[i + 1].mask & (POST | TITLE | ORG | COUNTRY | PLACE):
                found.append(Token(at, at + 1, "任", [self.bare_taking_up], mask=CUE))
        return found

    def _is_governed(self, mention: Mention) -> bool:
        governed = self._governed.get(id(mention))
        if governed is None:
            governed = self._governed[id(mention)] = _governed(self._text, mention)
        return governed

    def _inviters(self, text: str, sentence: Sentence, mentions: list[Mention]):
        """应X邀请 / 应X之邀: X invited; the span is not the subject."""
        spans, inviters = [], []
        if text.find("邀", sentence.start, sentence.end) < 0:
            return inviters, spans  # every form ends in 邀; the pattern itself scans slowly
        for match in _INVITATION.finditer(text, sentence.start, sentence.end):
            start, end = match.start(), match.end()
            spans.append((start, end))
            inviters.extend(m for m in mentions if start <= m.start and m.end <= end and m.is_party)
        return inviters, spans

    def _barrier(self, text: str, sentence: Sentence, first_cue: Token, parties: list[Mention]) -> int:
        """After 'X宣布/表示/说，' the subject of the event comes after the reporting verb."""
        barrier = sentence.start
        segment = text[sentence.start:first_cue.start]
        if self.reporting is None:
            return barrier
        for match in self.reporting.finditer(segment):
            position = sentence.start + match.end()
            speaker_before = any(m.end <= sentence.start + match.start() for m in parties)
            rest = text[position:first_cue.start]
            if speaker_before and any(position <= m.start for m in parties) and rest and (
                    any(c in ",，:：" for c in rest[:4]) or self._outlet_before(parties, sentence.start + match.start())
                    or (match.group() in _ANNOUNCING_NAMED and any(
                        m.chain_start == position and m.kind == "person" for m in parties))):
                # (路透社报道习近平将于下周访俄: an outlet's report, with no comma after it; 白宫宣布拜登总统结束…:
                # the one named right after the announcing)
                barrier = position
        return barrier

    def _outlet_before(self, parties: list[Mention], position: int) -> bool:
        """Whether a news outlet is named right before `position` (路透社报道, 彭博社援引…报道)."""
        outlet = next((m for m in reversed(parties) if m.end <= position), None)
        return outlet is not None and outlet.kind == "org" and position - outlet.end <= 16 \
            and (entity := self.lexicon.entity(outlet.ids[0])) is not None and entity.subkind == "media"

    def _topic(self, parties: list[Mention], barrier: int, first_cue: Token) -> list[Mention]:
        """The sentence's subject: the first group of parties after the barrier, before any cue."""
        group: list[Mention] = []
        for mention in parties:
            if mention.start < barrier or mention.start >= first_cue.start or self._is_governed(mention) \
                    or _in_reason(self._text, mention, self._sentence_start):
                continue
            if mention.kind == "title" and not mention.post_ids:
                continue
            group.append(mention)
            break
        return group

    # ---- one cue ---------------------------------------------------------------------------
    def _read_cue(self, doc: Doc, sentence: Sentence, cue: Token, cue_def: Cue, parties: list[Mention],
                  topic: list[Mention], barrier: int, consumed: list[tuple[int, int]]) -> Candidate | None:
        text = doc.text
        clause_start = _clause_start(text, sentence.start, cue.start)
        clause_end = _clause_end(text, cue.end, sentence.end)
        frame = cue_def.frame
        # what an earlier cue consumed is no party here, unless this cue stands inside it
        # (出席普拉博沃就任印尼总统的仪式: 就任 is 普拉博沃's)
        within = [span for span in consumed if span[0] <= cue.start < span[1]]
        outside = [span for span in consumed if span not in within]
        left = [m for m in parties if barrier <= m.start and m.end <= cue.start
                and not (outside and _inside(m, outside))]
        if within:
            left = [m for m in left if m.start >= within[-1][0]]  # and its subject is inside it too
        right = [m for m in parties if cue.end <= m.start < clause_end]
        kind = cue_def.type
        if kind in ("meet", "talks") and (_remote(text, max(sentence.start, cue.start - 90), cue.start)
                                          or _REMOTE_TOLD_AFTER.match(text, cue.end)):
            kind = "call"  # 以视频方式…举行会晤 (举行会晤。会晤以视频方式进行): a video meeting is a call
        candidate = Candidate(kind, cue, sentence, [], (clause_start, clause_end))
        window_start = max(barrier, left[-1].end if left else clause_start)
        if frame == "with":
            # (岑浩辉向国家主席习近平述职: the one reported to, after 向)
            self._frame_with(text, candidate, left, right, topic, clause_start, cue,
                             words="同与和跟向" if cue.form == "述职" else "同与和跟")
        elif frame == "receive" and ("国书" in cue.form or "全权证书" in cue.form):
            self._frame_credentials(text, candidate, left, topic, clause_start, cue)
        elif frame == "receive" and (by := _RECEIVED_BY.search(text, clause_start, cue.start)) is not None \
                and any(m.start >= by.end() for m in left):
            # 里基茲前往总统府，获总统赖清德接见: the one after 获 receives the subject
            candidate.actors = _group(text, [m for m in left if m.start >= by.end()])
            candidate.recipients = self._subject(text, [m for m in left if m.end <= by.start()], topic, clause_start, cue)
        elif frame in ("receive", "demand"):
            candidate.actors = self._subject(text, left, topic, clause_start, cue)
            # 会见来华出席中非合作论坛峰会的南非总统拉马福萨: the one described, not the forum; a described
            # group with no one named is left to `delegation`
            described = _described(text, cue, right) if frame == "receive" else []
            # 会见舒默率领的参议员代表团, 以额贺福志郎为团长的代表团: the delegation's leader is met
            leader = next((m for m in right if m.kind == "person" and _LEADS.match(text, m.end)), None)
            # (先后会见了阿拉格齐一行和维文一行: each leader of those listed)
            described = described or ([m for m in _group(text, right[right.index(leader):]) if m.kind == "person"]
                                      if leader is not None else [])
            if frame == "demand":  # 呼吁有关国家解除对津巴布韦的制裁: the one an act asked for is aimed at is not asked
                right = [m for m in right if not self._is_governed(m)]
                if len(right) > 1 and text[right[0].end:right[1].chain_start] in ("与", "同", "跟"):
                    right = right[:1]  # 敦促欧方与中方相向而行: the one urged, not the one it is to act with
            candidate.recipients = described or (
                [] if frame == "receive" and _ATTENDING_GROUP.search(_phrase(text, cue.end, clause_end))
                else _group(text, right))
            if frame == "demand" and candidate.recipients and candidate.recipients[0].kind == "all":
                # 呼吁冲突各方特别是以色列尽快停火: the one singled out among all
                singled = [m for m in right if m.kind in ("country", "person", "org")
                           and text.endswith(_SINGLED_OUT, 0, m.chain_start)]
                candidate.recipients = singled or candidate.recipients
            if frame == "receive" and not candidate.recipients and re.search(r"[同与跟给]", text[clause_start:cue.start]):
                # 将同他会见, 特朗普18日给普京打了电话
                self._frame_with(text, candidate, left, right, topic, clause_start, cue, words="同与跟给")
            if frame == "demand":
                if not candidate.recipients and text.startswith("其", cue.end):
                    since = self._previous_recipients[-1].end if self._previous_recipients else barrier
                    named = [m for m in left if m.start >= since and m.kind in ("person", "country", "org")]
                    if named:  # 中方宣布，贾宁为不受欢迎的人，要求其…离境: the one just named
                        candidate.recipients = named[-1:]
                        candidate.actors = [m for m in candidate.actors if m is not named[-1]] or [
                            m for m in (*self._speaker, *parties) if m.end <= barrier and m is not named[-1]][:1]
                    else:  # 向加方提出严正交涉，要求其…: the one just addressed
                        candidate.recipients = list(self._previous_recipients)
                if text.endswith("被", 0, cue.start) and candidate.actors:
                    # 泽连斯基被要求离开白宫: the one asked is the subject; who asks is the one who says so
                    candidate.actors, candidate.recipients = [
                        m for m in self._speaker if not any(m is a for a in candidate.actors)], candidate.actors
                self._demand_items(text, candidate, cue, clause_end, sentence)
            elif kind == "concern" and (about := _SUMMONED_ABOUT.match(text, clause_end, sentence.end)) is not None:
                # 约见美国驻华大使，就美方…言行提出严正交涉: what the summons protests
                candidate.item_span = about.span("what")
                candidate.items = _split_items(about.group("what"))
        elif frame == "should":
            # 她说，美方应立即纠正错误做法: the side told what it should do is asked by the one saying it
            addressed = [m for m in left if m.end == cue.start and m.kind in ("country", "org")]
            speaker = [m for m in self._speaker if m not in addressed]
            if not addressed or not speaker or addressed[-1].country in {m.country for m in speaker}:
                return None  # no one says it, or a side says what it should do itself
            candidate.actors, candidate.recipients = speaker, addressed[-1:]
            start = cue.start + len(_MODAL.match(text, cue.start).group())  # (应当切实尊重…: from 切实)
            end = _clause_end(text, start, sentence.end, breaks="。;；")
            candidate.items = [text[start:end].strip(" ，,。")[:80]]
            candidate.item_span = (start, end)
        elif frame == "greet":
            # 柬埔寨国王西哈莫尼亲自到舷梯旁迎接习近平: the one greeted on arrival visits the host's country
            hosts = self._subject(text, left, topic, clause_start, cue)
            guest = next((m for m in right if m.kind == "person"), None)
            if guest is None or not hosts or hosts[0].kind != "person" or not hosts[0].country \
                    or guest.country in (None, hosts[0].country):
                return None
            candidate.actors, candidate.destination_iso3 = [guest], hosts[0].country
            # (普京在克里姆林宫大礼堂门口迎候习近平: where, when the knowledge base knows it)
            candidate.destination = next((m for m in self._mentions if m.kind == "place" and m.country == hosts[0].country
                                          and sentence.start <= m.start < cue.start), None)
        elif frame == "visit":
            if _describing_a_group(text, cue, right, clause_start, clause_end):
                return None  # 集体会见来华出席…的非洲国家领导人: the guests came, the host did not
            self._frame_visit(text, candidate, cue_def, left, right, topic, clause_start, cue, sentence)
            if (owner := next((m for m in reversed(left) if m.kind == "person" and m.start >= clause_start
                               and _VISIT_OF.fullmatch(text, m.end, cue.start)), None)) is not None:
                candidate.actors = [owner]  # 中方决定推迟国防部长迟浩田对美国的访问: the visit is his
            if (about := _SPOKEN_ABOUT.search(text, clause_start, clause_end)) is not None \
                    and about.start(1) <= cue.start < about.end(1):
                # 全国人大外事委员会就美国国会众议员窜访台湾发表谈话: the visit spoken about is made by those named in
                # it (their country at least), not by the one speaking
                candidate.actors = [m for m in candidate.actors if m.start >= about.start(1)] or _countries_in(
                    sentence, about.start(1), cue.start)[:1]
            if not candidate.actors and (group := _GROUP_BEFORE.search(text, clause_start, cue.start)):
                # 柬埔寨人民党代表团将于…访华: a delegation the lexicon cannot name comes from its country
                candidate.actors = _countries_in(sentence, group.start(), group.end())[:1]
            if not candidate.actors and _GROUP_OPENS.match(text, clause_start):
                candidate.by_group = True  # 代表团应中联部邀请…来华访问: the delegation told before (see the pipeline)
            elif clause_start > sentence.start and _GROUP_OPENS.match(text, sentence.start) \
                    and all(m.end <= clause_start for m in candidate.actors):
                # 代表团前日在老挝与总理宋赛会面，今日下午将飞往越南: the delegation goes on, not the one it met
                candidate.actors, candidate.by_group = [], True
        elif frame == "attend" and cue.form.startswith("上"):
            # 在第20届香格里拉对话会上发言: the meeting stands between 在 and 上
            at = text.rfind("在", clause_start, cue.start)
            meeting = text[at + 1:cue.start] if at >= 0 else ""
            if not _MEETING_END.search(meeting) or meeting.endswith(_PRESS_EVENTS):
                return None  # 在记者会上发言 is a press event, as 出席记者会 is
            candidate.actors = self._subject(text, [m for m in left if m.end <= at], topic, clause_start, cue)
            candidate.items = [meeting.rsplit("的", 1)[-1]]  # 明天(4日)的全体大会: the meeting, not its day
            if meeting in ("会", "会议", "此次会议", "本次会议", "该会议"):
                candidate.items = [cue.form]  # 出席峰会并在会上指出: the meeting attended just told
        elif frame == "attend":
            described = _described(text, cue, right)
            obj = _phrase(text, cue.end, clause_end)
            if not described and _describing_a_group(text, cue, right, clause_start, clause_end):
                return None  # 会见出席论坛的外方代表: those who attend are the ones met, no one named
            if (welcome := _WELCOMED_GROUP.search(text, clause_start, cue.start)) is not None \
                    and not any(welcome.start() < m.start < cue.start for m in left):
                return None  # 中方欢迎各国工商界人士参加论坛: a group welcomed, no one named, nothing done
            # 普京邀请习近平今年5月赴莫斯科出席胜利日庆典: the one invited attends
            # (…，感谢古屋会长昨日率团出席就职典礼: the one thanked)
            invited = [m for m in _welcomed(text, left, clause_start, cue) if _HOPED_FOR.search(text, clause_start, m.start)] or [
                m for m in left if m.kind == "person" and m.start >= clause_start
                and _WELCOMING.fullmatch(text, clause_start, m.chain_start)][:1]
            # (为到访的李强主持欢迎仪式: the one it is held for is no host of it)
            hosting = [m for m in left if m.end <= for_whom.start()] \
                if not cue.form.startswith(("出席", "参加", "与会")) \
                and (for_whom := _FOR_WHOM.search(text, clause_start, cue.start)) is not None else left
            # (为习近平出席…会议做好准备: the one it is prepared for attends)
            candidate.actors = described or invited or self._subject(text, hosting or left, topic, clause_start, cue)
            if (uninvited := _NOT_INVITING.search(text, clause_start, cue.start)) is not None and (named := [
                    m for m in left if uninvited.start("who") <= m.start < uninvited.end("who")
                    and m.kind in ("person", "country", "org")]):
                candidate.actors = named  # 论坛…将不邀请中国、美国等对话伙伴出席: those not asked do not attend
            if (among := _AMONG_THEM.match(text, cue.end, sentence.end)) is not None and (named := [
                    m for m in self._mentions if m.kind == "person" and among.end() <= m.start < sentence.end]):
                candidate.actors = named  # 26位外国元首和政府首脑出席，其中包括普京和金正恩: those named among them
            # (正在吉隆坡出席…的董军同…举行会谈: attending that day, not what he came for)
            candidate.came_for = bool(described) and text.find("正在", max(clause_start, cue.start - 12), cue.start) < 0
            if not described and left and _TOGETHER.match(text[left[-1].end:cue.start]) and any(
                    not _covers(left, w.start()) for w in _WITH_BEFORE.finditer(text, clause_start, cue.start)):
                # 习近平同普京共同出席音乐会: both attend (the one after 同 stands right before the cue)
                self._frame_with(text, candidate, left, right, topic, clause_start, cue)
                candidate.actors, candidate.recipients = [*candidate.actors, *candidate.recipients], []
            elif not described and self._previous_recipients and _TOGETHER_BEFORE.search(text, clause_start, cue.start) \
                    and not any(m.kind == "person" and m.start >= clause_start for m in left):
                # 赵乐际同崔龙海举行会谈，并共同出席开幕式; 两国元首还将共同出席招待会: those of the exchange just told
                candidate.actors = [*self._previous_actors, *self._previous_recipients]
            obj = obj.split("的")[0] if described else obj
            if (not obj or obj in _GENERIC_OCCASIONS or cue.form.endswith(_GENERIC_OCCASIONS)) \
                    and (held := HELD_BEFORE.search(text, sentence.start, clause_start)) is not None:
                # 中日韩外长会11日在首尔举行，王毅…出席: what is attended was named in the clause before
                # (…外长理事会会议15日在天津举行，王毅主持会议: the meeting itself, named once)
                suffix = obj or cue.form[2:]
                obj = held.group("name") + ("" if suffix in _THE_MEETING else suffix)
            if not obj and candidate.actors and (chaired := _CHAIRED_BY.search(
                    text, clause_start, candidate.actors[0].chain_start)) is not None:
                obj = chaired.group(1)  # 会议由莫迪以视频方式主持: what is chaired comes before 由
            if cue.form.endswith("召开") and _OWN_SESSION.fullmatch(obj) and candidate.actors \
                    and all(m.kind == "org" for m in candidate.actors):
                return None  # 韩国国会召开全体会议: a body sitting, no attendance
            if obj.endswith(_PRESS_EVENTS) or _PRESS_EVENT_AFTER.match(text, cue.end, clause_end):
                return None  # 召开例行新闻发布会, 出席记者会, 召开临时记者会: a press event, as speaking at one is
            candidate.items = [obj or cue.form]
            if obj and (start := text.find(obj, cue.end, clause_end)) >= 0:
                consumed.append((start, start + len(obj)))  # 出席金砖国家领导人会晤期间同莫迪…: not a party
        elif frame == "agree":
            candidate.actors = self._subject(text, left, topic, clause_start, cue)
            if len(candidate.actors) == 1 and candidate.actors == list(self._previous_actors) \
                    and self._previous_recipients and all(m.kind == "person" for m in self._previous_recipients) \
                    and not any(m.start >= clause_start for m in left) and self._previous_cue is not None \
                    and any(r.extra.type in NEEDS_TWO for r in self._previous_cue.of("cue")):
                # 何立峰与贝森特举行视频通话，同意尽快举行新一轮磋商: both of the exchange agree
                candidate.actors = [*self._previous_actors, *self._previous_recipients]
            if any(text[clause_start:cue.start].find(w) >= 0 for w in ("同", "与", "和", "跟")):
                # 普京同金正恩签署…条约: both sign
                self._frame_with(text, candidate, left, right, topic, clause_start, cue)
                candidate.actors = [*candidate.actors, *candidate.recipients]
                candidate.recipients = []
            if (cue.form == "结好" or _TWINNED.match(text, cue.end)) \
                    and sum(m.kind == "person" for m in candidate.actors) < 2 \
                    and (twinned := self._twinned(text, clause_start, cue)):
                candidate.actors = twinned  # 宁波市与匈牙利塞格德市结为友好城市: the two cities, not their countries
            candidate.signing = cue.form in ("签署", "签订", "共同签署", "签约", "见证", "共同见证")
            if cue.form.endswith("见证") and (signed := _SIGNED_BY.match(text, cue.end)) is not None:
                signers = [m for m in right if m.kind in ("person", "country") and m.end <= signed.end("who")]
                if len(signers) >= 2:
                    # 与安华一同见证阿努廷与洪玛奈签署和平联合声明: those who sign, not the witnesses
                    candidate.actors, candidate.recipients = signers, []
                    consumed.append((signers[0].start, signers[-1].end))
            candidate.items = _agreement_items(text, cue.end, sentence.end)
            if (cue.form.startswith("签") or cue.form in ("发表", "发布")) and _CLAUSE_END_AFTER.match(text, cue.end):
                # 中塞自由贸易协定于2023年10月17日在北京签署, 中法关于中东局势的联合声明6日在巴黎发表: the text named
                # before the verb (none named, nothing issued: 报告由中方发表)
                before = _SIGNED_TEXT_FIRST.match(text, clause_start, cue.start)
                if before is None and not cue.form.startswith("签"):
                    return None
                candidate.items = [_DATELINE_BEFORE.sub("", before.group("text"))] if before else candidate.items
            titled = _TITLED_TEXT.match(text, cue.end, sentence.end)
            # 发布《…联合宣言》，双方宣布成立…工作组: what is agreed ends with the text's title
            candidate.item_span = (cue.end, titled.end() if titled else sentence.end)
            if all(_CONSENSUS.fullmatch(i) for i in candidate.items) and (
                    about := _ABOUT.search(text, clause_start, cue.start)):
                candidate.items = _split_items(about.group(1))  # 就禁毒合作、人工智能达成共识: what it is about
        elif frame == "express":
            self._frame_express(text, candidate, left, right, topic, clause_start, cue, clause_end, parties)
        elif frame == "appoint":
            self._frame_appoint(text, candidate, left, right, topic, clause_start, cue, clause_end, sentence)
            if candidate.post:
                candidate.post = _POST_WORDS.sub("", candidate.post) or None  # 辞去自民党总裁职务
            if candidate.post in _NO_POST_NAMED:
                candidate.post = None  # 批准了外长库列巴的辞职请求, 后者将转任其他职务: no post named
            if cue.form in _LEAVING:
                candidate.items = ["免职"]  # 辞去, 卸任, 被免去, 罢免: the post is left, not taken up
                if not candidate.post and candidate.actors and candidate.actors[0].titles:
                    candidate.post = candidate.actors[0].titles[-1]  # 幕僚长葛雷6日请辞: the post named with him
        elif frame == "establish":
            candidate.actors = self._subject(text, left, topic, clause_start, cue)
            candidate.created = _created(text, cue, sentence.end)
            if not candidate.created and (named := _body_set_up(text, clause_start, cue, clause_end)):
                # 中美经济领域工作组22日宣布成立: the body is the subject, the sides those its name holds
                start, created = named
                candidate.actors = [m for m in left if start <= m.start and m.end <= start + len(created)]
                candidate.created = created if candidate.actors else None
            if not candidate.created:
                return None
            if candidate.created.endswith("伙伴关系"):
                # 两国元首宣布建立战略伙伴关系: a relation the two agree on, not a body either creates
                candidate.type, candidate.items, candidate.created = "agree", [candidate.created], None
        elif frame == "sanction":
            object_span = _object_span(text, clause_start, cue.start)
            listed = _listed_object(text, sentence, clause_start, cue, self._mentions) if object_span is None else None
            if listed is not None:  # 对美国参议员卢比奥、克鲁兹，众议员史密斯实施制裁: a list over commas
                object_span = listed
                clause_start = _clause_start(text, sentence.start, listed[0] - 1)
            if object_span and text[object_span[0] - 1] in "将把" and not (
                    text[object_span[0] - 1] == "将" and _VERB_NEXT.match(text, object_span[0])):
                candidate.disposal_at = object_span[0] - 1  # 将X列入实体清单: 将 takes the object here
            if object_span:
                targets = [m for m in _targets(text, self._mentions) if object_span[0] <= m.start < object_span[1]]
                left = [m for m in left if m.start < object_span[0] - 1]
            else:  # 宣布制裁20多家中国企业: the country whose firms they are, when no one stands right after
                targets = _group(text, right) or [m for m in self._mentions if m.kind == "modifier"
                                                  and cue.end <= m.start < clause_end][:1]
            if not targets and object_span and text.startswith("其", object_span[0]):
                # 点名黄世聪、李正皓等…，宣布依法对其本人及家属实施惩戒: those named before in the sentence
                targets = [m for m in self._mentions if m.kind == "person" and sentence.start <= m.start < clause_start
                           and not _inside(m, self._against)]
                left = [m for m in left if m not in targets]
            if cue.form in ("断交", "断绝", "终止") and not targets \
                    and (w := max(text.rfind("与", clause_start, cue.start), text.rfind("同", clause_start, cue.start))) >= 0:
                targets = [m for m in self._mentions if w < m.start < cue.start and m.is_party]  # 宣布与台湾断交
                left = [m for m in left if m.start < w]
            if object_span:  # (and one the measure falls on is not the sentence's subject)
                topic = [m for m in topic if not object_span[0] <= m.start < object_span[1]]
            candidate.actors = self._subject(text, left, topic, clause_start, cue)
            if text.startswith(("，包括", ",包括"), clause_end) and (named := [
                    m for m in self._mentions if m.kind == "person"
                    and clause_end < m.start < _clause_end(text, clause_end + 3, sentence.end, breaks="。;；")]):
                targets = named  # 对美方相关机构和人员实施制裁，包括参议员卢比奥、克鲁兹: those it names
            candidate.recipients = [m for m in targets if m not in candidate.actors]
            if cue.form == "召回":
                # 召回驻立陶宛大使申知非: the measure falls on the country of the post, not on the envoy
                own = {m.country for m in candidate.actors}
                candidate.recipients = [m for m in _posted_in(text, cue.end, sentence, self.lexicon) if m.country not in own]
                if not candidate.recipients:
                    return None  # 要求立方召回驻华大使: a side not known to us (立方) recalls its own
            obj = _phrase(text, cue.end, clause_end).translate(_UNQUOTED) or cue.form  # 列入「台独顽固分子」清单
            candidate.items = [obj] if obj else []
        if not candidate.actors and text.startswith("在", clause_start) and text.endswith(("后", "期间"), 0, clause_end):
            # 在结束对哈萨克斯坦的国事访问后，习近平将转赴…: the subject comes after the clause of time
            candidate.actors = [m for m in parties if clause_end < m.start and m.kind in ("person", "country")][:1]
        if kind in ("agree", "establish") and not candidate.actors \
                and (held := _MEETING_THEN.search(text, clause_start, cue.start)):
            # 会议通过了《阿斯塔纳宣言》, 会议决定成立上合组织开发银行: those who met adopt it, set it up
            candidate.actors = [Mention(held.start(), held.end(), "all", [], held.group())]
        pairs = [m for m in (*candidate.actors, *candidate.recipients) if m.kind == "pair"]
        if pairs:  # 中美两国外交部举行磋商: the body is each side's, not a third party
            candidate.actors, candidate.recipients = (
                [m for m in group if m.kind != "org" or not any(text[p.end:m.start] in ("", "两国", "双方") for p in pairs)]
                for group in (candidate.actors, candidate.recipients))
        same = {(m.kind, m.name) for m in candidate.recipients} | {
            ("country", m.country) for m in candidate.recipients if m.kind == "country"} if candidate.recipients else None
        if same and any((m.kind, m.name) in same or (m.kind, m.country) in same for m in candidate.actors):
            # 谢锋指出，美方此举…，要求美方…: one side is not asked by itself; the speaker asks (菲律宾外交部表示，
            # 中方的行为…，并要求中国船只…)
            candidate.actors = [m for m in candidate.actors if (m.kind, m.name) not in same
                                and (m.kind, m.country) not in same] or list(self._speaker)
        if candidate.recipients:
            consumed.append((candidate.recipients[0].start, candidate.recipients[-1].end))
        if frame != "visit" and lacks_second_side(text, candidate):
            return candidate  # to be dropped (pipeline): its status and date are never read
        if _not_told(text, candidate, sentence, clause_start):
            return None
        subject_end = [m.end for m in candidate.actors if m.end <= cue.start]
        if subject_end:
            window_start = max(barrier, min(window_start, max(subject_end)))
        self._modality(text, candidate, window_start, clause_start, cue, sentence)
        if frame == "should" and candidate.status == "planned":
            candidate.status, candidate.future = "occurred", False  # 希望美方务必慎重处理: asked as it is told
        return candidate

    def _undated(self, position: int) -> int:
        """Where the day told right before a position starts (为明年春天习近平访日做准备), else the position."""
        return next((d.start for d in self._dates if d.end == position), position)

    def _with_listed(self, text: str, left: list[Mention], clause_start: int, group: list[Mention]) -> list[Mention]:
        """四川省委书记王晓晖，省委副书记、省长黄强…会见, 希普金斯、范明政，以及世贸组织总干事伊维拉出席: a group
        opening its clause is joined by the clauses before that only list titled names."""
        if not group or group[0].kind != "person":
            return group
        joined = _JOINED_BEFORE.search(text, max(self._sentence_start, group[0].chain_start - 4), group[0].chain_start)
        if joined is not None:
            return self._listed_before(text, left, joined.start() + 1) + group
        if group[0].chain_start == clause_start or _AS_WELL_AS.fullmatch(text, clause_start, group[0].chain_start):
            return self._listed_before(text, left, clause_start) + group
        return group

    def _listed_before(self, text: str, left: list[Mention], clause_start: int) -> list[Mention]:
        """The persons of the clauses right before `clause_start` that do nothing but list them."""
        joined: list[Mention] = []
        end = clause_start - 1
        while end > self._sentence_start and text[end] in "，,":
            start = _clause_start(text, self._sentence_start, end)
            inside = [m for m in left if start <= m.chain_start and m.end <= end and m.kind == "person"]
            if not inside or (inside[0].chain_start != start and not _APPOSITION.fullmatch(text, start, inside[0].chain_start)) \
                    or not all(_LIST_GAP.fullmatch(text, a.end, b.chain_start) for a, b in pairwise(inside)) \
                    or not _LIST_GAP.fullmatch(text, inside[-1].end, end):
                break
            joined = inside + joined
            end = start - 1
        return joined

    def _twinned(self, text: str, clause_start: int, cue: Token) -> list[Mention]:
        """The two provinces or cities a twinning joins, as their governments: each the region named, of the
        country named before it or else of the report's own."""
        pair = _TWIN_SIDES.search(text, clause_start, cue.start)
        if pair is None:
            return []
        sides = []
        for group in ("a", "b"):
            start, end = pair.span(group)
            inside = [m for m in self._mentions if start <= m.start and m.end <= end and m.kind in ("country", "place", "modifier")]
            named = next((m.end for m in inside if m.start == start and m.ids and m.ids[0].startswith("country/")), start)
            name = text[named:end] if end - named >= 2 else text[start:end]  # (北京与东京: the cities)
            country = next((m.country for m in inside if m.country), None) or (
                self._home or "CHN" if group == "a" else self._country_told_before(text, name, start))
            sides.append(Mention(start, end, "org", [f"org/{(country or 'xxx').lower()}-{name}"], name, country=country))
        return sides

    def _country_told_before(self, text: str, name: str, position: int) -> str | None:
        """江苏与巴登－符腾堡州…缔结: the country the region was named with before (德国巴登－符腾堡州州长), else the
        one foreign country told before it."""
        countries = [t for s in self._doc_sentences for t in s.tokens if t.mask & COUNTRY and t.end <= position]
        with_name = next((t for t in reversed(countries) if text.startswith(name, t.end)), None)
        if with_name is not None:
            return with_name.of("country")[0].id
        foreign = {t.of("country")[0].id for t in countries} - {self._home or "CHN"}
        return foreign.pop() if len(foreign) == 1 else None

    def _subject(self, text: str, left: list[Mention], topic: list[Mention], clause_start: int,
                 cue: Token) -> list[Mention]:
        """The actor group: the nearest parties before the cue in its clause, else the topic."""
        if (rather := _RATHER_THAN.search(text, clause_start, cue.start)) is not None \
                and any(m.end <= rather.start() and m.start >= clause_start for m in left):
            left = [m for m in left if not rather.start() < m.start < cue.start]  # 李强而不是习近平将出席峰会
        leaders = [m for m in left if m.kind == "person" and m.start >= clause_start and _LEADS.match(text, m.end)
                   and _GROUP_SUBJECT.search(text, m.end, cue.start)]
        if leaders:  # 由众议院军事委员会民主党首席议员史密斯率领的众议员代表团抵达北京: its leader(s)
            return _last_group(text, [m for m in left if m.end <= leaders[0].end and m.kind == "person"])
        if (carried := _carried_out(text, clause_start, cue)) is not None \
                and (own := [m for m in left if m.start >= carried.end()]):
            return _last_group(text, own)  # 将落实两国元首签署的条约: who signed what is carried out, named in it
        embedded = [m for m in left if m.start >= clause_start and (
            text[m.chain_start - 1] in _EMBEDDING or (self._dates and text[self._undated(m.chain_start) - 1] in _EMBEDDING))]
        if (adjacent := _adjacent_person(text, embedded, cue)) is not None:
            return _last_group(text, [m for m in embedded if m.end <= adjacent.end])  # 为特朗普访华做准备, 对王毅访美表示欢迎: the clause's own subject
        # 俄方将派外长拉夫罗夫出席: the one sent; 会议由莫迪以视频方式主持: the one 由 names
        sent = [m for m in left if m.start >= clause_start and m.kind in ("person", "he", "title") and (
            text.endswith(("派", "派出"), clause_start, m.chain_start)  # (中方将派欧亚事务特别代表赴乌克兰: whoever holds it)
            or (m.kind != "title" and text.endswith("由", clause_start, m.chain_start) and _AGENT_AFTER_YOU.match(text, m.end)))]
        if sent:
            return _first_group(text, left[left.index(sent[0]):])
        standing_in = _STANDING_IN.search(text, clause_start, cue.start) \
            if text.find("代表", clause_start, cue.start) >= 0 else None
        if standing_in is not None and any(m.chain_start < standing_in.start() < m.end for m in left):
            standing_in = None  # 欧亚事务特别代表李辉: a title, not one standing in for another
        if standing_in is not None and any(m.end <= standing_in.start() for m in left):
            # 哈里斯代表拜登总统与会, 王毅代表习近平出席: the one represented does not attend
            left = [m for m in left if m.end <= standing_in.start()]
        # (鉴于佩洛西不顾…反对，执意窜访台湾，中方决定…: a visit or meeting is the reason itself, its visitor acts)
        # (针对麦卡锡会见蔡英文，…: the one 针对 names acts in its own clause, not in the next)
        answering = clause_start + 2 if text.startswith("针对", clause_start) else -1
        left = [m for m in left if m.chain_start == answering or not self._is_governed(m) and not (
            m.end <= clause_start and _in_reason(text, m, self._sentence_start) and _reasoned(cue))]
        joined = _joined_to_previous(text, self._previous_cue, cue)
        if joined is not None and clause_start >= self._previous_cue.end and any(
                m.kind == "person" and clause_start <= m.start and m.end <= joined for m in left):
            joined = None  # …共同主持会晤，习近平随后以视频方式会见米歇尔: the clause names its own subject
        if joined is not None:
            # 出席X并对Y进行国事访问: after 并 the subject carries over unless a new one is named
            # (李显龙会见了刘建超，刘建超还同黄循财交流，并出席了…: the one opening a clause since)
            opening = [m for m in left if self._previous_cue.end < m.start < joined and m.kind == "person"
                       and m.chain_start == _clause_start(text, self._sentence_start, m.chain_start)
                       and text[m.end:m.end + 1] in _SUBJECT_GOES_ON]  # (…黄循财，外交部长维文等交流: a list)
            left = [m for m in left if m.start >= joined]
            if not left and opening:
                return opening[-1:]
            if not left and self._previous_actors:
                return list(self._previous_actors)
        if (adjacent := _adjacent_person(text, left, cue)) is not None:
            return self._with_listed(text, left, clause_start, _last_group(text, [m for m in left if m.end <= adjacent.end]))
        in_clause = [m for m in left if m.start >= clause_start]
        including = _INCLUDING.search(text, self._sentence_start, clause_start) \
            if text.find("在内", self._sentence_start, clause_start) >= 0 else None
        if including is not None and all(m.kind in ("title", "heads") for m in in_clause) and (
                named := [m for m in left if including.start() <= m.start < including.end()
                          and m.kind in ("person", "country", "org")]):
            return named  # 包括巴拉圭总统潘尼亚在内，共有8位友邦元首出席: those named among them
        if in_clause:
            group = _first_group(text, in_clause)
            owned = next((m for m in in_clause if m.kind == "person" and m.chain_start == group[-1].end + 1), None)
            if owned is not None and text.startswith("的", group[-1].end):
                return [owned]  # 英国首相施凯尔的幕僚长葛雷请辞: the one of whom it is told, not whose he is
            head = next((m for m in reversed(in_clause) if m.kind == "person" and m.start > group[-1].end
                         and (text.endswith("的", clause_start, m.chain_start)  # (…的习近平主席特别代表、…韩正)
                              or _SENDER_BEFORE.search(text, max(clause_start, m.chain_start - 10), m.chain_start))), None)
            if head is not None and group[0].kind in ("person", "title"):  # (在…总统选举中胜选的李在明就任…)
                # 正在美国出席特朗普总统就职典礼的国家副主席韩正会见…: the one a clause with 的 describes
                return _group(text, in_clause[in_clause.index(head):])
            return self._with_listed(text, left, clause_start, group)
        if _AS_WELL_AS.match(text, clause_start) and (listed := self._listed_before(text, left, clause_start)):
            return listed  # 希普金斯、范明政，以及来自90多个国家和地区的约1500名代表出席: those named
        if self._previous_actors:
            return list(self._previous_actors)
        left = [m for m in left if not _inside(m, self._against)]
        if left and clause_start > self._sentence_start and any(r.extra.type == "sanction" for r in cue.of("cue")):
            # 中方已多次表明立场，欧方不顾中方反对，执意将…列入清单: the subject of the clause just before takes the
            # measure (a complaint is the speaker's)
            before = _clause_start(text, self._sentence_start, clause_start - 1)
            opening = [m for m in left if before <= m.start < clause_start]
            if opening and opening[0].chain_start == before and before > self._sentence_start:
                return _first_group(text, opening)
        if left:
            return _first_group(text, left)
        return list(topic) or list(self._speaker)

    def _frame_with(self, text, candidate, left, right, topic, clause_start, cue, words: str = "同与和跟") -> None:
        """X同/与Y举行会谈: X acts, Y receives; 双方/两国 stand for both sides."""
        region_start = clause_start
        if clause_start > self._sentence_start and text.startswith(("举行", "进行"), clause_start) \
                and not any(m.start >= clause_start and m.kind != "pair" for m in left):
            # 同俄罗斯外交部…局长德罗比宁，举行新一轮磋商: the clause before names the other side
            region_start = _clause_start(text, self._sentence_start, clause_start - 1)
        found = [m.start() for m in _WITH_WORDS[words].finditer(text, region_start, cue.start) if not _covers(left, m.start())]
        with_tong = [p for p in found if text[p] in "同跟"]
        with_yu = [p for p in found if text[p] == "与"]
        for position in found:
            if text[position] in "和与" and with_tong and with_tong[-1] > position:
                continue  # 马克龙和朔尔茨同泽连斯基通电话: 和 joins the first side, 同 names the other
            if text[position] == "和" and with_yu and with_yu[-1] > position:
                continue  # 米歇尔和冯德莱恩…与习近平会面: 和 joins the first side, 与 names the other
            before = [m for m in left if m.start >= clause_start and m.end <= position]
            before = [m for m in before if m.kind != "place" and not self._is_governed(m)] or before  # 拜登在二十国集团峰会期间与…
            after = [m for m in left if m.start > position]
            # 王毅表示，不会在近期同布林肯通电话: with no one before 同, the one who says it
            fallback = self._previous_actors or [m for m in topic if m.end <= position] or list(self._speaker)
            if after and not before and _GROUP_SUBJECT.match(text, clause_start, position):
                # 访华期间，代表团还同外交部长王毅举行了会谈: the delegation told before (see the pipeline)
                candidate.actors, candidate.recipients, candidate.by_group = [], _group(text, after), True
                return
            if not after and (before or fallback) and _TO_THE_GROUP.match(text, position + 1, cue.start):
                # 访华期间，刘建超将同代表团举行会谈: the delegation told before (see the pipeline)
                candidate.actors, candidate.to_group = _last_group(text, before) if before else list(fallback), True
                return
            if not after or not (before or fallback):
                continue
            candidate.actors = _last_group(text, before) if before else list(fallback)
            relative = text.rfind("的", position, cue.start)
            if relative > position:
                after = [m for m in after if m.start > relative] or after
            candidate.recipients = [m for m in _group(text, after) if not _among(m, candidate.actors)]
            return
        candidate.actors = self._subject(text, left, topic, clause_start, cue)
        if len(candidate.actors) > 1 and candidate.actors[0].kind == "person":
            candidate.recipients = candidate.actors[1:]
            candidate.actors = candidate.actors[:1]
        if not candidate.recipients and candidate.actors:
            # 习近平…举行中美元首会晤: the pair before the cue names both sides
            last = candidate.actors[-1].end
            candidate.recipients = [m for m in left if m.start >= last and m.kind in ("heads", "pair", "both")][-1:]
        if not candidate.recipients and right and text[cue.end:right[0].chain_start].strip() in ("", "了"):
            candidate.recipients = _group(text, right)

    def _frame_credentials(self, text, candidate, left, topic, clause_start, cue) -> None:
        """拜登接受谢锋递交的国书 / 谢锋向拜登递交国书: the one who receives the credentials meets the
        ambassador who presents them."""
        accepts = text.rfind("接受", clause_start, cue.start)
        to = text.rfind("向", clause_start, cue.start)
        if accepts >= 0:
            candidate.actors = self._subject(text, [m for m in left if m.end <= accepts], topic, clause_start, cue)
            candidate.recipients = _group(text, [m for m in left if m.start >= accepts + 2])
        elif to >= 0:
            candidate.actors = _last_group(text, [m for m in left if m.end <= to]) or list(topic)
            candidate.recipients = _group(text, [m for m in left if m.start > to])

    def _frame_visit(self, text, candidate, cue_def, left, right, topic, clause_start, cue, sentence) -> None:
        all_places = [m for m in self._mentions if m.kind in ("place", "country", "modifier")]
        candidate.actors = [m for m in self._subject(text, left, topic, clause_start, cue) if m.kind != "place"]
        described = _described(text, cue, right)
        if described:
            candidate.actors = described  # 会见应邀访华的美国国务卿布林肯: the visitor the clause describes
        else:
            welcomed = _welcomed(text, left, clause_start, cue)
            candidate.actors = welcomed or candidate.actors
        if cue_def.object:
            candidate.destination_iso3 = cue_def.object
            tail = cue.form[1:] if cue.form.startswith("赴") else ""
            place = next((r for r in self.lexicon.surface_refs(tail) if r.kind == "place"), None) if tail else None
            if place is not None:  # 赴喀山: the city is the destination
                candidate.destination = Mention(cue.start + 1, cue.end, "place", [place.id], tail)
            listed = [m for m in all_places if m.kind in ("country", "modifier") and m.start > cue.end]
            if listed and _joined_in_list(text, cue.end, listed[0].start):
                # 赴乌克兰、波兰、法国、德国和俄罗斯访问: the countries listed after the one in the cue, too
                own = Mention.of_country(cue.start + 1, cue.end, cue.form[1:], cue_def.object)
                candidate.recipients = [*candidate.recipients, own, *_tour(text, listed[0], all_places)]
        # 对X进行…访问: the destination stands before the cue
        window = text[clause_start:cue.start]
        for match in re.finditer(r"对(.{1,20}?)(?:进行|开始|的|展开|$)", window):
            if "访问" in match.group(1):
                continue  # 结束对芬兰国事访问后抵达美国: that visit is another one
            start = clause_start + match.start(1)
            end = clause_start + match.end(1)
            places = [m for m in all_places if start <= m.start and m.end <= end]
            if places:
                candidate.destination = places[-1]
                candidate.actors = [m for m in candidate.actors if m not in places]
        clause_end = candidate.region[1]
        right = [m for m in all_places if cue.end <= m.start < clause_end]
        if candidate.destination is None and cue.form.endswith(_GOING_TO) and right \
                and text[cue.end:right[0].start] in ("", "了") and right[0].kind in ("country", "place", "modifier"):
            # 结束在多哥的访问后将前往科特迪瓦: where one goes to, not where one was
            candidate.destination = _most_specific([m for m in right if m.kind in ("country", "place", "modifier")], text)
        if candidate.destination is None:
            # 在塔什干访问 (not the 在 of 李在明, nor the city one leaves: 离开东京前往…)
            located = next((m for at, c in enumerate(window) if c in "在赴到" and not any(
                n.chain_start <= clause_start + at < n.end for n in self._mentions)
                and (m := _LOCATED.match(window, at)) is not None), None)
            if located and "离开" in located.group(1):
                located = None
            if located:
                start = clause_start + located.start(1)
                inside = [m for m in all_places if start <= m.start < clause_start + located.end(1)]
                if inside:
                    candidate.destination = _most_specific(inside, text)
        if candidate.destination is None and cue.form == "之行":
            # 北京之行, 为期四天的中国之行: the place right before it (no place, no visit: 此次欧洲之行)
            candidate.destination = next((m for m in all_places if m.end == cue.start), None)
            if candidate.destination is None:
                candidate.actors = []
                return
            if _CALLED_OFF_TRIP.search(text, clause_start, candidate.destination.start):
                if any(t.start < clause_start and t.mask & CUE and any(r.extra.type == "visit" for r in t.of("cue"))
                       for t in sentence.tokens):
                    candidate.actors = []  # 原计划此行同时访问上海，但…取消了上海之行: the visit just told
                    return
                candidate.status = "negated"  # 推迟原定…启程的中国之行
        if candidate.destination is None:
            after = [m for m in right if m.kind in ("country", "place", "modifier")]
            if after and text[cue.end:after[0].start].strip() in ("", "了", "中国", "美国", "友邦", "了友邦", "邻国"):
                candidate.destination = _most_specific(after, text)
        if candidate.destination is not None and candidate.destination.kind in ("country", "modifier"):
            # 访问法国、意大利、匈牙利和俄罗斯: one tour, every country of the list a host
            tour = _tour(text, candidate.destination, all_places)
            if len(tour) > 1:
                candidate.recipients = [*candidate.recipients, *tour]
        if candidate.destination is None and not candidate.destination_iso3:
            # 访问 with no destination reads as a visit only when a place is in the sentence
            places = [m for m in right if m.kind in ("country", "place")]
            if places:
                candidate.destination = places[0]
        if described and candidate.destination is None and not candidate.destination_iso3:
            # 在北京会见到访的X: X is visiting where the meeting is, else the country of the host
            before = [m for m in all_places if clause_start <= m.start and m.end <= cue.start and m.kind == "place"]
            hosts = [m.country for m in self._previous_actors if m.country]
            if before:
                candidate.destination = before[0]  # 在北京人民大会堂: the city, not the hall
            elif hosts:
                candidate.destination_iso3 = hosts[0]

    def _frame_express(self, text, candidate, left, right, topic, clause_start, cue, clause_end, parties) -> None:
        if cue.form in _JUDGED and self._speaker and self._speaker[0].end <= clause_start:
            self._judged(text, candidate, clause_start, cue, parties)
            return
        candidate.actors = self._subject(text, left, topic, clause_start, cue)
        segment_start = clause_start
        window = text[segment_start:cue.start]
        # (在对话中就…表达关切: the 对 of 对话 introduces nothing)
        match = re.search(r"(?:对(?!话|于)|就)(.+?)(?:等|的|问题)*(?:表达|表示|提出|深表)?(?:了)?(?:严重|强烈|深切|严正)?$", window)
        items_text = ""
        if re.search(r"(?:对|就)(?:此|此事|这些|上述)", window):
            candidate.item_span = (candidate.sentence.start, cue.start)  # 中方对此…: about what was just said
            if self._speaker and not any(m.start >= clause_start for m in candidate.actors):
                # 陈斌华表示，民进党当局出卖…，对此表示强烈不满: the one speaking, not the one spoken of
                candidate.actors = list(self._speaker)
        elif match and len(match.group(1)) >= 2:
            items_text = match.group(1)
            candidate.item_span = (segment_start + match.start(1), segment_start + match.end(1))
            about = segment_start + match.start()
            # (外交部发表声明，就麦卡锡同蔡英文会见表示谴责: not those the 就 clause names)
            candidate.actors = [m for m in candidate.actors if m.start < about] or [
                m for m in self._speaker if m.start < about] or candidate.actors
        else:
            items_text = _phrase(text, cue.end, clause_end)
            if items_text:
                candidate.item_span = (cue.end, clause_end)
        candidate.items = _split_items(items_text)
        if candidate.item_span:
            start, end = candidate.item_span
            kinds = ("country",) if start == candidate.sentence.start else ("country", "person", "org")
            actor_sides = {m.country for m in candidate.actors}
            # (对美英澳推进核潜艇合作表示严重关切: the three a pair of others names, not 中美关系)
            targets = [m for m in parties if start <= m.start < end and (m.kind in kinds or (
                m.kind == "pair" and len(kinds) > 1 and m.countries and not set(m.countries) & actor_sides))
                       and not _among(m, candidate.actors) and not (m.kind == "country" and m.country in actor_sides)]
            if start == candidate.sentence.start and targets and targets[0].country == "TWN" \
                    and _VISITED.search(text, max(start, targets[0].start - 3), targets[0].start):
                # 美国国会众议员窜访台湾，我们对此坚决反对: to the visitors' country, not to the island visited
                visitors = [Mention.of_country(m.start, m.end, m.name, m.country) for m in parties
                            if start <= m.start < targets[0].start and m.kind in ("country", "org", "person", "title")
                            and m.country and m.country not in actor_sides and not _among(m, self._speaker)]
                targets = visitors[:1] or targets[1:]
            if UNNAMED_SIDE.match(text, start):
                targets = []  # 对个别国家诋毁香港国安法表示不满: those complained of are not named (香港 is the topic)
            candidate.recipients = targets[:1]
        # to whom: 他向李强就…表达关切, 就香港问题向习近平表达关切; a 向 inside what is complained of
        # is not (对美方向台湾出售武器表示不满: the one named after it does something)
        before_items = candidate.item_span[0] - segment_start if candidate.item_span \
            and candidate.item_span[0] > segment_start else len(window)
        to = _TO_WHOM.search(window, 0, before_items) or _TO_WHOM.search(window, before_items)
        if to:
            start, end = segment_start + to.start(1), segment_start + to.end(1)
            targets = [m for m in left if start <= m.start < end]
            inside = to.start() >= before_items
            addressed = not inside or (targets and targets[-1].end == end) or _ADDRESSEE_END.search(to.group(1))
            if targets and addressed:
                candidate.recipients = targets[:1]
                candidate.actors = [m for m in candidate.actors if m not in targets]
            if inside and addressed and candidate.item_span:
                # 就美方袭击民用飞艇向美国驻华使馆负责人提出严正交涉: the one addressed is not what is complained of
                items = _ITEMS_END.sub("", text[candidate.item_span[0]:segment_start + to.start()])
                candidate.item_span = (candidate.item_span[0], candidate.item_span[0] + len(items))
                candidate.items = _split_items(items)

    def _judged(self, text, candidate, clause_start, cue, parties) -> None:
        """发言人表示，欧盟对中国企业实施制裁的做法不可接受: the one speaking complains of what the clause
        before the judgement tells, and to the first it names (…令人震惊，完全不可接受: the clauses before;
        …含糊其辞，中方无法接受: the side named right before judges, for the one speaking)."""
        speaker = self._speaker[0]
        start, end = clause_start, _JUDGED_BEFORE.search(text, clause_start, cue.start).start()
        subject = next((m for m in parties if m.start == start and m.end == end and m.is_party), None)
        if end - start < 2 or subject is not None:
            opening = _CLAUSE_BREAKS[",，;；:：。"].search(text, speaker.end, cue.start)
            start, end = (opening.end() if opening else clause_start), max(clause_start - 1, 0)
        candidate.actors = [subject or speaker]
        if end - start >= 2:
            candidate.item_span = (start, end)
            candidate.items = _split_items(text[start:end])
            candidate.recipients = [m for m in parties if start <= m.start < end and m.kind in ("country", "person", "org")
                                    and m.country != candidate.actors[0].country][:1]

    def _demand_items(self, text, candidate, cue, clause_end, sentence) -> None:
        rest_start = candidate.recipients[-1].end if candidate.recipients and candidate.recipients[-1].start > cue.start \
            else cue.end + (text.startswith("其", cue.end))
        end = _clause_end(text, rest_start, sentence.end, breaks="。;；")
        if (joined := _NEXT_SAYING.search(text, rest_start, end)) is not None:
            end = joined.start()  # 敦促以色列立即停火，并对人道局势表示关切: the demand ends where the next saying begins
        phrase = text[rest_start:end].strip(" ，,。")
        if phrase:
            candidate.items = [phrase[:80]]
            candidate.item_span = (rest_start, end)

    def _frame_appoint(self, text, candidate, left, right, topic, clause_start, cue, clause_end, sentence) -> None:
        word = cue.form
        if word.endswith("当选") and any(m.kind == "person" and m.chain_start <= cue.end <= m.start
                                       for m in self._mentions):
            return  # 美国当选总统特朗普: a title, no election told
        if word in _INAUGURATIONS:
            # 出席巴拿马总统穆利诺就职典礼: the one inaugurated, named right before it, takes up the post
            named = [m for m in left if m.kind == "person" and (m.end == cue.start or text[m.end:cue.start] in m.titles)
                     and not text.startswith("的", cue.end)]  # (出席…就职典礼的韩正会见…: he is described)
            candidate.actors = named
            candidate.post = named[0].titles[-1] if named and named[0].titles else None
            return
        if word in ("卸任", "离任") and text.endswith(("接替", "接任", "继任", "取代"), 0, cue.start):
            return  # 接替卸任的布林肯: the one left is the predecessor of the appointment told
        passive = text[cue.start - 1:cue.start] in ("被", "获") or (  # 尹锡悦被宪法法院裁定罢免
            word in ("罢免", "免去", "解除", "任命") and _PASSIVE_BY.search(text, clause_start, cue.start) is not None)
        if word.endswith("提名") or text.find("提名", clause_start, cue.start) >= 0:
            candidate.status = "planned"  # 提名别洛乌索夫出任国防部长: named for the post, not yet in it
        if word in ("任命", "提名", "免去", "解除", "罢免", "决定", "选举", "选出", "增补") and not passive:
            candidate.actors = [m for m in right if m.kind in ("person", "he")][:1]  # (任命他为首相)
            after = text[candidate.actors[0].end if candidate.actors else cue.end:clause_end]
            post = re.search(r"(?:为|担任|出任)(.+)$", after) or re.search(r"的(.+?)职务", after)
            candidate.post = post.group(1).strip(" 。，").removeprefix("新任") if post else None
            if word in ("免去", "解除"):
                candidate.items = ["免职"]
            return
        described = [] if word in ("接替", "接任", "继任") else \
            [m for m in _described(text, cue, right) if m.kind == "person"][:1]  # 接替卸任的X: X is the predecessor
        if described:
            # 向新当选的斯里兰卡总统迪萨纳亚克致贺电: the one the clause describes took up the post
            candidate.actors = described
            candidate.post = described[0].titles[-1] if described[0].titles else None
            return
        congratulated = [m for m in left if m.kind in ("person", "he") and m.start >= clause_start
                         and text.endswith(("祝贺", "恭贺"), clause_start, m.chain_start)]
        # 致电李在明，祝贺他当选总统: the one congratulated took up the post, not the sender
        candidate.actors = congratulated[-1:] or \
            [m for m in self._subject(text, left, topic, clause_start, cue) if m.kind in ("person", "he")]
        if not candidate.actors:
            candidate.actors = [m for m in (self._previous_actors or topic) if m.kind in ("person", "he")]
        if not candidate.actors and clause_start > sentence.start:
            # 国会举行首相指名选举，高市早苗获过半数支持，当选首相: the person opening a clause before
            candidate.actors = [m for m in left if m.kind == "person" and m.end <= clause_start
                                and m.chain_start == _clause_start(text, self._sentence_start, m.chain_start)][-1:]
        if word in ("接替", "接任", "继任"):
            previous = [m for m in right if m.kind == "person"]
            if previous:
                candidate.predecessor = previous[0]
            elif (left_post := _LEFT_POST.search(text, sentence.start, clause_start)) is not None:
                # 孙海燕不再担任驻新加坡大使，由曹忠明接任: the post left before, by the one who left it
                candidate.post = left_post.group("post")
                candidate.predecessor = next((m for m in reversed(self._mentions) if m.kind == "person"
                                              and m.end <= left_post.start()), None)
                return
            # 接替卸任的布林肯: the 任 of 卸任 (离任, 前任…) takes up no post
            # (卡茨接任国防部长，萨尔将出任外交部长: the post of its own clause, or of the next one when it opens with
            # the verb, 接替吴红波，担任…特别代表; not of a clause with a subject of its own)
            follow = re.search(r"(?:出任|担任|(?<![卸离上前连留续现新])任|成为)(.+?)(?:[，,。;；]|$)", text[cue.end:clause_end]) \
                or _POST_NEXT.match(text, clause_end, sentence.end)
            if follow:
                candidate.post = re.split(r"后|以来|之后|之际|时", follow.group(1))[0].strip() or None
            elif previous and (tail := text[previous[0].end:clause_end].strip("，, 的")) \
                    and tail not in ("就任", "上任", "到任", "履新", "就职"):  # (接替高锐就任: no post named)
                candidate.post = tail
            elif not previous and word != "接替" and (titles := [m for m in right if m.kind == "title"]):
                candidate.post = titles[0].name  # 林佳龙将接任外交部长: the post follows the verb
            return
        if word in ("首次亮相", "首次以"):
            quoted = re.search(r"以[“\"「]?(.+?)[”\"」]?的?身份", text[clause_start:sentence.end])
            candidate.post = quoted.group(1) if quoted else None
            return
        obj = re.split(r"后|以来|之后|之际|时|的|当天|当日", _phrase(text, cue.end, clause_end))[0]
        # (对岑浩辉当选表示热烈祝贺: what follows is no post)
        candidate.post = None if obj.startswith(_NO_POST_AFTER) else _COUNTED_POST.sub("", obj.strip(_QUOTES)) or None
        # (the post named right after the verb: 就任当天就同总理先生通话 names no post of hers)
        titles = [m for m in right if m.kind == "title" and m.chain_start - cue.end <= 2]
        if titles:
            candidate.post = titles[0].name
        if not candidate.post and word.endswith(("当选", "胜选", "连任")):
            # 普京在俄罗斯总统选举中…再次当选: the post the election was for
            # (第六任行政长官选举8日举行，唯一候选人李家超以1416票当选: the election told before in the sentence)
            elected = [m for m in self._mentions if m.kind == "election" and sentence.start <= m.start < cue.start]
            candidate.post = elected[-1].name if elected else None
        if not candidate.post and (word in TAKING_UP or word.startswith("宣誓")) and candidate.actors \
                and candidate.actors[0].titles:  # 喀麦隆总统比亚宣誓就职: a new term of the post he is named with
            # 新任驻美国大使谢锋抵达纽约，正式履新: the post is the one the person is named with
            candidate.post = re.sub(r"^.*?新任", "", candidate.actors[0].titles[-1]) or None

    def _plan_of_this(self, planned: re.Pattern, text: str, start: int, end: int, clause_start: int,
                      kind: str, cue_start: int) -> bool:
        """A future marker before the cue's clause carries into it (王毅将于25日访问比利时，并出席…,
        将转往巴西利亚，对巴西进行国事访问), but not into a complaint or a demand, which are made as they
        are told (美国将与台湾站在一起，并对中国表达关切); a marker inside a title or a name is none
        (国家卫生和计划生育委员会主任李斌…举行会谈)."""
        for found in planned.finditer(text, start, end):
            if found.start() < clause_start and (kind in ("concern", "demand") or (
                    text.startswith("原", found.start()) and _INSTEAD.search(text, found.end(), clause_start))):
                continue  # (原定赴喀山与会，因…取消了行程，改以视频方式参加: what was done instead of the plan)
            if not any(m.chain_start <= found.start() < m.end for m in self._mentions) \
                    and _marks_a_plan(text, found, self._mentions, cue_start):
                return True
        return False

    def _modality(self, text, candidate, window_start, clause_start, cue, sentence) -> None:
        # The patterns hold no anchor at their start and no lookbehind: each is run on its stretch of the
        # text in place (pos, endpos) rather than on a copy. Before the cue: from the window to 将/把 or
        # the cue; near: the four characters before the cue; after: 25 characters after it.
        before_start = clause_start if candidate.type == "agree" else min(window_start, clause_start)
        told = [end for _, end in self._items_told if before_start < end <= cue.start]
        if told:
            before_start = max(told)  # 对美方将…列入清单表示反对，敦促美方…: that 将 is in what was complained of
        first = candidate.actors[0] if candidate.actors else None
        if first is not None and before_start < first.chain_start <= cue.start and text.endswith("的", 0, first.chain_start):
            before_start = first.chain_start  # 即将离任的中国驻法国大使卢沙野18日拜会…: what describes him plans nothing
        if (carried := _carried_out(text, before_start, cue)) is not None:
            before_start = carried.end()  # 将全面落实去年6月两国元首签署的条约: 将 is for the carrying out, the signing is done
        before_end = candidate.disposal_at if candidate.disposal_at is not None else cue.start
        item = candidate.item_span
        if candidate.type == "concern" and item and sentence.start < item[0] and item[1] <= cue.start:
            # 中方对美方将X列入清单表示不满: the 将 is in what is complained of, not in the complaint
            before_end = min(before_end, item[0] - 1)
        near_start = max(sentence.start, cue.start - 4)
        after_end = min(sentence.end, cue.end + 25)
        if _HAVE_TO.search(text, clause_start, cue.start) is None and (  # (将不得不采取反制措施: a threat, no refusal)
                cue.form == "缺席" or (self.negated_here is not None and self.negated_here.search(  # 没有进行任何磋商
                text, max(sentence.start, cue.start - 10), cue.start) is not None) \
                or _NEGATED_PREDICATE.search(text, clause_start, cue.start) is not None \
                or _NOT_THERE.search(text, max(clause_start, cue.start - 16), cue.start) is not None \
                or text.find("否认", clause_start, cue.start) >= 0 \
                or (candidate.type == "attend" and (_NOT_GOING.search(text, clause_start, cue.start)
                                                    or _NOT_INVITING.search(text, clause_start, cue.start))) \
                or (candidate.type in ("visit", "meet", "talks", "call") and _PUT_OFF_BEFORE.search(text, clause_start, cue.start)
                    and _AS_A_NOUN.match(text, cue.end)) \
                or _no_plan_for(text, clause_start, cue, sentence.end) \
                or (candidate.type in ("visit", "meet", "talks", "call", "attend") and self.negated_after is not None
                    and self.negated_after.search(text, cue.end, _called_off_within(text, candidate.region[1], sentence.end,
                                                                                   after_end)) is not None)):
            candidate.status = "negated"
            if _WILL_NOT.search(text, max(clause_start, cue.start - 10), cue.start):
                candidate.future = True  # 普京将不出席8月的峰会: the August to come, not the one gone
        else:
            planned = self.planned_for_agree if candidate.type == "agree" else self.planned
            # plain words: when the stretch before the cue holds the near one, one search covers both
            near_inside = before_start <= near_start and before_end == cue.start
            # the keyword starts within the first five characters; the slow pattern runs only then
            if planned and not text.startswith(_DONE, clause_start) and not under_way(text, clause_start, cue) and (
                            self._plan_of_this(planned, text, before_start, before_end, clause_start, candidate.type,
                                               cue.start)
                            or (not near_inside and any(_marks_a_plan(text, found, self._mentions, cue.start) for found in
                                                        planned.finditer(text, near_start, before_end)))
                            or _will_before_a_date(text, sentence.start, cue.start)
                            or _will_right_before(text, clause_start, cue.start)
                            or (not (candidate.type == "agree" and cue.form.endswith(_AGREEING))
                                and _PLANNED_WORD.search(text, cue.end, min(cue.end + 6, after_end))
                                and _PLANNED_PREDICATE.match(text, cue.end, after_end))
                            or (text.find("为", clause_start, cue.start) >= 0
                                and _PREPARING.match(text, cue.end, after_end))):
                candidate.status = "planned"
                candidate.future = True
                decided = _DECIDED.search(text, sentence.start, cue.start)
                if candidate.type in ("sanction", "establish", "appoint") and decided:
                    candidate.status = "occurred"  # 宣布将对X实施制裁: the announcement is the act
                if cue.form == "提升为" and _RELATION_TAKEN.search(text, clause_start, cue.start) \
                        and not _LATER.search(text, clause_start, cue.start):
                    # 宣布将中匈关系提升为…伙伴关系: 将 takes the relation as its object, the upgrade is made
                    candidate.status, candidate.future = "occurred", False
            elif candidate.type in ("visit", "meet", "talks", "attend") and candidate.actors \
                    and text.endswith("欢迎", 0, candidate.actors[0].chain_start) and not text.startswith("了", cue.end) \
                    and not cue.form.startswith("与会") \
                    and not _WELCOMED_WITH_HONOURS.search(text, sentence.start, candidate.actors[0].chain_start):
                candidate.status = "planned"  # 中方欢迎莫迪总理8月31日来华出席…峰会: welcomed to come
                candidate.future = True
            elif candidate.type in ("visit", "meet", "talks", "attend") and (
                    _WILLING.search(text, clause_start, cue.start) or _PLAN_NOUN.match(text, cue.end)
                    or _WELCOMED_TO_COME.search(text, clause_start, cue.start)):
                # (中方欢迎欧盟领导人适时来华举行…会晤: welcomed to come)
                candidate.status = "planned"  # 德方愿尽快重新安排访华行程, 仍未放弃访台打算: willing or meaning to
                candidate.future = True
            elif candidate.type in ("meet", "talks", "call", "visit") \
                    and (proposal := _PROPOSING.search(text, clause_start, cue.start)) is not None \
                    and not _AT_THE_PROPOSAL_OF.search(text, clause_start, proposal.start()) and not text.startswith("了", cue.end) \
                    and text.find("了", proposal.end(), cue.start) < 0 and not text.startswith("的", cue.end):
                candidate.status = "planned"  # 乌梅罗夫提议泽连斯基与普京在8月底前会晤: proposed, not held
                candidate.future = True
            elif candidate.type == "visit" and _AFTER_IT_WILL.match(text, cue.end) \
                    and text.find("结束", clause_start, cue.start) < 0:
                candidate.status = "planned"  # 普京访朝后将前往越南: the first stop is to come as well
                candidate.future = True
            elif candidate.type in ("visit", "attend") and _ITINERARY_NOUN.match(text, cue.end) \
                    and _ITINERARY_MADE_KNOWN.search(text, clause_start, cue.start) \
                    and not _TRIP_BOUNDS.search(text, max(clause_start, cue.start - 8), cue.start):
                candidate.status = "planned"  # 白宫6日公布了拜登总统的访华行程: the trip to come made known
                candidate.future = True
            elif candidate.type in ("visit", "meet", "attend") and (invites := _INVITES.search(text, clause_start, cue.start)) \
                    and "应" not in text[clause_start:invites.start()]:
                candidate.status = "planned"  # 他已邀请习近平访问美国: invited to, not yet made
                candidate.future = True
        if candidate.type in NEEDS_TWO and _PROPOSED.search(text, clause_start, cue.start) \
                and _REJECTED.search(text, cue.end, sentence.end):
            candidate.status = "negated"  # 美方提出两国防长通电话，遭中方拒绝: proposed and turned down
        elif _TURNED_DOWN.search(text, clause_start, cue.start) and _AN_OFFER.match(text, cue.end, sentence.end):
            candidate.status = "negated"  # 中方拒绝美方提出的…举行防长会晤的邀请: the offer of it turned down
        elif ORIGINAL_PLAN.search(text, sentence.start, cue.start) and (
                _NOT_CARRIED_OUT.search(text, cue.end, sentence.end)
                or _TRIP_CALLED_OFF.search(text, text.rfind("。", 0, max(0, sentence.start - 1)) + 1, sentence.start)):
            # 原定签署的矿产协议未能签署, 原定17日与特朗普会面，但未能与其见面 (…宣布取消原定派往华盛顿的代表团行程。
            # 德尔默原定本周赴美: the trip the sentence before called off)
            candidate.status = "negated"
        if (self.reported and self.reported.search(text, sentence.start, cue.start)) \
                or _REPORTED_BY.search(text, sentence.start, cue.start):
            candidate.reported = True
        if self.nested and self.nested.search(text, sentence.start, cue.start):
            candidate.nested = True
        if self.during and (during := self.during.search(text, sentence.start, cue.start)):
            candidate.during = during.group()
        paragraph_start = text.rfind("\n", 0, sentence.start) + 1
        if text.startswith(("答:", "答：", "答 "), paragraph_start) or (
                _NAME_TAG.match(text, paragraph_start) and not text.startswith(_QUESTION, paragraph_start)):
            candidate.answer = True  # (谭克非：我们敦促美方…: a spokesperson's answer under his name)
        if text.startswith(_QUESTION, paragraph_start):
            candidate.reported = True  # a journalist's question reports, it does not confirm
            candidate.question = True
        if candidate.type in ("meet", "talks", "call", "visit", "sanction", "attend") and (
                text.startswith(self.commentary, sentence.start)
                or text.startswith(self.commentary, clause_start)
                or (_FIRST_TIME.search(text, clause_start, cue.start) and (
                    _REMARK_BEFORE.search(text, sentence.start, cue.start)
                    or text.startswith(_REMARKED_ON, sentence.start)))):
            # 这是他上任以来首度访问中国, …会面，是特朗普今年1月重返白宫后两人首次面对面会谈, …会面，这是台美断交以来，
            # 我国元首首度…会晤, 他是工党政府…上台后首位访华的内阁大臣: a remark on an event told elsewhere
            candidate.commentary = True
        if self.count_re:
            match = self.count_re.search(text, max(sentence.start, cue.start - 6), cue.end + 4)
            if match and (text[match.start() - 1:match.start()] == "第" or _ORDINAL_BEFORE.search(text, max(0, match.start() - 4),
                                                                                               match.start())):
                match = None  # 第五次会晤, 第十四轮制裁: which one in a series, not how many
            if match:
                value = self.counts[match.group()]
                candidate.count = int(value) if value.isdigit() else value
        # (召见…，就中国军机26日侵入领空一事提出严正抗议，并要求中方…: nor the day of what was protested before it)
        candidate.date_expr = _nearest_date(text, sentence, cue, clause_start, candidate.region[1],
                                            [s for s in (candidate.item_span, *self._items_told) if s]
                                            if candidate.type in ("concern", "demand") else ())
        if candidate.date_expr is not None and candidate.date_expr.end <= clause_start \
                and SOME_TIME.search(text, clause_start, cue.start):
            candidate.date_expr = None  # 他将于明年初访华，习近平也将在适当时候访美: a time of its own, untold
        if candidate.type == "attend" and (held_on := next((d for d in sentence.dates if cue.end <= d.start <= cue.end + 2
                                                            and d.end < candidate.region[1]), None)) is not None \
                and _HELD_THEN.match(text, held_on.end):
            candidate.date_expr = held_on  # 将出席1月20日在华盛顿举行的就职典礼: on the day of what is attended
        if candidate.commentary and candidate.date_expr is not None and _AFTER_IT.match(text, cue.end):
            candidate.commentary = False  # 这是两国元首3月18日视频通话后的又一次交流: the call before, on its day
        if candidate.date_expr is None and candidate.type == "visit" and text.endswith("后", 0, candidate.region[1]) \
                and text.find("结束", clause_start, cue.start) >= 0:
            # 结束对法国的国事访问后，于5月7日抵达贝尔格莱德: it ended on the day the next clause tells
            after = next((d for d in sentence.dates if d.start >= candidate.region[1]), None)
            if after is not None and text.find("将", candidate.region[1], after.start) < 0:
                candidate.date_expr = after  # (将于17日转往柬埔寨: what comes next is to come, the end is not told)


# ---- helpers ---------------------------------------------------------------------------------
def _named_too(text: str, candidate: Candidate, mentions: list[Mention]) -> list[Candidate]:
    """任命陈国基为政务司司长、陈茂波为财政司司长: each named in the list takes up the post after him."""
    parts = re.split(r"[、，,；;]", candidate.post)
    candidate.post = parts[0]
    out = []
    start = candidate.cue.end
    for part in parts[1:]:
        named, _, post = part.partition("为")
        position = text.find(part, start)
        person = next((m for m in mentions if m.kind == "person" and m.name == named
                       and position <= m.start < position + len(named) + 1), None) if position >= 0 else None
        if person is None or not post:
            continue
        start = position + len(part)
        other = copy.copy(candidate)
        other.actors, other.post, other.predecessor = [person], post, None
        out.append(other)
    return out



def _not_told(text: str, c: Candidate, sentence: Sentence, clause_start: int) -> bool:
    """What a clause does not report as done or decided: 是否会见 (asked), 扬言/可能/不排除 (threatened
    or foreseen), a measure as a habit (动辄以制裁), a complaint disregarded (不顾中方反对) or standing
    (一贯反对), a cause (受加征关税影响) or lifted (取消加征关税), a
    mechanism's meeting called off in a list of measures, a tally (同150多个国家签署), a past visit with
    no day told (多年前曾访问)."""
    cue, end = c.cue, c.region[1]
    if c.type in ("agree", "establish") and text.find("周年", cue.end, end) >= 0 and _ANNIVERSARY.match(text, cue.end, end) \
            and text.find("是", clause_start, cue.start) >= 0:
        return True  # 今年是中埃建立全面战略伙伴关系10周年: an anniversary, nothing agreed this year
    if c.type == "attend" and _SENT_UNNAMED.search(text, clause_start, cue.start):
        return True  # 感谢习近平主席派特使出席: the one sent attends, not the one sending
    if text.find("下", cue.end, sentence.end) >= 0 \
            and (background := _BACKGROUND_OF.search(text, sentence.start, sentence.end)) is not None \
            and background.start() < cue.start < background.end():
        return True  # 在美国对印加征高额关税的背景下: the circumstances of what is said, no event told
    if c.type in NEEDS_TWO and not text[clause_start:cue.start].strip(_QUOTES + "此次这次本次该") \
            and _TALKS_JUDGED.match(text, cue.end, end):
        return True  # …对媒体说，会谈富有成效 / 会谈“非常有益”: the talks told, judged
    if text.startswith(("对于", "关于"), clause_start) and _TOPIC_CLAUSE_END.match(text, cue.end) \
            and _NO_NEWS.search(text, cue.end, sentence.end):
        return True  # 对于特朗普访华，中方目前没有可以发布的消息: the visit is what is spoken of
    if c.type == "appoint" and (_AS_ONE.match(text, cue.end) or (c.post and _NO_POST.search(c.post))
                                or (cue.form == "成为" and c.post and c.post.endswith("候选人"))):
        # (尹锡悦成为韩国宪政史上第二位遭罢免的总统: a record, no post taken)
        return True  # 以当选总统身份访华: in the capacity, not taking it up
    if text.find("以", clause_start, cue.start) >= 0 and any(
            m.start() < cue.start < m.end() for m in _FRAMED.finditer(text, clause_start, end)):
        return True  # 以高层对话为基础, 以两国元首釜山会晤重要共识为引领: the frame of what is done, no event
    if text.find("问及", sentence.start, cue.start) >= 0 and (asked := _ASKED_ABOUT.search(text, sentence.start, sentence.end)) \
            and asked.start() < cue.start < asked.end():
        return True  # 在被问及李强出席峰会期间是否会与高市早苗会面时: what a journalist asks about
    if c.type == "visit" and _PRIVATE_TRAVEL.match(text, cue.end):
        return True  # 发布前往中国大陆的旅行警告, 暂停员工赴华出差: travel of no one's office, no visit
    if c.type in ("talks", "meet") and _BY_MEANS_OF.search(text, max(clause_start, cue.start - 6), cue.start) \
            and _MEANS_TO.match(text, cue.end):
        return True  # 期待印巴通过对话协商实现全面持久停火: talks as the means hoped for, none held
    if c.type == "establish" and not text[clause_start:cue.start].strip() and _SET_UP_AS_SUBJECT.match(text, cue.end):
        return True  # 设立黄岩岛国家级自然保护区是…正当举措: the setting up spoken of, not done here
    if text.startswith(_THIS_IS, clause_start) and _NTH_OF_THEM.match(text, cue.end):
        return True  # 这是中方与中美洲国家签署的第二个自贸协定: a remark counting the one just told
    if c.type == "talks" and _SET_UP_BEFORE.search(text, max(clause_start, cue.start - 30), cue.start):
        return True  # 宣布建立外交安全对话、全面经济对话: a mechanism set up, no talks held
    if _REPORTED.search(text, sentence.start, cue.start) and (_CONFIRM_ASKED.match(text, sentence.end) or (
            (comma := text.find(",", cue.end, sentence.end)) >= 0 and _CONFIRM_ASKED.match(text, comma + 1))):
        # 据报道，中方官员上周在多哈同美方代表会面。外交部能否证实？: a report put to be confirmed (what an
        # official said, put so, is told)
        return True
    if _OF_A_KIND.search(text, max(clause_start, cue.start - 4), cue.start) or (
            text.find("只有", clause_start, end) >= 0 and _ONLY_IF.search(text, clause_start, end)):
        return True  # 此类会晤只有在…取得成果后才可能举行: a kind of meeting, on a condition, none told
    if _AVOIDED.search(text, max(clause_start, cue.start - 4), cue.start) or (
            c.type in NEEDS_TWO and _AVOIDED_WITH.search(text, max(clause_start, cue.start - 20), cue.start)):
        return True  # 提醒中国公民近期避免前往日本: a trip advised against
    if c.type in ("meet", "talks", "call", "visit") and _DISCUSSED.search(text, clause_start, cue.start):
        return True  # 没有讨论两国元首会晤事宜: the meeting is what is not discussed
    if c.type == "agree" and _AGREED_TO_LEAVE.match(text, cue.end):
        return True  # 越共中央同意武文赏辞去国家主席职务: a resignation accepted (the leaving is told)
    if c.type == "agree" and _REVOKED.search(text, clause_start, cue.start):
        return True  # 宣布撤销…与中方签署的合作谅解备忘录: what was signed, told as revoked
    if _FACTOR.match(text, cue.end):
        return True  # 考量台美关税谈判等因素: a consideration, no event told
    if c.type == "sanction" and _THREAT_OF.match(text, cue.end):
        return True  # 对华加征100%关税的威胁实际上已经不存在: a measure spoken of as a threat, none taken
    if _ASKED_OR_FORESEEN.search(text, clause_start, cue.start) or text.find("扬言", sentence.start, clause_start) >= 0:
        return True  # (特朗普扬言，将对…加征关税: the threat is told in the clause before)
    if text.startswith(_QUESTION, text.rfind("\n", 0, sentence.start) + 1) and (
            _ASKING.search(text, clause_start, end) or _CONFIRMING.search(text, cue.end, sentence.end)):
        return True  # 问：中方宣布了哪些反制措施？ 美方称双方正在谈判，中方能否证实？ asked, not told
    if c.type == "sanction" and (_HABIT.search(text, clause_start, cue.start) or _NO_MEASURE_TAKEN.match(text, cue.end)
                                 or _OVER_YEARS.search(text, sentence.start, cue.start)
                                 or _CAUSE.match(text, clause_start)
                                 or _LIFTED.search(text, max(clause_start, cue.start - 12), cue.start)
                                 or _LIFTED_PREDICATE.search(text, clause_start, cue.start)
                                 or _LIFTED_AFTER.match(text, cue.end)):
        return True
    after = cue.end + (text.startswith("裁", cue.end))  # (中方的反制裁"是不可接受的")
    after += text[after:after + 1] in _QUOTE_MARKS
    if c.type == "sanction" and (clause_start == cue.start or text.endswith("的", 0, cue.start)
                                 or text.startswith(("是", "不是", "从来", "旨在", "意在"), after)) \
            and _SAID_OF_MEASURES.match(text, after):
        # 制裁从来不是解决问题的途径, 美方的制裁对俄方适得其反, 中方此次反制是对…的回应: measures spoken of
        return True
    if c.type == "sanction" and _SUPPORTING.search(text, clause_start, cue.start):
        return True  # 全力支持国家采取的反制措施: measures spoken of, taken by another
    if _CONDITION.search(text, sentence.start, clause_start) or _IF_OPENS.match(text, clause_start) \
            or (_IF_WORD.search(text, sentence.start, cue.start) is not None and (
                _SUBJECT_IF.match(text, clause_start, cue.start)
                or ((opened := _SUBJECT_IF.search(text, sentence.start, clause_start)) is not None
                    and opened.end() < clause_start
                    and text[opened.end():clause_start].count("，") + text[opened.end():clause_start].count(",") == 1))):
        # (欧盟若对中国电动汽车加征关税，中方将坚决反制: the side named before its condition)
        return True  # 如果美方执意挑衅，中方必将采取反制措施 (中方表示，倘若美方…加征关税，…): a condition
    if c.type == "sanction" and _TELLING.search(text, clause_start, cue.start):
        return True  # 向欧方介绍了中方…采取的反制措施: measures told of, not taken here
    if text.find("正值", sentence.start, cue.start) >= 0 and (at := _AT_A_TIME.search(text, sentence.start, sentence.end)) \
            and at.start() < cue.start < at.end() and not _PLANNED_WORD.search(text, at.start(), cue.start):
        # 正值美国对华加征关税后…紧张之际: the time of something else, told in passing (正值双方将于周日举行…会谈之际
        # tells what is to come)
        return True
    if c.type == "sanction" and (_DISCUSSING.search(text, clause_start, cue.start) and _TOPICS_END.search(text, cue.end, end)
                                 or _AS_A_TOPIC.match(text, cue.end)):
        # (稀土出口管制等问题上的紧张局势, 围绕301措施，出口管制等议题: a measure named among topics)
        return True  # 双方讨论了贸易、稀土出口管制以及乌克兰战争等议题: topics discussed, no measure taken
    if c.type == "sanction" and text.find("围绕", clause_start, cue.start) >= 0:
        return True  # 围绕美方对华301条款…措施、出口管制等重要经贸问题，进行了…交流: topics
    if c.type not in ("agree", "appoint") and text.find("就", clause_start, cue.start) >= 0 \
            and _TOPIC_OF_EXCHANGE.match(text, cue.end):
        # 双方就稀土出口管制等问题交换意见, 中巴双方将就卢拉总统访华保持沟通: the topic of an exchange, not a measure
        # taken or a visit made
        return True
    if c.type == "concern" and ((disregard := _DISREGARDING.search(text, clause_start, cue.start)) is not None
                                and cue.start - disregard.end() <= 12 and not _DISREGARD_ENDED.search(text, disregard.end(), cue.start)
                                or _STANDING.search(text, max(clause_start, cue.start - 6), cue.start)):
        return True  # 不顾中方反对 (not 对欧方不顾中方反对执意推进这一措施表示强烈不满: the complaint itself)
    if c.type in NEEDS_TWO and (off := _CALLED_OFF.search(text, clause_start, cue.start)) \
            and not _OFF_WITH.match(text, off.end()) \
            and not any(m.kind == "person" for m in (*c.actors, *c.recipients)):
        return True  # 中止与美方磋商 is negated talks, not this
    if (text.find("多", clause_start, end) >= 0 or text.find("数十", clause_start, end) >= 0
            or text.find("一系列", clause_start, end) >= 0) and (total := _TOTAL.search(text, clause_start, end)) \
            and not (any(m.kind == "person" for m in c.actors) and (text.endswith("等", 0, total.start()) or any(
                text.find("以及", m.end, total.start()) >= 0 for m in c.actors if m.end <= total.start()))):
        # (普京、莫迪等20多位外国领导人将出席峰会, 希普金斯、范明政，以及来自90多个国家和地区的约1500名代表出席:
        # those named attend, the number counts them or others)
        return True
    if c.type in ("visit", "meet", "talks", "call", "sanction") and _DESCRIBES_A_NOUN.match(text, cue.end) or (
            c.type == "sanction" and _MEASURE_SPOKEN_OF.match(text, cue.end)):
        return True  # 暂停审批美军舰机赴港休整的申请, 损害开展军控磋商的政治氛围: what the cue describes is told
    if c.type in ("meet", "talks", "call") and _WISH.search(text, clause_start, cue.start) \
            and _nearest_date(text, sentence, cue, clause_start, end) is None:
        return True  # 英方希望同中方加强对话, 巴方愿同中方举行会谈: a wish, no exchange told
    # (王受文2022年10月起任…，多次参与中美经贸磋商: a time since which, in another clause, dates no tally)
    return c.type in ("visit", "meet", "talks", "call", "attend") and _ONCE.search(text, clause_start, cue.start) \
        is not None and ((day := _nearest_date(text, sentence, cue, clause_start, end)) is None
                         or (day.end <= clause_start and day.parts.get("since") is not None))


_QUOTE_MARKS = frozenset('"“”「」『』')
_MEASURE_SPOKEN_OF = re.compile(r"[^，,。；;的]{0,6}的(?:内容|细节|情况|范围)")  # 没有说明制裁措施的内容
UNNAMED_SIDE = re.compile(r"(?:个别|少数|某些|一些|有关|极少数)(?:国家|政客|势力|人士|组织|媒体|机构|人|方面)")
_DESCRIBES_A_NOUN = re.compile(r"[^，,。；;的]{0,10}的(?:申请|请求|政治氛围|氛围|条件|可能性|可能|意愿|前景|障碍|基础|大门"
                               r"|窗口|机会|努力|势头|良好势头|提议|建议|准备工作|筹备工作|准备|筹备)"
                               # 访华条件不成熟, 贸易谈判目前陷入停滞: a state of things, no event
                               r"|(?:条件|时机)(?:不|尚未|还不)|(?:目前|已经|已|一度|再次|仍)?(?:陷入|处于)(?:停滞|僵局)"
                               r"|(?:的)?(?:具体)?(?:日期|时间表)"  # 未证实特朗普的访华日期
                               # 两国元首旧金山会晤为两军关系指明了方向: a meeting spoken of
                               r"|为[^，,。；;]{1,16}?(?:指明|奠定|注入|提供|开辟|指引)")


def _called_off_within(text: str, clause_end: int, sentence_end: int, after_end: int) -> int:
    """Where 推迟/取消 after a cue still speaks of it: its own clause (…通电话，告知延后访问的决定 calls off
    no call), or the rest of the sentence when the next clause turns against it or gives a reason
    (原定访华，但已推迟; 原计划2月访华，因…未能成行; 原定…的会晤，受疫情影响未能如期举行)."""
    if text.startswith(_TURNS, clause_end + 1):
        return min(sentence_end, clause_end + 60)
    return min(after_end, clause_end)


_TURNS = ("但", "却", "然而", "后因", "后来", "随后又", "因", "由于", "受", "后宣布", "后决定", "后又", "后被", "不过", "现已", "目前已",
          "如今已", "现在已")  # (原定15日在马斯喀特举行，现已取消)


def _described(text: str, cue: Token, right: list[Mention]) -> list[Mention]:
    """来华进行国事访问并出席峰会的拉马福萨: a clause ending in 的 that describes the person after it."""
    for mention in right:
        if mention.kind != "person":
            continue
        between = text[cue.end:mention.chain_start]
        if between.endswith("的") and len(between) <= 48 and not re.search(r"[，,。;；]", between) \
                and not _OCCASION_OF.match(text, mention.end):
            group = _group(text, [m for m in right if m.start >= mention.start])
            # (正在伊朗访问的王毅与扎里夫签署协议: 与 begins the other side of what follows, not the described)
            cut = next((i for i in range(1, len(group)) if _between(text, group[i - 1], group[i]).startswith(("与", "同"))),
                       len(group))
            return group[:cut]
        return []
    return []


# 出席…举行的美国总统特朗普就职典礼: the person names whose occasion it is, not who attends
_OCCASION_OF = re.compile(r"(?:总统|总理|首相|主席)?(?:就职|宣誓|葬礼|国葬|追悼|告别|生日|寿辰|婚礼|纪念|逝世)")
_TITLED_TEXT = re.compile(r"[^，,。；;《]{0,6}《[^》]{1,80}》")  # 发布《…宣言》: what is agreed, up to its title
_AFTER_IT = re.compile(r"(?:后|之后|以来)")  # …视频通话后的又一次交流: an exchange named as the one before
_RECEIVED_BY = re.compile(r"(?:获|受到)(?=[^，,。；;]{1,20}$)")  # 获总统赖清德接见: received


def _describing_a_group(text: str, cue: Token, right: list[Mention], clause_start: int, clause_end: int) -> bool:
    """来华出席峰会的外方代表: the cue stands in a clause describing a group no one of which is named."""
    if _described(text, cue, right):
        return False
    if "的" in text[cue.end:clause_end] and _GUESTS_ATTENDING.search(text, clause_start, cue.end):
        return True  # 集体会见来华出席…会议的东盟国家外长和东盟秘书长高金洪: the guests met came for it
    return _ATTENDING_GROUP.search(_phrase(text, cue.end, clause_end)) is not None \
        and ("会见" in text[clause_start:cue.start] or "的" in text[cue.end:clause_end])


_WELCOMED_GROUP = re.compile(r"欢迎[^，,。；;]{0,12}?(?:人士|代表|企业|企业家|朋友|嘉宾|各界|各方|各国)(?:等)?(?:来华|前来|积极)?$")
_GUESTS_ATTENDING = re.compile(r"(?:会见|会晤|接见)了?(?:来华|来京|来沪|应邀|专程|前来)*(?:出席|参加)$")


_WELCOMING = re.compile(r"欢迎|邀请|陪同|迎接|祝贺|感谢|欢送|接待|期待")
_HOPED_FOR = re.compile(r"邀请|期待|欢迎")


def _welcomed(text: str, left: list[Mention], clause_start: int, cue: Token) -> list[Mention]:
    """奥巴马…欢迎习近平对美国进行国事访问: the one welcomed is the visitor, not the host."""
    people = [m for m in left if m.kind == "person" and m.start >= clause_start]
    if len(people) == 1:  # (中方期待莫迪总理月底来华出席…: a side hoping, too)
        people = [m for m in left if m.kind == "country" and clause_start <= m.end <= people[0].start][:1] + people
    if len(people) < 2:
        return []
    last = people[-1]
    between = text[people[0].end:last.chain_start]
    return [last] if _WELCOMING.search(between) else []


def _named_in_attended(text: str, cue: Token, candidates: list[Candidate]) -> bool:
    for prior in candidates:
        if prior.type == "attend" and prior.items and prior.cue.end <= cue.start:
            start = text.find(prior.items[0], prior.cue.end, cue.end)
            if 0 <= start <= cue.start < start + len(prior.items[0]):
                return True
    return False


def _joined_to_previous(text: str, previous: Token | None, cue: Token) -> int | None:
    """Where the clause joined by 并/同时/随后 to the previous cue begins, if it is so joined."""
    if previous is None or previous.end > cue.start:
        return None
    between = text[previous.end:cue.start]
    joints = list(_JOINTS.finditer(between))
    return previous.end + joints[-1].end() if joints else None


def _listed_object(text: str, sentence: Sentence, clause_start: int, cue: Token,
                   mentions: list[Mention]) -> tuple[int, int] | None:
    """对X、Y，Z实施制裁 (将X，Y，Z列入…清单): the object of a measure listed over commas, each part a name (or
    以及 a name)."""
    if clause_start <= sentence.start or (text.find("对", sentence.start, clause_start) < 0
                                         and text.find("将", sentence.start, clause_start) < 0):
        return None
    starts = {m.chain_start for m in mentions if m.is_party or m.kind == "modifier"}
    at = clause_start
    while at > sentence.start:
        part_start = at
        while text.startswith(_LIST_GLUE, part_start):
            part_start += len(next(g for g in _LIST_GLUE if text.startswith(g, part_start)))
        if (part_start not in starts and not _FIRM_NAMED.match(text, part_start)) \
                or any(t.mask & CUE and part_start <= t.start < cue.start for t in sentence.tokens):
            return None  # (a firm the lexicon does not know still stands in the list: 通用动力陆地系统公司)
        previous = _clause_start(text, sentence.start, at - 1)
        aimed = max(text.rfind("对", previous, at - 1), text.rfind("将", previous, at - 1))
        if aimed >= 0 and text[aimed + 1:aimed + 2] not in ("等", "于", "此") and aimed + 1 in starts:
            if any(t.mask & CUE and aimed < t.start < at for t in sentence.tokens):
                return None
            return aimed + 1, cue.start
        if aimed >= 0 or previous == at:
            return None
        at = previous
    return None


_FIRM_NAMED = re.compile(r"[\u4e00-\u9fff·]{2,30}?(?:公司|集团|研究所|研究院|银行|基金会)")
_LIST_GLUE = ("以及", "和", "及", "还有", "包括")


def _object_span(text: str, clause_start: int, cue_start: int) -> tuple[int, int] | None:
    """对X实施制裁 / 将X列入实体清单: where the target stands, before the cue."""
    # (针对美方…制裁中国官员，: a clause of what is answered, not the object; 针对中国的出口管制措施 is one)
    start = clause_start + 2 if text.startswith("针对", clause_start) else clause_start
    match = re.search(r"(?:对(?!等|于|此)|将(?!于|会|要|在)|把)([^，,。;；]{1,220}?)(?:实施|采取|列入|纳入|加征|征收|进行|的)?$",
                      text[start:cue_start])
    if not match:
        return None
    return start + match.start(1), start + match.end(1)


def _visit_told_in_passing(text: str, cue: Cue, token: Token, sentence: Sentence, after: str) -> bool:
    """李强上月对韩国进行正式访问期间…: 期间 (时, 中, 后) usually points back to a visit already told,
    but a full predicate (someone 对 a country 进行…访问) tells the visit itself."""
    if cue.frame not in ("visit", "with") or not after.startswith(("期间", "时", "中", "后", "之后")) \
            or _CONSENSUS_REACHED_THEN.match(after):
        return False  # (落实…在巴厘岛会晤中达成的共识: the meeting named by what came of it)
    head = text[_clause_start(text, sentence.start, token.start):token.start]
    if cue.frame == "visit":
        return re.search(r"对[^，,。]{1,30}$", head) is not None  # 对新西兰、澳大利亚、马来西亚进行
    # 习近平与拜登去年11月14日在峇里岛会晤时…, 李强与黄循财在北京举行会谈后共同会见记者: both sides
    # and a date or a place tell the meeting itself
    people = [t for t in sentence.tokens if t.mask & PERSON and t.end <= token.start
              and t.start >= token.start - len(head)]
    if len(people) < 2 or re.search(r"[与同和跟]", head) is None:
        return False
    # 王毅同布林肯通电话时表示: a call named with both sides and 时 is the readout's own call
    return (cue.type == "call" and after.startswith("时")) or re.search(r"\d+日|在[^，,。]{1,10}$", head) is not None


_CONSENSUS_REACHED_THEN = re.compile(r"(?:期间|时|中)所?(?:达成|形成|确定|取得)的")
_WITH_A_TITLE = re.compile(r"[与同和跟][^，,。；;与同和跟]{0,14}$")


def _met_named_before(text: str, cue: Token, sentence: Sentence, titled: bool = False) -> bool:
    """维文周四与鲁比奥会面时，对…表达关切: a meeting with one named right before it, told as the time of
    what follows, is told here (在会见时表示 points back to one told before)."""
    if not titled:
        # (同美国总统特朗普、副总统万斯会面时: the last of those listed after 同)
        return any(t.end == cue.start and t.mask & PERSON and (text[t.start - 1:t.start] in ("与", "同", "和", "跟")
                                                               or _LISTED_WITH.search(text, max(sentence.start, t.start - 30), t.start))
                   for t in sentence.tokens)
    # 习近平同俄罗斯总统普京举行会谈后，…: talks with one named, titled, told as the time of what follows
    start = cue.start - 2 if text.endswith(("举行", "进行"), 0, cue.start) else cue.start
    return any(t.end == start and t.mask & PERSON and _WITH_A_TITLE.search(text, max(sentence.start, t.start - 16), t.start)
               for t in sentence.tokens)


def _marks_a_plan(text: str, found: re.Match, mentions: list[Mention], cue_start: int = -1) -> bool:
    """潘文江大将, 海军上将, 林将军: 将 is a rank there (after a name or an arm of the forces, not in 会上将);
    伊朗核计划, 计划的 name a programme, not a plan."""
    at = found.start()
    if found.end() != cue_start and _DESCRIBING_PLAN.match(text, found.end()):
        return False  # 与即将卸任的国务院总理李克强举行会谈: what describes the one met (not 即将卸任 itself)
    if found.group() == "将":
        ranked = text[at - 1:at] in _RANKS and (text[at - 2:at - 1] == "军" or any(
            m.end == at - 1 and m.kind == "person" for m in mentions))
        # 已将税率提高至145%, 将12家美国实体列入, 将俄罗斯原油价格上限下调至…: 将 takes an object there
        disposing = text[at - 1:at] == "已" or _COUNTED.match(text, at + 1) is not None or (any(
            m.chain_start == at + 1 and m.kind in ("country", "person", "org", "pair", "modifier") for m in mentions)
            and not text.startswith(("代表", "率"), at + 1))  # (将代表特首李家超出席: will stand in for him)
        return not ranked and not disposing and not text.startswith("将军", at)
    if found.group() in ("定于", "订于") and text[at - 1:at] in "协约规制修签":
        return False  # 中塞自由贸易协定于2023年10月17日签署: 协定 and 于, not 定于
    if found.group() == "计划":  # (加沙和平计划, 五年计划: a programme named)
        return not _PROGRAMME.search(text, max(0, at - 2), at) and text[at + 2:at + 3] not in _NOUN_AFTER_PLAN
    return True


_DESCRIBING_PLAN = re.compile(r"(?:卸任|离任|上任|就任|到任|离职|退休|届满)的")
_SIGNING_WORDS = ("签署", "签订", "签约")
_SIGNED_BY = re.compile(r"了?(?P<who>[^，,。；;]{2,30}?[与和同][^，,。；;]{2,20}?)(?:共同)?(?:" + "|".join(_SIGNING_WORDS) + ")")
_RANKS = frozenset("上中少大")
_COUNTED = re.compile(r"(?:另外|其余|上述|这)?[\d一二三四五六七八九十两几百千万数多余]+(?:家|名|个|艘|架|位|项|人|批|所|种|类|条)")
_NOUN_AFTER_PLAN = frozenset("的书、，,。")
_PROGRAMME = re.compile(r"核|和平|行动|重建|援助|发展|合作|五年|年度|投资|停火|改革|复兴|军事|导弹|太空|登月|培训|救助|刺激|撤军|停战|马歇尔")


# 召见X，就…提出严正交涉: what a summons is about (就此: what was told before, no item)
_SUMMONED_ABOUT = re.compile(r"[，,]就(?!此)(?P<what>[^，,。；;]{2,100}?)(?:等|的|问题)*(?=(?:向[^，,。]{1,20})?(?:提出|表达|表示|深表))")


def _coordinated(text: str, previous: Candidate, cue: Token) -> bool:
    """强烈不满和坚决反对: a second cue of the same type joined to the first is the same act."""
    kinds = {r.extra.type for r in cue.of("cue")}
    between = text[previous.cue.end:cue.start]
    return previous.type in kinds and _COORDINATION.fullmatch(between) is not None


def _a_protest(cue: Token) -> bool:
    return any(r.extra.type == "concern" for r in cue.of("cue"))


def _alternation(words: list[str]) -> re.Pattern | None:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


_INVITATION = re.compile(r"(?:应|接受)(?!邀)(.{1,40}?)(?:的)?(?:邀请|之邀|邀)")
# 同 of 同意, 同时, 同样… is no "with" (同意大利总统 is)
# (nor is the 同 of 共同, 一同, 相同, 协同, 认同 or 赞同)
_TIME_WORDS = ("后", "之后", "后不久", "不久后", "之际", "以来", "前夕")


def _tells_when(text: str, start: int, end: int) -> bool:
    """宣誓就职后不久，: a clause that tells when the next one happened."""
    if text.endswith(("，", ","), start, end):
        end -= 1
    return text.endswith(_TIME_WORDS, start, end)


_FIRST_TIME = re.compile("首次|首度|第一次|首位|首个")
_REMARKED_ON = ("他是", "她是", "此访是", "此行是", "这次访问是", "此次访问是")
_PASSIVE_BY = re.compile(r"被[^，,。；;]{1,10}?(?:裁定|决定|投票|宣布)?$")
_INAUGURATIONS = frozenset(("就职典礼", "就职仪式", "宣誓就职仪式", "宣誓就职典礼", "就任仪式", "就职礼"))
_ANNIVERSARY = re.compile(r"[^，,。；;《》]{0,30}?[\d一二三四五六七八九十百]+周年(?!之际|为契机)")
_SENT_UNNAMED = re.compile(r"(?<![未不没])(?:委派|派出|派遣|派)(?:了|其|一位|一名)?(?:特使|特别代表|高级代表|代表|他|她)"
                           r"(?:作为[^，,。；;]{1,12})?(?:专程|前来|前往|赴[^，,。；;]{1,8})?$")
_SINGLED_OUT = ("特别是", "尤其是", "特别是要求", "首先是")
_INVITING = ("邀请", "回邀", "回请")
_SUBJECT_GOES_ON = frozenset("还也又同与随在并将已")
_HAVE_TO = re.compile("不得不|不能不|不可不")
_CALLED_OFF_TRIP = re.compile(r"(?:取消|推迟|推延|延后|搁置)了?[^，,。；;]{0,16}$")
_TO_THE_GROUP = re.compile(rf"{_GROUP}(?:一行)?(?:举行|进行|开展)?了?$")
_GROUP_OPENS = re.compile(rf"{_GROUP}(?:一行)?(?!\w{{0,2}}[同与和跟])")
# (代表团前日在老挝与总理宋赛会面: a day and a place between)
_GROUP_SUBJECT = re.compile(rf"{_GROUP}(?:一行)?[^，,。；;同与和跟]{{0,14}}$")
_SENDER_BEFORE = re.compile(r"的(?:[\u4e00-\u9fff]{2,5}?(?:主席|总统|总理|国王)|(?:国家主席|总统|总理|国王)[\u4e00-\u9fff]{2,4})$")
_TOGETHER_BEFORE = re.compile("共同|一同|一道|一起")
_REMARK_BEFORE = re.compile(r"[，,；;](?:这是|这也是|此次是|此为|此系|是|此访是|此行是)[^。；;]*$")
_LOCATED = re.compile(r"(?:在|赴|到)([^,，。]{1,12}?)(?:进行|开始|$)")
_WITH_WORDS = {words: re.compile(f"(?!同(?:意(?!大利)|时|样|志|胞|等))(?!(?<=[共一相协认赞])同)[{words}]")
               for words in ("同与和跟", "同与跟给", "同与和跟向")}
_WITH_BEFORE = _WITH_WORDS["同与和跟"]
_ACCORDING = re.compile(r"(?:针对|根据|依据|据|援引|引述)[^，,。]{1,60}")
_PLANNED_PREDICATE = re.compile(r"[^，,。;；]{0,4}?(?:将|将于|拟|拟于|定于|计划)[^，,。;；]{0,24}?(?:举行|召开|进行)")
_PLANNED_WORD = re.compile(r"将|拟|定于|计划")
# what stands between the second of two who attend together and the cue: 共同, 以视频方式…
_TOGETHER = re.compile(r"^(?:[^，,。；;]{0,6}?(?:共同|一同|一起|一道|同时|分别|以[^，,。]{1,6}方式|通过视频|将|还|也))*$")
# 中方将采取反制措施, 将对美方实施制裁: 将 before a verb or a preposition is the future, not the object
_VERB_NEXT = re.compile(r"(?:不得不|必须|被迫|只能|可能|会|要)?(?:研拟|研究|考虑|酌情|视情|采取|实施|进行|予以|作出|做出|坚决|依法|根据|视|对|向|在|于|以|从|继续|适时|立即|同)")
TAKING_UP = frozenset(("履新", "正式履新", "开始履职", "正式履职", "到任", "正式到任"))
_LEAVING = frozenset(("免去", "解除", "卸任", "辞去", "辞职", "请辞", "罢免", "辞呈", "不再担任", "不再兼任", "被解职", "遭解职",
                      "被免职", "倒台"))
_LEFT_POST = re.compile(r"(?:不再担任|不再兼任|卸任|辞去|离任)(?P<post>[^，,。；;]{2,24}?)(?:职务|一职)?[，,；;]")
_NO_POST_AFTER = ("表示", "致", "向", "并", "发表", "感到", "祝贺", "一事", "消息")
_POST_WORDS = re.compile(r"(?:的职务|职务|一职)$")
# threats, speculation, habits and views: no event is reported as done or decided
# (预计15日举行会晤 is a schedule told: planned, not foreseen)
_ASKED_OR_FORESEEN = re.compile(r"是否|能否|会不会|是不是|有没有|扬言|威胁要|威胁将|威胁对|(?<![尽不])可能(?!性)|或将|或许"
                                r"|料将|恐将|不排除|(?<![或])或(?:于|在|会|与|同)(?!者)")
# words of single rules, each explained where it is used
_ITEMS_END = re.compile(r"(?:等|的|问题)+$")
# 以隆重军礼，欢迎帛琉总统…国是访问: a guest welcomed with honours has come
_WELCOMED_WITH_HONOURS = re.compile(r"(?:军礼|礼炮|国礼|仪式)[，,]?欢迎$")
_MODAL = re.compile(r"应当|应该|必须|务必|应|须")
_WHAT_CAME_OF = re.compile(r"的?(?:有关)?(?:情况|内容|结果)")
# 将在双方方便的时候访问华盛顿, 适时访华: what is to come with no time told
SOME_TIME = re.compile(r"适时|择期|方便的时候|方便时|方便的时间|适当时候|适当的时候|适当时机|合适的时间|合适时间|尽早|早日|尽快")
_AGREEING = ("同意", "商定", "约定")  # (同意将…会面: what is agreed is to come, the agreement is made)
_COUNTED_POST = re.compile(r"第[0-9一二三四五六七八九十百]+(?:任|位|届)")  # 日本第104任首相: the post, uncounted
_ONWARD = frozenset(("转往", "转赴"))
# 李家超会于7月28日至30日访问老挝 (其后会于…率团): 会 of what is to come, as the press of Hong Kong writes it,
# not the last character of a body or a meeting (委员会于3日举行)
_WILL_BEFORE_A_DATE = re.compile(r"会(?:先|再)?(?:于|在)(?=[^。；;]{1,80}$)")
_WILL_RIGHT_BEFORE = re.compile(r"(?<=[也亦还都将就则便才日天晚早时])会(?:再|亲自)?$")  # (not 国会, 年会, 招待会)
_NOT_WILL_BEFORE = frozenset("不委理事协学商大工议社员机公年盛晤谈见宴聚集约开部峰博贸易交运展讨待乐酒祝念销览")  # (进博会在)
_MEETINGS_OF_MINISTERS = ("外长", "防长", "部长", "财长")  # 中日韩外长会在东京举行: the meeting


def _will_right_before(text: str, clause_start: int, cue_start: int) -> bool:
    """明日会出席, 其间亦会出席论坛 (the press of Hong Kong): 会 right before the verb, after an adverb or a
    time, is "will" (not the 会 ending a name, 国会宣誓, 招待会出席)."""
    return _WILL_RIGHT_BEFORE.search(text, max(clause_start, cue_start - 3), cue_start) is not None


def _will_before_a_date(text: str, start: int, end: int) -> bool:
    return any(text[found.start() - 1:found.start()] not in _NOT_WILL_BEFORE
               and not text.endswith(_MEETINGS_OF_MINISTERS, 0, found.start())
               for found in _WILL_BEFORE_A_DATE.finditer(text, start, end))
_AT_A_MISSION = re.compile(r"[\u4e00-\u9fff]{0,8}?驻[\u4e00-\u9fff]{1,8}?(?:大使馆|使馆|总领事馆|总领馆|领事馆)")
_ADDRESSEE_END = re.compile(r"(?:负责人|大使|代办|公使|参赞|官员|使馆|总领事|领事馆|政府|当局|方面)$")
_NAMED_BY_YEAR = re.compile(r"[冬夏]奥|(?![起以底初末春夏秋冬上下前后内间度里时]|中(?![\u4e00-\u9fff])|中[期旬])[\u4e00-\u9fff]")
_NEXT_SAYING = re.compile(r"[，,](?:并|同时|还|也)(?:对|向|就|表示|表达|呼吁|敦促|要求|强调|指出|重申)")
_CARRYING_OUT = re.compile(r"落实|围绕|按照|根据|贯彻|践行")


def _carried_out(text: str, start: int, cue: Token) -> re.Match | None:
    """将落实…两国元首签署的条约: the verb of carrying out before a cue that describes what is carried out
    (V的N), whose subject and time are its own."""
    return _CARRYING_OUT.search(text, start, cue.start) if text.startswith("的", cue.end) else None

_CONSENSUS_OF = re.compile(r"[^，,。；;]{0,16}?(?:共识|精神|讲话|指示)")
_CHAIRED_BY = re.compile(r"([^，,。；;由]{2,30}?)由$")
_ANNOUNCING_DAYS = frozenset(("同日", "当天", "当日", "今天", "今日", "昨天", "昨日"))  # (近日 tells no day)
_QUESTION = ("问:", "问：", "问 ", "有记者问：", "有记者问:", "记者问：", "记者问:", "记者：", "记者:", "提问：")  # a journalist's question
_SUPPORTING = re.compile(r"支持|拥护|赞同|声援|欢迎")
_INCLUDING = re.compile(r"包括[^，,。；;]{2,60}?在内[，,]")
_INSTEAD = re.compile("取消|改以|改为|改由|但|却|未能|推迟")
ORIGINAL_PLAN = re.compile("原定|原计划|原规划|按计划|原本|本应")
# (原定本月21日至22日访问印度，…但他…表示，不得不推迟印度之行: the trip put off, told after it)
# 决定推迟中美防扩散…磋商, 推迟国防部长迟浩田对美国的访问: the exchange put off, told as a noun
# 该条约由江泽民和普京于2001年7月16日在莫斯科签署: the text told first, then who signed it, when and where
_SIGNED_TEXT_FIRST = re.compile(r"(?P<text>[^，,。；;]{1,60}?(?:协定|协议|条约|公报|声明|宣言|备忘录|议定书|合同|文件|》))"
                                r"(?:已|将|拟|则|也|还|最早|最初|曾)?(?:由|于|在|以|将于|已于|正式|\d{1,2}日|[一二三四五六七八九十]{1,3}日)")
_DATELINE_BEFORE = re.compile(r"^[^\s]{0,30}?(?:电|讯)[)）]?\s+")  # 新华社日内瓦5月12日电 中美…联合声明
_CLAUSE_END_AFTER = re.compile(r"(?:了)?(?:[。，,；;]|$)")
_TRIP_CALLED_OFF = re.compile(r"(?:取消|推迟|暂缓|叫停|搁置)了?(?:原定|原计划)[^。]{0,24}?(?:行程|访问|之行)")
_VISIT_OF = re.compile(r"(?:原定|原计划)?对[^，,。；;]{1,16}?的(?:国事|正式|工作|友好|正式友好|私人)?")
_PUT_OFF_BEFORE = re.compile(r"(?:推迟|延期|中止|暂停|取消|冻结|搁置|推延|暂缓)了?[^，,。；;]{0,30}$")
_AS_A_NOUN = re.compile(r"[。，,；;]|$|的|等|活动|行程|计划|机制|安排|已不合适|不合时宜")
_NOT_CARRIED_OUT = re.compile("(?:未能|没能|未|没有|并未)(?:与其|同其|与他|同他|与之)?"
                              "(?:签署|签订|见面|会面|会晤|举行|成行|实现|达成|出席|访问|通话)"
                              "|(?:推迟|取消|推延|延后|押后|推后|暂缓|搁置)(?:了)?(?:此次|这次|该|有关|相关)?[^，,。；;]{0,6}?(?:之行|行程|访问|计划)"
                              # (原定9月上旬访问广州、出席…活动的计划已经推迟: the plan named, then put off)
                              "|(?:之行|行程|访问|计划|仪式|典礼)(?:已经|已|均|都|也)?(?:被)?(?:推迟|取消|推延|延后|暂缓|搁置|延期)"
                              # (原计划会谈后两国元首在庭院散步，因降雨改为在室内参观: the plan changed)
                              "|[，,](?:因|由于)[^，,。；;]{0,12}?改(?:为|在|以|由|成)")
_PROPOSED = re.compile(r"提出|提议|建议|请求|要求")
_TURNED_DOWN = re.compile(r"拒绝|婉拒|谢绝|回绝|(?:没有|未|不)接受")
_AN_OFFER = re.compile(r"[^，,。；;的]{0,6}?的(?:邀请|邀约|提议|请求|建议|要求|申请)")
_REJECTED = re.compile(r"[遭被][^，,。；;]{0,6}?拒绝|(?:没有|未|不|未能)接受|婉拒|予以拒绝")
_AT_A_TIME = re.compile(r"正值[^。；;]{0,40}?(?:之际|之时|的时候)")
_HELD_THEN = re.compile(r"(?:[^，,。；;]{0,16}?)(?:举行|召开|开幕|开始)的")
_NAME_TAG = re.compile(r"[\u4e00-\u9fff·]{2,6}[：:]")
_ASKING = re.compile(r"吗|哪些|什么|何时|如何|怎样|能否|是否|有没有|会不会|可否|何种|多少|为何|为什么|有何")
_CONFIRMING = re.compile(r"证实|确认|属实")
_WILL_NOT = re.compile(r"将不|不会|不将|不打算|不准备|无意|不寻求|将$")  # (将缺席)
# measures spoken of as a habit (动辄以制裁…) or lifted (取消…加征关税): no measure taken
_HABIT = re.compile(r"动辄|一再|屡屡|频频|经常|不断|滥用|泛化|肆意|多次|历来|一贯")
_OVER_YEARS = re.compile(r"近年来|近些年来|长期以来|一直以来|多年来|(?:上台|执政|就任|上任)以来")  # 近年来，美国将数百家中国实体列入…
# 不顾中方坚决反对, 无视中方严正交涉: the complaint is told as what was disregarded, not made here
_DISREGARDING = re.compile(r"不顾|无视|罔顾")
_DISREGARD_ENDED = re.compile(r"(?:反对[^，,。；;]{2,}?表示|表达|深表)")  # what is disregarded ends before the complaint's verb
# 中方一贯反对…, 始终反对单边制裁: a standing position, not a complaint made
_STANDING = re.compile(r"一贯|一向|历来|始终|从来")
_LIFTED = re.compile(r"取消|暂停|停止|解除|豁免|排除|修改|调整")  # (不再加征 is a measure negated; 相应修改对美反制关税: changed)
# 停止执行今年3月4日公布的对…加征关税措施: a measure lifted, however far its verb stands from the cue
_LIFTED_PREDICATE = re.compile(r"(?:取消|暂停|暂缓|停止|中止|终止|解除|放宽)(?:执行|实施|征收|加征|对)")
# 出口管制措施将随着稀土供应恢复而取消, 反制措施如期展期90天, 提高至30%的计划暂不实施: the measure ends or waits
_LIFTED_AFTER = re.compile(r"(?:(?!并|和|同时|后)[^，,。；;]){0,24}?(?:而|被|予以|将|如期|再)?(?<!未)(?<!没有)(?<!不)"
                           r"(?:取消|解除|撤销|暂停|终止|停止|展期|延期|暂不实施|不再实施|推迟实施|降至|下调至|降低至|减至)"
                           r"[^，,。；;]{0,8}(?=[，,。；;]|$)")
_NO_MEASURE_TAKEN = re.compile(r"[^，,。；;]{0,6}?等(?:手段|方式|措施|因素|做法)|[^，,。；;]{0,8}?(?:的)?(?:不确定性|影响)"
                               # 加征关税的暂停期再延长90天, 出口管制措施的滥用: the measure is not taken here
                               r"|[^，,。；;]{0,12}?的(?:暂停期|滥用|豁免期|宽限期)"
                               r"|(?:产生|带来|造成|构成)")  # 对西方制裁产生免疫力: the measure as a cause
# (磋商机制, 对话渠道: the name of a body, not the exchange)
_SAID_OF_MEASURES = re.compile(r"(?:措施)?(?:从来|从不|不是|是|旨在|意在|不能|不会|只会|无助|解决不了|没有|反而|毫无|不得人心|对[^，,。]{1,8}?"
                               r"(?:适得其反|无效|毫无|没有))")
# 如果…，: the clause of a condition (如期, 比如, 例如 are none: the word starts its clause)
_IF = r"如果|假如|倘若|若是|一旦|要是"
_IF_OPENS = re.compile(rf"(?:{_IF})")
_SUBJECT_IF = re.compile(rf"[^，,。；;]{{1,8}}?(?:{_IF}|若(?!泽))")
_IF_WORD = re.compile(rf"{_IF}|若")
_TELLING = re.compile(r"介绍了?|通报了?|阐述了?")
_CONDITION = re.compile(rf"(?:^|(?<=[，,：:\s“「\x22]))(?:{_IF}|若|如(?!期|约|今|何|此|下|同|实|愿))[^，,。；;]{{1,40}}[，,]")
_TOPIC_OF_EXCHANGE = re.compile(r"[^，,。；;]{0,16}?(?:交换(?:了)?意见|沟通|交流|讨论|磋商|对话|会谈|通报|答记者问|提起诉讼)"
                                r"(?!机制|小组|工作组|平台|框架|渠道|进程|会议)")
_CALLED_OFF = re.compile(r"取消|暂停|中止|叫停")
_OFF_WITH = re.compile(r"了?(?:原定|原计划|即日起)?的?[同与跟和]")  # 中止与美方…磋商: the talks themselves
# (签署30多份合作文件 counts the documents of one signing, not a tally)
_TOTAL = re.compile(r"[0-9一二三四五六七八九十百千]+多(?:个|场|次|位)|数十(?:个|场|次|位)|多个国家"
                    r"|一系列(?:重要)?(?:多边|双边)?(?:会议|活动|峰会)")
_CAUSE = re.compile(r"受(?!到|邀)|由于|因为")
_WISH = re.compile(r"(?:愿|愿意|希望|期待|期盼|期望|盼望)(?:并准备)?(?:(?:继续|进一步|进一步加强|加强)?[同与和跟]"
                   # 中联部愿推动两国政党加强对话交流: what is to be furthered between others
                   r"|[^，,。；;]{0,12}?(?:推动|促进|鼓励|支持)[^，,。；;]{0,12}?(?:加强|深化|开展|扩大|密切))"
                   r"|应(?:当|该)?(?:继续|坚持|保持|加强|深化|密切)")  # 双方应坚持沟通对话: what should be done
_BACKGROUND_OF = re.compile(r"在[^，,。；;]{2,40}?的(?:背景下|情况下|大背景下)")
_ORDINAL_BEFORE = re.compile(r"第[0-9一二三四五六七八九十百]*$")
_DISCUSSING = re.compile(r"讨论|谈及|谈到|涉及|聚焦|商讨|探讨|议题包括|话题包括|议题涵盖")
_TOPICS_END = re.compile(r"等?(?:议题|问题|话题|事宜|领域)")
_TURN = re.compile(r"[，,](?:但|但是|然而|不过|可是)(?=[^，,。；;]{0,16}?(?:表示|称|说|宣布|证实|否认|强调|指出))")
_TALKS_JUDGED = re.compile(r"[“\"「]?(?:富有成效|卓有成效|很有成效|非常|十分|很|坦诚|深入|务实|积极|有益|成功|取得|是[^，,。]{0,10}的)")
_FRAMED = re.compile(r"以[^，,。；;以]{1,40}?为(?:基础|引领|指引|遵循|契机|主线|指导|抓手|依托|重点|核心|目标|方向|纽带|桥梁|平台)")
_AS_A_TOPIC = re.compile(r"[^，,。；;、]{0,8}?等(?:议题|问题|话题|领域|方面)")
_AGREED_TO_LEAVE = re.compile(r"[^，,。；;]{0,12}?(?:辞去|辞职|请辞|卸任|不再担任)")
_AVOIDED_WITH = re.compile(r"(?:避免|暂勿|不要|切勿)[同与和跟][^，,。；;]{1,16}?$")  # 避免同赫格塞思会面
_WILLING = re.compile(r"(?<![不])(?:愿意|愿)(?![望景])")
_WELCOMED_TO_COME = re.compile(r"欢迎[^，,。；;]{0,16}?(?:来华|访华|来访|适时|早日|再次|尽早)")
_ANNOUNCING_NAMED = ("宣布", "称", "透露", "报道", "证实")
_GOING_TO = ("前往", "转赴", "转往", "飞赴", "飞往")
_PROPOSING = re.compile(r"提议|建议(?!书)")
_AT_THE_PROPOSAL_OF = re.compile(r"应|根据|按照|依照|依据")  # 应美方建议，王毅同布林肯通电话: the call is made
_AFTER_IT_WILL = re.compile(r"(?:期间|结束)?(?:后|之后)[，,]?(?:[^，,。；;将拟]{0,8}?)(?:将|拟|计划|可能|或将)")
_ITINERARY_NOUN = re.compile(r"的?(?:行程|日程|具体安排|安排)")  # 访华行程: the trip named after the cue
_ITINERARY_MADE_KNOWN = re.compile(r"公布|宣布|披露|发布|敲定|确定了|确认了")
_TRIP_BOUNDS = re.compile(r"(?:结束|开始|启动|完成)[^，,。；;]{0,6}$")  # (宣布…结束访华行程: the trip made)
_PLAN_NOUN = re.compile(r"的?(?:打算|计划|意向|构想)")
_LISTED_WITH = re.compile(r"[同与跟][^，,。；;同与跟]{2,24}、[^，,。；;、]{0,8}$")
_AMONG_THEM = re.compile(r"[^，,。；;]{0,30}?[，,](?:其中包括|其中有|其中)")
_REPORTED_SO = re.compile(r"报[道导](?:称|说|[，,])|援引|传出|传言|有消息称|消息称")
def _next_sentence_end(text: str, end: int) -> int:
    """The end of the sentence after the one ending at `end` (at most 80 characters on)."""
    stop = text.find("。", end, end + 80)
    return stop + 1 if stop >= 0 else min(len(text), end + 80)


_JUDGED_FALSE = re.compile(r"(?:相关|上述|这一|该|此类|有关|这些|此)?(?:报道|报导|说法|消息|传闻|传言)(?:内容)?[“「\"]?(?:完全|纯属|纯粹|实属|系|是|为|并不|均)*"
                          r"[“「\"]?(?:不实|谎言|不准确|捏造|虚构|子虚乌有|毫无根据|假新闻|无中生有|凭空捏造|没有根据)")
_DENIED_AFTER = re.compile(r"(?:已|均|随即|已经)?(?:否认|辟谣|驳斥)(?:了)?(?:相关|上述|这一|该|此类|有关|这些)(?:报道|报导|说法|消息|传闻|传言)")
_NOT_THERE = re.compile(r"(?:不会|不将|不打算|无意|不准备)(?:在|于)[^，,。；;]{1,10}?(?:中|上|期间|时|内)$")
_TOPIC_CLAUSE_END = re.compile(r"(?:一事|问题|事宜|的问题|一说)?[，,]")
_AS_ONE = re.compile(r"[^，,。；;]{0,8}?身份(?![^，,。；;]{0,4}亮相)")  # (首次以外交部发言人身份亮相 is the post taken up)
_NO_POST_NAMED = frozenset(("请求", "申请", "报告", "其他", "其它", "新职", "他职", "所需", "至今"))
_NO_POST = re.compile(r"遭|被(?!提名)|罢免|弹劾|未能")
_NO_NEWS = re.compile(r"没有(?:可以|可)?(?:发布|提供|透露)的(?:消息|信息)|无可奉告|暂无(?:可以|可)?(?:发布|提供)的(?:消息|信息)")
_ASKED_ABOUT = re.compile(r"(?:被|在)?(?:记者)?问及[^。；;]{1,80}?(?:时|之际|(?=[，,][^，,。]{0,10}(?:回答|答复|回应|表示|说|称)))")
# 论坛…将不邀请中国、美国等对话伙伴出席: those not invited do not attend
_NOT_INVITING = re.compile(r"(?:不|不会|将不|没有|未|并未)(?:再)?邀请(?P<who>[^，,。；;]{1,30})$")
# 莫迪将不会亲赴雅加达出席…峰会: not going there, not attending in person
_NOT_GOING = re.compile(r"(?:不会|不再|将不|并不|不)(?:亲自|亲身|本人)?(?:亲赴|前往|赴|到)[^，,。；;]{1,12}$")
_POST_NEXT = re.compile(r"[，,](?:并)?(?:出任|担任|成为)(.+?)(?:[，,。;；]|$)")
_THIS_TRIP = re.compile(r"(?:此次|本次|这次|正在)[^，,。；;]{0,4}$")
_LASTING_UNTIL = re.compile(r"(?:将)?(?:持续至|持续到|延续至|一直持续到)")


def under_way(text: str, clause_start: int, cue: Token) -> bool:
    """苏杰生此次访华将持续至15日: a visit under way, its end told."""
    return _LASTING_UNTIL.match(text, cue.end) is not None \
        and _THIS_TRIP.search(text, max(clause_start, cue.start - 8), cue.start) is not None


_PRIVATE_TRAVEL = re.compile(r"[^，,。；;部]{0,10}?的?(?:出差|旅游|旅行|留学|求学|务工|就医|经商|探亲|度假|朝圣)(?![部局厅委署])")
_MEANS_TO = re.compile(r"[^，,。；;]{0,4}?(?:实现|解决|化解|处理|管控|妥善|寻求|缓解|平息|结束)")
_BY_MEANS_OF = re.compile(r"通过(?:对话|谈判|协商|磋商)?$")
_SET_UP_AS_SUBJECT = re.compile(r"[^，,。；;]{1,40}?(?:是|体现了|符合|旨在|有利于|标志着)")
_THIS_IS = ("这是", "这也是", "此为", "这已是")
_NTH_OF_THEM = re.compile(r"了?的(?:第[一二三四五六七八九十\d]|首)")
_SET_UP_BEFORE = re.compile(r"(?:建立|成立|设立|组建)(?:了)?(?![后以之的])[^，,。；;\d]{0,28}$")  # (内阁成立后…1日举行会谈: told after it)
_REPORTED = re.compile(r"报[道导]|消息人士|知情人士|传言|传闻|据悉")
_CONFIRM_ASKED = re.compile(r"\s*[^。？?！!\n]{0,16}?(?:(?:能否|可否|能不能|是否可以)(?:予以)?(?:证实|确认|核实)|是否属实)")
_OF_A_KIND = re.compile(r"(?:此类|这类|该类|这种|此种|类似)(?:的)?$")
_ONLY_IF = re.compile(r"只有[^。；;]{1,40}?才")
_AVOIDED = re.compile(r"避免|暂勿|不要|切勿|谨慎|慎重|勿")
_DISCUSSED = re.compile(r"(?:没有|未|并未|不)(?:讨论|谈及|提及|涉及|商讨)(?:了)?[^，,。；;]{0,16}$")
_REVOKED = re.compile(r"撤销|废除|取消|退出|终止")
_FACTOR = re.compile(r"[^，,。；;]{0,10}?等(?:因素|考虑|考量)")
_THREAT_OF = re.compile(r"[^，,。；;]{0,12}?(?:的)?威胁")
_ONCE = re.compile(r"曾经|曾(?!任|担任|于)|多年前|早年|年轻时|(?<![0-9一二三四五六七八九十])(?:多次|数次|屡次|多度)")
_ANALYST = re.compile(r"(?:分析人士|观察人士|观察家|研究员|学者|专家|教授|分析师|评论员|智库|有分析|外界|舆论)[^，,。：:]{0,12}?"
                      r"(?:认为|预计|预测|指出|分析|称|说|表示)")
# 外界猜测, 有印度媒体推测, 此举被不少人解读为: what others guess (a media report, 外媒称, is told)
_CONJECTURE = re.compile(r"(?:外界|外媒|媒体|有人|不少人|舆论|观察人士|坊间)[^，,。：:]{0,12}?(?:猜测|推测|揣测|臆测|预期|估计|解读为)"
                         r"|被[^，,。：:]{0,10}?解读为")
_INVITES = re.compile(r"(?:邀请|回邀|回请)(?!下)[^，,。；;]{1,20}$")
_DONE = ("已", "业已")  # 已就此向美方提出严正交涉: done, whatever was said before the clause
_MEETING_END = re.compile(r"(?:会|会议|会晤|峰会|论坛|对话会|大会|典礼|仪式|开幕式|闭幕式|年会|研讨会|招待会|一般性辩论)$")
# 峰会当天通过了《宣言》: a meeting that adopts a text, with its time between
_MEETING_THEN = re.compile(_MEETING_END.pattern[:-1]
                           + r"(?:开幕)?(?:当天|当日|同日|期间|最后|首日|次日|第二天|闭幕时|[0-9]{1,2}日)?即?(?:决定|宣布)?$")
# 向美方表达关切, 向美方提出严正交涉 (the cue holding 提出): to whom the complaint is made
_TO_WHOM = re.compile(r"向([^，,。；;]{1,12}?)(?:就|对|表达|表示|提出|$)")
_LEADS = re.compile(r"(?:率领|带领|率)的|为团长的|为首的|一行")
# 针对美方近日宣布对台军售，中方决定…: the date of what is answered is not the answer's
_BACKGROUND = re.compile(r"针对|鉴于|由于|因为|面对")
# 双方欢迎去年11月阿尔巴尼斯总理访华，同意…: the day in what is welcomed, recalled or judged is that event's own
_RECALLING = re.compile(r"[^，,。；;]{0,8}?(?:欢迎|回顾|忆及|积极评价|高度评价|谴责|赞赏)了?")
# 为特朗普访华做准备: what is prepared for has not happened yet
_PREPARING = re.compile(r"[^，,。;；]{0,8}?(?:做|作|进行)(?:好|了)?(?:各项|相关)?(?:准备|筹备)|[^，,。;；]{0,8}?筹备")
_RELATION_TAKEN = re.compile(r"将[^，,。；;将]{1,20}关系$")
_LATER = re.compile(r"将于|拟|计划|准备|考虑|有望|或将")
_DECIDED = re.compile(r"(?:宣布|决定|发布公告|公告称)(?!拟|计划|考虑|准备|研究)")  # 宣布拟对…征收: still only a plan
_JOINTS = re.compile(r"并且|并|同时|随后|然后|还")
_AFTER_THE_TALKS = re.compile(r"[，,](?:会后|会谈后|谈后|会谈结束后)")
_COORDINATION = re.compile(r"(?:和|、|并|及|与|并且|以及)(?:严重|强烈|坚决)?")
_STANDING_IN = re.compile(r"代表(?!团|处|性|们|大会|作|队|权)")
# What may stand between a subject and its verb: 王毅访美, 王毅此次访美, 王毅也将访美
_ADVERBS = re.compile(r"^(?:也|还|又|已|已经|曾|再次|此次|首次|将|将要|即将|正式|共同|亲自|随后|并|今天|昨天|今日|昨日|(?:和|及|偕)夫人|夫妇"
                      r"|(?:\d{1,2}月)?\d{1,2}日|来华|访华|赴京|至|原定|原计划|的|作为国宾|以国宾身份)*$")  # (莫迪总理8月31日来华出席…)
_DESTINATION_GAP = re.compile(r"(?:将|将于|即将)?对[^，,。；;的对]{1,10}")
# 美方将不会对中国出口产品加征新的关税: the negation sits before the object, not at the verb
# 不派官方代表出席冬奥会: no one is sent to it
_NEGATED_PREDICATE = re.compile(r"(?:(?:不会|不再|不将|未|没有|无意|拒绝|不打算|不准备|不)(?:会|将|再|能)?"
                                # 不会在近期同…通电话, 未赴南非出席, 并未安排与拜登通话
                                # (他“不急于”同习近平通话: the words he is quoted in)
                                r"(?:安排|计划|打算|考虑|急于)?[”」’』\"]?(?:在[^，,。;；]{1,8}?)?(?:对|向|把|同|与|就|派|赴|前往)"
                                # 取消了原定同日本外相举行的会晤, 中止与美方举行磋商: called off
                                r"|(?:取消|推迟|中止|暂停|叫停)了?(?:原定|原计划|此前计划)?的?(?:同|与|和|对)"
                                # 宣布推迟布林肯原定5日至6日的访华行程: a trip put off
                                r"|(?:取消|推迟|推延|延后)了?[^，,。;；]{0,12}?(?:原定|原计划)"
                                # 决定不再安排中日外长在金边会晤: what is no longer arranged
                                r"|(?:不再|不会|未|不|没有)(?:安排|举行|进行))"
                                r"[^，,。;；]*$")
_REMOTE = re.compile(r"(?:以|通过)(?:视频|视讯|视像|线上|电话|网络|远程)(?:方式|形式|连线)?|视频连线|云端")
_REMOTE_TOLD_AFTER = re.compile(r"[。，,；;]?(?:会晤|会谈|会见|此次会晤|此次会谈)(?:通过|以)(?:视频|视讯|视像|线上|网络|远程)")
_REMOTE_CHAR = re.compile(r"[视线电网远云]")  # one of these is in every form of _REMOTE
_EXPRESSING = re.compile(r"表达|表示|提出|重申|阐明|深表|表明")
_PREPOSITIONS = frozenset("在对向为给从自被把将就由让令")
# 改由李强率团与会, 由外长拉夫罗夫代为出席: 由 names who acts
_AGENT_AFTER_YOU = re.compile(r"(?:总理|主席|总统|副总统|副主席|副总理|国务委员|外长|部长|首相|大使)?"  # (由李强总理代表出席)
                              r"(?:代为|代表[^，,。；;]{0,10}?|(?:以|通过)[^，,。；;]{1,6}?方式|在[^，,。；;]{1,10}?)?"
                              r"(?:率团|率领|带队|主持|牵头|负责|出席|参加|与会|接任|接替|继任|出任|担任)")
_EMBEDDING = frozenset("为对就迎")  # 为X访华做准备, 欢迎X来华出席: what they govern may be a clause with its own subject


# (就高市首相涉台错误言论向日方提出交涉: the topic after 就 is not the subject either)
_OBJECT_MARK = re.compile(r"(?:对(?!等|于|此)|(?<!即)将(?!于|会|要|在|是)|把|就(?!此|是|在|要|会|能|可|已|像|职|任|读))")
_OBJECT_CHAR = re.compile(r"[对将把就]")


_REASON = re.compile(r"鉴于|由于")
_TOLD_AS_REASONS = frozenset(("visit", "meet", "talks", "call", "attend"))


def _reasoned(cue: Token) -> bool:
    return not any(r.extra.type in _TOLD_AS_REASONS for r in cue.of("cue"))


def _in_reason(text: str, mention: Mention, sentence_start: int) -> bool:
    """鉴于石平发表错误言论，决定对其…: who a reason names in a clause before is not the one acting."""
    if text.find("于", sentence_start, mention.chain_start) < 0:
        return False  # (鉴于 and 由于 both end with it)
    start = _clause_start(text, sentence_start, mention.chain_start)
    return _REASON.search(text, start, mention.chain_start) is not None


def _governed(text: str, mention: Mention) -> bool:
    """在双方方便的时候, 对美方, 将X列入…: a mention governed by a preposition is not the subject."""
    preposition = text[max(0, mention.chain_start - 1):mention.chain_start]
    if text.endswith(("不顾", "无视", "罔顾", "围绕", "关于", "过境", "经停", "途经"), 0, mention.chain_start):
        # 欧方不顾中方反对，执意将…列入清单: the one disregarded does not act (围绕美方…措施: a topic; 过境美国纽约后
        # 抵达巴拉圭: the country passed through)
        return True
    if preposition in _PREPOSITIONS:
        return preposition != "由" or not _AGENT_AFTER_YOU.match(text, mention.end)
    if text.endswith(_GIVEN, 0, mention.chain_start) and _HOSTED.match(text, mention.end):
        return True  # 受到英国国王查尔斯三世的欢迎并出席国宴: the host welcomes, the guest acts
    window_start = max(0, mention.chain_start - 60)
    if _OBJECT_CHAR.search(text, window_start, mention.chain_start) is None:
        return False  # no 对/将/把 in the window: none in the clause head it ends with
    head = text[_clause_start(text, window_start, mention.chain_start):mention.chain_start]
    if head.endswith(_VISITING_WHO):
        return False  # 对马来西亚进行国事访问的国家主席习近平: 对 is in the clause that describes him
    return _OBJECT_MARK.search(head) is not None


_GIVEN = ("受到", "得到", "获得", "获")
_HOSTED = re.compile(r"的?(?:热情|热烈|隆重|盛情|亲切)?(?:欢迎|接待|款待|欢迎和接待|迎接|宴请)")
_VISITING_WHO = ("访问的", "出访的", "访华的", "来访的")


# 目前没有王毅访问朝鲜的安排, 并无出访的规划: no plan for what it holds
# 没有王毅访问朝鲜的安排, 目前没有访华计划 (the cue inside); 未有安排与李家超会面, 暂无计划访华 (after it)
_NO_PLAN = re.compile(r"(?:没有|并无|未有|暂无|尚无)(?:[^，,。；;]{0,30}?的|[^，,。；;的]{2,8}?)(?:安排|计划|打算|规划)"
                      r"|(?P<before>(?:没有|并无|未有|暂无|尚无|无)(?:任何)?(?:安排|计划|打算))[^，,。；;]{0,20}$")


def _no_plan_for(text: str, clause_start: int, cue: Token, end: int) -> bool:
    found = _NO_PLAN.search(text, clause_start, end)
    if found is not None and found.start() < cue.start and cue.end <= found.end():
        return True
    found = _NO_PLAN.search(text, max(clause_start, cue.start - 30), cue.start)
    return found is not None and found.group("before") is not None


def _remote(text: str, start: int, end: int) -> bool:
    """以视频方式 / 通过电话: the pattern has no literal start and scans slowly, so a character it needs
    is looked for first."""
    return _REMOTE_CHAR.search(text, start, end) is not None and _REMOTE.search(text, start, end) is not None


_UNFOUNDED = re.compile(r"(?:有关|关于)(?P<what>[^，,。；;]{2,60}?)的(?:报道|报导|消息|说法|传言|传闻)"
                        r"[”\"」』]?(?:是|纯属|完全是|均为|系)?[“\"「『]?(?:捕风捉影|不实|毫无根据|没有根据|子虚乌有|假新闻|与事实不符"
                        r"|不符合事实|虚构|编造|谣言|失实|虚假)")
_DENIED = re.compile(r"(?:否认|驳斥|辟谣)(?:了)?(?:有关|关于)?(?P<what>[^，,。；;]{2,60}?)的(?:报道|报导|消息|说法|传言|传闻)")
# 中日韩外长会11日在首尔举行，: a meeting named as the subject of its own clause, right before the one attending it
HELD_BEFORE = re.compile(r"(?:^|(?<=[，,。；;\s]))(?P<name>[^，,。；;\s]{2,40}?)(?:将于?|拟于?)?(?:(?:当地时间)?\d{1,2}日(?:上午|下午|晚)?)?"
                          r"将?(?:在|于)[^，,。；;]{1,16}?(?:隆重|正式)?(?:举行|开幕|召开|闭幕|揭幕)[，,]$")
_RATHER_THAN = re.compile(r"而不是|而非")
_APPOSITION = re.compile(r"[\u4e00-\u9fff]{2,12}、")  # 论坛共同主席国、塞内加尔总统法耶: what he is, before his name
_AS_WELL_AS = re.compile(r"以及|及|还有")
_JOINED_BEFORE = re.compile(r"[，,](?:以及|及|还有)?$")
# (希普金斯、范明政等外方领导人; not 拜登、拉夫罗夫等出席峰会)
_LIST_GAP = re.compile(r"[、和及与]?|以及|等(?:[\u4e00-\u9fff]{0,6}?(?:领导人|嘉宾|代表|官员|人士|外宾|贵宾|负责人|政要|首脑|元首|外长|部长))?")
# 缔结友好城市关系, 结为友好省州: a twinning of provinces or cities
_TWINNED = re.compile(r"(?:了)?(?:友好|姐妹)(?:省州|省县|省区|省市|城市|州|省|县|市|城|区)")
_TWIN_SIDES = re.compile(r"(?P<a>[\u4e00-\u9fff·－-]{2,20}?)[与同和跟](?P<b>[\u4e00-\u9fff·－-]{2,24}?)"
                         r"(?:于[^，,。；;]{1,12}?|正式|已|已经|在[^，,。；;]{1,10}?|\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)*$")
_THE_MEETING = ("会议", "会晤", "峰会", "大会", "会", "论坛", "对话会")
_GENERIC_OCCASIONS = ("开幕式", "闭幕式", "会议", "仪式", "活动", "开幕会", "全体会议", "欢迎宴会", "欢迎仪式")
_POSTED = re.compile(r"[^。，,；;]{0,6}?驻([^。，,；;]{1,12}?)(?:特命全权)?大使")
# (俄罗斯海军太平洋舰队舰艇编队10日抵达青岛: a fleet too, of the country it is named with)
_SPOKEN_ABOUT = re.compile(r"就([^，,。；;]{2,40}?)(?:一事)?(?:发表谈话|发表声明|发表讲话|答记者问|表态|作出回应|回应)")
_GROUP_BEFORE = re.compile(r"[^，,。;；、]{2,24}?(?:代表团|访问团|考察团|访华团|舰艇编队|护航编队|编队|舰队)")


def _countries_in(sentence: Sentence, start: int, end: int) -> list[Mention]:
    """Country mentions made of the country tokens between `start` and `end`."""
    return [Mention.of_country(t.start, t.end, t.form, t.of("country")[0].id)
            for t in sentence.tokens if t.mask & COUNTRY and start <= t.start < end]


def _posted_in(text: str, start: int, sentence: Sentence, lexicon: Lexicon) -> list[Mention]:
    """The countries an ambassador named from `start` on is posted in (召回驻立陶宛大使; 驻美国大使,
    a post of its own in the lexicon, holds no country token)."""
    posted = _POSTED.match(text, start)
    if posted is None:
        return []
    hosts = _countries_in(sentence, posted.start(1), posted.end(1))
    if hosts:
        return hosts
    name = posted.group(1)
    found = ["CHN"] if name == "华" else [r.id for r in lexicon.refs(name) if r.kind == "country"]  # 驻华大使
    return [Mention.of_country(posted.start(1), posted.end(1), name, iso3) for iso3 in found[:1]]


def _targets(text: str, mentions: list[Mention]) -> list[Mention]:
    """What a sanction can fall on: parties, modifiers (美方) and places that are countries."""
    owners = {owner_end(text, m.chain_start) for m in mentions if m.kind == "person" and m.chain_start < m.start}
    return [m for m in mentions if (m.is_party or m.kind == "modifier"
                                    or (m.kind == "place" and m.ids and m.ids[0].startswith("country/")))
            and not (m.kind == "person" and m.end in owners)]  # 蓬佩奥的首席顾问余茂春: the adviser, not his master


def _among(mention: Mention, mentions: list[Mention]) -> bool:
    """`mention in mentions`, the field-by-field comparison made only for a mention at the same place:
    equal mentions start at the same place, and the generated comparison builds a tuple of every field."""
    for other in mentions:
        if other is mention or (other.start == mention.start and other == mention):
            return True
    return False


def _covers(mentions: list[Mention], position: int) -> bool:
    for mention in mentions:
        if mention.start <= position < mention.end:
            return True
    return False


def _adjacent_person(text: str, mentions: list[Mention], cue: Token) -> Mention | None:
    """王毅访美, 王毅也将访美, 特朗普总统访华: a person with nothing but adverbs (and a title of
    theirs) between them and the cue."""
    for mention in mentions:
        if mention.kind != "person" and not (mention.kind == "he" and text.endswith(_INVITING, 0, mention.start)):
            continue  # (习近平邀请他访问中国: the one invited visits)
        gap = text[mention.end:cue.start]
        if mention.titles and gap.startswith(mention.titles[-1]):
            gap = gap[len(mention.titles[-1]):]
        if _ADVERBS.match(gap) or (_DESTINATION_GAP.fullmatch(gap) and any(r.extra.frame == "visit" for r in cue.of("cue"))):
            return mention  # (习近平主席对日本进行国事访问: the destination between the visitor and the visit)
    return None


_FOR_WHOM = re.compile(r"(?<![作成认因以])为(?![期止了何此])(?:到访的|来访的|远道而来的)?[^，,。；;为]{1,20}$")
_PRESS_EVENTS = ("记者会", "发布会", "记者招待会")
_OWN_SESSION = re.compile(r"[^，,。；;]{0,6}?(?:全体会议|全会|临时会议|常务会议|常委会会议|例会|临时会)")
_PRESS_EVENT_AFTER = re.compile(r"了?[^，,。；;的]{0,6}?(?:记者会|发布会|记者招待会)")
_VISITED = re.compile(r"(?:访问|窜访|过境|前往|抵达|赴)$")
# …的做法不可接受, 令人无法接受: a judgement of what the one speaking tells before it
_JUDGED = ("不可接受", "无法接受", "难以接受", "是非法的", "是非法和无效的")
_JUDGED_BEFORE = re.compile(r"(?:令人|让人|使人|完全|实在|绝对|根本|是|都|也|更|已经|，|,)*$")


def _first_speaker(text: str, sentence_start: int, parties: list[Mention], barrier: int) -> list[Mention]:
    """The first person, organisation, country or pair of sides (两国元首宣布，…) that ends before the
    barrier, as a list of at most one: the first in the clause of the reporting verb, if it names one
    (拜登宣誓就职后不久，中国外交部昨日宣布，…: not the one of a clause telling when)."""
    speaking = [m for m in parties if m.end <= barrier
                and m.kind in ("person", "org", "country", "heads", "both", "pair", "he", "title")]
    if len(speaking) < 2:
        return speaking
    reporting = _clause_start(text, sentence_start, barrier - 1)
    return [next((m for m in speaking if m.start >= reporting), speaking[0])]


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    for start, end in spans:  # a loop: any() over a generator costs more for these short lists
        if start <= mention.start and mention.end <= end:
            return True
    return False


_LAST_BREAK = re.compile(r"(?s).*[,，;；:：。！？!?\n]")  # greedy: the last break of the range
_CLAUSE_BREAKS = {breaks: re.compile(f"[{breaks}]") for breaks in (",，;；:：。", "。;；")}


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    while (match := _LAST_BREAK.match(text, sentence_start, position)) is not None:
        index = match.end()
        if text[index - 1] in ",，" and text.startswith(("以及", "及", "和", "或"), index):
            position = index - 1  # …周边情势，以及…活动的严重关切: the list goes on, so does the clause
            continue
        return index
    return sentence_start


def _clause_end(text: str, position: int, sentence_end: int, breaks: str = ",，;；:：。") -> int:
    match = _CLAUSE_BREAKS[breaks].search(text, position, sentence_end)
    return match.start() if match else sentence_end


_COORD = re.compile(r"^(?:、|和|与|及|以及|同|并|,|，)?(?:前|时任|现任|前任|新任|候任|继任|当选)?$")


def _between(text: str, first: Mention, second: Mention) -> str:
    """What stands between two mentions, a title written after the first left out (李强总理、赵乐际)."""
    gap = text[first.end:second.chain_start]
    if first.titles and gap.startswith(first.titles[-1]):
        gap = gap[len(first.titles[-1]):]
    return gap.removeprefix("一行").strip()  # (会见阿拉格齐一行和维文一行: each with those who came with them)


def _group(text: str, mentions: list[Mention]) -> list[Mention]:
    """The first coordinated group: A、B和C."""
    out: list[Mention] = []
    for mention in mentions:
        if out and not _COORD.match(_between(text, out[-1], mention)):
            break
        out.append(mention)
    return [m for m in out if m.kind != "place"]


def _first_group(text: str, mentions: list[Mention]) -> list[Mention]:
    return _group(text, mentions)


def _last_group(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in reversed(mentions):
        if out and not _COORD.match(_between(text, mention, out[0])):
            break
        out.insert(0, mention)
    parties = [m for m in out if m.kind != "place"]
    return parties


_LIST_JOINERS = ("、", "和", "及", "以及")


def _tour(text: str, country: Mention, places: list[Mention]) -> list[Mention]:
    """The list of countries the destination stands in, in order: 对秘鲁、巴西进行国事访问,
    访问德国、法国和意大利 (the destination alone when it stands in none)."""
    countries = [m for m in places if m.kind in ("country", "modifier")]
    at = next((i for i, m in enumerate(countries) if m is country), None)
    if at is None:
        return [country]
    first = last = at
    while first > 0 and _joined_in_list(text, countries[first - 1].end, countries[first].start):
        first -= 1
    while last + 1 < len(countries) and _joined_in_list(text, countries[last].end, countries[last + 1].start):
        last += 1
    return countries[first:last + 1]


def _joined_in_list(text: str, end: int, start: int) -> bool:
    """、 or 和 between two countries of a list; the seat of a body may stand before it (欧盟总部、德国)."""
    gap = text[end:start]
    return gap in _LIST_JOINERS or (gap[:2] == "总部" and gap[2:] in _LIST_JOINERS)


def _most_specific(mentions: list[Mention], text: str) -> Mention:
    """美国旧金山: the city wins over the country when they stand together."""
    first = mentions[0]
    for mention in mentions[1:]:
        if mention.start - first.end <= 1 and mention.kind == "place":
            return mention
    return first


def _phrase(text: str, start: int, end: int) -> str:
    phrase = text[start:end].strip(" 了的，,。" + _QUOTES)
    # (出席…纪念活动的计划已经推迟: the plan said of it is no part of what is attended)
    phrase = re.sub(r"(?:并|同时|随后|后|期间|之际|时|的(?:计划|安排|行程|打算)).*$", "", phrase)
    return phrase[:60]


def _split_items(value: str) -> list[str]:
    value = value.strip(" ，,。" + _QUOTES)
    if not value:
        return []
    value = re.sub(r"(?:等|等等)$", "", value)
    parts = [p.strip(" 等" + _QUOTES) for p in re.split(r"[、;；]|以及", value)]
    return [p for p in parts if len(p) >= 2][:12]


def _agreement_items(text: str, start: int, end: int) -> list[str]:
    rest = text[start:end]
    include = re.search(r"包括|如下|:|：", rest)
    if include:
        rest = rest[include.end():]
    rest = rest.strip(" ，,。" + _QUOTES)
    rest = _SIGNED_AND.sub("", rest)  # 签署并发表了《联合声明》: what was signed, not the verbs
    parts = [p.strip(" ，,。" + _QUOTES) for p in re.split(r"[;；]", rest)]
    if len(parts) == 1:
        clauses = [p.strip() for p in re.split(r"[，,]", rest)]
        # 同意保持高层交往，尽早举行新一轮政府磋商: what follows with a verb of its own is agreed too
        parts = clauses[:1] + list(takewhile(lambda p: _AGREED_TOO.match(p) is not None, clauses[1:]))
        parts = [_AGREED_TOO_AND.sub("", p) for p in parts]
    return [p[:80] for p in parts if len(p) >= 2][:12]


_AGREED_TOO = re.compile(r"(?:并|并且|同时|还|也)?(?:尽早|尽快|加强|推动|深化|扩大|保持|继续|共同|进一步|落实|推进|举行|建立|启动|"
                         r"加快|开展|探讨|恢复|维护|促进|密切|提升|拓展|实现|重启|完善|用好|办好)")
_AGREED_TOO_AND = re.compile(r"^(?:并且|并|同时)")


_CONSENSUS = re.compile(r"(?:重要|广泛|诸多|基本|高度|一系列)?(?:共识|一致)")
_ABOUT = re.compile(r"就([^，,。;；]{2,60}?)(?:等问题|等领域|等方面)?(?:深入|充分|广泛)?(?:交换意见并|进一步)?$")
_SIGNED_AND = re.compile(r"^(?:了|的|并(?:发表|发布|通过)了?|和发表了?)")  # (签署的《条约》: what was signed)
_BODY = re.compile(r"工作组|小组|机制|委员会|办公室|中心|联盟|基金|组织|平台|对话|论坛|机构|部门|专班|热线|通道|伙伴关系|合作区|园区|实验室|制度|专家组|部队|保护区|新区|试验区")
_BODY_AFTER_NAME = re.compile(r"[^，,。；;、和及与的\s]{0,4}?(?:银行|秘书处|基金会|研究院|研究中心|理事会|联合会|协会|商会|学院)")


def _created(text: str, cue: Token, sentence_end: int) -> str | None:
    window = text[cue.end:min(sentence_end, cue.end + 50)]
    match = _BODY.search(window)
    if match is None:
        return None
    phrase = window[:_body_end(window, match)]
    if "的" in phrase:
        phrase = phrase.rsplit("的", 1)[1]
    phrase = re.split(r"[，,。;；]", phrase)[-1]
    phrase = _SET_UP_TOO.sub("", phrase.strip(" 了" + _QUOTES))  # 建立并启动外交安全对话
    return _listed_bodies(text, cue.end, phrase, sentence_end) if phrase else None


def _body_set_up(text: str, clause_start: int, cue: Token, clause_end: int) -> tuple[int, str] | None:
    """A body named as the subject of a clause that ends with the cue (X工作组…宣布成立): its start and name."""
    if text[cue.end:clause_end].strip(" 了。") or text[cue.start - 1] == "的":  # 这一机制的建立，: a noun
        return None
    head = text[clause_start:cue.start]
    found = _BODY.search(head)
    if found is None:
        return None
    end = _body_end(head, found)
    start = max(head.rfind(c, 0, found.start()) for c in " 电）)：:") + 1
    name = head[start:end].strip(_QUOTES)
    return (clause_start + start, name) if 4 <= len(name) <= 24 and "的" not in name else None


def _body_end(text: str, match: re.Match) -> int:
    """Where the run of body words from `match` ends (委员会办公室: the longest run)."""
    end = match.end()
    while (more := _BODY.match(text, end)) is not None or (more := _BODY_AFTER_NAME.match(text, end)) is not None:
        end = more.end()  # (上合组织开发银行, 中国—中亚合作论坛秘书处: a body named after another)
    return end


_SET_UP_TOO = re.compile(r"^(?:并|和)(?:启动|成立|设立|建立|组建)")
_MORE_BODIES = re.compile(rf"(?:和|、|及|以及)[^，,。;；、的]{{2,30}}?(?:{_BODY.pattern})")  # (、社会和人文对话: 和 inside one)


def _listed_bodies(text: str, start: int, first: str, sentence_end: int) -> str:
    """成立经济领域工作组和金融领域工作组: one act setting up the bodies listed, named together."""
    position = text.find(first, start, sentence_end)
    if position < 0:
        return first
    end = position + len(first)
    while (match := _MORE_BODIES.match(text, end, sentence_end)) is not None:
        end = match.end()
    return text[position:end]


_ANNOUNCED = re.compile("宣布|决定|公布|发布")
# 今年3月就任的, 去年成立的: a day inside a clause describing someone or something
# (与美国当选总统特朗普举行了约5分钟的…: 当选 of a title, no post taken up)
# (苏杰生上月9日连任后，代表莫迪出席峰会; 莫迪上月9日第三度宣誓就任后: the day of the post, not of what follows)
_TAKEN_UP_SINCE = re.compile(r"[^，,。；;]{0,8}?(?:出任|接任|就任|担任|当选(?!总统|首相|总理|副总统)|上任|履新|上台|连任|就职)"
                             r"[^，,。；;]{0,12}?(?:以来|之后|后|的)")
_TAKING_UP_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:出任|接任|就任|担任|当选|上任|履新)")
_DESCRIBING_DAY = re.compile(r"[^，,。；;的]{0,6}?(?:就任|上任|当选|上台|履新|成立|设立|组建|离任|卸任|下台|辞职|去世|逝世)的")
# 据日本共同社报道, 据白宫消息: a source named inside 据…报道 reports it, the outlet does not confirm it
_REPORTED_BY = re.compile(r"据[^，,。；;]{1,16}?(?:报道|报导|消息|透露)")
# 出席…的外方代表: the cue describes a group that is named after it
# 会见来华出席峰会的非洲国家领导人: a group described by what its members came for, no one named
_ATTENDING_GROUP = re.compile("的(?:[\u4e00-\u9fff]{0,8})(?:代表|嘉宾|人士|外宾|贵宾|客人|企业家|代表团|学者|专家|议员|使节|使团|青年"
                              "|领导人|负责人|团长|元首|首脑|政要)(?:等)?(?:参加|出席|与会|参会|列席)?$")  # (…的跨国企业负责人参加)


# 15日（日本时间16日）, 当地时间16日（北京时间17日）: the day of another clock, in brackets after the local one
_OTHER_CLOCK = re.compile(r"[（(](?:北京|日本|东京|首尔|韩国|台北|台湾|香港|莫斯科|欧洲中部|中欧|美国东部|美东|格林尼治)时间$")


def _told_apart(text: str, clause_start: int, date_start: int) -> bool:
    """The day told in an earlier clause of background or of an event recalled belongs to that clause only."""
    return bool(_BACKGROUND.match(text, clause_start)) or _recalled(text, clause_start, date_start) > 0


def _recalled(text: str, clause_start: int, position: int) -> int:
    """双方欢迎去年11月阿尔巴尼斯总理访华: where what is welcomed, recalled or judged begins, if a position is in
    it, else 0."""
    recalling = _RECALLING.match(text, clause_start)
    return recalling.end() if recalling is not None and recalling.end() <= position else 0


def _nearest_date(text: str, sentence: Sentence, cue: Token, clause_start: int, clause_end: int,
                  items: list[tuple[int, int]] | tuple = ()) -> DateExpr | None:
    if not sentence.dates:
        return None
    items = [item for item in items if item[0] > sentence.start]
    if items and any(item[0] <= d.start < item[1] for d in sentence.dates for item in items):
        # 13日，中方就美方拟于9月1日加征关税一事提出严正交涉: the date of what is complained of is not the complaint's
        sentence = Sentence(sentence.index, sentence.start, sentence.end, sentence.paragraph,
                            dates=[d for d in sentence.dates if not any(item[0] <= d.start < item[1] for item in items)])
    before = [d for d in sentence.dates if d.end <= cue.start and not (
        d.start < clause_start and _told_apart(text, _clause_start(text, sentence.start, d.start), d.start))
        and not _OTHER_CLOCK.search(text, max(sentence.start, d.start - 9), d.start)]  # 当地时间15日（北京时间16日）
    before = [d for d in before if not (_CARRYING_OUT.search(text, max(_clause_start(text, sentence.start, d.start),
                                                                    d.start - 10), d.start)
                                        and _CONSENSUS_OF.match(text, d.end))  # 落实1月17日两国元首通话共识
              and not ((described := _DESCRIBING_DAY.match(text, d.end)) and described.end() <= cue.start)
              and not ((taken := _TAKEN_UP_SINCE.match(text, d.end)) and taken.end() <= cue.start)]
    # (这是黄循财去年5月接任总理以来首次出席…: the day of the post taken up, not of the attending)
    # (与今年3月就任的中国总理李强会面: the day of the taking up, not of the meeting)
    if len(before) >= 2 and before[-1].parts.keys() == {"a_year"} and _NAMED_BY_YEAR.match(text, before[-1].end):
        before.pop()  # 9月4日，2024年中非合作论坛峰会…开幕: the year names the summit, the day is told before it
    # (接替去年3月离任的孔铉佑: the day of the one followed leaving, not of the taking up)
    # (陪同布林肯访华的有今年2月出任常务副国务卿的坎贝尔: the day of the post taken up, after the cue, is not the visit's)
    after = [d for d in sentence.dates if cue.end <= d.start < clause_end and not _DESCRIBING_DAY.match(text, d.end)
             and not _TAKING_UP_AFTER.match(text, d.end)]
    vague = before and before[-1].is_vague
    # (同日，商务部宣布，自2月10日起…: a day told relative to the one before announces it too; a trip from a day,
    # 宣布，自5月15日起，李辉将赴乌克兰…访问, begins then)
    travelling = any(r.extra.type in ("visit", "attend") for r in cue.of("cue"))
    if len(before) >= 2 and not travelling and (before[-2].relative is None or before[-2].relative in _ANNOUNCING_DAYS
                             or "wd" in before[-2].parts) \
            and (before[-1].parts.get("since") == "起" or text.startswith("开始", before[-1].end)) \
            and _ANNOUNCED.search(text, before[-2].end, before[-1].start):
        return before[-2]  # 3月8日宣布，自3月20日起对…加征关税: the measure is dated by its announcement
    if len(before) == 1 and before[0].parts.get("since") == "起" and not after and not travelling \
            and _ANNOUNCED.search(text, sentence.start, before[0].start):
        return None  # …也宣布，自2月10日起对…加征关税: dated by the announcement, the day told before it
    if before and (before[-1].start >= clause_start or not after or not vague):
        return before[-1]  # 因日前受伤…参加当天的会议: a vague date elsewhere gives way to the cue's own
    if not after:
        return None
    chosen = after[0]
    for following in after[1:]:
        if "即" in text[chosen.end:following.start] and following.start - chosen.end <= 4:
            chosen = following  # 一年前，即去年11月17日: the second says it exactly
    return chosen
