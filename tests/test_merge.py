"""The merge rule on hand-made events: what joins, what stays apart, how fields reconcile."""

from __future__ import annotations

import json
from datetime import date

from huiwu import merge
from huiwu.model import DateValue, Event, Location, Participant, Source, Span

XI = Participant("person/xi-jinping", "习近平", "person", "Xi Jinping", "CHN")
BIDEN = Participant("person/joe-biden", "拜登", "person", "Joe Biden", "USA")
BLINKEN = Participant("person/antony-blinken", "布林肯", "person", "Antony Blinken", "USA")
WANG = Participant("person/wang-yi", "王毅", "person", "Wang Yi", "CHN")
HE = Participant("person/he-lifeng", "何立峰", "person", "He Lifeng", "CHN")
YELLEN = Participant("person/janet-yellen", "耶伦", "person", "Janet Yellen", "USA")
CHINA = Participant("country/CHN", "中国", "country", "China", "CHN")
USA = Participant("country/USA", "美国", "country", "United States", "USA")
SF = Location("旧金山", "San Francisco", "USA", None, "place/san-francisco")
WOODSIDE = Location("伍德赛德", "Woodside", "USA", None, "place/woodside")
BEIJING = Location("北京", "Beijing", "CHN", None, "place/beijing")
US_COUNTRY = Location("美国", "United States", "USA", None, "country/USA")


def day(value: str, *, approximate: bool = False) -> DateValue:
    return DateValue(value, None, "day", approximate=approximate)


def make(doc: str, kind: str, actors, recipients, when: DateValue, place: Location | None = None, *,
         status: str = "occurred", outlet: str | None = None, confidence: float = 0.8, items=()) -> Event:
    source = Source(doc=doc, sentence=Span(0, 10), outlet=outlet)
    return Event(type=kind, status=status, actors=tuple(actors), recipients=tuple(recipients), date=when,
                 sources=(source,), location=place, confidence=confidence, items=tuple(items)).with_id()


def cluster_all(events: list[Event]) -> list[tuple[str, list[Event]]]:
    """What the store does, without a database: events in order, each joining the best cluster."""
    clusters: list[tuple[str, list[Event]]] = []
    for event in events:
        views = [_view(ident, members, number) for number, (ident, members) in enumerate(clusters)]
        match = merge.choose(event, views)
        if match is None:
            clusters.append((merge.cluster_id(event.id), [event]))
        else:
            next(members for ident, members in clusters if ident == match.cluster).append(event)
    return clusters


def _view(ident: str, members: list[Event], number: int) -> merge.ClusterView:
    result = merge.reconcile(ident, members)
    return merge.ClusterView(ident, result.event, result.keyset,
                             frozenset(s.doc for m in members for s in m.sources), number, result.span)


def test_one_meeting_in_three_scripts_and_a_title_becomes_one_cluster_with_three_sources():
    simplified = make("doc_xinhua", "meet", [HE], [YELLEN], day("2023-11-09"), SF, outlet="新华社")
    traditional = make("doc_hk", "meet", [HE], [YELLEN], day("2023-11-09"), SF, outlet="明報")
    by_title = make("doc_title", "talks", [YELLEN], [HE], day("2023-11-09"), None, outlet="联合早报")
    clusters = cluster_all([simplified, traditional, by_title])
    assert len(clusters) == 1
    ident, members = clusters[0]
    merged = merge.reconcile(ident, members).event
    assert [s.doc for s in merged.sources] == ["doc_xinhua", "doc_hk", "doc_title"]
    assert merged.id == merge.cluster_id(simplified.id)
    assert merged.type == "meet" and merged.location == SF
    assert [p.id for p in merged.actors] == ["person/he-lifeng"]
    assert [p.id for p in merged.recipients] == ["person/janet-yellen"]


def test_xi_meeting_blinken_and_wang_yi_talks_with_blinken_the_same_day_are_two_events():
    xi = make("doc_a", "meet", [XI], [BLINKEN], day("2023-06-19"), BEIJING)
    wang = make("doc_a2", "talks", [WANG], [BLINKEN], day("2023-06-19"), BEIJING)
    xi_again = make("doc_b", "meet", [XI], [BLINKEN], day("2023-06-19"), BEIJING)
    wang_again = make("doc_c", "talks", [WANG], [BLINKEN], day("2023-06-19"), None)
    clusters = cluster_all([xi, wang, xi_again, wang_again])
    assert [[m.sources[0].doc for m in members] for _, members in clusters] == [
        ["doc_a", "doc_b"], ["doc_a2", "doc_c"]]


