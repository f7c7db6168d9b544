"""Mentions of actors in one sentence: persons with their title chains, people the lexicon does
not know (title + name), short forms (何副总理, 耶伦财长), organisations, countries, sides, pairs
(中美) and pronouns (双方, 两国元首)."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from ..lexicon import Lexicon, Ref
from ..model import INTERNATIONAL_BODIES
from .document import (
    COUNTRY,
    CUE,
    HE,
    ORG,
    PAIR,
    PERSON,
    PLACE,
    POST,
    PRONOUN,
    SIDE,
    TITLE,
    UNKNOWN,
    Doc,
    Sentence,
    Token,
)

# Characters that end a name the lexicon does not know: function words and verbs that follow names.
_NAME_STOP = set("在于与同和及对向将就为以从等也还又已曾并是的说称今昨率应出访举会表指强回答时日则均都一分及当即再亦涉")
_NAME_STOP_WORDS = ("因病", "因故", "因为", "因此",
                    "邀请", "表示", "指出", "强调", "宣布", "介绍", "访问", "出席", "主持", "会见", "会谈", "通电话", "率团", "率领",
                    "一行", "先生", "女士", "阁下", "陛下", "殿下", "夫妇", "等人", "近日", "日前", "当天", "今天", "昨天", "此前",
                    "随后", "也", "还", "则", "已经", "正在", "曾经", "首次", "再次", "分别", "先后", "共同", "一道", "一同",
                    "去年", "明年", "今年", "前年", "上月", "本月", "下月", "明天", "明日", "今日", "昨日", "后天",
                    "次日", "同日", "当日", "本周", "下周", "上周", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
                    "周末", "星期", "暂时", "临时", "同时", "将于", "继续", "正式", "带队", "带领", "率队", "代表")
_NOT_NAMES = ("举行", "进行", "发表", "签署", "就", "介绍", "应约", "应邀", "出任", "接替", "团", "代表团", "一行",
              "等", "们", "处", "级", "层", "团体", "机构", "部门", "人士", "官员", "会议", "访华", "访美",
              "系列", "会晤", "论坛", "峰会", "理事会", "委员会", "身份", "名义", "职务", "一职", "任内", "期间",
              "欢迎", "晚宴", "酒会", "招待会")
# Characters that do not occur in personal names (numbers, time words, grammatical words).
_NON_NAME_CHARS = set("一二三四五六七八九十百千万年月日来近首次第多几个们这那其此每各该本今昨前后上下中内外间府邸宫"
                      "国方面部省市县区州的了着过是有没不也都很最更再还又就才已曾将要会能可把被让给向往到从")
_GIVEN_TOO = set("中国向一")  # characters of words (中方, 向, 国内) that given names have too
_TRANSLITERATION = set(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕波伯博布达戴丹道德登迪蒂杜多厄恩尔法菲费芬弗福盖冈戈格古瓜哈海汉豪赫亨胡"
    "霍基吉加贾杰金卡凯坎康科克肯库拉莱赖兰朗劳勒雷蕾里利莉连林琳卢鲁路伦罗洛略马玛迈麦曼梅蒙米明莫姆穆纳娜奈南内尼"
    "涅努诺欧帕潘佩皮珀普奇齐乔切琴丘萨塞桑瑟森沙莎尚舍什施史斯松苏索塔泰坦汤唐特提图托瓦万威韦维温沃乌西希谢辛"
    "休雅亚扬耶伊因尤约泽扎詹兹佐祖福罕默赛别夫娃丁·")
_REGNAL = re.compile(r"[\u4e00-\u9fff·]{2,6}?[一二三四五六七八九十]{1,2}世")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff·]")  # (a rare character of a name: 俞大㵢)
_SURNAME_FIRST = {"JPN"}
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]*")
_MAINLAND_SOUTHEAST_ASIA = {"LAO", "THA", "KHM", "MMR"}  # where 万 (vang, wan) is part of a name
# What cannot be the third character of a name: 王毅在…, 李强与…, 杜达的…
_LIST_AFTER_NAME = set("等和及与在")
_STRONG_STOP = set("在于与同和及对向将就为以从等也还又已曾并是的说称今昨率应出访举会表指强回答时")
_BODY_BEFORE = re.compile(r"(?<=[、，,时任前现])[\u4e00-\u9fff]{1,6}(?:局|部|委|厅|署|办|处|司|院|会)")
_BODY_ENDS = set("局部委厅署办处司院会")
_VENUE_TAILS = ("府", "官邸", "办公室", "宫", "大楼", "公署", "府邸")
_LOCATIVE = ("在", "于", "赴", "从", "到", "抵达", "前往", "到访", "来自", "途经", "飞抵")
_MODIFIER_NEXT = set("在于与同和及对向将就为以从等也还又已曾并是的说称今昨率应出访举会表指强回答时则均都分当即再亦驻"
                     "本明去前上下同0123456789，,。;；:：、)）”」 \n")
# A country followed by one of these acts (中国宣布, 美国坚决反对): a party, not a modifier
_VERB_AFTER = re.compile("宣布|决定|希望|认为|支持|反对(?!派)|坚决|坚定|愿意|愿同|愿与|一直|始终|不会|不能|没有|重申|欢迎"
                         "|呼吁|敦促|要求|致力|指责|谴责|批评|拒绝|承诺|宣称|声称|担心|担忧|注意到|准备|计划|拟|正在|仍|已"
                         "|停止|立即|切实|纠正|撤销|撤回|取消|放弃|摒弃|恪守|遵守|履行|采取|不要|不得(?!不)|务必|尽快|慎重"
                         "|通过|出台|推出|升级|延长|扩大|持续|继续|再次|先后|未(?!来|成年)|派(?!系|别|出所)"
                         "|此前|此后|近日|日前|目前|近期|随即|周[一二三四五六日末]|星期"
                         # 美国借涉藏问题…, 日本悍然…: a way of acting
                         "|借|滥|悍然|执意|公然|一再|屡|频频|多次|单方面|无端|肆意|粗暴|蓄意|竟|企图|妄图|试图|不断"
                         # 与美国直接谈判, 同美方进行会谈: the other side, then the exchange
                         "|直接(?:谈判|对话|会谈|会面|会晤|通话|接触|磋商)|进行"
                         "|首次|正式|发布|发表|公布|召回|关闭|暂停|中止|退出|加征|实施|禁止|驱逐|邀请|接受|批准|签署|抗议"
                         "|期待|感谢|祝贺|赞赏|高度|强烈|深表|必须|应当|需要|愿|针对|打压|胁迫"
                         "|加入|参与|追随|跟随|配合|介入|干涉|插手"  # 日本加入美国的对华…管制: a side acting with another
                         "|承认|签署|同意|发表|提出|作出|做出|举行|召开|派出|断绝|终止"
                         # 中方谴责以色列袭击伊朗: the one whose attack is condemned
                         "|袭击|攻击|打击|轰炸|空袭|入侵|侵犯|侵略|进攻|炮击|封锁|扣押|扣留|威胁|挑衅|动武")
# 美国前国务卿: a former post; 中国驻菲律宾大使: the country that sends, the country that hosts;
# 美国当选总统, 日本自民党新任总裁: a post about to be or just taken up
_DIVISIONS = {"州", "省", "市", "县", "区", "邦"}
_PARTY_BODIES = {"中央", "中央对外部", "对外部", "中央书记处", "中央政治局", "中央委员会", "委"}
_TITLE_JOINERS = {"", "、", "兼", "暨", " ", "和", "与", "前", "原", "驻", "当选", "新任", "现任", "时任", "候任", "当选人", "代", "代理"}  # (乌兹别克斯坦代外长: acting)
_ENVOY = ("特使", "特别代表", "特别助理")
_GIVEN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}·")
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
    "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路"
    "游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
    "佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "洪郁赖蔺阎钮晁栗粟溥芮奚邰谌訾濮扈冀郦邴蓟厉戎荀邸郜鄢尉宦宓钭"
)


@dataclass(slots=True, init=False)
class Mention:
    """Something in the sentence that can fill a role."""

    start: int
    end: int
    kind: str  # person | org | country | place | pair | both | heads | title | election (the post of one)
    ids: list[str]
    name: str
    chain_start: int  # where its title chain begins (the mention's own start without one)
    titles: list[str]
    post_ids: list[str]
    country: str | None
    known: bool
    countries: tuple[str, ...]
    local: bool  # a pronoun resolved within its own sentence
    role: str  # for 他/她: "subject" or "object"

    # written out rather than generated: tens of thousands are made per thousand articles
    def __init__(self, start: int, end: int, kind: str, ids: list[str], name: str, chain_start: int = -1,
                 titles: list[str] | None = None, post_ids: list[str] | None = None, country: str | None = None,
                 known: bool = True, countries: tuple[str, ...] = (), local: bool = False, role: str = "") -> None:
        self.start, self.end, self.kind, self.ids, self.name = start, end, kind, ids, name
        self.chain_start = start if chain_start < 0 else chain_start
        self.titles = [] if titles is None else titles
        self.post_ids = [] if post_ids is None else post_ids
        self.country, self.known, self.countries, self.local, self.role = country, known, countries, local, role

    @property
    def is_party(self) -> bool:
        return self.kind in ("person", "org", "country", "pair", "both", "heads", "title", "he", "we", "all")

    @classmethod
    def of_country(cls, start: int, end: int, name: str, iso3: str) -> Mention:
        """The country `iso3`, written `name` at start…end."""
        return cls(start, end, "country", [f"country/{iso3}"], name, country=iso3)


# The kinds of token a mention can start from; a token of none of them (a cue word) is passed over.
_MENTION_KINDS = HE | UNKNOWN | PERSON | POST | TITLE | ORG | COUNTRY | PLACE | PAIR | SIDE | PRONOUN


# 中日外长, 中美两国防长: posts of each of a pair of countries, as the pair is written before them
_PAIR_POSTS = ("外长", "防长", "财长", "总理", "首相", "总统", "商务部长", "外交部长", "国防部长", "财政部长")


# 共同主持中澳总理年度会晤, 第十一次中日韩外长会议: the pair and post name a meeting, not who holds it
_NAMING_A_MEETING = ("主持", "出席", "举行", "参加", "召开", "届", "次", "轮")


def _pair_post(token: Token) -> str | None:
    """The post a token right after a pair of countries names for each of them: 外长 or 两国外长."""
    if token.mask & (POST | TITLE) and token.form in _PAIR_POSTS:
        return token.form
    if token.mask & PRONOUN and token.form[:2] in ("两国", "三国", "四国", "五国") and token.form[2:] in _PAIR_POSTS:
        return token.form[2:]
    return None


def _gap(text: str, a: int, b: int) -> str:
    return text[a:b].strip()


_IN_NO_BODY = set("将把就宣称说表")  # what a body's own name does not hold before its last character
_INSTITUTION = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:部|委|院|局|厅|署|办|会|处|司|组|馆|团|军|区|省|市|县|州|所|联|协|中心|集团|公司|大学)$")


_NOUN_CUES = frozenset(("谈判", "对话", "磋商", "会谈", "当选", "交涉"))  # cue words written into a title (not 拜会, 会见)


def _inside_title(text: str, tokens: list[Token], j: int) -> bool:
    """A cue word written into a title: 谈判 in 国际贸易谈判副代表, 对话 in 对话牵头人."""
    token = tokens[j]
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    # (半岛和平交涉本部长: 本 before the title word)
    return token.mask & CUE and token.form in _NOUN_CUES and following is not None \
        and (following.start == token.end or (following.start == token.end + 1 and text[token.end] in "本副总首")) \
        and following.mask & (POST | TITLE) and not following.mask & PERSON


def _joins_title(gap: str) -> bool:
    """What may stand between two parts of one title chain: nothing, 、, 兼, or a body the lexicon
    does not know (中央军委 联合参谋部 参谋长)."""
    # (老挝人民革命党 中央 委员, 越共中央 对外部 部长, …书记、中央对外部 部长: a party's central bodies; 胡志明市 委
    # 书记: a city's party committee)
    if gap in _TITLE_JOINERS or gap.lstrip("、") in _DIVISIONS or gap.lstrip("、") in _PARTY_BODIES \
            or (_INSTITUTION.match(gap) is not None and not any(c in _NAME_STOP for c in gap[:1])
                and not any(c in _IN_NO_BODY for c in gap[:-1])):  # (宣布对保安局: words between, no body)
        return True  # (维多利亚 州 州长: the end of a division's name)
    # 商务部副部长兼国际贸易谈判副代表: after 兼 comes the rest of a second title
    # (联邦委员兼经济、教育和研究部长: a portfolio of several fields)
    return gap.startswith("兼") and 1 < len(gap) <= 12 and re.fullmatch(r"兼[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)*", gap) is not None


def _title_segments(text: str, chain: list[Token]) -> list[tuple[str, list[str]]]:
    """Split a title chain into titles at 、/兼, each with the post ids it names."""
    if len(chain) == 1:  # the common case: one title
        title = chain[0].form.strip("、 ")
        return [(title, [r.id for r in chain[0].of("post")])] if title else []
    segments: list[tuple[str, list[str]]] = []
    current_start = chain[0].start
    posts: list[str] = []
    previous = chain[0]
    for token in chain:
        joiner = _gap(text, previous.end, token.start) if token is not chain[0] else ""
        if (joiner in ("、", "兼", "暨", "和", "与") or joiner.startswith("兼")) and token is not chain[0]:
            segments.append((text[current_start:previous.end], posts))
            gap_start = text.index(joiner[0], previous.end)
            current_start, posts = (gap_start + 1 if joiner.startswith("兼") and len(joiner) > 1 else token.start), []
        posts.extend([r.id for r in token.of("post")])
        previous = token
    segments.append((text[current_start:previous.end], posts))
    return [(t.strip("、 "), p) for t, p in segments if t.strip("、 ")]


# 美国国务院东亚事务助理国务卿, 国家安全事务首席副助理, 半岛和平交涉本部长: what the office is for, between
# its body and its title
_PORTFOLIO = re.compile(r"[^\s，,。；;的在同与对将就为向]{1,10}?(?:事务|问题|政策|交涉|事宜)(?:首席|高级|特别|常务)?副?本?")


def _qualifies_title(gap: str, previous: Token, following: Token) -> bool:
    """法国总统外事顾问: a few plain characters between a post and a title word make one title (the
    adviser of the president), not the president."""
    return bool(previous.mask & (POST | TITLE)) and bool(following.mask & TITLE) and 0 < len(gap) <= 4 \
        and all("\u4e00" <= c <= "\u9fff" and c not in _NAME_STOP for c in gap) \
        and not (len(gap) >= 3 and all(c in _TRANSLITERATION for c in gap))  # (州长科布泽夫代表双方: a name)


# what a ministry's own name, written out between its country and a generic title, may not hold
_NOT_IN_MINISTRY = (_STRONG_STOP - set("和与会")) | set("一二三四五六七八九十两几多名位些个这那其每各该今昨"
                                                     "了着过有没不也都很最更再还又就才已将要能可把被让给往到从，,。；;：:")
_MINISTRY = re.compile(r"[\u4e00-\u9fff]{2,12}(?:[、和与][\u4e00-\u9fff]{1,8}){0,4}[、和与]?")


def _ministry_between(text: str, start: int, end: int, previous: Token, following: Token, owned: bool = False) -> bool:
    """德国联邦经济和气候保护部长, 日本经济产业大臣: the ministry the lexicon does not know, written out between
    its country and a generic title, is part of one title."""
    # (中国政府朝鲜半岛事务特别代表: the envoy of the side named before, for the affairs of the country after it)
    return bool(previous.mask & COUNTRY) and bool(following.mask & (POST | TITLE)) and not following.mask & PERSON \
        and not (owned and following.form.endswith(_ENVOY) and text.endswith(("事务", "问题"), start, end)) \
        and end - start <= 24 and _MINISTRY.fullmatch(text, start, end) is not None \
        and not any(c in _NOT_IN_MINISTRY for c in text[start:end]) and text[start] not in "和与、" \
        and (not all(c in _TRANSLITERATION for c in text[start:end])  # 海涅总统: a name before its title
             or following.form.startswith(("市", "州", "省")))  # (匈牙利德布勒森市长: a city the lexicon does not know)


def _side_before_title(tokens: list[Token], i: int) -> bool:
    """美方牵头人、美国财政部长贝森特: a side written into a title begins the title chain."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return bool(tokens[i].mask & SIDE) and following is not None and following.start == tokens[i].end \
        and bool(following.mask & (POST | TITLE)) and not following.mask & (PERSON | CUE)


