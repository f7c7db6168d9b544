"""Crashes lose nothing: `huiwu ingest` killed with SIGKILL at random points and run again, a
local worker process killed, a Dask worker killed — each ends with the database of an
uninterrupted run, every document stored exactly once."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from huiwu import batch
from huiwu.batch import BatchOptions
from huiwu.ingest import read_paths
from huiwu.store import Store
from tests.dbdump import content, differences

KILLS = 22
SEED = 20240611
COMMAND = [sys.executable, "-c", "from huiwu.cli import main; main()", "ingest"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """60 generated articles and two malformed lines."""
    from bench.corpus import generate

    lines = [json.dumps(record, ensure_ascii=False) for record in generate(60, seed=SEED)]
    lines[17:17] = ['{"id": "bad", "text": 7}']
    lines[41:41] = ['{"id": "cut", "text": "新华社']
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(tmp_path_factory, corpus) -> dict:
    """The database of one uninterrupted run."""
    db = tmp_path_factory.mktemp("reference") / "reference.db"
    with Store(db) as store:
        batch.ingest(store, read_paths([str(corpus)]), key=batch.run_key([str(corpus)]))
    return content(db)


def stored_documents(db: Path) -> int:
    """Documents committed so far (0 while the database is being created)."""
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
        try:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def run_and_kill(db: Path, corpus: Path, rng: random.Random, *, workers: int, commit: str) -> bool:
    """Start an ingest and SIGKILL it at a random point: after a random short time (start-up,
    reading), or once one to three more documents are committed plus a few milliseconds (inside
    the next transaction). Return whether it was killed before it finished by itself."""
    process = subprocess.Popen([*COMMAND, str(corpus), "--db", str(db), "--workers", str(workers), "--commit", commit],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        if rng.random() < 0.25:
            deadline, target = time.monotonic() + rng.uniform(0.05, 1.5), None
        else:
            deadline, target = time.monotonic() + 20, stored_documents(db) + rng.randint(1, 3)
        while process.poll() is None and time.monotonic() < deadline:
            if target is not None and stored_documents(db) >= target:
                time.sleep(rng.uniform(0, 0.004))
                break
            time.sleep(0.002)
        if process.poll() is not None:
            return False
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        return True
    finally:
        _reap(process.pid)


def _reap(group: int) -> None:
    """Worker processes end by themselves once their parent is gone; make sure of it."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    left = subprocess.run(["ps", "-o", "pid,ppid,etime,args", "-g", str(group)], capture_output=True, text=True).stdout
    os.killpg(group, signal.SIGKILL)
    pytest.fail(f"worker processes outlived their killed parent:\n{left}")


def assert_sound_and_equal(db: Path, reference: dict) -> None:
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_document = connection.execute("SELECT document, count(*) FROM mentions GROUP BY document")
        assert all(count >= 1 for _, count in per_document)
        ids = [row[0] for row in connection.execute("SELECT id FROM documents")]
        assert len(ids) == len(set(ids))
    finally:
        connection.close()
    assert differences(content(db), reference) == []


def test_sigkill_at_random_points_then_rerun_gives_the_uninterrupted_database(tmp_path, corpus, reference):
    rng = random.Random(SEED)
    db = tmp_path / "killed.db"
    kills = attempts = 0
    while kills < KILLS and attempts < 3 * KILLS:
        attempts += 1
        kills += run_and_kill(db, corpus, rng, workers=2 if attempts % 4 == 0 else 1,
                              commit="chunk" if attempts % 3 == 0 else "document")
        if stored_documents(db) == len(reference["documents"]):
            db.unlink()  # finished between kills: start again so every kill lands mid-run
            for suffix in ("-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
    assert kills >= KILLS
    result = subprocess.run([*COMMAND, str(corpus), "--db", str(db), "--workers", "2"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1, result.stderr  # two malformed lines failed, everything else stored
    assert result.stdout.startswith("62 documents read")
    assert_sound_and_equal(db, reference)
    assert {row[4] for row in content(db)["failures"]} == {1}  # each failure counted once


def test_a_local_worker_process_killed_mid_run(tmp_path, corpus, reference, monkeypatch):
    from huiwu import workers

    runners = []
    real = workers.PoolRunner
    monkeypatch.setattr(workers, "PoolRunner", lambda *args: runners.append(real(*args)) or runners[-1])

    def kill_a_worker(done: int, label: str) -> None:
        if done == 10:
            os.kill(next(iter(runners[0].pool._processes)), signal.SIGKILL)

    db = tmp_path / "pool.db"
    with Store(db) as store:
        batch.ingest(store, read_paths([str(corpus)]), key=batch.run_key([str(corpus)]),
                     options=BatchOptions(workers=2, chunk=2), progress=kill_a_worker)
    assert runners[0].restarts == 1
    assert_sound_and_equal(db, reference)


def test_a_pool_left_reading_half_a_message_is_started_again():
    """A worker killed while sending its result leaves the pool's manager reading the rest of the
    message for ever, so the pool never reports itself broken. The same state made on purpose: half
    a message written into the result pipe, then a worker killed. The runner must notice, start a
    new pool and finish the chunk, and close without waiting for the stuck manager."""
    import struct

    from huiwu import workers
    from huiwu.model import Article

    articles = [Article("新华社北京6月19日电 国家主席习近平19日在北京会见美国国务卿布林肯。", ident="one")]
    runner = workers.PoolRunner(2)
    finished: list = []
    try:
        assert runner.pool.submit(int, 7).result(timeout=60) == 7  # the workers and the manager are up
        os.write(runner.pool._result_queue._writer.fileno(), struct.pack("!i", 1000) + b"half")
        victim = next(iter(runner.pool._processes.values()))
        victim.kill()
        victim.join()
        runner.submit(0, articles)
        result: list = []
        waiting = threading.Thread(target=lambda: result.extend(runner.completed(wait=True)), daemon=True)
        waiting.start()
        waiting.join(60)
        assert not waiting.is_alive(), "the runner waited for ever on a pool that lost a worker"
        finished = result or runner.completed(wait=True)
        assert runner.restarts == 1
        assert [seq for seq, _ in finished] == [0] and finished[0][1][0].events
    finally:
        closing = threading.Thread(target=runner.close, daemon=True)
        closing.start()
        closing.join(30)
        assert not closing.is_alive(), "closing waited for the stuck manager"


@pytest.mark.dask
def test_a_dask_worker_killed_mid_run(tmp_path, corpus, reference):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        pids = sorted(client.run(os.getpid).values())
        killed = []

        def kill_a_worker(done: int, label: str) -> None:
            if done == 12 and not killed:
                os.kill(pids[0], signal.SIGKILL)
                killed.append(pids[0])

        db = tmp_path / "dask.db"
        with Store(db) as store:
            summary = batch.ingest(store, read_paths([str(corpus)]), key=batch.run_key([str(corpus)]),
                                   options=BatchOptions(dask=cluster.scheduler_address, chunk=2),
                                   progress=kill_a_worker)
        assert killed and summary.read == 62
    assert_sound_and_equal(db, reference)
