import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import huiwu
from huiwu.ingest import read_path
from huiwu.model import Article

from .conftest import CORPORA, article_paths

CONTRACT_KEYS = {"id", "type", "status", "actors", "recipients", "date", "location", "parent", "count", "items",
                 "post", "predecessor", "created", "plover", "cameo", "sources", "confidence"}


def find(events, kind, *names, status=None):
    """Events of a type whose participants include all the given names."""
    out = []
    for event in events:
        people = {p.name for p in (*event.actors, *event.recipients)}
        if event.type == kind and set(names) <= people and (status is None or event.status == status):
            out.append(event)
    return out


def spans_of(event):
    for p in (*event.actors, *event.recipients):
        if p.mention is not None:
            yield p.mention
    if event.date.mention is not None:
        yield event.date.mention
    if event.location is not None and event.location.mention is not None:
        yield event.location.mention
    for source in event.sources:
        yield source.sentence
        if source.trigger is not None:
            yield source.trigger
        yield from source.evidence


@pytest.mark.parametrize("path", article_paths(), ids=lambda p: p.name)
def test_every_span_points_at_the_raw_text(path):
    for article in read_path(str(path)):
        assert isinstance(article, Article), article
        for event in huiwu.extract_article(article).events:
            for span in spans_of(event):
                assert 0 <= span.start <= span.end <= len(article.text)
                if span.text is not None:
                    assert article.text[span.start:span.end] == span.text


def test_seed_lead_events(seed_events):
    [talks] = find(seed_events, "talks", "何立峰", "耶伦")
    assert (talks.date.start, talks.date.end, talks.date.precision) == ("2023-11-08", "2023-11-12", "day")
    assert talks.count == "several" and talks.status == "occurred"
    he = next(p for p in (*talks.actors, *talks.recipients) if p.name == "何立峰")
    assert he.id == "person/he-lifeng" and "国务院副总理" in he.titles and he.country == "CHN"
    [visit] = find(seed_events, "visit", "习近平", status="planned")
    assert visit.date.start == "2023-11-14" and visit.location.name_en == "San Francisco"
    assert find(seed_events, "meet", "习近平", "拜登", status="planned")


def test_seed_appointment_concern_and_nesting(seed_events):
    appointments = [e for e in find(seed_events, "appoint", "何立峰") if e.predecessor]
    assert appointments and appointments[0].predecessor == "刘鹤" and appointments[0].post == "中央财经委员会办公室主任"
    [concern] = find(seed_events, "concern")
    assert "对华出口管制" in concern.items and concern.actors[0].id == "country/CHN"
    assert not find(seed_events, "sanction"), "complaints about measures are not sanctions"
    meetings = find(seed_events, "meet", "王毅", "沙利文")
    visit = find(seed_events, "visit", "王毅")[0]
    assert meetings and meetings[0].parent == visit.id


def test_seed_events_follow_the_contract(seed_events):
    for event in seed_events:
        data = json.loads(json.dumps(event.to_dict(), ensure_ascii=False))
        assert set(data) >= CONTRACT_KEYS
        assert huiwu.Event.from_dict(data).to_dict() == data


def test_ids_are_stable_across_runs(seed_text):
    first = [e.id for e in huiwu.extract(seed_text, published="2023-11-11", markup="markdown")]
    second = [e.id for e in huiwu.extract(seed_text, published="2023-11-11", markup="markdown")]
    assert first == second and len(set(first)) == len(first)


def test_a_retold_event_keeps_its_first_sentences_as_evidence_up_to_a_bound():
    from huiwu.extraction.fold import MAX_EVIDENCE

    sentence = "外交部长王毅12月5日在北京会见美国国务卿布林肯。"
    text = sentence * (MAX_EVIDENCE + 20)
    [meeting] = huiwu.extract(text, published="2024-01-01")
    [source] = meeting.sources
    starts = [s.start for s in source.evidence]
    assert len(starts) == MAX_EVIDENCE
    assert starts == [len(sentence) * k for k in range(1, MAX_EVIDENCE + 1)]
    assert all(text[s.start:s.end] == sentence for s in source.evidence)


def test_traditional_script_and_variant_names_resolve_to_canonical_ids():
    text = "（本報訊）美國財長葉倫昨日在三藩市與國務院副總理何立峰舉行會談。"
    [talks] = huiwu.extract(text, published="2023-11-10")
    names = {p.name for p in (*talks.actors, *talks.recipients)}
    assert names == {"耶伦", "何立峰"}
    assert talks.date.start == "2023-11-09"
    assert talks.location.name == "旧金山"
    yellen = next(p for p in (*talks.actors, *talks.recipients) if p.name == "耶伦")
    assert text[yellen.mention.start:yellen.mention.end] == "葉倫"


def test_status_planned_and_negated():
    planned = huiwu.extract("外交部发言人宣布，应俄罗斯总统普京邀请，国家主席习近平将于3月20日至22日对俄罗斯进行国事访问。",
                            published="2023-03-17")
    [visit] = find(planned, "visit", "习近平")
    assert visit.status == "planned" and visit.date.start == "2023-03-20"
    assert {p.name for p in visit.recipients} >= {"普京"}
    negated = huiwu.extract("布林肯原计划今年2月访华，因故未能成行。", published="2023-06-20")
    [visit] = find(negated, "visit", "布林肯")
    assert visit.status == "negated"


def test_a_sentence_with_no_event_gives_nothing():
    assert huiwu.extract("王毅表示，中美关系正处在关键节点。会议强调要加强合作。", published="2023-06-20") == []


def test_the_same_meeting_told_twice_is_one_event_with_both_sentences():
    text = ("新华社北京6月19日电 国家主席习近平19日下午在人民大会堂会见美国国务卿布林肯。\n\n"
            "习近平指出，中美两国应当相互尊重。\n\n当天，习近平在人民大会堂会见布林肯时强调，大国竞争不符合时代潮流。")
    events = huiwu.extract(text, published="2023-06-20")
    meetings = find(events, "meet", "习近平", "布林肯")
    assert len(meetings) == 1
    assert meetings[0].date.start == "2023-06-19"


def test_unknown_officials_are_found_from_title_and_name():
    events = huiwu.extract("当地时间11月10日，财政部副部长廖岷在美国旧金山主持召开吹风会。", published="2023-11-11")
    [attend] = find(events, "attend", "廖岷")
    liao = attend.actors[0]
    assert liao.titles and "副部长" in liao.titles[0]
    assert attend.location.name == "旧金山"


def test_words_after_a_title_are_not_taken_for_a_name():
    """以国务卿身份访华: 身份 is the capacity, the visitor is the one 他 refers to; 防长正常会面:
    正常 is an adverb. Two plain characters after a title are a word unless they look transliterated."""
    text = ("布林肯2021年1月26日宣誓就职，接替蓬佩奥出任国务卿；他2023年6月18日首度以国务卿身份访华。"
            "美方表示，制裁并不妨碍两国防长正常会面。")
    events = huiwu.extract(text, published="2023-06-19")
    names = {p.name for e in events for p in (*e.actors, *e.recipients)}
    assert not names & {"身份", "国务卿身份", "正常", "防长正常"}
    [visit] = find(events, "visit", "布林肯")
    assert visit.recipients[0].name == "中国" and visit.date.start == "2023-06-18"
    assert find(events, "sanction") == []  # 制裁并不妨碍…: the sanctions spoken of, none imposed
    [liao] = find(huiwu.extract("财政部副部长廖岷在旧金山主持召开吹风会。", published="2023-11-11"), "attend", "廖岷")
    assert liao.actors[0].name == "廖岷"


def test_a_place_before_with_and_a_body_inside_a_title_stay_out_of_the_title():
    """在旧金山与美国总统拜登: the place ends before 与; 中央委员会总书记: 委员 is part of the body."""
    [meet] = huiwu.extract("国家主席习近平15日在旧金山与美国总统拜登举行会晤。", published="2023-11-16")
    assert [(p.name, p.titles) for p in meet.recipients] == [("拜登", ("总统",))]
    assert meet.location.name == "旧金山"
    [meet] = huiwu.extract("习近平在钓鱼台国宾馆会见越南共产党中央委员会总书记苏林。", published="2024-08-19")
    assert [(p.name, p.titles) for p in meet.recipients] == [("苏林", ("越南共产党中央委员会总书记",))]


def test_a_future_word_inside_what_is_complained_of_leaves_the_complaint_told():
    text = "商务部新闻发言人表示，中方对美方将多家中国企业列入实体清单表示强烈不满。"
    [concern] = find(huiwu.extract(text, published="2024-05-10"), "concern")
    assert concern.status == "occurred" and concern.recipients[0].name == "美国"
    [concern] = find(huiwu.extract("中方将对美方有关做法表示严正关切。", published="2024-05-10"), "concern")
    assert concern.status == "planned"


def test_an_envoy_a_former_post_and_beijing_as_jing():
    """习近平主席特使、…丁薛祥出席: the envoy attends; 美国前国务卿基辛格: one former title, not the
    United States as a second side; 在京: in Beijing."""
    [attend] = find(huiwu.extract("习近平主席特使、国务院副总理丁薛祥1日在巴西利亚出席巴西总统卢拉就职仪式。",
                                  published="2023-01-02"), "attend")
    assert [p.name for p in attend.actors] == ["丁薛祥"] and attend.location.name == "巴西利亚"
    [attend] = find(huiwu.extract("国家主席习近平特使、国家副主席韩正20日在雅加达出席印度尼西亚总统普拉博沃就职仪式。",
                                  published="2024-10-21"), "attend")
    assert [p.name for p in attend.actors] == ["韩正"]
    [meet] = huiwu.extract("国家副主席韩正20日在京会见美国前国务卿基辛格。", published="2023-07-21")
    assert [(p.name, p.titles) for p in meet.recipients] == [("基辛格", ("美国前国务卿",))]
    assert meet.location.name == "北京" and meet.location.mention.text == "京"


def test_a_side_written_into_a_title_names_the_person_after_it():
    text = "国务院副总理何立峰将于5月9日至12日访问瑞士，其间将与美方牵头人、美国财政部长贝森特举行会谈。"
    [talks] = find(huiwu.extract(text, published="2025-05-08"), "talks")
    assert [(p.name, p.titles) for p in talks.recipients] == [("贝森特", ("美方牵头人", "财政部长"))]
    assert talks.status == "planned"


def test_talks_told_as_the_time_of_what_followed_are_still_told():
    """…举行会谈后共同会见记者: both sides and the place are named, so the talks themselves are told."""
    text = "国务院总理李强26日与新加坡总理黄循财在北京举行会谈后共同会见记者。"
    [talks] = huiwu.extract(text, published="2025-06-27")
    assert (talks.type, talks.date.start, talks.location.name) == ("talks", "2025-06-26", "北京")
    assert [p.name for p in talks.recipients] == ["黄循财"]
    assert huiwu.extract("会谈后，两国总理共同会见记者。", published="2025-06-27") == []


def test_an_unknown_japanese_name_after_its_title_runs_to_four_characters():
    [meet] = huiwu.extract("外交部長林佳龍14日與日本眾議員古屋圭司會面。", published="2025-04-15")
    assert [p.name for p in meet.recipients] == ["古屋圭司"]
    [meet] = huiwu.extract("商务部副部长凌激14日会见美国众议员史密斯。", published="2025-04-15")
    assert [p.name for p in meet.recipients] == ["史密斯"]


def test_a_tariff_falls_on_the_country_of_origin_and_is_dated_by_its_announcement():
    text = "国务院关税税则委员会4月4日宣布，自4月10日起对原产于美国的所有进口商品加征34%关税。"
    [sanction] = huiwu.extract(text, published="2025-04-05")
    assert [p.name for p in sanction.recipients] == ["美国"]
    assert sanction.date.start == "2025-04-04" and sanction.status == "occurred"
    [sanction] = huiwu.extract("香港特区政府近日宣布，自24日起禁止进口来自日本的水产品。", published="2023-08-25")
    assert sanction.date.start == "2023-08-24"  # a vague 近日 gives no day: the date that has one stands


def test_transliterated_names_with_common_characters_and_an_adviser_of_a_president():
    """穆里略 (里 is common in plain words, and in foreign names), one meeting for each of 分别会见;
    法国总统外事顾问博纳 is the adviser, not the president."""
    text = "外交部长王毅18日在北京分别会见哥伦比亚外长穆里略和智利外长范克拉韦伦。"
    meetings = huiwu.extract(text, published="2025-04-20")
    assert sorted(p.name for m in meetings for p in m.recipients) == ["穆里略", "范克拉韦伦"]
    assert {m.type for m in meetings} == {"meet"} and len(meetings) == 2
    [call] = huiwu.extract("王毅应约与法国总统外事顾问博纳通电话。", published="2025-04-20")
    assert [(p.name, p.titles) for p in call.recipients] == [("博纳", ("法国总统外事顾问",))]


def test_a_federation_abbreviated_in_a_title_stays_in_the_chain():
    text = "全国政协副主席、中国工商联主席高云龙率团于4月7日至10日访问新加坡。"
    [visit] = huiwu.extract(text, published="2024-04-11")
    assert [(p.name, p.titles) for p in visit.actors] == [("高云龙", ("全国政协副主席", "中国工商联主席"))]
    assert (visit.date.start, visit.date.end) == ("2024-04-07", "2024-04-10")


def test_a_visit_to_china_is_not_read_as_during_a_visit():
    """访问中国: 中 begins the destination; 访问中 alone (在访问中表示) is during a visit told before."""
    [visit] = huiwu.extract("法国总统马克龙将于下月访问中国。", published="2025-06-10")
    assert (visit.type, visit.status, visit.recipients[0].name) == ("visit", "planned", "中国")
    assert huiwu.extract("马克龙在访问中表示，法方重视对华关系。", published="2025-06-10") == []
    [meet] = huiwu.extract("日本首相石破茂会晤中国国家主席习近平。", published="2025-06-30")
    assert [p.name for p in meet.recipients] == ["习近平"]
    [meet] = huiwu.extract("美国驻华大使伯恩斯拜会中国外交部副部长马朝旭。", published="2024-06-30")
    assert [p.name for p in meet.recipients] == ["马朝旭"]
    # 出席下: blocked only where 下 ends the phrase, not in 下周, 下午
    [attend] = huiwu.extract("国务院总理李强将出席下周在里约热内卢举行的金砖国家领导人会晤。", published="2025-06-30")
    assert attend.status == "planned" and attend.date.start == "2025-07-07"


def test_both_heads_sign_even_when_one_head_is_not_in_the_knowledge_base():
    text = ("国家主席习近平12日在人民大会堂会见来华进行国事访问的阿塞拜疆总统阿利耶夫。\n"
            "会见后，两国元首共同见证签署了经贸、科技等领域多项双边合作文件。")
    [agree] = find(huiwu.extract(text, published="2025-09-12"), "agree")
    assert sorted(p.name for p in agree.actors) == ["习近平", "阿利耶夫"]


def test_a_concern_about_this_is_about_the_country_of_what_was_just_told():
    text = ("问：据报道，美国总统特朗普日前宣布对中国输美商品再加征10%关税。中方对此有何回应？\n"
            "答：中方对此坚决反对。")
    [concern] = find(huiwu.extract(text, published="2025-03-04"), "concern")
    assert [p.name for p in concern.actors] == ["中国"] and [p.name for p in concern.recipients] == ["美国"]


def test_a_given_name_before_a_known_surname_is_one_person():
    text = "国务院副总理何立峰在海南博鳌会见了美国国家安全顾问迈克尔·沃尔兹。"
    [meet] = huiwu.extract(text, published="2025-03-28")
    assert [p.name for p in meet.recipients] == ["沃尔兹"]


def test_party_appointments_and_diplomatic_relations():
    [appoint] = huiwu.extract("中共中央决定：王毅同志任中央外事工作委员会办公室主任。", published="2022-12-31")
    assert appoint.type == "appoint" and appoint.actors[0].name == "王毅"
    assert appoint.post == "中央外事工作委员会办公室主任"
    [agree] = huiwu.extract("洪都拉斯与中国宣布建立外交关系。", published="2023-03-26")
    assert agree.type == "agree" and sorted(p.name for p in agree.actors) == ["中国", "洪都拉斯"]
    # an anniversary tells no new agreement
    assert huiwu.extract("今年是中国和南非建交25周年。中美建交40年来，两国关系不断发展。", published="2023-03-26") == []


def test_attending_that_describes_the_people_met_is_not_the_hosts_attendance():
    events = huiwu.extract("李强在人民大会堂集体会见出席论坛的外方代表。", published="2024-05-07")
    assert [(e.type, [r.name for r in e.recipients]) for e in events] == [("meet", ["外方代表"])]
    [attend] = huiwu.extract("李强在人民大会堂出席论坛开幕式。", published="2024-05-07")
    assert attend.actors[0].name == "李强"


def test_an_embassy_speaks_for_the_country_that_sends_it():
    text = "中国驻菲律宾大使馆发言人对菲方有关言论表示强烈不满和坚决反对。"
    [concern] = huiwu.extract(text, published="2025-11-14")
    assert [p.name for p in concern.actors] == ["中国"] and [p.name for p in concern.recipients] == ["菲律宾"]


def test_the_visitor_a_meeting_describes_is_visiting_where_the_meeting_is():
    text = "国家主席习近平24日在北京人民大会堂会见到访的欧洲理事会主席科斯塔和欧盟委员会主席冯德莱恩。"
    [visit] = find(huiwu.extract(text, published="2025-07-25"), "visit")
    assert sorted(p.name for p in visit.actors) == ["冯德莱恩", "科斯塔"]
    assert visit.location.name == "北京" and [p.name for p in visit.recipients] == ["中国"]
    [visit] = find(huiwu.extract("国家主席习近平会见来访的美国财长耶伦。", published="2024-04-09"), "visit")
    assert visit.actors[0].name == "耶伦" and visit.recipients[0].name == "中国"


def test_the_days_of_one_visit_told_apart_are_one_visit():
    text = ("美国总统特朗普7日在白宫会见到访的日本首相石破茂。特朗普希望今年晚些时候访问日本。\n"
            "石破茂8日结束访美行程回国。")
    events = huiwu.extract(text, published="2025-02-08")
    [visit] = find(events, "visit", "石破茂")
    assert (visit.date.start, visit.date.end, visit.location.name) == ("2025-02-07", "2025-02-08", "华盛顿")
    assert len(visit.sources[0].evidence) == 1
    [wish] = find(events, "visit", "特朗普")
    assert wish.status == "planned"  # 希望…访问: a wish, not a visit made
    # a second visit a month later is another visit
    text = "石破茂2月7日访问美国。石破茂3月20日再次访问美国。"
    assert len(find(huiwu.extract(text, published="2025-03-21"), "visit", "石破茂")) == 2


def test_the_one_a_clause_describes_as_newly_elected_is_the_one_appointed():
    [appoint] = huiwu.extract("国家主席习近平向新当选的斯里兰卡总统迪萨纳亚克致贺电。", published="2024-09-24")
    assert [p.name for p in appoint.actors] == ["迪萨纳亚克"] and appoint.post == "斯里兰卡总统"
    text = "鲁比奥1月21日宣誓就任国务卿，接替卸任的布林肯。"
    [appoint] = huiwu.extract(text, published="2025-01-22")
    assert [p.name for p in appoint.actors] == ["鲁比奥"]  # the one described after 接替 is the predecessor
    assert (appoint.post, appoint.predecessor) == ("国务卿", "布林肯")  # and the 任 of 卸任 is no post


def test_a_tour_of_several_countries_is_one_visit_with_each_host():
    [visit] = huiwu.extract("外交部长王毅2月14日至22日访问法国、意大利、匈牙利和俄罗斯。", published="2023-02-23")
    assert [p.name for p in visit.recipients] == ["法国", "意大利", "匈牙利", "俄罗斯"]
    text = ("应秘鲁总统博鲁阿特和巴西总统卢拉邀请，国家主席习近平将于11月13日至21日赴利马出席亚太经合组织"
            "第三十一次领导人非正式会议并对秘鲁、巴西进行国事访问。")
    visits = find(huiwu.extract(text, published="2024-11-08"), "visit")
    hosts = {p.name for v in visits for p in v.recipients if p.kind == "person" and p.country == "PER"}
    assert hosts == {"博鲁阿尔特"}
    for visit in visits:  # each visit keeps only the inviters of its own countries
        countries = {p.country for p in visit.recipients if p.kind == "country"}
        assert all(p.country in countries for p in visit.recipients if p.kind == "person")


def test_a_summit_of_two_is_a_meeting_and_a_summit_of_many_no_exchange():
    text = "美国总统特朗普与俄罗斯总统普京15日在阿拉斯加举行峰会。金砖国家领导人22日在喀山举行峰会。"
    [meet] = huiwu.extract(text, published="2025-08-16")
    assert meet.type == "meet" and [p.name for p in meet.recipients] == ["普京"] and meet.date.start == "2025-08-15"


def test_a_source_named_inside_ju_baodao_lowers_the_confidence():
    told = "日本首相高市早苗计划于下月访问美国。"
    [confirmed] = huiwu.extract(told, published="2025-11-02")
    [reported] = huiwu.extract("据日本共同社报道，" + told, published="2025-11-02")
    assert reported.confidence < confirmed.confidence


def test_a_visit_prepared_for_is_the_visitors_and_planned():
    for told in ("外交部发言人5日表示，北京正在为特朗普访华做准备。", "中方正积极为特朗普总统访华做好准备。"):
        [visit] = huiwu.extract(told, published="2025-10-06")
        assert [a.name for a in visit.actors] == ["特朗普"] and visit.status == "planned", told
    [visit] = huiwu.extract("中方对特朗普访华表示欢迎。", published="2025-10-06")
    assert [a.name for a in visit.actors] == ["特朗普"]


def test_a_second_he_in_a_sentence_is_the_first_ones_person():
    events = huiwu.extract("新华社首尔11月2日电 习近平结束对韩国的国事访问回到北京。"
                           "他1日同韩国总统李在明举行会谈；此前一天，他在庆州会见了日本首相高市早苗。",
                           published="2025-11-02")
    [meeting] = find(events, "meet", "高市早苗")
    assert [a.name for a in meeting.actors] == ["习近平"]


def test_a_bare_day_is_in_the_month_its_sentence_has_just_named():
    events = huiwu.extract("阿尔巴尼斯去年11月访问中国，6日在北京同国家主席习近平会面。", published="2024-06-18")
    [meeting] = find(events, "meet", "习近平")
    assert meeting.date.start == "2023-11-06"
    events = huiwu.extract("王毅11月28日至12月3日访问欧洲，2日在巴黎会见法国总统马克龙。", published="2025-12-05")
    [meeting] = find(events, "meet", "马克龙")
    assert meeting.date.start == "2025-12-02"


def test_the_next_day_of_a_plan_follows_the_storys_day_and_is_one_day_for_all_its_clauses():
    told = ("新华社北京5月16日电 国家主席习近平16日在人民大会堂同俄罗斯总统普京举行会谈。"
            "这是普京5月7日宣誓就任新一届俄罗斯总统后首次出访。"
            "按照日程，普京次日将前往哈尔滨，出席第八届中俄博览会开幕式。")
    events = huiwu.extract(told, published="2024-05-16")
    [visit] = find(events, "visit", "普京")
    [attend] = find(events, "attend", "普京")
    assert visit.date.start == attend.date.start == "2024-05-17"
    assert visit.status == attend.status == "planned"


def test_one_appointment_told_with_two_verbs_or_two_forms_of_its_post_is_one():
    events = huiwu.extract("李尚福今年3月在十四届全国人大一次会议上获任命为国防部长，接替魏凤和。", published="2023-06-02")
    [appointment] = find(events, "appoint", "李尚福")
    assert appointment.post == "国防部长" and appointment.predecessor
    events = huiwu.extract("12月30日，全国人大常委会表决决定，任命秦刚为外交部长。秦刚接替王毅出任外长后，"
                           "1月1日同美国国务卿布林肯通电话。", published="2023-01-02")
    assert len(find(events, "appoint", "秦刚")) == 1


def test_what_happened_during_a_meeting_attended_and_a_meeting_called_off():
    told = ("4日至5日，王毅在柬埔寨金边出席东亚合作系列外长会。"
            "其间，王毅取消了原定同日本外相林芳正举行的双边会晤。")
    [meeting] = find(huiwu.extract("8月2日，佩洛西窜访台湾。" + told, published="2022-08-06"), "meet", "林芳正")
    assert meeting.status == "negated" and meeting.date.start == "2022-08-04"
    assert meeting.location and meeting.location.name == "金边"


def test_a_spokesperson_announces_what_the_side_does():
    told = "外交部发言人林剑27日宣布，针对美方近日宣布对台军售，中方决定对7家美国军工企业采取反制措施。"
    [sanction] = huiwu.extract(told, published="2024-12-27")
    assert [a.name for a in sanction.actors] == ["中国"] and sanction.date.start == "2024-12-27"
    [talks] = huiwu.extract("外交部发言人林剑宣布，中方决定即日起中止与美方举行新一轮军控磋商。", published="2024-07-17")
    assert [a.name for a in talks.actors] == ["中国"] and talks.status == "negated"
    [concern] = huiwu.extract("外交部发言人林剑表示，中方对此表示强烈不满。", published="2024-07-17")
    assert [a.name for a in concern.actors] == ["林剑"]


def test_the_one_met_is_the_guest_described_not_the_forum_they_came_for():
    events = huiwu.extract("新华社北京9月4日电 国家主席习近平4日在人民大会堂会见来华出席中非合作论坛北京峰会的"
                           "南非总统拉马福萨。", published="2024-09-04")
    [meeting] = find(events, "meet")
    assert [r.name for r in meeting.recipients] == ["拉马福萨"]
    events = huiwu.extract("新华社北京9月4日电 国家主席习近平4日在人民大会堂集体会见来华出席中非合作论坛北京峰会的"
                           "非洲国家领导人。", published="2024-09-04")
    assert [(e.type, [r.name for r in e.recipients]) for e in events] == [("meet", ["非洲国家领导人"])]


def test_the_one_congratulated_on_being_elected_is_the_one_appointed():
    events = huiwu.extract("国家主席习近平7日向特朗普致贺电，祝贺他再次当选美国总统。同日，国家副主席韩正致电万斯，"
                           "祝贺他当选美国副总统。", published="2024-11-08")
    assert sorted((e.actors[0].name, e.post) for e in events if e.type == "appoint") == [
        ("万斯", "美国副总统"), ("特朗普", "美国总统")]


def test_both_attend_what_they_attend_together_and_the_summit_attended_is_not_a_party():
    [attend] = huiwu.extract("国家主席习近平16日晚同俄罗斯总统普京共同出席中俄建交75周年纪念音乐会。",
                             published="2024-05-16")
    assert {a.name for a in attend.actors} == {"普京", "习近平"}
    told = "外交部发言人宣布，国家主席习近平将赴旧金山举行中美元首会晤，同时应邀出席亚太经合组织领导人非正式会议。"
    [attend] = find(huiwu.extract(told, published="2023-11-11"), "attend")
    assert [a.name for a in attend.actors] == ["习近平"]
    events = huiwu.extract("国家主席习近平当地时间23日在喀山出席金砖国家领导人第十六次会晤期间同印度总理莫迪"
                           "举行双边会晤。", published="2024-10-23")
    [meeting] = find(events, "meet")
    assert [a.name for a in meeting.actors] == ["习近平"] and [r.name for r in meeting.recipients] == ["莫迪"]


def test_what_is_asked_whether_is_not_told():
    for asked in ("问：王毅是否会见布林肯？", "问：中方是否会采取反制措施？", "外界关注普京能否出席峰会。"):
        assert huiwu.extract(asked, published="2024-06-19") == [], asked


def test_a_removal_and_an_appointment_to_the_post_are_a_succession_and_the_order_signed_no_agreement():
    events = huiwu.extract("全国人大常委会会议25日经表决，决定免去秦刚的外交部部长职务，任命王毅为外交部部长。"
                           "国家主席习近平签署第8号主席令。", published="2023-07-25")
    assert [e.type for e in events] == ["appoint", "appoint"]
    [appointment] = [e for e in events if "免职" not in e.items]
    assert appointment.actors[0].name == "王毅" and appointment.predecessor == "秦刚"


def test_a_partnership_is_agreed_by_both_not_established():
    talks = "国家主席习近平14日在人民大会堂同巴勒斯坦总统阿巴斯举行会谈。"
    for told in ("两国元首共同宣布建立中巴战略伙伴关系。", "两国元首宣布，将两国关系提升为战略伙伴关系。"):
        [agree] = [e for e in huiwu.extract(talks + told, published="2023-06-15") if e.type != "talks"]
        assert agree.type == "agree" and {a.name for a in agree.actors} == {"习近平", "阿巴斯"}, told
        assert agree.items[0].endswith("战略伙伴关系")


def test_an_unnamed_spokesperson_speaks_for_the_ministry_and_jiang_before_a_verb_is_the_future():
    [sanction] = huiwu.extract("商务部新闻发言人宣布，将14家外国实体列入不可靠实体清单。", published="2025-04-04")
    assert [a.name for a in sanction.actors] == ["商务部"] and sanction.status == "occurred"
    for told in ("中方将采取坚决反制措施。", "中方将对美方有关企业实施制裁。"):
        [threat] = huiwu.extract(told, published="2025-04-04")
        assert threat.type == "sanction" and threat.status == "planned", told


def test_president_elect_is_a_title_not_an_election():
    for told in ("1月17日，习近平应约同美国当选总统特朗普通电话。", "1月17日，习近平主席应约同特朗普当选总统通电话。"):
        events = huiwu.extract(told, published="2025-01-18")
        assert [(e.type, [r.name for r in e.recipients]) for e in events] == [("call", ["特朗普"])], told


def test_the_local_day_wins_over_the_beijing_day_in_brackets():
    for told in ("当地时间11月15日（北京时间16日），国家主席习近平在旧金山同美国总统拜登举行会晤。",
                 "北京时间16日（当地时间15日），国家主席习近平在旧金山同美国总统拜登举行会晤。"):
        [meeting] = huiwu.extract(told, published="2023-11-16")
        assert meeting.date.start == "2023-11-15", told


def test_a_tour_told_with_its_return_is_one_visit_to_every_country():
    for told in ("国务院总理李强于6月13日至18日对新西兰、澳大利亚、马来西亚进行正式访问后乘专机回到北京。",
                 "国务院总理李强19日结束对新西兰、澳大利亚和马来西亚的正式访问，乘专机回到北京。"):
        [visit] = huiwu.extract(told, published="2024-06-20")
        assert {r.name for r in visit.recipients} >= {"新西兰", "澳大利亚", "马来西亚"}, told


def test_an_event_naming_no_place_happened_where_the_talks_or_the_visit_were():
    events = huiwu.extract("新华社柏林6月20日电 当地时间6月20日，国务院总理李强在柏林总理府同德国总理朔尔茨举行会谈。"
                           "会谈后，两国总理共同见证签署了多项合作文件。", published="2024-06-20")
    [agree] = find(events, "agree")
    assert agree.location is not None and agree.location.name == "柏林"
    events = huiwu.extract("新华社莫斯科3月20日电 国家主席习近平当地时间20日下午乘专机抵达莫斯科，开始对俄罗斯进行国事访问。"
                           "当晚，习近平同普京举行非正式会晤。", published="2023-03-20")
    [meeting] = find(events, "meet")
    assert meeting.location is not None and meeting.location.country == "RUS"


def test_the_two_heads_of_a_state_visit_sign_what_they_sign():
    told = "新华社北京5月16日电 俄罗斯总统普京结束访华行程前，两国元首在北京签署并发表了中俄联合声明。"
    [agree] = find(huiwu.extract(told, published="2024-05-16"), "agree")
    assert {a.name for a in agree.actors} == {"习近平", "普京"} and agree.items == ("中俄联合声明",)


def test_a_post_written_after_a_pair_of_countries_names_its_holder_in_each():
    for told, names in (("中日外长22日在东京举行会谈。", {"王毅", "岩屋毅"}),
                        ("中美两国防长20日在万象举行会谈。", {"董军", "赫格塞思"}),
                        ("中美外长22日在吉隆坡举行会晤。", {"王毅", "鲁比奥"})):
        [talks] = huiwu.extract(told, published="2025-07-23" if "吉隆坡" in told else "2025-03-23")
        assert {p.name for p in (*talks.actors, *talks.recipients)} == names, told
    # (a post the knowledge base does not list a holder of leaves the country)
    [talks] = huiwu.extract("中美两国防长20日在万象举行会谈。", published="1960-03-23")
    assert {p.name for p in (*talks.actors, *talks.recipients)} == {"中国", "美国"}
    # (the pair and the post in the name of a meeting co-chaired: the two who chair it)
    [meeting] = find(huiwu.extract("6月17日，国务院总理李强在堪培拉同澳大利亚总理阿尔巴尼斯共同主持中澳总理年度会晤。",
                                   published="2024-06-17"), "meet")
    assert {p.name for p in (*meeting.actors, *meeting.recipients)} == {"李强", "阿尔巴尼斯"}


def test_a_post_left_is_marked_as_left():
    for told, post in (("日本首相石破茂7日宣布辞去自民党总裁职务。", "自民党总裁"), ("拜登20日卸任美国总统。", "美国总统"),
                       ("尹锡悦4日被免去总统职务。", "总统")):
        [left] = huiwu.extract(told, published="2025-09-08")
        assert left.type == "appoint" and left.items == ("免职",) and left.post == post, told


def test_the_congress_formulas_decide_and_elect_appoint():
    for told, name, post in (("十四届全国人大一次会议12日经投票表决，决定秦刚为国务委员。", "秦刚", "国务委员"),
                             ("会议10日选举韩正为国家副主席。", "韩正", "国家副主席")):
        [appointment] = huiwu.extract(told, published="2023-03-12")
        assert appointment.actors[0].name == name and appointment.post == post, told


def test_an_ambassador_arriving_to_take_up_the_post_is_appointed_not_visiting():
    for told, post in (("中国新任驻美国大使谢锋当地时间5月23日下午抵达纽约，正式履新。", "驻美国大使"),
                       ("美国新任驻华大使珀杜13日抵达北京，开始履职。", "驻华大使")):
        [appointment] = huiwu.extract(told, published="2025-05-24")
        assert appointment.type == "appoint" and appointment.post == post, told


def test_credentials_presented_are_a_meeting_of_the_ambassador_and_the_one_receiving_them():
    for told, actor, recipient in (
            ("美国总统拜登当地时间6月30日在白宫接受中国驻美国大使谢锋递交国书。", "拜登", "谢锋"),
            ("谢锋6月30日向美国总统拜登递交国书。", "谢锋", "拜登"),
            ("中国新任常驻联合国代表傅聪6月30日向联合国秘书长古特雷斯递交全权证书。", "傅聪", "古特雷斯")):
        [meeting] = huiwu.extract(told, published="2023-07-01")
        assert meeting.type == "meet" and meeting.date.start == "2023-06-30", told
        assert [a.name for a in meeting.actors] == [actor] and [r.name for r in meeting.recipients] == [recipient]


def test_an_attendance_called_off_and_the_one_sent_instead():
    told = ("7月11日，外交部发言人汪文斌宣布，秦刚因身体原因不出席13日至14日在雅加达举行的东亚合作外长系列会议，"
            "改由王毅率团出席。")
    events = huiwu.extract(told, published="2023-07-11")
    assert {(e.actors[0].name, e.status) for e in events if e.type == "attend"} == {
        ("秦刚", "negated"), ("王毅", "planned")}


def test_a_chinese_name_does_not_run_on_into_the_next_word():
    [attend] = huiwu.extract("王毅本周四在吉隆坡出席东盟系列外长会议。", published="2025-07-12")
    assert [a.name for a in attend.actors] == ["王毅"]


def test_regret_is_a_concern_and_the_measure_regretted_no_sanction():
    [concern] = huiwu.extract("中方对美方加征关税深表遗憾。", published="2019-05-10")
    assert concern.type == "concern" and [r.name for r in concern.recipients] == ["美国"]


def test_a_measure_falls_on_others_and_is_one_measure_however_many_verbs_tell_it():
    [sanction] = huiwu.extract("中国外交部13日宣布，决定对美国前国务卿蓬佩奥等28名严重损害中国主权的人员实施制裁。",
                               published="2021-01-21")
    assert [a.name for a in sanction.actors] == ["外交部"] and [r.name for r in sanction.recipients] == ["蓬佩奥"]
    [sanction] = huiwu.extract("国务卿蓬佩奥9日宣布，对陈全国、朱海仑、王明山及其直系亲属实施签证限制，禁止入境美国。",
                               published="2020-07-10")
    assert {r.name for r in sanction.recipients} == {"陈全国", "朱海仑", "王明山"}


def test_a_cue_that_needs_what_follows_counts_only_with_it():
    assert huiwu.extract("中方决定对美方实施反制。", published="2025-06-06")[0].type == "sanction"
    assert [e.type for e in huiwu.extract("会议经表决，决定秦刚为国务委员。", published="2023-03-12")] == ["appoint"]
    assert huiwu.extract("习近平在峰会结束后将转往巴西利亚。", published="2024-11-16") == []


def test_him_after_with_is_not_the_one_acting_in_the_clause():
    events = huiwu.extract("布林肯将于18日至19日访华。秦刚外长将同他举行会谈。", published="2023-06-16")
    [talks] = find(events, "talks")
    assert [a.name for a in talks.actors] == ["秦刚"] and [r.name for r in talks.recipients] == ["布林肯"]
    events = huiwu.extract("答：访问期间，习近平主席将同杜达总统举行会谈，李强总理、赵乐际委员长将分别同他会见。",
                           published="2024-06-20")
    assert sorted(e.actors[0].name for e in find(events, "meet", "杜达")) == ["李强", "赵乐际"]
    # …but a person named in an earlier clause is still the one 他 stands for
    [sanction] = huiwu.extract("美方2018年因李尚福主管的部门采购战机，对他实施制裁。", published="2023-06-02")
    assert [r.name for r in sanction.recipients] == ["李尚福"]


def test_rounds_since_a_date_and_one_more_round_are_two_events():
    told = ("今年5月以来，何立峰同美财长贝森特、贸易代表格里尔先后在日内瓦、伦敦举行多轮会谈。"
            "10月下旬，何立峰同贝森特、格里尔在吉隆坡再次会谈。")
    assert len(find(huiwu.extract(told, published="2025-11-01"), "talks", "何立峰", "贝森特")) == 2


def test_bodies_set_up_together_are_named_together():
    [establish] = huiwu.extract("中美双方22日宣布，成立经济领域工作组和金融领域工作组。", published="2023-09-23")
    assert establish.created == "经济领域工作组和金融领域工作组"
    [establish] = huiwu.extract("两国元首同意建立并启动外交安全对话、全面经济对话。", published="2017-04-08")
    assert establish.created == "外交安全对话、全面经济对话"


def test_a_meeting_naming_no_place_on_the_datelines_day_is_where_the_report_was_filed():
    told = "新华社天津9月1日电 上海合作组织成员国元首理事会第二十五次会议1日举行。国家主席习近平主持会议并发表重要讲话。"
    [attend] = huiwu.extract(told, published="2025-09-01")
    assert attend.location.name == "天津" and told[attend.location.mention.start:attend.location.mention.end] == "天津"
    [call] = huiwu.extract("新华社北京5月16日电 国家主席习近平16日同俄罗斯总统普京通电话。", published="2024-05-16")
    assert call.location is None  # a call is held nowhere in particular


def test_the_number_of_a_meeting_in_its_series_is_no_count_and_jianxi_is_during():
    told = "新华社万象10月10日电 国务院总理李强10日出席东亚合作领导人系列会议。"
    events = huiwu.extract(told + "会议间隙，李强同日本首相石破茂举行双边会见。", published="2024-10-10")
    [meeting] = find(events, "meet")
    [attend] = find(events, "attend")
    assert meeting.parent == attend.id
    [meeting] = huiwu.extract("习近平11日在杜尚别同普京、呼日勒苏赫举行中俄蒙元首第五次会晤。", published="2019-06-14")
    assert meeting.count is None


@pytest.mark.parametrize("text", [
    "美方一些人动辄以制裁、出口管制等手段打压中国企业。",
    "只要美方持续收紧出口管制，中方就会以更多反制手段回应。",
    "受美方加征关税等因素影响，对美出口有所回落。",
    "特朗普阵营扬言要对中国商品加征六成关税。",
    "问：有媒体报道称，美国国务卿可能于本月晚些时候访华，外交部能否证实？",
    "习近平回顾说，自己多年前曾访问艾奥瓦州。",
    "有分析人士预计，尹锡悦或将在年内访华。",
    "一名研究员认为，中日韩自贸协定谈判有望在明年取得实质进展。",
    "中国已同150多个国家、30多个国际组织签署了200多份合作文件。",
    "习近平主席先后出访多个国家，出席了一系列重要多边会议。",
    "北京国安队本周启程访问日本。",
    "我们奉劝华盛顿放下冷战思维。",
    "某科技公司近日成立了由首席执行官牵头的专项工作组。",
])
def test_threats_habits_causes_speculation_and_views_are_no_events(text):
    assert huiwu.extract(text, published="2024-11-16") == []


def test_what_is_reported_done_stays_an_event():
    assert [e.status for e in huiwu.extract("2019年5月，美国商务部将华为列入实体清单。", published="2024-11-16")] \
        == ["occurred"]
    events = huiwu.extract("中方坚决反对美方将更多中国实体列入出口管制清单，已就此向美方提出严正交涉。",
                           published="2024-11-16")
    assert [(e.type, e.status) for e in events] == [("concern", "occurred")]
    [visit] = huiwu.extract("王毅曾于2019年访问美国。", published="2024-11-16")
    assert visit.date.start == "2019"


def test_a_month_some_years_ago_is_in_that_year():
    [meeting] = huiwu.extract("十年前的6月，习近平同奥巴马在安纳伯格庄园举行会晤。", published="2023-06-08")
    assert meeting.date.start == "2013-06" and [r.name for r in meeting.recipients] == ["奥巴马"]
    [meeting] = huiwu.extract("两年前的11月，习近平同拜登在巴厘岛会晤。", published="2023-06-08")
    assert meeting.date.start == "2021-11"


def test_heads_written_into_their_body_or_city_and_officials_listed_with_commas():
    [talks] = huiwu.extract("李尚福还同俄国防部长绍伊古举行了会谈。", published="2023-04-17")
    assert [r.name for r in talks.recipients] == ["绍伊古"]
    [meeting] = huiwu.extract("杭州市长姚高员20日在杭州会见基督城市长莫格。", published="2024-06-21")
    assert [a.name for a in meeting.actors] == ["姚高员"] and [r.name for r in meeting.recipients] == ["莫格"]
    [meeting] = huiwu.extract("中国人民对外友好协会会长杨万明19日在北京会见美国前国务卿基辛格。", published="2023-07-20")
    assert [a.name for a in meeting.actors] == ["杨万明"]
    [meeting] = huiwu.extract("四川省委书记王晓晖，省委副书记、省长黄强17日在成都会见了厄立特里亚总统伊萨亚斯。",
                              published="2023-05-18")
    assert [a.name for a in meeting.actors] == ["王晓晖", "黄强"]


def test_a_joint_declaration_of_three_names_all_three():
    for told in ("中华人民共和国、沙特阿拉伯王国、伊朗伊斯兰共和国10日在北京发表三方联合声明。",
                 "中国、沙特、伊朗三国10日在北京发表联合声明。"):
        [agree] = huiwu.extract(told, published="2023-03-11")
        assert {a.name for a in agree.actors} == {"中国", "沙特阿拉伯", "伊朗"}, told
    [agree] = huiwu.extract("李强同尹锡悦、岸田文雄27日在首尔共同发表联合宣言。", published="2024-05-27")
    assert {a.name for a in agree.actors} == {"李强", "尹锡悦", "岸田文雄"}
    [visit] = huiwu.extract("波兰共和国总统杜达将于6月22日至26日对中国进行国事访问。", published="2024-06-20")
    assert [a.name for a in visit.actors] == ["杜达"]


def test_the_leader_of_a_delegation_is_the_one_met():
    for told, name in (("李强在人民大会堂会见美国参议院多数党领袖舒默率领的国会参议员代表团。", "舒默"),
                       ("赵乐际会见以日本众议院议长额贺福志郎为团长的代表团。", "额贺福志郎")):
        [meeting] = huiwu.extract(told, published="2023-10-10")
        assert [r.name for r in meeting.recipients] == [name], told


def test_speaking_at_a_meeting_is_attending_it():
    [attend] = huiwu.extract("李尚福4日在第20届香格里拉对话会上发言。", published="2023-06-05")
    assert attend.type == "attend" and attend.items == ("第20届香格里拉对话会",) and attend.date.start == "2023-06-04"
    assert huiwu.extract("王毅在记者会上发言。", published="2023-06-05") == []
    [attend] = huiwu.extract("安华30日在博鳌亚洲论坛年会开幕式上发表主旨演讲。", published="2023-03-31")
    assert attend.items == ("博鳌亚洲论坛年会开幕式",)


def test_a_mechanism_meeting_held_is_talks_and_one_called_off_is_an_item():
    [talks] = huiwu.extract("中美海上军事安全磋商机制工作小组会议4月3日至4日在檀香山举行。", published="2024-04-10")
    assert talks.type == "talks" and {talks.actors[0].name, talks.recipients[0].name} == {"中国", "美国"}
    told = "外交部宣布采取反制措施，包括取消中美两军战区领导通话、中美国防部工作会晤和中美海上军事安全磋商机制会议。"
    assert [e.type for e in huiwu.extract(told, published="2022-08-05")] == ["sanction"]


def test_a_weekday_ahead_days_before_and_a_span_of_days():
    events = huiwu.extract("马克龙6日同习近平举行会谈。马克龙周五还将前往广州。", published="2023-04-06")
    assert find(events, "visit", "马克龙")[0].date.start == "2023-04-07"
    events = huiwu.extract("新华社北京8月29日电 28日，王毅同沙利文举行会谈。此前两天，沙利文抵达北京。", published="2024-08-29")
    assert find(events, "visit", "沙利文")[0].date.start == "2024-08-26"
    [talks] = huiwu.extract("何立峰5月10日在日内瓦同贝森特举行两日高层经贸会谈。", published="2025-05-13")
    assert talks.date.start == "2025-05-10"


def test_a_cancellation_speaks_of_its_own_clause_or_of_one_turning_against_it():
    [call] = huiwu.extract("布林肯今天与王毅通电话，告知延后访问的决定。", published="2023-02-04")
    assert call.status == "occurred"
    for told in ("布林肯原定访华，但已推迟。", "布林肯原计划今年2月访华，因无人飞艇事件未能成行。"):
        [visit] = huiwu.extract(told, published="2023-06-19")
        assert visit.status == "negated", told
    [meeting] = huiwu.extract("今天上午，布林肯会晤了中共中央外事工作委员会办公室主任王毅。", published="2023-06-19")
    assert [r.name for r in meeting.recipients] == ["王毅"]


def test_a_measure_lifted_or_a_habit_is_no_sanction_and_a_concern_about_abuse_is_a_concern():
    assert huiwu.extract("美方将取消共计91%的加征关税，中方相应取消91%的反制关税。", published="2025-05-12") == []
    [concern] = huiwu.extract("中方对美方滥用出口管制措施表示严重关切。", published="2025-05-12")
    assert concern.type == "concern" and [r.name for r in concern.recipients] == ["美国"]


def test_bylines_summits_invitations_and_trade_measures():
    [sanction] = huiwu.extract("【自由时报记者钟丽华／台北报导】中国商务部昨日宣布，将波音防务等公司列入不可靠实体清单。",
                               published="2023-02-17")
    assert [a.name for a in sanction.actors] == ["商务部"]
    [meeting] = huiwu.extract("拜登周三在二十国集团峰会期间与习近平会晤。", published="2022-11-17")
    assert [a.name for a in meeting.actors] == ["拜登"] and [r.name for r in meeting.recipients] == ["习近平"]
    [visit] = huiwu.extract("他已邀请习近平访问美国。", published="2023-02-17")
    assert visit.status == "planned"
    told = "国务院关税税则委员会4日发布公告，决定自2025年4月10日起对原产于美国的所有进口商品加征34%关税。"
    [sanction] = huiwu.extract(told, published="2025-04-05")
    assert [a.name for a in sanction.actors] == ["国务院关税税则委员会"] and [r.name for r in sanction.recipients] == ["美国"]
    assert sanction.location is None
    [sanction] = huiwu.extract("商务部决定自5日起对原产于欧盟的进口相关白兰地征收反倾销税。", published="2024-07-05")
    assert [r.name for r in sanction.recipients] == ["欧盟"]
    # a list system to be set up is no measure taken yet
    assert [(e.type, e.status) for e in huiwu.extract("中国将建立不可靠实体清单制度。", published="2019-05-31")] == [
        ("establish", "planned")]
    [sanction] = huiwu.extract("商务部将洛克希德·马丁公司列入不可靠实体清单。", published="2023-02-17")
    assert [a.name for a in sanction.actors] == ["商务部"]


def test_successions_places_in_a_country_and_complaints_about_a_later_date():
    events = huiwu.extract("全国人大常委会决定免去秦刚的外交部长职务，由王毅接任。", published="2023-07-25")
    [appointment] = [e for e in events if "免职" not in e.items]
    assert appointment.actors[0].name == "王毅" and appointment.predecessor == "秦刚"
    [talks] = huiwu.extract("何立峰在英国伦敦同美方举行中美经贸磋商机制首次会议。", published="2025-06-10")
    assert [a.name for a in talks.actors] == ["何立峰"]
    [concern] = huiwu.extract("13日，中方就美方拟于9月1日加征关税一事提出严正交涉。", published="2019-08-14")
    assert concern.date.start == "2019-08-13"


def test_the_mainland_as_taiwanese_papers_write_it():
    [demand] = huiwu.extract("陆委会今天要求陆方释放船员。", published="2024-03-01")
    assert [r.name for r in demand.recipients] == ["中国"]
    [visit] = huiwu.extract("黄循财将于下周访陆。", published="2024-03-01")
    assert [r.name for r in visit.recipients] == ["中国"] and visit.status == "planned"


def test_tong_of_tongyi_is_no_with_and_a_complaint_is_not_placed_where_its_object_happened():
    events = huiwu.extract("国家主席习近平14日同法国总统马克龙举行会谈。双方同意在未来几周安排拜登与习近平通话。",
                           published="2025-06-06")
    [call] = find(events, "call")
    assert [a.name for a in call.actors] == ["拜登"] and [r.name for r in call.recipients] == ["习近平"]
    [concern] = huiwu.extract("石破茂对日本人在深圳遇害事件表达严重关切。", published="2024-11-16")
    assert concern.location is None


def test_a_plan_inside_what_was_complained_of_makes_no_plan_of_the_demand_after_it():
    told = "外交部发言人林剑24日表示，中方对美方将中国实体列入出口管制清单表示坚决反对，敦促美方立即纠正错误做法。"
    assert {(e.type, e.status) for e in huiwu.extract(told, published="2025-03-24")} == {
        ("concern", "occurred"), ("demand", "occurred")}


def test_a_newly_taken_post_joins_the_title_chain():
    [appointment] = huiwu.extract("日本自民党新任总裁石破茂1日在临时国会当选日本第102任首相。", published="2024-10-02")
    assert [a.name for a in appointment.actors] == ["石破茂"]


def test_no_one_visits_their_own_country():
    told = "国家主席习近平14日同法国总统马克龙举行会谈。"
    for more in ("他表示，期待早日访问中国。", "习近平随后抵达北京。"):
        assert find(huiwu.extract(told + more, published="2025-06-06"), "visit") == [], more


def test_a_foreign_name_met_with_no_title_is_a_person():
    [meeting] = huiwu.extract("何立峰25日在北京会见东布罗夫斯基斯。", published="2025-03-26")
    assert [r.name for r in meeting.recipients] == ["东布罗夫斯基斯"]
    [talks] = huiwu.extract("赖清德将在马绍尔群岛同海涅举行双边会谈。", published="2024-12-01")
    assert [r.name for r in talks.recipients] == ["海涅"]
    [talks] = huiwu.extract("赖清德将在马绍尔群岛与海涅总统举行双边会谈。", published="2024-12-01")
    assert [r.name for r in talks.recipients] == ["海涅"] and talks.recipients[0].titles == ("总统",)
    assert huiwu.extract("双方同意举行会谈。", published="2025-03-26") == []


def test_the_place_of_the_cues_own_clause_comes_first():
    told = "卢拉13日在上海出席新开发银行的典礼，14日则在北京与习近平会谈。"
    [talks] = find(huiwu.extract(told, published="2023-04-15"), "talks")
    assert talks.location.name == "北京"


def test_a_plan_carries_into_a_joined_event_but_not_into_a_complaint():
    [concern] = huiwu.extract("鲁比奥强调美国将与台湾站在一起，并对中国的军事施压表达严重关切。", published="2025-03-20")
    assert concern.status == "occurred"
    events = huiwu.extract("王毅将于3月25日访问比利时，并出席中欧战略对话。", published="2025-03-20")
    assert {e.status for e in events} == {"planned"}


def test_an_inauguration_attended_is_the_inaugurated_ones_appointment():
    told = "韩正20日在雅加达出席普拉博沃就任印度尼西亚总统的就职仪式。"
    [appointment] = find(huiwu.extract(told, published="2024-10-21"), "appoint")
    assert [a.name for a in appointment.actors] == ["普拉博沃"]
    told = "国家主席习近平特使俞建华1日在巴拿马城出席巴拿马总统穆利诺就职典礼。"  # the one named before 就职典礼
    events = huiwu.extract(told, published="2024-07-03")
    assert [(e.type, e.actors[0].mention.text) for e in events] == [("attend", "俞建华"), ("appoint", "穆利诺")]
    [taken] = find(events, "appoint")
    assert (taken.post, taken.date.start) == ("巴拿马总统", "2024-07-01")


def test_the_side_a_representation_is_made_to_is_the_one_complained_of():
    for told in ("中方已向美方提出严正交涉。", "中方对此坚决反对，已向美方提出严正交涉。"):
        [concern] = huiwu.extract(told, published="2024-05-21")
        assert [r.name for r in concern.recipients] == ["美国"], told


def test_publication_date_is_read_from_a_date_line_and_its_absence_is_noted():
    result = huiwu.extract_article(Article(text="2023-06-20 来源：新华网\n\n19日，习近平会见布林肯。"))
    assert result.article.published.isoformat() == "2023-06-20"
    assert result.events and result.events[0].date.start == "2023-06-19"
    result = huiwu.extract_article(Article(text="19日，习近平会见布林肯。"))
    assert result.notes and "publication date" in result.notes[0]


@given(st.text(alphabet=st.sampled_from(list("习近平会见拜登同与和在将于不未11月8日至12日，。访美华中方美方双方举行会谈通电话制裁对《》\n王毅布林肯应邀请"
                                             "葉倫三藩市昨日今天上旬")), max_size=80))
@settings(max_examples=300, deadline=None)
def test_extraction_never_raises_and_spans_stay_inside(text):
    for event in huiwu.extract(text, published="2023-11-11"):
        for span in spans_of(event):
            assert 0 <= span.start <= span.end <= len(text)
            if span.text is not None:
                assert text[span.start:span.end] == span.text
        if event.date.start and event.date.end:
            assert event.date.start <= event.date.end


def test_every_example_has_gold_and_a_findable_publication_date():
    gold = {p.stem for corpus in CORPORA for p in (corpus / "gold").glob("*.jsonl")}
    for path in article_paths():
        assert path.stem in gold, path
        for article in read_path(str(path)):
            from huiwu.extraction.dates import published_from_text

            assert article.published or published_from_text(article.text), path


def test_demo_example_is_shipped():
    example = Path(huiwu.__file__).parent / "examples" / "xinhua-wang-yi-blinken.txt"
    events = huiwu.extract(example.read_text(encoding="utf-8"))
    assert find(events, "meet", "习近平", "布林肯") and find(events, "talks", "秦刚", "布林肯")


def test_a_list_named_in_quotes_or_at_length_is_a_sanction():
    told = "國台辦今天宣布，將民進黨立委林某等5人列入「台獨頑固分子」清單，禁止其進入大陸。"
    [sanction] = huiwu.extract(told, published="2024-05-10")
    assert [a.name for a in sanction.actors] == ["国务院台湾事务办公室"] and sanction.items == ("台独顽固分子清单",)
    [sanction] = huiwu.extract("商务部9日宣布，将美国6家军工企业列入出口管制管控名单。", published="2024-05-10")
    assert [r.name for r in sanction.recipients] == ["美国"] and sanction.items[0] == "出口管制管控名单"
    assert huiwu.extract("会议决定将该议题列入下一次会议议程。", published="2024-05-10") == []
    assert huiwu.extract("这家公司2019年被美国列入实体清单。", published="2024-05-10") == []


def test_an_ambassador_recalled_and_relations_downgraded_are_sanctions():
    told = "外交部10日发表声明，中国政府决定召回驻立陶宛大使，并要求立陶宛政府召回驻华大使。"
    events = huiwu.extract(told, published="2021-08-10")
    [sanction] = find(events, "sanction")
    assert [a.name for a in sanction.actors] == ["中国"] and [r.name for r in sanction.recipients] == ["立陶宛"]
    assert [e.type for e in events] == ["sanction", "demand"]
    [sanction] = huiwu.extract("中方决定将两国外交关系降为代办级。", published="2021-11-21")
    assert sanction.type == "sanction" and [a.name for a in sanction.actors] == ["中国"]
    # the measure falls on the country of the post, not on the envoy recalled
    [sanction] = huiwu.extract("中方已宣布召回驻美国大使秦刚回国述职，并要求立方召回驻华大使。", published="2021-08-10")
    assert [r.name for r in sanction.recipients] == ["美国"]
    [sanction] = huiwu.extract("立陶宛政府召回了驻华大使。", published="2021-08-10")
    assert [a.name for a in sanction.actors] == ["立陶宛"] and [r.name for r in sanction.recipients] == ["中国"]


def test_sending_no_one_to_an_event_is_a_negated_attendance():
    [boycott] = huiwu.extract("美方未派任何官方代表出席北京冬奥会。", published="2021-12-08")
    assert boycott.type == "attend" and boycott.status == "negated" and [a.name for a in boycott.actors] == ["美国"]
    [sent] = huiwu.extract("中方派国务委员王勇出席开幕式。", published="2021-12-08")
    assert sent.status == "occurred" and [a.name for a in sent.actors] == ["王勇"]


def test_a_call_named_with_both_sides_and_views_exchanged_in_it():
    [call] = huiwu.extract("王毅同布林肯通电话时表示，中方愿意保持沟通。", published="2023-11-10")
    assert call.type == "call" and [r.name for r in call.recipients] == ["布林肯"]
    # the views exchanged are those of the call or talks just told, and their topic names no party
    [call] = huiwu.extract("王毅同布林肯通电话，双方就乌克兰局势交换意见。", published="2023-11-10")
    assert call.type == "call"
    [talks] = huiwu.extract("王毅同布林肯举行会谈，双方就中美关系交换意见。", published="2023-11-10")
    assert [r.name for r in talks.recipients] == ["布林肯"]


def test_both_sides_of_talks_with_a_country_agree():
    told = "何立峰在斯德哥尔摩同美方举行经贸会谈，双方同意继续推动关税展期90天。"
    talks, agree = huiwu.extract(told, published="2025-07-30")
    assert talks.type == "talks" and agree.type == "agree"
    assert [a.name for a in agree.actors] == ["何立峰", "美国"] and agree.items == ("继续推动关税展期90天",)
    [talks] = huiwu.extract("王毅同美方举行会谈。双方就中美关系交换意见。", published="2025-07-30")
    assert [r.name for r in talks.recipients] == ["美国"]


def test_a_telephone_conference_and_calls_ruled_out_at_a_distance():
    [call] = huiwu.extract("岸田文雄20日与尹锡悦进行了电话会谈。", published="2023-05-21")
    assert call.type == "call" and call.date.start == "2023-05-20"
    for told in ("拜登说，他不会在近期同习近平通电话。", "拜登近期不打算同习近平通电话。"):
        [call] = huiwu.extract(told, published="2023-05-21")
        assert call.status == "negated", told
    [call] = huiwu.extract("王毅在北京同布林肯通电话。", published="2023-05-21")
    assert call.status == "occurred"


def test_a_first_side_joined_by_he_and_a_marker_inside_a_title():
    [call] = huiwu.extract("马克龙和朔尔茨7日同泽连斯基通电话。", published="2023-05-21")
    assert [a.name for a in call.actors] == ["马克龙", "朔尔茨"] and [r.name for r in call.recipients] == ["泽连斯基"]
    [talks] = huiwu.extract("王毅同布林肯和沙利文举行会谈。", published="2023-05-21")
    assert [a.name for a in talks.actors] == ["王毅"] and [r.name for r in talks.recipients] == ["布林肯", "沙利文"]
    # 计划 of 国家卫生和计划生育委员会 plans nothing, and its 和 joins no sides
    told = "国家卫生和计划生育委员会主任李斌12日在杭州同伊朗第一副总统贾汉吉里举行会谈。"
    [talks] = huiwu.extract(told, published="2017-08-12")
    assert talks.status == "occurred" and [r.name for r in talks.recipients] == ["贾汉吉里"]
    [talks] = huiwu.extract("李斌将于下周同贾汉吉里举行会谈。", published="2017-08-12")
    assert talks.status == "planned"


def test_a_consensus_on_what_it_is_about():
    events = huiwu.extract("王毅同布林肯通电话，双方就禁毒合作、人工智能达成共识。", published="2025-06-01")
    [agree] = find(events, "agree")
    assert agree.items == ("禁毒合作", "人工智能")
    events = huiwu.extract("王毅同布林肯举行会谈，双方就加强经贸合作等问题达成重要共识。", published="2025-06-01")
    [agree] = find(events, "agree")
    assert agree.items == ("加强经贸合作",)


def test_failing_to_agree_or_to_hold_a_call_is_negated():
    events = huiwu.extract("王毅同布林肯举行会谈，双方未能就建立新的磋商机制达成一致。", published="2025-06-01")
    assert {e.type: e.status for e in events} == {"talks": "occurred", "agree": "negated", "establish": "negated"}
    [call] = huiwu.extract("奥斯汀与李尚福至今未实现通话。", published="2023-06-01")
    assert call.status == "negated"


def test_a_body_set_up_named_as_its_subject_and_a_post_held_from_a_date():
    [established] = huiwu.extract("中美经济领域工作组22日宣布成立。", published="2023-09-23")
    assert established.type == "establish" and established.created == "中美经济领域工作组"
    assert [a.name for a in established.actors] == ["中国", "美国"] and established.date.start == "2023-09-22"
    assert huiwu.extract("这一机制的建立，有助于双方沟通。", published="2023-09-23") == []
    [appointed] = huiwu.extract("王毅自7月25日起担任外交部长。", published="2023-09-23")
    assert appointed.type == "appoint" and appointed.post == "外交部长" and appointed.date.start == "2023-07-25"


def test_a_delegation_the_lexicon_cannot_name_visits_from_its_country():
    [visit] = huiwu.extract("柬埔寨人民党代表团将于7月10日至15日访华。", published="2024-07-05")
    assert visit.status == "planned" and [a.name for a in visit.actors] == ["柬埔寨"]
    assert [r.name for r in visit.recipients] == ["中国"] and visit.date.start == "2024-07-10"


def test_an_official_of_a_post_added_to_the_knowledge_base_is_met():
    [meeting] = huiwu.extract("何立峰同英国财政大臣在伦敦举行会谈。", published="2025-01-11")
    assert [r.name for r in meeting.recipients] == ["里夫斯"]


def test_the_ministries_of_a_pair_are_each_sides_own():
    [talks] = huiwu.extract("中美两国外交部12日在华盛顿举行副部长级磋商。", published="2025-01-13")
    assert [a.name for a in talks.actors] == ["中国"] and [r.name for r in talks.recipients] == ["美国"]
    assert talks.location.name == "华盛顿"


def test_the_one_congratulated_as_qi_took_up_the_post():
    [appointed] = huiwu.extract("习近平7日致电马克龙，祝贺其当选法国总统。", published="2022-04-26")
    assert appointed.type == "appoint" and [a.name for a in appointed.actors] == ["马克龙"]


def test_a_ministry_written_out_between_country_and_title_is_part_of_the_title():
    for told, name, title, country in (
            ("王文涛12日在北京会见德国联邦经济和气候保护部长哈贝克。", "哈贝克", "德国联邦经济和气候保护部长", "DEU"),
            ("王毅10日在东京会见日本经济产业大臣斋藤健。", "斋藤健", "日本经济产业大臣", "JPN"),
            ("何立峰9日在北京会见英国商业贸易大臣巴德诺赫。", "巴德诺赫", "英国商业贸易大臣", "GBR"),
            ("王毅8日会见新加坡贸工部长颜金勇。", "颜金勇", "新加坡贸工部长", "SGP")):
        [meeting] = huiwu.extract(told, published="2024-06-12")
        [recipient] = meeting.recipients
        assert (recipient.name, recipient.titles, recipient.country) == (name, (title,), country), told
    # a clause with a verb in it is no ministry's name
    assert all(r.kind != "person" for e in huiwu.extract("美国多名国会议员近日窜访台湾。", published="2024-06-12")
               for r in e.actors)


def test_a_known_short_name_at_the_end_of_an_unknown_one_after_a_title_gives_way():
    [meeting] = huiwu.extract("王文涛12日会见德国经济部长哈贝克。", published="2024-06-12")
    assert [(r.name, r.country) for r in meeting.recipients] == [("哈贝克", "DEU")]


def test_a_korean_minister_is_a_changgwan():
    [meeting] = huiwu.extract("王毅8日会见韩国外交部长官赵兑烈。", published="2024-06-12")
    assert [(r.id, r.titles) for r in meeting.recipients] == [("person/cho-tae-yul", ("外长",))]
    [meeting] = huiwu.extract("王毅8日会见韩国海洋水产部长官姜度亨。", published="2024-06-12")
    assert [(r.name, r.titles, r.country) for r in meeting.recipients] == [("姜度亨", ("韩国海洋水产部长官",), "KOR")]
    [meeting] = huiwu.extract("王毅8日会见韩国统一部长官金暎浩。", published="2024-06-12")
    assert [(r.id, r.country) for r in meeting.recipients] == [("person/kim-yung-ho", "KOR")]


def test_countries_listed_before_their_delegations_or_leaders_are_each_met_separately():
    told = "国务委员兼公安部部长王小洪10日在北京分别会见了老挝、柬埔寨警方代表团。"
    meetings = huiwu.extract(told, published="2024-06-12")
    assert sorted((e.type, tuple(r.name for r in e.recipients)) for e in meetings) == [
        ("meet", ("柬埔寨",)), ("meet", ("老挝",))]
    [meeting] = huiwu.extract("习近平10日在人民大会堂会见越南领导人。", published="2024-06-12")
    assert [(r.kind, r.country) for r in meeting.recipients] == [("country", "VNM")]


def test_a_meeting_that_could_not_be_held_as_planned_is_negated():
    told = "原定今年9月在德国举行的中国和欧盟领导人会晤，受疫情影响未能如期举行。"
    [meeting] = huiwu.extract(told, published="2020-09-15")
    assert (meeting.type, meeting.status) == ("meet", "negated")


def test_a_day_before_by_what_means_is_a_date():
    [call] = huiwu.extract("国务院副总理丁薛祥12日以视频方式会见世界知识产权组织总干事邓鸿森。", published="2024-06-20")
    assert call.date.start == "2024-06-12"


def test_a_plan_called_off_is_dated_to_the_nearer_of_its_possible_days():
    for day, expected in (("13日", "2024-06-13"), ("10日", "2024-06-10")):
        [visit] = huiwu.extract(f"日本外相上川阳子原定{day}访问菲律宾，但因国会日程已取消此行。", published="2024-06-12")
        assert (visit.status, visit.date.start) == ("negated", expected)


def test_a_known_name_under_another_countrys_title_is_a_namesake():
    [meeting] = huiwu.extract("王毅12日会见俄罗斯副总理诺瓦克。", published="2024-06-12")
    assert [(r.id, r.country) for r in meeting.recipients] == [("person/诺瓦克", "RUS")]
    [meeting] = huiwu.extract("李强28日在北京会见美国特斯拉公司首席执行官马斯克。", published="2024-04-29")
    assert [(r.name, r.country) for r in meeting.recipients] == [("马斯克", "USA")]
    # the one who held the post, and the same one when named bare later
    told = "杨晓渡31日在北京会见美国驻韩国大使哈里斯。\n\n去年6月19日，刘鹤曾在芝加哥同哈里斯会谈。"
    assert {r.id for e in huiwu.extract(told, published="2021-01-31") for r in e.recipients} == {"person/harry-harris"}


def test_foreign_names_the_lexicon_does_not_know_are_read_whole():
    for told, name in (("王沪宁12日在北京会见老挝建国阵线中央委员会主席赛宋蓬·丰威汉。", "赛宋蓬·丰威汉"),
                       ("张国清12日在北京会见巴西矿业和能源部长亚历山大·西尔韦拉。", "亚历山大·西尔韦拉"),
                       ("韩正12日在北京会见越南国家副主席武氏映春。", "武氏映春"),
                       ("习近平12日接受韩国新任驻华大使郑在浩递交国书。", "郑在浩"),
                       ("丁薛祥12日在北京会见日本经济团体联合会会长十仓雅和。", "十仓雅和"),
                       ("王毅12日在北京会见日本福冈市市长高岛宗一郎。", "高岛宗一郎"),
                       ("谌贻琴12日在北京会见联合国儿童基金会执行主任拉塞尔。", "拉塞尔")):
        [meeting] = huiwu.extract(told, published="2024-06-13")
        assert [r.name for r in meeting.recipients] == [name], told


def test_a_title_after_the_full_name_of_a_state_is_its_post():
    [meeting] = huiwu.extract("王毅12日会见波兰共和国总统杜达。", published="2024-06-12")
    assert [r.titles for r in meeting.recipients] == [("总统",)]
    [meeting] = huiwu.extract("王毅12日会见越南政府副总理陈红河。", published="2024-06-12")
    assert [r.country for r in meeting.recipients] == ["VNM"]


def test_a_city_or_province_named_by_one_character_is_the_place():
    for told, place in (("上海市委书记陈吉宁12日会见来沪访问的新加坡副总理王瑞杰。", "上海"),
                        ("何立峰12日在港会见李家超。", "香港"), ("王毅12日在京会见布林肯。", "北京")):
        [meeting] = find(huiwu.extract(told, published="2024-06-13"), "meet")
        assert meeting.location.name == place, told


def test_a_bilateral_meeting_co_chaired_is_held_between_the_two_chairs():
    told = "国务院总理李强17日在堪培拉同澳大利亚总理阿尔巴尼斯共同主持第九轮中澳总理年度会晤。"
    [meeting] = find(huiwu.extract(told, published="2024-06-18"), "meet")
    assert ([a.name for a in meeting.actors], [r.name for r in meeting.recipients]) == (["李强"], ["阿尔巴尼斯"])
    # the pair before a title stays a pair: 中俄 + 外交部长, not 中 + 俄外交部长
    told = "王毅与俄罗斯外长拉夫罗夫9日在北京共同主持中俄外交部长会谈。"
    [talks] = find(huiwu.extract(told, published="2024-06-18"), "talks")
    assert ([a.name for a in talks.actors], [r.name for r in talks.recipients]) == (["王毅"], ["拉夫罗夫"])


def test_a_meeting_held_in_the_clause_before_gives_the_attendance_its_name_and_place():
    told = ("中日韩外长会11日在首尔举行，外交部长王毅、日本外相上川阳子和韩国外长赵兑烈出席。"
            "此前一天，王毅同赵兑烈举行了双边会谈。")
    events = huiwu.extract(told, published="2024-06-12")
    [attendance] = find(events, "attend")
    assert (attendance.items, attendance.location.name) == (("中日韩外长会",), "首尔")
    [talks] = find(events, "talks")  # the day before, by the meeting both came for
    assert (talks.date.start, talks.location.name) == ("2024-06-10", "首尔")
    told = "第二十届中国—东盟博览会17日在南宁开幕，国务院总理李强出席开幕式并致辞。"
    [attendance] = huiwu.extract(told, published="2023-09-18")
    assert (attendance.items, attendance.location.name) == (("第二十届中国—东盟博览会开幕式",), "南宁")


def test_one_who_did_not_go_did_not_attend_and_the_one_sent_in_his_place_did():
    told = "俄罗斯总统普京去年8月未赴南非出席金砖国家领导人约翰内斯堡会晤，由外长拉夫罗夫代为出席。"
    attended = find(huiwu.extract(told, published="2024-06-12"), "attend")
    assert sorted((a.actors[0].name, a.status, a.items) for a in attended) == [
        ("拉夫罗夫", "occurred", ("金砖国家领导人约翰内斯堡会晤",)),
        ("普京", "negated", ("金砖国家领导人约翰内斯堡会晤",))]


def test_a_visit_whose_report_is_denied_is_negated_and_the_denier_does_not_visit():
    [visit] = huiwu.extract("外交部发言人林剑11日否认了有关外交部长王毅将于近期访问朝鲜的报道。", published="2024-06-12")
    assert (visit.status, [a.name for a in visit.actors]) == ("negated", ["王毅"])


def test_one_the_lexicon_does_not_know_takes_up_a_post():
    told = "中央社台北11日電 行政院長卓榮泰今天宣布，由林佳龍出任外交部長，接替吳釗燮。"
    [appointment] = huiwu.extract(told, published="2024-05-12")
    assert ([a.name for a in appointment.actors], appointment.predecessor) == (["林佳龙"], "吴钊燮")
    for told in ("瑟尔斯基2月8日接替扎卢日内出任乌克兰武装部队总司令。", "泽连斯基2月8日任命瑟尔斯基为乌克兰武装部队总司令。"):
        [appointment] = huiwu.extract(told, published="2024-06-12")
        assert ([a.name for a in appointment.actors], appointment.date.start) == (["瑟尔斯基"], "2024-02-08"), told
    assert huiwu.extract("由何人出任外长尚未确定。", published="2024-06-12") == []


def test_what_a_press_conference_tells_as_done_is_not_put_on_a_day_announced_for_a_visit():
    told = ("新华社北京5月10日电 林剑宣布，俄罗斯总统普京将于5月16日至17日对中国进行国事访问。\n\n"
            "有记者问，美国政府拟提高对中国电动汽车加征的关税，中方对此有何评论？林剑表示，中方对此表示严重关切。"
            "中方要求美方立即纠正错误做法。\n\n林剑表示，中方支持适时召开各方平等参与的国际和会。")
    events = huiwu.extract(told, published="2024-05-10")
    assert sorted((e.type, e.status, e.date.start) for e in events if e.type != "visit") == [
        ("concern", "occurred", "2024-05-10"), ("demand", "occurred", "2024-05-10")]
    [concern] = find(events, "concern")
    assert [r.name for r in concern.recipients] == ["美国"]  # what the question was about, not the visit before


def test_the_country_whose_doing_is_complained_of_is_the_one_addressed():
    for told, country in (("中方对阿根廷干涉中国内政的言行表示坚决反对。", "阿根廷"),
                          ("中方对肯尼亚军舰过航台湾海峡表示坚决反对。", "肯尼亚")):
        [concern] = huiwu.extract(told, published="2024-06-12")
        assert [r.name for r in concern.recipients] == [country], told


def test_a_stand_taken_against_no_one_is_no_complaint():
    for told in ("中方支持多边主义，反对单边主义和保护主义。", "李强指出，中方反对把经贸问题政治化、泛安全化。",
                 "双方反对任何外部势力干涉地区国家内政。"):
        assert find(huiwu.extract(told, published="2024-06-12"), "concern") == [], told


def test_export_control_as_a_topic_or_in_a_bodys_name_is_no_sanction():
    for told in ("中国商务部和美国商务部11日宣布成立出口管制信息交流工作组。", "双方就出口管制问题交换了意见。"):
        assert find(huiwu.extract(told, published="2024-06-12"), "sanction") == [], told
    events = huiwu.extract("美方11日对华为实施出口管制，中方表示坚决反对。", published="2024-06-12")
    [concern] = find(events, "concern")  # a bare complaint right after the measure is about it
    assert [r.name for r in concern.recipients] == ["美国"] and len(find(events, "sanction")) == 1


def test_a_removal_by_jiechu_and_its_successor_in_one_sentence():
    told = "俄罗斯总统普京12日签署命令，解除帕特鲁舍夫的俄罗斯联邦安全会议秘书职务，任命绍伊古为俄罗斯联邦安全会议秘书。"
    appointments = huiwu.extract(told, published="2024-05-13")
    assert sorted((e.actors[0].name, e.predecessor, e.items) for e in appointments) == [
        ("帕特鲁舍夫", None, ("免职",)), ("绍伊古", "帕特鲁舍夫", ())]
    told = "习近平任命邓励为中华人民共和国驻法兰西共和国特命全权大使，免去卢沙野的驻法兰西共和国特命全权大使职务。"
    [appointed] = [e for e in huiwu.extract(told, published="2024-06-12") if "免职" not in e.items]
    assert appointed.predecessor == "卢沙野"


def test_a_plan_announced_is_still_a_plan():
    [measure] = huiwu.extract("欧盟委员会12日宣布拟对自华进口电动汽车征收临时反补贴税。", published="2024-06-12")
    assert (measure.type, measure.status) == ("sanction", "planned")


def test_another_given_name_before_a_known_family_name_is_another_person():
    [left] = huiwu.extract("菲律宾副总统莎拉·杜特尔特11日宣布辞去教育部长职务。", published="2024-06-12")
    assert [(a.name, a.country) for a in left.actors] == [("莎拉·杜特尔特", "PHL")]
    [meeting] = huiwu.extract("何立峰会见美国国家安全事务助理迈克尔·沃尔兹。", published="2025-06-12")
    assert [r.id for r in meeting.recipients] == ["person/mike-waltz"]  # 迈克尔 and 迈克: one name


def test_a_nomination_is_a_planned_appointment():
    [nominated] = huiwu.extract("普京12日提名第一副总理别洛乌索夫出任国防部长。", published="2024-05-13")
    assert (nominated.type, nominated.status, nominated.post) == ("appoint", "planned", "国防部长")


def test_a_new_term_sworn_in_is_of_the_post_held_that_day():
    [sworn] = huiwu.extract("普京7日在克里姆林宫宣誓就职。", published="2024-05-13")
    assert (sworn.type, sworn.date.start, sworn.post) == ("appoint", "2024-05-07", "总统")


def test_a_visit_told_by_its_place_before_the_verb():
    [visit] = huiwu.extract("11日至12日，王毅在塔什干访问。", published="2024-05-13")
    assert (visit.location.name, [r.name for r in visit.recipients]) == ("塔什干", ["乌兹别克斯坦"])


def test_multilateral_meetings_named_by_their_members():
    told = "中国、俄罗斯和巴基斯坦关于阿富汗问题的三方会谈9日在莫斯科举行。"
    [talks] = huiwu.extract(told, published="2024-06-12")
    assert talks.location.name == "莫斯科"  # 关于阿富汗 is what it is about, not where
    told = "习近平7日在人民大会堂集体会见来华出席中国－东盟外长特别会议的东盟国家外长。"
    events = huiwu.extract(told, published="2024-06-12")
    assert [e.type for e in events] == ["meet"]  # the guests came to attend, not the host
    assert all(r.kind != "person" for r in events[0].recipients)  # 外长特别会议 names no one


def test_hosts_of_every_country_of_a_tour_are_kept():
    told = ("应新西兰总理拉克森、澳大利亚总理阿尔巴尼斯和马来西亚总理安瓦尔邀请，国务院总理李强将于13日至20日"
            "对新西兰、澳大利亚和马来西亚进行正式访问。")
    [visit] = huiwu.extract(told, published="2024-06-12")
    assert {r.name for r in visit.recipients if r.kind == "person"} == {"拉克森", "阿尔巴尼斯", "安瓦尔"}


def test_two_days_and_two_met_separately_are_one_day_each():
    told = "韩正10日和11日在北京分别会见了越南政府副总理陈红河和老挝外长沙伦赛。"
    meetings = huiwu.extract(told, published="2024-06-12")
    assert sorted((e.date.start, e.recipients[0].country) for e in meetings) == [
        ("2024-06-10", "VNM"), ("2024-06-11", "LAO")]


def test_the_time_and_place_of_what_is_agreed_belong_to_a_planned_meeting():
    told = "何立峰同耶伦12日在华盛顿举行会谈。双方同意今年下半年在北京举行下一轮磋商。"
    events = huiwu.extract(told, published="2024-06-13")
    [agreed] = find(events, "agree")
    assert (agreed.status, agreed.date.start, agreed.location.name) == ("occurred", "2024-06-12", "华盛顿")
    planned = [e for e in find(events, "talks") if e.status == "planned"]
    assert [(e.date.start, e.date.end, e.location.name) for e in planned] == [("2024-07", "2024-12", "北京")]
    # agreeing to go on talking names no meeting
    told = "何立峰同耶伦12日在华盛顿举行会谈。双方同意继续就经贸问题保持磋商，力争年内完成谈判。"
    assert len(find(huiwu.extract(told, published="2024-06-13"), "talks")) == 1


def test_a_consensus_issued_together_is_an_agreement():
    [agreed] = huiwu.extract("5月23日，中国和巴西就政治解决乌克兰危机发布“六点共识”。", published="2024-06-13")
    assert ([a.name for a in agreed.actors], agreed.date.start) == (["中国", "巴西"], "2024-05-23")


def test_the_day_after_told_as_geri():
    told = "裴洛西2022年8月2日深夜抵台訪問，隔日在總統府與總統蔡英文會面。"
    [meeting] = find(huiwu.extract(told, published="2022-08-04"), "meet")
    assert meeting.date.start == "2022-08-03"


def test_a_call_not_arranged_and_the_speaker_as_the_one_who_would_call():
    told = "總統賴清德今（16）日受訪時表示，目前並未安排與美國總統拜登通話。"
    [call] = huiwu.extract(told, published="2024-10-16")
    assert (call.status, [a.name for a in call.actors], [r.name for r in call.recipients]) == (
        "negated", ["赖清德"], ["拜登"])
    [call] = huiwu.extract("王毅表示，将在近期同布林肯通电话。", published="2024-10-16")
    assert (call.status, [a.name for a in call.actors]) == ("planned", ["王毅"])


def test_envoys_the_knowledge_base_cannot_name_stand_for_their_countries():
    [meeting] = huiwu.extract("重庆市委书记袁家军19日会见匈牙利驻华大使一行。", published="2024-09-20")
    assert [(r.kind, r.country) for r in meeting.recipients] == [("country", "HUN")]
    [meeting] = huiwu.extract("云南省委书记王宁19日在昆明集体会见老挝、缅甸、越南驻华大使。", published="2024-09-20")
    assert [r.country for r in meeting.recipients] == ["LAO", "MMR", "VNM"]


def test_an_unknown_official_under_a_chinese_post_is_chinese():
    [attended] = huiwu.extract("江苏省省长许昆林19日在南京出席2024江苏—德国经贸合作交流会并致辞。", published="2024-09-20")
    assert [(a.name, a.country) for a in attended.actors] == [("许昆林", "CHN")]


def test_a_title_of_another_country_after_yu_begins_the_other_side():
    [meeting] = huiwu.extract("美國國務卿與日本外相岩屋毅昨（15）日在東京會晤。", published="2024-10-16")
    assert ([a.id for a in meeting.actors], [r.name for r in meeting.recipients], meeting.date.start) == (
        ["person/antony-blinken"], ["岩屋毅"], "2024-10-15")


def test_the_leader_of_a_party_delegation_met_is_of_that_party_s_country():
    told = "中联部部长刘建超19日在京会见老挝人民革命党中央委员、中央对外联络部部长通萨万率领的老挝人民革命党代表团。"
    [meeting] = huiwu.extract(told, published="2024-09-20")
    assert [(r.name, r.country) for r in meeting.recipients] == [("通萨万", "LAO")]


def test_one_who_resigns_leaves_the_post_named_with_him():
    [left] = huiwu.extract("英國首相施凱爾的幕僚長葛雷6日請辭。", published="2024-10-16")
    assert ([a.name for a in left.actors], left.post, left.items, left.date.start) == (
        ["葛雷"], "幕僚长", ("免职",), "2024-10-06")


def test_the_day_a_plan_was_told_is_not_the_day_of_the_plan():
    [visit] = huiwu.extract("馬克宏6日表示將訪問中國。", published="2024-10-16")
    assert visit.status == "planned" and visit.date.start != "2024-11-06"


def test_titles_of_envoys_divisions_and_candidates():
    [meeting] = huiwu.extract("9月19日，新任德国驻沈阳总领事拜会辽宁省委书记郝鹏。", published="2024-09-20")
    assert ([a.country for a in meeting.actors], [r.name for r in meeting.recipients]) == (["DEU"], ["郝鹏"])
    [meeting] = huiwu.extract("浙江省委书记王浩19日在杭州会见澳大利亚维多利亚州州长艾伦一行。", published="2024-09-20")
    assert [(r.name, r.country) for r in meeting.recipients] == [("艾伦", "AUS")]
    told = "美國共和黨總統候選人川普9月27日在紐約川普大樓與烏克蘭總統澤倫斯基會面。"
    [meeting] = huiwu.extract(told, published="2024-10-16")
    assert ([a.name for a in meeting.actors], [r.name for r in meeting.recipients]) == (["特朗普"], ["泽连斯基"])


def test_a_negation_told_of_the_past_is_dated_in_the_past():
    told = "商务部新闻发言人何亚东24日表示，目前中美双方没有就经贸问题进行任何谈判。"
    [talks] = huiwu.extract(told, published="2025-05-20")
    assert (talks.status, talks.date.start) == ("negated", "2025-04-24")


def test_duties_named_after_the_verb_are_sanctions():
    told = "欧盟委员会当地时间10月29日宣布，对从中国进口的纯电动汽车征收为期五年的反补贴税。"
    [measure] = huiwu.extract(told, published="2025-05-20")
    assert (measure.type, [r.name for r in measure.recipients], measure.date.start) == ("sanction", ["中国"], "2024-10-29")


def test_words_that_look_like_events_inside_names():
    hotline = huiwu.extract("2023年3月31日，中日防务部门海空联络机制直通电话正式开通。", published="2025-05-20")
    assert find(hotline, "call") == []  # 直通电话 is a channel, not a call
    [agreed] = huiwu.extract("中美双方12日发表日内瓦经贸会谈联合声明。", published="2025-05-20")
    assert (agreed.type, agreed.date.start) == ("agree", "2025-05-12")
    [talks] = huiwu.extract("日本防卫大臣中谷元去年11月在老挝万象同中国国防部长董军举行了会谈。", published="2025-05-20")
    assert [a.name for a in talks.actors] == ["中谷元"]


def test_a_venue_after_a_city_is_where_not_who():
    [talks] = huiwu.extract("习近平6日在巴黎爱丽舍宫同法国总统马克龙举行会谈。", published="2024-05-07")
    assert ([a.name for a in talks.actors], [r.name for r in talks.recipients]) == (["习近平"], ["马克龙"])


def test_met_one_after_another_each_is_a_meeting_held_where_he_was_that_day():
    told = "习近平16日在利马先后会见了智利总统博里奇、泰国总理佩通坦和新西兰总理拉克森。"
    assert sorted(e.recipients[0].name for e in huiwu.extract(told, published="2024-11-20")) == ["佩通坦", "博里奇", "拉克森"]
    told = "李强4日在上海会见新加坡总理黄循财。当天，李强还分别会见了越南总理范明政和老挝总理宋赛。"
    assert {e.location.name for e in huiwu.extract(told, published="2024-11-20")} == {"上海"}


def test_a_month_told_just_after_a_dated_visit_is_of_its_year():
    told = "卢卡申科于2023年2月28日至3月2日对中国进行国事访问。3月1日，习近平在人民大会堂同卢卡申科举行会谈。"
    [talks] = find(huiwu.extract(told, published="2024-11-20"), "talks")
    assert talks.date.start == "2023-03-01"
    told = "中方曾于2020年7月宣布对他实施制裁。国家主席习近平6月5日应约与美国总统特朗普通电话。"
    [call] = find(huiwu.extract(told, published="2025-07-12"), "call")
    assert call.date.start == "2025-06-05"  # before the day just told: this year's


def test_a_relation_upgraded_by_jiang_as_object_marker_is_done():
    [agreed] = huiwu.extract("两国领导人共同宣布将中匈关系提升为新时代全天候全面战略伙伴关系。", published="2024-05-10")
    assert (agreed.type, agreed.status) == ("agree", "occurred")


def test_what_a_side_should_do_said_by_another_is_a_demand():
    told = "外交部发言人毛宁19日说，美方应立即纠正错误做法，停止对中国企业的无理打压。"
    [demand] = huiwu.extract(told, published="2024-11-20")
    assert (demand.type, [r.name for r in demand.recipients], demand.date.start) == ("demand", ["美国"], "2024-11-19")
    assert demand.items == ("立即纠正错误做法,停止对中国企业的无理打压",)
    # a side saying what it should do itself, or no one saying it, is no demand
    for told in ("王毅表示，中方应立即采取措施。", "美方应立即停止。", "双方表示，应对气候变化挑战。"):
        assert huiwu.extract(told, published="2024-11-20") == [], told


def test_both_sides_after_talks_and_a_call_of_courtesy_are_those_of_the_talks():
    told = "习近平6日同欧尔班举行会谈，并会见了舒尤克。双方同意加强合作。"
    [agreed] = find(huiwu.extract(told, published="2024-07-06"), "agree")
    assert [a.name for a in agreed.actors] == ["习近平", "欧尔班"]


def test_agreed_clauses_after_a_comma_with_verbs_of_their_own_are_agreed_too():
    told = "王毅同瓦德富尔举行会谈。双方同意保持高层交往，尽早举行新一轮中德政府磋商。"
    [agreed] = find(huiwu.extract(told, published="2025-07-07"), "agree")
    assert agreed.items == ("保持高层交往", "尽早举行新一轮中德政府磋商")


def test_a_post_taken_up_long_since_dates_nothing_after_it():
    told = ("董军16日同奥斯汀视频通话。这是董军去年12月就任国防部长以来两人首次通话。"
            "董军表示，中方对美方在台湾问题上的错误言行表示严重关切。")
    [concern] = find(huiwu.extract(told, published="2024-04-17"), "concern")
    assert concern.date.start == "2024-04-16"


def test_round_tables_with_firms_and_names_of_what_is_attended_are_no_talks():
    assert huiwu.extract("耶伦5日在广州同在华美资企业代表座谈。", published="2024-04-09") == []
    events = huiwu.extract("王文涛18日在柏林同哈贝克会面，并出席中德企业座谈会。", published="2024-09-20")
    assert sorted(e.type for e in events) == ["attend", "meet"]
    [meeting] = find(events, "meet")
    assert [r.name for r in meeting.recipients] == ["哈贝克"]  # 贝克, a known name, is the end of his


def test_a_tour_listed_with_a_bodys_seat_and_three_sides_named_together():
    [visit] = huiwu.extract("王毅7日起访问欧盟总部、德国和法国。", published="2024-05-28")
    assert [r.name for r in visit.recipients] == ["欧盟", "德国", "法国"]
    told = "李强26日同尹锡悦、岸田文雄在首尔共同出席第九次中日韩领导人会议。三国领导人同意重启中日韩自贸协定谈判。"
    [agreed] = find(huiwu.extract(told, published="2024-05-28"), "agree")
    assert ([a.name for a in agreed.actors], agreed.location.name) == (["李强", "尹锡悦", "岸田文雄"], "首尔")


def test_a_first_visit_in_a_post_is_no_appointment():
    [visit] = huiwu.extract("此前，去年7月，耶伦首次以财长身份访华。", published="2024-04-09")
    assert visit.type == "visit"
    [appointment] = huiwu.extract("鲁比奥14日首次以国务卿身份对外亮相。", published="2025-01-20")
    assert (appointment.type, appointment.post) == ("appoint", "国务卿")


def test_talks_named_as_a_noun_are_the_talks_told_before_and_a_meeting_hoped_to_succeed_is_none():
    told = "何立峰5日至6日在广州同耶伦举行会谈。廖岷7日介绍说，何副总理与耶伦财长的会谈坦诚、务实。"
    assert [(e.type, e.date.start) for e in huiwu.extract(told, published="2024-04-09")] == [("talks", "2024-04-05")]
    told = "毛宁3日表示，希望双方共同努力，确保中欧领导人会晤取得积极成果。"
    assert huiwu.extract(told, published="2025-07-07") == []


def test_a_post_taken_up_some_time_before_is_dated_by_the_knowledge_base():
    [appointment] = huiwu.extract("这是石破茂就任日本首相后两国领导人首次会晤。", published="2024-11-16")
    assert (appointment.type, appointment.date.start) == ("appoint", "2024-10-01")


def test_a_rare_character_is_part_of_a_name():
    [meeting] = huiwu.extract("美國在台協會處長俞大㵢今（16）日拜會外交部長林佳龍。", published="2024-11-16")
    assert [a.name for a in meeting.actors] == ["俞大㵢"]


def test_companies_the_lexicon_does_not_know_are_sanctioned_with_their_country():
    [measure] = huiwu.extract("中方决定对美国斯凯迪奥公司及其高级管理人员采取反制措施。", published="2024-06-12")
    assert ("斯凯迪奥公司", "org", "USA") in [(r.name, r.kind, r.country) for r in measure.recipients]
    told = "商务部11日发布公告，将洛克希德·马丁公司等3家美国企业列入不可靠实体清单。"
    [measure] = huiwu.extract(told, published="2024-06-12")
    assert "洛克希德·马丁公司" in [r.name for r in measure.recipients]


def test_a_visit_to_a_city_named_by_one_character_is_placed_there():
    told = "上海市委书记陈吉宁12日会见来沪访问的新加坡副总理王瑞杰。"
    [visit] = find(huiwu.extract(told, published="2024-03-13"), "visit")
    assert (visit.location.name, [r.name for r in visit.recipients]) == ("上海", ["中国"])


def test_the_subject_after_a_clause_of_time_with_zai():
    told = "在结束对哈萨克斯坦的国事访问后，习近平将转赴撒马尔罕出席上合组织峰会。"
    visits = find(huiwu.extract(told, published="2022-09-15"), "visit")
    assert sorted((v.recipients[0].name, v.status) for v in visits) == [("乌兹别克斯坦", "planned"), ("哈萨克斯坦", "occurred")]
    assert all([a.name for a in v.actors] == ["习近平"] for v in visits)


def test_a_transliterated_name_is_read_to_its_end_before_a_verb():
    told = "卡塔尔首相兼外交大臣穆罕默德介绍了卡方同埃及、美国共同斡旋停火谈判的最新进展。"
    assert all(p.name != "穆罕默" for e in huiwu.extract(told, published="2024-05-13") for p in (*e.actors, *e.recipients))
    from huiwu.extraction.mentions import unknown_name
    assert unknown_name("穆罕默德介绍", 0, 6, set()) == 4


def test_qi_as_the_object_of_a_measure_is_the_one_just_named():
    told = "外交部发言人林剑11日宣布，鉴于立陶宛交通与通讯部副部长瓦伊丘凯维丘特窜访台湾，中方决定对其实施制裁。"
    [measure] = find(huiwu.extract(told, published="2024-06-12"), "sanction")
    assert [(r.name, r.country) for r in measure.recipients] == [("瓦伊丘凯维丘特", "LTU")]


def test_the_one_addressed_by_xiang_is_the_recipient_of_a_complaint_but_not_inside_what_is_complained_of():
    told = "阿尔巴尼斯在会后记者会上说，他向李强就中国海军近期在国际水域的不安全行为表达关切。"
    [concern] = find(huiwu.extract(told, published="2024-06-17"), "concern")
    assert [r.name for r in concern.recipients] == ["李强"]
    told = "斯塔默在会面中就香港、人权等问题向习近平表达关切。"
    [concern] = find(huiwu.extract(told, published="2024-11-19"), "concern")
    assert [r.name for r in concern.recipients] == ["习近平"]
    for told in ("外交部发言人毛宁12日表示，中方对美方向台湾出售武器表示强烈不满。",
                 "中方对美国向台湾地区出售武器表示强烈不满和坚决反对。"):
        [concern] = find(huiwu.extract(told, published="2024-06-12"), "concern")
        assert [r.name for r in concern.recipients] == ["美国"], told


def test_what_is_said_in_the_talks_is_dated_by_the_talks_not_by_a_visit_told_after_them():
    told = ("美国商务部长雷蒙多28日在北京与商务部长王文涛举行会谈。雷蒙多是应王文涛邀请，于27日晚抵达北京，"
            "展开为期四天的访问。王文涛在会谈中就美方301关税等问题表达关切。")
    [concern] = find(huiwu.extract(told, published="2023-08-30"), "concern")
    assert concern.date.start == "2023-08-28"


def test_a_country_urged_by_its_full_name_is_the_one_urged():
    for told, urged in (("中方敦促美国停止对台军售。", "美国"), ("中方要求日本立即停止排海。", "日本"),
                        ("中方呼吁菲律宾停止挑衅。", "菲律宾")):
        [demand] = find(huiwu.extract(told, published="2024-06-12"), "demand")
        assert [r.name for r in demand.recipients] == [urged], told
    told = "为维护国家主权，中国政府不得不将两国外交关系降为代办级。"
    assert find(huiwu.extract(told, published="2021-11-21"), "sanction") == []  # no one it is aimed at


def test_him_after_a_verb_of_meeting_is_the_one_told_of_before():
    told = "布林肯4月24日至26日访华期间，习近平主席会见了他。"
    [meeting] = find(huiwu.extract(told, published="2024-04-27"), "meet")
    assert ([a.name for a in meeting.actors], [r.name for r in meeting.recipients]) == (["习近平"], ["布林肯"])
    told = "王毅8日会见了布林肯。习近平次日也会见了他。"
    meetings = find(huiwu.extract(told, published="2024-08-12"), "meet")
    assert [(m.actors[0].name, m.recipients[0].name, m.date.start) for m in meetings] == [
        ("王毅", "布林肯", "2024-08-08"), ("习近平", "布林肯", "2024-08-09")]


@pytest.mark.parametrize(("told", "expected"), [
    ("习近平预计15日与美国总统拜登举行会晤。", [("meet", "planned", "2023-11-15")]),  # a schedule told
    ("布林肯寻求与王毅会面。", [("meet", "planned", "2023-11-12")]),
    ("据报道，美国商务部正考虑将更多中国企业列入实体清单。", [("sanction", "planned", "2023-11-12")]),
    ("米勒表示，不排除布林肯与王毅会面的可能。", []),  # speculation
    ("中美之间没有进行任何磋商。", [("talks", "negated", "2023-11-12")]),
    ("奥斯汀与李尚福在对话会期间未举行会谈。", [("talks", "negated", "2023-11-12")]),  # 对话会 names a meeting
    ("双方在关税问题上没有谈判，更谈不上达成协议。", []),
    ("美国联邦众议员麦考尔不顾中方坚决反对，窜访台湾。", [("visit", "occurred", "2023-11-12")]),
    ("中方一贯反对美台进行任何形式的官方往来。", []),  # a standing position
    ("美国曾多次将中国企业列入实体清单。", []),
    ("近年来，美国将数百家中国实体列入各类制裁清单。", []),
])
def test_what_is_scheduled_considered_speculated_denied_disregarded_or_habitual(told, expected):
    assert [(e.type, e.status, e.date.start) for e in huiwu.extract(told, published="2023-11-12")] == expected


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("俄罗斯总统普京将不出席8月在约翰内斯堡举行的金砖国家领导人会晤。", "2023-07-20", ("attend", "negated", "2023-08")),
    ("巴西总统卢拉26日不会访华。", "2023-03-25", ("visit", "negated", "2023-03-26")),
    ("普京没有出席8月在约翰内斯堡举行的金砖峰会。", "2023-09-20", ("attend", "negated", "2023-08")),
    ("31日，董军与美国防长奥斯汀举行会谈。", "2024-06-01", ("talks", "occurred", "2024-05-31")),  # June has no 31st
    ("45年前的今天，中美两国正式建立外交关系。", "2024-01-01", ("agree", "occurred", "1979-01-01")),
])
def test_dates_of_what_will_not_be_of_a_day_the_month_lacks_and_of_this_day_years_ago(told, published, expected):
    [event] = huiwu.extract(told, published=published)
    assert (event.type, event.status, event.date.start) == expected


def test_what_a_question_asks_about_is_not_told_but_what_it_reports_is():
    told = ("问：美方称中美正在就关税进行谈判，中方能否证实？\n答：据我所知，中美之间没有进行任何磋商。\n"
            "问：中方昨天宣布了哪些反制措施？\n答：中方决定对美国国防部长奥斯汀实施制裁。\n"
            "问：美国总统拜登昨天同俄罗斯总统普京通电话，中方对此有何评论？\n问：美国会派代表团出席吗？")
    events = huiwu.extract(told, published="2024-12-04")
    assert sorted((e.type, e.status) for e in events) == [
        ("call", "occurred"), ("sanction", "occurred"), ("talks", "negated")]


def test_two_heads_after_a_sentence_of_no_event_are_the_two_just_named_and_a_vote_is_no_agreement():
    told = "4月14日上午，习近平在人民大会堂为巴西总统卢拉举行欢迎仪式。随后，两国元首举行会谈。"
    [talks] = huiwu.extract(told, published="2023-04-15")
    assert ([a.name for a in talks.actors], [r.name for r in talks.recipients]) == (["习近平"], ["卢拉"])
    told = "习近平同越共中央总书记阮富仲举行会谈。会谈后，两党总书记共同见证签署30多份双边合作文件。"
    [agreed] = find(huiwu.extract(told, published="2023-12-13"), "agree")
    assert sorted(a.name for a in agreed.actors) == ["习近平", "阮富仲"]
    told = "十四届全国人大常委会第七次会议12月29日表决通过了关于任免国防部部长的决定，任命董军为国防部部长。"
    assert [e.type for e in huiwu.extract(told, published="2023-12-30")] == ["appoint"]


@pytest.mark.parametrize(("told", "published", "expected"), [
    # the visit ended is dated by the day of the clause after it
    ("国家主席习近平结束对法国的国事访问后，于5月7日抵达贝尔格莱德。", "2024-05-08",
     {("visit", "习近平", "法国", "2024-05-07"), ("visit", "习近平", "塞尔维亚", "2024-05-07")}),
    ("俄方将派外长拉夫罗夫出席8月在约翰内斯堡举行的金砖国家领导人会晤。", "2023-07-20",
     {("attend", "拉夫罗夫", None, "2023-08")}),  # the one sent attends
    ("捷克参议长维斯特奇尔执意率团窜访台湾。", "2020-08-31", {("visit", "维斯特奇尔", "台湾", "2020-08-31")}),
    ("柬埔寨人民党中央常委、政府副首相孙占托将于6月10日至14日率柬埔寨人民党代表团访华。", "2024-06-05",
     {("visit", "孙占托", "中国", "2024-06-10")}),  # another party's central committee
    ("张保群11月20日在北京会见新加坡国防部常任秘书陈浩文。", "2025-11-21",
     {("meet", "张保群", "陈浩文", "2025-11-20")}),
])
def test_who_acts_when_sent_named_by_letters_or_in_another_partys_committee(told, published, expected):
    found = {(e.type, e.actors[0].name, e.recipients[0].name if e.recipients else None, e.date.start)
             for e in huiwu.extract(told, published=published)}
    assert found == expected


def test_the_one_addressed_after_what_is_complained_of_is_not_part_of_it():
    told = "谢锋就美方袭击中国民用无人飞艇向美国驻华使馆负责人提出严正交涉。"
    [concern] = find(huiwu.extract(told, published="2023-02-05"), "concern")
    assert concern.items == ("美方袭击中国民用无人飞艇",)
    told = "斯塔默在会面中就香港、人权等问题向习近平表达关切。"
    [concern] = find(huiwu.extract(told, published="2024-11-19"), "concern")
    assert (concern.items, concern.recipients[0].name) == (("香港", "人权"), "习近平")


@pytest.mark.parametrize(("told", "published"), [
    ("何立峰11月8日与贝森特举行视频通话。双方就落实两国元首釜山会晤重要共识深入交流。", "2025-11-09"),
    ("南部战区司令员吴亚男同美国印太司令部司令帕帕罗进行视频通话。这是两国元首旧金山会晤后中美两军首次举行战区领导通话。",
     "2024-09-11"),
    ("中美经贸高层会谈10日至11日在瑞士日内瓦举行，何立峰与贝森特举行会谈。中美经贸高层会谈12日在瑞士日内瓦结束。", "2025-05-13"),
])
def test_an_exchange_told_again_in_other_words_is_one_event(told, published):
    events = huiwu.extract(told, published=published)
    assert len(events) == 1 and events[0].type in ("call", "talks")


def test_a_country_holds_no_talks_with_its_own_head():
    told = "哈萨克斯坦是中国的友好邻邦，期待同托卡耶夫总统深入交换意见。"
    assert huiwu.extract(told, published="2025-06-16") == []


def test_a_year_naming_a_summit_does_not_date_what_is_done_there():
    told = "9月4日，2024年中非合作论坛峰会在北京人民大会堂开幕，国家主席习近平出席开幕式。"
    [attend] = huiwu.extract(told, published="2024-09-05")
    assert attend.date.start == "2024-09-04"


def test_a_meeting_named_in_what_is_attended_is_no_clause_the_next_one_joins():
    told = "习近平赴南非约翰内斯堡出席金砖国家领导人第十五次会晤，并对南非进行国事访问。"
    assert {e.actors[0].name for e in huiwu.extract(told, published="2023-08-22")} == {"习近平"}


@pytest.mark.parametrize(("told", "aimed_at"), [
    ("美国宣布对华加征关税。", ["中国"]),
    ("欧盟决定对自华进口电动汽车征收反补贴税。", ["中国"]),
    ("美国宣布对华为实施制裁。", ["华为"]),  # not 对华 + 为
    ("欧盟通过第14轮对俄制裁方案。", ["俄罗斯"]),
    ("美国财政部5月1日宣布制裁20多家中国企业。", ["中国"]),
    ("工作机制决定将美国PVH集团和因美纳公司列入不可靠实体清单。", ["美国", "PVH集团", "因美纳公司"]),
])
def test_what_a_measure_is_aimed_at_when_named_by_one_character_or_as_firms(told, aimed_at):
    [measure] = find(huiwu.extract(told, published="2024-10-30"), "sanction")
    assert [r.name for r in measure.recipients] == aimed_at
    assert all(r.country for r in measure.recipients)


def test_an_administration_named_by_its_head_is_its_country():
    [demand] = find(huiwu.extract("中方敦促拜登政府停止对台军售。", published="2023-03-15"), "demand")
    assert ([r.name for r in demand.recipients], demand.items) == (["美国"], ("停止对台军售",))


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("免去王克俭的驻以色列大使职务。", "2024-03-01", [("appoint", "王克俭", "驻以色列大使", None)]),
    ("国家主席习近平根据全国人大常委会的决定：免去蔡润的中华人民共和国驻以色列国特命全权大使职务；"
     "任命肖军正为中华人民共和国驻以色列国特命全权大使。", "2024-03-01",
     [("appoint", "蔡润", "中华人民共和国驻以色列国特命全权大使", None),
      ("appoint", "肖军正", "中华人民共和国驻以色列国特命全权大使", "蔡润")]),
    ("3月17日，普京在俄罗斯总统选举中以87%的得票率再次当选。", "2024-03-18", [("appoint", "普京", "俄罗斯总统", None)]),
])
def test_removals_of_names_the_lexicon_does_not_know_and_posts_won_in_an_election(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.actors[0].name, e.post, e.predecessor) for e in events] == expected
    assert all(e.actors[0].country for e in events if e.post.startswith(("中华人民共和国", "俄罗斯")))


def test_two_sides_joined_by_a_dash_name_a_meeting():
    [meeting] = huiwu.extract("去年12月，第二十四次中国—欧盟领导人会晤在北京举行。", published="2024-05-01")
    assert (meeting.type, meeting.actors[0].name, meeting.recipients[0].name, meeting.date.start) == (
        "meet", "中国", "欧盟", "2023-12")


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("哈萨克斯坦总统托卡耶夫、土库曼斯坦总统别尔德穆哈梅多夫、乌兹别克斯坦总统米尔济约耶夫出席。", "2023-05-19",
     ("attend", "occurred", ["托卡耶夫", "别尔德穆哈梅多夫", "米尔济约耶夫"], None)),
    ("美国总统拜登缺席了4日在雅加达举行的东亚峰会。", "2023-09-06", ("attend", "negated", ["拜登"], "雅加达")),
    ("普京将缺席9月在新德里举行的峰会。", "2023-08-26", ("attend", "negated", ["普京"], "新德里")),
    ("习近平4日在秘鲁首都利马出席会议。", "2024-11-16", ("attend", "occurred", ["习近平"], "利马")),
])
def test_attendance_of_long_names_told_as_absence_and_placed_in_a_capital(told, published, expected):
    [attend] = huiwu.extract(told, published=published)
    assert (attend.type, attend.status, [a.name for a in attend.actors],
            attend.location.name if attend.location else None) == expected


def test_a_demand_ends_where_the_next_saying_begins():
    told = "中方敦促以色列立即停止在加沙的军事行动，并对加沙日益恶化的人道局势表示严重关切。"
    [demand] = find(huiwu.extract(told, published="2023-11-06"), "demand")
    assert demand.items == ("立即停止在加沙的军事行动",)


@pytest.mark.parametrize("adopted", ["会议通过了《阿斯塔纳宣言》。", "各方一致同意加强合作。",
                                     "与会领导人共同发表了《阿斯塔纳宣言》。"])
def test_what_a_meeting_adopts_is_agreed_by_those_who_attended(adopted):
    events = huiwu.extract("习近平、普京4日在阿斯塔纳出席会议。" + adopted, published="2024-07-05")
    [agreed] = find(events, "agree")
    assert sorted(a.name for a in agreed.actors) == ["习近平", "普京"] and agreed.date.start == "2024-07-04"


@pytest.mark.parametrize(("told", "expected"), [
    # the lead names one attendee and the body whose meeting it is
    ("习近平23日在喀山出席金砖国家领导人第十六次会晤。会晤通过了《喀山宣言》。", ["习近平", "金砖国家"]),
    # each told in a sentence of their own; a second agreement after the declaration is of the same meeting
    ("习近平9日在利雅得出席峰会。沙特王储穆罕默德主持峰会。峰会发表《利雅得宣言》。各方同意下届峰会在中国举办。",
     ["习近平", "穆罕默德·本·萨勒曼"]),
])
def test_what_a_summit_adopts_is_agreed_by_all_told_of_attending_it(told, expected):
    agreed = find(huiwu.extract("新华社电 " + told, published="2024-10-24"), "agree")  # an agency's line, no day
    assert agreed and all([a.name for a in e.actors] == expected for e in agreed)


def test_what_is_done_at_a_meeting_is_placed_where_the_sentence_before_held_it():
    events = huiwu.extract("峰会4日在阿斯塔纳举行。峰会期间，习近平会见了普京。", published="2024-07-05")
    assert [(e.type, e.location.name if e.location else None) for e in events] == [("meet", "阿斯塔纳")]
    told = "越南总理将于24日出席在辽宁大连举行的年会。24日，习近平将同杜达举行会谈。"
    assert all(e.location is None or e.location.name != "大连"
               for e in find(huiwu.extract(told, published="2024-06-21"), "talks"))


def test_three_sides_named_by_one_character_each():
    [meeting] = huiwu.extract("中俄蒙三国元首会晤15日在撒马尔罕举行。", published="2022-09-16")
    assert sorted(p.country for p in (*meeting.actors, *meeting.recipients)) == ["CHN", "MNG", "RUS"]


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("〔記者王小明／台北報導〕中國外交部昨天（5日）宣布，對13家美國軍工企業採取反制措施。", "2024-12-06",
     ("sanction", "外交部", "2024-12-05", None)),  # a byline is no party
    ("【香港01】行政長官李家超今日（16日）出席立法會答問會。", "2024-10-16", ("attend", "李家超", "2024-10-16", None)),
    ("普京明天将出席峰会。", "2024-10-16", ("attend", "普京", "2024-10-17", None)),  # 明 begins a word, not a name
    ("马克龙5日抵达北京，开始为期三天的国事访问。", "2023-04-06", ("visit", "马克龙", "2023-04-05", "2023-04-07")),
    ("立法院長韓國瑜今天會見美國聯邦眾議員麥考爾。", "2025-05-12", ("meet", "韩国瑜", "2025-05-12", None)),
])
def test_bylines_names_before_words_of_time_and_the_length_of_a_visit(told, published, expected):
    [event] = huiwu.extract(told, published=published)
    assert (event.type, event.actors[0].name, event.date.start, event.date.end) == expected


def test_the_tellings_of_one_visit_give_all_its_days():
    told = ("国家主席习近平4日同来华进行国事访问的菲律宾总统马科斯举行会谈。"
            "马科斯于3日晚抵达北京，开始对中国进行为期三天的国事访问。")
    [visit] = find(huiwu.extract(told, published="2023-01-05"), "visit")
    assert (visit.date.start, visit.date.end) == ("2023-01-03", "2023-01-05")


def test_a_ministry_named_alone_in_a_report_filed_in_taipei_is_the_islands_own():
    told = "（中央社記者陳家倫台北10日電）外交部今天表示，對中國在台灣周邊的軍演表達嚴正抗議。"
    [concern] = huiwu.extract(told, published="2024-05-10")
    assert [(p.name, p.country) for p in (*concern.actors, *concern.recipients)] == [("外交部", "TWN"), ("中国", "CHN")]
    told = "新华社北京5月10日电 外交部发言人汪文斌表示，中方对此坚决反对。"
    assert all(p.country == "CHN" for e in huiwu.extract(told, published="2024-05-10") for p in e.actors)


def test_persons_a_measure_falls_on_and_the_next_stop_of_a_tour():
    told = "國台辦昨天宣布，將曹興誠、沈伯洋列為「台獨頑固分子」並予以懲戒。"
    [measure] = huiwu.extract(told, published="2024-10-15")
    assert (measure.type, [r.name for r in measure.recipients]) == ("sanction", ["曹兴诚", "沈伯洋"])
    told = "习近平结束访马行程后，将于17日转往柬埔寨访问。"
    visits = huiwu.extract(told, published="2025-04-16")
    assert sorted((v.recipients[0].name, v.status, v.date.start) for v in visits) == [
        ("柬埔寨", "planned", "2025-04-17"), ("马来西亚", "occurred", "2025-04-16")]


def test_each_named_in_a_list_of_appointments_takes_up_the_post_after_him():
    told = "國務院任命陳國基為政務司司長、陳茂波為財政司司長、林定國為律政司司長。"
    assert [(e.actors[0].name, e.post) for e in huiwu.extract(told, published="2022-06-20")] == [
        ("陈国基", "政务司司长"), ("陈茂波", "财政司司长"), ("林定国", "律政司司长")]
    assert huiwu.extract("他表示，王毅为推动两国关系作出贡献。", published="2023-07-26") == []


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("马克龙在通话中呼吁俄乌尽快实现停火。", "2025-03-01", [("demand", "马克龙", ["俄罗斯", "乌克兰"], "occurred")]),
    ("俄罗斯和乌克兰代表团16日举行谈判。双方同意各交换1000名被俘人员。", "2025-05-17",
     [("talks", "俄罗斯", ["乌克兰"], "occurred"), ("agree", "俄罗斯", [], "occurred")]),
    ("斯塔默27日抵达华盛顿，开始为期两天的访问。斯塔默当天在白宫与特朗普会晤。", "2025-02-28",
     [("visit", "斯塔默", ["美国"], "occurred"), ("meet", "斯塔默", ["特朗普"], "occurred")]),
    ("喀麦隆总统比亚6日在首都雅温得宣誓就职。", "2025-11-07", [("appoint", "比亚", [], "occurred")]),
    ("石破茂7日宣布辞职。", "2025-09-08", [("appoint", "石破茂", [], "occurred")]),
    ("中美双方没有进行经贸谈判。", "2025-04-24", [("talks", "中国", ["美国"], "negated")]),
    ("王文涛表示，中方高度关注美方对华加征关税等问题。", "2023-08-29", [("concern", "王文涛", ["美国"], "occurred")]),
])
def test_pairs_of_other_countries_one_day_of_a_visit_leaving_and_new_terms(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.actors[0].name, [r.name for r in e.recipients], e.status) for e in events] == expected
    if "当天" in told:
        assert (events[1].date.start, events[1].date.end) == ("2025-02-27", None)


def test_both_sides_named_with_several_on_one_side_and_dates_of_what_is_carried_out():
    told = "何立峰与贝森特、格里尔会谈后表示，双方就港口费措施等议题达成初步共识。"
    [agreed] = find(huiwu.extract(told, published="2025-10-27"), "agree")
    assert [a.name for a in agreed.actors] == ["何立峰", "贝森特", "格里尔"]
    told = ("5月10日至11日，何立峰与贝森特在日内瓦举行会谈。双方围绕落实1月17日两国元首通话重要共识进行了沟通，"
            "达成一系列重要共识。")
    [agreed] = find(huiwu.extract(told, published="2025-05-12"), "agree")
    assert agreed.date.start == "2025-05-10"
    told = "何立峰与贝森特举行视频通话，双方就落实6月5日两国元首通话共识进行了交流。"
    assert [e.type for e in huiwu.extract(told, published="2025-06-30")] == ["call"]


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("川普11日簽署行政命令，將對中國商品加徵高額關稅的暫停期再延長90天。", "2025-08-12", []),  # a pause, not a measure
    ("日方此举是对出口管制措施的滥用，中方坚决反对。", "2023-07-24", [("concern", "中国", ["日本"])]),
    ("卡拉斯表示，这是欧盟迄今对俄最严厉的制裁方案之一。", "2025-07-18", []),  # a remark on a measure
    ("贝森特呼吁俄罗斯立即同意停火。", "2025-03-12", [("demand", "贝森特", ["俄罗斯"])]),
    ("内塔尼亚胡提名特朗普为诺贝尔和平奖候选人。", "2025-07-08", []),  # a prize is no post
])
def test_measures_paused_abused_or_remarked_on_agreements_asked_for_and_prizes(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.actors[0].name, [r.name for r in e.recipients]) for e in events] == expected


def test_duties_raised_to_a_rate_are_a_measure_taken_the_day_announced():
    told = "美国白宫14日宣布，将对中国电动汽车的关税提高至100%。"
    [measure] = huiwu.extract(told, published="2024-05-15")
    assert (measure.type, measure.status, measure.date.start, [r.name for r in measure.recipients]) == (
        "sanction", "occurred", "2024-05-14", ["中国"])


def test_a_clock_named_by_a_city_is_no_place():
    [call] = huiwu.extract("川普於台北時間今天凌晨與蒲亭通話。", published="2025-03-19")
    assert call.location is None and [r.name for r in call.recipients] == ["普京"]


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("特朗普18日在白宫会见到访的乌克兰总统泽连斯基，随后与英国首相斯塔默、法国总统马克龙举行会谈。", "2025-08-19",
     ("talks", "特朗普", ["斯塔默", "马克龙"])),  # a clause describing someone is no clause the next one joins
    ("王文涛会见韩国产业通商资源部长官安德根。", "2025-03-30", ("meet", "王文涛", ["安德根"])),
    ("习近平会见了古特雷斯和弗朗西斯。", "2024-09-05", ("meet", "习近平", ["古特雷斯", "弗朗西斯"])),
])
def test_who_acts_after_a_described_visitor_and_names_after_long_titles_and_in_lists(told, published, expected):
    kind = expected[0]
    [event] = find(huiwu.extract(told, published=published), kind)
    assert (event.type, event.actors[0].name, [r.name for r in event.recipients]) == expected


def test_an_attendance_is_placed_in_the_city_gone_to_for_it():
    told = "习近平将于11月13日至17日赴利马出席亚太经合组织第三十一次领导人非正式会议，并对秘鲁进行国事访问。"
    [attend] = find(huiwu.extract(told, published="2024-11-08"), "attend")
    assert (attend.status, attend.location.name) == ("planned", "利马")


def test_the_one_a_meeting_is_chaired_by_acts_and_the_meeting_is_what_is_chaired():
    told = "上海合作组织成员国元首理事会第二十三次会议由印度总理莫迪以视频方式主持。"
    [attend] = huiwu.extract(told, published="2023-07-05")
    assert ([a.name for a in attend.actors], attend.items) == (["莫迪"], ("上海合作组织成员国元首理事会第二十三次会议",))


def test_the_one_followed_after_an_appointment_is_its_predecessor_not_a_second_appointment():
    told = "马克龙9日任命勒科尔尼为总理，接替8日在信任投票中落败的贝鲁。"
    assert [(e.actors[0].name, e.post, e.predecessor) for e in huiwu.extract(told, published="2025-09-10")] == [
        ("勒科尔尼", "总理", "贝鲁")]


@pytest.mark.parametrize(("told", "expected"), [
    ("泽连斯基说，乌方没有受邀参加此次会谈。", ("attend", "negated")),
    ("特朗普说，他已开始安排普京与泽连斯基会晤。", ("meet", "planned")),
])
def test_not_invited_to_attend_and_a_meeting_being_arranged(told, expected):
    [event] = huiwu.extract(told, published="2025-08-19")
    assert (event.type, event.status) == expected


def test_a_spokesperson_told_again_bare_and_a_post_right_after_the_verb_of_taking_it_up():
    told = "商务部新闻发言人何咏前12日表示，中方坚决反对。发言人敦促欧方与中方相向而行。"
    [demand] = find(huiwu.extract(told, published="2024-07-12"), "demand")
    assert ([a.name for a in demand.actors], [r.name for r in demand.recipients]) == (["何咏前"], ["欧盟"])
    [appoint] = huiwu.extract("林佳龍將接任外交部長。", published="2024-04-20")
    assert (appoint.actors[0].name, appoint.status, appoint.post) == ("林佳龙", "planned", "台湾地区外事部门负责人")


def test_votes_against_are_no_complaint():
    told = "美国参议院以56票赞成、43票反对的结果，确认格里尔出任美国贸易代表。"
    assert [e.type for e in huiwu.extract(told, published="2025-02-27")] == ["appoint"]
    assert huiwu.extract("德国、匈牙利等5国投了反对票。", published="2024-10-05") == []


def test_moving_to_another_post_is_taking_it_up():
    [appoint] = huiwu.extract("現任外長吳釗燮轉任國安會秘書長。", published="2024-04-20")
    assert (appoint.actors[0].name, appoint.post) == ("吴钊燮", "台湾地区安全会议秘书长")


def test_a_place_described_between_zai_and_its_name():
    [talks] = huiwu.extract("美日韩领导人18日在美国总统度假地戴维营举行首脑会谈。", published="2023-08-19")
    assert talks.location.name == "戴维营"
    assert sorted(p.country for p in (*talks.actors, *talks.recipients)) == ["JPN", "KOR", "USA"]


def test_a_measure_told_as_a_cause_is_none():
    assert huiwu.extract("佩斯科夫19日称，俄方已对西方制裁产生免疫力。", published="2025-07-20") == []
    [measure] = huiwu.extract("欧盟宣布对俄制裁。", published="2025-07-20")
    assert [r.name for r in measure.recipients] == ["俄罗斯"]


def test_a_measure_announced_on_a_day_told_relatively_is_dated_by_it():
    told = "4日，美国对中国商品加征10%关税。同日，商务部宣布，自2月10日起对原产于美国的部分进口商品加征15%关税。"
    measures = find(huiwu.extract(told, published="2025-02-04"), "sanction")
    assert [m.date.start for m in measures] == ["2025-02-04", "2025-02-04"]


@pytest.mark.parametrize(("told", "published", "expected"), [
    # one who acts for an international body is coded by it, not by the country of birth
    ("国务院总理李强24日在纽约会见联合国秘书长古特雷斯。", "2024-09-25", ("古特雷斯", "UNO")),
    ("国务院总理李强24日在纽约会见秘书长古特雷斯。", "2024-09-25", ("古特雷斯", "UNO")),  # a bare title too
    ("商务部部长王文涛8日与欧盟委员会贸易和经济安全委员谢夫乔维奇举行视频会谈。", "2025-04-09", ("谢夫乔维奇", "EUU")),
    # one's own envoy, written with the host country only
    ("1月18日，驻新加坡大使曹忠明向新加坡总统尚达曼递交国书。", "2024-01-19", ("曹忠明", "CHN")),
    ("驻旧金山总领事张建敏会见了加州州长纽森。", "2024-01-19", ("张建敏", "CHN")),
    ("驻华大使伯恩斯会见王毅。", "2024-01-19", ("伯恩斯", "USA")),
])
def test_the_side_one_acts_for(told, published, expected):
    people = {p.name: p.country for e in huiwu.extract(told, published=published) for p in (*e.actors, *e.recipients)}
    assert expected in people.items()


@pytest.mark.parametrize(("told", "status"), [
    ("12日上午，国防部长董军与越南国防部长潘文江大将举行会谈。", "occurred"),  # a rank, not 将
    ("美國和伊朗周六在阿曼就伊朗核計劃舉行間接談判。", "occurred"),  # a programme, not a plan
    ("美国海军上将帕帕罗12日会见了菲律宾国防部长。", "occurred"),
    ("王毅在会上将会见布林肯。", "planned"),
])
def test_ranks_and_programmes_are_no_plans(told, status):
    [event] = huiwu.extract(told, published="2024-04-12")
    assert event.status == status


@pytest.mark.parametrize(("told", "expected"), [
    # a wire's line ends with a dash: the city filed from is no party
    ("路透香港5月13日 - 美国国务院8日宣布，对河北一家化工企业实施制裁。", [("sanction", ["美国国务院"], None)]),
    ("美国之音华盛顿5月12日 — 美国国务卿鲁比奥12日在华盛顿会见了菲律宾外长。", [("meet", ["鲁比奥"], "华盛顿")]),
    # those listed with 等 attend the meeting told before, where it was held
    ("新华社天津5月13日电 上海合作组织峰会13日在天津举行。俄罗斯总统普京、印度总理莫迪等出席。",
     [("attend", ["普京", "莫迪"], "天津")]),
    ("苗圩13日在丹东出席会议。联合国人权事务高级专员巴切莱特等出席。",
     [("attend", ["苗圩"], "丹东"), ("attend", ["巴切莱特"], "丹东")]),
    # those at a meeting with the host have no attendance of their own
    ("习近平13日在人民大会堂会见拜登。蔡奇、王毅等出席。", [("meet", ["习近平"], "人民大会堂")]),
])
def test_lists_of_attendees_and_the_lines_of_wires(told, expected):
    events = huiwu.extract(told, published="2025-05-13")
    assert [(e.type, [a.name for a in e.actors], e.location.name if e.location else None) for e in events] == expected


@pytest.mark.parametrize("told", [
    "国务院副总理何立峰25日在北京与欧盟委员会执行副主席东布罗夫斯基斯共同主持第十次中欧经贸高层对话。",
    "外交部副部长孙卫东2日在马尼拉与菲律宾外交部副部长拉扎罗共同主持中菲外交磋商。",
])
def test_a_dialogue_chaired_together_is_talks_between_its_chairs(told):
    # the 同 of 共同 names no other side: the one before 与 is the first chair, told after a day and a place; the
    # dialogue the two chair is their talks, with no attendance of it besides
    events = huiwu.extract(told, published="2025-09-26")
    [talks] = events
    assert talks.type == "talks"
    assert len(talks.actors) == len(talks.recipients) == 1 and all(p.kind == "person" for p in (*talks.actors, *talks.recipients))


@pytest.mark.parametrize(("told", "expected"), [
    # an unnamed spokesperson speaks for the body of the title, in the sentence and after it
    # (the one who held the post that day, when the knowledge base knows)
    ("美国国务院发言人27日说，北京的措施无助于台海稳定，并敦促中方停止对台湾施加压力。", ("USA", "中国")),
    ("商务部新闻发言人27日就此发表谈话。发言人敦促欧方立即纠正错误做法。", ("CHN", "欧盟")),
])
def test_an_unnamed_spokesperson_speaks_for_the_body(told, expected):
    [demand] = find(huiwu.extract(told, published="2025-08-28"), "demand")
    assert ([a.country for a in demand.actors], [r.name for r in demand.recipients]) == ([expected[0]], [expected[1]])


@pytest.mark.parametrize(("told", "expected"), [
    ("何亚东24日表示，中美没有进行任何经贸谈判。", [("talks", "negated")]),  # a word between 任何 and the cue
    ("中美没有举行任何形式的谈判。", [("talks", "negated")]),
    # duties raised from one rate to another
    ("国务院关税税则委员会9日宣布，对原产于美国的所有进口商品加征的关税税率由34%提高至84%。", [("sanction", "occurred")]),
    ("中方将关税从10%降至5%。", []),
    # a measure lifted, its verb far from the cue
    ("国务院关税税则委员会5日发布公告，停止执行今年3月4日公布的对部分美国农产品加征关税措施。", []),
])
def test_measures_raised_or_lifted_and_talks_denied(told, expected):
    assert [(e.type, e.status) for e in huiwu.extract(told, published="2025-04-24")] == expected


@pytest.mark.parametrize("told", [
    "王文涛3日在巴黎与谢夫乔维奇举行会谈。双方就稀土出口管制等问题深入交换意见。",
    "王文涛3日在巴黎与谢夫乔维奇举行会谈。双方已就成立工作组进行了沟通。",
])
def test_the_topic_of_an_exchange_is_no_event_of_its_own(told):
    assert [e.type for e in huiwu.extract(told, published="2025-06-04")] == ["talks"]


@pytest.mark.parametrize(("told", "expected"), [
    ("美国副总统哈里斯7日代表拜登总统与会。", [("attend", "occurred", ["哈里斯"])]),  # the one represented does not attend
    ("美国7日未派代表出席。", [("attend", "negated", ["美国"])]),  # a country sends no one
    ("全会7日决定，增补张升民为中央军事委员会副主席。", [("appoint", "occurred", ["张升民"])]),
])
def test_who_attends_and_who_is_added(told, expected):
    events = huiwu.extract(told, published="2025-10-23")
    assert [(e.type, e.status, [a.name for a in e.actors]) for e in events] == expected


def test_the_two_heads_after_a_call_with_a_head_elect_are_the_two_on_the_call():
    told = "1月17日晚，国家主席习近平应约同美国当选总统特朗普通电话。两国元首同意建立战略沟通渠道。"
    [agreed] = find(huiwu.extract(told, published="2025-01-18"), "agree")
    assert [a.name for a in agreed.actors] == ["习近平", "特朗普"]


@pytest.mark.parametrize(("told", "published", "expected"), [
    # the one a clause with 的 describes acts, not the one named inside it
    ("正在美国出席特朗普总统就职典礼的国家副主席韩正19日在华盛顿会见美国当选副总统万斯。", "2025-01-20",
     ("meet", ["韩正"], ["万斯"])),
    ("韩正将出席于1月20日在华盛顿举行的美国总统特朗普就职典礼。", "2025-01-17", ("attend", ["韩正"], [])),
    # received, told the other way round; calling on someone
    ("美國聯邦參議員里基茲今天上午前往總統府，獲總統賴清德接見。", "2025-04-17", ("meet", ["赖清德"], ["里基兹"])),
    ("美国国务卿布林肯3日晋见总统蔡英文。", "2020-08-31", ("meet", ["布林肯"], ["蔡英文"])),
])
def test_who_acts_in_described_and_received_meetings(told, published, expected):
    [event] = find(huiwu.extract(told, published=published), expected[0])
    assert (event.type, [a.name for a in event.actors], [r.name for r in event.recipients]) == expected


@pytest.mark.parametrize(("told", "published", "earlier"), [
    # a dated exchange named as the one before is an event on its day
    ("国家主席习近平7月28日晚同美国总统拜登通电话。这是两国元首今年3月18日视频通话后的又一次交流。", "2022-07-28",
     "2022-03-18"),
    # 应美方要求 is at the other's request, not a demand
    ("魏凤和10日同奥斯汀会晤。今年4月20日，两国防长曾应美方要求通电话。", "2022-06-10", "2022-04-20"),
])
def test_an_earlier_exchange_told_in_the_background(told, published, earlier):
    events = huiwu.extract(told, published=published)
    assert [e.type for e in events if e.type in ("demand", "concern")] == []
    [call] = [e for e in events if e.type == "call" and e.date.start == earlier]
    assert {p.country for p in (*call.actors, *call.recipients)} == {"CHN", "USA"}


@pytest.mark.parametrize(("told", "published", "expected"), [
    # a title the knowledge base does not know, after the country of the one met
    ("东部战区司令员林向阳4日在南京会见新加坡国防军总长吴继豪。", "2024-01-05", ("林向阳", "吴继豪", "SGP")),
    ("王毅27日同印度外秘米斯里举行会晤。", "2025-01-28", ("王毅", "米斯里", "IND")),
    # a given name with a character of words in it
    ("5月16日，市长覃伟中在深圳会见阿拉木图市市长萨特巴尔德。", "2024-05-17", ("覃伟中", "萨特巴尔德", "KAZ")),
])
def test_unknown_titles_and_names_of_those_who_meet(told, published, expected):
    [meeting] = huiwu.extract(told, published=published)
    assert (meeting.actors[0].name, meeting.recipients[0].name, meeting.recipients[0].country) == expected


@pytest.mark.parametrize(("told", "published", "expected"), [
    # a Singapore paper's line is no party
    ("（东京综合电）日本首相岸田文雄16日在首相官邸会见尹锡悦。", "2023-03-17", [("meet", "occurred", ["岸田文雄"])]),
    # a lift, a body named for sanctions, a text adopted with no 了, a long title issued
    ("日本经济产业省16日宣布，解除对韩国三种半导体材料的出口管制。", "2023-03-17", []),
    ("俄罗斯28日在安理会否决了延长安理会朝鲜制裁委员会专家小组任期的决议草案。", "2024-03-29", []),
    ("王毅13日出席会议。会议通过《北京宣言》。", "2025-05-13",
     [("attend", "occurred", ["王毅"]), ("agree", "occurred", ["王毅"])]),
    ("习近平25日出席峰会。峰会发表了《中国同中亚五国领导人关于建交30周年的联合声明》。", "2022-01-26",
     [("attend", "occurred", ["习近平"]), ("agree", "occurred", ["习近平"])]),
    # five heads are all five of those who attended
    ("托卡耶夫、扎帕罗夫、拉赫蒙、米尔济约耶夫和国家主席习近平19日出席峰会。五国元首签署了《西安宣言》。", "2023-05-20",
     [("attend", "occurred", ["托卡耶夫", "扎帕罗夫", "拉赫蒙", "米尔济约耶夫", "习近平"]),
      ("agree", "occurred", ["托卡耶夫", "扎帕罗夫", "拉赫蒙", "米尔济约耶夫", "习近平"])]),
])
def test_summit_texts_lifts_and_lines_of_papers(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.status, [a.name for a in e.actors]) for e in events] == expected


def test_what_is_agreed_ends_with_the_title_of_the_text():
    told = "11月10日，解振华同克里在格拉斯哥发布《中美关于强化气候行动的格拉斯哥联合宣言》，双方宣布成立工作组。"
    events = huiwu.extract(told, published="2021-11-11")
    assert {e.type: e.status for e in events} == {"agree": "occurred", "establish": "occurred"}


def test_a_bare_day_after_days_told_in_another_month():
    told = "澳大利亚总理阿尔巴尼斯11月4日至7日访华。{}日，习近平在人民大会堂会见阿尔巴尼斯。"
    # told weeks later, in a review: the month of the visit; told the next day: the report's month
    assert find(huiwu.extract(told.format(6), published="2023-12-15"), "meet")[0].date.start == "2023-11-06"
    assert find(huiwu.extract(told.format(14), published="2023-12-15"), "meet")[0].date.start == "2023-12-14"


@pytest.mark.parametrize(("told", "published", "expected"), [
    # a name inside the name of a forum is no person
    ("10月，第三届“一带一路”国际合作高峰论坛在北京举行，来自151个国家的代表出席。", "2023-12-15", []),
    # measures counted since someone took office, exchanges told as many times: tallies, not events
    ("美国商务部17日公布新规。拜登政府上台以来，已将数百家中国实体列入实体清单。", "2023-10-18", []),
    ("新华社北京11月17日电 拜登任内，中美两国元首多次通话、会晤。2022年11月14日，习近平在巴厘岛同拜登举行会晤。",
     "2024-11-17", [("meet", "2022-11-14", "巴厘岛")]),
])
def test_tallies_and_names_inside_names(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.date.start, e.location.name if e.location else None) for e in events] == expected


@pytest.mark.parametrize(("told", "expected"), [
    # a one-character side is the country the report names that the character begins
    # (the visit put off, as the topic of the contacts after it, is no second visit)
    ("巴西总统卢拉因病推迟访华。巴方已就推迟访问一事同中方进行了沟通。巴方代表团团长随后推迟访问中国。",
     [("visit", "negated", ["卢拉"]), ("visit", "negated", ["巴西"])]),
    ("巴基斯坦总理夏巴兹访华。巴方表示感谢。", [("visit", "occurred", ["夏巴兹·谢里夫"])]),
    # a wish to hold talks is no talks
    ("习近平18日在里约热内卢会见英国首相斯塔默。斯塔默表示，英方希望同中方加强对话。", [("meet", "occurred", ["习近平"])]),
])
def test_short_sides_and_wishes(told, expected):
    events = huiwu.extract(told, published="2024-11-19")
    assert [(e.type, e.status, [a.name for a in e.actors]) for e in events] == expected


@pytest.mark.parametrize(("told", "published", "expected"), [
    # a meeting named in what is attended is no clause the next one joins
    ("李强将于18日至23日出访德国并出席中德政府磋商，随后访问法国。", "2023-06-17",
     [("visit", ["李强"], ["德国"]), ("attend", ["李强"], []), ("visit", ["李强"], ["法国"])]),
    # a clause after a comma that names its own subject before 随后
    ("李克强同欧洲理事会主席米歇尔共同主持会晤，习近平随后以视频方式会见米歇尔。", "2022-04-02",
     [("meet", ["李克强"], ["米歇尔"]), ("call", ["习近平"], ["米歇尔"])]),
])
def test_the_subject_of_a_clause_joined_by_suihou(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected


@pytest.mark.parametrize(("told", "published", "expected"), [
    # who a reason names (鉴于…) is not the one acting; the reason's own visit keeps its visitor
    ("中国外交部8日发布决定，鉴于日本参议院议员石平发表错误言论，决定对其采取反制措施。", "2025-09-09",
     [("sanction", ["外交部"], ["石平"])]),
    ("外交部5日宣布，鉴于美国国会众议长佩洛西窜访中国台湾地区，中方决定对佩洛西实施制裁。", "2022-08-06",
     [("visit", ["佩洛西"], ["台湾"]), ("sanction", ["中国"], ["佩洛西"])]),
    # the topic after 就 is not the one protesting (and the envoy summoned is protested to)
    ("日方召见中国驻日大使吴江浩。吴江浩当场予以驳斥，并就高市首相涉台错误言论向日方提出严正交涉。", "2025-11-15",
     [("concern", ["日本"], ["吴江浩"]), ("concern", ["吴江浩"], ["日本"])]),
])
def test_reasons_and_topics_name_no_actor(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected


@pytest.mark.parametrize(("told", "expected"), [
    ("美国政府此前对巴西输美商品加征50%关税。", [("sanction", ["美国"], ["巴西"])]),  # 此前 after the subject
    # the one wronged by what is complained of or aimed at by what is asked is not the one addressed
    ("中方反对外部势力干涉委内瑞拉内政。", [("concern", ["中国"], [])]),
    ("习近平呼吁有关国家立即解除对津巴布韦的非法单边制裁。", []),
    ("中方对阿根廷干涉中国内政的言行表示坚决反对。", [("concern", ["中国"], ["阿根廷"])]),
])
def test_the_wronged_are_not_addressed(told, expected):
    events = huiwu.extract(told, published="2024-09-05")
    assert [(e.type, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("国家主席习近平18日在第73届世界卫生大会视频会议开幕式上发表致辞。", "2020-05-19", [("attend", "occurred", ["习近平"])]),
    ("习近平23日应约同印度总理莫迪进行了交谈。", "2023-08-24", [("meet", "occurred", ["习近平"])]),
    ("美方29日表示不再对中国产品加征新的关税。", "2019-06-29", [("sanction", "negated", ["美国"])]),  # not lifted: not imposed
    ("美国总统特朗普扬言，将对任何奉行金砖反美政策的国家额外征收10%的关税。", "2025-07-07", []),  # a threat
    # a long clause describing the guest is the guest's attendance, not the host's
    ("国家主席习近平2日在人民大会堂同来华出席纪念中国人民抗日战争暨世界反法西斯战争胜利80周年活动的俄罗斯总统普京举行会谈。",
     "2025-09-03", [("visit", "occurred", ["普京"]), ("attend", "occurred", ["普京"]), ("talks", "occurred", ["习近平"])]),
])
def test_speeches_conversations_threats_and_guests(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.status, [a.name for a in e.actors]) for e in events] == expected


@pytest.mark.parametrize(("told", "published", "expected"), [
    # a measure the report disowns (所谓) is still taken
    ("美国财政部8月7日宣布，对香港特区行政长官林郑月娥等11名官员实施所谓制裁。", "2020-08-10",
     [("sanction", "2020-08-07", ["美国财政部"], ["林郑月娥"])]),
    # a known spokesperson named with no title speaks for the side with 我们
    ("林剑说，我们敦促美方立即停止干涉香港事务。", "2024-03-20", [("demand", "2024-03-20", ["林剑"], ["美国"])]),
    # a measure in force from a day, announced with no day of its own, is dated by the day told before
    ("商务部4日宣布对钨相关物项实施出口管制。国务院关税税则委员会也宣布，自2月10日起对原产于美国的煤炭加征15%关税。",
     "2025-02-04", [("sanction", "2025-02-04", ["商务部"], []),
                    ("sanction", "2025-02-04", ["国务院关税税则委员会"], ["美国"])]),
])
def test_disowned_measures_spokespersons_and_days_in_force(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.date.start, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected


@pytest.mark.parametrize(("told", "published", "met"), [
    # a title used to address one (总理先生, 委员长同志) is the one of that title in the exchange under way
    ("新华社天津8月31日电 国家主席习近平31日在天津会见印度总理莫迪。习近平指出，去年10月，我同总理先生在喀山成功会晤。",
     "2025-09-01", [("2025-08-31", "莫迪"), ("2024-10", "莫迪")]),
])
def test_a_title_used_to_address_one(told, published, met):
    events = find(huiwu.extract(told, published=published), "meet")
    assert [(e.date.start, e.recipients[0].name) for e in events] == met


def test_a_day_inside_a_clause_describing_the_one_met_dates_only_that_clause():
    told = "日本首相岸田文雄6日在雅加达与今年3月就任的中国总理李强会面。岸田要求中方立即撤销对日本水产品的进口禁令。"
    events = huiwu.extract(told, published="2023-09-06")
    assert {e.type: e.date.start for e in events} == {"appoint": "2023-03", "meet": "2023-09-06", "demand": "2023-09-06"}


@pytest.mark.parametrize(("told", "expected"), [
    # a visit agreed on is planned, one agreed to be put off is negated; the visitor is the one named in it
    ("王毅同茂木敏充举行会谈。双方同意推迟习近平对日本的国事访问。", ("negated", ["习近平"])),
    ("王毅同茂木敏充举行会谈。双方同意习近平年内对日本进行国事访问。", ("planned", ["习近平"])),
])
def test_visits_agreed_on_or_put_off(told, expected):
    [visit] = find(huiwu.extract(told, published="2020-03-06"), "visit")
    assert (visit.status, [a.name for a in visit.actors]) == expected


def test_what_is_no_longer_arranged_is_negated():
    [meeting] = huiwu.extract("中方决定不再安排中日外长在金边会晤。", published="2022-08-05")
    assert meeting.status == "negated"


@pytest.mark.parametrize("told", [
    "〔記者林志成／日內瓦報導〕外交部昨天對世衛組織漠視台灣表達強烈不滿。",
    "（中央社記者林佳穎日內瓦28日專電）外交部28日對世衛大會再度拒絕台灣參與表達強烈不滿。",
])
def test_taiwanese_reports_filed_abroad_speak_of_the_islands_own_ministry(told):
    [concern] = huiwu.extract(told, published="2024-05-28")
    assert [(a.name, a.country) for a in concern.actors] == [("外交部", "TWN")]


def test_a_joint_statement_with_a_long_name_and_no_quotes_is_agreed():
    [agreed] = huiwu.extract("中越两国13日发表关于深化两国全面战略合作伙伴关系的联合声明。", published="2023-12-14")
    assert (agreed.type, [a.country for a in agreed.actors]) == ("agree", ["CHN", "VNM"])


@pytest.mark.parametrize(("told", "published", "parties"), [
    # those of a video meeting of six are the six foreign ministers
    ("国务委员兼外长王毅16日同哈萨克斯坦外长特列乌别尔季、吉尔吉斯斯坦外长艾达尔别科夫、塔吉克斯坦外长穆赫里丁、"
     "土库曼斯坦外长梅列多夫、乌兹别克斯坦外长卡米洛夫举行外长视频会晤。六国外长一致同意加强合作。", "2020-07-17", 6),
    # a meeting that adopts a text, its time between
    ("李强22日出席峰会。峰会当天通过了《领导人宣言》。", "2025-11-23", 1),
])
def test_those_who_agree_at_a_meeting_told_before(told, published, parties):
    [agreed] = find(huiwu.extract(told, published=published), "agree")
    assert len(agreed.actors) == parties and agreed.actors[0].name in ("王毅", "李强")


def test_chinas_side_is_always_china():
    [talks] = huiwu.extract("中方同中非共和国举行会谈。", published="2023-03-26")
    assert [a.country for a in talks.actors] == ["CHN"]


@pytest.mark.parametrize(("told", "expected"), [
    # a namesake who held a post of the same name elsewhere is not the one under this country's title
    ("国家主席习近平12日在人民大会堂同洪都拉斯总统卡斯特罗举行会谈。", ("卡斯特罗", "HND")),
    # the country of the body a title is of, when no country is named
    ("驻加拿大大使王镝12日在渥太华会见加拿大外交部副部长莫里森。", ("莫里森", "CAN")),
])
def test_namesakes_under_another_countrys_title(told, expected):
    [event] = huiwu.extract(told, published="2023-06-13")
    assert (event.recipients[0].name, event.recipients[0].country) == expected


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("石破茂1日任命前防卫大臣岩屋毅为外务大臣。", "2024-10-02", ("岩屋毅", "occurred", "外相")),  # a former title first
    ("在3日举行的总统选举中胜选的李在明4日宣誓就任韩国总统。", "2025-06-04", ("李在明", "occurred", "韩国总统")),
    # leaving a post with no post named: the one held then
    ("国家主席习近平16日在利马会见美国总统拜登。拜登将于明年1月卸任。", "2024-11-17", ("拜登", "planned", "总统")),
])
def test_appointments_after_former_titles_elections_and_leaving(told, published, expected):
    [appointment] = find(huiwu.extract(told, published=published), "appoint")
    assert (appointment.actors[0].name, appointment.status, appointment.post) == expected


def test_a_meeting_spoken_of_during_a_call_is_the_call():
    told = ("新华社北京1月21日电 1月21日下午，国家主席习近平同俄罗斯总统普京举行视频会晤。"
            "习近平指出，新年伊始，很高兴同总统先生再次见面。")
    assert [e.type for e in huiwu.extract(told, published="2025-01-21")] == ["call"]


def test_one_under_an_unknown_title_at_the_start_of_a_clause_is_found_again_bare():
    events = huiwu.extract("印度外秘米斯里26日至27日访华。访华期间，米斯里还会见了外交部长王毅。", published="2025-01-28")
    assert [(e.type, e.actors[0].name, e.actors[0].country) for e in events] == [
        ("visit", "米斯里", "IND"), ("meet", "米斯里", "IND")]


@pytest.mark.parametrize(("told", "published", "actor"), [
    ("欧盟成员国周一正式通过对俄罗斯的第14轮制裁方案。", "2024-06-25", "欧盟"),  # the member states are the EU
    ("美国周三宣布对华加征关税。", "2024-06-27", "美国"),  # a weekday after a country leaves it the subject
])
def test_the_eu_member_states_and_weekdays_after_a_country(told, published, actor):
    [sanction] = huiwu.extract(told, published=published)
    assert [a.name for a in sanction.actors] == [actor]


def test_two_days_told_as_done_are_never_split_past_the_report():
    # 一日、一月一日 told on February 1st: the second day would fall in the next year; the meetings stay on the range
    events = huiwu.extract("一日、一月一日，王毅分别会见了布林肯和沙利文。", published="2000-02-01")
    assert [e.date.start for e in events] == ["2000-02-01", "2000-02-01"]


@pytest.mark.parametrize(("told", "day"), [
    # a spokesperson with no day of their own speaks on the report's day, not on the day of the measure told
    ("调查认定，加拿大自2024年10月1日起对中国产电动汽车加征100%关税。商务部新闻发言人表示，中方敦促加方立即撤销有关限制措施。",
     "2025-03-08"),
    # one said before (此前) keeps the day told
    ("美方于2022年12月9日对中国官员实施非法制裁。外交部发言人汪文斌此前表示，中方敦促美方立即撤销有关制裁。", "2022-12-09"),
])
def test_the_day_a_spokesperson_speaks(told, day):
    [demand] = find(huiwu.extract(told, published="2025-03-08" if "加拿大" in told else "2022-12-23"), "demand")
    assert demand.date.start == day


def test_he_after_an_invitation_is_not_the_one_who_invites():
    told = ("习近平30日抵达釜山。应韩国总统李在明邀请，他将于10月31日至11月1日出席亚太经合组织领导人非正式会议，"
            "并对韩国进行国事访问。")
    events = huiwu.extract(told, published="2025-10-31")
    assert [(e.type, e.status, e.actors[0].name) for e in events if e.status == "planned"] == [
        ("attend", "planned", "习近平"), ("visit", "planned", "习近平")]


def test_receiving_someone_is_a_meeting():
    [meeting] = huiwu.extract("特朗普將於下周一在白宮接待烏克蘭總統澤連斯基。", published="2025-08-14")
    assert (meeting.type, meeting.status, meeting.actors[0].name, meeting.recipients[0].name) == (
        "meet", "planned", "特朗普", "泽连斯基")
    assert huiwu.extract("该市今年接待游客超过百万人次。", published="2025-08-14") == []


def test_a_foreign_name_in_parts_is_read_whole():
    # 肯尼 (a name the lexicon knows) and 罗斯 (another) are parts of one name it does not know
    [sanction] = huiwu.extract("外交部发言人10日宣布，中方决定对人权观察执行主任肯尼思·罗斯实施制裁。", published="2020-08-10")
    assert [r.name for r in sanction.recipients] == ["肯尼思·罗斯"]


def test_a_summons_is_one_protest_about_what_follows_it():
    told = ("环球网报道 7月30日，外交部亚洲司司长刘劲松约见日本驻华使馆首席公使横地晃，就日方在日美外交和防务会谈、"
            "美日印澳外长会等场合的涉华消极言行提出严正交涉，表达强烈不满和严重关切。")
    [protest] = huiwu.extract(told, published="2024-07-31")
    assert [a.name for a in protest.actors] == ["刘劲松"]  # not the website the report opens with
    assert [(r.name, r.country) for r in protest.recipients] == [("横地晃", "JPN")]
    assert protest.items == ("日方在日美外交和防务会谈", "美日印澳外长会等场合的涉华消极言行")
    # a visit told in what is protested makes no second protest by the visitor
    told = "外交部副部长谢锋2日召见美国驻华大使伯恩斯，就美国国会众议长佩洛西窜访中国台湾地区提出严正交涉。"
    [protest] = find(huiwu.extract(told, published="2022-08-03"), "concern")
    assert [a.name for a in protest.actors] == ["谢锋"]


def test_a_country_acting_in_a_manner_is_the_subject():
    [sanction] = huiwu.extract("林剑说，美国借涉藏问题对中方官员滥施签证限制，严重违反国际法。", published="2025-04-14")
    assert [a.name for a in sanction.actors] == ["美国"]


@pytest.mark.parametrize(("told", "country"), [
    ("中国驻日本大使馆临时代办施泳表示，", "CHN"),
    ("美国驻华大使馆公使韩碧德表示，", "USA"),  # the envoy's post, taken apart for the embassy, gives the country
])
def test_an_embassys_staff_are_of_the_country_it_is_of(told, country):
    [demand] = huiwu.extract(told + "敦促日本停止挑衅。", published="2024-08-27")
    assert demand.actors[0].country == country


def test_the_evening_of_a_day_told_in_a_sentence_without_events():
    told = ("日本防卫省26日称，中国军机当天侵入日本领空。日本外务省事务次官冈野正敬当晚召见中国驻日本大使馆临时代办施泳，"
            "提出严重抗议。")
    [protest] = huiwu.extract(told, published="2024-08-27")
    assert protest.date.start == "2024-08-26"


def test_an_unknown_spokesperson_of_a_ministry_in_a_report_filed_in_taipei_is_the_islands():
    [protest] = huiwu.extract("（中央社記者陳韻聿台北7日電）外交部發言人劉永益今天對中共持續施壓表達嚴正抗議。",
                              published="2024-01-07")
    assert (protest.actors[0].name, protest.actors[0].country) == ("刘永益", "TWN")


@pytest.mark.parametrize("told", [
    "华春莹2日宣布，中国政府决定即日起暂停审批美军舰机赴港休整的申请。",
    "鲁比奥对记者说，两国元首今年内会面的机会很大。",
    "美方持续向台湾地区出售武器，严重损害中美双方继续开展军控磋商的政治氛围。",
])
def test_a_visit_or_meeting_describing_a_noun_is_no_event(told):
    assert [e.type for e in huiwu.extract(told, published="2024-07-12")] == []


def test_those_complained_of_unnamed_are_no_recipients():
    [protest] = huiwu.extract("毛宁4日说，中方对个别国家诋毁抹黑香港国安法的做法表示强烈不满。", published="2023-07-04")
    assert protest.recipients == ()  # not 香港, the topic


def test_the_one_whose_adviser_is_sanctioned_is_not_sanctioned():
    [sanction] = huiwu.extract("中方决定对美国前国务卿蓬佩奥的首席对华政策规划顾问余茂春采取反制措施。", published="2022-12-23")
    assert [(r.name, r.country) for r in sanction.recipients] == [("余茂春", "USA")]


def test_the_eus_and_the_uns_organs_are_coded_by_their_body():
    [protest] = huiwu.extract("欧洲对外行动署23日召见中国驻欧盟使团团长张明，就此提出抗议。", published="2021-03-23")
    assert (protest.actors[0].name, protest.actors[0].country) == ("欧盟对外行动署", "EUU")
    [sanction] = huiwu.extract("联合国安理会28日恢复对伊朗的制裁。", published="2025-09-28")
    assert sanction.actors[0].country == "UNO"


@pytest.mark.parametrize(("told", "published", "day"), [
    # the day of another side's measure told in the statement is not the day of the complaint
    ("商务部新闻发言人何亚东5日表示，美方2日将136家中国实体列入实体清单，中方对此坚决反对。", "2024-12-05", "2024-12-05"),
    # a spokesperson known as one speaks on the report's day
    ("13日，国务院关税税则委员会宣布提高加征关税税率。高峰说，中方敦促美方停止错误做法。", "2019-05-16", "2019-05-16"),
    # a complaint after the background a statement tells is still made on the statement's day
    ("郭嘉昆21日说，3月31日，美方对6名香港特区官员实施所谓制裁。中方对此坚决反对。", "2025-04-21", "2025-04-21"),
    # a spokesperson's demand after a dated statement is made that day, not on the report's
    ("商务部新闻发言人何亚东4日在例行新闻发布会上表示，中方对欧方的裁决不认同、不接受。他敦促欧方尽快与中方展开磋商。",
     "2024-07-05", "2024-07-04"),
    # one who summons and demands in one sentence does both that day, whatever the report's line says
    ("参考消息网11月15日报道 据日本共同社报道，日本外务省事务次官船越健裕14日召见中国驻日大使吴江浩，提出抗议，"
     "要求中方采取适当应对。", "2025-11-15", "2025-11-14"),
])
def test_the_day_of_a_complaint_or_demand_in_a_statement(told, published, day):
    said = [e for e in huiwu.extract(told, published=published) if e.type in ("concern", "demand")]
    assert said and {e.date.start for e in said} == {day}


def test_a_measure_told_before_a_complaint_about_it_stands():
    events = huiwu.extract("美国商务部将华为公司列入实体清单，中方对此坚决反对。", published="2019-06-06")
    assert [(e.type, e.actors[0].country, [r.country for r in e.recipients]) for e in events] == [
        ("sanction", "USA", ["CHN"]), ("concern", "CHN", ["USA"])]
    # told in a statement with no day, it is only what the complaint is about
    told = "习近平指出，美方近年接连推出针对中国的出口管制及单边制裁措施，严重损害中方正当权益，中方对此表达严重关切。"
    assert [e.type for e in huiwu.extract(told, published="2023-11-16")] == ["concern"]
    # one named in the sentence is the one complained of
    [concern] = huiwu.extract("日本首相高市早苗发表涉台挑衅言论，中方对此强烈不满。", published="2025-11-14")
    assert [r.country for r in concern.recipients] == ["JPN"]


@pytest.mark.parametrize("told", [
    "外交部发言人华春莹13日宣布，中方决定对美国参议员卢比奥、克鲁兹，众议员史密斯实施制裁。",  # listed over a comma
    "中方决定对美方相关机构和人员实施对等制裁，包括联邦参议员卢比奥、克鲁兹和联邦众议员史密斯。",  # named after 包括
])
def test_those_a_measure_is_listed_against_are_its_targets(told):
    [sanction] = huiwu.extract(told, published="2020-07-13")
    assert [a.country for a in sanction.actors] == ["CHN"]
    assert [(r.name, r.country) for r in sanction.recipients] == [("鲁比奥", "USA"), ("克鲁兹", "USA"), ("史密斯", "USA")]


@pytest.mark.parametrize("told", [
    "外交部发言人华春莹23日在例行记者会上说，制裁从来不是解决问题的根本有效途径。",
    "他说，美方的制裁对俄方适得其反。",
    "发言人表示，中方此次反制是对欧方错误做法的必要回应。",
    "毛宁说，如果美方执意挑衅，中方必将采取相应反制措施。",  # a threat on a condition
    "商务部新闻发言人就美方将中国金融机构列入制裁清单答记者问。",  # the topic of what is answered
    "中方已就美方加征关税措施向世贸组织提起诉讼。",  # the topic of a lawsuit
])
def test_measures_spoken_of_are_none_taken(told):
    assert [e.type for e in huiwu.extract(told, published="2024-06-13") if e.type == "sanction"] == []


def test_what_a_measure_answers_is_told_with_its_own_actors():
    told = "外交部7日宣布，针对美国国会众议长麦卡锡5日会见蔡英文，中方决定对美国哈德逊研究所采取反制措施。"
    meeting, sanction = huiwu.extract(told, published="2023-04-07")
    assert (meeting.type, meeting.actors[0].name, meeting.date.start) == ("meet", "麦卡锡", "2023-04-05")
    assert (sanction.actors[0].country, sanction.recipients[0].country) == ("CHN", "USA")
    told = "外交部发言人赵立坚10日表示，针对美方8月7日宣布对林郑月娥等11名官员实施所谓制裁，中方决定对11名美国人员实施制裁。"
    theirs, ours = huiwu.extract(told, published="2020-08-10")
    assert [(a.country, [r.name for r in theirs.recipients], theirs.date.start) for a in theirs.actors] == [
        ("USA", ["林郑月娥"], "2020-08-07")]
    assert [(a.country, [r.country for r in ours.recipients]) for a in ours.actors] == [("CHN", ["USA"])]
    # one measure answering another with the same two sides is two events, not one
    told = "外交部发言人26日宣布，鉴于英方对中国官员实施单边制裁，中方决定对英方9名人员实施制裁。"
    assert [(e.actors[0].country, e.recipients[0].country) for e in huiwu.extract(told, published="2021-03-27")] == [
        ("GBR", "CHN"), ("CHN", "GBR")]
    # a visit that is the reason is the visitor's
    told = "外交部发言人华春莹5日宣布，鉴于佩洛西不顾中方坚决反对，执意窜访中国台湾地区，中方决定对佩洛西采取制裁措施。"
    [visit] = find(huiwu.extract(told, published="2022-08-05"), "visit")
    assert [a.name for a in visit.actors] == ["佩洛西"]


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("英国国王查尔斯三世5日在白金汉宫召见工党领袖斯塔默，任命他为新一届政府首相。", "2024-07-06",
     [("斯塔默", "2024-07-05")]),  # the one named, by a pronoun
    ("中共中央决定，宋涛任国务院台湾事务办公室主任。", "2022-12-29", [("宋涛", "2022-12-29")]),  # 任 alone
    ("斯塔默当天公布内阁人选：拉米任外交大臣，里夫斯任财政大臣；雷纳出任副首相。", "2024-07-06",
     [("拉米", "2024-07-06"), ("里夫斯", "2024-07-06"), ("雷纳", "2024-07-06")]),  # a list, one by one
    ("第六任行政長官選舉昨日舉行，唯一候選人李家超以1416票當選。", "2022-05-09", [("李家超", "2022-05-08")]),
    ("李在明在6月3日举行的总统选举中胜出，次日宣誓就职。", "2025-06-11", [("李在明", "2025-06-04")]),
    ("孙海燕不再担任中国驻新加坡大使，由曹忠明接任。", "2024-04-03", [("曹忠明", "2024-04-03")]),
])
def test_ways_of_telling_who_takes_up_a_post(told, published, expected):
    taken = [e for e in huiwu.extract(told, published=published) if e.type == "appoint" and not e.items]
    assert [(e.actors[0].name, e.date.start) for e in taken] == expected
    assert all(e.post for e in taken)


def test_names_and_places_that_look_like_something_else():
    # the one who held the post named, the day after she left it
    [attended] = huiwu.extract("前总统拜登、副总统哈里斯出席了仪式。", published="2025-01-21")
    assert [a.country for a in attended.actors] == ["USA", "USA"]
    # an address is no day
    [meeting] = huiwu.extract("斯塔默随后在唐宁街10号会见了泽连斯基。", published="2024-07-20")
    assert meeting.date.start == "2024-07-20"
    # 因 gives the reason after a name (韦特海因 is a name)
    [left] = huiwu.extract("副首相兼住房大臣雷纳因少缴印花税一事当天宣布辞职。", published="2025-09-06")
    assert left.actors[0].name == "雷纳"
    [left] = huiwu.extract("阿根廷总统府21日宣布，外交部长韦特海因辞职。", published="2025-10-22")
    assert left.actors[0].name == "韦特海因"
    # what follows 当选 when it is congratulated is no post
    assert all(e.post != "表示热烈祝贺" for e in huiwu.extract("习近平致电岑浩辉，对岑浩辉当选表示热烈祝贺。",
                                                              published="2024-10-14"))


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("德国外长瓦德富尔原定10月下旬访华，后宣布推迟。", "2025-12-09", ("visit", "negated", "2025-10-21")),
    ("賴清德原定8月出訪巴拉圭的行程已告取消。", "2025-07-29", ("visit", "negated", "2025-08")),  # the nearer August
    ("中方欢迎莫迪总理8月31日来华出席上合组织天津峰会。", "2025-08-20", ("attend", "planned", "2025-08-31")),
    ("郭嘉昆17日宣布：韩正将出席1月20日在华盛顿举行的特朗普总统就职典礼。", "2025-01-17",
     ("attend", "planned", "2025-01-20")),  # the day of what is attended
    ("国务院关税税则委员会9日宣布，自4月10日12时01分起，对原产于美国的所有进口商品加征84%关税。", "2025-04-10",
     ("sanction", "occurred", "2025-04-09")),  # in force from an hour: dated by the announcement
])
def test_status_and_day_of_what_is_called_off_welcomed_or_announced(told, published, expected):
    events = [e for e in huiwu.extract(told, published=published) if e.type == expected[0]]
    assert [(e.type, e.status, e.date.start) for e in events] == [expected]


def test_questions_answers_and_what_they_refer_to():
    assert huiwu.extract("有记者问：王毅外长访印期间是否会见印度总理莫迪？", published="2025-08-15") == []
    [demand] = huiwu.extract("谭克非：我们敦促美方停止渲染炒作。", published="2023-02-09")
    assert (demand.actors[0].country, demand.recipients[0].country) == ("CHN", "USA")
    told = "外交部发言人22日说，中方已向加方提出严正交涉，要求其立即纠正错误。"
    [demand] = find(huiwu.extract(told, published="2024-12-22"), "demand")
    assert ([r.country for r in demand.recipients], demand.items) == (["CAN"], ("立即纠正错误",))
    told = "中方宣布，加拿大驻上海总领馆领事贾宁为“不受欢迎的人”，要求其于5月13日前离境。"
    [demand] = find(huiwu.extract(told, published="2023-05-09"), "demand")
    assert (demand.actors[0].country, demand.recipients[0].name) == ("CHN", "贾宁")


def test_who_signs_and_who_the_heads_are():
    told = "外交部长秦刚26日在北京同洪都拉斯外交部长雷纳举行会谈，并签署建交联合公报。"
    [agreed] = find(huiwu.extract(told, published="2023-03-26"), "agree")
    assert [a.name for a in agreed.actors] == ["秦刚", "雷纳"]
    told = "国家主席习近平14日在北京同伊朗总统莱希举行会谈。会谈后，两国元首共同见证签署多项合作文件。"
    [agreed] = find(huiwu.extract(told, published="2023-02-15"), "agree")
    assert [a.name for a in agreed.actors] == ["习近平", "莱希"]  # the president met, not the supreme leader
    told = ("应国家主席习近平邀请，法国总统马克龙将于4月5日至7日对中国进行国事访问。马克龙总统访华期间，"
            "习近平主席将同他举行会谈。")
    events = huiwu.extract(told, published="2023-03-31")
    assert [(e.type, e.status, e.date.start) for e in events] == [
        ("visit", "planned", "2023-04-05"), ("talks", "planned", "2023-04-05")]
    [listed] = huiwu.extract("不可靠实体清单工作机制16日发布公告，将洛克希德·马丁公司列入不可靠实体清单。",
                             published="2023-02-16")
    assert listed.actors[0].country == "CHN"


@pytest.mark.parametrize(("told", "published", "expected"), [
    # a reporter's name in the bracketed byline
    ("【环球时报报道 记者 陈青青】国务院台湾事务办公室16日宣布，对萧美琴实施惩戒。", "2022-08-17",
     [("sanction", ["国务院台湾事务办公室"], ["萧美琴"])]),
    # a company's name holding a namesake
    ("外交部26日宣布，决定对L3哈里斯海事服务公司等20家美国军工企业采取反制措施。", "2025-12-26",
     [("sanction", ["外交部"], ["L3哈里斯海事服务公司", "美国"])]),
    # titles the lexicon did not have (秘书, 立委, 总召集人)
    ("沙特国家安全顾问艾班和伊朗最高国家安全委员会秘书沙姆哈尼分别率领本国代表团在北京举行会谈。", "2023-03-11",
     [("talks", ["艾班"], ["沙姆哈尼"])]),
    ("王沪宁26日在北京会见由中国国民党立法院党团总召集人傅崐萁率领的台湾政界人士访问团。", "2024-04-26",
     [("meet", ["王沪宁"], ["傅崐萁"])]),
    # a name of another country's namesake after a title
    ("商务部部长钟山与柬埔寨商业大臣潘索萨12日签署自由贸易协定。", "2020-10-12", [("agree", ["钟山", "潘索萨"], [])]),
    # the delegation told before, by its leader
    ("美国众议院外委会主席麦考尔率领访问团6日抵台。总统蔡英文8日在总统府接见访团。", "2023-04-09",
     [("visit", ["麦考尔"], ["台湾"]), ("meet", ["蔡英文"], ["麦考尔"])]),
    # one named among those attending
    ("包括巴拉圭總統潘尼亞在內，共有8位友邦元首出席就職典禮。", "2024-05-20", [("attend", ["佩尼亚"], [])]),
    # the one speaking complains, not the one spoken of
    ("国台办发言人陈斌华16日表示，民进党当局出卖台湾产业利益，对此表示强烈不满。", "2026-01-16",
     [("concern", ["陈斌华"], ["台湾"])]),
    ("外交部6日发表声明，就美国国会众议长麦卡锡同蔡英文会见表示强烈谴责。", "2023-04-06",
     [("meet", ["麦卡锡"], ["蔡英文"]), ("concern", ["外交部"], ["麦卡锡"])]),
    # visas stopped are a measure; a time told in passing is none
    ("中国驻韩国使馆10日宣布暂停为韩国公民签发赴华短期签证。", "2023-01-11", [("sanction", ["中国"], ["韩国"])]),
    ("此次人事调整正值美国对华加征关税后中美经贸关系紧张之际。", "2025-04-16", []),
    # an appointment congratulated is the one told
    ("德国联邦议院6日选举默茨为联邦总理。7日，国家主席习近平致电默茨，祝贺他就任德国联邦总理。", "2025-05-07",
     [("appoint", ["默茨"], [])]),
])
def test_parties_in_the_register_of_protests_delegations_and_bylines(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected


def test_a_wire_roundup_filed_in_taipei_is_not_placed_there():
    told = "（中央社台北8日綜合外電報導）匈牙利總理奧班今天突訪北京，與中國國家主席習近平會面。"
    events = huiwu.extract(told, published="2024-07-08")
    assert [(e.type, e.location.name if e.location else None) for e in events] == [("visit", "北京"), ("meet", "北京")]


@pytest.mark.parametrize(("told", "published", "expected"), [
    # those who co-chair the dialogue told before hold it
    ("首次中韩外交安全对话18日在首尔举行。外交部副部长孙卫东与韩国外交部第一次官金洪均共同主持。", "2024-06-18",
     [("talks", "occurred", ["孙卫东"], ["金洪均"])]),
    # a named round agreed on is planned
    ("国务院副总理何立峰5日在巴黎同法国经济部长勒梅尔举行会谈。双方同意今年夏天在巴黎举行新一轮中法高级别经济财金对话。",
     "2023-04-06", [("talks", "occurred", ["何立峰"], ["勒梅尔"]), ("agree", "occurred", ["何立峰", "勒梅尔"], []),
                    ("talks", "planned", ["何立峰"], ["勒梅尔"])]),
    # the two sides agree, not the one who announces it
    ("印度外交秘书米斯里21日宣布，印度和中国已就边境巡逻安排达成协议。", "2024-10-22",
     [("agree", "occurred", ["印度", "中国"], [])]),
    # the sides naming each dialogue are no talks of their own
    ("王毅将分别同卡拉斯、瓦德富尔举行中欧高级别战略对话和中德外交与战略对话。", "2025-06-28",
     [("talks", "planned", ["王毅"], ["卡拉斯"]), ("talks", "planned", ["王毅"], ["瓦德富尔"])]),
    ("冯德莱恩7日不随行前往广州。", "2023-04-07", [("visit", "negated", ["冯德莱恩"], ["中国"])]),
    # a delegation of several countries' ministers
    ("王毅20日在北京同来访的阿拉伯、伊斯兰国家外长联合代表团举行会谈。", "2023-11-21",
     [("talks", "occurred", ["王毅"], ["阿拉伯、伊斯兰国家外长联合代表团"])]),
    ("习近平会见了澳门特区行政长官贺一诚和新任行政长官岑浩辉。", "2024-12-20",
     [("meet", "occurred", ["习近平"], ["贺一诚", "岑浩辉"])]),
    # what the one met came for is no second meeting
    ("国家主席习近平24日在北京会见来华举行第二十五次中国－欧盟领导人会晤的欧洲理事会主席科斯塔。", "2025-07-25",
     [("meet", "occurred", ["习近平"], ["科斯塔"]), ("visit", "occurred", ["科斯塔"], ["中国"])]),
])
def test_dialogues_delegations_and_who_holds_them(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.status, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected


def test_digits_after_a_name_ending_in_a_numeral_are_a_day():
    [visit] = huiwu.extract("台湾地区前领导人马英九27日抵达上海。", published="2023-03-28")
    assert visit.date.start == "2023-03-27"


@pytest.mark.parametrize(("told", "published", "expected"), [
    # those at the ceremony after the signing attended it
    ("中美双方15日在华盛顿签署了第一阶段经贸协议，刘鹤与特朗普出席签署仪式。", "2020-01-16",
     [("agree", "occurred", ["中国", "美国"], []), ("attend", "occurred", ["刘鹤", "特朗普"], [])]),
    # a list system set up
    ("商务部5月31日宣布，中国将建立不可靠实体清单制度。", "2019-06-06", [("establish", "occurred", ["中国"], [])]),
    # relations broken off are a measure
    ("外交部长吴钊燮26日宣布即日起终止与洪都拉斯的外交关系。", "2023-03-26",
     [("sanction", "occurred", ["吴钊燮"], ["洪都拉斯"])]),
    ("洪都拉斯政府承认世界上只有一个中国，并断绝同台湾的所谓“外交关系”。", "2023-03-26",
     [("sanction", "occurred", ["洪都拉斯"], ["台湾"])]),
    ("瑙鲁政府15日宣布与台湾断交。", "2024-01-16", [("sanction", "occurred", ["瑙鲁"], ["台湾"])]),
    ("美方不再考虑对中国商品加征100%关税。", "2025-10-27", [("sanction", "negated", ["美国"], ["中国"])]),
    # the one a clause describes visits, not the one he signs with
    ("正在伊朗访问的王毅与伊朗外长扎里夫签署了协议。", "2021-03-27",
     [("visit", "occurred", ["王毅"], ["伊朗"]), ("agree", "occurred", ["王毅", "扎里夫"], [])]),
])
def test_signings_relations_and_visits_described(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.status, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected


def test_days_that_belong_to_something_else():
    # the day of the statement is not the post's
    [taken] = huiwu.extract("林剑在当天记者会上介绍，这是赵显就任外长后首次访华。", published="2025-09-16")
    assert taken.date.start != "2025-09-16"
    # the day of the consensus carried out is not the agreement's
    told = "英国外交大臣拉米10日在伦敦同何立峰举行会谈。双方就落实两国元首6月5日通话共识的框架达成一致。"
    [agreed] = find(huiwu.extract(told, published="2025-06-11"), "agree")
    assert agreed.date.start == "2025-06-10"
    # 按照日程, then a day and a speech: the day is the attendance's
    told = "按照日程，习近平将于16日出席领导人非正式会议并发表讲话。"
    [attended] = huiwu.extract(told, published="2024-11-14")
    assert attended.date.start == "2024-11-16"


@pytest.mark.parametrize(("told", "published", "expected"), [
    # those who chair or attend a meeting of the two sides just told hold it
    ("中美经济领域工作组25日以视频方式举行首次会议。会议由财政部副部长廖岷与美国财政部副部长尚博共同主持。", "2023-10-26",
     [("talks", "occurred", ["廖岷"], ["尚博"])]),
    ("中印边界问题特别代表第二十四次会晤19日在新德里举行。外交部长王毅和印度国家安全顾问多瓦尔出席。", "2025-08-20",
     [("meet", "occurred", ["王毅"], ["多瓦尔"])]),
    # 和 joins the first side when 与 names the other; a country's leader named is the person
    ("欧洲理事会主席米歇尔和欧盟委员会主席冯德莱恩当天上午在人民大会堂与中国国家主席习近平会面。", "2023-12-07",
     [("meet", "occurred", ["米歇尔", "冯德莱恩"], ["习近平"])]),
    ("拜登总统周二与中国领导人习近平通了电话。", "2024-04-03", [("call", "occurred", ["拜登"], ["习近平"])]),
    ("5日，王毅在温得和克分别会见纳米比亚总统姆本巴和当选总统恩戴特瓦。", "2025-01-12",
     [("meet", "occurred", ["王毅"], ["姆本巴"]), ("meet", "occurred", ["王毅"], ["恩戴特瓦"])]),
    # what is no event: a destroyer, a punishment spoken of, a white paper, support for another's measures, a date
    # not confirmed, the contents of measures, talks stalled
    ("日本海上自卫队凉月号驱逐舰21日抵达青岛。", "2019-04-22", [("visit", "occurred", ["日本自卫队"], ["中国"])]),
    ("国务院台办发言人陈斌华23日表示，演习是对台独分裂势力谋独挑衅的有力惩戒。", "2024-05-24", []),
    ("新华社北京7月24日电 国务院新闻办公室24日发表《新时代的中国国防》白皮书。", "2019-07-25", []),
    ("李家超表示，特区政府全力支持国家采取的反制措施。", "2024-05-01", []),
    ("毛宁星期二（25日）在例行记者会上被问及此事时，未证实特朗普的访华日期。", "2025-11-25", []),
    ("他没有具体说明制裁措施的内容。", "2019-05-16", []),
    ("美中两国的贸易谈判目前陷入停滞。", "2019-05-16", []),
    # measures in other words
    ("商务部6日发布公告，决定禁止向日本军事用户出口两用物项。", "2026-01-07", [("sanction", "occurred", ["商务部"], ["日本"])]),
    ("外交部24日宣布，中方决定撤销对美国驻成都总领事馆的设立和运行许可。", "2020-07-24",
     [("sanction", "occurred", ["中国"], ["美国"])]),
    # bodies set up
    ("新华社北京4月19日电 中央军委19日决定组建信息支援部队。", "2024-04-20", [("establish", "occurred", ["中央军委"], [])]),
    ("国务院近日批复同意设立黄岩岛国家级自然保护区。", "2025-09-11", [("establish", "occurred", ["国务院"], [])]),
    # demands, denials and plans
    ("习近平指出，美方应避免采取单边措施。", "2025-09-20", [("demand", "occurred", ["习近平"], ["美国"])]),
    ("佩斯科夫11日驳斥了关于普京与特朗普通电话的报道。", "2024-11-11", [("call", "negated", ["普京"], ["特朗普"])]),
    ("特朗普4日说，他不急于同习近平通话。", "2025-02-05", [("call", "negated", ["特朗普"], ["习近平"])]),
    ("乌克兰总统泽连斯基预定17日在白宫与特朗普会面。", "2025-10-17", [("meet", "planned", ["泽连斯基"], ["特朗普"])]),
    ("中方对欧方不顾中方反对执意推进这一措施表示强烈不满。", "2024-10-31", [("concern", "occurred", ["中国"], ["欧盟"])]),
])
def test_the_register_of_working_meetings_media_and_defence(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.status, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected


@pytest.mark.parametrize(("told", "published", "day"), [
    ("美国总统拜登18日在返国的空军一号上与埃及总统塞西通电话。", "2023-10-19", "2023-10-18"),  # a plane, not a day
    ("中国商务部周二宣布，自10月11日起对原产于欧盟的进口白兰地实施临时反倾销措施。", "2024-10-08", "2024-10-08"),
    ("新华社北京6月21日电 外交部发言人表示，美国国务院18日批准向中国台湾地区出售无人机。中方对此坚决反对，"
     "已向美方提出严正交涉。", "2024-06-22", "2024-06-21"),  # a spokesperson's complaint, on the day of the statement
])
def test_days_of_calls_measures_and_complaints(told, published, day):
    [event] = [e for e in huiwu.extract(told, published=published) if e.type in ("call", "sanction", "concern")]
    assert event.date.start == day


def test_taking_up_a_post_told_in_passing():
    told = "菲律宾总统马科斯3日晚抵达北京，这是他就任总统以来首次访问东盟以外国家。"
    [taken] = find(huiwu.extract(told, published="2023-01-04"), "appoint")
    assert taken.date.start != "2023-01-03"  # the day the knowledge base gives, not the arrival's
    told = "新任中国驻日本大使吴江浩22日抵达东京履新。他接替去年3月离任的孔铉佑。"
    [taken] = huiwu.extract(told, published="2023-02-28")
    assert (taken.date.start, taken.predecessor) == ("2023-02-22", "孔铉佑")


@pytest.mark.parametrize(("told", "published", "expected"), [
    # a trip put off, on the days after the day it was called off
    ("美方3日宣布推迟布林肯原定5日至6日的访华行程。", "2023-02-20", [("visit", "negated", "2023-02-05", ["布林肯"], ["中国"], "中国")]),
    # the place the sentence opens with
    ("习近平14日至18日对越南、马来西亚、柬埔寨进行国事访问。在河内，习近平14日同越共中央总书记苏林举行会谈。", "2025-04-18",
     [("visit", "occurred", "2025-04-14", ["习近平"], ["越南", "马来西亚", "柬埔寨"], "柬埔寨"),
      ("talks", "occurred", "2025-04-14", ["习近平"], ["苏林"], "河内")]),
    # a tour one stop after another: one visit to each
    ("结束访华后，印度尼西亚总统普拉博沃将先后前往美国、秘鲁、巴西和英国。", "2024-11-09",
     [("visit", "planned", "2024-11-09", ["普拉博沃"], [country], country) for country in ("美国", "秘鲁", "巴西", "英国")]),
    # a bare day after days told months before the report; the same month as the day told
    ("——6月18日至19日，布林肯访华。18日，秦刚同布林肯举行会谈。", "2023-11-16",
     [("visit", "occurred", "2023-06-18", ["布林肯"], ["中国"], "中国"),
      ("talks", "occurred", "2023-06-18", ["秦刚"], ["布林肯"], "中国")]),
    ("6月5日，习近平同特朗普通电话。同月9日至10日，何立峰同贝森特在伦敦举行会谈。", "2025-10-27",
     [("call", "occurred", "2025-06-05", ["习近平"], ["特朗普"], None),
      ("talks", "occurred", "2025-06-09", ["何立峰"], ["贝森特"], "伦敦")]),
    # local titles: a Japanese prefecture's governor, a mainland governor named without his province
    ("杭州市长姚高员15日拜会日本岐阜县知事古田肇。", "2024-10-15",
     [("meet", "occurred", "2024-10-15", ["姚高员"], ["古田肇"], None)]),
])
def test_trips_put_off_toured_and_told_by_the_day(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.status, e.date.start, [a.name for a in e.actors], [r.name for r in e.recipients],
             e.location.name if e.location else None) for e in events] == expected


def test_titles_only_the_mainland_gives_and_agreements_renewed():
    [met] = huiwu.extract("9月5日，省长周乃翔在济南会见韩国庆尚北道知事李喆雨。", published="2023-09-06")
    assert [(p.name, p.country) for p in (*met.actors, *met.recipients)] == [("周乃翔", "CHN"), ("李喆雨", "KOR")]
    told = "上海市长龚正会见洛杉矶市长凯伦·巴斯，双方续签两市友好交流合作备忘录。"
    assert "agree" in [e.type for e in huiwu.extract(told, published="2024-09-26")]


def test_exchanges_recalled_in_a_readout():
    # 两国元首同意 after a meeting recalled in the speech: the call of the story, on its day
    told = ("新华社北京4月2日电 国家主席习近平2日晚同美国总统拜登通电话。习近平指出，去年11月，我同总统先生在旧金山会晤。"
            "两国元首同意双方团队继续保持沟通。")
    [agreed] = find(huiwu.extract(told, published="2024-04-03"), "agree")
    assert agreed.date.start == "2024-04-02"
    # a meeting spoken of is no meeting of the day, and leaves 双方 to the call
    told = "董军16日同美国国防部长奥斯汀视频通话。董军表示，两国元首旧金山会晤为两军关系指明了方向。双方同意保持沟通。"
    events = huiwu.extract(told, published="2024-04-17")
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [("call", ["董军"]), ("agree", ["董军", "奥斯汀"])]
    # talks the two heads discussed are between those the pair names
    told = "塔斯社莫斯科6月14日电 普京当天与美国总统特朗普通电话。两国元首还讨论了6月2日在伊斯坦布尔举行的第二轮俄乌直接谈判。"
    [talks] = find(huiwu.extract(told, published="2025-06-15"), "talks")
    assert ([a.name for a in talks.actors], [r.name for r in talks.recipients], talks.date.start) == (
        ["俄罗斯"], ["乌克兰"], "2025-06-02")


@pytest.mark.parametrize(("told", "published", "expected"), [
    ("李强13日抵达惠灵顿。15日他将访问澳大利亚。", "2024-06-13",
     [("visit", "occurred", ["李强"], ["新西兰"]), ("visit", "planned", ["李强"], ["澳大利亚"])]),  # 他 after a day
    ("澳大利亚外长黄英贤在对话中就澳籍人士成蕾被羁押问题表达关切。", "2022-12-21",
     [("concern", "occurred", ["黄英贤"], [])]),  # the 对 of 对话 introduces nothing
    ("中方敦促欧方与中方相向而行。", "2024-11-02", [("demand", "occurred", ["中国"], ["欧盟"])]),  # the one urged
    ("美方提出同中方通电话，遭中方拒绝。", "2023-02-09", [("call", "negated", ["美国"], ["中国"])]),  # turned down
    ("美国国防部6日更新所谓“中国军事企业”清单，将腾讯、宁德时代等中国企业列入其中。", "2025-01-08",
     [("sanction", "occurred", ["美国国防部"], ["中国"])]),  # the list named before
])
def test_pronouns_topics_proposals_and_lists(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.status, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected
    if "成蕾" in told:
        assert events[0].items == ("澳籍人士成蕾被羁押",)


def test_what_a_minister_said_told_in_a_spokespersons_answer_keeps_its_day():
    told = ("4月25日下午，国防部举行例行记者会，国防部新闻发言人张晓刚大校答记者问。\n\n"
            "张晓刚：应美方请求，国防部长董军16日晚同美国国防部长奥斯汀视频通话。董部长强调，台湾问题是中国核心利益中的"
            "核心，美方应恪守一个中国原则。")
    [demand] = find(huiwu.extract(told, published="2024-04-25"), "demand")
    assert demand.date.start == "2024-04-16"
    [demand] = huiwu.extract("张晓刚：我们敦促美方停止渲染炒作。", published="2024-04-25")
    assert demand.date.start == "2024-04-25"  # the spokesperson's own, said at the briefing


def test_a_parliament_house_is_not_the_us_capitol():
    told = "國務院總理李強17日在堪培拉國會大廈與澳洲總理阿爾巴尼斯共同主持第九輪中澳總理年度會晤。"
    assert {e.location.name for e in huiwu.extract(told, published="2024-06-18")} == {"堪培拉"}


def test_a_tour_of_friendly_states_visits_each():
    told = "11月30日至12月6日，賴清德出訪友邦馬紹爾群島、吐瓦魯及帛琉，並過境美國夏威夷及關島。"
    [tour, transit] = huiwu.extract(told, published="2024-12-07")
    assert [r.country for r in tour.recipients] == ["MHL", "TUV", "PLW"]
    assert [r.country for r in transit.recipients] == ["USA"]


def test_leaders_of_delegations_named_after_their_titles():
    told = "王毅会见了美国总统国家安全事务副助理达斯卡尔率领的美国政府代表团。"
    [met] = huiwu.extract(told, published="2024-01-31")
    assert [(r.name, r.country) for r in met.recipients] == [("达斯卡尔", "USA")]  # not 卡尔, a name it holds
    told = "王毅先后会见了伊朗外长阿拉格齐一行和新加坡外长维文一行。"
    assert [[r.name for r in e.recipients] for e in huiwu.extract(told, published="2024-01-31")] == [
        ["阿拉格齐"], ["维文"]]


def test_one_about_to_leave_a_post_still_calls_on_his_hosts():
    told = "新华社巴黎12月19日电 即将离任的中国驻法国大使卢沙野18日在爱丽舍宫辞行拜会法国总统外事顾问博纳。"
    [met] = huiwu.extract(told, published="2023-12-20")
    assert (met.type, met.status, met.date.start, met.actors[0].name, met.recipients[0].name) == (
        "meet", "occurred", "2023-12-18", "卢沙野", "博纳")


def test_a_call_not_arranged_is_negated():
    [call] = huiwu.extract("佩斯科夫说，目前俄方没有安排普京与特朗普通话的具体计划。", published="2024-11-11")
    assert (call.type, call.status) == ("call", "negated")


def test_countermeasures_spoken_of_in_quotes_and_the_central_foreign_affairs_office():
    # the counter-sanctions are judged, not taken again
    [judged] = huiwu.extract("德国外交部长马斯表示，中方的反制裁\"是不可接受的\"。", published="2021-03-23")
    assert (judged.type, [r.id for r in judged.recipients]) == ("concern", ["country/CHN"])
    [call] = huiwu.extract("布林肯同中共中央外事办公室主任王毅通电话。", published="2023-02-04")
    assert [r.name for r in call.recipients] == ["王毅"]


def test_a_name_ending_in_qiang_and_a_body_that_is_no_body():
    told = "美国财政部宣布对保安局局长邓炳强、律政司司长林定国实施制裁。"
    [sanction] = huiwu.extract(told, published="2025-04-01")
    assert [a.name for a in sanction.actors] == ["美国财政部"]  # 宣布对保安局 is no body before a title
    assert [r.name for r in sanction.recipients] == ["邓炳强", "林定国"]
    [met] = huiwu.extract("刘建超17日在北京会见越南共产党中央对外部部长黎怀中。", published="2023-10-17")
    assert met.recipients[0].country == "VNM"  # 中央对外部 is one


def test_natos_secretary_general_is_not_coded_as_the_un():
    [met] = huiwu.extract("北约秘书长吕特25日在布鲁塞尔会见乌克兰总统泽连斯基。", published="2025-06-26")
    assert met.actors[0].country != "UNO"


@pytest.mark.parametrize(("told", "expected"), [
    ("博雷利说，新一轮制裁旨在打击俄方规避制裁的行为。", []),  # what a measure is for, no measure taken
    ("中国商务部发言人说，“如果美方执意进一步升级，中方必将采取相应反制措施。”", []),  # a condition inside quotes
    # the one disregarded does not act; the subject of the clause before takes the measure
    ("中国商务部新闻发言人24日表示，中方已多次向欧方表明严正立场，欧方不顾中方反对，执意将中国企业列入制裁清单。",
     [("sanction", ["欧盟"], ["中国"])]),
])
def test_measures_restated_in_a_statement(told, expected):
    events = huiwu.extract(told, published="2023-06-24")
    assert [(e.type, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected


def test_those_at_a_meeting_and_the_day_a_post_was_taken_up():
    # 与会外长 are the ministers at the meeting, not China's foreign minister, and attend nothing of the host's
    assert huiwu.extract("习近平集体会见与会外长。", published="2025-07-16") == []
    # 就任当天 names no post after it: the post is hers, not the 总理 she called
    told = "新华社北京12月1日电 李克强祝贺冯德莱恩履新。冯德莱恩说，她在就任当天就同总理先生通话。"
    appointments = find(huiwu.extract(told, published="2019-12-02"), "appoint")
    assert [(a.post, a.date.start) for a in appointments] == [("欧盟委员会主席", "2019-12-01")]


def test_the_local_day_wins_over_any_other_clock_in_brackets():
    [talks] = huiwu.extract("日本首相石破茂15日（日本时间16日）在秘鲁首都利马与国家主席习近平举行会谈。", published="2024-11-16")
    assert talks.date.start == "2024-11-15"


def test_a_summit_named_by_its_sides_between_the_verb_and_the_noun_is_held():
    [summit] = huiwu.extract("美国总统拜登18日在戴维营与日本首相岸田文雄、韩国总统尹锡悦举行首次美日韩三边峰会。",
                             published="2023-08-19")
    assert summit.type == "meet" and summit.date.start == "2023-08-18"
    assert {p.name for p in (*summit.actors, *summit.recipients)} == {"拜登", "岸田文雄", "尹锡悦"}


def test_a_trip_to_places_listed_after_a_verb_of_travelling_is_one_visit_to_each():
    visits = find(huiwu.extract("法国总统马克龙将前往德国和波兰。", published="2024-05-06"), "visit")
    assert [[r.name for r in v.recipients] for v in visits] == [["德国"], ["波兰"]]
    visits = find(huiwu.extract("德国总理默茨计划周三前往巴黎和华沙。", published="2025-05-07"), "visit")
    assert [v.recipients[0].country for v in visits] == ["FRA", "POL"]


def test_who_visits_in_what_is_agreed_and_who_decides_after_it():
    events = huiwu.extract("安倍晋三23日在北京与习近平举行会谈。双方确认将为明年春天习近平作为国宾访日做好准备。",
                           published="2019-12-24")
    [visit] = find(events, "visit")
    assert [a.name for a in visit.actors] == ["习近平"]  # the host of the talks is not a visitor
    events = huiwu.extract("王毅同郑义溶举行会谈。双方同意尽早实现习近平主席访韩，并决定年内启动外交安全对话。",
                           published="2021-04-04")
    [established] = find(events, "establish")
    assert {a.name for a in established.actors} == {"王毅", "郑义溶"}  # not the visitor of what was agreed


def test_a_plan_told_after_its_time_and_a_plan_not_carried_out():
    [visit] = huiwu.extract("习近平原定今年春季作为国宾访日。", published="2020-09-26")
    assert visit.status == "planned"
    events = huiwu.extract("2月28日，泽连斯基在白宫与特朗普会面时爆发激烈争吵，原定签署的矿产协议未能签署。",
                           published="2025-03-01")
    assert [(e.type, e.status) for e in events] == [("meet", "occurred"), ("agree", "negated")]
    [meeting] = huiwu.extract("泽连斯基原定17日与特朗普会面，但未能与其见面。", published="2025-06-18")
    assert meeting.status == "negated"
    # what was done instead of the plan is no plan
    attended = find(huiwu.extract("巴西总统卢拉原定赴喀山与会，因日前受伤取消了行程，改以视频方式参加当天的会议。",
                                  published="2024-10-23"), "attend")
    assert [a.status for a in attended] == ["negated", "occurred"]


def test_a_post_taken_up_before_a_first_trip_planned_is_no_plan():
    events = huiwu.extract("德国总理默茨计划周三前往华沙进行就任后首次出访。", published="2025-05-07")
    [appointment] = find(events, "appoint")
    assert (appointment.status, appointment.date.start, appointment.location) == ("occurred", "2025-05-06", None)
    # the post named right after the verb is taken up, and no holder of it attends
    events = huiwu.extract("美国国防部长赫格塞思预计31日在对话会上发表演讲，这将是他就任防长后首次出席该对话会。",
                           published="2025-05-30")
    assert [(e.type, e.status, [a.name for a in e.actors]) for e in events] == [
        ("attend", "planned", ["赫格塞思"]), ("appoint", "occurred", ["赫格塞思"])]


def test_a_demand_after_a_protest_is_not_dated_by_what_was_protested():
    told = "日本外务事务次官冈野正敬27日召见中国驻日大使馆临时代办施泳，就中国军机26日侵入领空一事提出严正抗议，并要求中方防止事件再次发生。"
    events = huiwu.extract(told, published="2024-08-27")
    assert [(e.type, e.date.start) for e in events] == [("concern", "2024-08-27"), ("demand", "2024-08-27")]


def test_an_appointee_under_a_former_title_of_any_kind():
    [appointment] = huiwu.extract("韩国总统尹锡悦10日任命前外交部第一次官赵兑烈为外交部长。", published="2024-01-10")
    assert appointment.actors[0].name == "赵兑烈" and appointment.post == "外交部长"


@pytest.mark.parametrize(("told", "published", "parties"), [
    # the guest's talks, not the courtesy call paid the same day
    ("新华社北京12月25日电 王毅25日在北京同日本外相岩屋毅举行会谈。同日，国务院总理李强会见岩屋毅。"
     "双方同意推动早日举行中日高级别经济对话。", "2024-12-26", {"王毅", "岩屋毅"}),
    # nor a meeting told after the talks and held the day before
    ("中新社柏林6月20日电 李强20日在柏林同德国总理朔尔茨举行会谈。19日，德国总统施泰因迈尔会见李强。"
     "磋商后，两国总理共同见证了双方签署十余份合作文件。", "2023-06-20", {"李强", "朔尔茨"}),
    # the talks held, not the summit to come
    ("新华社旧金山11月10日电 何立峰9日至10日在旧金山同美国财政部长耶伦举行会谈。国家主席习近平将于14日至17日赴旧金山"
     "同拜登举行会晤。双方同意明年初再次举行会谈。", "2023-11-10", {"何立峰", "耶伦"}),
    # three foreign ministers: those met one by one
    ("新华社韩国釜山11月26日电 外交部长王毅26日在釜山出席第十次中日韩外长会。会前，王毅分别会见了韩国外长朴振和日本外相上川阳子。"
     "三国外长同意加快筹备中日韩领导人会议。", "2023-11-27", {"王毅", "朴振", "上川阳子"}),
])
def test_both_sides_and_the_ministers_of_a_post_point_to_the_exchange_held(told, published, parties):
    [agreed] = find(huiwu.extract(told, published=published), "agree")
    assert agreed.status == "occurred" and {a.name for a in agreed.actors} == parties


def test_a_forecast_agreement_points_to_the_talks_to_come():
    told = ("習近平於18日至19日出席G20里約峰會。此前，他於當地時間16日在利馬會見美國總統拜登。"
            "按行程，習近平將對巴西進行國事訪問，並擬於20日與巴西總統盧拉舉行會談。外界預料雙方會簽署多項合作文件。")
    [agreed] = find(huiwu.extract(told, published="2024-11-19"), "agree")
    assert agreed.status == "planned" and {a.name for a in agreed.actors} == {"习近平", "卢拉"}


def test_the_visitor_of_a_state_visit_named_with_its_destination_in_what_is_agreed():
    told = "习近平23日会见日本首相安倍晋三。双方同意为明年春天习近平主席对日本进行国事访问做好准备。"
    [visit] = find(huiwu.extract(told, published="2019-12-23"), "visit")
    assert [a.name for a in visit.actors] == ["习近平"] and visit.status == "planned"


@pytest.mark.parametrize(("told", "published", "expected"), [
    # 将 taking an object after 并 or 已: the measures are taken
    ("同日，商务部将12家美国实体列入出口管制管控名单，并将6家美国企业列入不可靠实体清单。", "2025-04-10",
     [("sanction", "occurred", "2025-04-10")]),
    ("本周美方已将对华加征关税税率累计提高至145%。", "2025-04-12", [("sanction", "occurred", "2025-04-07")]),
    # 将不得不采取…: a threat, not a measure taken
    ("商务部当日表示，中方对此深表遗憾，将不得不采取必要反制措施。", "2019-05-11",
     [("concern", "occurred", "2019-05-11"), ("sanction", "planned", "2019-05-11")]),
    # the rate of duties told before, raised by an announcement
    ("4月9日，国务院关税税则委员会发布公告，将对原产于美国的所有进口商品加征关税的税率由34%提高至84%。", "2025-04-10",
     [("sanction", "occurred", "2025-04-09")]),
    # measures to end, to be extended or put off: none taken
    ("卢特尼克称，美方此前实施的部分对华出口管制措施将随着稀土供应恢复而取消。", "2025-06-11", []),
    ("双方将推动已暂停的美方对等关税24%部分以及中方反制措施如期展期90天。", "2025-07-30", []),
    ("美方宣布，原定于10月15日将中国输美商品关税税率由25%提高至30%的计划暂不实施。", "2019-10-14", []),
    # a day before the one told
    ("商务部12月3日发布公告。一天前，美国商务部宣布将140家中国实体列入实体清单。", "2024-12-04",
     [("sanction", "occurred", "2024-12-02")]),
])
def test_measures_taken_threatened_and_put_off(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.status, e.date.start) for e in events] == expected


def test_those_on_a_call_a_rumour_denied_a_career_and_a_word_with_xiang():
    [call] = huiwu.extract("刘鹤与美国贸易代表莱特希泽通话。商务部部长钟山、人民银行行长易纲等参加通话。", published="2019-09-05")
    assert [a.name for a in call.actors] == ["刘鹤"]
    told = "何亚东24日表示，目前中美双方没有进行任何经贸谈判，有关中美经贸谈判取得进展的说法是捕风捉影。"
    assert [e.status for e in huiwu.extract(told, published="2025-04-25")] == ["negated"]
    [appointment] = huiwu.extract("王受文2022年10月起任国际贸易谈判代表，多次参与中美经贸磋商。", published="2025-04-12")
    assert (appointment.type, appointment.date.start) == ("appoint", "2022-10")
    [measure] = huiwu.extract("商务部10月9日宣布对境外相关稀土物项实施出口管制。", published="2025-10-10")
    assert measure.recipients == ()  # 外 + 相关, no foreign minister named 关稀土


@pytest.mark.parametrize(("told", "published", "sides"), [
    # the office's portfolio between its body and its title
    ("外交部副部长谢锋12日在廊坊同美国国务院东亚事务助理国务卿康达举行会谈。", "2022-12-13", (["谢锋"], ["康达"])),
    ("外交部副部长马朝旭30日在华盛顿同美国总统国家安全事务首席副助理芬纳举行会谈。", "2024-05-31", (["马朝旭"], ["芬纳"])),
    ("刘晓明26日同韩国外交部半岛和平交涉本部长金健通电话。", "2022-07-27", (["刘晓明"], ["金健"])),
    # a surname the common ones leave out
    ("外交部边界与海洋事务司司长洪亮24日同日本外务省亚洲大洋洲局局长泷崎成树举行磋商。", "2020-07-25", (["洪亮"], ["泷崎成树"])),
    # a special envoy's title is no one standing in for another; a source line is no subject
    ("据外交部网站消息，16日，中国政府欧亚事务特别代表李辉会见了乌克兰总统泽连斯基。", "2023-05-18", (["李辉"], ["泽连斯基"])),
    # the other side named in the clause before 举行
    ("外交部部长助理苗得雨15日在北京同俄罗斯外交部政策规划局局长德罗比宁，举行新一轮中俄外交政策磋商。", "2024-10-17",
     (["苗得雨"], ["德罗比宁"])),
    # a meeting held, and the two who chaired it or led the delegations to it in the same sentence
    ("中菲南海问题双边磋商机制第八次会议17日在上海举行，外交部部长助理农融与菲律宾外交部副部长拉扎罗共同主持了会议。",
     "2024-01-19", (["农融"], ["拉扎罗"])),
    ("美俄战略稳定谈判22日在维也纳举行，美国总统军控事务特使比林斯利与俄罗斯外交部副部长里亚布科夫分别率团与会。",
     "2020-06-23", (["比林斯利"], ["里亚布科夫"])),
])
def test_working_level_officials_under_titles_the_lexicon_does_not_know(told, published, sides):
    [exchange] = [e for e in huiwu.extract(told, published=published) if e.type in ("meet", "talks", "call")]
    assert ([a.name for a in exchange.actors], [r.name for r in exchange.recipients]) == sides
    assert all(p.country for p in (*exchange.actors, *exchange.recipients))


def test_an_envoy_for_a_countrys_affairs_is_of_the_side_named_before():
    [call] = huiwu.extract("中国政府朝鲜半岛事务特别代表刘晓明1日与韩国外交部半岛和平交涉本部长鲁圭德举行视频会晤。",
                           published="2021-11-02")
    assert [(a.name, a.country) for a in call.actors] == [("刘晓明", "CHN")] and call.type == "call"
    [attended] = huiwu.extract("美国副总统哈里斯代表拜登总统与会。", published="2023-09-07")
    assert [a.name for a in attended.actors] == ["哈里斯"]


@pytest.mark.parametrize(("told", "published", "expected"), [
    # 双方 after talks between delegations and an attendance: the two sides of the talks
    ("俄罗斯和乌克兰代表团16日在伊斯坦布尔举行直接谈判。土耳其外长费丹当天主持了谈判开幕式。梅金斯基在谈判结束后表示，"
     "双方同意各自交换1000名战俘。", "2025-05-17", ("agree", ["俄罗斯", "乌克兰"], [])),
    # a body named without its country is of the country named before it
    ("韩国最大在野党共同民主党当天要求尹锡悦立即辞职。", "2024-12-04", ("demand", ["KOR"], ["尹锡悦"])),
    # a call made with 给
    ("特朗普18日给普京打了电话。", "2025-08-19", ("call", ["特朗普"], ["普京"])),
    # asked, in the passive: the one asked is no one asking
    ("白宫官员称，泽连斯基被要求离开白宫。", "2025-03-01", ("demand", ["白宫"], ["泽连斯基"])),
    # the city one leaves is no destination, nor the 在 of a name a place
    ("韩国总统李在明将于24日离开东京前往美国华盛顿。", "2025-08-23", ("visit", ["李在明"], ["美国"])),
])
def test_exchanges_and_measures_between_other_countries(told, published, expected):
    [event] = [e for e in huiwu.extract(told, published=published) if e.type == expected[0]]
    actors = [a.country if expected[1][0].isascii() else a.name for a in event.actors]
    assert (event.type, actors, [r.name for r in event.recipients]) == expected


def test_a_post_congratulated_on_is_dated_by_when_it_was_taken_up():
    told = "日本首相石破茂9日同韩国总统李在明通电话。石破茂对李在明就任总统表示祝贺。"
    [appointment] = find(huiwu.extract(told, published="2025-06-10"), "appoint")
    assert appointment.date.start == "2025-06-04"
    [appointment] = find(huiwu.extract("7日，习近平致电默茨，祝贺他就任德国总理。", published="2025-05-08"), "appoint")
    assert appointment.date.start == "2025-05-06"


@pytest.mark.parametrize(("told", "published", "expected"), [
    # remarks on an event: "since ties were cut", "the first time since…"
    ("（中央社記者葉素萍台北10日電）美國衛生部長艾薩今天在總統府晉見蔡英文總統，是台美斷交以來訪台層級最高的美國內閣官員。",
     "2020-08-10", [("meet", ["艾萨"], ["蔡英文"])]),
    ("【香港01】習近平與美國總統特朗普昨日在南韓釜山舉行會晤，是特朗普今年1月重返白宮後兩人首次面對面會談。", "2025-10-31",
     [("meet", ["习近平"], ["特朗普"])]),
    # 我方 in a report from Taipei: the side of the one speaking
    ("（中央社記者黃雅詩台北15日電）田中光指出，我方對中國的打壓表達強烈抗議。", "2024-01-15",
     [("concern", ["台湾"], ["中国"])]),
    # the clause of the reporting verb names the one acting, not a clause telling when
    ("【明報專訊】美國總統拜登宣誓就職後不久，中國外交部昨日宣布，決定對前國務卿蓬佩奧實施制裁。", "2021-01-21",
     [("appoint", ["拜登"], []), ("sanction", ["外交部"], ["蓬佩奥"])]),
    # those named out, and a body named after a president
    ("〔記者林良昇／台北報導〕中國國台辦15日點名黃世聰、李正皓等5名政論節目名嘴，宣布依法對其本人及家屬實施懲戒。", "2024-05-16",
     [("sanction", ["中国", "国务院台湾事务办公室"], ["黄世聪", "李正皓"])]),
    ("【明報專訊】中國外交部昨日宣布，決定對雷根總統圖書館基金會採取反制措施。", "2023-04-08",
     [("sanction", ["外交部"], ["里根总统图书馆基金会"])]),
    # arriving from the stop before
    ("【明報專訊】行政長官李家超昨日轉抵馬來西亞吉隆坡訪問，上午與馬來西亞總理安華會晤。", "2023-07-28",
     [("visit", ["李家超"], ["马来西亚"]), ("meet", ["李家超"], ["安瓦尔"])]),
])
def test_the_press_of_taipei_and_hong_kong(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected


def test_plans_studied_and_a_president_elect_met():
    [measure] = huiwu.extract("〔記者吳書緯／台北報導〕行政院長卓榮泰表示，政府將研擬必要的反制措施。", published="2026-01-07")
    assert measure.status == "planned"
    [met] = huiwu.extract("副總統賴清德今天在亞松森與巴拉圭當選總統潘尼亞會晤。", published="2023-08-15")
    assert [(r.name, r.country) for r in met.recipients] == [("佩尼亚", "PRY")]
    assert find(huiwu.extract("副總統賴清德今天在亞松森與巴拉圭總統當選人潘尼亞會晤。", published="2023-08-15"), "appoint") == []


@pytest.mark.parametrize(("told", "published", "recipients"), [
    # a party's central bodies between the party and the title
    ("刘建超11日在河内同越共中央对外部部长黎怀忠举行会谈。", "2025-01-12", [("黎怀忠", "VNM")]),
    ("刘建超10日在万象会见老挝人民革命党中央委员通萨万。", "2024-07-11", [("通萨万", "LAO")]),
    ("6月18日，省委书记李希在广州会见越共中央政治局委员、胡志明市委书记阮善仁。", "2019-06-19", [("阮善仁", "VNM")]),
    # Vietnamese given names ending in 年 and 方
    ("刘建超11日在河内会见越南国会副主席陈光方。", "2025-01-12", [("陈光方", "VNM")]),
    ("黄坤明5日在广州会见越南胡志明市市长阮文年率领的代表团。", "2023-12-06", [("阮文年", "VNM")]),
    # a body named by the relations of two countries
    ("外交部长王毅24日在北京会见了美中关系全国委员会会长欧伦斯。", "2024-06-25", [("欧伦斯", "USA")]),
])
def test_party_and_people_to_people_diplomacy(told, published, recipients):
    [exchange] = [e for e in huiwu.extract(told, published=published) if e.type in ("meet", "talks")]
    assert [(r.name, r.country) for r in exchange.recipients] == recipients


def test_a_dialogue_of_parties_a_delegation_told_before_and_a_date_to_be_agreed():
    told = ("中国共产党同统一俄罗斯党第十次对话会2月28日以视频方式举行。刘建超和统一俄罗斯党总委员会书记图尔恰克共同主持并致辞。"
            "双方一致同意进一步加强两党交往。")
    events = huiwu.extract(told, published="2023-03-01")
    assert [(e.type, {p.name for p in (*e.actors, *e.recipients)}) for e in events] == [
        ("talks", {"刘建超", "图尔恰克"}), ("agree", {"刘建超", "图尔恰克"})]
    told = "习近平9日会见由舒默率领的参议员代表团。访华期间，代表团还同外交部长王毅举行了会谈。"
    [talks] = find(huiwu.extract(told, published="2023-10-10"), "talks")
    assert ([a.name for a in talks.actors], [r.name for r in talks.recipients]) == (["舒默"], ["王毅"])
    told = "大呼拉尔主席赞丹沙塔尔对中国的访问已推迟，新的日期将另行商定。"
    assert [e.type for e in huiwu.extract(told, published="2023-11-08")] == ["visit"]
    [attended] = huiwu.extract("杭州市委书记刘捷与匈牙利德布勒森市长帕波·拉斯洛11日在杭州共同出席签字仪式。", published="2024-09-12")
    assert {(a.name, a.country) for a in attended.actors} == {("刘捷", "CHN"), ("帕波·拉斯洛", "HUN")}


@pytest.mark.parametrize(("told", "published", "expected"), [
    # a relation declared is agreed
    ("新华社河内12月12日电 习近平12日同越共中央总书记阮富仲举行会谈。双方宣布，携手构建具有战略意义的中越命运共同体。",
     "2023-12-12", [("talks", ["习近平"], ["阮富仲"]), ("agree", ["习近平", "阮富仲"], [])]),
    # those of the talks just told attend together
    ("新华社平壤4月11日电 11日，赵乐际同朝鲜最高人民会议常任委员会委员长崔龙海举行会谈，并共同出席中朝友好年开幕式。",
     "2024-04-11", [("talks", ["赵乐际"], ["崔龙海"]), ("attend", ["赵乐际", "崔龙海"], [])]),
    # what follows the witnessed signing is done, not agreed
    ("习近平同苏林举行会谈。两国领导人共同见证签署合作文件，并出席中越人文交流活动。", "2025-04-14",
     [("talks", ["习近平"], ["苏林"]), ("agree", ["习近平", "苏林"], []), ("attend", ["习近平", "苏林"], [])]),
    # the one 其 stands for, and 他 after 随后
    ("布林肯于18日至19日访华。访问期间，国务委员兼外长秦刚同其举行会谈。", "2023-06-19",
     [("visit", ["布林肯"], ["中国"]), ("talks", ["秦刚"], ["布林肯"])]),
    ("习近平于21日抵达罗马。随后他还将访问摩纳哥。", "2019-03-24",
     [("visit", ["习近平"], ["意大利"]), ("visit", ["习近平"], ["摩纳哥"])]),
    # an envoy sent by the one named before his title, in a clause describing him
    ("当地时间1月19日，前来出席特朗普总统就职典礼的习近平主席特别代表、国家副主席韩正在华盛顿会见美国当选副总统万斯。",
     "2025-01-20", [("meet", ["韩正"], ["万斯"])]),
    # a meeting that set an agenda, and a stand against no one
    ("新华社北京6月19日电 习近平会见布林肯。布林肯表示，美方愿回到两国元首巴厘岛会晤确定的议程上来。", "2023-06-19",
     [("meet", ["习近平"], ["布林肯"])]),
    ("新华社北京11月4日电 朔尔茨表示，德方反对阵营对抗。", "2022-11-04", []),
    # a name before the reason for a visit put off; the visit as the topic of contacts
    ("新华社北京3月26日电 卢拉因患支气管肺炎，推迟原定26日开始的访华行程。中巴双方将就卢拉总统访华保持沟通。", "2023-03-26",
     [("visit", ["卢拉"], ["中国"])]),
])
def test_reports_of_leaders_meetings(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == expected


def test_talks_dated_by_their_day_and_the_consultation_of_a_visit_with_the_other_side():
    told = "新华社北京2月4日电 国家主席习近平4日下午在北京同来华出席北京2022年冬奥会开幕式的俄罗斯总统普京举行会谈。"
    [talks] = find(huiwu.extract(told, published="2022-02-04"), "talks")
    assert talks.date.start == "2022-02-04"
    told = "李强此行应德国总理朔尔茨邀请，于6月18日至23日对德国进行正式访问并举行第七轮中德政府磋商。"
    [talks] = find(huiwu.extract(told, published="2023-06-21"), "talks")
    assert [r.country for r in talks.recipients] == ["DEU"]


@pytest.mark.parametrize(("told", "published", "expected"), [
    # what is to come is not in the year of the background told before it
    ("绍伊古去年5月卸任国防部长。普京表示，期待5月欢迎习近平主席赴莫斯科出席胜利80周年庆典。", "2025-04-02",
     [("appoint", "2024-05"), ("visit", "2025-05"), ("attend", "2025-05")]),
    ("去年7月16日，第二十次中欧领导人会晤在北京举行。王毅还将陪同习近平主席于21日至26日对意大利进行国事访问。", "2019-03-19",
     [("meet", "2018-07-16"), ("visit", "2019-03-21")]),
    # a bare day told as before the day just told
    ("10月23日，习近平在喀山会见莫迪。此前，印度外秘米斯里21日宣布，中印已就边境巡逻安排达成协议。", "2024-12-19",
     [("meet", "2024-10-23"), ("agree", "2024-10-21")]),
    # no events: the background of a view, a trip advised against, a meeting not discussed, a revoked
    # memorandum, a threat said to be gone
    ("复旦大学南亚研究中心主任张家栋认为，在美国对印加征高额关税的背景下，中印关系改善的动力明显增强。", "2025-08-20", []),
    ("外交部14日发布提醒，提醒中国公民近期避免前往日本。", "2025-11-14", []),
    ("新华社日内瓦5月12日电 何立峰10日至11日在日内瓦与美国财政部长贝森特举行会谈。贝森特在会后记者会上说，"
     "双方本次会谈没有讨论两国元首会晤事宜。", "2025-05-12", [("talks", "2025-05-10")]),
    ("今年4月21日，澳大利亚联邦政府宣布撤销维多利亚州政府与中方签署的合作谅解备忘录。", "2021-05-01", []),
    ("贝森特对媒体表示，对华加征100%关税的威胁实际上已经不存在。", "2025-10-27", []),
    # a joint commission held
    ("商务部部长王文涛12日在北京与澳大利亚贸易部长法瑞尔举行第十六届中澳部长级经济联委会。", "2023-05-13",
     [("talks", "2023-05-12")]),
])
def test_long_reports_dates_and_what_is_no_event(told, published, expected):
    events = huiwu.extract(told, published=published)
    assert [(e.type, e.date.start) for e in events] == expected


def test_a_dotted_name_before_a_verb_a_plan_first_made_and_a_consideration():
    [appointment, _] = huiwu.extract("约翰·瓦德富尔出任外交部长，皮斯托瑞斯留任国防部长。", published="2025-05-07")
    assert appointment.actors[0].name == "瓦德富尔" and appointment.post == "外长"
    [attended] = huiwu.extract("杭州市委书记刘捷与德布勒森市长帕波·拉斯洛共同出席签字仪式。", published="2024-09-12")
    assert {a.name for a in attended.actors} == {"刘捷", "帕波·拉斯洛"}
    told = "【記者李人岳／台北報導】外媒先前報導，賴清德原規劃8月出訪巴拉圭，但美方未同意他過境紐約。"
    [visit] = find(huiwu.extract(told, published="2025-07-29"), "visit")
    assert (visit.status, visit.date.start) == ("planned", "2025-08")
    told = "【記者李人岳／台北報導】總統府發言人郭雅慧昨天表示，考量台美關稅談判等因素，總統賴清德近期沒有出訪計畫。"
    assert find(huiwu.extract(told, published="2025-07-29"), "talks") == []


def test_a_pair_in_the_name_of_a_meeting_adds_no_sides_and_a_new_term_is_not_the_first():
    told = "同日上午，外交部长王毅同日本外相岩屋毅举行会谈，两人还共同主持中日高级别人文交流磋商机制第二次会议。"
    [talks] = find(huiwu.extract(told, published="2024-12-26"), "talks")
    assert [r.name for r in talks.recipients] == ["岩屋毅"]
    told = "王毅同拉夫罗夫举行会谈。普京上月在俄罗斯总统选举中高票连任，王毅在会谈中表示祝贺。"
    [appointment] = find(huiwu.extract(told, published="2024-04-09"), "appoint")
    assert appointment.date.start == "2024-03"


def test_a_union_named_whole_after_a_list_mark_is_no_company():
    # found by the fuzz run: 歐洲聯盟 after 、 ends in 联盟 and is the EU's whole name
    told = "日前欧尔萨格在卡納納斯基斯通话时访问塞浦路斯、歐洲聯盟罗赫利奥·——迈塔在新竹届时应避免出口管制。"
    events = huiwu.extract(told, published="2024-03-16")
    assert all(p.name for e in events for p in (*e.actors, *e.recipients))


def test_a_meeting_agreed_on_with_its_time_after_it_or_its_verb_is_planned_between_those_who_agreed():
    told = ("何立峰9日在旧金山同耶伦举行会谈。耶伦7月曾访华。外交部宣布，习近平将于15日同拜登举行会晤。"
            "双方同意明年初再次举行会谈。")
    events = huiwu.extract(told, published="2024-06-12")
    [agreed] = find(events, "agree")
    [planned] = [e for e in find(events, "talks") if e.status == "planned"]
    assert {p.name for p in (*planned.actors, *planned.recipients)} == {p.name for p in agreed.actors} == {"何立峰", "耶伦"}
    assert planned.date.start == "2025-01"
    told = "王毅10日同岩屋毅举行会谈。双方商定，下一轮对话将于明年在东京举行。"
    [planned] = [e for e in find(huiwu.extract(told, published="2024-06-12"), "talks") if e.status == "planned"]
    assert (planned.date.start, planned.location.name) == ("2025", "东京")


def test_a_meeting_agreed_on_that_names_its_sides_keeps_them():
    told = "孙卫东3日在北京同朴胤柱举行战略对话。双方同意保持高层交往势头，年内尽早举行中韩外交安全对话。"
    [planned] = [e for e in find(huiwu.extract(told, published="2026-02-04"), "talks") if e.status == "planned"]
    assert [p.id for p in (*planned.actors, *planned.recipients)] == ["country/CHN", "country/KOR"]


def test_the_time_of_what_is_agreed_does_not_bind_both_sides_to_the_background():
    told = ("王毅13日在北京同博雷利共同主持中欧高级别战略对话。今年4月5日至7日，马克龙和冯德莱恩访华。"
            "双方同意为年内举行中欧领导人会晤做好准备。")
    [agreed] = find(huiwu.extract(told, published="2023-10-14"), "agree")
    assert {p.name for p in agreed.actors} == {"王毅", "博雷利"}
    assert agreed.date.start == "2023-10-13"


def test_one_leaving_a_post_named_before_leaves_it_and_the_successor_is_of_the_same_state():
    told = "新西兰总督基罗在总督府会见王毅。基罗将于9月底卸任，由哈德森接任。"
    events = find(huiwu.extract(told, published="2025-06-18"), "appoint")
    assert [(e.actors[0].name, e.actors[0].country, e.post, e.predecessor, e.status) for e in events] == [
        ("基罗", "NZL", "新西兰总督", None, "planned"), ("哈德森", "NZL", "新西兰总督", "基罗", "planned")]


def test_one_escorting_a_visitor_visits_on_the_visit_escorted_not_on_the_day_a_post_was_taken_up():
    told = ("应王毅邀请，美国国务卿布林肯于4月24日至26日访华。上月，两国外长通电话。"
            "陪同布林肯访华的有今年2月出任常务副国务卿的坎贝尔。")
    events = huiwu.extract(told, published="2024-04-27")
    escorting = next(e for e in find(events, "visit") if e.actors[0].name == "坎贝尔")
    assert (escorting.date.start, escorting.date.end) == ("2024-04-24", "2024-04-26")
    [taken_up] = find(events, "appoint")
    assert taken_up.date.start == "2024-02"


def test_both_sides_and_the_two_heads_after_a_meeting_of_three_are_the_two_of_the_talks():
    told = ("国家主席习近平13日在北京同巴西总统卢拉举行会谈。会谈前，习近平、卢拉同哥伦比亚总统佩特罗"
            "举行三方会晤。会谈后，两国元首见证签署多项合作文件。双方还发表了联合声明。")
    agreed = find(huiwu.extract(told, published="2025-05-14"), "agree")
    assert len(agreed) == 2 and all({p.name for p in e.actors} == {"习近平", "卢拉"} for e in agreed)


def test_a_consensus_formed_is_an_agreement_and_the_two_teams_are_the_two_states():
    told = ("习近平20日在北京同特朗普举行会谈。习近平指出，两国经贸团队上周在日内瓦进行了深入沟通，"
            "就解决各自关切形成了基本共识。")
    [agreed] = find(huiwu.extract(told, published="2025-11-21"), "agree")
    assert [p.id for p in agreed.actors] == ["country/CHN", "country/USA"]
    assert agreed.items == ("解决各自关切",)


def test_measures_listed_as_topics_after_weirao_are_no_measures_and_no_subject():
    told = ("何立峰与贝森特在马德里举行经贸磋商。双方围绕美方对华加征关税、出口管制等问题进行了坦诚交流，"
            "就妥善解决各自关切形成基本共识。")
    events = huiwu.extract(told, published="2025-09-16")
    assert not find(events, "sanction")
    [agreed] = find(events, "agree")
    assert {p.name for p in agreed.actors} == {"何立峰", "贝森特"}


def test_both_attending_a_ceremony_named_in_the_cue_after_their_talks_attend_it():
    told = "9日，王沪宁同来访的老挝国会主席赛宋蓬举行会谈，并共同出席开幕式。"
    [attended] = find(huiwu.extract(told, published="2024-04-10"), "attend")
    assert [(p.name[:3], p.country) for p in attended.actors] == [("王沪宁", "CHN"), ("赛宋蓬", "LAO")]


def test_a_bare_name_after_a_full_mention_with_a_country_is_that_person_not_a_namesake():
    told = "洪都拉斯总统卡斯特罗9日抵达上海。12日，习近平同卡斯特罗举行会谈。"
    [talks] = find(huiwu.extract(told, published="2023-06-13"), "talks")
    assert [(p.name, p.country) for p in talks.recipients] == [("卡斯特罗", "HND")]
    told = "叙利亚总统巴沙尔·阿萨德抵达杭州。习近平同阿萨德举行会谈。"
    [talks] = find(huiwu.extract(told, published="2023-09-22"), "talks")
    assert [p.country for p in talks.recipients] == ["SYR"]


def test_remarks_on_a_first_visit_since_taking_office_tell_no_other_visit_and_no_day_of_it():
    told = "英国外交大臣拉米18日抵达北京。他是工党政府今年7月上台后首位访华的内阁大臣。"
    assert len(find(huiwu.extract(told, published="2024-10-19"), "visit")) == 1
    told = "拉米18日抵达北京，此访是他今年7月就任外交大臣后首次访华。"
    events = huiwu.extract(told, published="2024-10-19")
    assert len(find(events, "visit")) == 1
    assert [e.date.start for e in find(events, "appoint")] == ["2024-07"]
    for told in ("普京将于12月4日至5日访问印度。这将是普京2021年12月以来首次访问印度。",
                 "瓦德富尔原定下周访华，但已推迟。这本将是他就任以来首次访华。"):
        assert len(find(huiwu.extract(told, published="2025-11-20"), "visit")) == 1, told
    told = "沙利文27日至29日访华，是他出任国家安全事务助理以来首次访华。"
    [taken_up] = find(huiwu.extract(told, published="2024-08-30"), "appoint")
    assert taken_up.date.start == "2021-01-20"
    told = "黄循财6日在布城同安华举行会谈。这是黄循财去年5月接任总理以来首次出席两国领导人年度会议。"
    [attended] = find(huiwu.extract(told, published="2025-01-07"), "attend")
    assert attended.date.start == "2025-01-06"


def test_concern_written_with_guanzhu_is_a_concern():
    told = "拜登在會晤中對中國支持俄羅斯國防工業基礎表達關注。"
    [concern] = find(huiwu.extract(told, published="2024-11-17"), "concern")
    assert [p.country for p in concern.actors] == ["USA"]
    assert [p.id for p in concern.recipients] == ["country/CHN"]


def test_outcomes_a_summit_declares_or_adopts_are_agreed_by_those_present():
    told = "上合组织峰会4日在阿斯塔纳举行。上合组织成员国领导人4日宣布，邀请白俄罗斯成为上合组织正式成员国。"
    [agreed] = find(huiwu.extract(told, published="2024-07-05"), "agree")
    assert agreed.items == ("邀请白俄罗斯成为上合组织正式成员国",)
    told = "中国和东盟国家领导人10日宣布实质性结束中国—东盟自贸区3.0版升级谈判。"
    events = huiwu.extract(told, published="2024-10-11")
    assert [e.type for e in events] == ["agree"]
    told = "李强出席金砖国家领导人第十七次会晤。习近平主席此次未出席会晤。会晤首日即发表《里约热内卢宣言》。"
    [agreed] = find(huiwu.extract(told, published="2025-07-07"), "agree")
    assert "习近平" not in {p.name for p in agreed.actors} and "李强" in {p.name for p in agreed.actors}


def test_a_visit_planned_after_the_one_told_is_in_its_month_not_on_its_days():
    told = "李强15日抵达惠灵顿，开始对新西兰进行为期三天的正式访问。结束新西兰行程后，李强将前往澳大利亚访问。"
    visits = find(huiwu.extract(told, published="2024-06-15"), "visit")
    onward = next(v for v in visits if v.recipients[0].country == "AUS")
    assert (onward.status, onward.date.start, onward.date.precision) == ("planned", "2024-06", "month")


def test_a_concern_about_hong_kong_is_said_to_china_and_one_about_a_side_joining_a_measure_to_that_side():
    told = "拉米18日同王毅举行会谈，他就香港的人权状况表达了关切。"
    [concern] = find(huiwu.extract(told, published="2024-10-19"), "concern")
    assert [p.id for p in concern.recipients] == ["country/CHN"]
    told = "秦刚2日会见林芳正时，对日本加入美国的对华半导体出口管制表示反对。"
    [concern] = find(huiwu.extract(told, published="2023-04-03"), "concern")
    assert [p.id for p in concern.recipients] == ["country/JPN"]


def test_a_visit_ended_on_a_day_with_its_length_told_began_that_many_days_before():
    told = "美国财长耶伦昨日结束为期四天的访华行程。"
    [visit] = find(huiwu.extract(told, published="2024-04-10"), "visit")
    assert (visit.date.start, visit.date.end) == ("2024-04-06", "2024-04-09")


def test_a_paper_of_the_region_writes_as_its_own_country():
    told = "（吉隆坡讯）外交部周二（3日）发表文告，对中国海警船只进入南康暗沙海域表示关切。"
    [concern] = find(huiwu.extract(told, published="2024-09-05"), "concern")
    assert [p.country for p in concern.actors] == ["MYS"]
    told = "联合早报网讯 外交部长维文将于本月20日访问越南。"
    [visit] = find(huiwu.extract(told, published="2025-03-14"), "visit")
    assert [p.name for p in visit.actors] == ["维文"]


def test_attending_a_meeting_told_as_to_be_held_on_days_ahead_is_on_those_days():
    told = "2日，习近平会见了来华的塞内加尔总统法耶。峰会将于9月4日至6日在北京举行。习近平将出席峰会开幕式。"
    [attended] = find(huiwu.extract(told, published="2024-09-03"), "attend")
    assert (attended.date.start, attended.date.end, attended.location.name) == ("2024-09-04", "2024-09-06", "北京")


def test_a_former_president_and_a_new_term_remarked_on_are_no_appointments():
    told = "马英九3月27日至4月7日赴大陆访问，是首位访陆的卸任总统。"
    assert not find(huiwu.extract(told, published="2023-04-08"), "appoint")
    told = "习近平抵达莫斯科。这是他连任国家主席后首次出访。"
    assert not find(huiwu.extract(told, published="2023-03-21"), "appoint")


def test_talks_held_one_after_the_other_with_each_named_after_xianhou_are_one_each():
    told = "习近平19日在西安先后同埃及总统塞西、突尼斯总统赛义德举行会谈。"
    talks = find(huiwu.extract(told, published="2023-05-20"), "talks")
    assert sorted(t.recipients[0].country for t in talks) == ["EGY", "TUN"]
    told = "何立峰同贝森特、格里尔先后在日内瓦、伦敦举行会谈。"
    assert len(find(huiwu.extract(told, published="2025-06-11"), "talks")) == 1


def test_not_attending_in_person_is_a_negated_attendance():
    told = "李强出席二十国集团领导人峰会。习近平首次未亲身出席峰会。"
    statuses = {e.actors[0].name: e.status for e in find(huiwu.extract(told, published="2023-09-11"), "attend")}
    assert statuses == {"李强": "occurred", "习近平": "negated"}


def test_a_body_decided_by_a_meeting_is_set_up_by_those_there_and_named_whole():
    told = "习近平出席上合组织峰会。会议决定成立上合组织开发银行。"
    [founded] = find(huiwu.extract(told, published="2025-09-01"), "establish")
    assert founded.created == "上合组织开发银行"
    assert "习近平" in {p.name for p in founded.actors}


def test_appointments_as_the_press_of_the_region_words_them():
    told = "泰国国会5日投票选出阿努廷为新任总理，接替佩通坦。"
    [taken] = find(huiwu.extract(told, published="2025-09-06"), "appoint")
    assert (taken.actors[0].name, taken.post, taken.predecessor) == ("阿努廷", "总理", "佩通坦")
    told = "莫哈末哈山受委为外交部长，接替赞比里。"
    [taken] = find(huiwu.extract(told, published="2023-12-13"), "appoint")
    assert taken.predecessor == "赞比里" and taken.actors[0].country == "MYS"
    told = "外交部长维文留任原职。"
    [kept] = find(huiwu.extract(told, published="2025-05-22"), "appoint")
    assert kept.post != "原职"
    told = "外交部宣布人事任免。陈道江接替张润，出任驻墨西哥大使。"
    [taken] = find(huiwu.extract(told, published="2025-07-11"), "appoint")
    assert (taken.actors[0].name, taken.predecessor) == ("陈道江", "张润")


def test_flying_to_a_city_is_a_visit_and_marcos_written_with_ke_is_known():
    [visit] = find(huiwu.extract("石破茂明日将飞往雅加达。", published="2025-01-09"), "visit")
    assert (visit.status, visit.recipients[0].country) == ("planned", "IDN")
    [met] = find(huiwu.extract("小马可斯昨日在马拉卡南宫会见王毅。", published="2025-01-09"), "meet")
    assert met.actors[0].id == "person/ferdinand-marcos-jr"


def test_a_visit_told_only_in_a_remark_on_a_meeting_is_a_visit():
    told = "莫迪8月31日在天津与习近平会晤，这是莫迪时隔7年再度访华。"
    [visit] = find(huiwu.extract(told, published="2025-09-01"), "visit")
    assert (visit.actors[0].name, visit.recipients[0].country, visit.date.start) == ("莫迪", "CHN", "2025-08-31")
    told = "普京16日抵达北京。这是普京时隔半年再次访华。"
    assert len(find(huiwu.extract(told, published="2024-05-17"), "visit")) == 1


def test_a_day_carried_from_background_before_those_named_held_any_post_is_the_lead_day():
    told = "6日，习近平在巴黎同马克龙举行会谈。1964年1月27日，中法两国正式建交。同日，习近平同马克龙、冯德莱恩举行三方会晤。"
    [met] = find(huiwu.extract(told, published="2024-05-07"), "meet")
    assert met.date.start == "2024-05-06"


def test_a_visit_to_come_agreed_on_is_made_by_the_one_named_in_its_clause():
    told = "11月14日，习近平同拜登举行会晤。双方同意美国国务卿布林肯将适时访华。"
    [visit] = find(huiwu.extract(told, published="2022-11-15"), "visit")
    assert ([p.name for p in visit.actors], visit.status) == (["布林肯"], "planned")


def test_what_some_analysis_holds_is_no_event():
    assert huiwu.extract("有分析认为，美国总统一再缺席东亚峰会。", published="2024-10-04") == []


def test_today_in_a_report_with_a_city_dateline_is_the_dateline_day():
    [attended] = find(huiwu.extract("（上海5日讯）首相安华今日出席进博会开幕式。", published="2024-11-06"), "attend")
    assert attended.date.start == "2024-11-05"


def test_the_two_countries_after_a_visit_told_in_their_sentence_are_the_visitors_and_the_hosts():
    told = "李强28日在北京同卢拉举行会谈。2024年11月20日，习近平对巴西进行国事访问，两国宣布将双边关系提升为命运共同体。"
    [agreed] = find(huiwu.extract(told, published="2026-01-29"), "agree")
    assert ([p.id for p in agreed.actors], agreed.date.start) == (["country/CHN", "country/BRA"], "2024-11-20")


def test_a_demand_of_one_told_before_is_on_their_day_not_on_the_background_between():
    told = "王毅1日在北京出席招待会。去年11月15日，习近平同拜登在旧金山会晤。王毅表示，中方要求美方恪守一个中国原则。"
    [demand] = find(huiwu.extract(told, published="2024-01-02"), "demand")
    assert demand.date.start == "2024-01-01"


def test_a_visit_planned_for_a_convenient_time_has_no_day():
    told = "布林肯19日在北京会见了秦刚。秦刚将在双方方便的时候访问华盛顿。"
    [visit] = [e for e in find(huiwu.extract(told, published="2023-06-20"), "visit") if e.actors[0].name == "秦刚"]
    assert (visit.status, visit.date.start, visit.date.precision) == ("planned", None, "unknown")


def test_one_about_to_leave_office_met_is_met_now_and_leaves_later():
    told = "朔尔茨4日与即将卸任的国务院总理李克强举行会谈。"
    events = huiwu.extract(told, published="2022-11-05")
    assert [(e.type, e.status) for e in events] == [("appoint", "planned"), ("talks", "occurred")]


def test_those_named_before_a_head_count_attend():
    told = "普京、莫迪等20多位外国领导人将出席峰会。"
    [attended] = find(huiwu.extract(told, published="2025-08-18"), "attend")
    assert [p.name for p in attended.actors] == ["普京", "莫迪"]


def test_what_was_done_before_is_in_the_month_and_what_ends_a_visit_on_its_last_day():
    told = "24日，习近平同肯尼亚总统鲁托举行会谈。鲁托此前在上海出席了中肯投资论坛。"
    [attended] = find(huiwu.extract(told, published="2025-04-25"), "attend")
    assert (attended.date.start, attended.date.precision) == ("2025-04", "month")
    told = "洪玛奈于9月14日至17日访华。15日，李强同洪玛奈举行会谈。两国在访问结束时发表联合公报。"
    [agreed] = find(huiwu.extract(told, published="2024-09-18"), "agree")
    assert agreed.date.start == "2024-09-17"


def test_witnesses_of_a_signing_by_two_others_are_no_parties():
    told = "特朗普26日在吉隆坡与安华一同见证阿努廷与洪玛奈签署和平联合声明。"
    [agreed] = find(huiwu.extract(told, published="2025-10-27"), "agree")
    assert [p.name for p in agreed.actors] == ["阿努廷", "洪玛奈"]
    told = "特朗普抵达吉隆坡，并见证泰国与柬埔寨领导人签署一份扩大版停火协议。"
    [agreed] = find(huiwu.extract(told, published="2025-10-27"), "agree")
    assert [p.id for p in agreed.actors] == ["country/THA", "country/KHM"]


def test_a_demand_in_a_statement_about_the_side_asked_is_the_speakers():
    told = "菲律宾外交部在声明中表示，中方的行为危及船员安全，并要求中国船只立即撤离仁爱礁。"
    [demand] = find(huiwu.extract(told, published="2024-03-25"), "demand")
    assert ([p.country for p in demand.actors], [p.id for p in demand.recipients]) == (["PHL"], ["country/CHN"])


def test_a_meeting_with_one_named_told_as_the_time_of_a_complaint_is_a_meeting():
    told = "维文周四与鲁比奥会面时，对美国关税政策表达关切。"
    events = huiwu.extract(told, published="2025-07-12")
    assert [(e.type, e.date.start) for e in events] == [("meet", "2025-07-10"), ("concern", "2025-07-10")]
    told = "王毅同鲁比奥举行会谈。王毅在会谈时表示，中方希望美方客观看待中国。"
    assert len(find(huiwu.extract(told, published="2025-07-12"), "talks")) == 1


def test_a_sultan_named_with_his_title_is_no_sudanese_and_his_majesty_is_no_part_of_his_name():
    told = "国家元首苏丹依布拉欣陛下今早在国家皇宫与习近平会面。"
    [met] = find(huiwu.extract(told, published="2025-04-16"), "meet")
    assert (met.actors[0].id, met.actors[0].country) == ("person/sultan-ibrahim", "MYS")  # not Sudan
    [met] = find(huiwu.extract("苏丹总统布尔汉会见王毅。", published="2025-04-16"), "meet")
    assert met.actors[0].country == "SDN"


def test_a_leaders_retreat_held_with_another_is_talks():
    told = "印度尼西亚总统普拉博沃16日在新加坡与总理黄循财举行两国领导人年度务虚会。"
    [talks] = find(huiwu.extract(told, published="2025-06-17"), "talks")
    assert ([p.country for p in talks.actors], [p.country for p in talks.recipients]) == (["IDN"], ["SGP"])


def test_a_name_described_before_it_takes_up_a_post():
    told = "原任国家发展部长的李智陞将出任教育部长，接替陈振声。"
    [taken] = find(huiwu.extract(told, published="2025-05-22"), "appoint")
    assert (taken.actors[0].name, taken.post, taken.predecessor, taken.status) == ("李智升", "教育部长", "陈振声", "planned")


def test_a_sentence_opened_by_before_is_some_time_before_the_day_told():
    told = "10月14日，省委书记王宁在昆明会见老挝国会主席赛宋蓬。此前，赛宋蓬在北京同赵乐际举行了会谈。"
    [talks] = find(huiwu.extract(told, published="2024-10-15"), "talks")
    assert (talks.date.start, talks.date.precision) == ("2024-10", "month")


def test_a_further_leg_of_the_trip_is_planned_in_the_month_not_on_the_day_told():
    told = "11月5日，市委书记袁家军在重庆会见新加坡副总理颜金勇。颜金勇此行还将前往天津出席联委会会议。"
    [attended] = find(huiwu.extract(told, published="2024-11-06"), "attend")
    assert (attended.status, attended.date.start, attended.date.precision) == ("planned", "2024-11", "month")


def test_an_invitation_to_meet_turned_down_is_a_negated_meeting():
    told = "美国国防部29日证实，中方拒绝了美方提出的在新加坡举行中美防长会晤的邀请。"
    [met] = find(huiwu.extract(told, published="2023-05-31"), "meet")
    assert met.status == "negated"


def test_dialogue_a_side_wishes_to_further_between_others_is_no_talks():
    told = "前一天，习近平主席同特朗普总统通电话。刘海星表示，中联部愿推动两国政党加强对话交流。"
    assert [e.type for e in huiwu.extract(told, published="2025-11-26")] == ["call"]


def test_a_body_of_envoys_is_met():
    [met] = find(huiwu.extract("4月8日，省委书记王晓晖在成都会见外国驻华使节团一行。", published="2024-04-09"), "meet")
    assert [p.name for p in met.recipients] == ["外国驻华使节团"]
    [met] = find(huiwu.extract("王毅8日在北京会见阿拉伯国家驻华使节。", published="2024-04-09"), "meet")
    assert [p.name for p in met.recipients] == ["阿拉伯国家驻华使节"]


def test_a_bare_delegation_after_its_leader_is_named_is_that_leader():
    told = "中联部部长刘建超19日在京会见由非国大总书记姆巴卢拉率领的代表团。代表团应中联部邀请于17日至24日来华访问。"
    [visit] = find(huiwu.extract(told, published="2024-03-20"), "visit")
    assert ([p.name for p in visit.actors], visit.date.start, visit.date.end) == (["姆巴卢拉"], "2024-03-17", "2024-03-24")
    told = "老挝人民革命党中央对外联络部部长通沙万·丰威汉将于11月8日至14日率代表团访华。访华期间，刘建超将同代表团举行会谈。"
    [talks] = find(huiwu.extract(told, published="2023-11-06"), "talks")
    assert ([p.name for p in talks.actors], [p.name for p in talks.recipients], talks.status) \
        == (["刘建超"], ["通沙万·丰威汉"], "planned")


def test_an_unnamed_spokesperson_of_a_body_speaks_for_it_again():
    told = "全国人大外事委员会发言人10日发表谈话，对美国国会众议院通过涉台法案表示强烈不满。发言人敦促美国国会停止推进有关法案。"
    [demand] = find(huiwu.extract(told, published="2024-09-10"), "demand")
    assert [p.name for p in demand.actors] == ["全国人大外事委员会"]


def test_the_same_day_after_a_notices_background_is_the_day_of_the_news():
    told = "国务院关税税则委员会4日发布公告，此举是对美国政府2日宣布加征关税的回应。同日，商务部宣布将11家美国实体列入不可靠实体清单。"
    [listed] = find(huiwu.extract(told, published="2025-04-05"), "sanction")
    assert listed.date.start == "2025-04-04"
    told = "商务部4日宣布加征关税。公告说，美国政府1日宣布对中国输美商品加征10%关税。当天，商务部还将美国PVH集团列入不可靠实体清单。"
    assert [e.date.start for e in find(huiwu.extract(told, published="2025-02-05"), "sanction")] \
        == ["2025-02-04", "2025-02-01", "2025-02-04"]


def test_as_in_a_capacity_is_no_israeli_title():
    [taken] = find(huiwu.extract("王毅26日首次以外交部长身份亮相。", published="2023-07-27"), "appoint")
    assert (taken.actors[0].name, taken.post, taken.date.start) == ("王毅", "外交部长", "2023-07-26")
    [visit] = find(huiwu.extract("外交部長林佳龍以總統特使身分出訪吐瓦魯。", published="2026-03-04"), "visit")
    assert [p.name for p in visit.actors] == ["林佳龙"]
    [met] = find(huiwu.extract("以外长科恩26日会见王毅。", published="2023-07-27"), "meet")
    assert met.actors[0].country == "ISR"


def test_a_declined_meeting_on_days_to_come_is_placed_ahead():
    told = "中方难以参加6月15日至16日在瑞士举行的乌克兰问题和平峰会。"
    [attended] = find(huiwu.extract(told, published="2024-05-31"), "attend")
    assert (attended.status, attended.date.start, attended.date.end) == ("negated", "2024-06-15", "2024-06-16")
    [attended] = find(huiwu.extract("美方没有出席3月的会议。", published="2024-05-31"), "attend")
    assert (attended.status, attended.date.start) == ("negated", "2024-03")


def test_tomorrow_with_its_day_in_brackets_is_to_come():
    [visit] = find(huiwu.extract("特首李家超明日（28日）率團訪問越南。", published="2024-07-27"), "visit")
    assert (visit.status, visit.date.start) == ("planned", "2024-07-28")
    told = "習近平前日（18日）下午乘專機抵達澳門。"
    [visit] = find(huiwu.extract(told, published="2024-12-21"), "visit")
    assert visit.date.start == "2024-12-18"  # a day before: the number in brackets is the one to trust


def test_two_days_joined_by_and_are_a_span_but_two_months_are_not():
    told = "美國財政部長貝森特與中國國務院副總理何立峰10日及11日在日內瓦進行經貿會談。"
    [talks] = find(huiwu.extract(told, published="2025-05-13"), "talks")
    assert (talks.date.start, talks.date.end) == ("2025-05-10", "2025-05-11")
    [call] = find(huiwu.extract("拜登与习近平今年2月及9月曾两度通电话。", published="2021-11-16"), "call")
    assert call.date.end is None


def test_a_bare_day_just_after_the_report_is_of_its_month():
    [visit] = find(huiwu.extract("日本外務省亞洲大洋洲局長金井正彰17日前往北京。", published="2025-11-16"), "visit")
    assert (visit.date.start, visit.actors[0].id) == ("2025-11-17", "person/masaaki-kanai")
    [visit] = find(huiwu.extract("王毅29日前往莫斯科。", published="2025-12-01"), "visit")
    assert visit.date.start == "2025-11-29"


def test_the_names_taiwan_papers_use_and_a_library_named_after_a_president():
    told = "美國國務卿盧比歐今天在吉隆坡與中國外交部長王毅舉行會談。"
    [talks] = find(huiwu.extract(told, published="2025-07-11"), "talks")
    assert talks.actors[0].id == "person/marco-rubio"
    told = "總統蔡英文5日在雷根總統圖書館與美國眾議院議長麥卡錫會面。"
    [met] = find(huiwu.extract(told, published="2023-04-06"), "meet")
    assert ([p.name for p in met.actors], met.location.name) == (["蔡英文"], "里根总统图书馆")


def test_a_name_ending_in_ming_before_ri_qian_keeps_its_date_vague_and_past():
    [taken] = find(huiwu.extract("韩国总统李在明日前任命赵显为外交部长官。", published="2025-07-21"), "appoint")
    assert (taken.status, taken.date.approximate, taken.date.end) == ("occurred", True, "2025-07-21")


def test_a_former_post_right_after_the_verb_of_naming():
    [taken] = find(huiwu.extract("高市当晚组建新内阁，任命前干事长茂木敏充出任外相。", published="2025-10-22"), "appoint")
    assert (taken.actors[0].mention.text, taken.post) == ("茂木敏充", "外相")
    assert taken.actors[0].titles[0].startswith("前")
    [named] = find(huiwu.extract("特朗普5日宣布提名前联邦参议员戴维·珀杜为美国驻华大使。", published="2024-12-06"), "appoint")
    assert (named.status, named.actors[0].id) == ("planned", "person/david-perdue")


def test_what_both_should_keep_up_is_no_talks_and_a_visit_hoped_for_soon_has_no_day():
    told = "11月3日，王毅外长应约同瓦德富尔外长通电话。王毅表示，中德双方应坚持沟通对话。瓦德富尔表示，德方期待在双方方便的时间尽早访华。"
    events = huiwu.extract(told, published="2025-11-04")
    assert [(e.type, e.date.start) for e in events] == [("call", "2025-11-03"), ("visit", None)]


def test_talks_lasting_two_days_are_talks():
    told = "沙利文与王毅27日在北京进行为期两天的会谈。"
    [talks] = find(huiwu.extract(told, published="2024-08-30"), "talks")
    assert talks.date.start == "2024-08-27"
    assert not huiwu.extract("双方为会谈做了准备。", published="2024-08-30")


def test_passing_a_call_as_taiwan_papers_write_it():
    [call] = find(huiwu.extract("川普與習近平4日通過電話。", published="2026-02-10"), "call")
    assert call.date.start == "2026-02-04"
    assert not huiwu.extract("王毅通过电话向布林肯表示祝贺。", published="2026-02-10")


def test_leaving_a_post_on_the_day_a_successor_takes_it_up():
    [left] = find(huiwu.extract("石破茂内阁21日上午集体辞职。", published="2025-10-22"), "appoint")
    assert (left.actors[0].id, left.post, left.items, left.date.start) == ("person/shigeru-ishiba", "首相", ("免职",), "2025-10-21")
    told = "黄循财昨晚宣誓就任新加坡总理，接替李显龙。李显龙卸任后留在内阁，出任国务资政。"
    left = [e for e in find(huiwu.extract(told, published="2024-05-16"), "appoint") if "免职" in e.items]
    assert [(e.actors[0].name, e.date.start) for e in left] == [("李显龙", "2024-05-15")]


def test_elected_after_a_clause_opened_by_the_one_elected():
    told = "日本国会21日举行首相指名选举，高市早苗在众参两院均获过半数支持，当选日本首相。"
    [taken] = find(huiwu.extract(told, published="2025-10-22"), "appoint")
    assert (taken.actors[0].name, taken.date.start) == ("高市早苗", "2025-10-21")


def test_elected_with_a_title_before_the_name_and_removed_told_in_the_passive():
    [taken] = find(huiwu.extract("越南国会21日选举越共中央政治局委员梁强为国家主席。", published="2024-10-22"), "appoint")
    assert (taken.actors[0].name, taken.post) == ("梁强", "国家主席")
    [removed] = find(huiwu.extract("韩国总统尹锡悦4日被宪法法院裁定罢免。", published="2025-04-05"), "appoint")
    assert (removed.actors[0].name, removed.items, removed.date.start) == ("尹锡悦", ("免职",), "2025-04-04")


def test_what_a_guest_came_to_attend_is_not_dated_on_the_meeting():
    told = "9月2日下午，国家主席习近平在人民大会堂同来华出席中非合作论坛北京峰会的南非总统拉马福萨举行会谈。"
    [attended] = find(huiwu.extract(told, published="2024-09-03"), "attend")
    assert (attended.date.start, attended.date.precision, attended.location.name) == ("2024-09", "month", "北京")
    [talks] = find(huiwu.extract(told, published="2024-09-03"), "talks")
    assert (talks.date.start, talks.location.name) == ("2024-09-02", "人民大会堂")
    told = "10月31日上午，正在吉隆坡出席第12届东盟防长扩大会的国防部长董军同美国国防部长赫格塞思举行会谈。"
    [attended] = find(huiwu.extract(told, published="2025-11-01"), "attend")
    assert attended.date.start == "2025-10-31"  # attending that very day


def test_a_leader_described_by_his_own_visit_holds_the_meeting():
    told = "4月16日，对马来西亚进行国事访问的国家主席习近平在布特拉加亚会见马来西亚总理安瓦尔。"
    [met] = find(huiwu.extract(told, published="2025-04-16"), "meet")
    assert ([p.name for p in met.actors], [p.name for p in met.recipients], met.location.name) \
        == (["习近平"], ["安瓦尔"], "布城")


def test_the_formula_of_rejection_is_a_complaint():
    told = "商务部新闻发言人30日表示，中方不认同、不接受欧盟对中国电动汽车征收反补贴税的裁决。"
    [concern] = find(huiwu.extract(told, published="2024-10-30"), "concern")
    assert [p.id for p in concern.recipients] == ["org/eu"] or [p.name for p in concern.recipients] == ["欧盟"]


def test_an_attack_condemned_is_addressed_to_the_attacker():
    [concern] = find(huiwu.extract("王毅表示，中方谴责以色列袭击伊朗。", published="2025-06-15"), "concern")
    assert [p.name for p in concern.recipients] == ["以色列"]
    told = "外交部发言人22日表示，中方强烈谴责美国袭击处于国际原子能机构保障监督之下的伊朗核设施。"
    [concern] = find(huiwu.extract(told, published="2025-06-23"), "concern")
    assert [p.name for p in concern.recipients] == ["美国"]


def test_a_trip_named_as_a_noun_is_a_visit():
    [visit] = find(huiwu.extract("美国财政部长耶伦周日结束了为期四天的北京之行。", published="2023-07-10"), "visit")
    assert (visit.status, visit.date.start, visit.date.end, visit.location.name) == ("occurred", "2023-07-06", "2023-07-09", "北京")
    [visit] = find(huiwu.extract("德国外长瓦德富尔原定周日启程的中国之行已被推迟。", published="2025-10-25"), "visit")
    assert visit.status == "negated"
    assert not huiwu.extract("此次欧洲之行取得圆满成功。", published="2025-10-25")


def test_a_call_with_its_length_and_an_envoy_summoned():
    [call] = find(huiwu.extract("特朗普上周四与普京通了两个多小时的电话。", published="2025-10-23"), "call")
    assert call.date.start == "2025-10-16"
    [summoned] = find(huiwu.extract("韩国外交部第一次官张浩镇9日召见了中国驻韩大使邢海明。", published="2023-06-10"), "concern")
    assert [p.name for p in summoned.recipients] == ["邢海明"]


def test_a_weekday_before_an_announcement_is_past_whatever_is_announced():
    told = "中国周五宣布，将从4月10日起对所有原产于美国的进口商品加征34%的关税。"
    [measure] = find(huiwu.extract(told, published="2025-04-05"), "sanction")
    assert (measure.status, measure.date.start) == ("occurred", "2025-04-04")


def test_a_framework_reached_is_agreed_and_the_consensus_of_talks_is_no_talks():
    told = "何立峰与贝森特9日至10日在伦敦举行会谈。双方原则上就落实两国元首6月5日通话共识以及日内瓦会谈共识达成了框架。"
    events = huiwu.extract(told, published="2025-06-11")
    assert [(e.type, e.date.start) for e in events] == [("talks", "2025-06-09"), ("agree", "2025-06-09")]


def test_those_who_took_part_in_a_call_hold_no_call_of_their_own():
    told = "国务院副总理刘鹤与美国贸易代表莱特希泽通电话。商务部部长钟山、中国人民银行行长易纲等参加了通话。"
    assert len(huiwu.extract(told, published="2019-08-14")) == 1


def test_having_to_take_a_countermeasure_is_a_threat_not_a_refusal():
    [measure] = find(huiwu.extract("中方将不得不采取反制措施。", published="2025-05-13"), "sanction")
    assert measure.status == "planned"


def test_a_title_after_a_short_name_told_before_is_that_persons():
    told = "高市早苗首相31日与习近平举行会谈。高市总理对东海局势表示严重关切，并要求中方尽早释放被拘押的日本公民。"
    events = huiwu.extract(told, published="2025-11-01")
    assert [(e.type, [p.name for p in e.actors]) for e in events] \
        == [("talks", ["高市早苗"]), ("concern", ["高市早苗"]), ("demand", ["高市早苗"])]


def test_an_anniversary_remarked_on_is_no_agreement():
    assert not huiwu.extract("习近平指出，今年是中埃建立全面战略伙伴关系10周年。", published="2024-05-30")
    told = "习近平和普京共同签署《中俄在两国建交75周年之际关于深化新时代全面战略协作伙伴关系的联合声明》。"
    assert find(huiwu.extract(told, published="2024-05-17"), "agree")


def test_the_one_sending_an_envoy_does_not_attend():
    assert not huiwu.extract("穆利诺感谢习近平主席派特使出席就职仪式。", published="2024-07-03")
    [attended] = find(huiwu.extract("俄方将派外长拉夫罗夫出席会议。", published="2024-07-03"), "attend")
    assert [p.name for p in attended.actors] == ["拉夫罗夫"]


def test_measures_on_a_condition_told_of_or_lowered_are_not_taken():
    for told in ("中方表示，如果美方对华实施加征关税等贸易制裁，谈判成果都将不会生效。",
                 "王文涛还向欧方介绍了中方针对美国所谓“对等关税”采取的反制措施。",
                 "根据声明，中方把对美反制关税由125%降至10%。"):
        assert not find(huiwu.extract(told, published="2025-05-13"), "sanction"), told


def test_a_body_already_set_up_is_not_set_up_again_and_the_coming_weeks_name_no_day():
    assert not huiwu.extract("双方回顾了已经建立的经贸磋商机制。", published="2025-05-13")
    [visit] = find(huiwu.extract("白宫说，国务卿布林肯将在未来几周前往中国。", published="2024-04-03"), "visit")
    assert (visit.status, visit.date.start) == ("planned", None)


def test_a_bare_title_opening_a_sentence_is_the_one_named_with_it_before():
    told = "国务卿鲁比奥今天与中国外交部长王毅通电话。国务卿对中国在南海的胁迫行为表示严重关切。"
    [concern] = find(huiwu.extract(told, published="2025-01-24"), "concern")
    assert ([p.id for p in concern.actors], [p.id for p in concern.recipients]) == (["person/marco-rubio"], ["country/CHN"])


def test_before_after_a_background_of_long_ago_is_before_the_lead():
    told = ("当地时间11月20日上午，国家主席习近平在巴西利亚同巴西总统卢拉举行会谈。1974年8月15日，中国同巴西正式建立外交关系。"
            "此前，习近平在里约热内卢出席了二十国集团领导人第十九次峰会。")
    [attended] = find(huiwu.extract(told, published="2024-11-21"), "attend")
    assert (attended.date.start, attended.date.precision) == ("2024-11", "month")


def test_plans_as_the_press_of_taipei_writes_them():
    [visit] = find(huiwu.extract("總統賴清德原訂8月訪問巴拉圭。", published="2025-07-29"), "visit")
    assert (visit.status, visit.date.start) == ("planned", "2025-08")
    [visit] = find(huiwu.extract("韓國瑜訂於18日啟程赴華府。", published="2025-01-16"), "visit")
    assert (visit.status, visit.date.start) == ("planned", "2025-01-18")
    [visit] = find(huiwu.extract("特朗普说，他也回邀习近平访问美国。", published="2025-06-06"), "visit")
    assert visit.status == "planned"


def test_a_dateline_day_after_the_publication_day_is_of_the_month_before():
    told = "（中央社記者林沂東京31日專電）日本首相高市早苗今天在慶州與中國國家主席習近平舉行會談。"
    [talks] = find(huiwu.extract(told, published="2025-11-01"), "talks")
    assert talks.date.start == "2025-10-31"


def test_title_chains_with_a_province_body_and_a_portfolio_of_fields():
    told = "4月8日，省委书记、省人大常委会主任王晓晖，省委副书记、省长黄强在成都会见土耳其驻华大使穆萨。"
    [met] = find(huiwu.extract(told, published="2024-04-09"), "meet")
    assert [p.name for p in met.actors] == ["王晓晖", "黄强"]
    [met] = find(huiwu.extract("肖捷会见了瑞士联邦委员兼经济、教育和研究部长帕姆兰。", published="2024-03-28"), "meet")
    assert [p.name for p in met.recipients] == ["帕姆兰"]


def test_willing_and_ready_to_talk_is_a_wish():
    assert not huiwu.extract("普京表示，俄方愿意并准备同美方进行对话谈判。", published="2024-07-24")


def test_after_bing_the_subject_is_the_one_opening_the_clause_since():
    told = "新加坡总理李显龙会见了刘建超，刘建超还同副总理黄循财交流，并出席了对话活动。"
    [attended] = find(huiwu.extract(told, published="2024-03-29"), "attend")
    assert [p.name for p in attended.actors] == ["刘建超"]
    told = "李显龙会见了代表团，刘建超还分别同副总理黄循财，外交部长维文等交流，并出席了对话活动。"
    [attended] = find(huiwu.extract(told, published="2024-03-29"), "attend")
    assert [p.name for p in attended.actors] == ["刘建超"]


def test_talks_told_by_their_last_day_and_then_by_their_days_keep_the_days():
    told = "中美经贸团队在马德里的会谈于9月15日结束。何立峰与贝森特14日至15日在马德里举行会谈。"
    [talks] = huiwu.extract(told, published="2025-09-16")
    assert (talks.date.start, talks.date.end) == ("2025-09-14", "2025-09-15")


def test_firms_listed_over_commas_after_jiang_are_the_ones_listed():
    told = "不可靠实体清单工作机制5月20日发布公告，将波音防务、空间与安全集团，通用原子航空系统公司，通用动力陆地系统公司列入不可靠实体清单。"
    [listed] = find(huiwu.extract(told, published="2024-05-23"), "sanction")
    assert [p.name for p in listed.actors] == ["不可靠实体清单工作机制"]
    assert "通用原子航空系统公司" in [p.name for p in listed.recipients]


def test_what_is_agreed_in_the_clause_after_a_call_is_agreed_by_both():
    told = "何立峰18日与贝森特举行视频通话，同意尽快举行新一轮中美经贸磋商。"
    [agreed] = find(huiwu.extract(told, published="2025-10-19"), "agree")
    assert [p.name for p in agreed.actors] == ["何立峰", "贝森特"]


def test_the_one_invited_named_by_a_pronoun_visits():
    [visit] = find(huiwu.extract("特朗普表示，習近平邀請他和夫人訪華。", published="2025-06-06"), "visit")
    assert (visit.status, [p.name for p in visit.actors]) == ("planned", ["特朗普"])


def test_two_weekdays_joined_are_a_span():
    told = "贝森特和格里尔周六和周日在日内瓦与何立峰举行了会谈。"
    [talks] = huiwu.extract(told, published="2025-05-12")
    assert (talks.date.start, talks.date.end, talks.date.text) == ("2025-05-10", "2025-05-11", "周六和周日")
    [visit] = huiwu.extract("王毅将于下周二至周五访问俄罗斯。", published="2025-05-12")  # a Monday
    assert (visit.date.start, visit.date.end) == ("2025-05-20", "2025-05-23")  # the second of the week the first names


def test_a_demand_on_all_sides_singling_one_out_is_made_of_that_one():
    [demand] = find(huiwu.extract("外交部发言人22日表示，中方呼吁冲突各方特别是以色列尽快停火。", published="2025-06-23"), "demand")
    assert ([p.name for p in demand.actors], [p.name for p in demand.recipients]) == (["中国"], ["以色列"])


def test_condolences_at_an_embassy_in_the_capital_are_no_trip_to_its_country():
    for told in ("习近平20日就阮富仲逝世向越共中央委员会致唁电，并亲赴越南驻华使馆吊唁。", "王毅前往伊朗驻华使馆吊唁莱希总统。"):
        assert not find(huiwu.extract(told, published="2024-07-20"), "visit"), told


def test_new_china_is_china_not_singapore():
    events = huiwu.extract("1964年1月27日，中法两国宣布建立外交关系，法国由此成为第一个同新中国正式建交的西方大国。",
                           published="2024-01-25")
    assert [sorted(p.name for p in e.actors) for e in events] == [["中国", "法国"]]


def test_a_negation_in_quotation_marks_still_negates():
    for told in ("特朗普4日对记者说，他“不急于”同中国国家主席习近平通话。", "特朗普4日說，他「不急於」同習近平通話。"):
        [call] = huiwu.extract(told, published="2025-02-05")
        assert call.type == "call" and call.status == "negated", told


def test_a_meeting_told_as_held_by_video_after_it_is_a_call():
    for told in ("国家主席习近平14日晚同德国总理默克尔举行会晤。会晤以视频方式进行。",
                 "习近平14日同默克尔举行会晤，会晤通过视频连线进行。"):
        [call] = huiwu.extract(told, published="2020-09-15")
        assert call.type == "call" and call.date.start == "2020-09-14", told


def test_a_complaint_of_what_one_does_against_another_is_addressed_to_the_doer():
    for told in ("鲁比奥在通话中对中国针对台湾的胁迫行为表示严重关切。", "鲁比奥对中国针对菲律宾的挑衅行为表示关切。"):
        [concern] = huiwu.extract(told, published="2025-01-24")
        assert [p.name for p in concern.recipients] == ["中国"], told


def test_the_one_congratulated_under_another_transliteration_is_known():
    [appointment] = huiwu.extract("国家主席习近平6日致电马苏德·佩泽什基安，祝贺他当选伊朗总统。", published="2024-07-06")
    assert appointment.type == "appoint" and appointment.actors[0].id == "person/masoud-pezeshkian"


def test_the_year_after_the_one_told_and_new_years_day_date_events():
    for told, published, day in (
            ("1971年7月9日至11日，基辛格秘密访华。次年2月21日，美国总统尼克松抵达北京，开始对中国进行访问。", "2024-01-01",
             "1972-02-21"),
            ("2021年11月16日，习近平同拜登举行视频会晤。第二年11月14日，两国元首在巴厘岛会晤。", "2024-11-15", "2022-11-14"),
            ("元旦当天，外交部长秦刚应约同美国国务卿布林肯通电话。", "2023-01-02", "2023-01-01"),
            ("王毅将于元旦访问埃及。", "2023-12-28", "2024-01-01")):
        assert huiwu.extract(told, published=published)[-1].date.start == day, told


def test_a_season_in_the_name_of_a_meeting_dates_nothing():
    [meeting] = huiwu.extract("出席2025年夏季达沃斯论坛期间，国务院总理李强于24日在天津会见了越南总理范明政。",
                              published="2025-06-26")
    assert meeting.date.start == "2025-06-24" and meeting.status == "occurred"
    [visit] = huiwu.extract("王毅将于今年夏季访问法国。", published="2025-03-01")
    assert (visit.date.start, visit.date.end) == ("2025-06", "2025-08")


def test_days_in_brackets_written_in_chinese_numerals_and_years_with_a_circle():
    [meeting] = huiwu.extract("澳門特區行政長官岑浩輝昨（十八）日在政府總部會見葡萄牙駐澳門總領事馬天龍。", published="2024-11-19")
    assert meeting.date.start == "2024-11-18"
    [meeting] = huiwu.extract("行政長官岑浩輝前（廿三）日會見葡萄牙駐澳門總領事馬天龍。", published="2024-11-25")
    assert meeting.date.start == "2024-11-23"
    [visit] = huiwu.extract("二○二三年三月，蔡英文出訪瓜地馬拉。", published="2024-11-19")
    assert visit.date.start == "2023-03"


def test_trips_put_off_called_off_or_not_arranged_are_negated():
    for told in ("林佳龍宣布暫緩出訪巴拉圭。", "埃及总统塞西并无出席峰会。", "普京取消了赴南非的行程。",
                 "毛宁说，中方目前没有王毅访问朝鲜的安排。", "纽森在港期间未有安排与行政长官李家超会面。",
                 "发言人说，马克龙目前没有访华计划。",
                 "福冈市29日宣布，市长高岛宗一郎原定9月上旬访问广州、出席友城纪念活动的计划已经推迟。"):
        assert {e.status for e in huiwu.extract(told, published="2024-09-13")} == {"negated"}, told
    [attendance] = find(huiwu.extract("市长高岛宗一郎原定9月上旬出席友城纪念活动的计划已经推迟。", published="2023-08-30"),
                        "attend")
    assert attendance.items == ("友城纪念活动",)
    [visit] = huiwu.extract("王毅将于下周访问朝鲜，没有其他的安排。", published="2024-09-13")
    assert visit.status == "planned"


def test_the_press_of_hong_kong_and_macao_tells_plans_with_hui_and_onward_stops_with_zhuanwang():
    [visit] = huiwu.extract("行政長官李家超會於七月二十八日至三十日訪問老撾。", published="2024-07-26")
    assert visit.status == "planned" and visit.date.start == "2024-07-28"
    # (a body's 会 is no plan, nor is 不会)
    [attend] = huiwu.extract("委员会于7月20日举行会议，王毅出席。", published="2024-07-26")
    assert attend.status == "occurred"
    [visit] = huiwu.extract("行政長官賀一誠將於二十一日轉往比利時布魯塞爾。", published="2023-04-19")
    assert visit.recipients[0].name == "比利时" and visit.status == "planned"
    assert not huiwu.extract("習近平轉往巴西利亞。", published="2023-04-19")


def test_a_name_after_a_title_may_begin_with_zeng():
    [visit] = huiwu.extract("律政司司長曾國衞將於五月十二日訪問新加坡。", published="2024-05-10")
    assert visit.actors[0].id == "person/erick-tsang"
    [visit] = huiwu.extract("政制及内地事务局局长曾志明将于五月十二日访问新加坡。", published="2024-05-10")
    assert visit.actors[0].name == "曾志明"
    assert not huiwu.extract("外交部长曾多次访问新加坡。", published="2024-05-10")


def test_the_releases_of_taipei_split_a_name_around_its_title_and_count_years_of_the_republic():
    [meeting] = huiwu.extract("外交部林部長佳龍於本（114）年5月12日在部內接見捷克參議院副議長德拉霍什。", published="2025-05-12")
    assert meeting.actors[0].id == "person/lin-chia-lung" and meeting.date.start == "2025-05-12"
    # (a name the knowledge base does not know is not made up from the characters after a title)
    for event in huiwu.extract("外交部王部長大明今天接見捷克參議院副議長德拉霍什。", published="2025-05-12"):
        assert all(p.name != "王大明" for p in event.actors)


def test_a_bare_title_in_a_report_filed_in_taipei_is_the_islands_own():
    for told in ("（中央社記者葉素萍台北21日電）總統今天接見帕勞總統惠普斯。", "（中央社記者葉素萍台北21日電）賴總統今天接見帕勞總統惠普斯。"):
        [meeting] = huiwu.extract(told, published="2025-05-21")
        assert meeting.actors[0].id == "person/lai-ching-te", told
    [visit] = huiwu.extract("帛琉總統惠恕仁今天抵台展開國是訪問。", published="2025-03-25")
    assert visit.type == "visit" and visit.recipients[0].name == "台湾"


def test_the_chairs_of_the_democratic_parties_are_persons_in_a_title_chain():
    for told, name in (("全国人大常委会副委员长、民进中央主席蔡达峰16日在北京会见秘鲁国会主席阿圭罗。", "蔡达峰"),
                       ("全国人大常委会副委员长、中国国民党革命委员会中央主席郑建邦10日在北京会见匈牙利国会主席克韦尔。", "郑建邦")):
        [meeting] = huiwu.extract(told, published="2025-05-16")
        assert [p.name for p in meeting.actors] == [name], told


def test_a_friendship_group_or_mechanism_named_by_two_countries_is_no_party():
    events = huiwu.extract("梅德韦杰夫11日抵达北京。访华期间，他还出席了中俄执政党对话机制第九次会议，并同中联部部长刘建超举行会谈。",
                           published="2024-12-12")
    [talks] = find(events, "talks")
    assert [p.name for p in talks.actors] == ["梅德韦杰夫"]
    [visit] = huiwu.extract("日中友好议员联盟原定于12月中旬派团访华的计划已宣布推迟。", published="2025-12-04")
    assert [(p.name, p.country) for p in visit.actors] == [("日中友好议员联盟", "JPN")] and visit.status == "negated"


def test_the_head_of_a_delegation_named_with_weituanzhang_is_the_one_met():
    for told, name in (("王毅会见以众议员史密斯为团长的美国国会众议员代表团。", "史密斯"),
                       ("全国人大外事委员会主任委员娄勤俭25日在北京会见以法国参议院议员帕特里亚为团长的法国参议员代表团。", "帕特里亚")):
        [meeting] = huiwu.extract(told, published="2025-05-26")
        assert [p.name for p in meeting.recipients] == [name], told
    [meeting] = huiwu.extract("王毅会见美国国会众议员代表团。", published="2025-05-26")
    assert meeting.recipients[0].name == "美国国会众议员代表团"


def test_a_side_told_what_it_should_do_in_more_words_is_asked():
    for told, item in (("吴亚男表示，美方应正确看待南海问题，不得纵容支持菲方侵权挑衅。", "正确看待南海问题"),
                       ("董军说，美方须停止武装台湾，停止纵容“台独”。", "停止武装台湾"),
                       ("外交部发言人毛宁30日说，美方应当切实尊重中方的主权和安全关切，立即纠正错误做法。", "切实尊重中方的主权和安全关切"),
                       ("習近平強調，台灣問題事關中國主權和領土完整，希望美方務必慎重處理。", "慎重处理")):
        [demand] = huiwu.extract(told, published="2024-05-31")
        assert demand.type == "demand" and demand.status == "occurred" and demand.items[0].startswith(item), told
        assert [p.name for p in demand.recipients] == ["美国"], told
    assert not huiwu.extract("王毅表示，双方应在相互尊重基础上加强合作。", published="2024-05-31")


def test_he_who_goes_on_speaking_is_the_one_who_spoke():
    told = ("国防部长董军31日在新加坡同美国国防部长奥斯汀举行会谈。董军说，两国元首去年在旧金山会晤，为两军关系指明了方向。"
            "他强调，美方须停止武装台湾。")
    [demand] = find(huiwu.extract(told, published="2024-05-31"), "demand")
    assert [p.name for p in demand.actors] == ["董军"]


def test_a_gathering_with_representatives_of_all_circles_is_no_delegation_met():
    assert not huiwu.extract("期间，王毅同日本政界、经济界等各界代表举行座谈。", published="2024-03-27")


def test_groups_of_business_people_met_are_the_ones_met():
    for told, group in (("国家主席习近平27日上午在人民大会堂集体会见美国工商界和战略学术界代表。", "美国工商界和战略学术界代表"),
                        ("国务院总理李强27日在北京会见跨国公司负责人。", "跨国公司负责人"),
                        ("国务院总理李强27日在北京会见美国企业家。", "美国企业家")):
        [meeting] = huiwu.extract(told, published="2024-03-27")
        assert [p.name for p in meeting.recipients] == [group], told


def test_she_is_the_woman_spoken_of_and_an_exchange_reported_on_is_none():
    told = ("中国国家主席习近平24日同美国总统特朗普通电话。日本首相高市早苗25日说，特朗普当天与她通电话，"
            "向她通报了美中元首通话的情况。")
    calls = find(huiwu.extract(told, published="2025-11-25"), "call")
    assert sorted((c.date.start, *sorted(p.name for p in (*c.actors, *c.recipients))) for c in calls) == [
        ("2025-11-24", "习近平", "特朗普"), ("2025-11-25", "特朗普", "高市早苗")]


def test_a_year_of_the_republic_anywhere_marks_a_report_as_taipeis():
    told = ("總統今天在總統府接見帕勞總統惠恕仁。\n\n" + "雙方就農業、醫療、觀光及海洋保育等領域的合作交換意見。" * 12
            + "\n\n總統表示，去（113）年12月他出訪帛琉，受到熱情接待。")
    meeting = find(huiwu.extract(told, published="2025-03-25"), "meet")[0]
    assert meeting.actors[0].id == "person/lai-ching-te"


def test_a_plan_told_with_no_time_of_its_own_has_no_date():
    for told, published in (("国家主席习近平5日同美国总统特朗普通电话。特朗普邀请习近平对美国进行访问。", "2025-06-05"),
                            ("特朗普19日说，他将于明年初访问中国，习近平也将在适当时候对美国进行访问。", "2025-09-20")):
        visit = [e for e in find(huiwu.extract(told, published=published), "visit") if e.actors[0].name == "习近平"][0]
        assert visit.status == "planned" and visit.date.start is None, told
    [visit] = huiwu.extract("特朗普邀请习近平明年4月对美国进行访问。", published="2025-06-05")
    assert visit.date.start == "2026-04"


def test_a_meeting_agreed_on_at_a_meeting_to_come_is_planned_and_the_agreement_made():
    told = "国家主席习近平19日同美国总统特朗普通电话。特朗普说，两人同意将在韩国举行的亚太经合组织领导人非正式会议期间会面。"
    events = huiwu.extract(told, published="2025-09-20")
    [agree] = find(events, "agree")
    [meeting] = find(events, "meet", "习近平", "特朗普")
    assert agree.status == "occurred" and meeting.status == "planned" and meeting.date.start is None


def test_elections_won_and_posts_counted_give_the_post_and_the_elected():
    [appointment] = huiwu.extract("日本自民党总裁高市早苗21日在国会首相指名选举中胜出，成为日本第104任首相。", published="2025-10-22")
    assert appointment.actors[0].name == "高市早苗" and appointment.post == "日本首相"
    # (the one followed is not the one taking up the post; a term counted is no post)
    events = huiwu.extract("黄循财当晚在总统府宣誓就职，接替李显龙成为新加坡第四任总理。", published="2024-05-16")
    assert {e.actors[0].name for e in events if e.type == "appoint"} == {"黄循财"}
    [call] = huiwu.extract("日本首相石破茂7日与在美国总统选举中胜选的特朗普举行了约5分钟的电话会谈。", published="2024-11-07")
    assert [p.name for p in call.recipients] == ["特朗普"] and call.date.start == "2024-11-07" and not call.date.approximate
    [appointment] = huiwu.extract("普京在俄罗斯总统选举中再次当选。", published="2024-03-18")
    assert appointment.post == "俄罗斯总统"


def test_the_one_invited_or_thanked_attends():
    told = "国家主席习近平21日同俄罗斯总统普京举行视频会晤。普京邀请习近平今年5月赴莫斯科出席胜利日庆典。"
    [attend] = find(huiwu.extract(told, published="2025-01-21"), "attend")
    assert [p.name for p in attend.actors] == ["习近平"] and attend.status == "planned"
    told = "總統賴清德今（21）日接見日華懇會長古屋圭司。總統說，感謝古屋會長昨（20）日率團出席總統就職典禮。"
    [attend] = find(huiwu.extract(told, published="2024-05-21"), "attend")
    assert [p.name for p in attend.actors] == ["古屋圭司"] and attend.date.start == "2024-05-20"


def test_remarks_on_a_first_attendance_or_appearance_are_no_events():
    events = huiwu.extract("特朗普26日抵达吉隆坡，出席第13届东盟—美国峰会。这是他第二任期内首次出席东盟相关峰会。",
                           published="2025-10-27")
    assert [e.items for e in events if e.type == "attend"] == [("第13届东盟—美国峰会",)]
    told = "董军未出席香格里拉对话会。这是中国国防部长2019年以来首次缺席该会议。"
    assert [[p.name for p in e.actors] for e in huiwu.extract(told, published="2024-05-31")] == [["董军"]]
    assert not find(huiwu.extract("这是石破茂首次以首相身份出席亚太经合组织会议。", published="2024-11-16"), "appoint")


def test_the_two_after_a_message_are_its_sender_and_addressee():
    told = "【本报首尔11月7日电】韩国总统尹锡悦7日上午致电美国当选总统特朗普，祝贺他胜选。两人进行了约12分钟的电话交谈。"
    [call] = find(huiwu.extract(told, published="2024-11-07"), "call")
    assert {p.name for p in (*call.actors, *call.recipients)} == {"尹锡悦", "特朗普"}


def test_a_plan_put_off_later_in_its_sentence_is_negated_and_dates_nothing_after_it():
    told = ("特斯拉首席执行官马斯克星期天（4月28日）抵达北京进行事先未宣布的访问。"
            "马斯克原定本月21日至22日访问印度，但他上周六表示，不得不推迟印度之行。"
            "贸促会会长任鸿斌当天也在北京会见了马斯克一行。")
    events = huiwu.extract(told, published="2024-04-29")
    [india] = [e for e in find(events, "visit") if e.recipients[0].name == "印度"]
    assert india.status == "negated"
    [meeting] = find(events, "meet")
    assert meeting.date.start == "2024-04-28"


def test_a_latin_gloss_after_a_name_is_read_once_and_breaks_nothing():
    told = "行政院長卓榮泰今（5）日在行政院接見美國在台協會（AIT）台北辦事處處長谷立言（Raymond Greene）。"
    [meeting] = huiwu.extract(told, published="2025-06-05")
    assert [p.name for p in meeting.recipients] == ["谷立言"]
    [attend] = huiwu.extract("习近平18日出席在里约热内卢举行的二十国集团（G20）领导人峰会。", published="2024-11-19")
    assert attend.items == ("在里约热内卢举行的二十国集团领导人峰会",)


def test_those_listed_before_deng_who_attend_an_opening_attend_it():
    [attend] = huiwu.extract("国家主席习近平、俄罗斯总统普京等出席开幕式。", published="2023-09-10")
    assert {p.name for p in attend.actors} == {"习近平", "普京"}


def test_a_fleet_the_lexicon_cannot_name_visits_from_its_country():
    [visit] = huiwu.extract("俄罗斯海军太平洋舰队舰艇编队10日抵达青岛，开始对中国进行友好访问。", published="2024-07-10")
    assert [p.name for p in visit.actors] == ["俄罗斯"] and visit.recipients[0].name == "中国"


def test_a_visit_spoken_about_is_not_made_by_the_one_speaking():
    for event in huiwu.extract("全国人大外事委员会29日就美国国会众议员窜访台湾发表谈话。", published="2025-05-30"):
        assert "全国人大外事委员会" not in {p.name for p in event.actors}
    [visit] = huiwu.extract("外交部发言人就佩洛西窜访台湾发表谈话。", published="2022-08-03")
    assert [p.name for p in visit.actors] == ["佩洛西"]


def test_foreign_names_run_on_through_ding_and_nei_and_business_bodies_of_two_are_no_parties():
    [call] = huiwu.extract("外交部長林佳龍今天與瓜地馬拉外交部長馬丁內斯視訊通話。", published="2025-03-14")
    assert [p.name for p in call.recipients] == ["马丁内斯"]
    [meeting] = huiwu.extract("商务部部长王文涛会见日中经济协会会长进藤孝生。", published="2025-03-14")
    assert [p.name for p in meeting.recipients] == ["进藤孝生"]
    [meeting] = huiwu.extract("国务院副总理丁薛祥会见美国企业家。", published="2025-03-14")
    assert meeting.actors[0].id == "person/ding-xuexiang"


def test_a_delegation_told_before_meets_and_goes_on_as_its_leader():
    told = ("特首李家超昨日（30日）在金邊與柬埔寨首相洪馬奈會面。"
            "代表團前日在老撾與總理宋賽·西潘敦會面，今日下午將飛往越南河內。")
    events = huiwu.extract(told, published="2024-07-31")
    [laos] = [e for e in find(events, "meet") if e.recipients[0].country == "LAO"]
    [vietnam] = find(events, "visit")
    assert laos.actors[0].name == "李家超" and laos.date.start == "2024-07-29"
    assert vietnam.actors[0].name == "李家超" and vietnam.status == "planned"


def test_the_day_a_post_was_taken_up_in_a_clause_of_time_does_not_date_what_follows():
    told = "【明報專訊】上合峰會今日（4日）舉行。印度總理莫迪上月9日第三度宣誓就任後，並無出席今次峰會。"
    [attend] = huiwu.extract(told, published="2024-07-04")
    assert attend.status == "negated" and attend.date.start == "2024-07-04"


def test_what_a_speaker_recalls_dates_nothing_after_it():
    for recalled in ("今年1月24日，中瑙两国恢复外交关系。", "今年1月24日，两国元首在北京会晤。"):
        told = f"新华社海南博鳌3月28日电 赵乐际28日在博鳌会见瑙鲁总统阿迪昂。赵乐际表示，{recalled}当天上午，赵乐际出席年会开幕式。"
        [attend] = find(huiwu.extract(told, published="2024-03-28"), "attend")
        assert attend.date.start == "2024-03-28", recalled


def test_what_is_called_off_is_not_put_on_the_day_of_a_wish_to_come():
    told = ("国家主席习近平30日在釜山同美国总统特朗普举行会晤。特朗普表示，期待明年4月访问中国。"
            "会晤结束后，特朗普即返美，不出席在庆州举行的亚太经合组织领导人非正式会议。")
    [attend] = find(huiwu.extract(told, published="2025-10-31"), "attend")
    assert attend.status == "negated" and attend.date.start == "2025-10-31"


def test_a_guest_welcomed_in_a_new_post_is_no_appointment_of_the_host():
    told = "行政長官岑浩輝昨（23）日在政府總部會見新任葡萄牙駐澳門及香港總領事，歡迎其履新。"
    assert [e.type for e in huiwu.extract(told, published="2025-10-24")] == ["meet"]
    [taken_up] = huiwu.extract("新任驻美国大使谢锋抵达纽约，正式履新。", published="2023-05-24")
    assert taken_up.type == "appoint"


def test_a_summit_with_no_one_named_adopts_and_admits_as_its_body():
    [agree] = huiwu.extract("二十国集团领导人峰会9日在新德里开幕。峰会通过了《新德里宣言》。", published="2023-09-10")
    assert [p.name for p in agree.actors] == ["二十国集团"] and agree.items == ("《新德里宣言》",)
    [agree] = huiwu.extract("二十国集团领导人峰会9日在新德里开幕，峰会宣布接纳非洲联盟为正式成员。", published="2023-09-10")
    assert [p.name for p in agree.actors] == ["二十国集团"] and agree.items == ("接纳非洲联盟为正式成员",)


def test_coast_guards_of_other_countries_are_bodies_that_meet():
    [talks] = huiwu.extract("中国海警局与越南海警司令部10日在河内举行会谈。", published="2024-12-10")
    assert [(p.name, p.country) for p in talks.recipients] == [("越南海警", "VNM")]


def test_a_former_post_names_no_holder_and_a_title_listed_before_a_body_is_the_named_ones():
    [meeting] = huiwu.extract("何立峰6日在北京会见美国前财政部长、保尔森基金会主席保尔森。", published="2024-06-06")
    assert [p.name for p in meeting.recipients] == ["保尔森"]
    assert meeting.recipients[0].titles[0] == "美国前财政部长"
    [meeting] = huiwu.extract("何立峰6日在北京会见美国前财政部长、哈佛大学教授萨默斯。", published="2024-06-06")
    assert [(p.name, p.country) for p in meeting.recipients] == [("萨默斯", "USA")]
    [meeting] = huiwu.extract("何立峰6日在北京会见美国前财政部长。", published="2024-06-06")
    assert [p.kind for p in meeting.recipients] == ["country"]


def test_a_body_in_the_title_of_one_named_is_no_party_and_his_family_name_alone_is_him():
    told = ("新华社北京6月16日电 国家主席习近平16日在北京会见比尔及梅琳达·盖茨基金会联席主席比尔·盖茨。\n"
            "2015年3月，习近平曾在海南博鳌会见盖茨。")
    meetings = find(huiwu.extract(told, published="2023-06-16"), "meet")
    assert [[r.id for r in m.recipients] for m in meetings] == [["person/bill-gates"]] * 2
    assert meetings[0].recipients[0].titles == ("比尔及梅琳达·盖茨基金会联席主席",)


def test_a_judgement_of_what_is_told_before_it_is_the_speakers_complaint_to_the_one_told_of():
    [concern] = huiwu.extract("德国外交部表示，俄方对德国记者实施制裁令人震惊，完全不可接受。", published="2024-06-25")
    assert (concern.type, [p.id for p in concern.recipients]) == ("concern", ["country/RUS"])
    [concern] = huiwu.extract("中国常驻联合国代表张军解释说，美方草案含糊其辞、避重就轻，中方无法接受。", published="2024-03-23")
    assert [p.id for p in concern.recipients] == ["country/USA"]
    [concern] = huiwu.extract("中方对此感到非常失望。", published="2024-03-23")
    assert concern.type == "concern"
    assert huiwu.extract("他因日程原因无法接受邀请。", published="2024-03-23") == []


def test_foreign_parties_and_firms_are_their_countrys():
    [meeting] = huiwu.extract("王毅会见基民盟主席默茨。", published="2025-02-24")
    assert [(p.name, p.country) for p in meeting.recipients] == [("默茨", "DEU")]
    [sanction] = huiwu.extract("美国宣布对俄罗斯石油公司实施制裁。", published="2025-01-11")
    assert [(p.id, p.country) for p in sanction.recipients] == [("org/rosneft", "RUS")]


def test_a_bulletin_that_is_its_headline_or_a_caption_alone_is_read():
    [call] = huiwu.extract("王毅同法国外长巴罗通电话", published="2025-10-10")
    assert (call.type, [r.name for r in call.recipients]) == ("call", ["巴罗"])
    caption = "图为当地时间11月16日，国家主席习近平在秘鲁利马同美国总统拜登举行会晤。\n新华社记者 鞠鹏 摄"
    [meeting] = huiwu.extract(caption, published="2024-11-17")
    assert (meeting.date.start, meeting.location.name) == ("2024-11-16", "利马")
    # a heading above a report is still no second report
    told = "王毅同法国外长巴罗通电话\n\n新华社北京10月9日电 外交部长王毅9日同法国外长巴罗通电话。"
    [call] = huiwu.extract(told, published="2025-10-10")
    assert call.date.start == "2025-10-09"
    assert huiwu.extract("资料图：2023年4月，习近平在广州会见马克龙", published="2025-10-10") == []
    told = "【外交部：中方坚决反对美方对台军售】外交部发言人林剑19日表示，中方对美方对台军售强烈不满、坚决反对。"
    [concern] = huiwu.extract(told, published="2025-12-19")  # the headline in brackets is the lead's, told once
    assert (concern.items, [a.name for a in concern.actors]) == (("美方对台军售",), ["林剑"])
    [attendance] = huiwu.extract("中日韩外长会在东京举行 王毅出席", published="2025-03-22")
    assert attendance.status == "occurred"  # 外长会 is the meeting, not 会 of what is to come


def test_relations_set_up_or_restored_told_as_done_are_agreements_of_the_two_states():
    for told, published, sides, day in (("1月24日，中国同瑙鲁恢复外交关系。", "2024-12-30", {"CHN", "NRU"}, "2024-01-24"),
                                        ("2019年9月，所罗门群岛和基里巴斯先后同中国建交。", "2024-12-30",
                                         {"SLB", "KIR", "CHN"}, "2019-09"),
                                        ("习近平指出，今年3月，中洪两国建立外交关系，开启了两国关系新纪元。", "2023-06-13",
                                         {"CHN", "HND"}, "2023-03")):
        [agreement] = huiwu.extract(told, published=published)
        assert ({p.country for p in agreement.actors}, {p.kind for p in agreement.actors}) == (sides, {"country"}), told
        assert agreement.date.start == day
    told = ("王毅24日在北京同瑙鲁外长安格明举行会谈。会谈后，两国外长签署《中华人民共和国和瑙鲁共和国关于恢复外交关系的联合公报》，"
            "中瑙两国即日起恢复大使级外交关系。")
    assert len(find(huiwu.extract(told, published="2024-01-24"), "agree")) == 1  # the one act, told twice
    for told in ("中美建交以来，两国关系不断发展。", "自两国建交，双方合作不断。", "今年是中法建交60周年。"):
        assert find(huiwu.extract(told, published="2024-12-30"), "agree") == [], told


def test_a_name_the_title_chose_keeps_its_person_when_told_bare_and_a_welcome_appoints_no_one():
    told = "黄坤明19日在广州会见美国驻华大使伯恩斯。伯恩斯表示，美方愿同中方加强沟通。王毅随后也会见了伯恩斯。"
    meetings = huiwu.extract(told, published="2023-04-20")
    assert {r.id for m in meetings for r in m.recipients} == {"person/nicholas-burns"}  # not the CIA's director
    told = "新任驻华大使珀杜13日抵达北京，正式到任。\n外交部发言人14日表示，中方欢迎珀杜大使到任。"
    assert len(find(huiwu.extract(told, published="2025-05-14"), "appoint")) == 1


def test_envoys_and_governors_named_around_yu_and_xianhou_and_a_summons_with_no_protest_is_a_meeting():
    [met] = huiwu.extract("日本外务省约见中国驻日本大使馆临时代办于波。", published="2025-11-10")
    assert (met.type, [r.name for r in met.recipients]) == ("meet", ["于波"])
    [protest] = huiwu.extract("日本外务省约见中国驻日本大使馆临时代办于波，就中方有关言论提出抗议。", published="2025-11-10")
    assert protest.type == "concern"
    meetings = huiwu.extract("驻哈萨克斯坦大使张霄先后会见哈议长科沙诺夫和外长努尔特列乌。", published="2025-04-10")
    assert {a.name for m in meetings for a in m.actors} == {"张霄"}
    [met] = huiwu.extract("中国驻大阪总领事薛剑10日会见大阪府知事吉村洋文。", published="2025-11-10")
    assert [(r.name, r.country) for r in met.recipients] == [("吉村洋文", "JPN")]


def test_press_conferences_are_no_attendances_and_a_visit_to_the_island_is_complained_of_to_the_visitors():
    told = "商务部11日召开例行新闻发布会。新闻发言人何亚东表示，中方坚决反对欧方加征关税。"
    assert [e.type for e in huiwu.extract(told, published="2024-07-11")] == ["concern"]
    told = "毛宁说，美国国会众议员窜访台湾，我们对此坚决反对。"
    [concern] = find(huiwu.extract(told, published="2024-07-11"), "concern")
    assert [r.id for r in concern.recipients] == ["country/USA"]
    [call] = huiwu.extract("美方提出中美两国防长通电话，但被中方拒绝。", published="2023-02-09")
    assert call.status == "negated"


def test_resolutions_adopted_and_states_joining_a_body_are_agreements():
    told = "联合国安理会11日一致通过第2375号决议，决定对朝鲜实施新的制裁措施，包括限制向朝鲜出口原油。"
    events = huiwu.extract(told, published="2017-09-12")
    assert {e.type for e in events} == {"agree", "sanction"}  # what the resolution decides is done
    assert [a.name for a in find(events, "agree")[0].actors] == ["联合国安理会"]
    [joined] = huiwu.extract("东帝汶26日正式成为东盟第11个成员国。", published="2025-10-27")
    assert (joined.type, [a.id for a in joined.actors]) == ("agree", ["country/TLS"])
    assert huiwu.extract("全国人大常委会表决通过关于设立国家公祭日的决议。", published="2014-02-28") == []


def test_denials_fabrications_and_the_end_of_a_visit_under_way():
    told = '克里姆林宫发言人佩斯科夫20日表示，有关普京与特朗普再次通电话的报道"纯属虚构"。'
    assert [e.status for e in huiwu.extract(told, published="2025-03-20")] == ["negated"]
    [talks] = huiwu.extract("伊朗外长阿拉格齐否认将与美国直接谈判。", published="2025-03-20")
    assert (talks.status, [r.name for r in talks.recipients]) == ("negated", ["美国"])
    [visit] = huiwu.extract("正在日本访问的菲律宾总统马科斯将于24日结束访日行程。", published="2025-02-22")
    assert visit.status == "occurred"
    told = "赖清德此行将访问马绍尔群岛、图瓦卢和帕劳，并于结束图瓦卢行程后过境关岛。"
    assert any(e.location and e.location.name == "关岛" for e in huiwu.extract(told, published="2024-11-30"))


def test_a_month_written_out_as_a_clause_of_a_chronology_dates_what_follows():
    [visit] = huiwu.extract("二月，王毅访问了俄罗斯。", published="2024-12-30")
    assert visit.date.start == "2024-02"
    [visit] = huiwu.extract("王毅说，三月的计划不变，他访问了俄罗斯。", published="2024-12-30")
    assert visit.date.start != "2024-03"


def test_one_taking_over_in_a_clause_of_his_own_is_appointed_and_him_after_a_visit_is_the_visitor():
    told = "特朗普1月20日宣誓就任美国总统，鲁比奥接替布林肯出任国务卿。"
    appointments = find(huiwu.extract(told, published="2025-01-21"), "appoint")
    assert [(a.actors[0].name, a.predecessor) for a in appointments] == [
        ("特朗普", None), ("鲁比奥", "布林肯")]
    told = ("7月25日，全国人大常委会决定免去秦刚的外交部长职务。9月18日至21日，王毅访问俄罗斯，同拉夫罗夫举行会谈，"
            "普京会见了他。")
    [meeting] = find(huiwu.extract(told, published="2023-12-30"), "meet")
    assert [r.name for r in meeting.recipients] == ["王毅"]


def test_talks_told_as_the_time_of_a_signing_are_told():
    told = "5月8日，国家主席习近平同俄罗斯总统普京举行会谈后，两国元首共同签署联合声明。"
    assert sorted(e.type for e in huiwu.extract(told, published="2024-05-09")) == ["agree", "talks"]
    told = "5月8日，习近平同普京举行会谈。会谈后，两国元首共同签署联合声明。"
    assert sorted(e.type for e in huiwu.extract(told, published="2024-05-09")) == ["agree", "talks"]


def test_one_elected_in_an_election_named_before_takes_its_post():
    told = "粮农组织23日举行总干事选举，中国农业农村部副部长屈冬玉以108票当选。"
    [elected] = huiwu.extract(told, published="2019-06-24")
    assert (elected.type, elected.post, elected.date.start) == ("appoint", "总干事", "2019-06-23")


def test_malay_honorifics_stand_between_title_and_name_and_we_in_a_paper_of_the_region_is_its_country():
    told = "（吉隆坡5日讯）中国驻马大使欧阳玉靖今日在首相署拜会首相拿督斯里安华。"
    [meeting] = huiwu.extract(told, published="2024-12-06")
    assert [r.id for r in meeting.recipients] == ["person/anwar-ibrahim"]
    told = "（吉隆坡12日讯）外交部长拿督斯里莫哈末哈山今日与王毅通电话。"
    [call] = huiwu.extract(told, published="2024-07-13")
    assert len(call.actors) == 1
    told = "（新加坡讯）我国将对俄罗斯实施制裁，外交部长维文周一在国会宣布。"
    [sanction] = huiwu.extract(told, published="2022-03-01")
    assert [a.id for a in sanction.actors] == ["country/SGP"]


def test_a_bilateral_body_co_chaired_is_talks_between_its_chairs():
    told = "国家副主席韩正7日在北京同巴西副总统阿尔克明共同主持中巴高层协调与合作委员会第七次全体会议。"
    [talks] = huiwu.extract(told, published="2024-06-07")
    assert (talks.type, [a.name for a in talks.actors], [r.name for r in talks.recipients]) == (
        "talks", ["韩正"], ["阿尔克明"])
    told = ("上海市长龚正日前率团访问新加坡。访问期间，新加坡总理李显龙会见了龚正一行。"
            "龚正与新加坡教育部长陈振声共同主持了上海—新加坡全面合作理事会第四次会议。")
    assert "talks" in {e.type for e in huiwu.extract(told, published="2023-09-15")}


def test_a_trip_to_come_told_after_a_day_gone_is_not_put_on_that_day_nor_a_call_received():
    told = "国家主席习近平31日在天津会见印度总理莫迪。\n外交部：朝鲜最高领导人金正恩将来华出席纪念活动。"
    events = huiwu.extract(told, published="2025-09-01")
    assert [e.date.start for e in events if e.status == "planned"] == [None, None]
    told = "总统赖清德30日抵达檀香山过境。赖总统此行为期7天，将访问马绍尔群岛、图瓦卢及帕劳。"
    assert all(e.date.start for e in huiwu.extract(told, published="2024-12-01"))  # a stop of the trip under way
    [call] = huiwu.extract("安华昨晚接到习近平的电话，双方就双边关系交换意见。", published="2024-06-07")
    assert (call.type, [r.name for r in call.recipients]) == ("call", ["习近平"])


def test_a_span_from_a_day_a_word_tells_to_a_day_after_zhi():
    for told in ("（布城3日讯）首相安华将于明日起至周四（7日）访问中国。", "安华将于明日（4日）至7日访问中国。",
                 "李强将于明天（11月4日）至7日访问马来西亚。"):
        [visit] = huiwu.extract(told, published="2024-11-03")
        assert (visit.date.start, visit.date.end) == ("2024-11-04", "2024-11-07"), told
    [visit] = huiwu.extract("王毅今天至周五访问俄罗斯。", published="2024-11-04")  # a Monday
    assert (visit.date.start, visit.date.end) == ("2024-11-04", "2024-11-08")


def test_a_ceremony_chaired_for_a_guest_is_the_hosts_and_the_talks_after_it_are_told():
    told = "安华19日在布城为到访的李强主持欢迎仪式，随后与李强举行会谈。"
    events = huiwu.extract(told, published="2024-06-20")
    [attendance] = find(events, "attend")
    assert [a.name for a in attendance.actors] == ["安瓦尔"]
    [talks] = find(events, "talks")
    assert ([a.name for a in talks.actors], [r.name for r in talks.recipients]) == (["安瓦尔"], ["李强"])


def test_those_present_at_talks_hold_none_of_their_own_and_both_sides_are_the_talks():
    told = ("美国国务卿鲁比奥与俄罗斯外长拉夫罗夫18日在利雅得举行会谈。沙特外交大臣费萨尔和国家安全顾问艾班出席了会谈开幕式。"
            "双方同意尽快恢复两国使馆的正常运转。")
    events = huiwu.extract(told, published="2025-02-19")
    assert [(e.type, sorted(p.name for p in (*e.actors, *e.recipients))) for e in events] == [
        ("talks", ["拉夫罗夫", "鲁比奥"]), ("agree", ["拉夫罗夫", "鲁比奥"])]


def test_a_joint_statement_after_talks_is_both_sides_and_one_of_two_of_a_side_is_none():
    told = "美国和乌克兰代表团11日在吉达举行会谈，会后发表联合声明说，乌方同意美方提出的停火建议。"
    agreement = find(huiwu.extract(told, published="2025-03-12"), "agree")[0]
    assert [a.id for a in agreement.actors] == ["country/USA", "country/UKR"]
    told = "美国总统特朗普19日与乌克兰总统泽连斯基通电话。美国国务卿鲁比奥和国家安全事务助理沃尔兹随后发表联合声明。"
    assert [e.type for e in huiwu.extract(told, published="2025-03-20")] == ["call"]


def test_one_welcomed_by_a_host_attends_the_banquet_himself():
    told = "特朗普16日晚抵达英国，17日在温莎城堡受到英国国王查尔斯三世的热情欢迎并出席国宴。"
    [attendance] = find(huiwu.extract(told, published="2025-09-18"), "attend")
    assert [a.name for a in attendance.actors] == ["特朗普"]


def test_a_pair_of_two_foreign_shorts_and_palestine_beside_israel():
    for told, sides in (("柬泰双方28日同意自午夜起停火。", ["country/KHM", "country/THA"]),
                        ("巴以双方28日同意停火。", ["country/PSE", "country/ISR"]),
                        ("印巴两国28日同意停火。", ["country/IND", "country/PAK"])):
        [agreement] = huiwu.extract(told, published="2025-07-29")
        assert [a.id for a in agreement.actors] == sides, told


def test_what_is_carried_out_was_signed_before_by_those_named_in_it():
    told = "拉夫罗夫11日与崔善姬举行战略对话。双方表示将全面落实去年6月两国元首签署的《全面战略伙伴关系条约》。"
    [_, treaty] = huiwu.extract(told, published="2025-07-13")
    assert (treaty.type, treaty.status, treaty.date.start) == ("agree", "occurred", "2024-06")
    assert sorted(a.name for a in treaty.actors) == ["普京", "金正恩"]
    assert treaty.items == ("《全面战略伙伴关系条约》",)
    told = "特朗普28日在白宫会见泽连斯基，两国未能签署此前商定的矿产协议。"
    assert [(e.type, e.status) for e in huiwu.extract(told, published="2025-03-01")] == [
        ("meet", "occurred"), ("agree", "negated")]


def test_both_sides_after_an_arrival_met_at_the_airport_are_the_visitor_and_the_host():
    told = "俄罗斯国防部长别洛乌索夫29日抵达平壤，朝鲜国防相努光铁到机场迎接。双方当天举行了会谈。"
    [talks] = find(huiwu.extract(told, published="2024-11-30"), "talks")
    assert ([a.name for a in talks.actors], [r.name for r in talks.recipients], talks.date.start) == (
        ["别洛乌索夫"], ["努光铁"], "2024-11-29")
    [talks] = find(huiwu.extract("日本外相岩屋毅13日抵达首尔。双方当天还举行了会谈。", published="2025-01-14"), "talks")
    assert [r.id for r in talks.recipients] == ["country/KOR"]


def test_a_summit_held_names_what_its_chair_and_those_present_attend():
    told = "上合组织峰会4日在阿斯塔纳举行。托卡耶夫主持会议，习近平、普京、卢卡申科等与会。"
    events = huiwu.extract(told, published="2024-07-04")
    assert [(sorted(a.name for a in e.actors), e.items) for e in events] == [
        (["托卡耶夫"], ("上合组织峰会",)), (["习近平", "卢卡申科", "普京"], ("上合组织峰会",))]


def test_a_kind_of_meeting_on_a_condition_and_a_proposal_are_no_meeting_held():
    told = "克里姆林宫发言人佩斯科夫20日表示，此类会晤只有在谈判取得具体成果后才可能举行。"
    assert huiwu.extract(told, published="2025-05-21") == []
    told = "俄罗斯外长拉夫罗夫28日说，俄方提议于6月2日在伊斯坦布尔同乌克兰举行第二轮直接谈判。"
    [talks] = huiwu.extract(told, published="2025-05-29")
    assert (talks.status, talks.date.start) == ("planned", "2025-06-02")


def test_a_measure_judged_illegal_is_complained_of_and_taken_on_its_own_day():
    told = "俄罗斯外交部发言人扎哈罗娃25日表示，欧盟24日通过的第十四轮对俄制裁措施是非法的。"
    events = huiwu.extract(told, published="2024-06-25")
    assert sorted((e.type, e.date.start, [a.name for a in e.actors][0], e.count) for e in events) == [
        ("concern", "2024-06-25", "扎哈罗娃", None), ("sanction", "2024-06-24", "欧盟", None)]


def test_a_bare_day_after_a_day_decades_before_is_in_that_month():
    told = "1972年9月25日，日本首相田中角荣抵达北京访问。29日，两国政府发表联合声明，宣布建立外交关系。"
    agreement = find(huiwu.extract(told, published="2022-09-29"), "agree")[0]
    assert agreement.date.start == "1972-09-29"


def test_back_from_a_recalled_event_to_the_day_of_the_story():
    told = "新华社万象6月5日电 2019年4月，通伦曾对中国进行国事访问。下午，国家主席习近平同老挝国家主席通伦举行会谈。"
    [_, talks] = huiwu.extract(told, published="2025-06-06")
    assert (talks.type, talks.date.start) == ("talks", "2025-06-05")
    told = ("新华社北京6月5日电 5日上午，李强为来访的新西兰总理拉克森举行欢迎仪式。4日晚，拉克森在上海出席了一场经贸论坛。"
            "欢迎仪式后，李强同拉克森举行会谈。")
    talks = find(huiwu.extract(told, published="2025-06-06"), "talks")[0]
    assert talks.date.start == "2025-06-05"


def test_topics_discussed_guesses_and_frames_are_no_events():
    told = "德国总理默茨23日在约翰内斯堡会见李强。双方讨论了贸易、稀土出口管制以及乌克兰局势等议题。"
    assert [e.type for e in huiwu.extract(told, published="2025-11-24")] == ["meet"]
    for told in ("外界猜测，两国元首或于10月在庆州见面。", "外媒猜测，特朗普将于明年访华。",
                 "此举被不少人解读为华盛顿正与北京进行贸易谈判。", "韩国媒体则预期，习近平有望出席明年在庆州举行的会议。"):
        assert huiwu.extract(told, published="2025-07-12") == [], told
    told = "此前外界曾猜测李在明可能亲自出席阅兵式，但韩国总统府表示李在明不会出席。"
    assert [e.status for e in huiwu.extract(told, published="2025-08-30")] == ["negated"]
    told = "有本地学者认为，特首缺席对香港影响有限，但美方的制裁仍会令香港的出席安排受到掣肘。"
    assert huiwu.extract(told, published="2023-10-28") == []
    told = "石破茂30日与李在明举行会谈，双方确认将以高层对话为基础推动两国关系发展。"
    assert [e.type for e in huiwu.extract(told, published="2025-10-01")] == ["talks"]


def test_a_complaint_after_what_a_speaker_tells_is_on_the_day_he_speaks():
    told = "日本内阁官房长官林芳正12日称，中国军机7日在东海上空接近日本自卫队飞机，日方已向中方表达严重关切。"
    [concern] = huiwu.extract(told, published="2025-06-13")
    assert (concern.type, concern.date.start) == ("concern", "2025-06-12")


def test_a_press_conference_and_a_parliament_sitting_are_attended_by_no_one():
    told = "日本防卫大臣小泉进次郎7日凌晨召开临时记者会称，日方已就雷达照射一事向中方提出强烈抗议。"
    assert [e.type for e in huiwu.extract(told, published="2025-12-07")] == ["concern"]
    told = "韩国国会3日召开全体会议，表决通过了国务总理候选人金民锡的任命同意案。"
    assert huiwu.extract(told, published="2025-07-04") == []


def test_talks_between_two_countries_are_held_by_those_each_side_is_told_led_by():
    told = ("俄美两国代表团27日在伊斯坦布尔举行磋商。俄方代表团由外长拉夫罗夫率领，美方代表团由国务卿鲁比奥率领。")
    [talks] = huiwu.extract(told, published="2025-02-28")
    assert ([a.name for a in talks.actors], [r.name for r in talks.recipients]) == (["拉夫罗夫"], ["鲁比奥"])
    told = "俄罗斯和乌克兰代表团16日在伊斯坦布尔举行会谈。俄方代表团团长、外长拉夫罗夫在会谈后说，会谈富有成效。"
    [talks] = huiwu.extract(told, published="2025-05-17")
    assert ([a.name for a in talks.actors], [r.id for r in talks.recipients]) == (["拉夫罗夫"], ["country/UKR"])


def test_the_day_before_counts_from_the_last_day_told_and_measures_named_as_topics_are_none():
    told = "鲁比奥10日与王毅通电话。两人7月曾在吉隆坡会晤。就在前一天，赫格塞思与董军举行了视频通话。"
    calls = find(huiwu.extract(told, published="2025-09-11"), "call")
    assert [c.date.start for c in calls] == ["2025-09-10", "2025-09-09"]
    told = "贝森特23日表示，他将于25日在吉隆坡与何立峰会面，希望化解双方在稀土出口管制等问题上的紧张局势。"
    assert [e.type for e in huiwu.extract(told, published="2025-10-24")] == ["meet"]


def test_the_sar_government_its_bureaus_and_its_chief_executive_named_bare():
    [concern] = huiwu.extract("【香港01】特區政府今日發表聲明，強烈譴責美國制裁香港官員。", published="2025-04-01")
    assert ([a.id for a in concern.actors], [r.id for r in concern.recipients]) == (
        ["org/hksar-government"], ["country/USA"])
    told = "【澳门日报】澳门特区政府发言人表示反对。特区政府强烈谴责美国干预澳门事务。"
    assert [a.country for e in huiwu.extract(told, published="2025-04-01") for a in e.actors] == ["MAC", "MAC"]
    [concern] = huiwu.extract("【星島日報報道】保安局昨日發聲明，強烈反對美國駐港總領事的言論。", published="2024-03-07")
    assert concern.actors[0].country == "HKG"
    [meeting] = huiwu.extract("【明报】行政长官今日在礼宾府会见到访的新加坡外长维文。", published="2024-04-01")
    assert meeting.actors[0].id == "person/john-lee"
    told = "行政长官贺一诚率领的特区政府代表团18日在里斯本与葡萄牙总统马塞洛会面。"
    [meeting] = huiwu.extract(told, published="2023-04-19")
    assert meeting.actors[0].name == "贺一诚"


def test_posts_left_told_the_ways_the_press_tells_them():
    told = "中共中央决定：尹力同志任北京市委书记，蔡奇同志不再兼任北京市委书记职务。"
    left = [e for e in huiwu.extract(told, published="2022-10-28") if "免职" in e.items]
    assert [(e.actors[0].name, e.post) for e in left] == [("蔡奇", "北京市委书记")]
    [removal] = huiwu.extract("法国总理巴尼耶4日在国民议会不信任投票中倒台。", published="2024-12-05")
    assert (removal.actors[0].name, removal.items, removal.date.start) == ("巴尼耶", ("免职",), "2024-12-04")
    [appointment] = huiwu.extract("英国外交大臣克莱弗利13日接替被解职的布雷弗曼出任内政大臣。", published="2023-11-14")
    assert "布雷弗曼" in appointment.predecessor
    for told in ("越共中央同意武文赏辞去国家主席职务。", "5日，总理哈西娜在大规模抗议中辞职。"):
        assert [e.type for e in huiwu.extract(told, published="2024-08-06")] == ["appoint"], told
    [swearing_in] = huiwu.extract("阿雷瓦洛原定14日下午宣誓就职，但就职仪式被推迟。", published="2024-01-15")
    assert swearing_in.status == "negated"


def test_a_trade_measure_falls_on_the_origin_of_the_goods_ruled_on_before_it():
    told = "商务部8日发布公告，裁定原产于欧盟的进口白兰地存在倾销。商务部决定自10月11日起采取临时反倾销措施。"
    [measure] = huiwu.extract(told, published="2024-10-08")
    assert [r.id for r in measure.recipients] == ["country/EUU"]
    [measure] = huiwu.extract("财政部6日宣布对欧盟实施对等限制措施。", published="2025-07-06")
    assert (measure.type, [r.id for r in measure.recipients]) == ("sanction", ["country/EUU"])


def test_what_a_side_is_willing_to_do_welcomes_avoids_or_does_only_if_is_not_done():
    told = "王毅3日同德国外长瓦德富尔通电话。瓦德富尔表示，德方愿尽快重新安排访华行程。"
    visit = find(huiwu.extract(told, published="2025-11-03"), "visit")[0]
    assert (visit.status, visit.date.start) == ("planned", None)
    [meeting] = huiwu.extract("中方欢迎欧盟领导人适时来华举行新一次中欧领导人会晤。", published="2025-05-06")
    assert meeting.status == "planned"
    [visit] = huiwu.extract("据美媒报道，麦卡锡仍未放弃访台打算。", published="2023-04-01")
    assert visit.status == "planned"
    assert [e.type for e in huiwu.extract("董军此次缺席，是为了避免同赫格塞思会面。", published="2025-06-01")] == ["attend"]
    for told in ("欧盟若对中国电动汽车加征关税，中方将坚决反制。", "美国一旦对中国加征关税，中方必将奉陪到底。"):
        assert huiwu.extract(told, published="2024-06-01") == [], told


def test_one_greeted_on_arrival_by_a_host_of_another_country_visits_it():
    told = "新华社金边4月17日电 17日下午，在金边国际机场，柬埔寨国王西哈莫尼亲自到舷梯旁迎接习近平。"
    [visit] = huiwu.extract(told, published="2025-04-18")
    assert (visit.type, visit.actors[0].name, visit.recipients[0].id, visit.location.name, visit.date.start) == (
        "visit", "习近平", "country/KHM", "金边", "2025-04-17")
    assert huiwu.extract("王毅在钓鱼台国宾馆迎接来华出席会议的各国代表。", published="2025-04-18") == []


def test_the_end_of_a_visit_under_way_and_a_korean_finance_minister():
    [visit] = huiwu.extract("何立峰12日抵达马德里，将于17日结束对西班牙的访问。", published="2025-09-16")
    assert (visit.status, visit.date.start) == ("occurred", "2025-09-12")
    [meeting] = huiwu.extract("王毅会见了韩国企划财政部长官崔相穆。", published="2024-06-12")
    assert [r.id for r in meeting.recipients] == ["person/choi-sang-mok"]


def test_those_named_among_many_attend_and_the_last_of_those_listed_is_met_too():
    told = "9月3日，纪念大会在北京举行，26位外国国家元首和政府首脑出席，其中包括俄罗斯总统普京和朝鲜国务委员长金正恩。"
    [attendance] = huiwu.extract(told, published="2025-09-04")
    assert sorted(a.name for a in attendance.actors) == ["普京", "金正恩"]
    told = "2月28日，泽连斯基在白宫同美国总统特朗普、副总统万斯会面时发生争吵。"
    [meeting] = huiwu.extract(told, published="2025-03-01")
    assert [r.name for r in meeting.recipients] == ["特朗普", "万斯"]
    visits = huiwu.extract("賴清德將前往巴拉圭、瓜地馬拉與貝里斯。", published="2025-07-12")
    assert [v.recipients[0].id for v in visits] == ["country/PRY", "country/GTM", "country/BLZ"]


def test_the_two_countries_long_before_and_their_firms_are_the_states_not_the_heads_met():
    told = "新华社巴西利亚11月20日电 习近平同巴西总统卢拉举行会谈。1974年8月15日，两国正式建立外交关系。"
    agreement = find(huiwu.extract(told, published="2024-11-21"), "agree")[0]
    assert sorted(a.id for a in agreement.actors) == ["country/BRA", "country/CHN"]
    told = "2017年11月9日，习近平同美国总统特朗普举行会谈。两国企业当天签署了总额超过2500亿美元的合作项目。"
    agreement = find(huiwu.extract(told, published="2017-11-10"), "agree")[0]
    assert sorted(a.id for a in agreement.actors) == ["country/CHN", "country/USA"]


def test_a_meeting_of_the_day_is_not_folded_into_one_of_years_before():
    told = "新华社天津8月31日电 当天上午，习近平会见了印度总理莫迪。2018年4月，两人曾在武汉举行首次非正式会晤。"
    meetings = huiwu.extract(told, published="2025-09-01")
    assert sorted(m.date.start for m in meetings) == ["2018-04", "2025-08-31"]


def test_plans_denied_after_ruled_out_changed_or_not_spoken_of():
    told = "此前有媒体报道称印度总理莫迪将在天津与巴基斯坦总理夏巴兹·谢里夫会面，印度外交部已否认相关报道。"
    assert [e.status for e in huiwu.extract(told, published="2025-09-01")] == ["negated"]
    told = "德国政府发言人表示，朔尔茨不会在此行中签署任何新的政府间协议。"
    assert [e.status for e in huiwu.extract(told, published="2024-04-16")] == ["negated"]
    told = "习近平1日同李在明在庆州举行会谈。原计划会谈后两国元首在博物馆庭院散步，因降雨改为在室内参观。"
    assert [e.status for e in huiwu.extract(told, published="2025-11-02")] == ["occurred", "negated"]
    told = "外交部发言人林剑3日在记者会上说，对于特朗普访华，中方目前没有可以发布的消息。"
    assert huiwu.extract(told, published="2025-11-04") == []
    told = "今年4月，普拉博沃以当选总统身份访华。"
    assert [e.type for e in huiwu.extract(told, published="2024-11-10")] == ["visit"]


def test_the_leader_of_a_delegation_visits_and_sides_are_named_by_who_leads_or_attends():
    told = "由美国联邦众议院军事委员会民主党首席议员史密斯率领的众议员代表团21日抵达北京访问。"
    [visit] = huiwu.extract(told, published="2025-09-24")
    assert [a.name for a in visit.actors] == ["史密斯"]
    told = "中美经贸磋商会议9日至10日在伦敦举行，中方由国务院副总理何立峰率团，美方则由财长贝森特和商务部长卢特尼克出席。"
    [talks] = huiwu.extract(told, published="2025-06-11")
    assert ([a.name for a in talks.actors], sorted(r.name for r in talks.recipients)) == (
        ["何立峰"], ["卢特尼克", "贝森特"])


def test_a_measure_adjusted_and_a_meeting_prepared_for_are_not_taken_or_held():
    told = "美方将取消4月8日和4月9日两份行政令对中国商品加征的全部关税。中方将相应修改对美反制关税。"
    assert huiwu.extract(told, published="2025-05-12") == []
    told = "贝森特9日说，他已同何立峰通电话，双方讨论了下一次会晤的准备工作。"
    assert [e.type for e in huiwu.extract(told, published="2026-02-11")] == ["call"]


def test_one_prepared_for_attends_deep_disappointment_complains_and_a_record_is_no_post():
    told = "王毅17日同韩国外长赵显举行会谈。双方同意为习近平出席下月在庆州举行的亚太经合组织领导人非正式会议做好准备。"
    [attendance] = find(huiwu.extract(told, published="2025-09-18"), "attend")
    assert [a.name for a in attendance.actors] == ["习近平"]
    told = "韩国外交部发言人15日表示，韩方对日本首相向靖国神社供奉祭品表示深切失望和遗憾。"
    assert [e.type for e in huiwu.extract(told, published="2025-08-16")] == ["concern"]
    told = "韩国宪法法院4日裁定罢免总统尹锡悦，尹锡悦成为韩国宪政史上第二位遭罢免的总统。"
    assert [e.post for e in huiwu.extract(told, published="2025-04-05")] == ["总统"]


def test_what_a_journalist_asks_about_is_no_event_and_entering_a_country_visits_it():
    told = "有记者问及李强出席二十国集团领导人峰会期间是否会与日本首相会面，毛宁回答称，李强没有同日本领导人会面的安排。"
    assert [(e.type, e.status) for e in huiwu.extract(told, published="2025-11-17")] == [("meet", "negated")]
    told = "金正恩本月10日搭乘专列从平壤出发，12日进入俄罗斯境内。"
    [visit] = huiwu.extract(told, published="2023-09-13")
    assert (visit.recipients[0].id, visit.date.start) == ("country/RUS", "2023-09-12")


def test_the_hong_kong_and_macao_press_itineraries_postponements_and_reports_in_person():
    [visit] = huiwu.extract("贺一诚一行按行程将于廿二日转往卢森堡访问。", published="2023-04-21")
    assert visit.date.start == "2023-04-22"
    told = "据特首办公布的行程，李家超5月11日及12日在卡塔尔访问。"
    [visit] = huiwu.extract(told, published="2025-05-07")
    assert (visit.status, visit.date.start) == ("planned", "2025-05-11")
    told = "政务司司长陈国基原定下周率团前往英国伦敦，特区政府昨日宣布押后有关行程。"
    assert [e.status for e in huiwu.extract(told, published="2025-09-26")] == ["negated"]
    [meeting] = huiwu.extract("岑浩辉今日将向国家主席习近平述职。", published="2025-12-15")
    assert (meeting.type, meeting.status, meeting.recipients[0].name) == ("meet", "planned", "习近平")
    told = "李家超晚上出席韩国总统李在明为与会领袖设的欢迎晚宴，明日会出席领导人非正式会议。"
    assert {a.name for e in huiwu.extract(told, published="2025-10-31") for a in e.actors} == {"李家超"}


def test_posts_named_by_what_is_not_one_and_a_post_taken_for_a_time():
    assert huiwu.extract("默茨在首轮投票中仅获310票，比当选所需的316票少6票。", published="2025-05-07") == []
    [leaving] = huiwu.extract("议会4日批准了外长库列巴的辞职请求。", published="2024-09-05")
    assert (leaving.post, leaving.items) == ("外长", ("免职",))
    [appointment] = huiwu.extract("绍伊古将出任安全会议秘书，接替帕特鲁舍夫，后者将转任其他职务。", published="2024-05-13")
    assert appointment.post == "安全会议秘书"
    [appointment] = huiwu.extract("赛塔被解职后，副总理普坦暂时出任代总理。", published="2024-08-16")
    assert appointment.actors[0].name == "普坦"
    [acting] = huiwu.extract("美国国务卿鲁比奥1日起临时兼任国家安全事务助理。", published="2025-05-02")
    assert (acting.actors[0].name, acting.post) == ("鲁比奥", "国家安全事务助理")


def test_a_deputy_prime_minister_resigning_is_the_british_one_of_the_day():
    [leaving] = huiwu.extract("英国副首相雷纳5日因少缴印花税问题辞职。", published="2025-09-06")
    assert (leaving.actors[0].id, leaving.items) == ("person/angela-rayner", ("免职",))


def test_guests_a_ceremony_is_held_for_hold_no_meeting_among_themselves():
    told = ("18日晚，国家主席习近平在西安为出席首届中国－中亚峰会的哈萨克斯坦总统托卡耶夫、吉尔吉斯斯坦总统扎帕罗夫"
            "举行欢迎仪式，并举行欢迎宴会。")
    events = huiwu.extract(told, published="2023-05-19")
    assert not any(e.type == "meet" and e.actors[0].name == "托卡耶夫" for e in events)


def test_hui_right_before_the_verb_after_an_adverb_or_a_time_is_will():
    told = "菲律宾前总统阿罗约此次应邀访港，其间亦会出席论坛并发表演讲。"
    attendance = find(huiwu.extract(told, published="2024-11-05"), "attend")[0]
    assert attendance.status == "planned"
    told = "韩国总统李在明4日上午在国会宣誓就职。"
    assert [e.status for e in huiwu.extract(told, published="2025-06-05")] == ["occurred"]


def test_a_consul_general_posted_to_two_places_keeps_his_name():
    [meeting] = huiwu.extract("行政长官岑浩辉昨日会见葡萄牙驻澳门及香港总领事李安道。", published="2025-03-19")
    assert (meeting.recipients[0].name, meeting.recipients[0].country) == ("李安道", "PRT")


def test_talks_some_days_before_elsewhere_are_their_own_and_the_teams_of_both_sides():
    told = ("国家主席习近平30日在釜山同美国总统特朗普举行会晤。习近平指出，两国经贸团队前几天在吉隆坡进行的磋商，"
            "为这次会晤创造了必要条件。")
    events = huiwu.extract(told, published="2025-10-30")
    [talks] = [e for e in events if e.location and e.location.name == "吉隆坡"]
    assert {p.name for p in (*talks.actors, *talks.recipients)} == {"中国", "美国"}
    assert (talks.date.start, talks.date.end, talks.date.approximate) == ("2025-10-20", "2025-10-30", True)
    assert len(events) == 2


def test_an_unnamed_representative_of_a_side_is_the_side_and_soon_tells_no_day():
    told = "特朗普表示，财政部长贝森特、商务部长卢特尼克和贸易代表格里尔将很快与中方代表会面。"
    [meeting] = huiwu.extract(told, published="2025-06-06")
    assert [p.name for p in meeting.actors] == ["贝森特", "卢特尼克", "格里尔"]
    assert ([p.id for p in meeting.recipients], meeting.status, meeting.date.start) == (["country/CHN"], "planned", None)


def test_a_trip_after_the_meeting_is_dated_by_the_meeting_not_by_a_plan_told_between():
    told = ("新华社釜山10月30日电 国家主席习近平30日在釜山同美国总统特朗普举行会晤。特朗普表示期待明年4月访问中国。"
            "会晤结束后，习近平将前往庆州出席亚太经合组织第三十二次领导人非正式会议。")
    [attendance] = find(huiwu.extract(told, published="2025-10-30"), "attend")
    assert attendance.date.start == "2025-10"


def test_a_report_put_to_the_spokesperson_to_confirm_is_not_told_as_done():
    told = "法新社记者：据报道，中方官员上周在卡塔尔多哈同美方代表秘密会面。外交部能否证实？"
    assert huiwu.extract(told, published="2024-03-12") == []
    told = "路透社记者：有报道称，王毅将于下周访问澳大利亚，能否予以证实？"
    assert huiwu.extract(told, published="2024-03-12") == []
    told = "俄新社记者：乌沙科夫此前表示，普京总统将于10月访华。中方能否证实？"
    assert [e.type for e in huiwu.extract(told, published="2023-09-21")] == ["visit"]


def test_dialogues_set_up_are_no_talks_and_a_place_carried_from_a_recalled_visit_parts_nothing():
    told = ("国家主席习近平与美国总统特朗普昨日在海湖庄园会晤。他此前于4日至6日对芬兰进行国事访问。"
            "双方昨日宣布建立外交安全对话、全面经济对话、执法及网络安全对话、社会和人文对话四个高级别对话机制。")
    events = huiwu.extract(told, published="2017-04-08")
    assert sorted(e.type for e in events) == ["establish", "meet", "visit"]
    [established] = find(events, "establish")
    assert established.created.endswith("社会和人文对话")


def test_words_holding_a_cue_are_no_event_and_a_programme_named_is_no_plan():
    assert huiwu.extract("去年12月8日，叙利亚反对派武装攻入首都大马士革。", published="2025-01-30") == []
    assert huiwu.extract("伊朗外长阿拉格齐27日表示，伊方感谢中方在伊核问题上主持公道。", published="2024-12-28") == []
    [agreement] = huiwu.extract("此前，以色列和哈马斯根据美国提出的加沙和平计划达成第一阶段停火协议。", published="2025-10-14")
    assert agreement.status == "occurred"


def test_a_pair_of_one_character_names_the_country_of_the_report_and_a_region_is_no_pair():
    told = "新华社巴西利亚11月20日电 国家主席习近平20日同巴西总统卢拉举行会谈。中巴两国于1974年8月15日建交。"
    [relations] = find(huiwu.extract(told, published="2024-11-21"), "agree")
    assert {p.id for p in relations.actors} == {"country/CHN", "country/BRA"}
    [relations] = huiwu.extract("中巴两国于1951年5月21日建交。", published="2024-11-21")
    assert {p.id for p in relations.actors} == {"country/CHN", "country/PAK"}
    told = "商务部部长王文涛31日同尼加拉瓜外长签署自由贸易协定。这是中方与中美洲国家签署的第二个自贸协定。"
    assert len(huiwu.extract(told, published="2023-09-01")) == 1


def test_the_archives_words_for_signing_ratifying_and_relations_restored():
    told = "新华社北京1月24日电 外交部长钱其琛和以色列外长利维今天在建交联合公报上签字。"
    assert [e.type for e in huiwu.extract(told, published="1992-01-25")] == ["agree"]
    told = "新华社东京10月23日电 中国外交部长黄华和日本外务大臣园田直今天在东京互换了《中日和平友好条约》批准书。"
    [ratified] = huiwu.extract(told, published="1978-10-24")
    assert (ratified.type, ratified.date.start, ratified.items) == ("agree", "1978-10-23", ("《中日和平友好条约》批准书",))
    [relations] = huiwu.extract("新华社北京1月24日电 中国和以色列今天建立大使级外交关系。", published="1992-01-25")
    assert {p.id for p in relations.actors} == {"country/CHN", "country/ISR"}
    [restored] = huiwu.extract("新华社北京5月16日电 中苏两国关系今天实现正常化。", published="1989-05-17")
    assert ({p.id for p in restored.actors}, restored.date.start) == ({"country/CHN", "country/RUS"}, "1989-05-16")
    assert huiwu.extract("双方将继续推动两国关系实现正常化。", published="1989-05-17") == []
    assert [e.type for e in huiwu.extract("钱其琛和利维出席了签字仪式。", published="1992-01-25")] == ["attend"]


def test_a_post_taken_up_is_the_term_held_on_the_day_and_an_election_congratulated_is_on_its_vote():
    told = "新华社北京7月18日电 俄罗斯总统普京昨天抵达北京，开始对我国进行国事访问。这是他就任总统后首次访华。"
    [taken] = find(huiwu.extract(told, published="2000-07-19"), "appoint")
    assert taken.date.start <= "2000-07-17"
    told = "新华社北京6月4日电 6月4日，国家主席习近平致电辛鲍姆，祝贺她当选墨西哥总统。墨西哥2日举行大选，辛鲍姆胜出。"
    [elected] = huiwu.extract(told, published="2024-06-05")
    assert (elected.type, elected.date.start) == ("appoint", "2024-06-02")
    told = "新华社北京7月30日电 7月30日，国家主席习近平致电马杜罗，祝贺他再次当选委内瑞拉总统。"
    [elected] = huiwu.extract(told, published="2024-07-31")
    assert (elected.date.start, elected.date.approximate) == ("2024-07-30", True)


def test_exchanges_put_off_as_nouns_denied_in_the_next_sentence_or_called_off_before():
    told = "新华社北京5月9日电 中国政府决定推迟中美防扩散、军控和国际安全问题磋商。"
    assert [e.status for e in huiwu.extract(told, published="1999-05-10")] == ["negated"]
    [visit] = huiwu.extract("新华社北京6月16日电 中方决定推迟国防部长迟浩田对美国的访问。", published="1995-06-17")
    assert (visit.status, visit.actors[0].name, visit.recipients[0].id) == ("negated", "迟浩田", "country/USA")
    told = "新华社北京10月18日电 孔泉说，李肇星外长原定本月下旬对日本的访问已不合适。"
    assert [e.status for e in huiwu.extract(told, published="2005-10-19")] == ["negated"]
    told = "此前有媒体报道称，伊美双方代表将于本月在阿曼秘密会面。伊朗外交部发言人巴加埃7日否认了这一说法。"
    assert [e.status for e in huiwu.extract(told, published="2025-02-08")] == ["negated"]
    told = "内塔尼亚胡25日宣布取消原定派往华盛顿的代表团行程。以色列战略事务部长德尔默原定本周赴美。"
    assert [e.status for e in huiwu.extract(told, published="2024-03-26")] == ["negated"]


def test_a_bilateral_meeting_two_chair_is_their_talks_told_once():
    told = "新华社北京11月7日电 国务院总理李强7日上午在人民大会堂同澳大利亚总理阿尔巴尼斯共同主持第八轮中澳总理年度会晤。"
    assert [e.type for e in huiwu.extract(told, published="2023-11-07")] == ["meet"]


def test_an_opposition_leader_is_a_title_and_signing_as_a_time_or_a_venue_is_none():
    [meeting] = huiwu.extract("新华社北京7月10日电 国家主席习近平10日在北京会见了新西兰反对党领袖希普金斯。", published="2024-07-10")
    assert (meeting.type, meeting.recipients[0].id) == ("meet", "person/chris-hipkins")
    told = "斐济总理姆拜尼马拉马30日说，岛国在签署任何新的区域协议之前，都须先在内部取得共识。"
    assert huiwu.extract(told, published="2022-05-31") == []
    assert huiwu.extract("卡尔萨考在签约仪式上表示，该协议不会影响瓦努阿图同其他伙伴的关系。", published="2022-12-14") == []
    told = "新西兰外交部长彼得斯对此表示关切，称库克群岛在签署前未与惠灵顿进行充分协商。"
    assert [e.type for e in huiwu.extract(told, published="2025-02-15")] == ["concern"]


def test_nothing_set_up_by_a_plan_switched_on_or_a_setting_up_spoken_of():
    assert huiwu.extract("新华社伊斯兰堡10月7日电 中国驻卡拉奇总领馆7日已启动应急机制，协助处理善后事宜。", published="2024-10-07") == []
    told = "新华社北京9月11日电 外交部发言人林剑11日表示，设立黄岩岛国家级自然保护区是中国政府依法行使主权的正当举措。"
    assert huiwu.extract(told, published="2025-09-11") == []


def test_the_one_hoped_for_acts_and_talks_as_a_means_are_none():
    told = "新华社新德里8月19日电 莫迪19日在新德里会见王毅。王毅表示，中方期待莫迪总理月底来华出席上海合作组织天津峰会。"
    [attendance] = find(huiwu.extract(told, published="2025-08-19"), "attend")
    assert (attendance.actors[0].name, attendance.status, attendance.date.start) == ("莫迪", "planned", "2025-08-21")
    told = "新华社北京5月10日电 王毅10日同印度国家安全顾问多瓦尔通电话。王毅表示，中方支持并期待印巴通过对话协商实现全面持久停火。"
    assert [e.type for e in huiwu.extract(told, published="2025-05-10")] == ["call"]


def test_not_going_in_person_and_a_visit_under_way_until_a_day():
    told = "据印度媒体报道，印度总理莫迪将不会亲赴雅加达出席下月举行的东盟峰会。"
    assert {(e.type, e.status) for e in huiwu.extract(told, published="2025-09-10")} == {("visit", "negated"), ("attend", "negated")}
    told = "新华社北京7月14日电 国家副主席韩正14日在北京会见印度外长苏杰生。苏杰生此次访华将持续至15日。"
    [visit] = find(huiwu.extract(told, published="2025-07-14"), "visit")
    assert (visit.status, visit.date.start, visit.date.end) == ("occurred", "2025-07-14", "2025-07-15")


def test_an_envoy_sent_unnamed_a_special_envoy_described_and_a_country_passed_through():
    [visit] = huiwu.extract("习近平表示，中方将派欧亚事务特别代表赴乌克兰访问。", published="2023-04-27")
    assert visit.actors[0].id == "person/li-hui"
    told = "正在美国出席特朗普总统就职典礼的国家主席习近平特别代表、国家副主席韩正19日在华盛顿会见美国当选副总统万斯。"
    [meeting] = huiwu.extract(told, published="2025-01-20")
    assert meeting.actors[0].name == "韩正"
    visits = huiwu.extract("赖清德12日启程，过境美国纽约后抵达巴拉圭。", published="2023-08-16")
    assert {v.actors[0].name for v in visits} == {"赖清德"}


def test_countries_listed_after_the_one_a_trip_cue_holds_are_of_the_tour():
    [visit] = huiwu.extract("李辉将赴乌克兰、波兰、法国、德国和俄罗斯访问。", published="2023-05-12")
    assert [p.name for p in visit.recipients] == ["乌克兰", "波兰", "法国", "德国", "俄罗斯"]


def test_speaking_at_a_summit_is_attending_it_and_a_call_there_stays_a_demand():
    told = "阿盟紧急峰会4日在开罗举行。埃及总统塞西在峰会上说，该计划将确保巴勒斯坦人留在自己的土地上。"
    [attendance] = huiwu.extract(told, published="2025-03-05")
    assert (attendance.type, attendance.items, attendance.date.start) == ("attend", ("阿盟紧急峰会",), "2025-03-04")
    told = "新华社北京3月11日电 四川省委书记王东明11日在记者会上呼吁阿尔及利亚方停止对中国企业的无理打压。"
    assert [e.type for e in huiwu.extract(told, published="2017-03-11")] == ["demand"]
    [attendance] = huiwu.extract("习近平出席峰会并在会上指出，各方应加强合作。", published="2025-03-05")
    assert attendance.items == ("峰会",)


def test_a_bare_day_after_background_of_another_year_and_that_evening_after_a_plan():
    told = ("新华社巴西利亚11月20日电 国家主席习近平20日同巴西总统卢拉举行会谈。中巴两国于1974年8月15日建交。"
            "习近平是19日晚飞抵巴西利亚的。")
    [visit] = find(huiwu.extract(told, published="2024-11-21"), "visit")
    assert visit.date.start == "2024-11-19"
    told = "新华社圣地亚哥12月14日电 卡斯特将于2026年3月11日宣誓就任智利总统。博里奇当晚同卡斯特通电话，祝贺其胜选。"
    [call] = find(huiwu.extract(told, published="2025-12-15"), "call")
    assert (call.status, call.date.start) == ("occurred", "2025-12-14")


def test_not_invited_shock_and_a_new_term_congratulated_in_a_meeting():
    told = "所罗门群岛总理马内莱5日宣布，9月在霍尼亚拉举行的太平洋岛国论坛领导人会议将不邀请中国、美国等对话伙伴出席。"
    [attendance] = huiwu.extract(told, published="2025-08-06")
    assert ({p.id for p in attendance.actors}, attendance.status) == ({"country/CHN", "country/USA"}, "negated")
    [concern] = huiwu.extract("外长黄英贤5日表示，澳洲政府对中国法院的判决深感震惊。", published="2024-02-05")
    assert concern.type == "concern"
    told = ("新华社北京7月15日电 国家主席习近平15日上午在人民大会堂会见澳大利亚总理阿尔巴尼斯。"
            "习近平祝贺阿尔巴尼斯连任澳大利亚总理。")
    assert [e.type for e in huiwu.extract(told, published="2025-07-15")] == ["meet"]


def test_a_post_of_its_own_clause_and_one_accession_told_by_its_days():
    told = "内塔尼亚胡5日宣布，由外交部长卡茨接任国防部长，前战时内阁成员萨尔将出任外交部长。"
    posts = {e.actors[0].name: e.post for e in huiwu.extract(told, published="2024-11-06")}
    assert posts["卡茨"] == "国防部长"
    [taken] = huiwu.extract("中国政府已任命卢沙野接替吴红波，担任中国政府欧洲事务特别代表。", published="2025-02-07")
    assert taken.post == "中国政府欧洲事务特别代表"
    [taken] = huiwu.extract("科威特前埃米尔纳瓦夫16日病逝，王储米沙勒继任埃米尔。米沙勒20日宣誓就职。", published="2023-12-21")
    assert (taken.date.start, taken.date.end) == ("2023-12-16", "2023-12-20")


def test_an_embassy_named_with_a_known_ambassador_post_speaks_for_its_country_and_outrage_is_a_complaint():
    told = "新华社北京3月27日电 中国驻印度大使馆27日要求印方彻查这起恐怖袭击。"
    [demand] = huiwu.extract(told, published="2024-03-27")
    assert ([p.id for p in demand.actors], [p.id for p in demand.recipients]) == (["country/CHN"], ["country/IND"])
    [outrage] = huiwu.extract("中国政府对北约的野蛮暴行表示极大愤慨和强烈谴责。", published="1999-05-09")
    assert (outrage.type, outrage.items) == ("concern", ("北约的野蛮暴行",))


def test_the_last_day_of_a_visit_told_apart_ends_it():
    told = "新华社北京2月6日电 国家主席习近平6日在人民大会堂会见泰国总理佩通坦。佩通坦5日抵达北京，将于8日结束访问。"
    [visit] = find(huiwu.extract(told, published="2025-02-06"), "visit")
    assert (visit.date.start, visit.date.end) == ("2025-02-05", "2025-02-08")


def test_a_complaint_about_three_named_together_is_to_the_three():
    [concern] = huiwu.extract("中方对美英澳推进核潜艇合作表示严重关切。", published="2023-03-14")
    assert {p.id for p in concern.recipients} == {"country/USA", "country/GBR", "country/AUS"}
    [concern] = huiwu.extract("中方对中美关系表示关切。", published="2023-03-14")
    assert concern.recipients == ()


def test_relations_set_up_told_again_after_the_communique_are_one_agreement():
    told = ("本报北京8月24日讯 中华人民共和国外交部长钱其琛和大韩民国外务部长官李相玉今天上午在钓鱼台国宾馆签署了两国关于建立"
            "外交关系的联合公报。从即日起，中韩两国相互承认并建立大使级外交关系。")
    assert [e.type for e in huiwu.extract(told, published="1992-08-25")] == ["agree"]


def test_a_text_signed_by_the_states_and_then_by_their_leaders_is_one_agreement_and_weiyou_negates():
    told = ("新华社北京12月19日电 中英两国政府首脑今天下午在人民大会堂正式签署了《中英联合声明》。"
            "国务院总理赵紫阳和英国首相撒切尔夫人分别代表本国政府在联合声明上签字。")
    [signed] = huiwu.extract(told, published="1984-12-20")
    assert {p.name for p in signed.actors} == {"赵紫阳", "撒切尔"}
    told = "习近平与特朗普会晤。两国元首会晤后亦未有发表联合声明。"
    [statement] = find(huiwu.extract(told, published="2017-04-08"), "agree")
    assert statement.status == "negated"


def test_a_trip_announced_from_a_day_begins_that_day():
    told = "新华社北京5月12日电 外交部发言人汪文斌12日宣布，自5月15日起，中国政府欧亚事务特别代表李辉将赴乌克兰访问。"
    [visit] = huiwu.extract(told, published="2023-05-12")
    assert visit.date.start == "2023-05-15"


def test_a_leg_to_come_inside_the_country_visited_is_part_of_the_visit_under_way():
    told = "新华社堪培拉6月16日电 中国国务院总理李强15日抵达阿德莱德，开始对澳大利亚进行正式访问。李强16日将飞赴堪培拉。"
    [visit] = huiwu.extract(told, published="2024-06-16")
    assert (visit.status, visit.date.start, visit.date.end) == ("occurred", "2024-06-15", "2024-06-16")


def test_what_a_joint_statement_records_are_its_items_beside_documents_signed():
    told = ("新华社北京5月16日电 国家主席习近平16日在北京同俄罗斯总统普京举行会谈，两国元首发表联合声明。"
            "声明说，双方同意加强能源合作，同意扩大本币结算。")
    [statement] = find(huiwu.extract(told, published="2024-05-16"), "agree")
    assert set(statement.items) >= {"加强能源合作", "扩大本币结算"}
    told = "习近平同普拉博沃举行会谈。会谈后，两国元首共同见证签署了多份合作文件。两国元首还发表了联合声明。"
    assert len(find(huiwu.extract(told, published="2024-11-10"), "agree")) == 2


def test_a_text_named_before_the_signing_is_what_is_signed_and_xieding_yu_plans_nothing():
    [signed] = huiwu.extract("中塞自由贸易协定于2023年10月17日在北京签署。", published="2024-07-01")
    assert ({p.id for p in signed.actors}, signed.status, signed.items) == (
        {"country/CHN", "country/SRB"}, "occurred", ("中塞自由贸易协定",))
    [signed] = huiwu.extract("该条约由时任国家主席江泽民和俄罗斯总统普京于2001年7月16日在莫斯科签署。", published="2021-06-29")
    assert ({p.name for p in signed.actors}, signed.date.start) == ({"江泽民", "普京"}, "2001-07-16")


def test_a_joint_statement_issued_with_the_verb_last():
    [statement] = huiwu.extract("新华社巴黎5月6日电 中法关于中东局势的联合声明6日在巴黎发表。", published="2024-05-07")
    assert ({p.id for p in statement.actors}, statement.items) == ({"country/CHN", "country/FRA"}, ("中法关于中东局势的联合声明",))
    assert huiwu.extract("王毅在会上发表。", published="2024-05-07") == []


def test_negotiations_concluded_are_agreed_and_visas_stopped_or_revoked_are_measures():
    [concluded] = huiwu.extract("中国和东盟宣布全面完成中国－东盟自贸区3.0版升级谈判。", published="2025-10-28")
    assert (concluded.type, {p.id for p in concluded.actors}) == ("agree", {"country/CHN", "org/asean"})
    assert huiwu.extract("双方争取年内完成谈判。", published="2025-10-28") == []
    told = "美国暂停签发中国官员的访问、商务、旅游、就医、过境以及一般私人事务签证。"
    [stopped] = huiwu.extract(told, published="2025-10-28")
    assert (stopped.type, [p.id for p in stopped.recipients]) == ("sanction", ["country/CHN"])
    [revoked] = huiwu.extract("美国国务院宣布撤销部分中国官员的签证。", published="2025-10-28")
    assert revoked.type == "sanction"


def test_a_television_host_chairs_nothing():
    assert huiwu.extract("澳大利亚总理阿尔巴尼斯11日宣布，澳籍主持人成蕾已获释。", published="2023-10-11") == []


def test_never_taking_part_in_or_agreeing_to_an_arrangement_negates_it():
    [denied] = huiwu.extract("中方从未参与或同意任何此类安排。", published="2024-07-27")
    assert (denied.type, denied.status) == ("agree", "negated")


def test_travel_of_no_office_is_no_visit():
    assert huiwu.extract("美国国务院发布前往中国大陆的旅行警告。", published="2025-03-01") == []
    assert huiwu.extract("双方同意恢复印度香客赴中国西藏神山圣湖朝圣。", published="2025-01-28") == []
    told = "新华社雅典10月10日电 正在希腊访问的文化和旅游部部长胡和平9日在雅典与希腊文化部长门多尼举行会谈。"
    assert "visit" in {e.type for e in huiwu.extract(told, published="2023-10-10")}


def test_a_trio_of_one_character_names_the_country_of_the_report():
    told = "乌兹别克斯坦总统表示，中吉乌三国将加强合作。中吉乌三国外长举行会晤。"
    [meeting] = find(huiwu.extract(told, published="2024-06-07"), "meet")
    assert "country/UZB" in {p.id for p in (*meeting.actors, *meeting.recipients)}


def test_a_visit_under_way_welcomed_by_the_host_is_no_visit_to_come():
    told = "新华社堪培拉6月17日电 李强15日抵达阿德莱德，开始对澳大利亚进行正式访问。阿尔巴尼斯17日表示，澳方欢迎李强总理访澳。"
    assert [e.status for e in find(huiwu.extract(told, published="2024-06-17"), "visit")] == ["occurred"]
    told = "李强访问澳大利亚。阿尔巴尼斯欢迎李强明年再次访澳。"
    assert "planned" in [e.status for e in find(huiwu.extract(told, published="2024-06-17"), "visit")]


def test_the_one_named_with_his_title_before_daibiao_attends():
    told = "新华社里约热内卢7月6日电 习近平主席此次未出席会晤，由李强总理代表出席。"
    attendances = find(huiwu.extract(told, published="2025-07-07"), "attend")
    assert {(e.actors[0].name, e.status) for e in attendances} == {("习近平", "negated"), ("李强", "occurred")}


def test_what_a_statement_welcomes_or_recalls_keeps_its_own_day_and_the_next_clause_its_parties():
    told = ("新华社惠灵顿6月13日电 国务院总理李强13日在惠灵顿同新西兰总理拉克森举行会谈，双方发表联合声明。"
            "双方积极评价2014年11月习近平主席的国事访问，同意2025年在中国举行下一次总理年度会晤。")
    agreed = find(huiwu.extract(told, published="2024-06-14"), "agree")
    assert [(a.date.start, {p.name for p in a.actors}) for a in agreed] == [("2024-06-13", {"李强", "拉克森"})]
    assert "2025年在中国举行下一次总理年度会晤" in agreed[0].items
    told = ("新华社北京12月5日电 外交部边海事务司司长洪亮5日在北京与印度外交部东亚司司长格达姆举行磋商。"
            "双方回顾了今年10月两国领导人会晤的共识，同意保持外交和军事渠道沟通。")
    [agreed] = find(huiwu.extract(told, published="2024-12-05"), "agree")
    assert agreed.date.start == "2024-12-05"


def test_a_mechanism_of_the_two_states_agreed_on_is_theirs_not_of_the_heads_who_agreed():
    told = ("新华社北京4月6日电 国家主席习近平6日在北京同法国总统马克龙举行会谈，双方发表联合声明。"
            "双方同意年内在法国举行新一轮中法战略对话。")
    [planned] = [e for e in huiwu.extract(told, published="2023-04-06") if e.status == "planned"]
    assert (planned.type, [p.id for p in planned.actors], [p.id for p in planned.recipients]) == (
        "talks", ["country/CHN"], ["country/FRA"])
    told = "应外交部长王毅邀请，乌克兰外长库列巴于7月23日至26日访华。两国外长将就中乌关系深入交换意见。"
    [talks] = find(huiwu.extract(told, published="2024-07-24"), "talks")
    assert {p.name for p in (*talks.actors, *talks.recipients)} == {"库列巴", "王毅"}


@pytest.mark.parametrize("heading", ["相关推荐", "【编辑推荐】", "大家都在看", "往期回顾", "热门跟贴", "全部评论（218）"])
def test_a_page_s_lists_of_other_stories_and_its_comments_are_not_the_report(heading):
    page = (f"新华社北京4月26日电 国家主席习近平26日在北京会见美国国务卿布林肯。\n{heading}\n"
            "4月2日晚，国家主席习近平应约同美国总统拜登通电话。\n")
    assert [e.type for e in huiwu.extract(page, published="2024-04-26")] == ["meet"]


def test_a_link_inside_the_report_is_one_line_and_a_reader_s_comment_is_none():
    page = ("新华社北京7月8日电 国务院副总理何立峰8日在北京同美国财政部长耶伦举行会谈。\n"
            "相关新闻：李强会见美国财政部长耶伦\n此前一天，国务院总理李强在人民大会堂会见了耶伦。\n"
            "网友[上海市]：中方就该强烈抗议到底！\n")
    assert [e.type for e in huiwu.extract(page, published="2023-07-09")] == ["talks", "meet"]


@pytest.mark.parametrize("judged", ["白宫发言人9日表示，这一报道不实。", "白宫称该报道纯属捏造。", "白宫称报道“完全是谎言”。"])
def test_a_report_named_by_its_outlet_and_judged_false_in_the_next_sentence_is_denied(judged):
    [visit] = huiwu.extract("《华尔街日报》8日报道，美国总统拜登将于下月访华。" + judged, published="2024-11-09")
    assert (visit.type, visit.status) == ("visit", "negated")


def test_each_country_listed_before_a_shared_title_attends_and_an_acting_minister_keeps_his_country():
    told = "上合组织成员国外长理事会会议15日在天津举行，王毅主持会议，哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、乌兹别克斯坦外长出席。"
    attended = find(huiwu.extract(told, published="2025-07-15"), "attend")
    countries = {p.country for e in attended for p in e.actors}
    assert countries >= {"KAZ", "KGZ", "TJK", "UZB"}
    told = "中国—中亚外长第五次会晤1日在成都举行。王毅主持会晤，吉尔吉斯斯坦外长库鲁巴耶夫、乌兹别克斯坦代外长赛义多夫出席。"
    attended = find(huiwu.extract(told, published="2024-12-02"), "attend")
    assert {(p.name, p.country) for e in attended for p in e.actors} >= {("库卢巴耶夫", "KGZ"), ("赛义多夫", "UZB")}


@pytest.mark.parametrize(("told", "name"), [
    ("上合组织成员国外长理事会会议15日在天津举行，王毅主持会议。", "上合组织成员国外长理事会会议"),
    ("上海合作组织成员国国防部长会议将于25日在青岛举行，董军将出席会议。", "上海合作组织成员国国防部长会议"),
    ("中日韩外长会11日在首尔举行，王毅出席开幕式。", "中日韩外长会开幕式"),
])
def test_the_meeting_held_is_named_once_without_its_will(told, name):
    [attended] = huiwu.extract(told, published="2025-06-11")
    assert attended.items == (name,)


@pytest.mark.parametrize(("told", "sides"), [
    ("浙江日报讯 2日，宁波市与匈牙利塞格德市正式结为友好城市。", {("宁波市", "CHN"), ("塞格德市", "HUN")}),
    ("王浩说，浙江与德国石荷州1986年缔结友好省州关系。", {("浙江", "CHN"), ("石荷州", "DEU")}),
    ("北京与东京于1979年3月结为友好城市。", {("北京", "CHN"), ("东京", "JPN")}),
])
def test_provinces_and_cities_twinned_agree_as_themselves(told, sides):
    [twinned] = huiwu.extract(told, published="2024-07-04")
    assert twinned.type == "agree" and {(p.name, p.country) for p in twinned.actors} == sides


def test_a_twinning_s_anniversary_is_none_and_two_who_sign_for_their_sides_agree():
    assert huiwu.extract("今年是两市结好40周年。", published="2024-07-04") == []
    [signed] = huiwu.extract("副省长顾刚与马来西亚沙巴州副首席部长沙赫尔米代表双方签约。", published="2024-06-04")
    assert {p.name for p in signed.actors} == {"顾刚", "沙赫尔米"}


@pytest.mark.parametrize("expo", ["第20届中国—东盟博览会", "第七届进博会", "第二届链博会", "第十五届广交会"])
def test_an_expo_s_name_ending_in_hui_before_zai_is_no_will(expo):
    [opened] = huiwu.extract(f"新华社9月17日电 17日上午，{expo}在南宁开幕，国务院总理李强出席开幕式。", published="2023-09-17")
    assert (opened.type, opened.status) == ("attend", "occurred")


@pytest.mark.parametrize(("guests", "named"), [
    ("新西兰总理希普金斯、越南总理范明政，以及来自90多个国家和地区的约1500名代表出席开幕式。", {"希普金斯", "范明政"}),
    ("新西兰总理希普金斯、越南总理范明政等外方领导人，以及世界贸易组织总干事伊维拉出席开幕式。", {"希普金斯", "范明政", "伊维拉"}),
    ("新西兰总理希普金斯、越南总理范明政，世界贸易组织总干事伊维拉等出席开幕式。", {"希普金斯", "范明政", "伊维拉"}),
    ("美国总统拜登、俄罗斯外长拉夫罗夫等出席开幕式，世界贸易组织总干事伊维拉未出席。", {"拜登", "拉夫罗夫"}),
    ("论坛共同主席国、新西兰总理希普金斯，世界贸易组织总干事伊维拉等出席开幕式。", {"希普金斯", "伊维拉"}),
])
def test_guests_listed_across_commas_all_attend(guests, named):
    told = "新华社天津6月27日电 国务院总理李强27日在天津出席夏季达沃斯论坛开幕式并致辞。" + guests
    attended = [e for e in huiwu.extract(told, published="2023-06-27") if e.status == "occurred"]
    assert {p.name for e in attended for p in e.actors} - {"李强"} == named


@pytest.mark.parametrize("report", ["路透社报道习近平将于下周访俄。", "彭博社援引知情人士报道称习近平将于下周访俄。"])
def test_an_outlet_reporting_with_no_comma_after_it_is_no_traveller(report):
    [visit] = huiwu.extract(report, published="2023-03-17")
    assert [p.name for p in visit.actors] == ["习近平"]


def test_those_who_speak_in_turn_at_the_meeting_told_attend_it():
    told = "中非合作论坛峰会开幕式5日在北京举行。塞内加尔总统法耶、联合国秘书长古特雷斯等先后致辞。"
    [spoke] = huiwu.extract(told, published="2024-09-06")
    assert ({p.name for p in spoke.actors}, spoke.items) == ({"法耶", "古特雷斯"}, ("中非合作论坛峰会开幕式",))
    [spoke] = huiwu.extract("總統賴清德10日出席國慶大會並致詞。", published="2024-10-10")
    assert spoke.type == "attend"


def test_peace_talks_are_talks_and_their_process_is_none():
    [talks] = huiwu.extract("俄罗斯与乌克兰代表团16日在伊斯坦布尔举行和谈。", published="2025-05-16")
    assert (talks.type, talks.date.start) == ("talks", "2025-05-16")
    assert huiwu.extract("双方同意重启和谈进程。", published="2025-05-16") == []


def test_a_stop_named_in_passing_after_a_speaker_is_no_visit_of_the_speaker():
    told = ("外交部发言人华春莹7日宣布，国务院总理李强将于6月13日至20日对新西兰、澳大利亚、马来西亚进行正式访问。"
            "毛宁说，访澳期间，李强将同阿尔巴尼斯总理举行年度会晤。")
    events = huiwu.extract(told, published="2024-06-07")
    assert [(e.type, e.date.start, e.location.country if e.location else None) for e in events] == [
        ("visit", "2024-06-13", "MYS"), ("meet", "2024-06-13", "AUS")]


def test_an_itinerary_made_known_is_a_visit_to_come_and_an_announcer_is_no_traveller():
    [visit] = huiwu.extract("美国国务院此前已于14日宣布了布林肯的访华行程。", published="2023-06-16")
    assert visit.status == "planned"
    [visit] = huiwu.extract("白宫宣布拜登总统结束访华行程。", published="2023-06-16")
    assert ([p.name for p in visit.actors], visit.status) == (["拜登"], "occurred")
    [visit] = huiwu.extract("白宫宣布拜登将访问中国。", published="2023-06-16")
    assert [p.name for p in visit.actors] == ["拜登"]


def test_a_meeting_named_by_the_consensus_reached_at_it_is_no_meeting_told():
    told = "双方同意落实拜登总统同习近平主席在巴厘岛会晤中达成的共识。"
    assert not find(huiwu.extract(told, published="2023-06-19"), "meet")


def test_bao_dao_written_as_taipei_and_hong_kong_write_it_reports():
    told = "苏林将于18日至20日访问中国。路透社12日曾報導，苏林计划前往北京访问。"
    [visit] = huiwu.extract(told, published="2024-08-15")
    assert (visit.date.start, visit.date.end) == ("2024-08-18", "2024-08-20")


def test_a_local_official_titled_alone_in_the_mainland_press_is_chinese_and_leading_a_team_ends_a_name():
    [met] = huiwu.extract("厦门日报讯 8日，市长伍斌会见了菲律宾宿务市市长加西亚一行。", published="2024-11-09")
    assert [(p.name, p.country) for p in met.actors] == [("伍斌", "CHN")]
    told = "3月5日，省外办主任刘明带队赴上海，拜会了泰国驻沪总领事。"
    events = huiwu.extract(told, published="2024-03-06")
    assert not find(events, "visit") and [p.name for p in find(events, "meet")[0].actors] == ["刘明"]
    told = "李家超今日会见到访的伦敦金融城市长马杰明。马杰明明日将前往北京及上海。"
    assert find(huiwu.extract(told, published="2024-04-10"), "visit")


@pytest.mark.parametrize("kind", ["第二轮", "间接", "第六轮间接"])
def test_talks_of_a_round_or_a_kind_between_the_sides_and_the_cue(kind):
    [talks] = huiwu.extract(f"伊朗与美国{kind}谈判19日在罗马举行。", published="2025-04-20")
    assert ([p.id for p in talks.actors], [p.id for p in talks.recipients]) == (["country/IRN"], ["country/USA"])


def test_talks_that_will_not_be_held_are_negated():
    told = "阿曼外交大臣巴德尔14日说，原定于15日在马斯喀特举行的伊朗与美国第六轮间接谈判将不会举行。"
    [talks] = huiwu.extract(told, published="2025-06-14")
    assert (talks.status, talks.date.start) == ("negated", "2025-06-15")


def test_going_on_to_a_country_after_ending_a_stay_elsewhere_goes_there():
    [visit] = huiwu.extract("王毅结束在多哥的访问后将前往科特迪瓦进行访问。", published="2024-01-13")
    assert [p.id for p in visit.recipients] == ["country/CIV"]


def test_a_group_attending_or_welcomed_to_attend_hands_no_attendance_to_anyone():
    told = "国家主席习近平28日上午在人民大会堂集体会见国际工商界代表，约40名来华出席中国发展高层论坛年会的跨国企业负责人参加。"
    assert [e.type for e in huiwu.extract(told, published="2025-03-29")] == ["meet"]
    assert huiwu.extract("外交部发言人毛宁21日表示，中方欢迎各国工商界人士参加中国发展高层论坛。", published="2025-03-21") == []


def test_a_name_after_a_bare_title_ends_the_chain_before_the_other_side():
    told = "成都日报讯 14日，市长王凤朝与帕尔马市市长圭拉分别代表两市签署友好城市关系协议书。"
    [signed] = huiwu.extract(told, published="2023-09-14")
    assert [p.name for p in signed.actors] == ["王凤朝", "圭拉"]


def test_a_foreign_region_twinned_keeps_the_country_it_was_named_with_and_a_signing_ceremony_s_name_is_no_twinning():
    told = "应德国巴登－符腾堡州州长克奇曼邀请，信长星将访问德国。江苏与巴登－符腾堡州于1984年缔结友好省州关系。"
    [twinned] = find(huiwu.extract(told, published="2024-05-10"), "agree")
    assert [p.country for p in twinned.actors] == ["CHN", "DEU"]
    told = ("江西日报讯 6月27日，江西省与俄罗斯伊尔库茨克州建立友好省州关系签约仪式以视频连线方式举行。"
            "省长叶建春与伊尔库茨克州州长科布泽夫代表双方签署协议。")
    [signed] = find(huiwu.extract(told, published="2023-06-28"), "agree")
    assert [p.name for p in signed.actors] == ["叶建春", "科布泽夫"]


def test_four_sides_written_one_character_each_and_their_post_are_its_holders():
    [met] = huiwu.extract("会议期间，中老缅泰四国外长还举行了非正式会晤。", published="2025-08-15")
    assert {p.country for p in (*met.actors, *met.recipients)} == {"CHN", "LAO", "MMR", "THA"}
    assert all(p.kind == "person" for p in (*met.actors, *met.recipients))


def test_the_one_named_after_rather_than_does_not_act():
    [attended] = huiwu.extract("李强总理而不是习近平主席将出席峰会。", published="2024-11-15")
    assert [p.name for p in attended.actors] == ["李强"]


def test_a_stop_after_which_one_will_go_on_is_to_come_too():
    events = huiwu.extract("韩国总统府一名高级官员14日说，普京访朝后将前往越南。", published="2024-06-14")
    assert [(e.status, e.recipients[0].id) for e in events] == [("planned", "country/PRK"), ("planned", "country/VNM")]


def test_the_zheng_ending_a_name_before_zai_tells_nothing_under_way():
    told = "民国169年十月三十号福田赳夫正式到任。次日日本韓正在內華達州公布出席开幕式。"
    attended = find(huiwu.extract(told, published="1996-11-13"), "attend")
    assert [(e.status, e.date.start) for e in attended] == [("planned", "2080-10-31")]


def test_what_others_did_told_again_by_one_who_speaks_is_the_event_told():
    told = ("瑙鲁政府15日宣布与台湾当局断绝所谓外交关系。中瑙两国24日在北京签署联合公报，恢复外交关系。"
            "王毅表示，瑙鲁政府决定同台湾当局断交，重回一个中国原则的正确轨道。")
    [broken] = find(huiwu.extract(told, published="2024-01-24"), "sanction")
    assert broken.date.start == "2024-01-15"


def test_the_heads_of_a_summit_told_as_a_group_are_all_who_attended():
    told = ("第二届中国—中亚峰会17日在阿斯塔纳举行。托卡耶夫主持峰会，习近平、扎帕罗夫、拉赫蒙、谢尔达尔·别尔德穆哈梅多夫、"
            "米尔济约耶夫出席并发表讲话。元首们商定，第三届中国—中亚峰会将于2027年在中国举行。")
    [agreed] = find(huiwu.extract(told, published="2025-06-18"), "agree")
    assert len(agreed.actors) == 6


def test_a_special_address_at_a_meeting_is_attending_it():
    [attended] = huiwu.extract("丁薛祥21日在世界经济论坛2025年年会上发表特别致辞。", published="2025-01-22")
    assert (attended.type, attended.items) == ("attend", ("世界经济论坛2025年年会",))


def test_talks_once_planned_and_now_called_off_in_the_next_clause_are_negated():
    [talks] = huiwu.extract("伊朗与美国的谈判原定15日在马斯喀特举行，现已取消。", published="2025-06-14")
    assert (talks.status, talks.date.start) == ("negated", "2025-06-15")


def test_a_meeting_proposed_is_to_come_and_one_held_at_a_proposal_is_held():
    [proposed] = huiwu.extract("乌梅罗夫提议泽连斯基与普京在8月底前会晤。", published="2025-07-20")
    assert (proposed.status, proposed.date.start[:7]) == ("planned", "2025-08")
    [called] = huiwu.extract("应美方建议，王毅同布林肯通电话。", published="2025-07-20")
    assert called.status == "occurred"
