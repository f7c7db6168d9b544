"""Concurrent use of one database: two `huiwu ingest` processes, and readers during a write.

Two ingests into the same file either both finish, serialised by SQLite's write lock, or one
stops with a one-line message; the file is never corrupt and holds each document once. Readers
(the Store read-only, the web app) answer while an ingest writes, never see an error and never
see the corpus shrink.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from huiwu.store import Store

HUIWU = Path(sys.executable).with_name("huiwu")
SUMMARY = re.compile(r"(\d+) documents read: (\d+) new, (\d+) already known, (\d+) failed; (\d+) events")
COUNTRIES = ("新加坡", "法国", "德国", "英国", "日本", "韩国", "印度", "巴西", "南非", "俄罗斯")


def corpus(folder: Path, numbers: range) -> Path:
    """One short report per number, each a distinct document."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in numbers:
        month, day = number % 12 + 1, number % 28 + 1
        (folder / f"doc-{number:03d}.txt").write_text(
            f"新华社北京2023年{month}月{day}日电 外交部长王毅{day}日在北京会见{COUNTRIES[number % 10]}外长，"
            f"双方就第{number}项议题交换意见。", encoding="utf-8")
    return folder


def start_ingest(db: Path, *folders: Path) -> subprocess.Popen:
    return subprocess.Popen([str(HUIWU), "ingest", *map(str, folders), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(run: subprocess.Popen) -> tuple[int, str, str]:
    out, err = run.communicate(timeout=180)
    return run.returncode, out, err


def assert_clean(code: int, out: str, err: str) -> bool:
    """A run either succeeded, or refused with one line saying the database is busy; never a
    traceback. True when it succeeded."""
    assert "Traceback" not in err, err
    if code == 0:
        assert SUMMARY.search(out), out
        return True
    assert code == 1 and re.search(r"^huiwu: .*(busy|locked)", err, re.MULTILINE), (code, out, err)
    return False


def stored(db: Path) -> dict[str, str]:
    """Where each stored document was found (`A/doc-001.txt` → its text); asserts the file is
    sound, holds no text twice and no mention without its document."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        texts = [row[0] for row in connection.execute("SELECT text FROM documents")]
        assert len(texts) == len(set(texts)), "a document is stored twice"
        stray = connection.execute(
            "SELECT count(*) FROM mentions WHERE document NOT IN (SELECT id FROM documents)").fetchone()[0]
        assert stray == 0
        rows = connection.execute("SELECT u.address, d.text FROM documents d JOIN document_urls u ON u.document = d.id")
        return {"/".join(Path(address).parts[-2:]): text for address, text in rows}


def names(folder: str, numbers: range) -> set[str]:
    return {f"{folder}/doc-{number:03d}.txt" for number in numbers}


@pytest.mark.parametrize("overlap", [False, True], ids=["same-folder-new-file", "overlapping-folders"])
def test_two_ingests_into_one_database_serialise_or_refuse(tmp_path, overlap):
    first = corpus(tmp_path / "A", range(0, 80))
    second = corpus(tmp_path / "B", range(40, 120)) if overlap else first
    db = tmp_path / "huiwu.db"
    if overlap:  # an existing database; the other case starts from no file at all
        subprocess.run([str(HUIWU), "ingest", str(corpus(tmp_path / "seed", range(200, 201))), "--db", str(db)],
                       check=True, capture_output=True, timeout=120)
    results = [finish(run) for run in (start_ingest(db, first), start_ingest(db, second))]
    succeeded = [assert_clean(*result) for result in results]
    found = stored(db)
    documents = 121 if overlap else 80
    if succeeded[0]:
        assert names("A", range(0, 80)) <= set(found)
    if succeeded[1]:
        assert (names("B", range(40, 120)) if overlap else names("A", range(0, 80))) <= set(found)
    if all(succeeded):
        assert len(set(found.values())) == documents
        if overlap:  # the same text in both folders: one document found under two paths
            assert all(found[f"A/doc-{n:03d}.txt"] == found[f"B/doc-{n:03d}.txt"] for n in range(40, 80))
            # different paths, different runs: together they stored each new document once
            assert sum(int(SUMMARY.search(out)[2]) for _, out, _ in results) == documents - 1
    again = subprocess.run([str(HUIWU), "ingest", str(first), str(second), "--db", str(db)],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert len(set(stored(db).values())) == documents


def test_readers_answer_while_an_ingest_writes(tmp_path):
    """The Store read-only and the web app, in this process, while `huiwu ingest` writes in another."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from huiwu.web import create_app

    db = tmp_path / "huiwu.db"
    subprocess.run([str(HUIWU), "ingest", str(corpus(tmp_path / "seed", range(500, 501))), "--db", str(db)],
                   check=True, capture_output=True, timeout=120)
    client = TestClient(create_app(db), raise_server_exceptions=False)
    snapshot = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    snapshot.execute("BEGIN")
    before = snapshot.execute("SELECT count(*) FROM documents").fetchone()[0]
    writer = start_ingest(db, corpus(tmp_path / "many", range(0, 300)))
    seen: dict[str, list[int]] = {"store": [], "web": []}
    statuses: set[int] = set()
    deadline = time.monotonic() + 180
    while writer.poll() is None and time.monotonic() < deadline:
        with Store(db, readonly=True) as store:
            seen["store"].append(store.stats().documents)
            store.events(actor="王毅", limit=5)
            store.search("议题")
        answer = client.get("/api/home")
        statuses.add(answer.status_code)
        statuses.add(client.get("/api/events", params={"actor": "王毅"}).status_code)
        if answer.status_code == 200:
            seen["web"].append(answer.json()["documents"])
    code, out, err = finish(writer)
    assert code == 0 and SUMMARY.search(out)[2] == "300", (out, err)
    assert statuses == {200}
    for counts in seen.values():
        assert len(set(counts)) > 2 and counts == sorted(counts), seen  # read while it grew, never shrinking
    assert snapshot.execute("SELECT count(*) FROM documents").fetchone()[0] == before  # a reader's snapshot holds
    snapshot.execute("COMMIT")
    assert snapshot.execute("SELECT count(*) FROM documents").fetchone()[0] == 301
    snapshot.close()
    assert client.get("/api/home").json()["documents"] == 301
    assert len(stored(db)) == 301


def test_a_writer_that_cannot_get_the_lock_stops_with_one_line(tmp_path, monkeypatch):
    """Another process holding the write lock past the busy timeout (shortened here): ingest stops
    with a one-line message and exit 1, the file stays sound, and running it again works."""
    from click.testing import CliRunner

    from huiwu.cli import main
    from huiwu.store import database

    db = tmp_path / "huiwu.db"
    folder = corpus(tmp_path / "A", range(0, 5))
    Store(db).close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        refused = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert refused.exit_code == 1, refused.output
    assert re.fullmatch(r"huiwu: the database is busy or locked .*\n", refused.stderr), refused.stderr
    assert stored(db) == {}
    again = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db)])
    assert again.exit_code == 0 and len(stored(db)) == 5, again.output
