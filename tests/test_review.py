"""Corrections in the store: recorded with author and time, applied to the merged events, and
re-applied after new reports join an event, after re-ingesting and after merging anew."""

from __future__ import annotations

import json
import sqlite3

import pytest

from huiwu.errors import UsageError
from huiwu.ingest import read_paths
from huiwu.model import Event
from huiwu.store import Store, review, write
from huiwu.store.database import transaction
from huiwu.store.schema import MIGRATIONS
from tests.test_web_api import ARTICLES, LATE_REPORT, build_db, write_articles

WHEN = "2024-01-02T03:04:05+00:00"


@pytest.fixture
def store(tmp_path):
    with Store(build_db(tmp_path)) as opened:
        yield opened


def correct(store: Store, event: str, action: str, **fields) -> review.StoredCorrection:
    with transaction(store.connection) as connection:
        return review.record(connection, review.Correction(event=event, action=action, author="ana", **fields),
                             made_at=WHEN)


def meeting(store: Store) -> dict:
    [found] = store.records(actor="布林肯")
    return found


def snapshot(store: Store) -> list[tuple]:
    """What readers see: every merged event's JSON and filter columns, in a stable order."""
    return [tuple(row) for row in store.connection.execute(
        "SELECT id, type, status, date_start, first_day, last_day, place, json FROM clusters ORDER BY id")]


def shape(store: Store) -> list[tuple]:
    """The merged events whatever their ids: sources, fields and review of each."""
    return sorted((tuple(sorted(s["doc"] for s in e["sources"])), e["type"], e["status"], e["date"]["start"],
                   (e.get("review") or {}).get("state"), len((e.get("review") or {}).get("corrections", ())))
                  for e in store.records())


def ingest(store: Store, folder) -> None:
    summary = store.ingest(read_paths([str(folder)]))
    assert summary.failed == 0


def remerge(store: Store) -> None:
    """Throw the merged events away and merge every stored report again, then re-apply."""
    connection = store.connection
    with transaction(connection):
        rows = connection.execute("SELECT m.json FROM mentions m JOIN documents d ON d.id = m.document"
                                  " ORDER BY d.number DESC, m.position").fetchall()
        for table in ("merge_keys", "event_participants", "cluster_sources", "clusters"):
            connection.execute(f"DELETE FROM {table}")
        for row in rows:
            write.merge_mention(connection, Event.from_dict(json.loads(row[0])))
        review.reapply(connection)


def test_a_correction_is_recorded_with_author_time_and_sources(store):
    event = meeting(store)
    stored = correct(store, event["id"], "confirm", note="seen the readout")
    assert (stored.author, stored.made_at, stored.note) == ("ana", WHEN, "seen the readout")
    assert len(stored.members) == 2 and stored.others == ()
    data = meeting(store)
    assert data["review"]["state"] == "confirmed"
    assert data["review"]["corrections"][0] == {**stored.to_dict(), "id": stored.number}


def test_edits_change_the_json_and_the_columns_filters_read(store):
    event = meeting(store)["id"]
    correct(store, event, "edit", field="type", value={"type": "talks", "cameo": "046", "plover": {"type": "CONSULT"}})
    correct(store, event, "edit", field="date", value={"start": "2023-06", "end": None})
    correct(store, event, "edit", field="status", value="planned")
    correct(store, event, "edit", field="location", value={"name": "钓鱼台", "country": "CHN"})
    correct(store, event, "edit", field="titles", value={"participant": "person/xi-jinping", "titles": ["主席"]})
    data = meeting(store)
    assert (data["type"], data["cameo"], data["status"]) == ("talks", "046", "planned")
    assert data["date"]["start"] == "2023-06" and data["date"]["precision"] == "month"
    assert data["location"]["name"] == "钓鱼台" and data["actors"][0]["titles"] == ["主席"]
    assert [e["id"] for e in store.records(type="talks", status="planned", since="2023-06-30")] == [event]
    edit = data["review"]["corrections"][1]
    assert edit["value"]["from"]["start"] == "2023-06-19" and edit["value"]["to"]["start"] == "2023-06"


