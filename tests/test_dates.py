from datetime import date

import pytest

import huiwu
from huiwu.extraction.dates import find_dateline, find_dates, published_from_text, resolve

PUBLISHED = date(2023, 11, 11)


def one(text, *, published=PUBLISHED, anchor=None, past=True):
    found = find_dates(text)
    assert found, text
    value = resolve(found[0], anchor=anchor or published, published=published, past=past)
    return value.start, value.end, value.precision


@pytest.mark.parametrize(("text", "expected"), [
    ("11月8日至12日", ("2023-11-08", "2023-11-12", "day")),
    ("10月26日至28日", ("2023-10-26", "2023-10-28", "day")),
    ("今年7月6日至9日", ("2023-07-06", "2023-07-09", "day")),
    ("当地时间2022年11月14日下午", ("2022-11-14", None, "day")),
    ("二〇二三年十一月十日", ("2023-11-10", None, "day")),
    ("11月30日至12月2日", ("2022-11-30", "2022-12-02", "day")),
    ("10月底", ("2023-10-21", "2023-10-31", "day")),
    ("11月中旬", ("2023-11-11", "2023-11-20", "day")),
    ("2月下旬", ("2023-02-21", "2023-02-28", "day")),
    ("2022年底", ("2022-12", None, "month")),
    ("今年上半年", ("2023-01", "2023-06", "month")),
    ("去年11月", ("2022-11", None, "month")),
    ("明年", ("2024", None, "year")),
    ("上月", ("2023-10", None, "month")),
    ("本月", ("2023-11", None, "month")),
    ("1993年11月", ("1993-11", None, "month")),
    ("民国112年11月10日", ("2023-11-10", None, "day")),
    ("昨日", ("2023-11-10", None, "day")),
    ("前天", ("2023-11-09", None, "day")),
    ("一年前", ("2022", None, "year")),
    ("8日至12日", ("2023-11-08", "2023-11-12", "day")),
    ("美国财政部昨宣布", ("2023-11-10", None, "day")),
    ("陆委会今晚回应", ("2023-11-11", None, "day")),
    ("今晨抵达", ("2023-11-11", None, "day")),
    ("今(10)日", ("2023-11-10", None, "day")),
    ("昨（10）日", ("2023-11-10", None, "day")),
    ("前(9)日", ("2023-11-09", None, "day")),
    ("年内", ("2023", None, "year")),
    ("上周", ("2023-10-30", "2023-11-05", "day")),
    ("今年春季", ("2023-03", "2023-05", "month")),
])
def test_resolves_the_forms_of_the_register(text, expected):
    assert one(text) == expected


def test_a_year_end_range_rolls_into_the_next_year():
    assert one("12月28日至1月3日", published=date(2024, 1, 10)) == ("2023-12-28", "2024-01-03", "day")


def test_a_reported_past_date_is_never_put_in_the_future():
    assert one("11月10日", published=date(2024, 1, 5)) == ("2023-11-10", None, "day")
    assert one("12月20日", published=date(2024, 1, 5)) == ("2023-12-20", None, "day")


def test_a_planned_date_may_lie_ahead():
    assert one("1月5日", published=date(2023, 12, 20), past=False) == ("2024-01-05", None, "day")


def test_vague_dates_are_approximate():
    found = find_dates("近日")
    value = resolve(found[0], anchor=PUBLISHED, published=PUBLISHED)
    assert value.approximate and value.end == "2023-11-11" and value.start < value.end


def test_weekday_relative_to_the_report():
    saturday = date(2023, 11, 11)
    assert one("本周三", published=saturday) == ("2023-11-08", None, "day")
    assert one("上周四", published=saturday) == ("2023-11-02", None, "day")  # 上 + 周四: last week's
    assert one("上星期三", published=saturday) == ("2023-11-01", None, "day")
    assert one("下周一", published=saturday) == ("2023-11-13", None, "day")
    assert one("周四", published=saturday) == ("2023-11-09", None, "day")


