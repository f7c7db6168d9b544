"""A document ready for extraction: normalised text, sentences, noise flags, lexicon tokens, dates."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..lexicon import KIND_BIT, Lexicon, Ref, kind_mask
from ..model import Span
from ..normalize import Normalized, normalize, normalize_surface
from .dates import DateExpr, find_dateline, find_dates

# One sentence, its blanks left out: words and inner blanks up to its end marks and closing quotes,
# or up to a line break or the end of the text; then the blanks and line breaks after it. The
# possessive quantifiers keep a long run of blanks linear.
_SENTENCE = re.compile(
    r"[^\S\n]*+"
    r"([^\s。！？!?]*+(?:[^\S\n]++[^\s。！？!?]++)*+(?:[^\S\n]*+[。！？!?]++[”’」』\"')）]*+)?+)"
    r"[^\S\n]*+(\n+)?+"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# 《…》 names a document, law or programme: what is inside is a title, not events and dates
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,120}》")
# 【自由时报记者钟丽华／台北报导】, 〔记者王小明／台北报导〕, 【明报专讯】, 【香港01】 at a paragraph's start:
# who wrote it and where, not a party
# （中央社记者陈家伦台北10日电）, 〔记者王小明／台北报导〕, 【自由时报】: filed in Taipei
# (Taiwan's own agency and the Liberty Times' bylines, wherever filed: 中央社记者…日内瓦28日专电, 〔记者…／日内瓦报导〕)
_FILED_IN_TAIPEI = re.compile(r"中央社[^）)\n]{0,20}台北|台北(?:报导|报道|电)|自由时报|联合报|中国时报|风传媒|中央社记者"
                              r"|〔记者[^〕\n]{1,20}报导〕|记者[^／/\n]{1,12}[／/]台北(?:即时)?报导")
# 本（114）年, 民国114年: a year of the Republic, as the island's own releases write it, anywhere in the report
_YEAR_OF_THE_REPUBLIC = re.compile(r"[本去今明]\(1[0-2]\d\)年|民国1[0-2]\d年")
_BYLINE = re.compile(r"[【〔][^】〕\n]{0,40}(?:报导|报道|专讯|讯|电)(?:\s*记者[^】〕\n]{1,24})?[】〕]")  # 【环球时报报道 记者 陈青青】
# at the start of a line: 【香港01】; 新华社电, 中新社北京电, an agency's line with no day (the dated ones
# are datelines); （东京综合电）, the line a Singapore paper opens its wire stories with
_LINE_BYLINE = re.compile(r"【[^】\n]{1,12}】|\s*(?:新华社|中新社|中国新闻社|中央社|路透社|法新社|美联社)[^\s,。]{0,8}?电(?=\s|[(（])"
                          r"|\s*[(（][\u4e00-\u9fff]{1,8}?(?:综合电|综合讯|电|讯)[)）]"
                          # 环球网报道, 澎湃新闻消息: a website's line
                          r"|\s*(?:环球网|人民网|新华网|央视网|央视新闻|澎湃新闻|观察者网|海外网|中国新闻网|中新网|参考消息网|新京报"
                          r"|联合早报网|联合早报|早报网|星洲网|星洲日报|南洋商报|东方网)"
                          r"(?:客户端)?(?:报道|讯|消息)(?=\s|[，,：:])")


_LINE_BYLINE_FIRST = frozenset("【新中路法美(（环人央澎观海参联早星南东 \u3000\t")
# (吉隆坡讯), 联合早报网讯: a paper of the region writes as its own country, whose bare 外交部 is its own
_LOCAL_BYLINE = re.compile(r"\s*(?:[（(](?P<city>[\u4e00-\u9fff]{2,5}?)(?:[0-9]{1,2}日)?讯[）)]"
                           r"|(?P<paper>联合早报|早报网|星洲|南洋商报|光华日报))")  # (东方日报 is also Hong Kong's)
_REGION_PRESS = frozenset(("SGP", "MYS", "IDN", "THA", "PHL", "BRN", "KHM", "MMR", "LAO", "VNM", "TWN"))
_PAPERS_HOME = {"联合早报": "SGP", "早报网": "SGP", "星洲": "MYS", "南洋商报": "MYS", "光华日报": "MYS"}


def _bylines(text: str, within: int = 400) -> list[tuple[int, int]]:
    spans = [m.span() for m in _BYLINE.finditer(text, 0, within)]
    start = 0
    while start < within:
        if text[start:start + 1] in _LINE_BYLINE_FIRST and (found := _LINE_BYLINE.match(text, start, within)):
            spans.append(found.span())
        start = text.find("\n", start, within) + 1
        if start == 0:
            break
    return sorted(spans) if len(spans) > 1 else spans


def _outside_names(text: str, dates: list[DateExpr], matches) -> list[DateExpr]:
    """李在明日前: a relative word that starts inside a known name (明日) is none; what follows the
    name is read again (日前)."""
    names = [(start, end) for start, end, _, _, _, mask in matches if mask & PERSON]
    out = []
    for d in dates:
        name_end = next((end for start, end in names if start < d.start < end), None) if d.relative else None
        if name_end is None:
            out.append(d)
            continue
        out.extend(DateExpr(name_end + r.start, name_end + r.end, r.text, r.parts, r.relative)
                   for r in find_dates(text[name_end:d.end + 4]) if r.start == 0)
    return out


def _tokens(matches, excluded: list[tuple[int, int]], sentences: list[Sentence]) -> list[Token]:
    """Tokens of the matches that overlap no excluded span: not inside a 《title》 or a dateline, and not
    over a date (29日中午: 日中 is the end of a date, not Japan and China). Each token is also given to
    the sentence that holds it whole. Matches, excluded spans and sentences are all in order."""
    tokens: list[Token] = []
    index = 0
    count = len(excluded)
    sentence_index = -1
    last = len(sentences) - 1
    sentence = None
    for start, end, form, refs, kinds, mask in matches:
        while index < count and excluded[index][1] <= start:
            index += 1
        # the spans before `index` end before the match; this one ends after its start and starts
        # no later than any after it: the match overlaps an excluded span if it overlaps this one
        if index < count and excluded[index][0] < end:
            continue
        token = Token(start, end, form, refs, kinds, mask)
        tokens.append(token)
        while sentence_index < last and sentences[sentence_index + 1].start <= start:
            sentence_index += 1
            sentence = sentences[sentence_index]
        if sentence is not None and end <= sentence.end:
            sentence.tokens.append(token)
            sentence.mask |= mask
    return tokens


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in spans)


class Token:
    """One lexicon match in the normalised text (tens per sentence: kept light). `mask` holds
    the kinds as bits (KIND_BIT) for the hot tests: `token.mask & (POST | TITLE)`."""

    __slots__ = ("start", "end", "form", "refs", "kinds", "mask")

    def __init__(self, start: int, end: int, form: str, refs: list[Ref], kinds: frozenset[str] | None = None,
                 mask: int | None = None) -> None:
        # one statement an attribute: a tuple assignment would build and unpack a tuple per token
        self.start = start
        self.end = end
        self.form = form
        self.refs = refs
        if kinds is None:
            kinds = frozenset(r.kind for r in refs)
        self.kinds = kinds
        self.mask = kind_mask(kinds) if mask is None else mask

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.form!r})"

    def of(self, kind: str) -> list[Ref]:
        """The references of one kind (the list is shared: read it, do not change it)."""
        if kind not in self.kinds:
            return []
        refs = self.refs
        return refs if len(refs) == 1 else [r for r in refs if r.kind == kind]


PERSON, ORG, PLACE, COUNTRY, POST, CUE, SIDE, PAIR, TITLE, PRONOUN, HE, UNKNOWN = (
    KIND_BIT[k] for k in ("person", "org", "place", "country", "post", "cue", "side", "pair", "title", "pronoun",
                          "he", "unknown"))


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    noise: bool = False
    tokens: list[Token] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    mask: int = 0  # the kinds of all its tokens (KIND_BIT)


@dataclass
class Doc:
    norm: Normalized
    sentences: list[Sentence]
    tokens: list[Token]
    dates: list[DateExpr]
    published: date | None
    anchor: date | None  # the day 今天 refers to: the dateline day, else the publication day
    doc_id: str
    title: str | None = None
    dateline: tuple[int, int] | None = None  # 新华社北京6月19日电: where the place of filing is
    home: str | None = None  # TWN for a report filed in Taipei: 外交部 alone is the island's own

    @property
    def text(self) -> str:
        return self.norm.text

    def raw_span(self, start: int, end: int, *, with_text: bool = True) -> Span:
        raw_start, raw_end = self.norm.raw_span(start, end)
        return Span(raw_start, raw_end, self.norm.raw[raw_start:raw_end] if with_text else None)


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence, without the blanks around it, a run without full
    stops cut at commas (`_bounded`); every line break starts a new paragraph."""
    out: list[tuple[int, int, int]] = []
    paragraph = 0
    for match in _SENTENCE.finditer(text):
        start, end = match.span(1)
        if end - start > _LONGEST:
            out.extend(_bounded(text, start, end, paragraph))
        elif end > start:
            if text.startswith("【", start) and (headed := _HEADLINE_IN_BRACKETS.match(text, start, end)) is not None:
                out.append((start, headed.end(), paragraph))  # 【美方对台军售】#外交部发言人# 针对…: the headline apart
                start = headed.end() + len(text[headed.end():end]) - len(text[headed.end():end].lstrip())
            out.append((start, end, paragraph))
        if match.group(2):
            paragraph += 1
    return out


