"""The SQLite store: schema and migrations, one transaction per document, idempotent ingest,
failures, full-text search in Chinese, filters with bound parameters, views, real extraction."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from huiwu.errors import HuiwuError, StoreError, UsageError
from huiwu.model import Article, DateValue, Event, Extraction, Location, Participant, Source, Span
from huiwu.store import Store
from huiwu.store import write as store_write
from huiwu.store.schema import MIGRATIONS

XI = Participant("person/xi-jinping", "习近平", "person", "Xi Jinping", "CHN", titles=("国家主席",))
BIDEN = Participant("person/joe-biden", "拜登", "person", "Joe Biden", "USA")
BLINKEN = Participant("person/antony-blinken", "布林肯", "person", "Antony Blinken", "USA")
WANG = Participant("person/wang-yi", "王毅", "person", "Wang Yi", "CHN")
SF = Location("旧金山", "San Francisco", "USA", None, "place/san-francisco")
BEIJING = Location("北京", "Beijing", "CHN", None, "place/beijing")

XINHUA = "新华社旧金山2023年11月15日电 国家主席习近平15日在旧金山会见美国总统拜登。"
MINGPAO = "【本報訊】國家主席習近平2023年11月15日在三藩市會見美國總統拜登，雙方討論中美關係。"
BLINKEN_TEXT = "国家主席习近平2023年6月19日在北京会见美国国务卿布林肯。同日，王毅同布林肯举行会谈。"


def event(doc: str, kind: str, actors, recipients, when: str, place=None, *, start: int = 0) -> Event:
    precision = {4: "year", 7: "month"}.get(len(when), "day")
    return Event(type=kind, status="occurred", actors=tuple(actors), recipients=tuple(recipients),
                 date=DateValue(when, None, precision), location=place,
                 sources=(Source(doc, Span(start, start + 20), trigger=Span(start + 5, start + 7)),),
                 plover={"type": "CONSULT", "mode": None, "context": ["diplomatic"]}, cameo="040").with_id()


def extraction(doc: str, text: str, events=(), *, path: str | None = None, url: str | None = None,
               outlet: str | None = None, title: str | None = None) -> Extraction:
    article = Article(text=text, path=path, url=url, outlet=outlet, title=title, published=date(2023, 11, 16))
    return Extraction(doc=doc, article=article, events=tuple(events))


def xi_biden(doc: str, text: str = XINHUA, **kwargs) -> Extraction:
    return extraction(doc, text, [event(doc, "meet", [XI], [BIDEN], "2023-11-15", SF)], **kwargs)


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "huiwu.db") as opened:
        yield opened


def rows(store: Store, sql: str, params=()) -> list[tuple]:
    return [tuple(row) for row in store.connection.execute(sql, params)]


def content(store: Store) -> dict[str, list[tuple]]:
    """Every table without its timestamp columns: what must be equal after a re-run."""
    tables = {
        "documents": "SELECT number, id, text, title, published, outlet, raw_hash FROM documents",
        "document_urls": "SELECT document, address, kind FROM document_urls ORDER BY document, address",
        "mentions": "SELECT * FROM mentions ORDER BY id", "clusters": "SELECT * FROM clusters ORDER BY number",
        "cluster_sources": "SELECT * FROM cluster_sources ORDER BY cluster, position",
        "event_participants": "SELECT * FROM event_participants ORDER BY cluster, entity",
        "entities": "SELECT * FROM entities ORDER BY id", "merge_keys": "SELECT * FROM merge_keys",
        "fts": "SELECT rowid, title, text FROM documents_fts ORDER BY rowid",
    }
    return {name: rows(store, sql) for name, sql in tables.items()}


# ---- schema -------------------------------------------------------------------------------
def test_a_new_database_records_its_migrations_and_reopening_applies_none(tmp_path):
    path = tmp_path / "huiwu.db"
    Store(path).close()
    with Store(path) as again:
        assert [r[0] for r in rows(again, "SELECT name FROM migrations ORDER BY number")] == [
            name for name, _ in MIGRATIONS]
        assert rows(again, "PRAGMA journal_mode") == [("wal",)]
        assert rows(again, "PRAGMA foreign_keys") == [(1,)]
        assert rows(again, "PRAGMA busy_timeout")[0][0] > 0
        assert again.tokenizer == ("trigram" if sqlite3.sqlite_version_info >= (3, 34) else "unicode61-spaced")
        assert again.integrity() == "ok"


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "huiwu.db"
    with Store(path) as store:
        store.connection.execute("INSERT INTO migrations (number, name, applied_at) VALUES (99, '0099_future', 'x')")
    with pytest.raises(StoreError, match="newer huiwu"):
        Store(path)


def test_read_only_needs_an_existing_database_and_refuses_writes(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.db", readonly=True)
    Store(tmp_path / "huiwu.db").close()
    with Store(tmp_path / "huiwu.db", readonly=True) as reader, pytest.raises(StoreError, match="read-only"):
        reader.add(xi_biden("doc_a"))


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some text, not SQLite " * 100)
    with pytest.raises(StoreError):
        Store(path)


# ---- adding documents ---------------------------------------------------------------------
def test_add_stores_a_document_its_events_and_a_cluster(store):
    result = store.add(xi_biden("doc_a", url="http://news.cn/a", path="a.txt", outlet="新华社", title="习近平会见拜登"))
    assert (result.new, result.events, result.clusters, result.joined, result.addresses) == (True, 1, 1, 0, 2)
    stored = store.document("doc_a")
    assert stored.text == XINHUA and stored.outlet == "新华社"
    assert set(stored.addresses) == {"http://news.cn/a", "a.txt"}
    assert [e.type for e in stored.events] == ["meet"] and len(stored.clusters) == 1
    assert store.document("doc_missing") is None


def test_the_same_document_again_adds_only_its_new_address(store):
    store.add(xi_biden("doc_a", path="a.txt"))
    before = content(store)
    assert store.add(xi_biden("doc_a", path="a.txt")).addresses == 0
    assert content(store) == before
    result = store.add(xi_biden("doc_a", path="copy/a.txt"))
    assert (result.new, result.addresses, result.events) == (False, 1, 0)
    after = content(store)
    assert after["document_urls"] == [("doc_a", "a.txt", "path"), ("doc_a", "copy/a.txt", "path")]
    assert {k: v for k, v in after.items() if k != "document_urls"} == \
        {k: v for k, v in before.items() if k != "document_urls"}


def test_a_crash_inside_add_leaves_nothing_of_that_document(store, monkeypatch):
    store.add(xi_biden("doc_a"))
    before = content(store)

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(store_write, "merge_mention", crash)
    with pytest.raises(RuntimeError):
        store.add(xi_biden("doc_b", MINGPAO, path="b.txt"))
    assert content(store) == before
    monkeypatch.undo()
    assert store.add(xi_biden("doc_b", MINGPAO, path="b.txt")).joined == 1
    assert store.integrity() == "ok"


def test_an_interrupted_ingest_rerun_gives_the_same_database(tmp_path):
    items = [Article(text=t, path=f"{n}.txt", published=date(2023, 11, 16))
             for n, t in enumerate([XINHUA, MINGPAO, BLINKEN_TEXT])]
    extractions = {item.text: extraction(f"doc_{n}", item.text, _fake_events(f"doc_{n}", item.text), path=item.path)
                   for n, item in enumerate(items)}

    def interrupted(article):
        if article.text == BLINKEN_TEXT:
            raise KeyboardInterrupt
        return extractions[article.text]

    with Store(tmp_path / "one.db") as store:
        with pytest.raises(KeyboardInterrupt):
            store.ingest(items, extract=interrupted)
        assert rows(store, "SELECT count(*) FROM documents") == [(2,)]
        summary = store.ingest(items, extract=lambda a: extractions[a.text])
        assert (summary.read, summary.new, summary.known, summary.failed) == (3, 1, 2, 0)
        resumed = content(store)
    with Store(tmp_path / "two.db") as store:
        store.ingest(items, extract=lambda a: extractions[a.text])
        assert content(store) == resumed


def _fake_events(doc: str, text: str) -> list[Event]:
    if text == BLINKEN_TEXT:
        return [event(doc, "meet", [XI], [BLINKEN], "2023-06-19", BEIJING),
                event(doc, "talks", [WANG], [BLINKEN], "2023-06-19", BEIJING, start=30)]
    return [event(doc, "meet", [XI], [BIDEN], "2023-11-15", SF)]


def test_failures_are_recorded_once_with_their_reason_and_the_run_goes_on(store):
    from huiwu.model import Failure

    def extract(article):
        if "本報訊" in article.text:
            raise ValueError("the parser choked")
        return xi_biden("doc_a", article.text)

    items = [Failure("bad.txt", "read", "binary data"), Article(text=MINGPAO, path="b.txt"),
             Article(text=XINHUA, path="a.txt")]
    summary = store.ingest(items, extract=extract)
    assert (summary.read, summary.new, summary.known, summary.failed, summary.events) == (3, 1, 0, 2, 1)
    failures = store.failures()
    assert [(f.source, f.step, f.reason) for f in failures] == [
        ("bad.txt", "read", "binary data"), ("b.txt", "extract", "ValueError: the parser choked")]
    store.ingest(items, extract=extract)
    assert [f.attempts for f in store.failures()] == [2, 2]
    store.ingest([Article(text=MINGPAO, path="b.txt")], extract=lambda a: xi_biden("doc_b", a.text, path="b.txt"))
    assert [f.source for f in store.failures()] == ["bad.txt"]


def test_events_the_schema_refuses_fail_their_document_only(store):
    nameless = Participant("person/nobody", None, "person")
    broken = extraction("doc_x", "坏数据", [event("doc_x", "meet", [nameless], [BIDEN], "2023-11-15")])
    summary = store.ingest([Article(text="坏数据", path="x.txt"), Article(text=XINHUA, path="a.txt")],
                           extract=lambda a: broken if a.text == "坏数据" else xi_biden("doc_a"))
    assert (summary.new, summary.failed) == (1, 1)
    assert [(f.source, f.step) for f in store.failures()] == [("x.txt", "store")]
    assert rows(store, "SELECT count(*) FROM documents WHERE id = 'doc_x'") == [(0,)]


def test_repeated_event_ids_in_one_extraction_are_counted_not_stored_twice(store):
    one = event("doc_a", "meet", [XI], [BIDEN], "2023-11-15", SF)
    result = store.add(extraction("doc_a", XINHUA, [one, one]))
    assert (result.events, result.repeated) == (1, 1)


# ---- merging in the store -----------------------------------------------------------------
def test_reports_of_one_meeting_become_one_event_and_others_stay_apart(store):
    store.add(xi_biden("doc_a", outlet="新华社"))
    store.add(xi_biden("doc_b", MINGPAO, outlet="明報"))
    for doc, text in (("doc_c", BLINKEN_TEXT),):
        store.add(extraction(doc, text, _fake_events(doc, text)))
    found = store.events()
    assert [(e.type, len(e.sources)) for e in found] == [("meet", 1), ("talks", 1), ("meet", 2)]
    merged = found[-1]
    assert [s.doc for s in merged.sources] == ["doc_a", "doc_b"]
    assert merged.confidence > 0.5 and store.event(merged.id) == merged
    mention = rows(store, "SELECT mention FROM cluster_sources WHERE document = 'doc_b'")[0][0]
    assert store.event(mention).id == merged.id


def test_explain_names_the_key_the_participants_in_common_the_dates_and_the_score(store):
    store.add(xi_biden("doc_a"))
    store.add(extraction("doc_b", MINGPAO, [event("doc_b", "meet", [XI], [BIDEN], "2023-11", None)]))
    explanation = store.explain(store.events()[0].id)
    first, second = explanation.sources
    assert first["match"] == {"founder": True}
    match = second["match"]
    assert match["key"].startswith("meet|person/joe-biden+person/xi-jinping|")
    assert match["common"] == ["person/joe-biden", "person/xi-jinping"]
    assert "2023-11" in match["date"] and 0 < match["score"] <= 1
    assert explanation.event.date.start == "2023-11-15"
    assert store.explain("ev_nothing") is None


def test_merging_only_looks_at_clusters_sharing_a_key(store, monkeypatch):
    for n in range(30):
        other = Participant(f"person/p{n}", f"人{n}", "person", None, "FRA")
        store.add(extraction(f"doc_{n}", f"文本{n}", [event(f"doc_{n}", "meet", [XI], [other], "2023-11-15")]))
    seen: list[int] = []
    real = store_write._cluster_view
    monkeypatch.setattr(store_write, "_cluster_view", lambda c, i: seen.append(1) or real(c, i))
    store.add(xi_biden("doc_z"))
    assert seen == []  # no cluster shares the pair xi–biden
    store.add(xi_biden("doc_y", MINGPAO))
    assert len(seen) == 1



def test_a_cluster_without_a_stored_fold_is_folded_from_its_members(tmp_path):
    """Clusters written before `clusters.fold` existed join as the others do."""
    reports = [xi_biden("doc_a", outlet="新华社"), xi_biden("doc_b", MINGPAO, outlet="明報"),
               extraction("doc_c", "文本", [event("doc_c", "meet", [XI], [BIDEN], "2023-11", SF)])]
    with Store(tmp_path / "folded.db") as folded, Store(tmp_path / "unfolded.db") as unfolded:
        for report in reports:
            folded.add(report)
            unfolded.add(report)
            unfolded.connection.execute("UPDATE clusters SET fold = NULL")
        assert [e.to_dict() for e in unfolded.events()] == [e.to_dict() for e in folded.events()]
        assert rows(unfolded, "SELECT sources, conflicts FROM clusters") == [(3, 0)]

# ---- queries ------------------------------------------------------------------------------
@pytest.fixture()
def corpus(store):
    store.add(xi_biden("doc_a", url="http://news.cn/a", outlet="新华社", title="习近平会见拜登"))
    store.add(xi_biden("doc_b", MINGPAO, outlet="明報", title="習近平會見拜登"))
    store.add(extraction("doc_c", BLINKEN_TEXT, _fake_events("doc_c", BLINKEN_TEXT), title="布林肯访华"))
    return store


def test_actors_by_any_name_form_all_of_several_names(corpus):
    for name in ("习近平", "習近平", "Xi Jinping", "person/xi-jinping"):
        assert len(corpus.events(actor=name)) == 2, name
    assert [e.type for e in corpus.events(actor=["習近平", "Biden"])] == ["meet"]
    assert corpus.events(actor="拜登", type="talks") == []
    assert corpus.events(actor="no such person") == []


def test_filters_type_country_dates_status_and_paging(corpus):
    assert [e.type for e in corpus.events(type=["talks", "call"])] == ["talks"]
    assert len(corpus.events(country="usa")) == 3
    assert len(corpus.events(since="2023-11-15")) == 1
    assert len(corpus.events(until="2023-06")) == 2
    assert len(corpus.events(since="2023", until="2023-12-31")) == 3
    assert corpus.events(status="planned") == []
    assert [e.type for e in corpus.events(limit=1, offset=1)] == ["talks"]
    with pytest.raises(UsageError, match="since"):
        corpus.events(since="last week")


def test_full_text_search_finds_chinese_words_of_two_and_more_characters(corpus):
    assert corpus.search("会见") == ["doc_a", "doc_b", "doc_c"]
    assert corpus.search("三藩市") == ["doc_b"]
    assert corpus.search("會見美國總統") == ["doc_a", "doc_b"]  # traditional query, both scripts
    assert corpus.search("布林肯 会谈") == ["doc_c"]
    assert corpus.search("拜") == ["doc_a", "doc_b"]
    assert corpus.search("莫斯科") == []
    assert [len(e.sources) for e in corpus.events(text="三藩市")] == [2]
    assert [e.type for e in corpus.events(text="同日")] == ["meet", "talks"]


@pytest.mark.parametrize("tokenizer", ["trigram", "unicode61-spaced"])
def test_both_tokenizers_find_short_and_long_chinese_queries(tokenizer):
    from huiwu.store.fts import create_fts_table, has_trigram, indexed_form, search_condition

    connection = sqlite3.connect(":memory:")
    if tokenizer == "trigram" and not has_trigram(connection):
        pytest.skip("this SQLite has no trigram tokenizer")
    assert create_fts_table(connection, tokenizer=tokenizer) == tokenizer
    for number, text in enumerate([XINHUA, MINGPAO, BLINKEN_TEXT], start=1):
        connection.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                           (number, indexed_form(None, tokenizer), indexed_form(text, tokenizer)))

    def found(query: str) -> list[int]:
        sql, params = search_condition(query, tokenizer)
        return sorted(row[0] for row in connection.execute(sql, params))

    assert found("拜") == [1, 2]
    assert found("会见") == [1, 2, 3]
    assert found("三藩市") == [2]
    assert found("會見美國總統 拜登") == [1, 2]
    assert found("\" OR 1 --") == []


INJECTIONS = ["'; DROP TABLE clusters; --", "\" OR 1=1 --", "x' OR '1'='1", "%", "_", "\\", "*", "NEAR(",
              "会见\" OR \"1", ") OR (1=1", "'", "\""]


@pytest.mark.parametrize("attack", INJECTIONS)
def test_hostile_query_values_find_nothing_and_break_nothing(corpus, attack):
    assert corpus.events(actor=attack) == []
    assert corpus.events(type=attack) == []
    assert corpus.events(country=attack) == []
    assert corpus.events(status=attack) == []
    assert corpus.events(text=attack) == []
    assert corpus.search(attack) == []
    assert corpus.event(attack) is None and corpus.explain(attack) is None and corpus.document(attack) is None
    assert corpus.timeline(attack) == []
    assert len(corpus.events()) == 3 and corpus.integrity() == "ok"


def test_views_answer_the_common_joins(corpus):
    view = rows(corpus, "SELECT type, date_start, actors, recipients, place, sources FROM event_view"
                        " ORDER BY first_day, type")
    assert view == [("meet", "2023-06-19", "习近平", "布林肯", "北京", 1), ("talks", "2023-06-19", "王毅", "布林肯", "北京", 1),
                    ("meet", "2023-11-15", "习近平", "拜登", "旧金山", 2)]
    roles = rows(corpus, "SELECT role, name, country FROM participant_view WHERE name = '拜登'")
    assert roles == [("recipient", "拜登", "USA")]
    sources = rows(corpus, "SELECT document, title, outlet, url FROM source_view WHERE document = 'doc_a'")
    assert sources == [("doc_a", "习近平会见拜登", "新华社", "http://news.cn/a")]


def test_timeline_network_and_stats(corpus):
    assert [e.date.start for e in corpus.timeline("Xi Jinping")] == ["2023-06-19", "2023-11-15"]
    assert [e.type for e in corpus.timeline("美国")] == ["meet", "talks", "meet"]
    assert corpus.timeline("country/USA") == corpus.timeline("美国")  # the id, with no country entity stored
    assert corpus.timeline("nobody at all") == []
    ties = {(t.a_name, t.b_name): t for t in corpus.network()}
    assert ties[("拜登", "习近平")].counts == {"meet": 1}
    assert ties[("布林肯", "王毅")].counts == {"talks": 1} and ties[("布林肯", "王毅")].first == "2023-06-19"
    assert len(corpus.network(since="2023-07")) == 1
    stats = corpus.stats()
    assert (stats.documents, stats.events, stats.mentions) == (3, 3, 4)
    assert stats.by_type == {"meet": 2, "talks": 1} and stats.by_month == {"2023-06": 2, "2023-11": 1}


def test_data_frames_need_their_package(corpus):
    for method, package in ((corpus.to_pandas, "pandas"), (corpus.to_polars, "polars")):
        try:
            __import__(package)
        except ModuleNotFoundError:
            with pytest.raises(HuiwuError, match=f"pip install {package}"):
                method()
        else:
            assert len(method()) == 3


# ---- real extraction end to end ------------------------------------------------------------
REPORTS = {
    "xinhua.txt": "新华社旧金山2023年11月9日电 国务院副总理何立峰9日在旧金山会见美国财政部长耶伦，双方就中美经贸关系交换意见。",
    "mingpao.txt": "【本報訊】國務院副總理何立峰2023年11月9日在三藩市會見美國財政部長葉倫。",
    "zaobao.txt": "2023年11月9日，美財長在三藩市會見到訪的中國國務院副總理何立峰。",
    "albanese.txt": "新华社北京2023年10月20日电 国家主席习近平20日在人民大会堂会见澳大利亚总理阿尔巴尼斯。",
}


def test_real_reports_of_one_meeting_are_merged_and_an_unrelated_one_is_not(tmp_path):
    from huiwu.ingest import read_paths

    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Store(tmp_path / "huiwu.db") as store:
        summary = store.ingest(read_paths([str(tmp_path)]))
        assert (summary.read, summary.new, summary.failed) == (4, 4, 0)
        meetings = store.events(actor=["何立峰", "Janet Yellen"], type=["meet", "talks"])
        assert len(meetings) == 1
        reported = {doc for doc in _docs(store) if any(
            {"person/he-lifeng", "person/janet-yellen"} <= {p.id for p in (*e.actors, *e.recipients)}
            for e in store.document(doc).events)}
        assert {s.doc for s in meetings[0].sources} == reported and len(reported) >= 2
        assert meetings[0].date.start == "2023-11-09"
        assert store.events(actor="习近平", since="2023-11") == []
        assert len(store.events(actor="阿尔巴尼斯")) == 1
        again = store.ingest(read_paths([str(tmp_path)]))
        assert (again.new, again.known, again.events) == (0, 4, 0)


def _docs(store: Store) -> list[str]:
    return [r[0] for r in rows(store, "SELECT id FROM documents ORDER BY number")]