def test_impossible_dates_are_not_dates():
    assert find_dates("2月30日") == [] or resolve(find_dates("2月30日")[0], anchor=PUBLISHED,
                                                 published=PUBLISHED).precision == "unknown"
    assert find_dates("13月") == []
    assert find_dates("三日内完成") == []


def test_publication_date_line_and_dateline():
    text = "标题\n2023-11-10 09:12:33 来源：新华网\n\n新华社北京11月9日电（记者 张三）正文。"
    assert published_from_text(text) == date(2023, 11, 10)
    assert published_from_text("發布日期：民國112年11月10日\n正文") == date(2023, 11, 10)
    assert find_dateline(text)[:2] == (11, 9)


def test_ri_of_riben_is_no_day():
    from huiwu.extraction.dates import find_dates

    for text in ("王毅27日同日本外相通电话。", "前日本首相鸠山由纪夫", "这是日方的立场。"):
        assert [d.relative for d in find_dates(text) if d.relative] == [], text
    assert [d.relative for d in find_dates("同日，王毅会见了日本外相。")] == ["同日"]


def test_the_taiwanese_agency_line_for_a_wire_report_is_a_dateline():
    from huiwu.extraction.dates import find_dateline

    assert find_dateline("（中央社纽约18日综合外电报导）韩正今天在纽约会见布林肯。")[:2] == (None, 18)


@pytest.mark.parametrize(("told", "published", "kind", "day"), [
    # a day the knowledge base gives for a post taken up long ago dates nothing after it; 当天 among the
    # days of a visit is the day of the report
    ("新华社北京4月16日电 朔尔茨于14日至16日对中国进行正式访问。这是他就任德国总理以来第二次访华。"
     "当天中午，国务院总理李强同朔尔茨举行会谈。", "2024-04-16", "talks", "2024-04-16"),
    # 同日 after a month told in a speech is the day told before it
    ("新华社阿斯塔纳7月3日电 习近平3日在阿斯塔纳会见俄罗斯总统普京。习近平指出，今年5月，普京总统对中国进行国事访问。"
     "同日，习近平还会见了土耳其总统埃尔多安。", "2024-07-04", "meet", "2024-07-03"),
    # 当天 is the day something was announced, not the day of what is to come
    ("日本政府22日宣布将于24日启动核污染水排海。中国驻日本大使吴江浩当天约见日本外务事务次官冈野正敬，提出严正交涉。",
     "2023-08-23", "concern", "2023-08-22"),
    ("28日至29日，习近平出席峰会。28日当天，习近平还在大阪会见了普京。", "2019-06-30", "meet", "2019-06-28"),
])
def test_the_day_a_same_day_word_refers_to(told, published, kind, day):
    events = [e for e in huiwu.extract(told, published=published) if e.type == kind]
    assert events and events[-1].date.start == day and events[-1].date.end is None


def test_a_relative_year_after_a_name_ending_in_a_numeral_is_read():
    [found] = find_dates("马英九去年3月27日访问大陆。")
    assert (found.start, found.parts.get("a_rely")) == (3, "去年")


def test_a_bracketed_line_of_a_city_and_a_day_is_a_dateline():
    assert find_dateline("（上海5日讯）首相安华今日出席进博会开幕式。")[:2] == (None, 5)


def test_tomorrow_night_and_last_night_as_the_hong_kong_press_writes_them():
    [_, onward] = huiwu.extract("行政长官李家超今早抵达利雅得。李家超明晚会转往阿联酋阿布扎比。", published="2023-02-05")
    assert (onward.status, onward.date.start) == ("planned", "2023-02-06")
    [arrival] = huiwu.extract("王毅昨晚抵达莫斯科。", published="2023-02-05")
    assert arrival.date.start == "2023-02-04"
    [talks] = huiwu.extract("高市早苗内阁成立后日中防长1日举行首次会谈。", published="2025-11-02")
    assert talks.date.start == "2025-11-01"