def _is_title_part(token: Token) -> bool:
    return bool(token.mask & (POST | TITLE | ORG | COUNTRY | PLACE))


def _ends_with_title(token: Token) -> bool:
    return bool(token.mask & (POST | TITLE))


_AT_A_TIME = frozenset("本今明昨近当次下上该此前后同日月年去北上京")  # 于本月, 于当天, 于北京: 于 of a time or place


def unknown_name(text: str, start: int, limit: int, blocked: set[int], country: str | None = None) -> int:
    """The end of a person's name starting at `start` after a title, or `start` when there is none."""
    end = start
    while end < limit and end - start < 8 and _HAN.match(text[end]) and end not in blocked:
        if end > start + 1 and (text.startswith(_NAME_STOP_WORDS, end) or (
                text[end] == "因" and _REASON_AFTER_NAME.match(text, end))):
            break  # (住房大臣雷纳因少缴印花税…辞职: 因 gives the reason; 因凡蒂诺 goes on)
        end += 1
    run = text[start:end]
    if "·" in text[start:start + 9] and (dotted := _DOTTED.match(text, start, limit)) is not None:
        last = text.rindex("·", start, dotted.end()) + 1
        cut = next((p for p in range(start, dotted.end()) if p in blocked), dotted.end())
        # (约翰·瓦德富尔出任…, 帕波·拉斯洛共同出席: the verb after the name is not part of it)
        cut = next((p for p in range(last + 2, cut) if text[p] in _NAME_STOP
                    or text.startswith(_NAME_STOP_WORDS + _NOT_NAMES, p)), cut)
        if cut >= last + 2:
            return cut  # 赛宋蓬·丰威汉, 亚历山大·西尔韦拉, 肯尼思·罗斯实施制裁: a foreign name in parts
    regnal = _REGNAL.match(run)
    if regnal:
        return start + regnal.end()  # 阿尔贝二世, 查尔斯三世
    if len(run) >= 4 and run[0] in SURNAMES and run[1] == "氏" and not any(c in _STRONG_STOP for c in run[2:4]):
        return start + 4  # 武氏映春, 阮氏芳草: a Vietnamese woman's name
    if country == "KOR" and len(run) >= 3 and run[0] in SURNAMES and run[1] == "在" and run[2] not in _STRONG_STOP:
        return start + 3  # 郑在浩, 文在寅: 在 in a Korean given name
    if country in _SURNAME_FIRST and len(run) == 4 and run[3] == "和" and not _HAN.match(text[end:end + 1] or "。"):
        return start + 4  # 十仓雅和: 和 ends a Japanese given name where the name ends the clause
    if run[:1] == "于" and len(run) in (2, 3) and run[1] not in _AT_A_TIME and not _HAN.match(text[end:end + 1] or "。") \
            or run[:1] == "于" and len(run) in (2, 3) and text.startswith(_NAME_STOP_WORDS, end):
        return end  # 临时代办于波。: the surname, not 于 of a time or place (代办于本月, 大使于6日)
    if len(run) >= 3 and run[0] == "曾" and run[1] not in _ONCE_AFTER and not any(c in _NAME_STOP for c in run[1:3]):
        return start + 3  # 律政司司长曾国卫将于…: the surname, not 曾 of what was once done (部长曾多次访华)
    # (众议员代表团: the title names a delegation; 众议员史密斯为团长的: the one who leads it)
    heads_it = run.find("为团长")
    if len(run) < 2 or run[0] in _NAME_STOP or run.startswith(_NAME_STOP_WORDS + _NOT_NAMES) \
            or "团" in run[:heads_it if heads_it >= 2 else 6] \
            or (_MEETING_AFTER.match(text, start + 2, start + 6)
                and not (len(run) >= 3 and run[2] in _TRANSLITERATION and run[1] in _TRANSLITERATION
                         and not _MEETING_AFTER.match(text, start + 2, start + 4))):
        # (潘尼亚会晤: a name of three, then the meeting)
        return start  # 外长特别会议: a meeting's name goes on after the title, no one is named
    if len(run) >= 3 and run[0] in SURNAMES and any(c in _GIVEN_TOO for c in run[1:3]) \
            and not any(c in _NON_NAME_CHARS and c not in _GIVEN_TOO for c in run[1:3]) \
            and (len(run) == 3 or run[3] in _STRONG_STOP or text.startswith(_NAME_STOP_WORDS, start + 3)):
        return start + 3  # 林向阳4日, 覃伟中在深圳: a character of words that is also a given name's
    stop = _first_stop(run)
    if stop >= 3 and all(c in _TRANSLITERATION for c in run[:stop]):
        return start + min(stop, 8)  # 穆苏梅奇, 卡塞拉蒂, 瓦伊丘凯维丘特: a transliterated name (里 included)
    letters = next((i for i, c in enumerate(run) if c not in _TRANSLITERATION or c in _NAME_STOP), len(run))
    if letters >= 4 and country is not None and country not in _SURNAME_FIRST and country not in _CHINESE_NAMES \
            and country not in _MAINLAND_SOUTHEAST_ASIA:
        return start + letters  # 马丁内斯视讯通话: a foreign name of four letters or more, whatever its first
    if len(run) >= 4 and "·" not in run and (ro := run.find("郎", 3, 5)) > 0 \
            and not any(c in _NAME_STOP and c not in "一二三四五六七八九十" for c in run[1:ro]):
        return start + ro + 1  # 高岛宗一郎, 河野太郎, 小泉进次郎: a Japanese given name ends with 郎
    bad = next((i for i, c in enumerate(run) if c in _NON_NAME_CHARS and not (country in _SURNAME_FIRST and i < 3)
                and not (c in "万千" and i == 1 and run[0] in SURNAMES and run[2:3] not in _COUNTED)  # 杨万明
                and not (c == "万" and country in _MAINLAND_SOUTHEAST_ASIA and i >= 2)
                and not (c in "年方" and country == "VNM" and i == 2)  # 通萨万, 陈光方
                and not (c == "内" and i >= 2 and run[i + 1:i + 2] in _AFTER_NEI)), None)  # 马丁内斯, 希门内斯
    if bad is not None:
        if bad < 2:
            return start
        run = run[:bad]
    cut = _first_stop(run)
    if country in _SURNAME_FIRST and "·" not in run and 2 <= cut <= 4:
        return start + cut  # 古屋圭司, 岸田文雄: a Japanese name runs to four characters, up to the first stop
    if run[0] in SURNAMES and "·" not in run:
        length = 2
        if len(run) >= 3 and (run[2] not in _STRONG_STOP or (
                run[2] == "强" and (len(run) == 3 or run[3] in _LIST_AFTER_NAME))):
            length = 3  # (邓炳强、李家超: 强 ends a name when nothing of a word follows it)
        if run[1] in _NAME_STOP:
            return start
        return start + length
    if cut < 2 or cut > 6:
        letters = next((i for i, c in enumerate(run) if c not in _TRANSLITERATION), len(run))
        if letters >= 3 and country not in _SURNAME_FIRST and country not in _CHINESE_NAMES:
            return start + letters  # 维斯特奇尔执意率团: the letters of a name end where a word begins
        return start
    if cut == 2 and run[0] not in _TRANSLITERATION and run[1] not in _TRANSLITERATION:
        return start  # 防长正常会面, 以国务卿身份访华: two plain characters after a title are a word, not a name
    return start + cut