def test_two_different_meetings_on_the_same_day_stay_apart():
    first = make("doc_a", "meet", [XI], [BIDEN], day("2023-11-15"), SF)
    second = make("doc_b", "meet", [XI], [YELLEN], day("2023-11-15"), SF)
    assert len(cluster_all([first, second])) == 2


def test_a_day_upgrades_a_month_and_a_later_day_does_not_join():
    vague = make("doc_a", "call", [XI], [BIDEN], DateValue("2023-11", None, "month"))
    exact = make("doc_b", "call", [XI], [BIDEN], day("2023-11-15"))
    other = make("doc_c", "call", [XI], [BIDEN], day("2023-11-20"))
    clusters = cluster_all([vague, exact, other])
    assert [len(members) for _, members in clusters] == [2, 1]
    merged = merge.reconcile(*clusters[0]).event
    assert (merged.date.start, merged.date.precision) == ("2023-11-15", "day")


def test_meet_and_talks_are_one_family_visit_and_call_are_not():
    talks = make("doc_a", "talks", [XI], [BIDEN], day("2023-11-15"))
    meet = make("doc_b", "meet", [XI], [BIDEN], day("2023-11-15"))
    call = make("doc_c", "call", [XI], [BIDEN], day("2023-11-15"))
    visit = make("doc_d", "visit", [XI], [BIDEN], day("2023-11-15"))
    assert [len(m) for _, m in cluster_all([talks, meet, call, visit])] == [2, 1, 1]


def test_a_subset_joins_only_with_two_persons_in_common():
    three = make("doc_a", "meet", [XI], [BLINKEN, WANG], day("2023-06-19"))
    two = make("doc_b", "meet", [XI], [BLINKEN], day("2023-06-19"))
    one = make("doc_c", "meet", [XI], [], day("2023-06-19"))
    assert [len(m) for _, m in cluster_all([three, two, one])] == [2, 1]


def test_countries_are_the_key_only_when_no_person_is_named():
    sides = make("doc_a", "talks", [CHINA], [USA], day("2023-11-09"))
    same_sides = make("doc_b", "talks", [USA], [CHINA], day("2023-11-09"))
    persons = make("doc_c", "talks", [HE, CHINA], [YELLEN, USA], day("2023-11-09"))
    assert merge.key_participants(persons) == {"person/he-lifeng", "person/janet-yellen"}
    assert [len(m) for _, m in cluster_all([sides, same_sides, persons])] == [2, 1]


def test_dates_that_do_not_overlap_stay_apart_and_approximate_dates_get_a_week():
    first = make("doc_a", "meet", [XI], [BIDEN], day("2023-11-15"))
    next_month = make("doc_b", "meet", [XI], [BIDEN], day("2023-12-15"))
    guessed = make("doc_c", "meet", [XI], [BIDEN], day("2023-11-17", approximate=True))
    clusters = cluster_all([first, next_month, guessed])
    assert [[m.sources[0].doc for m in members] for _, members in clusters] == [["doc_a", "doc_c"], ["doc_b"]]
    assert merge.reconcile(*clusters[0]).event.date.start == "2023-11-15"


def test_places_a_city_within_the_country_joins_another_country_does_not():
    in_city = make("doc_a", "meet", [XI], [BIDEN], day("2023-11-15"), SF)
    in_country = make("doc_b", "meet", [XI], [BIDEN], day("2023-11-15"), US_COUNTRY)
    elsewhere = make("doc_c", "meet", [XI], [BIDEN], day("2023-11-15"), BEIJING)
    clusters = cluster_all([in_city, in_country, elsewhere])
    assert [len(m) for _, m in clusters] == [2, 1]
    assert merge.reconcile(*clusters[0]).event.location == SF


def test_two_cities_of_one_country_join_only_a_strong_match_and_are_a_conflict():
    sf = make("doc_a", "meet", [XI], [BIDEN], day("2023-11-15"), SF)
    woodside = make("doc_b", "meet", [XI], [BIDEN], day("2023-11-15"), WOODSIDE)
    result = merge.reconcile(*cluster_all([sf, woodside])[0])
    assert len(result.event.sources) == 2
    assert result.conflicts[0]["field"] == "place"
    assert result.conflicts[0]["values"] == [{"value": "旧金山", "documents": ["doc_a"]},
                                             {"value": "伍德赛德", "documents": ["doc_b"]}]
    assert "conflicting-place" in result.event.flags
    loose = make("doc_c", "meet", [XI], [BIDEN], DateValue("2023-11", None, "month"), WOODSIDE)
    assert len(cluster_all([sf, loose])) == 2


