"""Every export format, parsed back with its own reader and checked for content."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from huiwu.errors import UsageError
from huiwu.export import GDELT_COLUMNS, GEXF_NAMESPACE, export
from huiwu.model import Article, DateValue, Event, Extraction, Location, Participant, Source, Span
from huiwu.store import Store

XI = Participant("person/xi-jinping", "习近平", "person", "Xi Jinping", "CHN", titles=("国家主席",))
BIDEN = Participant("person/joe-biden", "拜登", "person", "Joe Biden", "USA", titles=("美国总统",))
LI = Participant("person/li-qiang", "李强", "person", "Li Qiang", "CHN", titles=("国务院总理",))
AUSTRALIA = Participant("country/AUS", "澳大利亚", "country", "Australia", "AUS")
SF = Location("旧金山", "San Francisco", "USA", None, "place/san-francisco")
WOODSIDE = Location("伍德赛德", "Woodside", "USA", None, "place/woodside")
CONSULT = {"type": "CONSULT", "mode": None, "context": ["diplomatic"]}

DOCUMENTS = [
    ("doc_a", "国家主席习近平15日在伍德赛德会见美国总统拜登。", "http://news.cn/a", "新华社",
     [("meet", [XI], [BIDEN], DateValue("2023-11-15", None, "day"), WOODSIDE, CONSULT, "040")]),
    ("doc_b", "習近平15日在三藩市會見拜登。", None, "明報",
     [("meet", [XI], [BIDEN], DateValue("2023-11-15", None, "day"), SF, CONSULT, "040")]),
    ("doc_c", "习近平与拜登今年4月通电话。", "http://example.org/c", None,
     [("call", [XI], [BIDEN], DateValue("2024-04", None, "month"), None,
       {"type": "CONSULT", "mode": "phone", "context": ["diplomatic"]}, "041")]),
    ("doc_d", "国务院总理李强6月15日至18日对澳大利亚进行正式访问。", None, None,
     [("visit", [LI], [AUSTRALIA], DateValue("2024-06-15", "2024-06-18", "day"), None,
       {"type": "CONSULT", "mode": "visit", "context": ["diplomatic"]}, "042")]),
    ("doc_e", "李强出任国务院总理。", None, None,
     [("appoint", [LI], [], DateValue(None), None, {"type": None, "mode": None, "context": ["executive"]}, None)]),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "huiwu.db"
    with Store(path) as opened:
        for doc, text, url, outlet, specs in DOCUMENTS:
            events = [Event(type=kind, status="occurred", actors=tuple(actors), recipients=tuple(recipients),
                            date=when, location=place, sources=(Source(doc, Span(0, len(text)), url=url,
                                                                       outlet=outlet),),
                            plover=plover, cameo=cameo, confidence=0.8).with_id()
                      for kind, actors, recipients, when, place, plover, cameo in specs]
            article = Article(text=text, url=url, outlet=outlet, path=f"{doc}.txt", title=f"title {doc}",
                              published=date(2024, 6, 20))
            opened.add(Extraction(doc, article, tuple(events)))
        yield opened


def test_the_corpus_under_test_has_one_merged_event(store):
    assert [(e.type, len(e.sources)) for e in store.events()] == [
        ("meet", 2), ("call", 1), ("visit", 1), ("appoint", 1)]


def test_jsonl_is_the_event_contract_plus_conflicts(store, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export(store, "jsonl", out) == 4
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Event.from_dict(r) for r in records] == store.events()
    merged = records[0]
    assert [s["doc"] for s in merged["sources"]] == ["doc_a", "doc_b"]
    assert merged["conflicts"][0]["field"] == "place"
    assert {"id", "type", "status", "actors", "recipients", "date", "location", "sources", "confidence"} <= set(merged)


def test_plover_lines_follow_the_plover_field_names(store, tmp_path):
    out = tmp_path / "plover.jsonl"
    assert export(store, "plover", out) == 3  # appoint has no PLOVER category
    records = {r["huiwu_type"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    meet = records["meet"]
    assert meet["date"] == "2023-11-15" and meet["enddate"] is None
    assert meet["event"] == ["CONSULT"] and meet["quad_code"] == 1 and meet["context"] == ["diplomatic"]
    assert meet["source"][0] == {"code": "CHN", "sector": "GOV", "actor_text": "习近平", "identifier_id": "Q15031",
                                 "identifier_text": "Xi Jinping", "office": "国家主席", "huiwu_id": "person/xi-jinping"}
    assert meet["recipient"][0]["code"] == "USA"
    assert meet["event_text"] == [DOCUMENTS[0][1], DOCUMENTS[1][1]]
    assert meet["cite_info"]["url"] == "http://news.cn/a" and meet["cite_info"]["publication"] == "新华社"
    assert meet["cite_info"]["title"] == "title doc_a" and meet["num_sources"] == 2
    assert meet["event_loc"]["cc3"] == "USA"
    assert records["call"]["mode"] == "phone" and records["call"]["date"] == "2024-04-01"
    assert records["call"]["date_precision"] == "month"
    visit = records["visit"]
    assert (visit["date"], visit["enddate"]) == ("2024-06-15", "2024-06-18")
    assert visit["recipient"][0] == {"code": "AUS", "sector": "GOV", "actor_text": "澳大利亚",
                                     "identifier_id": "country/AUS", "identifier_text": "Australia",
                                     "office": None, "huiwu_id": "country/AUS"}


def test_csv_has_gdelt_columns_and_cameo_codes(store, tmp_path):
    out = tmp_path / "events.csv"
    assert export(store, "csv", out) == 4
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == GDELT_COLUMNS
        rows = list(reader)
    meet = rows[0]
    assert (meet["SQLDATE"], meet["MonthYear"], meet["Year"]) == ("20231115", "202311", "2023")
    assert (meet["Actor1Name"], meet["Actor1CountryCode"], meet["Actor1Code"]) == ("Xi Jinping", "CHN", "CHNGOV")
    assert (meet["Actor2Name"], meet["Actor2CountryCode"]) == ("Joe Biden", "USA")
    assert (meet["EventCode"], meet["EventBaseCode"], meet["EventRootCode"], meet["QuadClass"]) == (
        "040", "040", "04", "1")
    assert (meet["NumMentions"], meet["NumSources"], meet["NumArticles"]) == ("2", "2", "2")
    assert meet["SOURCEURL"] == "http://news.cn/a" and meet["ActionGeo_CountryCode"] == "USA"
    assert (meet["type"], meet["status"], meet["date_precision"]) == ("meet", "occurred", "day")
    call = rows[1]
    assert call["date_precision"] == "month" and call["EventCode"] == "041"
    appoint = rows[3]
    assert appoint["SQLDATE"] == "" and appoint["EventCode"] == "" and appoint["Actor2Name"] == ""


def test_parquet_has_one_row_per_event_with_list_columns(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert export(store, "parquet", out) == 4
    table = pq.read_table(out)
    assert table.num_rows == 4
    data = table.to_pylist()
    assert data[0]["actor_ids"] == ["person/xi-jinping"] and data[0]["documents"] == ["doc_a", "doc_b"]
    assert data[0]["first_day"] == date(2023, 11, 15) and data[0]["countries"] == ["CHN", "USA"]
    assert json.loads(data[0]["conflicts"])[0]["field"] == "place"
    assert Event.from_dict(json.loads(data[2]["json"])).date.end == "2024-06-18"
    pyarrow = pytest.importorskip("pyarrow")
    assert pyarrow.types.is_list(table.schema.field("actors").type)
    assert table.schema.field("actors").type.value_type == pyarrow.string()


def test_gexf_is_a_dynamic_graph_gephi_reads(store, tmp_path):
    out = tmp_path / "network.gexf"
    assert export(store, "gexf", out) == 3
    root = ET.parse(out).getroot()
    ns = {"g": GEXF_NAMESPACE}
    assert root.tag == f"{{{GEXF_NAMESPACE}}}gexf" and root.get("version") == "1.3"
    graph = root.find("g:graph", ns)
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")) == (
        "dynamic", "date", "undirected")
    nodes = {n.get("id"): n for n in graph.iterfind("g:nodes/g:node", ns)}
    assert set(nodes) == {"person/xi-jinping", "person/joe-biden", "person/li-qiang", "country/AUS"}
    country = {v.get("for"): v.get("value") for v in nodes["person/joe-biden"].iterfind("g:attvalues/g:attvalue", ns)}
    assert country["country"] == "USA"
    edges = list(graph.iterfind("g:edges/g:edge", ns))
    assert all(e.get("source") in nodes and e.get("target") in nodes for e in edges)
    xi_biden = next(e for e in edges if {e.get("source"), e.get("target")} == {"person/xi-jinping", "person/joe-biden"})
    assert float(xi_biden.get("weight")) == 2.0
    spells = [(s.get("start"), s.get("end")) for s in xi_biden.iterfind("g:spells/g:spell", ns)]
    assert spells == [("2023-11-15", "2023-11-15"), ("2024-04-01", "2024-04-30")]
    visit = [(s.get("start"), s.get("end")) for s in nodes["country/AUS"].iterfind("g:spells/g:spell", ns)]
    assert visit == [("2024-06-15", "2024-06-18")]
    declared = {a.get("id") for a in graph.iterfind("g:attributes/g:attribute", ns)}
    used = {v.get("for") for v in graph.iter(f"{{{GEXF_NAMESPACE}}}attvalue")}
    assert used <= declared


def test_timelinejs_has_partial_dates_and_groups(store, tmp_path):
    out = tmp_path / "timeline.json"
    assert export(store, "timelinejs", out) == 3  # the undated appointment has no place on a timeline
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"]
    meet, call, visit = data["events"]
    assert meet["start_date"] == {"year": 2023, "month": 11, "day": 15} and "end_date" not in meet
    assert call["start_date"] == {"year": 2024, "month": 4}
    assert visit["start_date"] == {"year": 2024, "month": 6, "day": 15}
    assert visit["end_date"] == {"year": 2024, "month": 6, "day": 18}
    assert [e["group"] for e in data["events"]] == ["meet", "call", "visit"]
    assert meet["text"]["headline"] == "习近平 会见 拜登"
    assert '<a href="http://news.cn/a">title doc_a</a>' in meet["text"]["text"]


def test_filters_and_an_unknown_format(store, tmp_path):
    out = tmp_path / "calls.jsonl"
    assert export(store, "jsonl", out, type="call") == 1
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "call"
    with pytest.raises(UsageError, match="unknown export format"):
        export(store, "xlsx", tmp_path / "x.xlsx")
    with pytest.raises(UsageError, match="does not exist"):
        export(store, "jsonl", tmp_path / "missing" / "x.jsonl")


def test_one_who_acts_for_an_international_body_is_coded_as_one(tmp_path):
    guterres = Participant("person/antonio-guterres", "古特雷斯", "person", "António Guterres", "UNO",
                           titles=("联合国秘书长",))
    text = "李强在纽约会见联合国秘书长古特雷斯。"
    event = Event(type="meet", status="occurred", actors=(LI,), recipients=(guterres,),
                  date=DateValue("2024-09-24", None, "day"), sources=(Source("doc_un", Span(0, len(text))),),
                  plover=CONSULT, cameo="040", confidence=0.8).with_id()
    with Store(tmp_path / "huiwu.db") as opened:
        opened.add(Extraction("doc_un", Article(text=text, path="doc_un.txt", published=date(2024, 9, 25)), (event,)))
        export(opened, "plover", tmp_path / "p.jsonl")
        export(opened, "csv", tmp_path / "e.csv")
    [record] = map(json.loads, (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines())
    assert record["recipient"][0]["code"] == "IGO" and record["source"][0]["code"] == "CHN"
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as handle:
        [row] = csv.DictReader(handle)
    assert (row["Actor2Code"], row["Actor2CountryCode"], row["Actor1CountryCode"]) == ("IGOUNO", "", "CHN")