# 外交部林部长佳龙, 田政务次长中光: the title between surname and given name, as the releases of Taipei write it
_SPLIT_TITLES = frozenset(("政务次长", "常务次长", "次长", "副部长", "部长", "副院长", "院长", "主委", "秘书长", "大使",
                           "执行长", "副总统", "总统", "发言人", "处长", "局长", "署长", "司长"))


def _with_split_names(text: str, sentence: Sentence, out: list[Mention], lexicon: Lexicon,
                      memory: dict) -> list[Mention]:
    """Persons the knowledge base knows, written with their title between surname and given name."""
    for title in sentence.tokens:
        if not title.mask & (POST | TITLE) or title.form not in _SPLIT_TITLES or title.start <= sentence.start \
                or text[title.start - 1] not in SURNAMES:
            continue
        surname = text[title.start - 1]
        found = next(((g, refs) for g in (text[title.end:title.end + 2], text[title.end:title.end + 1])
                      if g and all(_HAN.match(c) for c in g)
                      and (refs := [r for r in lexicon.surface_refs(surname + g) if r.kind == "person"])), None)
        if found is None:
            continue
        given, refs = found
        start, end = title.start - 1, title.end + len(given)
        entity = lexicon.entity(refs[0].id)
        before = next((m for m in out if m.kind == "org" and m.end == start), None)
        mention = Mention(start, end, "person", [r.id for r in refs], surname + given,
                          chain_start=before.start if before else -1,
                          titles=[(before.name if before else "") + title.form],
                          country=entity.country if entity else None)
        out = [m for m in out if m is not before and (m.end <= mention.start or m.start >= mention.end)]
        out.append(mention)
        out.sort(key=lambda m: m.start)
        _remember(memory, mention)
    return out


_ELECTIONS = ("选举", "大选", "竞选", "初选", "选战", "候选人", "指名选举")
_AFTER_NEI = ("斯", "兹", "茨", "特", "尔")  # 内 of a transliteration (-nez, -net, -ner)
_ONCE_AFTER = set("经任多在于与表访出担两三四五一率是为被就对先亲作参到来赴指称说宣警批会获因提度次届长连主首向")
_REASON_AFTER_NAME = re.compile(r"因(?:病|患|故|涉|少|未|违|个人|健康|身体|丑闻|为|不满|抗议|与|被|在|其|家庭|私人|财务|税|此)")
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3}")


_MEETING_AFTER = re.compile(r"[\u4e00-\u9fff]?(?:会议|会晤|峰会|论坛|会谈|对话|磋商|机制)")


def _first_stop(run: str) -> int:
    """Where a name running on from `run`'s start must end: the first stop character after two."""
    return next((i for i, c in enumerate(run) if i >= 2 and c in _NAME_STOP), len(run))