@pytest.mark.parametrize(("action", "fields", "message"), [
    ("edit", {"field": "date", "value": {"start": "2023-02-30"}}, "YYYY"),
    ("edit", {"field": "date", "value": {"start": "2023-06-19", "end": "2023-06-01"}}, "before its start"),
    ("edit", {"field": "type", "value": "party"}, "type must be"),
    ("edit", {"field": "colour", "value": "red"}, "field must be"),
    ("edit", {"field": "titles", "value": {"participant": "person/nobody", "titles": []}}, "not a participant"),
    ("dance", {}, "action must be"),
    ("merge", {"value": None}, "no event"),
])
def test_wrong_corrections_are_refused_and_nothing_is_stored(store, action, fields, message):
    with pytest.raises(UsageError, match=message) if action != "merge" else pytest.raises(review.NotFound):
        correct(store, meeting(store)["id"], action, **fields)
    assert store.connection.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0


def test_unknown_events_and_lone_sources(store):
    with pytest.raises(review.NotFound):
        correct(store, "ev_nothing", "confirm")
    [call] = store.records(actor="拉夫罗夫")
    with pytest.raises(UsageError, match="no other source"):
        correct(store, call["id"], "split", value=call["sources"][0]["doc"])
    with pytest.raises(UsageError, match="itself"):
        correct(store, call["id"], "merge", value=call["id"])


def test_corrections_survive_reingesting_the_same_files_and_a_new_report_joining(store, tmp_path):
    event = meeting(store)["id"]
    correct(store, event, "reject")
    correct(store, event, "edit", field="date", value={"start": "2023-06-18"})
    before = meeting(store)
    ingest(store, tmp_path / "articles")
    assert meeting(store) == before
    late = write_articles(tmp_path / "late", dict([LATE_REPORT]))
    ingest(store, late)
    after = meeting(store)
    assert after["id"] == event and len(after["sources"]) == 3, "the late report joins the corrected event"
    assert after["review"]["state"] == "rejected" and after["date"]["start"] == "2023-06-18"


def test_split_and_merge_survive_new_reports_and_a_new_merge(store, tmp_path):
    event = meeting(store)
    hong_kong = event["sources"][1]["doc"]
    correct(store, event["id"], "split", value=hong_kong)
    assert sorted(len(e["sources"]) for e in store.records(actor="布林肯")) == [1, 1]
    [call] = store.records(actor="拉夫罗夫")
    [singapore] = store.records(actor="维文")
    correct(store, call["id"], "merge", value=singapore["id"])
    correct(store, call["id"], "confirm")
    expected = shape(store)
    remerge(store)
    assert shape(store) == expected
    ingest(store, write_articles(tmp_path / "late", dict([LATE_REPORT])))
    blinken = sorted(store.records(actor="布林肯"), key=lambda e: len(e["sources"]))
    assert [len(e["sources"]) for e in blinken] == [1, 2]
    assert hong_kong in {s["doc"] for s in blinken[0]["sources"]}
    [merged] = store.records(actor="拉夫罗夫")
    assert len(merged["sources"]) == 2 and merged["review"]["state"] == "confirmed"
    assert store.integrity() == "ok"


def test_corrections_survive_merging_anew_in_another_order(store):
    event = meeting(store)["id"]
    correct(store, event, "edit", field="type", value={"type": "talks", "cameo": "046", "plover": {"type": "CONSULT"}})
    correct(store, event, "confirm")
    remerge(store)
    [again] = store.records(actor="布林肯")
    assert again["type"] == "talks" and again["review"]["state"] == "confirmed"
    assert len(again["review"]["corrections"]) == 2


def test_reapplying_changes_nothing_more(store):
    event = meeting(store)["id"]
    correct(store, event, "edit", field="status", value="planned")
    correct(store, event, "split", value=meeting(store)["sources"][1]["doc"])
    expected = snapshot(store)
    with transaction(store.connection) as connection:
        assert review.reapply(connection) == 2
        assert review.reapply(connection) == 2
    assert snapshot(store) == expected


def test_a_database_made_before_review_gains_the_tables(tmp_path):
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("CREATE TABLE migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " applied_at TEXT NOT NULL)")
    for number, (name, function) in enumerate(MIGRATIONS[:3], start=1):
        function(connection)
        connection.execute("INSERT INTO migrations VALUES (?, ?, 'then')", (number, name))
    connection.close()
    with Store(path) as store:
        tables = {r[0] for r in store.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"corrections", "correction_mentions", "kb_decisions"} <= tables
        ingest(store, write_articles(tmp_path / "articles", ARTICLES))
        assert len(store.records()) == 3
