"""The fuzzed properties of tests/fuzz.py, a few hundred examples each (the big budget runs in CI).

Extraction never raises and keeps its spans and dates sound; date resolution gives real days in
order and keeps past events before publication; normalisation's offset map is total and monotone.
"""

from __future__ import annotations

from datetime import date

import pytest

from .fuzz import PROPERTIES, check_dates, check_extraction, check_normalize, hypothesis_test, vocabulary

EXAMPLES = {"extraction/any": 300, "extraction/register": 300, "dates": 400, "normalize": 300}


@pytest.mark.parametrize("name", sorted(PROPERTIES))
def test_property_holds(name, lexicon):
    hypothesis_test(name, EXAMPLES[name])()


def test_the_vocabulary_comes_from_the_knowledge_base():
    words = vocabulary()
    assert {"会见", "会谈"} <= set(words.cues)
    assert "习近平" in words.persons and "習近平" in words.persons
    assert "将" in words.markers and "外交部长" in words.posts


@pytest.mark.parametrize("raw", ["", "\u200b", "**习近平**会见\r\n拜登", "# 标题\n\n![图](x.png)正文", "\x00\x00a", "Ａ１！"])
@pytest.mark.parametrize("markdown", [False, True])
def test_normalize_examples(raw, markdown):
    check_normalize(raw, markdown)


@pytest.mark.parametrize("text", ["2月30日", "13月5日", "12月32日", "2023年2月29日", "12月5日至3日", "12月28日至1月3日",
                                  "三十二日", "0月0日", "11月30日至12月2日", "上月31日", "民国112年2月29日"])
def test_impossible_dates_resolve_to_real_days_or_nothing(text):
    for past in (True, False):
        check_dates(text, date(2023, 12, 10), 0, past)
        check_dates(text, date(2024, 3, 1), 40, past)


def test_a_sentence_of_the_register_keeps_its_spans():
    raw = "新华社北京11月9日电 国家主席习\u200b近平9日在人民大会堂会见美国总统拜登（Joe Biden）😀，双方进行了会谈。"
    check_extraction(raw, date(2023, 11, 9))
    check_extraction(raw, None, "markdown")