def find_mentions(doc: Doc, sentence: Sentence, lexicon: Lexicon, memory: dict) -> list[Mention]:
    """All mentions in a sentence, left to right. `memory` carries persons seen earlier in the doc."""
    text = doc.text
    tokens = _with_pronouns(text, sentence, _with_remembered_names(text, sentence, memory))
    if sentence.mask & (ORG | PLACE) and text.find("长", sentence.start, sentence.end) >= 0:
        tokens = _with_heads_split_off(text, tokens, lexicon)
    if any(text.find(body, sentence.start, sentence.end) >= 0 for body in _BODIES_AFTER_TITLES):
        tokens = [t for t in tokens if not _inside_body(text, t)]
    if text.find("党中央", sentence.start, sentence.end) >= 0:
        # 柬埔寨人民党中央常委: the central committee of another party, not the CPC's
        tokens = [t for t in tokens if t.form != "党中央" or not _HAN.match(text[t.start - 1:t.start] or "，")
                  or text.endswith(("的", "和", "与", "同", "向", "在", "为", "是", "代表", "中国共产"), 0, t.start)]
    if sentence.mask & (POST | TITLE) and text.find("相", sentence.start, sentence.end) >= 0:
        # 对境外相关稀土物项: 外 + 相关, no foreign minister
        tokens = [t for t in tokens if not (t.form.endswith("相") and text[t.end:t.end + 1] in _WORDS_OF_XIANG)]
    token_starts = {t.start for t in tokens}
    # the characters under a token: what a name after a title cannot run into (only titles need it)
    blocked = {p for t in tokens for p in range(t.start, t.end)} if sentence.mask & (POST | TITLE) else set()
    out: list[Mention] = []
    absorbed: set[int] = set()
    bodies: dict[int, str] = {}  # where a body named by a pair ends → its country
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.mask & _MENTION_KINDS:
            i += 1  # a cue word and nothing else
            continue
        if token.mask & HE:
            role = token.of("he")[0].extra
            # 对他…: the person just named; 他促请…: the person the last sentences were about
            # 耶伦访华，这是她…: the person named before in the sentence; 他…；此前一天，他…: the
            # same one the sentence's first 他 stands for
            # (应韩国总统李在明邀请，他将…: the one who invites is not the one 他 stands for)
            earlier = next((m for m in out if (m.kind == "person" or (m.kind == "he" and m.role == "subject"))
                            and not (text.find("应", sentence.start, m.start) >= 0
                                     and _INVITED_BY.match(text, m.end, token.start))), None)
            last = _object_referent(text, sentence, token, out, memory) if role == "object" \
                else (earlier or memory.get("last_subject"))
            if last is not None and (fitting := _of_the_gender(token, last, out, memory, lexicon)) is not last:
                last, earlier = fitting, None  # 特朗普当天与她通电话 (高市早苗说): she is the woman spoken of
            local = earlier is not None and (earlier.local if earlier.kind == "he" else role == "subject")
            out.append(Mention(token.start, token.end, "he", list(last.ids) if last else [],
                               last.name if last else token.form, country=last.country if last else None,
                               local=local, role=role))
            i += 1
            continue
        if token.mask & UNKNOWN:
            earlier: Mention = token.of("unknown")[0].extra
            mention = Mention(token.start, token.end, "person", list(earlier.ids), earlier.name,
                              country=earlier.country, known=earlier.known)
            # 高市总理: the title after the name told before is hers, not the premier's of China
            i = _attach_following_title(text, tokens, i + 1, mention)
            out.append(mention)
            continue
        if token.mask & PERSON and text.startswith(_NAMED_THINGS, token.end):
            i += 1  # 高峰论坛, 和平奖: a name inside the name of a thing
            continue
        if token.mask & PERSON and _inside_longer_name(text, token, lexicon):
            absorbed.add(token.start)  # 贝克 in 同哈贝克会面: the longer name may still be read bare
            i += 1
            continue
        if token.mask & PERSON and text.startswith(_ADMINISTRATION, token.end) \
                and (country := _person(token, lexicon).country):
            end = token.end + 2
            out.append(Mention.of_country(token.start, end, text[token.start:end], country))
            i = _past(tokens, i, end)  # 敦促拜登政府停止对台军售: the administration stands for its country
            continue
        if token.mask & PERSON:
            mention = _person(token, lexicon)
            if len(mention.ids) > 1 and (named := memory.get("named", {}).get(token.form)) is not None:
                mention.ids, mention.country = list(named.ids), named.country  # the 约翰逊 told of before
            elif (dotted := memory.get("dotted", {}).get(token.form)) is not None and dotted.ids != mention.ids:
                mention.ids, mention.country = list(dotted.ids), dotted.country  # 比尔·盖茨…盖茨: not Robert Gates
            elif (told := memory.get("unknown", {}).get(token.form)) is not None and told.ids != mention.ids \
                    and told.country and told.country != mention.country \
                    and any(_names_country(title, told.country, lexicon) for title in told.titles) \
                    and not any(post.country == told.country for i in mention.ids for h in lexicon.holdings_of(i)
                                if (post := lexicon.posts.get(h.post)) is not None):
                # 洪都拉斯总统卡斯特罗…。习近平同卡斯特罗: the one the text named, not the namesake it knows
                mention = Mention(token.start, token.end, "person", list(told.ids), told.name,
                                  country=told.country, known=told.known)
            i += 1
            i = _attach_following_title(text, tokens, i, mention)
            _remember(memory, mention)
            if not text.startswith(_ENVOY, tokens[i - 1].end):
                out.append(mention)  # 习近平主席特使、国务院副总理丁薛祥: the envoy acts, not who sent him
            continue
        if token.mask & (POST | TITLE) and token.start - 1 not in blocked \
                and (surname := _surname_title(text, token, memory)):
            out.append(surname)
            i += 1
            continue
        if (_is_title_part(token) or _side_before_title(tokens, i)) and not token.mask & CUE:
            chain = [token]
            j = i + 1
            while j < len(tokens):
                if _inside_title(text, tokens, j):
                    j += 1  # 国际贸易谈判副代表: 谈判 is part of the title here
                    continue
                gap = _gap(text, chain[-1].end, tokens[j].start)
                if not _is_title_part(tokens[j]) or tokens[j].mask & (CUE | PERSON) or not (
                        _joins_title(gap) or _qualifies_title(gap, chain[-1], tokens[j])
                        or (gap == "及" and text.endswith("驻", 0, chain[-1].start))  # (驻澳门及香港总领事: two posts)
                        or (tokens[j].mask & (POST | TITLE) and chain[-1].mask & (ORG | POST)
                            and _PORTFOLIO.fullmatch(gap) is not None)  # (朝鲜半岛事务: the country is the matter)
                        or _ministry_between(text, chain[-1].end, tokens[j].start, chain[-1], tokens[j],
                                             i > 0 and tokens[i - 1].end == token.start and tokens[i - 1].mask & SIDE)):
                    break
                if ("与" in gap or "同" in gap) and len(gap) > 1 and not gap.startswith("兼") and chain[-1].mask & (POST | TITLE) \
                        and not chain[-1].mask & (ORG | COUNTRY | PLACE):
                    break  # 市长王凤朝与帕尔马市市长圭拉: a name after the title, then the other side
                if gap in ("与", "和") and chain[-1].mask & (PLACE | COUNTRY) and not chain[-1].mask & (POST | TITLE) \
                        and (chain[-1].mask & PLACE or text[chain[-1].start - 1:chain[-1].start] in ("在", "于")):
                    break  # 在旧金山与美国总统拜登, 在韩国与国家主席习近平: the place ends the chain
                if gap in ("与", "和") and (other := _chain_country([tokens[j]], text)) is not None \
                        and other != _chain_country(chain, text):
                    break  # 美国国务卿与日本外相岩屋毅: another country's title begins the other side
                chain.append(tokens[j])
                j += 1
            mention, consumed = _resolve_chain(doc, sentence, chain, tokens, j, lexicon, memory, token_starts, blocked)
            # 国家主席习近平特使、国家副主席韩正: the envoy acts, not who sent him
            out.extend(m for m in mention if not (m.kind == "person" and text.startswith(_ENVOY, m.end)))
            i = j + consumed
            continue
        if token.mask & PAIR and ("以" in token.form or "加" in token.form) \
                and not text.startswith(_RELATION_NOUNS, token.end):
            i += 1
            continue  # 在选举中以87%的得票率: 中 + 以, no pair; 中以两国, 中加关系 are one
        if token.mask & PAIR and (body := _PAIR_BODY.match(text, token.end)) is not None:
            # 美中关系全国委员会会长欧伦斯: a body named by the relations of two, of the first of them
            country = token.of("pair")[0].extra[0]
            bodies[body.end()] = country
            following = next((t for t in tokens[i + 1:] if t.start >= body.end()), None)
            if following is None or following.start != body.end() or not following.mask & (POST | TITLE):
                # 日中友好议员联盟原定于12月派团访华: the body itself, with no one's title after it, may act
                name = text[token.start:body.end()]
                out.append(Mention(token.start, body.end(), "org", [f"org/{country.lower()}-{name}"], name, country=country))
            i = _past(tokens, i, body.end())
            continue
        if token.mask & PAIR and text.startswith("新中国", token.start):
            out.append(Mention.of_country(token.start, token.start + 3, "新中国", "CHN"))
            i = _past(tokens, i, token.start + 3)  # 同新中国建交: the People's Republic, not Singapore and China
            continue
        if token.mask & PAIR:
            if text.startswith("洲", token.end):
                i += 1
                continue  # 中美洲, 南美洲: a region, no pair
            pair = token.of("pair")[0].extra
            if len(token.form) == len(pair) == 2:  # 中巴 in a report on Brazil: as 巴方 there
                pair = tuple(_short_side(doc, char, iso3, lexicon, memory) if lexicon.shorts.get(char) == iso3 else iso3
                             for char, iso3 in zip(token.form, pair, strict=True))
            more: list[str] = []
            while len(more) < 3 and (short := lexicon.shorts.get(text[token.end + len(more):token.end + len(more) + 1])):
                # 中吉乌 in a report naming 乌兹别克斯坦: as 乌方 there
                short = _short_side(doc, text[token.end + len(more)], short, lexicon, memory)
                if short in pair or short in more:
                    break
                more.append(short)
            while more and not _TRIO_AFTER.match(text, token.end + len(more)):
                more.pop()
            if more:
                end = token.end + len(more)  # 中日韩领导人会议, 中俄蒙三国元首会晤: three sides or more
                sides = (*pair, *more)
                following = next((t for t in tokens[i + 1:] if t.start >= end), None)
                if following is not None and following.start == end and (post := _pair_post(following)) \
                        and not text.endswith(_NAMING_A_MEETING, 0, token.start):
                    # 中老缅泰四国外长举行非正式会晤: the holders of that post in each
                    out.append(Mention(token.start, following.end, "heads", [], text[token.start:following.end],
                                       titles=[post], countries=sides))
                    i = _past(tokens, i, following.end)
                    continue
                out.append(Mention(token.start, end, "pair", [f"country/{c}" for c in sides], text[token.start:end],
                                   countries=sides))
                i = _past(tokens, i, end)
                continue
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following and following.start == token.end and following.mask & CUE \
                    and following.form.startswith(("元首", "首脑", "领导人")):
                out.append(Mention(token.start, token.end, "heads", [], token.form, countries=tuple(pair)))
                i += 1
                continue
            if following and following.start == token.end and (post := _pair_post(following)) \
                    and not text.endswith(_NAMING_A_MEETING, 0, token.start):
                # 中日外长, 中美两国防长: the holders of that post in each of the two
                out.append(Mention(token.start, following.end, "heads", [], text[token.start:following.end],
                                   titles=[post], countries=tuple(pair)))
                i += 2
                continue
            if following and following.start == token.end and following.mask & PRONOUN \
                    and following.of("pronoun")[0].extra == "heads":
                out.append(Mention(token.start, following.end, "heads", [], text[token.start:following.end],
                                   countries=tuple(pair)))
                i += 2
                continue
            if following and following.start == token.end and following.mask & PRONOUN and following.form == "两国":
                # 中洪两国建立外交关系: the two states, not the heads of the exchange 两国 points to
                out.append(Mention(token.start, following.end, "pair", [f"country/{c}" for c in pair],
                                   text[token.start:following.end], countries=tuple(pair)))
                i += 2
                continue
            out.append(Mention(token.start, token.end, "pair", [f"country/{c}" for c in pair], token.form,
                               countries=tuple(pair)))
            i += 1
            continue
        if token.mask & SIDE:
            iso3 = token.of("side")[0].id
            following_char = text[token.end:token.end + 1]
            if len(token.form) == 2 and (following_char in "面式法案针便位" or following_char == "向" and token.form == "新方"):
                i += 1
                continue  # 增加方面, 创新方式, 新方向: not a side (美方向台湾出售武器 is one)
            if len(token.form) == 2:
                iso3 = _short_side(doc, token.form, iso3, lexicon, memory)
            out.append(Mention.of_country(token.start, token.end, token.form, iso3))
        elif token.mask & PRONOUN:
            value = token.of("pronoun")[0].extra
            kind = {"both": "both", "we": "we", "all": "all"}.get(value, "heads")
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if not (kind == "all" and following is not None and following.start == token.end and following.mask & CUE
                    and following.form.startswith(("会谈", "会晤", "磋商", "对话", "会议", "峰会"))):
                out.append(Mention(token.start, token.end, kind, [], token.form))  # (三方会谈: what kind of talks)
        i += 1
    if sentence.mask & (POST | TITLE) and text.find("选", sentence.start, sentence.end) >= 0:
        # 在美国总统选举中胜选的特朗普: the post an election is for names no one, it only tells the post
        for m in out:
            if m.kind == "title" and text.startswith(_ELECTIONS, m.end):
                m.kind = "election"
    if sentence.mask & (POST | TITLE):
        out = _with_split_names(text, sentence, out, lexicon, memory)
    if bodies:
        for mention in out:
            if mention.kind == "person" and mention.country is None and mention.chain_start in bodies:
                mention.country = bodies[mention.chain_start]
    if sentence.mask & CUE:
        out = _with_bare_foreign_names(text, sentence, out, token_starts - absorbed if absorbed else token_starts,
                                       memory)
        if _TAKING_UP_WORD.search(text, sentence.start, sentence.end):
            out = _names_taking_up(text, sentence, out, token_starts)
    if sentence.mask & CUE and text.find("对", sentence.start, sentence.end) >= 0:
        out = _with_aimed_at(text, sentence, out, token_starts, lexicon)
    if sentence.mask & CUE and _BODY_WORDS.search(text, sentence.start, sentence.end):
        out = _with_companies(text, sentence, out)
    if text.find("点名", sentence.start, sentence.end) >= 0:
        out = _named_out(text, sentence, out)
    if text.find("、", sentence.start, sentence.end) >= 0:
        listed = [m for m in out if m.kind == "person" and m.country in _CHINESE_NAMES and text.startswith("、", m.end)]
        if listed:
            out = _with_listed_names(text, out, listed, token_starts, sentence.end)
    metonyms = lexicon.marker_values("metonym")
    found = []
    for mention in out:
        if mention.kind == "title" and text.endswith(_TAKING_UP_VERBS, 0, mention.chain_start) \
                and text.startswith(_SINCE_WORDS, mention.end):
            continue  # 他就任防长后首次出席: the post taken up, no holder of it
        if mention.kind == "org" and found and found[-1].kind == "place" and found[-1].end == mention.start \
                and text[max(0, found[-1].start - 2):found[-1].start].endswith(_LOCATIVE):
            mention.kind = "venue"  # 在巴黎爱丽舍宫同马克龙会谈: where they met, not a party
        if mention.kind == "place" or mention.kind == "country":  # the only kinds _reclassify changes
            mention = _reclassify(text, mention, token_starts, metonyms, out)
            if mention is None:
                continue
            if mention.kind == "modifier" and found and found[-1].kind == "country" \
                    and text[found[-1].end:mention.start] in ("、", "和", "及"):
                mention.kind = "country"  # 老挝、柬埔寨警方代表团: the last of a list of parties is one too
        found.append(mention)
    if len(found) > 1 and sentence.mask & ORG:
        _bodies_of_the_country_before(text, found, lexicon)
        # 贺一诚率领的特区政府代表团: the body names the delegation its leader heads, and acts through him
        found = [m for m in found if not (m.kind == "org" and text.startswith(_DELEGATION_WORDS, m.end)
                                          and text.endswith(_LED_BY, 0, m.start))]
    if len(found) > 1 and _DASHES.search(text, sentence.start, sentence.end):
        found = _dashed_pairs(text, found)
    if len(found) > 1:
        # 保尔森基金会主席保尔森: the one a body in the title is named after is not named himself
        chains = [(m.chain_start, m.start) for m in found if m.kind == "person" and m.chain_start < m.start]
        if chains:
            found = [m for m in found if m.kind != "person" or not any(s <= m.start and m.end <= e for s, e in chains)]
    if len(found) > 2 and text.find("、", sentence.start, sentence.end) >= 0:
        found = _titles_listed_before(text, found)
    previous = None
    for mention in found:  # 美国参议员卢比奥、克鲁兹，众议员史密斯: names the lexicon does not know take the list's country
        if mention.kind != "person":
            continue
        if mention.country is None and not mention.known and previous is not None and previous.country \
                and _LIST_GAP.fullmatch(text, previous.end, mention.chain_start):
            mention.country = previous.country
        previous = mention
    subject = next((m for m in found if m.kind == "person"), None)
    if subject is not None:
        memory["last_subject"] = subject
    if "spokesperson" not in memory and sentence.mask & ORG and text.find("发言人", sentence.start, sentence.end) >= 0:
        # 全国人大外事委员会发言人…。发言人敦促…: the body whose spokesperson is left unnamed speaks
        body = next((m for m in found if m.kind == "org" and text.startswith(_SPOKESPERSON, m.end)), None)
        if body is not None:
            memory["spokesperson"] = body
    return found


_SPOKESPERSON = ("发言人", "新闻发言人")
_FORMER_BEFORE = re.compile(r"[^日此之目提年月天周前]?[前原]$")


# (日中友好议员联盟, 法中友好小组, 中俄执政党对话机制: friendship groups and the mechanisms of parties too)
_PAIR_BODY = re.compile(r"(?:关系|友好|友协|议员|议会|执政党|政党)[\u4e00-\u9fff]{0,8}?"
                        r"(?:委员会|协会|理事会|商会|基金会|研究会|学会|中心|联盟|小组|机制)"
                        # (日中经济协会, 美中贸易全国委员会: the associations of business)
                        r"|(?:经济|工商|贸易|投资|企业家)[\u4e00-\u9fff]{0,4}?(?:协会|商会|理事会|联合会|委员会)")
_WORDS_OF_XIANG = frozenset("关同当似比应继反近")  # 相关, 相同, 相当…: words that start with 相
def _bodies_of_the_country_before(text: str, found: list[Mention], lexicon: Lexicon) -> None:
    """韩国最大在野党共同民主党, 日本国会参议院: a body named without its country (民主党, 参议院, which the
    lexicon files under the US) is of the country named right before it."""
    for previous, mention in zip(found, found[1:], strict=False):
        if mention.kind != "org" or previous.kind not in ("country", "modifier", "org") or not previous.country \
                or (previous.kind == "org" and (named := lexicon.countries.get(previous.country)) is not None
                    and named.name not in previous.name) \
                or previous.country == mention.country or mention.country in (None, *INTERNATIONAL_BODIES) \
                or not _SAME_PHRASE.fullmatch(text, previous.end, mention.start):
            continue
        country = lexicon.countries.get(mention.country)
        if country is None or country.name in mention.name or mention.name.startswith(
                tuple(s for s, iso3 in lexicon.shorts.items() if iso3 == mention.country)):
            continue  # 美国国会: the body names its country
        mention.ids = [f"org/{previous.country.lower()}-{mention.name}"]
        mention.country = previous.country


def _titles_listed_before(text: str, found: list[Mention]) -> list[Mention]:
    """美国前财政部长、保尔森基金会主席保尔森, 美国前财政部长、哈佛大学教授萨默斯: a title listed before the
    body and title of the one named is his too (not when it is another country's: 老挝外长、越南副总理范平明)."""
    out = []
    i = 0
    while i < len(found):
        title = found[i]
        if title.kind == "title" and text.startswith("、", title.end):
            person = next((k for k in range(i + 1, len(found)) if found[k].kind not in ("org", "place")), None)
            if person is not None and (held := found[person]).kind == "person" and held.chain_start > title.end \
                    and (held.country is None or title.country in (None, held.country)) \
                    and _ONE_DESCRIPTION.fullmatch(text, title.end + 1, held.start):
                held.titles = [*title.titles, *held.titles]
                held.post_ids = [*title.post_ids, *held.post_ids]
                held.chain_start = title.chain_start
                held.country = held.country or title.country
                out.append(held)
                i = person + 1
                continue
        out.append(title)
        i += 1
    return out