def test_dates_that_disagree_inside_a_cluster_are_kept_with_their_documents():
    visit = make("doc_a", "visit", [XI], [USA], DateValue("2023-11-14", "2023-11-17", "day"))
    one_day = make("doc_b", "visit", [XI], [USA], day("2023-11-15"))
    another = make("doc_c", "visit", [XI], [USA], day("2023-11-16"))
    clusters = cluster_all([visit, one_day, another])
    assert len(clusters) == 1
    result = merge.reconcile(*clusters[0])
    assert result.event.date.start == "2023-11-15"
    assert result.conflicts[0]["field"] == "date"
    assert {v["value"] for v in result.conflicts[0]["values"]} == {"2023-11-14…2023-11-17", "2023-11-15",
                                                                    "2023-11-16"}


def test_exact_days_one_day_apart_join_a_strong_match_as_a_conflict():
    beijing_time = make("doc_a", "meet", [XI], [BIDEN], day("2023-11-16"), WOODSIDE)
    local_time = make("doc_b", "meet", [XI], [BIDEN], day("2023-11-15"), WOODSIDE)
    clusters = cluster_all([beijing_time, local_time])
    assert len(clusters) == 1
    result = merge.reconcile(*clusters[0])
    assert result.conflicts[0]["field"] == "date" and "conflicting-date" in result.event.flags
    weaker = make("doc_c", "talks", [XI], [BIDEN], day("2023-11-15"), WOODSIDE)  # not the same type
    two_days = make("doc_d", "meet", [XI], [BIDEN], day("2023-11-14"), WOODSIDE)
    assert len(cluster_all([beijing_time, weaker, two_days])) == 3


def test_a_cluster_does_not_creep_from_day_to_day_through_its_one_day_conflicts():
    # 中方对…表示不满 on the 10th, 11th, 12th: the 11th may be the 10th in another time zone, the
    # 12th is two days from the 10th and is another statement
    days = [make(f"doc_{n}", "concern", [CHINA], [USA], day(f"2024-05-{n}"), items=["加征关税"]) for n in (10, 11, 12)]
    clusters = cluster_all(days)
    assert [[m.sources[0].doc for m in members] for _, members in clusters] == [["doc_10", "doc_11"], ["doc_12"]]
    ident, members = clusters[0]
    assert merge.reconcile(ident, members).span == (date(2024, 5, 10), date(2024, 5, 10))


def test_an_unknown_date_joins_only_a_strong_and_unambiguous_match():
    dated = make("doc_a", "meet", [XI], [BIDEN], day("2023-11-15"), SF)
    undated = make("doc_b", "meet", [XI], [BIDEN], DateValue(None), SF)
    undated_talks = make("doc_c", "talks", [XI], [BIDEN], DateValue(None))
    assert [len(m) for _, m in cluster_all([dated, undated, undated_talks])] == [2, 1]
    earlier = make("doc_d", "meet", [XI], [BIDEN], day("2022-11-14"), None)
    ambiguous = make("doc_e", "meet", [XI], [BIDEN], DateValue(None))
    assert [len(m) for _, m in cluster_all([dated, earlier, ambiguous])] == [1, 1, 1]


def test_planned_joins_occurred_but_negated_stays_apart():
    planned = make("doc_a", "visit", [XI], [USA], day("2023-11-15"), status="planned")
    occurred = make("doc_b", "visit", [XI], [USA], day("2023-11-15"))
    negated = make("doc_c", "visit", [XI], [USA], day("2023-11-15"), status="negated")
    clusters = cluster_all([planned, occurred, negated])
    assert [len(m) for _, m in clusters] == [2, 1]
    assert merge.reconcile(*clusters[0]).event.status == "occurred"


def test_a_cluster_never_takes_two_events_of_one_document():
    first = make("doc_a", "meet", [XI], [BIDEN], DateValue("2023-11", None, "month"))
    second = make("doc_a", "meet", [XI], [BIDEN], day("2023-11-15"))
    assert len(cluster_all([first, second])) == 2


def test_confidence_grows_with_independent_outlets_and_stays_below_one():
    events = [make(f"doc_{n}", "meet", [XI], [BIDEN], day("2023-11-15"), outlet=outlet, confidence=0.8)
              for n, outlet in enumerate(["新华社", "新华社", "明報", "联合早报", None, None, None, None])]
    assert merge.confidence(events[:1]) == 0.8
    assert merge.confidence(events[:2]) == merge.confidence(events[:1])  # same outlet: not independent
    assert merge.confidence(events[:3]) > merge.confidence(events[:2])
    assert merge.confidence(events) < 1.0
    assert merge.confidence(events * 10) == merge.CONFIDENCE_CAP


def test_cluster_id_is_stable_and_derived_from_the_first_member():
    first = make("doc_a", "meet", [XI], [BIDEN], day("2023-11-15"))
    second = make("doc_b", "meet", [XI], [BIDEN], day("2023-11-15"))
    one = merge.reconcile(merge.cluster_id(first.id), [first, second]).event
    again = merge.reconcile(merge.cluster_id(first.id), [first, second]).event
    assert one.id == again.id == merge.cluster_id(first.id) != merge.cluster_id(second.id)
    assert one.to_dict() == again.to_dict()


