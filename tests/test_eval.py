from huiwu.evaluate import GoldEvent, matches, score
from huiwu.model import DateValue, Event, Participant, Source, Span


def event(kind, names, start, end=None, precision="day"):
    people = tuple(Participant(f"person/{n}", n, "person") for n in names)
    return Event(type=kind, status="occurred", actors=people[:1], recipients=people[1:],
                 date=DateValue(start, end, precision), sources=(Source("d", Span(0, 1)),))


def gold(kind, actors, recipients, start, end=None, precision="day", core=True):
    return GoldEvent("d", kind, tuple(actors), tuple(recipients), start, end, precision, "occurred", core, "g:1")


def test_meet_and_talks_are_one_family_and_dates_overlap_at_gold_precision():
    assert matches(gold("talks", ["何立峰"], ["耶伦"], "2023-11-08", "2023-11-12"),
                   event("meet", ["何立峰", "耶伦"], "2023-11-10"))
    assert matches(gold("visit", ["耶伦"], [], "2023-07", None, "month"), event("visit", ["耶伦"], "2023-07-06"))
    assert not matches(gold("visit", ["耶伦"], [], "2023-08", None, "month"), event("visit", ["耶伦"], "2023-07-06"))
    assert not matches(gold("meet", ["何立峰"], ["耶伦"], "2023-11-08"), event("meet", ["何立峰"], "2023-11-08"))
    assert not matches(gold("call", ["何立峰"], [], "2023-11-08"), event("meet", ["何立峰"], "2023-11-08"))


def test_each_gold_event_matches_one_output_at_most(lexicon):
    golds = {"d": [gold("meet", ["A"], ["B"], "2023-01-01"), gold("meet", ["A"], ["B"], "2023-01-01", core=False)]}
    outputs = {"d": [event("meet", ["A", "B"], "2023-01-01")]}
    report = score(golds, outputs, lexicon)
    overall = report.overall
    assert (overall.gold, overall.output, overall.matched_gold) == (2, 1, 1)
    assert overall.precision == 1.0 and overall.recall == 0.5 and overall.core_recall == 1.0


def test_countries_in_gold_do_not_need_to_match_a_person(lexicon):
    g = gold("concern", ["中国"], ["美国"], "2023-11-08")
    report = score({"d": [g]}, {"d": [event("concern", ["X"], "2023-11-08")]}, lexicon)
    assert report.overall.matched_gold == 1


def test_a_loose_gold_event_does_not_take_the_output_a_stricter_one_needs(lexicon):
    loose = GoldEvent("d", "call", ("中国",), (), None, None, "unknown", "planned", False, "g:1")
    strict = gold("call", ["拜登"], ["习近平"], "2024-04-02", core=False)
    outputs = {"d": [event("call", ["拜登", "习近平"], "2024-04-02")]}
    report = score({"d": [loose, strict]}, outputs, lexicon)
    assert report.overall.matched_gold == 1
    assert report.missed == [loose]
