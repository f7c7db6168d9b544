"""Dated who-held-what questions asked through the library, as a reader of the press would ask them."""

from __future__ import annotations

from datetime import date

import pytest

from huiwu.lexicon import default_lexicon
from huiwu.lexicon.queries import career, who_held

# (title as the press writes it, country ISO3 or None, date, expected canonical name)
QUESTIONS = [
    # China: the foreign ministry and the leadership, with the days around handovers
    ("外长", "CHN", "2012-06-01", "杨洁篪"),
    ("外交部长", "CHN", "2015-06-01", "王毅"),
    ("外长", "CHN", "2023-07-24", "秦刚"),
    ("外长", "CHN", "2023-07-26", "王毅"),
    ("國家主席", "CHN", "2014-01-01", "习近平"),
    ("中国国家主席", None, "2012-06-01", "胡锦涛"),
    ("国务院总理", None, "2016-01-01", "李克强"),
    ("国务院总理", None, "2023-03-10", "李克强"),
    ("国务院总理", None, "2023-03-12", "李强"),
    ("国家副主席", "CHN", "2019-01-01", "王岐山"),
    ("防长", "CHN", "2020-01-01", "魏凤和"),
    ("中国国防部长", None, "2024-03-01", "董军"),
    ("俄罗斯国防部长", None, "2023-04-16", "绍伊古"),
    ("国防部长", "RUS", "2024-06-01", "别洛乌索夫"),
    ("英国财政大臣", None, "2023-06-01", "亨特"),
    ("财相", "GBR", "2025-01-11", "里夫斯"),
    ("央行行长", "CHN", "2023-07-24", "易纲"),
    ("央行行长", "CHN", "2023-07-26", "潘功胜"),
    ("中国财长", None, "2020-05-01", "刘昆"),
    ("商务部长", "CHN", "2019-01-01", "钟山"),
    ("国台办主任", None, "2023-06-01", "宋涛"),
    ("行政长官", "HKG", "2018-01-01", "林郑月娥"),
    # Chinese envoys
    ("驻美大使", "CHN", "2016-01-01", "崔天凯"),
    ("中国驻美国大使", None, "2022-01-01", "秦刚"),
    ("中国驻印度大使", None, "2021-01-01", "孙卫东"),
    ("驻印度大使", "CHN", "2024-06-01", "徐飞洪"),
    ("中国驻巴基斯坦大使", None, "2024-01-01", "姜再冬"),
    ("中国驻朝鲜大使", None, "2019-01-01", "李进军"),
    ("驻澳大利亚大使", "CHN", "2023-01-01", "肖千"),
    ("中国驻加拿大大使", None, "2022-01-01", "丛培武"),
    ("中国驻韩大使", None, "2021-06-01", "邢海明"),
    ("常驻世贸组织代表", "CHN", "2023-01-01", "李成钢"),
    ("外交部副部长", "CHN", "2024-06-01", "陈晓东"),
    # Chinese provinces
    ("江西省委书记", None, "2019-06-01", "刘奇"),
    ("江西省委书记", None, "2023-06-01", "尹弘"),
    ("云南省长", None, "2022-01-01", "王予波"),
    ("甘肃省委书记", None, "2023-06-01", "胡昌升"),
    ("青海省委书记", None, "2022-06-01", "信长星"),
    ("海南省委书记", None, "2021-06-01", "沈晓明"),
    ("内蒙古自治区党委书记", None, "2020-06-01", "石泰峰"),
    ("黑龙江省委书记", None, "2022-01-01", "许勤"),
    ("广西壮族自治区党委书记", None, "2019-01-01", "鹿心社"),
    ("山西省委书记", None, "2022-01-01", "林武"),
    # United States: secretaries, in simplified, traditional, clipped and English forms
    ("国务卿", None, "2025-01-19", "布林肯"),
    ("国务卿", None, "2025-01-22", "鲁比奥"),
    ("國務卿", None, "2016-01-01", "克里"),
    ("美國國務卿", None, "2018-01-01", "蒂勒森"),
    ("美国国务卿", None, "2019-05-01", "蓬佩奥"),
    ("Secretary of State", None, "2013-06-01", "克里"),
    ("美财长", None, "2022-05-01", "耶伦"),
    ("美国财政部长", None, "2019-06-01", "姆努钦"),
    ("財長", "USA", "2016-06-01", "雅各布·卢"),
    ("财长", "USA", "2010-01-01", "盖特纳"),
    ("Treasury Secretary", None, "2025-03-01", "贝森特"),
    ("美防长", None, "2022-01-01", "奥斯汀"),
    ("国防部长", "USA", "2017-06-01", "马蒂斯"),
    ("美国总统", None, "2021-01-19", "特朗普"),
    ("美国总统", None, "2021-01-21", "拜登"),
    ("美国副总统", None, "2023-01-01", "哈里斯"),
    ("美国贸易代表", None, "2022-01-01", "戴琪"),
    ("美联储主席", None, "2020-01-01", "鲍威尔"),
    ("美国驻华大使", None, "2023-01-01", "伯恩斯"),
    ("常务副国务卿", "USA", "2022-01-01", "舍曼"),
    ("美国常务副财长", None, "2022-01-01", "阿德耶莫"),
    ("美国驻日本大使", None, "2023-01-01", "伊曼纽尔"),
    ("美国驻日大使", None, "2015-01-01", "卡罗琳·肯尼迪"),
    ("负责政策事务的国防部副部长", "USA", "2022-01-01", "卡尔"),
    ("负责东亚和太平洋事务的助理国务卿", "USA", "2014-01-01", "拉塞尔"),
    # Other countries
    ("日本首相", None, "2021-01-01", "菅义伟"),
    ("俄罗斯外长", None, "2020-01-01", "拉夫罗夫"),
    ("英国首相", None, "2023-01-01", "苏纳克"),
    ("德国总理", None, "2022-01-01", "朔尔茨"),
    ("韩国总统", None, "2023-01-01", "尹锡悦"),
    ("柬埔寨首相", None, "2024-01-01", "洪玛奈"),
    ("柬埔寨外交大臣", None, "2015-01-01", "贺南洪"),
    ("缅甸国务资政", None, "2018-01-01", "昂山素季"),
    ("尼泊尔总理", None, "2023-06-01", "普拉昌达"),
    ("斯里兰卡总统", None, "2020-01-01", "戈塔巴雅·拉贾帕克萨"),
    ("斯里兰卡总统", None, "2024-09-22", "维克拉马辛哈"),
    ("斯里兰卡总统", None, "2024-09-24", "迪萨纳亚克"),
    ("孟加拉国总理", None, "2020-01-01", "哈西娜"),
    ("文莱苏丹", None, "2020-01-01", "哈桑纳尔"),
    ("东帝汶总统", None, "2023-01-01", "奥尔塔"),
    ("斐济总理", None, "2023-06-01", "兰布卡"),
    ("巴布亚新几内亚总理", None, "2020-01-01", "马拉佩"),
    ("所罗门群岛总理", None, "2022-01-01", "索加瓦雷"),
    ("希腊总理", None, "2016-01-01", "齐普拉斯"),
    ("葡萄牙总理", None, "2020-01-01", "科斯塔"),
    ("波兰总统", None, "2020-01-01", "杜达"),
    ("捷克总统", None, "2023-03-08", "泽曼"),
    ("捷克总统", None, "2023-03-10", "帕维尔"),
    ("瑞士联邦主席", None, "2022-06-01", "卡西斯"),
    ("挪威首相", None, "2019-01-01", "索尔贝格"),
    ("瑞典首相", None, "2023-01-01", "克里斯特松"),
    ("丹麦首相", None, "2020-01-01", "弗雷泽里克森"),
    ("芬兰总理", None, "2021-01-01", "马林"),
    ("爱尔兰总理", None, "2024-06-01", "哈里斯"),
    ("比利时首相", None, "2022-01-01", "德克罗"),
    ("奥地利总理", None, "2019-01-01", "库尔茨"),
    ("阿尔及利亚总统", None, "2021-01-01", "特本"),
    ("摩洛哥外交大臣", None, "2020-01-01", "布里达"),
    ("坦桑尼亚总统", None, "2022-01-01", "哈桑"),
    ("卡塔尔埃米尔", None, "2015-01-01", "塔米姆"),
    ("阿曼苏丹", None, "2021-01-01", "海赛姆"),
    ("科威特埃米尔", None, "2022-01-01", "纳瓦夫"),
    ("伊拉克总理", None, "2021-01-01", "卡迪米"),
    ("约旦外交大臣", None, "2019-01-01", "萨法迪"),
    ("哥伦比亚总统", None, "2020-01-01", "杜克"),
    ("玻利维亚总统", None, "2025-11-07", "阿尔塞"),
    ("玻利维亚总统", None, "2025-11-09", "罗德里戈·帕斯"),
    ("乌拉圭总统", None, "2021-01-01", "拉卡列·波乌"),
    # English titles with a country
    ("Prime Minister", "IND", "2020-01-01", "莫迪"),
    ("Foreign Minister", "AUS", "2023-01-01", "黄英贤"),
    ("Chancellor", "AUT", "2023-01-01", "内哈默"),
    ("Taoiseach", "IRL", "2018-01-01", "瓦拉德卡"),
    ("Emir", "QAT", "2012-01-01", "哈马德"),
    # the archives' leaders, China's special envoys and the Pacific
    ("苏联部长会议主席", None, "1990-04-24", "雷日科夫"),
    ("以色列外长", None, "1992-01-24", "利维"),
    ("欧亚事务特别代表", "CHN", "2023-05-15", "李辉"),
    ("库克群岛总理", None, "2025-02-14", "马克·布朗"),
]