_ONE_DESCRIPTION = re.compile(r"[^\s，,。；;、和与同及对向在的]{1,20}")
_SAME_PHRASE = re.compile(r"(?:在野|共同|[^\s，,。；;、和与同及对向在的]){0,8}")  # (在野党, 共同民主党: no 在, no 同)
_DASHES = re.compile(r"[—－–-]")
_LIST_GAP = re.compile(r"(?:[、，,和及与]|以及)(?:当选|新任|候任)?")


def _dashed_pairs(text: str, found: list[Mention]) -> list[Mention]:
    """中国—欧盟领导人会晤, 中国－东盟外长会: two sides joined by a dash are the pair a meeting is named by."""
    out: list[Mention] = []
    for mention in found:
        previous = out[-1] if out else None
        if previous is not None and mention.kind == "country" and previous.kind in ("country", "modifier") \
                and text[previous.end:mention.start].strip("—－–-") == "" and previous.end < mention.start \
                and previous.country and mention.country and previous.country != mention.country:
            countries = (previous.country, mention.country)
            out[-1] = Mention(previous.start, mention.end, "pair", [f"country/{c}" for c in countries],
                              text[previous.start:mention.end], countries=countries)
            continue
        out.append(mention)
    return out


def _past(tokens: list[Token], i: int, end: int) -> int:
    """The index of the first token after `tokens[i]` that starts at or after `end`."""
    i += 1
    while i < len(tokens) and tokens[i].start < end:
        i += 1
    return i


def _reclassify(text: str, mention: Mention, token_starts: set[int], metonyms: dict[str, str],
                mentions: list[Mention]) -> Mention | None:
    """在美国: a place, not a party; 美国战略界: a modifier, not a party; 呼吁北京…: the capital
    stands for its government."""
    if mention.kind == "place" and mention.name in metonyms and \
            not text[max(0, mention.start - 2):mention.start].endswith((*_LOCATIVE, "访问", "访", "离开", "返回")) and \
            not _IN_A_PLACE.search(text, max(0, mention.start - 8), mention.start) and \
            not text.startswith(("时间", "市", "大学", "冬奥", "奥运", "的", "街头", "举行", "召开", "之行"), mention.end) and \
            not _TEAM.match(text, mention.end):  # 北京国安队: a club, not the government
        iso3 = metonyms[mention.name]
        return Mention.of_country(mention.start, mention.end, mention.name, iso3)
    if mention.kind != "country" or mention.name.endswith("方"):
        return mention
    before = text[max(0, mention.start - 2):mention.start]
    if before.endswith(_LOCATIVE):
        mention.kind = "place"
        return mention
    if before == "一个":
        mention.kind = "modifier"  # 承认一个中国原则, 只有一个中国: a principle, not a party
        return mention
    if text.startswith("时间", mention.end):
        return None  # 美国时间16日: a time zone, not a party
    if (formal := _FORMAL_NAME.match(text, mention.end)) is not None and formal.end() not in token_starts \
            and text[formal.end():formal.end() + 1] in _MODIFIER_NEXT:
        mention.end = formal.end()  # 沙特阿拉伯王国、…: the formal name, still the country (not 波兰共和国总统)
        return mention
    if text.startswith(_LEADERS, mention.end) and any(
            m.kind == "person" and m.chain_start == mention.end + len(word)
            for word in _LEADERS if text.startswith(word, mention.end) for m in mentions):
        mention.kind = "modifier"  # 中国领导人习近平: the title of the one named after it
        return mention
    if _COUNTRIES_COUNTED.match(text, mention.end) or text.startswith(_LEADERS, mention.end) \
            or _TALKS_OF_A_KIND.match(text, mention.end):
        # 中国、沙特、伊朗三国: the list ends in its count; 越南领导人 stand for their country; 伊朗与美国第二轮谈判,
        # 间接谈判: a side of the talks named after it
        return mention
    following = text[mention.end:mention.end + 1]
    if following and following not in _MODIFIER_NEXT and mention.end not in token_starts \
            and not _VERB_AFTER.match(text, mention.end) and not before.endswith(_ADDRESSING):
        mention.kind = "modifier"  # 美国战略界, 美国相关企业: describes a noun; a target at most, never a party
    return mention


_LEADERS = ("领导人", "国家领导人", "党政领导人", "政府领导人")
_TALKS_OF_A_KIND = re.compile(r"(?=[第新首上下间直高双和停])(?:第[0-9一二三四五六七八九十]+轮|新一轮|首轮|上一轮|下一轮)?"
                              r"(?:间接|直接|高级别|双边|和平|停火)?(?:谈判|会谈|磋商|和谈)")
_ADMINISTRATION = ("政府", "当局")
_INVITED_BY = re.compile(r"[^，,。；;]{0,8}?(?:的)?(?:邀请|之邀)")
_NAMED_THINGS = ("论坛", "峰会", "奖", "杯", "大道", "大街", "公园", "大学", "中学", "号")
_TRIO_AFTER = re.compile(r"三国|三方|四国|四方|五国|领导人|元首|外长|防长|峰会|会晤|会议|合作|自贸|经贸|首脑|推进|安全|同盟|联盟|军事|核潜艇|伙伴|联合|协议|集团|机制|关系")
_RELATION_NOUNS = ("两国", "关系", "双方", "建交", "合作", "元首", "领导人", "外长", "总理", "友好", "战略", "经贸",
                   "贸易", "外交", "防务", "联合", "自贸", "会谈", "会晤", "磋商", "对话", "冲突", "间", "之间")
# 敦促美国停止…, 要求日本撤回…: the country urged is a party, whatever verb follows it
_ADDRESSING = ("敦促", "要求", "呼吁", "促请", "敦请", "吁请", "奉劝", "正告", "告诫", "劝告")
_FORMAL_NAME = re.compile(r"王国|联合王国|合众国|共和国|民主共和国|联邦|大公国|酋长国")
_COUNTRIES_COUNTED = re.compile(r"[两三四五六七八九十]国|各国|等国|[两三四五]方|双方")
_IN_A_PLACE = re.compile(r"[在于赴抵][^，,。；;、]{1,6}$")  # 在英国伦敦: the capital is where, not who
_TEAM = re.compile(r"[\u4e00-\u9fff]{0,4}(?:队|俱乐部|足球|篮球|排球)")
_HE = re.compile(r"(?:^|(?<=[，,；;：:。])|(?<=这是)|(?<=这也是)|(?<=此前)|(?<=当时)|(?<=\d日)|(?<=当天)|(?<=次日)|(?<=随后)|(?<=此后)"
                 r"|(?P<object>(?<=[对向同与和跟给为把将贺])|(?<=会见)|(?<=会见了)|(?<=接见)|(?<=接见了)|(?<=会晤了)"
                 r"|(?<=宴请)|(?<=宴请了)|(?<=邀请)|(?<=任命)|(?<=提名)))(?:他|她)(?![们人国乡])"  # 祝贺他当选, 习近平会见了他
                 r"|(?P<its>(?<=[祝恭]贺))其(?=当选|就任|连任|出任|再次当选|荣任)|(?P<named>(?<=任命|提名))其(?=为|出任|担任)"  # 祝贺其当选: the one congratulated
                 r"|(?P<aimed>(?<=[对向]))其(?=实施|采取|予以|进行制裁|施加)"  # 决定对其实施制裁: the one just named
                 r"|(?P<met>(?<=[同与]))其(?=举行|进行|会谈|会晤|会面|通话|通电话|磋商|交换)")  # 秦刚同其举行会谈


_DELEGATION_WORDS = ("代表团", "访问团", "访团")
_LED_BY = ("率领的", "带领的", "率的", "为首的", "为团长的")
_BODIES_AFTER_TITLES = ("委会", "委员会", "大使馆", "代表团")


def _inside_body(text: str, token: Token) -> bool:
    """委员 in 中央委员会, 常委 in 常委会, 大使 in 大使馆: the title is the start of a body's name."""
    return bool(token.mask & (POST | TITLE)) and (
        (token.form.endswith(("委员", "常委")) and text.startswith("会", token.end))
        or (token.form.endswith("大使") and text.startswith("馆", token.end))
        or (token.form.endswith("代表") and text.startswith("团", token.end)))  # 外长联合代表团: a delegation


_CLAUSE_BREAK = re.compile(r"[，,；;：:。]")


_GENDER_OF = {"她": "f", "他": "m"}


def _of_the_gender(token: Token, found: Mention, out: list[Mention], memory: dict, lexicon: Lexicon) -> Mention:
    """她 for a man, 他 for a woman the knowledge base knows: the last person named of the pronoun's gender,
    if there is one; else the one found."""
    wanted = _GENDER_OF.get(token.form)
    gender = _gender(found, lexicon)
    if wanted is None or gender is None or gender == wanted:
        return found
    named = [m for m in (*memory.get("recent", ()), *out) if m.kind == "person" and m.end <= token.start]
    return next((m for m in reversed(named) if _gender(m, lexicon) == wanted), found)


def _gender(mention: Mention, lexicon: Lexicon) -> str | None:
    entity = lexicon.entity(mention.ids[0]) if mention.ids else None
    return entity.subkind if entity is not None and entity.subkind in ("f", "m") else None


def _object_referent(text: str, sentence: Sentence, token: Token, out: list[Mention], memory: dict) -> Mention | None:
    """对他…, 同他会谈: the person just spoken of, but not one acting in this clause (秦刚将同他举行会谈,
    李强、赵乐际将分别同他会见): then the last subject, or the last person of another side."""
    last = memory.get("last_person")
    if text.endswith(("任命", "提名"), 0, token.start):
        # 国王召见斯塔默，任命他为首相 / 国王签署御令，任命其为总理: the one named, not the one naming
        acting_ids = [m.ids for m in out if m.kind == "person" and m.end <= token.start]
        named = [m for m in out if m.kind == "person" and m.ids != (acting_ids[0] if acting_ids else None)]
        return named[-1] if named else next((m for m in reversed(memory.get("recent", []))
                                             if m.ids not in acting_ids), last)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start, token.start)]
    clause_start = breaks[-1] if breaks else sentence.start
    acting = [m for m in out if m.kind == "person" and m.start >= clause_start]
    if last is None or not any(m.ids == last.ids for m in acting):
        return last
    sides = {m.country for m in acting}
    ids = [m.ids for m in acting]
    # 王毅访问俄罗斯，同拉夫罗夫举行会谈，普京会见了他: the subject of the sentence's clauses before
    told = next((m for m in out if m.kind == "person" and m.end <= clause_start and m.ids not in ids
                 and m.country not in sides), None)
    if told is not None:
        return told
    subject = memory.get("last_subject")
    if subject is not None and subject.ids not in ids and subject.country not in sides:
        return subject
    return next((m for m in reversed(memory.get("recent", [])) if m.ids not in ids and m.country not in sides), None)