# a headline in brackets run into the lead, as posts on social media write it (not a byline or dateline:
# 【本报首尔11月7日电】, 【明报专讯】)
_HEADLINE_IN_BRACKETS = re.compile(r"【(?![^】\n]*(?:电|讯|报导|报道|记者|专稿|综合|编译))[^】\n]{2,40}】(?=[^\s】]|\s+[^\s])")
_LONGEST = 600  # no sentence of the register is longer; a longer run is split at commas


def _bounded(text: str, start: int, end: int, paragraph: int):
    """A sentence as it is, or a run without full stops cut into pieces the reader can handle."""
    while end - start > _LONGEST:
        comma = max(text.rfind(c, start + _LONGEST // 2, start + _LONGEST) for c in "，,;；")
        cut = comma + 1 if comma > start else start + _LONGEST
        yield start, cut, paragraph
        start = cut
    if end > start:
        yield start, end, paragraph


_BULLETS = "【[▍▶►■□●◆◇★☆>》#*|· "
_LINK_AFTER = re.compile(r"】?\s*[：:]\s*\S{4}")  # 相关阅读：王毅将赴老挝…
# 网友“长安”：, 网友[上海市]：, 澎湃网友：, 用户5631：
_COMMENT = re.compile(r"(?:[^\s：:，,。]{0,8}?网友|用户[\w]{0,12}|读者)(?:“[^”]{1,16}”|\[[^\]]{1,16}\]|[（(][^）)]{1,16}[）)])?\s*[：:]")
_PHOTO_CREDIT = re.compile(r"记者\S{0,12}摄|摄影|图片来源|图/|\bphoto\b")
_END_MARKS = ("。", "！", "？", "!", "?", ";", "；")
_FULL_STOPS = ("。", "！", "？")


def _noise_flags(text: str, spans: list[tuple[int, int, int]], lexicon: Lexicon, title: str | None) -> list[bool]:
    """Headlines, captions, bylines, editor and copyright lines, 相关新闻 lists: not the report."""
    noise_head = lexicon.marker_pattern("noise", anchored=True)
    noise_any = lexicon.marker_pattern("noise")
    section_head = lexicon.marker_pattern("noise_section", anchored=True)
    section_any = lexicon.marker_pattern("noise_section")
    flags: list[bool] = []
    in_section = False
    norm_title = title.strip() if title else None
    for start, end, _ in spans:
        sentence = text[start:end].strip()
        head = sentence.lstrip(_BULLETS)
        if section_head and ((opened := section_head.match(head)) or (len(head) < 16 and section_any.search(head))):
            if opened is not None and _LINK_AFTER.match(head, opened.end()):
                flags.append(True)  # 相关新闻：李强会见耶伦 inside the report: one link, the report goes on
                continue
            in_section = True
        if in_section or _COMMENT.match(head):  # (网友[上海市]：…: a reader's comment)
            flags.append(True)
            continue
        # most sentences end with a full stop: they are neither short lines nor headings
        line = not sentence.endswith(_FULL_STOPS) and _line_noise(sentence, noise_any)
        flags.append(
            line
            or (norm_title is not None and sentence.lstrip("#* ").strip() == norm_title)
            or (noise_head is not None and noise_head.match(sentence) is not None)
            or not _HAN.search(sentence)
        )
    if flags and all(flags):
        # 王毅同法国外长巴罗通电话 sent alone, a photo caption sent alone (图为…): the headline or caption is
        # the report (not a file photo's, 资料图, nor a byline or credit)
        for k, (start, end, _) in enumerate(spans):
            sentence = text[start:end].strip()
            if _HAN.search(sentence) and not sentence.startswith(_NOT_A_REPORT) \
                    and not _PHOTO_CREDIT.search(sentence) and not (
                    noise_head is not None and noise_head.match(sentence) and not sentence.startswith("图为")):
                flags[k] = False
    return flags


_NOT_A_REPORT = ("资料", "相关", "延伸", "推荐", "责任编辑", "编辑", "来源", "版权")  # (资料图: a file photo)


def _line_noise(sentence: str, noise_any: re.Pattern | None) -> bool:
    """A sentence without a full stop at its end: a heading, or a short line with a noise word or a
    photo credit."""
    if len(sentence) < 36 and not sentence.rstrip("”’」』\"')） ").endswith(_END_MARKS):
        return True
    return len(sentence) < 80 and ((noise_any is not None and noise_any.search(sentence) is not None)
                                   or _PHOTO_CREDIT.search(sentence) is not None)


_GLOSS = re.compile(r"\([A-Za-z][A-Za-z0-9 .,'’&\-]{0,60}\)")  # (after Chinese: see build_doc)


def _blank_after_chinese(gloss: re.Match) -> str:
    before = gloss.string[gloss.start() - 1:gloss.start()]
    return " " * len(gloss.group()) if "\u4e00" <= before <= "\u9fff" else gloss.group()


def build_doc(raw: str, lexicon: Lexicon, *, published: date | None, title: str | None,
              markup: str, doc_id: str) -> Doc:
    norm = normalize(raw, markdown=markup == "markdown")
    if "(" in norm.text and _GLOSS.search(norm.text):
        # 惠恕仁（Surangel S. Whipps Jr.）伉俪, 美国在台协会（AIT）处长: a name glossed in Latin letters is read
        # once, and what follows it runs on from the name (the gloss becomes blanks, the offsets stay)
        norm = replace(norm, text=_GLOSS.sub(_blank_after_chinese, norm.text))
    text = norm.text
    spans = split_sentences(text)
    norm_title = normalize_surface(title) if title else None
    flags = _noise_flags(text, spans, lexicon, norm_title)
    sentences = [Sentence(i, s, e, p, flags[i]) for i, (s, e, p) in enumerate(spans)]
    quoted = [m.span() for m in _BOOK_TITLE.finditer(text)] + _bylines(text)
    dateline = find_dateline(text)
    if dateline:
        quoted.append((_dateline_start(text, dateline[2]) - 1, _after_byline(text, dateline[3])))
    dates = [d for d in find_dates(text) if not _within(d.start, quoted)]
    matches = lexicon.scan(text)
    if any(d.relative for d in dates):
        dates = _outside_names(text, dates, matches)
    excluded = sorted([(s + 1, e) for s, e in quoted] + [(d.start, d.end) for d in dates])
    tokens = _tokens(matches, excluded, sentences)
    _assign(sentences, dates)
    anchor = published
    if dateline and published:
        month, day, _, _ = dateline
        try:
            if month is None and day > published.day:  # 东京31日电 published on November 1st: October's
                before = published.replace(day=1) - timedelta(days=1)
                candidate = before.replace(day=day)
            else:
                candidate = date(published.year, month or published.month, day)
                if candidate > published:
                    candidate = date(published.year - 1, month, day)
            if (published - candidate).days <= 10:
                anchor = candidate
        except ValueError:
            pass
    home = "TWN" if _FILED_IN_TAIPEI.search(text, 0, 300) or _YEAR_OF_THE_REPUBLIC.search(text) \
        else _local_home(text, lexicon)
    return Doc(norm, sentences, tokens, dates, published, anchor, doc_id, norm_title,
               dateline=(dateline[2], dateline[3]) if dateline else None, home=home)


def _local_home(text: str, lexicon: Lexicon) -> str | None:
    """The country of a paper of the region, from its byline: （吉隆坡讯） is Malaysia's, 联合早报 Singapore's
    (China's own agencies file from abroad with 电, not 讯)."""
    found = _LOCAL_BYLINE.match(text)
    if found is None:
        return None
    if found.group("paper"):
        return _PAPERS_HOME[found.group("paper")]
    for ref in lexicon.surface_refs(found.group("city")):
        country = ref.id if ref.kind == "country" else (
            entity.country if ref.kind == "place" and (entity := lexicon.entity(ref.id)) is not None else None)
        if country:
            # (（香港讯）外交部: China's; （华盛顿讯）: an American paper names no 外交部 of its own)
            return country if country in _REGION_PRESS else None
    return None


def _dateline_start(text: str, position: int) -> int:
    line_start = text.rfind("\n", 0, position) + 1
    return line_start


def _after_byline(text: str, position: int) -> int:
    """The end of a dateline's byline: 新华社北京6月19日电（记者 X Y） ends after the bracket."""
    rest = text[position:position + 40]
    match = re.match(r"\s*[(（【\[][^)）】\]\n]{0,30}[)）】\]]", rest)
    return position + (match.end() if match else 0)


def _assign(sentences: list[Sentence], dates: list[DateExpr]) -> None:
    starts = [s.start for s in sentences]
    for expr in dates:
        index = bisect_right(starts, expr.start) - 1
        if index >= 0 and expr.end <= sentences[index].end:
            sentences[index].dates.append(expr)