@pytest.fixture(scope="module")
def lexicon():
    return default_lexicon()


@pytest.mark.parametrize(("title", "country", "day", "expected"), QUESTIONS)
def test_who_held(lexicon, title, country, day, expected):
    rows = who_held(lexicon, title, country=country, on=date.fromisoformat(day))
    names = [row["name"] for row in rows]
    assert expected in names, f"{title} ({country or 'any'}) on {day}: {names}"
    posts = lexicon.find_posts(title, country=country)
    if len(posts) == 1 and posts[0].single:
        assert names == [expected], f"{title} ({country or 'any'}) on {day}: {names}"


def test_questions_are_many_and_distinct():
    assert len(QUESTIONS) >= 70
    assert len(set(QUESTIONS)) == len(QUESTIONS)


@pytest.mark.parametrize(("forms", "ident"), [
    (("葉倫", "耶伦", "Janet Yellen"), "person/janet-yellen"),
    (("布林肯", "Antony Blinken"), "person/antony-blinken"),
    (("昂山素季", "翁山蘇姬", "Aung San Suu Kyi"), "person/aung-san-suu-kyi"),
    (("弗雷泽里克森", "梅特·弗雷澤里克森", "Mette Frederiksen"), "person/mette-frederiksen"),
    (("阿德耶莫", "Wally Adeyemo"), "person/wally-adeyemo"),
    (("徐飞洪", "徐飛洪", "Xu Feihong"), "person/xu-feihong"),
])
def test_person_names_resolve_to_one_id(lexicon, forms, ident):
    for form in forms:
        found = lexicon.find_entities(form, kind="person")
        assert [entity.id for entity in found] == [ident], form


def test_yellen_forms_agree(lexicon):
    traditional = lexicon.find_entities("葉倫", kind="person")
    simplified = lexicon.find_entities("耶伦", kind="person")
    english = lexicon.find_entities("Janet Yellen", kind="person")
    assert traditional and [e.id for e in traditional] == [e.id for e in simplified] == [e.id for e in english]


def test_career_lists_dated_posts(lexicon):
    rows = career(lexicon, "person/he-lifeng")
    posts = {row["post"] for row in rows}
    assert "国务院副总理" in posts
    assert all(row["start"] for row in rows)
    rows = career(lexicon, "person/chen-xiaodong")
    assert [row["post"] for row in rows] == ["外交部部长助理", "驻南非大使", "外交部副部长"]