def _with_heads_split_off(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """俄国防部长绍伊古, 杭州市长姚高员: a body or place written straight into a head's title (国防部 +
    长, 杭州市 + 长) is split into what it names before and the title."""
    out: list[Token] = []
    for token in tokens:
        if token.mask & (ORG | PLACE) and text.startswith("长", token.end):
            form = token.form
            for cut in range(1, len(form)):
                head = form[cut:] + "长"
                refs = [r for r in lexicon.surface_refs(head) if r.kind in ("post", "title")]
                if not refs:
                    continue
                before = form[:cut]
                before_refs = lexicon.surface_refs(before)
                if before_refs:
                    out.append(Token(token.start, token.start + cut, before, before_refs))
                out.append(Token(token.start + cut, token.end + 1, head, refs))
                break
            else:
                out.append(token)
            continue
        out.append(token)
    return out


def _with_pronouns(text: str, sentence: Sentence, tokens: list[Token]) -> list[Token]:
    """他/她 opening a clause (and 其 after 祝贺 or in 对其实施制裁) stands for the person just spoken of."""
    segment = text[sentence.start:sentence.end]
    if "他" not in segment and "她" not in segment and "贺其" not in segment and "对其" not in segment \
            and "向其" not in segment and "命其" not in segment and "名其" not in segment \
            and "同其" not in segment and "与其" not in segment:
        return tokens  # the pattern's lookbehinds make it slow to run over sentences without any
    found = [Token(sentence.start + m.start(), sentence.start + m.end(), m.group(),
                   [Ref("he", m.group(), "subject" if m.group("object") is None and m.group("its") is None
                        and m.group("aimed") is None and m.group("named") is None and m.group("met") is None
                        else "object")])
             for m in _HE.finditer(segment)]
    return sorted([*tokens, *found], key=lambda t: t.start) if found else tokens


def _with_remembered_names(text: str, sentence: Sentence, memory: dict) -> list[Token]:
    """Officials the lexicon does not know, once named with their title, are found again bare."""
    names: dict[str, Mention] = memory.get("unknown", {})
    if not names:
        return sentence.tokens
    covered = [(t.start, t.end) for t in sentence.tokens]
    extra = []
    segment = text[sentence.start:sentence.end]
    for name, mention in names.items():
        if name not in segment:
            continue
        for match in re.finditer(re.escape(name), segment):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if not any(s < end and start < e for s, e in covered):
                extra.append(Token(start, end, name, [Ref("unknown", mention.ids[0], mention)]))
                covered.append((start, end))
    return sorted([*sentence.tokens, *extra], key=lambda t: t.start) if extra else sentence.tokens


_HONORIFICS = ("拿督斯里", "丹斯里", "拿督", "拿汀", "拿汀斯里")  # as titles in the markers too


def _inside_longer_name(text: str, token: Token, lexicon: Lexicon) -> bool:
    """罗斯 in 罗斯福, 克里 in 克里米亚: a short name running on into more transliteration (a Chinese
    name does not: 秦刚因身体原因)."""
    if token.mask & (POST | TITLE | COUNTRY | PLACE | ORG):
        return False
    after = text[token.end:token.end + 1]
    before = text[token.start - 1:token.start] if token.start else ""
    if after == "号" or (before < "\x80" and before.isalnum()):
        return True  # L3哈里斯海事服务公司, 拉尔夫·约翰逊号: a company's or a ship's name
    if text.endswith(_HONORIFICS, 0, token.start):
        return False  # 首相拿督斯里安华: a Malay honorific, then the name
    if len(token.form) > 2:
        return False
    entity = lexicon.entity(token.refs[0].id)
    if entity is not None and entity.country in _CHINESE_NAMES:
        return False
    if before == "·" or after == "·" or (text[token.end + 1:token.end + 2] == "·" and _HAN.match(after)):
        return True  # 洛克希德·马丁, 肯尼思·罗斯 (not 肯尼): part of a longer foreign name
    if text.startswith(_NAME_STOP_WORDS, token.end) or (after == "因" and _REASON_AFTER_NAME.match(text, token.end)):
        return False  # 普京明天将出席, 卢拉因患肺炎: a word begins after the name
    return (after in _TRANSLITERATION and after not in _NAME_STOP) or (
        before in _TRANSLITERATION and before not in _NAME_STOP and before not in SURNAMES
        and not text.endswith(_VERBS_ENDING_IN_A_SOUND, 0, token.start))  # (白宫宣布拜登将…: 宣 + 布)


_VERBS_ENDING_IN_A_SOUND = ("宣布", "公布", "发布", "颁布", "赞扬", "抵达", "到达", "转达", "表达")


_COUNTED = set("元人亿年多余个次名位家")  # what follows 万 or 千 as a number, not as part of a name
_CHINESE_NAMES = frozenset(("CHN", "TWN", "HKG", "MAC", "SGP"))
_LIST_END = re.compile(r"[、和及等，,。；;]")


_MET_BARE_CHARS = "".join(sorted((_TRANSLITERATION | set("夫东")) - {"·"}))
_MET_BARE = re.compile(rf"(?:(?:会见|会晤|接见)了?|(?<![共一])同|与)(?:(?P<name>[{_MET_BARE_CHARS}]{{3,8}})(?=[，,。、和及与举等通共会]|$)"
                       rf"|(?P<short>[{_MET_BARE_CHARS}]{{2}})(?=举行|通电话|通话|会谈|会晤))")


# 海涅总统, 卢克森总理: a foreign name the lexicon does not know, written before its title
_NAME_BEFORE_TITLE = re.compile(rf"(?:^|(?<=[，,：:、与同和跟及见晤]))(?P<name>[{_MET_BARE_CHARS}]{{2,6}})"
                                r"(?=总统|副总统|总理|首相|外长|国务卿|议长|主席)")


# 由林佳龙出任外交部长, 瑟尔斯基接任, 接替吴钊燮: a name the lexicon does not know, right before a verb of taking
# up a post or right after 接替, is a person
_TAKING_UP = r"(?:(?:\d{1,2}月)?\d{1,2}日|今天|昨天|日前|近日)?(?:正式|将|宣誓|继续)?(?:接任|出任|接替|继任|就任|担任|转任|受委|获委任)"
_CHINESE_NAME = rf"[{''.join(sorted(SURNAMES))}][\u4e00-\u9fff]{{1,2}}?"
_FOREIGN_NAME = rf"[{_MET_BARE_CHARS}]{{3,8}}?"
_NAME_TAKING_UP = re.compile(
    rf"(?:^|(?<=[，,：:；;、由。\n的]))(?:(?P<name>{_CHINESE_NAME})|(?P<foreign>{_FOREIGN_NAME}))(?={_TAKING_UP})"
    rf"|(?<=接替)(?:(?P<after>{_CHINESE_NAME})|(?P<after_foreign>{_FOREIGN_NAME}))(?=[，,。；;、]|出任|担任|成为|$)"
    rf"|(?:(?<=任命)|(?<=[、，,]))(?:(?P<named>{_CHINESE_NAME})|(?P<named_foreign>{_FOREIGN_NAME}))(?=为(?!期|了|此|何|主|首|核心))"
    # 免去王克俭的驻以色列大使职务: the one removed from a post
    rf"|(?<=免去|解除|撤销)(?:(?P<removed>{_CHINESE_NAME})|(?P<removed_foreign>{_FOREIGN_NAME}))(?=的)"
    # 对沈伯洋实施惩戒, 将曹兴诚、沈伯洋列为…: those a measure falls on
    rf"|(?<=[对将把、])(?P<aimed>{_CHINESE_NAME})(?=实施|采取|予以|列入|列为|、[^、，,。]{{2,4}}(?:列入|列为|实施))")


def _names_taking_up(text: str, sentence: Sentence, out: list[Mention], token_starts: set[int]) -> list[Mention]:
    found = []
    for match in _NAME_TAKING_UP.finditer(text, sentence.start, sentence.end):
        group = next(g for g in _TAKING_UP_GROUPS if match.group(g))
        start, end = match.span(group)
        name = match.group(group)
        if not _untaken(start, end, token_starts, out) or name in _NOT_PERSONS or (
                group in ("name", "after") and any(c in _NON_NAME_CHARS or c in _NAME_STOP for c in name[1:])):
            continue
        found.append(Mention(start, end, "person", [f"person/{name}"], name, known=False))
    return _merged(out, found)


_NOT_PERSONS = {"何人", "于是", "随后", "正式", "其后", "此后", "后来"}
_SINCE_WORDS = ("后", "以来", "之后", "当天", "当日", "时", "前", "之前", "期间")
_TAKING_UP_VERBS = ("就任", "出任", "担任", "接任", "升任", "转任", "继任", "履新")
_TAKING_UP_WORD = re.compile("接任|出任|接替|继任|就任|担任|转任|受委|获委任|任命|免去|解除|撤销|惩戒|制裁|列入|列为")
_TAKING_UP_GROUPS = ("name", "foreign", "after", "after_foreign", "named", "named_foreign", "removed", "removed_foreign",
                     "aimed")


def _with_bare_foreign_names(text: str, sentence: Sentence, out: list[Mention], token_starts: set[int],
                             memory: dict) -> list[Mention]:
    """何立峰会见东布罗夫斯基斯, 同海涅举行会谈, 与海涅总统会谈: a foreign name the lexicon does not
    know, with no title before it, right after the verb or 同/与 of a meeting or right before its
    title, is a person."""
    found = []
    for match in _NAME_BEFORE_TITLE.finditer(text, sentence.start, sentence.end):
        start, end = match.span("name")
        if end in token_starts and _untaken(start, end, token_starts, out):
            name = match.group("name")
            title = next((m for m in out if m.kind == "title" and m.start == end), None)
            if title is not None:
                out = [m for m in out if m is not title]  # the title is the person's, no holder of its own
            found.append(Mention(start, end, "person", [f"person/{name}"], name, known=False,
                                 titles=list(title.titles) if title else None))
    for match in _MET_BARE.finditer(text, sentence.start, sentence.end):
        group = "name" if match.group("name") else "short"
        start, end = match.span(group)
        if _untaken(start, end, token_starts, out):
            name = match.group(group)
            found.append(Mention(start, end, "person", [f"person/{name}"], name, known=False))
    for country in [m for m in out if m.kind in ("modifier", "country") and m.country
                    and (text.endswith(_MET_BEFORE, sentence.start, m.start)
                         or m.start == sentence.start or text[m.start - 1] in _CLAUSE_MARKS)]:
        # 会见新加坡国防军总长吴继豪, 同印度外秘米斯里, 印度外秘米斯里26日访华: a title the lexicon does not
        # know, after the country (and the name found again, bare, later in the article)
        titled = _UNKNOWN_TITLE.match(text, country.end, sentence.end)
        if titled is None or not _untaken(titled.end(), titled.end() + 2, token_starts, out):
            continue
        end = unknown_name(text, titled.end(), sentence.end, set(), country.country)
        if end - titled.end() >= 2:
            name = text[titled.end():end]
            person = Mention(titled.end(), end, "person", [f"person/{name}"], name, known=False,
                             chain_start=country.start, titles=[text[country.start:titled.end()]],
                             country=country.country)
            _remember(memory, person)
            found.append(person)
            out = [m for m in out if m is not country]
    listed = list(_LISTED_BARE.finditer(text, sentence.start, sentence.end))
    people = {m.end: m for m in (*out, *found) if m.kind == "person"} if listed else {}
    for match in listed:
        start, end = match.span("name")
        if start - 1 in people and _untaken(start, end, token_starts, out):
            # 会见了古特雷斯和弗朗西斯: a foreign name listed after one met
            found.append(Mention(start, end, "person", [f"person/{match.group('name')}"], match.group("name"), known=False))
    return _merged(out, found)


_CLAUSE_MARKS = frozenset("，,、：:；;\n")
_MET_BEFORE = ("会见", "会见了", "会晤", "会晤了", "接见", "接见了", "同", "与", "和")
_UNKNOWN_TITLE = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:总长|司令员|司令|参谋长|知事|市长|州长|省长|总督|首席部长|议长|局长"
                            r"|署长|会长|董事长|总裁|行长|秘书长|部长|大臣|次官|外秘|外交秘书|常务秘书|顾问|特使)")
_LISTED_BARE = re.compile(rf"[和及、](?P<name>[{_MET_BARE_CHARS}]{{3,8}})(?=[，,。、和及]|$)")


