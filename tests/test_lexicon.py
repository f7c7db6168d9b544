import pytest

import huiwu
from huiwu.errors import LexiconError
from huiwu.lexicon import Lexicon
from huiwu.lexicon.check import check


def participants(text, published):
    return [(p.name, p.id) for e in huiwu.extract(text, published=published) for p in (*e.actors, *e.recipients)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("美国国务卿当天在华盛顿会见中国外长。", "2023-03-10", {"布林肯", "秦刚"}),
    ("美国国务卿当天在华盛顿会见中国外长。", "2025-03-10", {"鲁比奥", "王毅"}),
    ("外长当天在北京会见美国国务卿。", "2023-07-20", {"秦刚", "布林肯"}),
    ("外长当天在北京会见美国国务卿。", "2023-07-28", {"王毅", "布林肯"}),
])
def test_a_bare_title_is_its_holder_on_the_day(text, published, expected):
    assert {name for name, _ in participants(text, published)} == expected


def test_namesakes_are_told_apart_by_post_and_date():
    found = dict(participants("中国常驻联合国代表张军当天在纽约会见了联合国秘书长古特雷斯。", "2021-06-01"))
    assert found["张军"] == "person/zhang-jun-2"


def test_a_title_the_person_did_not_hold_that_day_is_kept_and_flagged():
    events = huiwu.extract("外交部长王毅当天在北京会见美国国务卿布林肯。", published="2023-06-19")
    wang = next(p for e in events for p in e.actors if p.name == "王毅")
    assert "外交部长" in wang.titles and "title-not-held-on-date" in wang.flags


def test_the_shipped_knowledge_base_is_clean_and_large(lexicon):
    assert check(lexicon) == []
    persons = sum(1 for e in lexicon.entities.values() if e.kind == "person")
    assert persons >= 800


def test_check_names_file_and_line(tmp_path):
    (tmp_path / "persons-x.tsv").write_text(
        "id\tname\tname_en\tcountry\tgender\twikidata\taliases\n"
        "person/a-b\t甲乙\tA B\tXXX\t\t\t\n", encoding="utf-8")
    (tmp_path / "holdings-x.tsv").write_text(
        "person\tpost\tstart\tend\tnote\n"
        "person/a-b\tpost/usa/secretary-of-state\t2023-05-01\t2023-04-01\t\n"
        "person/nobody\tpost/usa/secretary-of-state\t2023-05-01\t\t\n", encoding="utf-8")
    problems = check(Lexicon.load([tmp_path]))
    assert any("persons-x.tsv:2: unknown country code 'XXX'" in p for p in problems)
    assert any("holdings-x.tsv:2: ends" in p for p in problems)
    assert any("holdings-x.tsv:3: unknown person" in p for p in problems)
    assert any("two holders on the same day" in p for p in problems)


def test_check_finds_a_cue_pattern_that_matches_any_text(tmp_path):
    (tmp_path / "cues.tsv").write_text(
        "type\tcue\tframe\tobject\tblock_before\tblock_after\tneed_after\tnote\n"
        "sanction\t召回\tsanction\t\t|被\t\t\t\n"
        "sanction\t驱逐\tsanction\t\t被\t\t.*\t\n", encoding="utf-8")
    problems = check(Lexicon.load([tmp_path]))
    assert any("cues.tsv:2: block_before matches any text, so it cancels the cue everywhere" in p for p in problems)
    assert any("cues.tsv:3: need_after matches any text, so it is always met" in p for p in problems)
    assert not any("cues.tsv:3: block_before" in p for p in problems)


def test_a_malformed_file_is_an_error_naming_file_and_line(tmp_path):
    (tmp_path / "holdings-bad.tsv").write_text("person\tpost\tstart\tend\tnote\nperson/a\tpost/b\t2023/05/01\t\t\n",
                                               encoding="utf-8")
    with pytest.raises(LexiconError, match=r"holdings-bad.tsv:2: start '2023/05/01' is not an ISO date"):
        Lexicon.load([tmp_path])


def test_leaders_of_history_and_officials_outside_foreign_ministries_are_known():
    told = "1979年1月，邓小平访美，同卡特总统举行会谈。"
    found = {(e.type, e.actors[0].name, e.recipients[0].name) for e in huiwu.extract(told, published="2024-01-01")}
    assert found == {("visit", "邓小平", "美国"), ("talks", "邓小平", "卡特")}
    told = "南部战区司令员吴亚男同美国印太司令部司令帕帕罗进行视频通话。"
    [call] = huiwu.extract(told, published="2024-09-11")
    assert [(p.name, p.country) for p in (*call.actors, *call.recipients)] == [("吴亚男", "CHN"), ("帕帕罗", "USA")]


def test_a_name_two_persons_share_is_the_one_of_the_country_its_title_names():
    for told, published, country in (("陈文清同厄瓜多尔总统拉索视频通话。", "2021-03-23", "ECU"),
                                     ("王沪宁会见古巴全国人大主席拉索。", "2023-11-13", "CUB")):
        [event] = huiwu.extract(told, published=published)
        assert event.recipients[0].country == country, told


def test_parties_to_a_war_that_are_no_states_are_known_by_their_names():
    told = "苏丹武装部队与快速支援部队的代表11日晚在沙特吉达签署了《吉达宣言》。"
    [signed] = huiwu.extract(told, published="2023-05-12")
    assert {p.id for p in signed.actors} == {"org/sudanese-armed-forces", "org/rapid-support-forces"}
    [met] = [e for e in huiwu.extract("习近平会见肯尼亚总统威廉·萨莫伊·鲁托。", published="2025-04-24") if e.type == "meet"]
    assert met.recipients[0].id == "person/william-ruto"


def test_a_name_does_not_start_in_the_last_character_of_arriving():
    [visit] = huiwu.extract("德国总理默茨抵达哈尔滨，开始访问。", published="2025-06-01")
    assert visit.location.name == "哈尔滨"