def test_merged_events_keep_spans_only_in_their_sources():
    spanned = Participant("person/xi-jinping", "习近平", "person", "Xi Jinping", "CHN", mention=Span(4, 7, "习近平"))
    alone = make("doc_a", "meet", [spanned], [BIDEN], day("2023-11-15"))
    assert merge.reconcile("ev_x", [alone]).event.actors[0].mention == Span(4, 7, "习近平")
    merged = merge.reconcile("ev_x", [alone, make("doc_b", "meet", [XI], [BIDEN], day("2023-11-15"))]).event
    assert merged.actors[0].mention is None
    assert [s.sentence for s in merged.sources] == [Span(0, 10), Span(0, 10)]


def test_blocking_keys_use_family_pairs_and_months():
    event = make("doc_a", "talks", [XI, WANG], [BIDEN], DateValue("2023-11-30", "2023-12-01", "day"))
    keys = merge.blocking_keys(event)
    assert ("meet", "person/joe-biden+person/xi-jinping", "2023-11") in keys
    assert {k[2] for k in keys} == {"2023-11", "2023-12"} and len(keys) == 6
    assert merge.index_periods(DateValue("2023", None, "year")) == ["2023"]
    assert merge.index_periods(DateValue(None)) == ["?"]
    assert "2023" in merge.lookup_periods(day("2023-11-15"))
    assert "2023-07" in merge.lookup_periods(DateValue("2023", None, "year"))
    assert merge.lookup_periods(DateValue(None)) is None
    assert merge.blocking_keys(make("doc_b", "establish", [], [], day("2023-11-15"))) == []


def test_choose_prefers_the_closest_cluster():
    trio = make("doc_a", "meet", [XI], [BLINKEN, WANG], day("2023-06-19"))
    pair = make("doc_b", "talks", [WANG], [BLINKEN], day("2023-06-19"))
    clusters = cluster_all([trio, make("doc_x", "meet", [XI], [BIDEN], day("2023-06-19"))])
    views = [_view(ident, members, n) for n, (ident, members) in enumerate(clusters)]
    views.append(_view("ev_pair", [pair], 9))
    match = merge.choose(make("doc_c", "talks", [WANG], [BLINKEN], day("2023-06-19")), views)
    assert match is not None and match.cluster == "ev_pair" and match.strong
    assert match.to_dict()["common"] == ["person/antony-blinken", "person/wang-yi"]


def test_complaints_of_the_same_sides_about_different_things_stay_apart():
    from dataclasses import replace

    about_tariffs = replace(make("doc_a", "concern", [CHINA], [USA], day("2023-11-09")),
                            items=("对华加征关税",)).with_id()
    about_tariffs_again = replace(make("doc_b", "concern", [CHINA], [USA], day("2023-11-09")),
                                  items=("美方对华加征关税措施",)).with_id()
    about_taiwan = replace(make("doc_c", "concern", [CHINA], [USA], day("2023-11-09")),
                           items=("美国对台军售",)).with_id()
    no_content = make("doc_d", "concern", [CHINA], [USA], day("2023-11-09"))
    clusters = cluster_all([about_tariffs, about_tariffs_again, about_taiwan, no_content])
    assert [len(members) for _, members in clusters] == [2, 1, 1]


def test_folding_members_in_one_at_a_time_through_json_gives_the_full_reconcile():
    members = [
        make("doc_a", "visit", [XI], [USA], DateValue("2023-11-14", "2023-11-17", "day"), US_COUNTRY,
             status="planned", outlet="新华社", confidence=0.6),
        make("doc_b", "visit", [XI, BIDEN], [USA], day("2023-11-15"), SF, outlet="明報"),
        make("doc_c", "meet", [BIDEN], [XI], day("2023-11-16"), WOODSIDE),
        make("doc_d", "visit", [XI], [USA], day("2023-11-15", approximate=True), None, outlet="新华社"),
        make("doc_e", "visit", [XI], [USA], DateValue("2023-11", None, "month"), SF, confidence=0.9),
    ]
    fold = merge.Fold()
    for member in members:
        fold = merge.Fold(json.loads(json.dumps(fold.state)))  # as the store keeps it between joins
        fold.add(member)
        seen = members[:fold.size]
        full = merge.reconcile("ev_x", seen)
        incremental = fold.result("ev_x", tuple(s for m in seen for s in m.sources))
        assert incremental == full
    assert full.conflicts and full.event.status == "occurred" and full.source_count == 5