# 对美国斯凯迪奥公司…, 将洛克希德·马丁公司等…列入: a company the lexicon does not know, named after 对/将/把, a
# list mark or its country
_COMPANY = re.compile(r"(?<=[对将把、和及])(?P<name>[\u4e00-\u9fff·A-Za-z0-9&]{2,16}?(?:公司|集团|基金会|研究所|学院|协会|联盟))")
_INSTITUTES = ("基金会", "研究所", "学院", "协会", "联盟")  # (雷根总统图书馆基金会: a body named after someone)
_BODY_WORDS = re.compile("公司|集团|" + "|".join(_INSTITUTES))


# 对华加征关税, 对俄制裁, 对美出口管制: the one-character form of the country a measure is aimed at
# (each alternative starts with a plain character, so the pattern skips ahead to it)
_AIMED_AT = re.compile(r"对(?P<c>[华美俄日韩英法德印澳欧朝伊])(?=自|加征|征收|关税|制裁|出口|进口|投资|实施|采取|芯片|半导体|技术"
                       r"|反倾销|反补贴|施压|极限|贸易|禁令|管制|限制|打压|遏制|政策|强硬|挑衅|军售|禁运|发起|启动)"
                       r"|自(?P<from>华)(?=进口)")  # 对自华进口电动汽车: goods from China


def _with_aimed_at(text: str, sentence: Sentence, out: list[Mention], token_starts: set[int],
                   lexicon: Lexicon) -> list[Mention]:
    found = [Mention.of_country(m.start(group), m.end(group), m.group(group), iso3)
             for m in _AIMED_AT.finditer(text, sentence.start, sentence.end)
             for group in ("c" if m.group("c") else "from",)
             if m.start(group) not in token_starts and (iso3 := lexicon.shorts.get(m.group(group))) is not None]
    return _merged(out, [m for m in found if not any(o.start <= m.start < o.end for o in out)])


def _named_out(text: str, sentence: Sentence, out: list[Mention]) -> list[Mention]:
    """国台办点名黄世聪、李正皓等5名…: the persons named out, whom the lexicon need not know."""
    found = []
    for match in _NAMED_OUT.finditer(text, sentence.start, sentence.end):
        at = match.start("names")
        for name in re.split("[、和及]", match.group("names")):
            if name[0] in SURNAMES and not any(o.start <= at < o.end for o in out):
                found.append(Mention(at, at + len(name), "person", [f"person/{name}"], name, known=False))
            at += len(name) + 1
    return _merged(out, found) if found else out


_NAMED_OUT = re.compile(r"点名(?P<names>[\u4e00-\u9fff]{2,3}(?:[、和及][\u4e00-\u9fff]{2,3}){0,9})(?=等|[，,。])")


def _with_companies(text: str, sentence: Sentence, out: list[Mention]) -> list[Mention]:
    found = []
    starts = {m.end: m for m in out if m.kind in ("country", "modifier")}
    for match in _COMPANY.finditer(text, sentence.start, sentence.end):
        start, end = match.span("name")
        country = starts.get(start)
        if country is None:  # 对美国斯凯迪奥公司: the country names whose it is
            country = next((m for m in out if m.kind in ("country", "modifier") and m.start == start), None)
            if country is not None:
                start = country.end
        name = text[start:end]
        if not name or any(m.chain_start <= start < m.start for m in out):
            # 欧洲联盟: the whole name is a country's (or a union's) the lexicon knows; 比尔及梅琳达·盖茨基金会联席
            # 主席比尔·盖茨: the body is in the title of one named
            continue
        inside = [m for m in out if m is not country and (m.start <= start < m.end or start <= m.start < end)]
        if name.endswith(_INSTITUTES) and all(m.kind in ("person", "title") and start <= m.chain_start for m in inside):
            out = [m for m in out if m not in inside]  # the person a body is named after is no party
            inside = []
        if len(name) < 4 and not name[0].isascii() or inside or any(c in _STRONG_STOP for c in name[:-2]):
            continue
        if country is None and found and text[found[-1].end:start] in ("和", "、", "及"):
            country = found[-1]  # 美国PVH集团和因美纳公司: the country of the list
        found.append(Mention(start, end, "org", [f"org/{name}"], name, country=country.country if country else None))
    return _merged(out, found)


def _untaken(start: int, end: int, token_starts: set[int], out: list[Mention]) -> bool:
    """Whether characters [start, end) begin no lexicon token and start inside no mention."""
    return not any(p in token_starts for p in range(start, end)) and not any(m.start <= start < m.end for m in out)


def _merged(out: list[Mention], added: list[Mention]) -> list[Mention]:
    return sorted([*out, *added], key=lambda m: m.start) if added else out


def _with_listed_names(text: str, out: list[Mention], listed: list[Mention], token_starts: set[int],
                       limit: int) -> list[Mention]:
    """对陈全国、朱海仑、王明山实施制裁: names the lexicon does not know, listed after one it knows, are
    persons of the same side."""
    known_starts = {m.start for m in out}
    added = []
    for first in listed:
        position = first.end
        while text.startswith("、", position):
            start = position + 1
            stop = _LIST_END.search(text, start, min(limit, start + 4))
            if stop is None:
                break
            name = text[start:stop.start()]
            if start not in known_starts:
                if not (2 <= len(name) <= 3 and name[0] in SURNAMES and all(_HAN.match(c) for c in name)
                        and not any(p in token_starts for p in range(start, stop.start()))
                        and not name.startswith(_NOT_NAMES)):
                    break
                added.append(Mention(start, stop.start(), "person", [f"person/{name}"], name,
                                     country=first.country, known=False))
            position = stop.start()
    return _merged(out, added)


def _names_country(title: str, iso3: str, lexicon: Lexicon) -> bool:
    """洪都拉斯总统: the title begins with the name of the country."""
    return any(r.kind == "country" and r.id == iso3
               for n in range(2, min(len(title), 8)) for r in lexicon.surface_refs(title[:n]))


def _person(token: Token, lexicon: Lexicon) -> Mention:
    ids = [r.id for r in token.of("person")]
    entity = lexicon.entity(ids[0])
    return Mention(token.start, token.end, "person", ids, token.form,
                   country=entity.country if entity else None)


def _attach_following_title(text: str, tokens: list[Token], i: int, mention: Mention) -> int:
    """耶伦财长, 布林肯国务卿: a title right after a name belongs to it."""
    if i < len(tokens) and tokens[i].start == mention.end and tokens[i].mask & (POST | TITLE) \
            and not tokens[i].mask & (PERSON | CUE):
        title = tokens[i]
        mention.titles.append(text[title.start:title.end])
        mention.post_ids.extend(r.id for r in title.of("post"))
        return i + 1
    return i


# the island's bodies with the names of the mainland's: in a report filed in Taipei, 外交部 is its own
ISLANDS_OWN = ("外交部", "国防部", "经济部", "内政部", "总统府", "国安会")
def owner_end(text: str, chain_start: int) -> int:
    """Where the one whose title a chain's is ends (蓬佩奥 in 蓬佩奥的首席对华政策规划顾问), or -1."""
    of = text.rfind("的", max(0, chain_start - 14), chain_start)
    return of if of >= 0 and _PLAIN_RUN.fullmatch(text, of + 1, chain_start) else -1


_PLAIN_RUN = re.compile(r"[\u4e00-\u9fff]*")
_CHINAS_OWN_TITLES = frozenset(("省长", "副省长", "省委书记", "省委副书记", "市委书记", "市委副书记", "区委书记",
                                 "自治区主席", "州委书记"))
_ATTENDING = ("与会", "参会", "出席会议的", "各国", "与会各国")
_OF_A_GROUP = re.compile(r"(?:联合|级)?(?:代表团|访问团|访华团|考察团|团)")
_MISSION_BEFORE = re.compile(r"驻[^，,。、；;]{1,12}?(?:大使馆|使馆|总领事馆|总领馆|领事馆|使团|代表团)$")


