"""Dates as the register writes them, resolved against the publication date.

Finding is separate from resolving: `find_dates` returns the expressions of a text with
their parts; `resolve` turns one into a `DateValue` given an anchor (the publication date
or the date of the event just before) and whether the event is reported as past.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import compress
from operator import attrgetter

from ..model import DateValue, Span

SAME_DAY_WORDS = frozenset(("当天", "当日", "同日", "同一天", "当晚", "当夜"))  # the day of the event told before
_TO_COME_WORDS = frozenset(("明天", "明日", "后天", "明晚", "明早", "明晨"))
_EVENT_RELATIVE = SAME_DAY_WORDS | {"是日", "次日", "翌日", "隔日", "隔天", "此前一天", "前一天", "前一日"}
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "〇○零一二两三四五六七八九十廿卅"  # (廿二日, 卅日: the press of Macao and Hong Kong)
_NUM = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"
_YEAR = r"(?:(?P<{p}year>\d{4}|[〇○零一二三四五六七八九]{4})年|民国(?P<{p}roc>\d{2,3})年|(?P<{p}rely>今年|去年|明年|前年|后年|本年|同年|当年|次年|翌年|第二年|转年))"
_MONTH = rf"(?:(?P<{{p}}month>{_NUM})月(?:份)?|(?P<{{p}}relm>本月|上月|下月|上个月|下个月|同月|当月|(?<![个岁年])月(?=[底初末](?!\s*[（(]))))"  # (月底来华: this month's)
_DAY = rf"(?P<{{p}}day>{_NUM})(?:日|号)"
_PART = r"(?P<{p}part>上旬|中旬|下旬|初|底|末|下半月|上半月)"
# (2025年夏季达沃斯论坛, 春季广交会: a season in the name of a meeting dates nothing)
_YEAR_PART = (r"(?P<{p}ypart>年初|年底|年末|年中|上半年|下半年|初|底|末|[春夏秋冬](?:天|季)"
              r"(?!达沃斯|奥运|奥林匹克|残奥|广交会|运动会|论坛|峰会|大会|会议|年会|学期))(?![\d月])")


def _component(prefix: str) -> str:
    year, month, day = (x.replace("{p}", prefix) for x in (_YEAR, _MONTH, _DAY))
    part, ypart = _PART.replace("{p}", prefix), _YEAR_PART.replace("{p}", prefix)
    # (马英九27日, 马英九去年: digits and relative words may follow a numeral character that ends a name;
    # 二十七日 is not read from its 七)
    return (rf"(?:(?<![\d{_CN}])|(?<=[{_CN}])(?=\d|[今去明前后本同当][年月]|上个?月|下个?月))"
            rf"(?:{year}(?:{ypart})?)?(?:{month})?(?:{day}|{part}|(?P<{prefix}newyear>元旦))?")


_ABSOLUTE = re.compile(
    # the first lookahead is one table look-up for most characters (and \d, which a table cannot
    # hold, only for those not in it): the scan skips them before the test that follows, which lets
    # through only what can start a date (a number needs 年, 月, 日 or 号 after it)
    rf"(?=[0-9{_CN}今去明前后本同当上下民次翌第转元月]|\d)"
    rf"(?=[\d{_CN}]{{1,4}}[年月日号]|今年|去年|明年|前年|后年|本年|同年|当年|次年|翌年|第二年|转年|元旦|本月|上月|下月|上个月|下个月|同月|当月|月[底初末]|民国)"
    rf"{_component('a_')}(?:\s*(?:至|到|-|—|–|~|〜|和|(?<=日)及|、)\s*{_component('b_')})?"
    rf"(?:(?<=[日号])\s*\d{{1,2}}(?:时|点)(?:\d{{1,2}}分)?(?=起|开始))?"  # 4月10日12时01分起: from the hour
    rf"(?P<since>以来|起|开始)?"
)
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_RELATIVE = re.compile(
    # as for _ABSOLUTE: one table look-up skips every character no alternative can start with
    r"(?=[今昨前明后次翌隔当同是本上下这周星礼此年月日近不几数一两二三四五六七八九十0-9]|\d)"
    # the first two characters some alternative can start with: most 年, 上, 一 go no further
    r"(?=今[天日年晚晨早夜(\s]|昨|前[天日晚一不两三四五六七八九十几些(\s]|[几数][天日]|明[天日晚早晨]|后天|次日|翌日|隔[日天]|当[天日晚夜]|同[日一]|是日|本[周星年月]|[上下][周星]|这周"
    r"|周[一二三四五六日天]|星期|礼拜|此前|年内|月内|日前|近日|不久|[一两二三四五六七八九十\d][一两二三四五六七八九十\d个年月天])"
    r"(?P<rel>今天|今日|今晚|今晨|今早|今夜|昨天|昨日|昨晚|昨晨|前天|前日|前晚|明天|明日|明晚|明早|明晨|后天|次日|翌日|隔日|隔天|当天|当日|当晚|当夜|同日|同一天|是日"
    r"|(?P<week>本|上|下|这)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"  # 上周四 is 上 + 周四
    r"|(?P<prev>此前一天|前一天|前一日)"
    r"|(?:此前|(?<=[会谈晤访])前)(?P<daysbefore>[两三四五六七八九十])天"  # 此前两天, 会晤前两天
    r"|(?P<daysago>[一两三四五六七八九十])天(?:前|之前|以前)"  # 12月3日…。一天前，…: the day before the one told
    r"|(?P<within>年内|今年内|本年内|月内|本月内)"
    # 今（15）日, 昨（14）日: the day in brackets (昨（十八）日, 前（廿三）日 in the press of Macao)
    r"|[今昨前]\s*[(（]\s*(?P<paren>\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*[)）]\s*日"
    r"|(?P<zuo>昨)(?:晚|夜|早|午|天|日)?(?=[\u4e00-\u9fff])"
    r"|(?P<wholeweek>下周|本周|上周|下星期|上星期|这周)(?![一二三四五六日天])"
    r"|(?P<vague>日前|近日|前不久|不久前|前[几些](?:天|日子?)|(?<!未来)[几数][天日](?:之|以)?前(?![往去来夕]))"  # 前几天, 数日前: some days before
    r"|(?P<ago>[一两二三四五六七八九十\d]{1,2})(?:个)?(?P<agounit>年|月)(?:前|以前))"
    # 同日本外相, 前日本首相, 是日方: 日 starts 日本/日方, not a day
    r"(?:(?<!日)|(?![本方韩]))"
)


@dataclass(slots=True)  # not frozen: made for every date of every text, and never changed
class DateExpr:
    """One date expression in the normalised text, not yet resolved."""

    start: int
    end: int
    text: str
    parts: dict[str, str]
    relative: str | None = None  # the relative word (昨天, 同日…) when the expression is one

    @property
    def is_event_relative(self) -> bool:
        return self.relative in _EVENT_RELATIVE or "daysbefore" in self.parts or "daysago" in self.parts

    @property
    def is_vague(self) -> bool:
        """日前, 近日, 前几天: some days before, no day told."""
        return "vague" in self.parts


def cn_number(value: str) -> int:
    """`11`, `十一`, `二十三`, `三十`, `廿二` → int."""
    if value.isdigit():
        return int(value)
    value = value.replace("廿", "二十").replace("卅", "三十")
    if len(value) == 4 and "十" not in value:  # 二〇二三
        return int("".join(str(_CN_DIGITS[c]) for c in value))
    if "十" in value:
        tens, _, ones = value.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    total = 0
    for char in value:
        total = total * 10 + _CN_DIGITS.get(char, 0)
    return total


def find_dates(text: str) -> list[DateExpr]:
    """Every date expression in `text`, left to right, without overlaps."""
    found: list[DateExpr] = []
    for match in _ABSOLUTE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        parts = _parts(match)
        if _plausible(parts, text, end):
            found.append(DateExpr(start, end, match.group(), parts))
    # absolute matches come left to right without overlaps: the one that could overlap a
    # relative match is the last to start before its end
    starts, ends = [d.start for d in found], [d.end for d in found]
    relative = False
    for match in _RELATIVE.finditer(text):
        k = bisect.bisect_left(starts, match.end()) - 1
        if k >= 0 and match.start() < ends[k]:
            continue
        parts = _parts(match)
        found.append(DateExpr(match.start(), match.end(), match.group(), parts, relative=parts["rel"]))
        relative = True
    if relative:
        found.sort(key=attrgetter("start"))
        # 明日(28日): the day in brackets repeats the word before it, which tells that it is to come
        found = [d for k, d in enumerate(found) if not (
            k and found[k - 1].relative in _TO_COME_WORDS and text[found[k - 1].end:d.start].strip() in ("(", "（")
            and text.startswith((")", "）"), d.end) and d.relative is None and d.parts.keys() <= {"a_day"})]
    return found


def _group_names(pattern: re.Pattern) -> tuple[str, ...]:
    names = {number: name for name, number in pattern.groupindex.items()}
    return tuple(names[number] for number in range(1, pattern.groups + 1))  # every group has a name


_GROUP_NAMES = {pattern: _group_names(pattern) for pattern in (_ABSOLUTE, _RELATIVE)}


def _parts(match: re.Match) -> dict[str, str]:
    """The groups of a match that took part in it, by name: picked in C from the tens of groups."""
    groups = match.groups()
    return dict(zip(compress(_GROUP_NAMES[match.re], groups), filter(None, groups), strict=True))


_SINCE = {"since"}
_PARTS_ONLY = {"a_part", "b_part", "a_ypart"}
_DAY_ONLY = {"a_day"}
_PLACES_A_MONTH = {"a_year", "a_rely", "a_day", "a_part"}
_LIMITS = (("a_month", 12), ("b_month", 12), ("a_day", 31), ("b_day", 31))


_SPAN_WORDS = ("为期", "历时", "连续", "长达", "举行", "进行", "持续")
_BARE_DAY = "bare day"  # a verdict of `_plausible_parts`: a date if the text around agrees
_VERDICTS: dict[tuple[tuple[str, str], ...], bool | str] = {}  # parts → `_plausible_parts`


def _plausible(parts: dict[str, str], text: str, end: int) -> bool:
    """Whether an absolute match ending at `end` is a date rather than a count or a stray number."""
    key = tuple(parts.items())
    verdict = _VERDICTS.get(key)
    if verdict is None:
        if len(_VERDICTS) >= 4096:
            _VERDICTS.clear()  # a bound on memory; the same few parts come back again and again
        verdict = _VERDICTS[key] = _plausible_parts(parts)
    if verdict is _BARE_DAY:
        # a bare "14日" must look like a date: digits, and not part of a count such as 三日内
        after = text[end:end + 1]
        if after and (after in "内间天游制份之来" or text.startswith(("以内", "以上", "以下"), end)):
            return False  # 三日内, 一日游, 三日以上: a count of days, not a date (12日以视频方式 is one)
        start = end - len(parts["a_day"]) - 1
        if text.endswith("第", 0, start):
            return False  # 第8号主席令: a number, not a day
        if text[end - 1] == "号" and (text.endswith(_STREETS, 0, start) or (
                not parts["a_day"].isdigit() and "\u4e00" <= text[start - 1:start] <= "\u9fff"
                and text[start - 1] not in "月、至到和及")):
            return False  # 唐宁街10号: an address; 空军一号, 神舟十七号: a name, not a day
        if parts["a_day"].startswith("两") or text.endswith(_SPAN_WORDS, 0, start):
            return False  # 举行两日会谈, 为期三日: how many days, not which
        return parts["a_day"].isdigit() or bool(after and "\u4e00" <= after <= "\u9fff")
    if verdict is False and parts.keys() == {"a_month"} and text[end:end + 1] in ("，", ",") \
            and 1 <= cn_number(parts["a_month"]) <= 12 \
            and (end - len(parts["a_month"]) - 1 == 0 or text[end - len(parts["a_month"]) - 2] in "。，,；;\n"):
        return True  # 二月，王毅访问了俄罗斯: a month written out, a clause of its own in a chronology
    return verdict


_STREETS = ("街", "路", "道", "巷", "弄", "胡同", "里", "门", "院")


def _plausible_parts(parts: dict[str, str]) -> bool | str:
    """`_plausible` as far as the parts alone tell: False, True, or _BARE_DAY for a day alone."""
    keys = parts.keys() - _SINCE
    if not keys or keys <= _PARTS_ONLY:
        return False  # 上旬, 月底 need a month
    if "a_month" in keys and not keys & _PLACES_A_MONTH and not parts["a_month"].isdigit():
        return False  # 一月 alone is too often not a date (一个月, 三月份的计划 are rare in news)
    for key, top in _LIMITS:
        value = parts.get(key)
        if value is not None and not 1 <= cn_number(value) <= top:
            return False
    return _BARE_DAY if keys == _DAY_ONLY else True


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(slots=True)  # not frozen: several per date resolved, and never changed
class _Point:
    year: int | None
    month: int | None
    day: int | None
    part: str | None = None
    year_given: bool = False
    month_given: bool = False


_POINT_KEYS = {prefix: tuple(prefix + key for key in ("year", "roc", "rely", "month", "relm", "day", "part", "ypart"))
               for prefix in ("a_", "b_")}
# (次年, 翌年, 第二年: the year after the one told before, as 同年 is that year)
_YEAR_OFFSETS = {"今年": 0, "本年": 0, "同年": 0, "当年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2,
                 "次年": 1, "翌年": 1, "第二年": 1, "转年": 1}
_MONTH_OFFSETS = {"月": 0, "本月": 0, "同月": 0, "当月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}


def _point(parts: dict[str, str], prefix: str, anchor: date) -> _Point | None:
    year_key, roc_key, rely_key, month_key, relm_key, day_key, part_key, ypart_key = _POINT_KEYS[prefix]
    year = month = day = None
    year_given = month_given = False
    if value := parts.get(year_key):
        year, year_given = cn_number(value), True
    elif value := parts.get(roc_key):
        year, year_given = int(value) + 1911, True
    elif value := parts.get(rely_key):
        year, year_given = anchor.year + _YEAR_OFFSETS[value], True
    if value := parts.get(month_key):
        month, month_given = cn_number(value), True
    elif value := parts.get(relm_key):
        year, month = _shift_month(anchor.year, anchor.month, _MONTH_OFFSETS[value])
        year_given = month_given = True
    if value := parts.get(day_key):
        day = cn_number(value)
    elif prefix + "newyear" in parts:
        month, day, month_given = 1, 1, True  # 元旦: the first of January
    if year is None and month is None and day is None:
        return None
    return _Point(year, month, day, parts.get(part_key) or parts.get(ypart_key), year_given, month_given)


def _complete(point: _Point, anchor: date, published: date | None, past: bool,
              inherit: _Point | None = None) -> _Point:
    """Fill in a missing year or month from the anchor, keeping past events in the past."""
    year, month = point.year, point.month
    if inherit is not None:
        year = year if point.year_given else inherit.year
        month = month if point.month_given else inherit.month
        return _Point(year, month, point.day, point.part, True, True)
    if month is None and point.day is not None:
        year, month = anchor.year, anchor.month
        candidate = _safe_day(year, month, point.day)
        limit = published or anchor
        if candidate is None and 29 <= point.day <= 31:
            # 31日 told on June 1st: the last month that has that day (the next one for what is to come)
            while _safe_day(year, month, point.day) is None:
                year, month = _shift_month(year, month, -1 if past else 1)
        elif past and candidate and candidate > limit + timedelta(days=_DAYS_AHEAD):
            year, month = _shift_month(year, month, -1)  # (a bare day a few days ahead is this month's: 金井17日前往北京)
        elif not past and candidate and candidate < anchor - timedelta(days=3):
            year, month = _shift_month(year, month, 1)
        return _Point(year, month, point.day, point.part, True, True)
    if year is None and month is not None:
        year = anchor.year
        limit = published or anchor
        first_day = point.day or (_MONTH_PARTS[point.part][0] if point.part in _MONTH_PARTS else 1)  # 中旬: the 11th
        first = _safe_day(year, month, first_day) or date(year, month, 1)
        if past and first > limit:
            year -= 1
        elif not past and date(year, month, calendar.monthrange(year, month)[1]) < anchor - timedelta(days=45):
            year += 1
    return _Point(year, month, point.day, point.part, True, month is not None)


_DAYS_AHEAD = 3  # a bare day told as done, up to this many days after the report, is still of its month
_SEASONS = {"春": (3, 5), "夏": (6, 8), "秋": (9, 11)}
# the days of a month's part (上旬 is the first ten days; 月底 and 月末 are the last ten), and the months
# of a year's (年底 is December; 年初 January and February)
_MONTH_PARTS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "初": (1, 10), "底": (21, 31), "末": (21, 31),
                "上半月": (1, 15), "下半月": (16, 31)}
_YEAR_PARTS = {"年初": (1, 2), "初": (1, 2), "年底": (12, 12), "年末": (12, 12), "底": (12, 12), "末": (12, 12),
               "年中": (6, 7), "上半年": (1, 6), "下半年": (7, 12)}


def _bounds(point: _Point) -> tuple[date, date, str] | None:
    if point.year is None or not 1 <= point.year <= 9999:
        return None
    if point.month is None and point.part and point.part[0] in _SEASONS:
        first, last = _SEASONS[point.part[0]]
        return date(point.year, first, 1), date(point.year, last, calendar.monthrange(point.year, last)[1]), "month"
    if point.month is None and point.part in _YEAR_PARTS:
        first, last = _YEAR_PARTS[point.part]
        return date(point.year, first, 1), date(point.year, last, calendar.monthrange(point.year, last)[1]), "month"
    if point.month is None:
        return date(point.year, 1, 1), date(point.year, 12, 31), "year"
    last = calendar.monthrange(point.year, point.month)[1]
    if point.day is None and point.part in _MONTH_PARTS:
        first, end = _MONTH_PARTS[point.part]
        return date(point.year, point.month, first), date(point.year, point.month, min(end, last)), "day"
    if point.day is None:
        return date(point.year, point.month, 1), date(point.year, point.month, last), "month"
    day = _safe_day(point.year, point.month, point.day)
    if day is None:
        return None
    return day, day, "day"


def _iso(day: date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def resolve(expr: DateExpr, *, anchor: date | None, published: date | None, past: bool = True,
            context: DateValue | None = None, raw_span: tuple[int, int] | None = None) -> DateValue:
    """Turn an expression into a DateValue; unknown precision when it cannot be placed."""
    mention = Span(*raw_span) if raw_span else None
    if expr.relative is not None:
        return _resolve_relative(expr, anchor, context, mention, past)
    if anchor is None:
        anchor_guess = None
        if "a_year" in expr.parts or "a_roc" in expr.parts:
            anchor_guess = date(1970, 1, 1)
        if anchor_guess is None:
            return DateValue(None, None, "unknown", expr.text, mention)
        anchor = anchor_guess
    if expr.parts.get("a_relm") in ("同月", "当月", "月") and context is not None and context.start and len(context.start) >= 7:
        # 6月5日，…。同月9日至10日，…: the month just told, not the report's (4月初，…。月底（26日）: and so is
        # a month's end told bare)
        anchor = date(int(context.start[:4]), int(context.start[5:7]), 28)
        published = None
    first = _point(expr.parts, "a_", anchor)
    if first is None:
        return DateValue(None, None, "unknown", expr.text, mention)
    first = _complete(first, anchor, published, past)
    second = _point(expr.parts, "b_", anchor)
    if second is not None:
        second = _complete(second, anchor, published, past, inherit=first)
    start_bounds = _bounds(first)
    if start_bounds is None:
        return DateValue(None, None, "unknown", expr.text, mention)
    low, high, precision = start_bounds
    approximate = bool(first.part)
    if second is not None and (end_bounds := _bounds(second)) is not None:
        end_low, end_high, end_precision = end_bounds
        if end_high < low and second.year is not None and not expr.parts.get("b_year") \
                and expr.parts.get("b_month"):
            # 12月28日至1月3日: the end, with a month of its own, rolls into the next year
            end_low, end_high = _roll_year(second) or (end_low, end_high)
        if end_high >= low:
            precision = _coarser(precision, end_precision)
            return DateValue(_iso(low, precision), _iso(end_high, precision), precision, expr.text, mention,
                             approximate)
    if expr.parts.get("since") == "以来" and published and published > high:
        return DateValue(_iso(low, precision), _iso(published, precision), precision, expr.text, mention, True)
    end = _iso(high, precision) if _iso(high, precision) != _iso(low, precision) and precision != "year" else None
    return DateValue(_iso(low, precision), end, precision, expr.text, mention, approximate)


def _roll_year(point: _Point) -> tuple[date, date] | None:
    rolled = _Point((point.year or 0) + 1, point.month, point.day, point.part, True, True)
    bounds = _bounds(rolled)
    return (bounds[0], bounds[1]) if bounds is not None else None


_ORDER = ("day", "month", "year", "unknown")


def _coarser(a: str, b: str) -> str:
    return a if _ORDER.index(a) >= _ORDER.index(b) else b


def _resolve_relative(expr: DateExpr, anchor: date | None, context: DateValue | None, mention,
                      past: bool = True) -> DateValue:
    word = expr.relative or ""
    if "daysago" in expr.parts and (context is None or context.precision != "day") and anchor is not None:
        # 三天前 with no day told before: before the report
        day = anchor - timedelta(days=cn_number(expr.parts["daysago"]))
        return DateValue(day.isoformat(), None, "day", expr.text, mention)
    if expr.is_event_relative:
        if context is None or context.start is None:
            return DateValue(None, None, "unknown", expr.text, mention)
        if word in {"次日", "翌日", "隔日", "隔天"} and context.precision == "day":
            base = date.fromisoformat((context.end or context.start)[:10])
            day = base + timedelta(days=1)
            return DateValue(day.isoformat(), None, "day", expr.text, mention)
        if (word in {"此前一天", "前一天", "前一日"} or "daysbefore" in expr.parts or "daysago" in expr.parts) \
                and context.precision == "day":
            days = cn_number(expr.parts.get("daysbefore") or expr.parts.get("daysago") or "1")
            day = date.fromisoformat(context.start[:10]) - timedelta(days=days)
            return DateValue(day.isoformat(), None, "day", expr.text, mention)
        if word in SAME_DAY_WORDS and context.precision == "day" and context.end \
                and "至" not in (context.text or "") and "到" not in (context.text or ""):
            # 27日抵达，开始为期两天的访问。当天…: the day told, not the days the visit lasts
            return DateValue(context.start, None, "day", expr.text, mention, context.approximate)
        if expr.text in SAME_DAY_WORDS and context.precision == "day" and context.end and anchor \
                and context.start[:10] <= anchor.isoformat() <= context.end[:10]:
            # 朔尔茨于14日至16日访华。…当天中午: the day of the report, among the days told
            return DateValue(anchor.isoformat(), None, "day", expr.text, mention, context.approximate)
        return DateValue(context.start, context.end, context.precision, expr.text, mention, context.approximate)
    if anchor is None:
        return DateValue(None, None, "unknown", expr.text, mention)
    offsets = {"今天": 0, "今日": 0, "今晚": 0, "今晨": 0, "今早": 0, "今夜": 0, "昨天": -1, "昨日": -1,
               "前天": -2, "前日": -2, "前晚": -2, "昨晚": -1, "昨晨": -1, "明天": 1, "明日": 1, "明晚": 1, "明早": 1,
               "明晨": 1, "后天": 2}
    if word in offsets:
        day = anchor + timedelta(days=offsets[word])
        return DateValue(day.isoformat(), None, "day", expr.text, mention)
    if "wd" in expr.parts:
        target = WEEKDAYS[expr.parts["wd"]]
        week = expr.parts.get("week", "")
        monday = anchor - timedelta(days=anchor.weekday())
        if week == "上":
            monday -= timedelta(days=7)
        elif week == "下":
            monday += timedelta(days=7)
        day = monday + timedelta(days=target)
        if not week and past and day > anchor:
            day -= timedelta(days=7)  # 周三会见: the last Wednesday
        elif not week and not past and day < anchor:
            day += timedelta(days=7)  # 周五还将前往广州: the coming Friday
        return DateValue(day.isoformat(), None, "day", expr.text, mention)
    if "paren" in expr.parts:  # 今（15）日, 昨（14）日, as Taiwanese papers write them
        day = cn_number(expr.parts["paren"].replace("廿", "二十").replace("卅", "三十"))
        found = _safe_day(anchor.year, anchor.month, day) or anchor
        if found > anchor + timedelta(days=2):  # 昨（30）日 written on the 1st: the month before
            year, month = _shift_month(anchor.year, anchor.month, -1)
            found = _safe_day(year, month, day) or anchor
        return DateValue(found.isoformat(), None, "day", expr.text, mention)
    if "zuo" in expr.parts:
        return DateValue((anchor - timedelta(days=1)).isoformat(), None, "day", expr.text, mention)
    if "wholeweek" in expr.parts:
        monday = anchor - timedelta(days=anchor.weekday())
        shift = {"下周": 7, "下星期": 7, "上周": -7, "上星期": -7}.get(expr.parts["wholeweek"], 0)
        monday += timedelta(days=shift)
        return DateValue(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "day", expr.text, mention, True)
    if "within" in expr.parts:
        if expr.parts["within"].endswith("年内"):
            return DateValue(f"{anchor.year:04d}", None, "year", expr.text, mention, True)
        return DateValue(f"{anchor.year:04d}-{anchor.month:02d}", None, "month", expr.text, mention, True)
    if "ago" in expr.parts:
        amount = cn_number(expr.parts["ago"])
        if expr.parts["agounit"] == "年":
            return DateValue(f"{anchor.year - amount:04d}", None, "year", expr.text, mention, True)
        year, month = _shift_month(anchor.year, anchor.month, -amount)
        return DateValue(f"{year:04d}-{month:02d}", None, "month", expr.text, mention, True)
    # 日前, 近日, 前不久: some days before the anchor
    start = anchor - timedelta(days=10)
    return DateValue(start.isoformat(), anchor.isoformat(), "day", expr.text, mention, True)


_DATE_LINE = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})"
    r"|民[国國]\s*(?P<roc>\d{2,3})\s*年\s*(?P<rm>\d{1,2})\s*月\s*(?P<rd>\d{1,2})"
)
_DATE_LINE_WORDS = re.compile(r"发布|發布|来源|來源|时间|時間|日期|更新|发表|發表|刊登|编辑|published|Published|\d{1,2}:\d{2}")


def published_from_text(text: str) -> date | None:
    """The publication date from a date line near the top or bottom of a scraped page."""
    lines = text.splitlines()
    candidates = lines[:25] + lines[-12:]
    best: date | None = None
    for line in candidates:
        stripped = line.strip()
        if not stripped:
            continue
        match = _DATE_LINE.search(stripped)
        if not match or match.start() > 40:
            continue
        if len(stripped) > 70 and not _DATE_LINE_WORDS.search(stripped):
            continue
        if match["roc"]:
            year, month, day = int(match["roc"]) + 1911, int(match["rm"]), int(match["rd"])
        else:
            year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        found = _safe_day(year, month, day)
        if found and (_DATE_LINE_WORDS.search(stripped) or len(stripped) <= 40):
            return found
        best = best or found
    return best


_DATELINE = re.compile(
    r"^[\s【\[(（]*(?:[^\s,。]{0,12}?(?:社|报|網|网|台|新闻|电视|讯|日报|早报|时报|周刊|记者|路透|之音|之声|法广|彭博)[^\n,。]{0,20}?)?"
    r"(?:(?<=[(（])[\u4e00-\u9fff]{2,6}?)?"  # （上海5日讯）: a paper of the region's line, the city alone
    # 中央社纽约18日综合外电报导: the Taiwanese agency's line for a report made from wires
    rf"(?:(?P<month>{_NUM})月)?(?P<day>{_NUM})日(?:电|讯|专电|报道|报导|消息|综合报道|综合报导|综合外电报导|综合外电报道"
    # 路透香港5月13日 - , 美国之音华盛顿6月19日 — : the wires' and broadcasters' line ends with a dash
    r"|(?=\s*[-—–]))"
)


def find_dateline(text: str) -> tuple[int | None, int, int, int] | None:
    """(month or None, day, start, end) of a dateline such as 新华社北京11月9日电 or
    中央社记者X华盛顿13日专电 in the first lines."""
    offset = 0
    for line in text.splitlines(keepends=True)[:30]:
        match = _DATELINE.search(line)
        if match:
            month = cn_number(match["month"]) if match["month"] else None
            return month, cn_number(match["day"]), offset + match.start(), offset + match.end()
        offset += len(line)
    return None