def _resolve_chain(doc: Doc, sentence: Sentence, chain: list[Token], tokens: list[Token], j: int,
                   lexicon: Lexicon, memory: dict, token_starts: set[int], blocked: set[int]) -> tuple[list[Mention], int]:
    """A run of title parts: what follows decides whether it names a person, a title holder or a body."""
    text = doc.text
    last = chain[-1]
    following = tokens[j] if j < len(tokens) else None
    segments = _title_segments(text, chain)
    titles = [t for t, _ in segments]
    posts = [p for _, ps in segments for p in ps]
    chain_start = chain[0].start
    if titles and _FORMER_BEFORE.match(text, max(sentence.start, chain_start - 2), chain_start):
        titles[0] = text[chain_start - 1] + titles[0]  # 任命前干事长茂木敏充: a post held before
        chain_start -= 1
    if text[chain_start - 1:chain_start] in _BODY_ENDS:  # only then can a body end right before the chain
        body = _BODY_BEFORE.search(text, max(sentence.start, chain_start - 8), chain_start)
        chain_start = body.start() if body and body.end() == chain_start else chain_start  # 保安局局长
    named = _chain_country(chain, text)  # the country a country, side or post of the chain names
    country = named or next(
        (e.country for t in chain for r in t.refs if r.kind in ("org", "place")
         and (e := lexicon.entity(r.id)) is not None and e.country), None)
    if named is None and text.find("驻", chain[0].start - 1, last.start) >= 0:
        # 驻新加坡大使曹忠明, 驻旧金山总领事: one's own envoy, as the report's side writes it
        hosts = {t.of("country")[0].id if t.mask & COUNTRY else e.country for t in chain
                 if t.mask & (COUNTRY | PLACE) and text[t.start - 1:t.start] == "驻"
                 and (t.mask & COUNTRY or (e := lexicon.entity(t.of("place")[0].id)) is not None)}
        if hosts and (doc.home or "CHN") not in hosts:
            country = doc.home or "CHN"
    if country is None and (mission := _MISSION_BEFORE.search(text, max(sentence.start, chain_start - 20), chain_start)):
        # 中国驻日本大使馆临时代办施泳: the embassy's country sends him (驻日本大使馆公使: the report's own)
        sending = next((t for t in sentence.tokens if t.start < mission.start() + 1 <= t.end
                        or (t.mask & COUNTRY and t.end == mission.start())), None)
        if sending is None:
            country = doc.home or "CHN"
        elif sending.mask & COUNTRY:
            country = sending.of("country")[0].id
        else:  # 美国驻华大使馆: the post of the envoy the embassy is of, taken apart as a body
            country = next((post.country for r in sending.of("post")
                            if (post := lexicon.posts.get(r.id)) is not None), None)
    if following is not None and following.mask & PERSON and (
            (following.start - last.end <= 1 and _gap(text, last.end, following.start) in ("", "·"))
            or (_ends_with_title(last) and _GIVEN_NAME.fullmatch(text, last.end, following.start))) \
            and not (following.start == last.end and _inside_longer_name(text, following, lexicon)):
        # 国家安全事务助理迈克尔·沃尔兹: the lexicon knows 沃尔兹 (not 商务部将洛克希德·马丁公司)
        # (加拿大外交部副部长莫里森: the country of the body the title is of, when no country is named)
        mention = _of_country(_person(following, lexicon), named or country, posts, lexicon)
        given = _gap(text, last.end, following.start).rstrip("·")
        if given and not (fitting := _given_name_fits(given, mention.ids, lexicon)):
            # 副总统莎拉·杜特尔特: another given name than the one the lexicon knows, another person
            name = text[last.end:following.end]
            mention = Mention(last.end, following.end, "person", [f"person/{name}"], name,
                              country=mention.country, known=False)
        elif given:
            mention.ids = fitting
        mention.chain_start = chain_start
        mention.titles = titles
        mention.post_ids = posts
        _remember(memory, mention)
        return [mention], 1
    if text.startswith(_VENUE_TAILS, last.end):
        # 利马总统府, 首相官邸: a building, so the chain names a place, not a person
        return [Mention(t.start, t.end, "place", [r.id for r in t.of("place")], t.form)
                for t in chain if t.mask & PLACE], 0
    if _ends_with_title(last) and any(t.mask & (POST | TITLE) for t in chain):
        released = following is not None and following.mask & PERSON and following.start >= last.end \
            and (_inside_longer_name(text, following, lexicon) or (
                following.start == last.end + 1 and named is not None
                and (known := lexicon.entity(following.of("person")[0].id)) is not None
                and known.country not in (None, named))  # 柬埔寨商业大臣潘索萨: not the Bolivian 索萨
                or (1 < following.start - last.end <= 3 and all(
                    c in _TRANSLITERATION for c in text[last.end:following.end])))  # 副助理达斯卡尔: not 卡尔
        if released:
            # 经济部长哈贝克, 首席执行官马斯克: 贝克 and 马斯, names the lexicon knows, are part of longer ones it does not
            blocked = blocked.difference(range(following.start, following.end))
            for t in tokens:  # 肯尼思·罗斯: and the part after the dot (罗斯, another the lexicon knows)
                if following.end < t.start <= following.end + 4 and text[t.start - 1] == "·" and t.mask & PERSON:
                    blocked = blocked.difference(range(t.start, t.end))
        if country is None:
            # 老挝人民革命党中央委员…部长通萨万: the party or country named right before the chain
            country = next((e.country for t in tokens if chain[0].start - 4 <= t.end <= chain[0].start and t.mask & ORG
                            and _HAN_RUN.fullmatch(text, t.end, chain[0].start)
                            and (e := lexicon.entity(t.of("org")[0].id)) is not None and e.country), None)
        if country is None and (of := owner_end(text, chain_start)) >= 0 and (owner := next(
                (t for t in tokens if t.end == of and t.mask & PERSON), None)) is not None:
            # 美国前国务卿蓬佩奥的首席对华政策规划顾问余茂春: the one he serves gives his country
            country = next((e.country for r in owner.of("person") if (e := lexicon.entity(r.id)) is not None), None)
        if country is None and doc.home is not None and named is None and text.startswith(ISLANDS_OWN, chain_start):
            country, posts = doc.home, []  # 外交部发言人刘永益 in a report filed in Taipei: the island's own
        if country is None and posts and all((post := lexicon.posts.get(p)) is not None and post.country == "CHN"
                                             for p in posts):
            country = "CHN"  # 江苏省省长许昆林: a title without a country that only China's posts bear
        if country is None and doc.home is None and all(t.form in _CHINAS_OWN_TITLES for t in chain if t.mask & TITLE) \
                and any(t.mask & TITLE for t in chain):
            country = "CHN"  # 省长周乃翔在济南会见…: titles only the mainland's provinces and cities give
        end = unknown_name(text, last.end, sentence.end, blocked, country)
        if end > last.end and (last.end not in token_starts or released):
            name = text[last.end:end]
            mention = Mention(last.end, end, "person", [f"person/{name}"], name, chain_start=chain_start,
                              titles=titles, post_ids=posts, country=country, known=False)
            _remember(memory, mention)
            return [mention], int(released and following.end <= end)  # (the name it holds is read)
        if posts and country is None and any(t.mask & ORG and (e := lexicon.entity(t.of("org")[0].id)) is not None
                                             and not e.country for t in chain):
            # 东盟外长: the title of an international body's members names no one post of a country
            posts = [p for p in posts if (post := lexicon.posts.get(p)) is not None
                     and post.country in INTERNATIONAL_BODIES]
        if posts and (_OF_A_GROUP.match(text, last.end) or text.endswith(_ATTENDING, 0, chain[0].start)):
            # 伊斯兰国家外长联合代表团, 集体会见与会外长: those a delegation or a meeting is of, no one holder
            return [], 0
        if posts:
            mention = Mention(chain[0].start, last.end, "title", [], text[chain[0].start:last.end],
                              titles=titles, post_ids=posts, country=country)
            if any("发言人" in t for t in titles):
                memory.setdefault("spokesperson", mention)  # 商务部新闻发言人…。发言人敦促…: unnamed
            return [mention], 0
    out = []
    for token in chain:
        if token.mask & PLACE and text[max(0, token.start - 2):token.start].endswith(_LOCATIVE):
            ref = token.of("place")[0]
            entity = lexicon.entity(ref.id)
            out.append(Mention(token.start, token.end, "place", [ref.id], token.form,
                               country=entity.country if entity else None))
        elif token.mask & ORG:
            ref = token.of("org")[0]
            entity = lexicon.entity(ref.id)
            out.append(Mention(token.start, token.end, "org", [ref.id], token.form,
                               country=entity.country if entity else None))
        elif token.mask & COUNTRY:
            if text[token.start - 1:token.start] == "驻" and out:
                continue  # 中国驻菲律宾大使馆发言人: the host country names the embassy, the party is the first
            iso3 = token.of("country")[0].id
            out.append(Mention.of_country(token.start, token.end, token.form, iso3))
        elif token.mask & SIDE and chain[-1].form == "代表":  # 与中方代表会面: the side its representatives stand for
            out.append(Mention.of_country(token.start, token.end, token.form, token.of("side")[0].id))
        elif token.mask & PLACE:
            ref = token.of("place")[0]
            entity = lexicon.entity(ref.id)
            out.append(Mention(token.start, token.end, "place", [ref.id], token.form,
                               country=entity.country if entity else None))
        elif token.mask & POST and not token.mask & TITLE:
            out.append(Mention(token.start, token.end, "title", [], token.form, titles=[token.form],
                               post_ids=[r.id for r in token.of("post")], country=country))
    return out, 0


def _given_name_fits(given: str, ids: list[str], lexicon: Lexicon) -> list[str]:
    """The persons who may bear a given name: those whose full names, where the lexicon has them, begin
    alike (迈克尔 and 迈克 are one name written two ways; 莎拉 and 罗德里戈 are two)."""
    fitting = []
    for ident in ids:
        entity = lexicon.entity(ident)
        known = [a.split("·")[0] for a in (entity.name, *entity.aliases) if "·" in a] if entity else []
        if not known or any(k[:2] == given[:2] for k in known):
            fitting.append(ident)
    return fitting


def _of_country(mention: Mention, country: str | None, posts: list[str], lexicon: Lexicon) -> Mention:
    """俄罗斯副总理诺瓦克: a known name under another country's title is a namesake of that country, one the
    lexicon knows or not (a Hungarian president of that name is not meant), unless the one it knows held
    the post (澳大利亚国王查尔斯三世, 欧洲议会议长梅措拉)."""
    if not country or not mention.country or (country in _CHINESE_NAMES and mention.country in _CHINESE_NAMES):
        return mention
    if mention.country == country:
        if len(mention.ids) > 1:  # 厄瓜多尔总统拉索: not the Cuban of that name, whoever held a post that day
            mention.ids = [i for i in mention.ids if (entity := lexicon.entity(i)) is None or entity.country == country]
        return mention
    # (洪都拉斯总统卡斯特罗: a post of that country, not the Cuban president's of the same name)
    posts = [p for p in posts if (post := lexicon.posts.get(p)) is None or post.country == country]
    fitting = [i for i in mention.ids if (entity := lexicon.entity(i)) is not None and (
        entity.country == country or any(h.post in posts for h in lexicon.holdings_of(i)))]
    if len(fitting) > 1:  # 美国驻韩国大使哈里斯: the one of them who held the post, if one did
        fitting = [i for i in fitting if any(h.post in posts for h in lexicon.holdings_of(i))] or fitting
    if fitting:
        mention.ids = fitting
        entity = lexicon.entity(fitting[0])
        mention.country = entity.country if entity else country
    else:
        mention.ids, mention.known, mention.country = [f"person/{mention.name}"], False, country
    return mention


def _chain_country(chain: list[Token], text: str) -> str | None:
    for token in chain:
        if token.mask & COUNTRY and text[token.start - 1:token.start] == "驻":
            continue  # 驻新加坡大使: the country an envoy is posted to is not the envoy's
        if token is chain[-1] and token.form == "苏丹" and len(chain) > 1:
            continue  # 国家元首苏丹依布拉欣: the sultan's title, right before his name (苏丹总统布尔汉 is Sudan's)
        for ref in token.refs:
            if ref.kind == "country" or ref.kind == "side":  # 越南政府副总理: a side names its country too
                return ref.id
        owners = {ref.extra for ref in token.refs if ref.kind == "post" and isinstance(ref.extra, str)}
        if len(owners) == 1:  # 驻华大使 is the title of every country's envoy: it names none
            return owners.pop()
    if chain[-1].form.endswith("知事"):
        return "JPN"  # 大阪府知事吉村洋文: the governor of a Japanese prefecture
    return None


def _short_side(doc: Doc, form: str, iso3: str, lexicon: Lexicon, memory: dict) -> str:
    """巴方 in a report on Brazil: a one-character side is the country named in the report that the
    character begins, when the one it usually stands for (巴基斯坦) is not named."""
    rivals = lexicon.short_rivals.get(form[0])
    if not rivals:
        return iso3
    named = memory.get("countries named")
    if named is None:
        named = memory["countries named"] = {r.id for t in doc.tokens if t.mask & COUNTRY for r in t.of("country")} | {
            r.extra for t in doc.tokens if t.mask & POST for r in t.of("post") if isinstance(r.extra, str)}
    if iso3 in named:
        return iso3
    others = [c for c in rivals if c in named]
    return others[0] if len(others) == 1 else iso3


def _remember(memory: dict, mention: Mention) -> None:
    if mention.kind == "person":
        recent = memory.get("recent")
        if recent is None:
            recent = memory["recent"] = deque(maxlen=12)  # the persons named lately (`_object_referent`)
        recent.append(mention)
        memory["last_person"] = mention
    if mention.kind == "person" and any("发言人" in t for t in mention.titles):
        memory.setdefault("spokesperson", mention)
    if not mention.known and mention.kind == "person" and len(mention.name) >= 2:
        memory.setdefault("unknown", {}).setdefault(mention.name, mention)
        if "·" in mention.name and len(last := mention.name.rsplit("·", 1)[1]) >= 2:
            memory["unknown"].setdefault(last, mention)  # 巴沙尔·阿萨德 … 阿萨德: the family name alone
    if mention.known and mention.kind == "person" and len(mention.ids) == 1:
        memory.setdefault("named", {}).setdefault(mention.name, mention)  # 英国外交大臣约翰逊: which 约翰逊 is meant
        if "·" in mention.name and len(last := mention.name.rsplit("·", 1)[1]) >= 2:
            memory.setdefault("dotted", {}).setdefault(last, mention)  # 比尔·盖茨 … 盖茨: the family name alone
    if mention.known and mention.kind == "person" and mention.country in _SURNAME_FIRST and len(mention.name) >= 3:
        # 岸田文雄 … 岸田: Japanese names are shortened to the family name after the first mention
        memory.setdefault("unknown", {}).setdefault(mention.name[:2], mention)
    surname_index = memory.setdefault("surnames", {})
    name = mention.name
    if name:
        surname_index.setdefault(name[0], mention)
    titles = memory.setdefault("titles", {})
    if mention.titles:
        titles.setdefault(mention.ids[0], (mention.titles, mention.post_ids))


def _surname_title(text: str, token: Token, memory: dict) -> Mention | None:
    """何副总理, 习主席: a surname right before a title, for a person named earlier."""
    if not token.mask & (POST | TITLE) or token.start == 0:
        return None
    surname = text[token.start - 1]
    earlier: Mention | None = memory.get("surnames", {}).get(surname)
    if earlier is None or earlier.kind != "person":
        return None
    mention = Mention(token.start - 1, token.end, "person", list(earlier.ids), earlier.name,
                      titles=[token.form], post_ids=[r.id for r in token.of("post")],
                      country=earlier.country, known=earlier.known)
    return mention
