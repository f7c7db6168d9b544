"""Parallel ingest: the same database for 1 worker, 2 workers and a Dask LocalCluster; bad
documents fail alone; input is read a bounded window ahead; interrupted runs resume exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from huiwu import batch, workers
from huiwu.batch import BatchOptions
from huiwu.ingest import read_paths
from huiwu.model import Article
from huiwu.store import Store
from tests.dbdump import content, differences

MALFORMED = ['{"id": "broken", "text": ', '{"id": "no-text", "title": "标题"}', '{"id": 3, "text": 42}', "[1, 2]"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """12 generated articles, malformed lines among them, and two copies of the first: the same
    text under another id, and the same text with a zero-width space (the same document)."""
    from bench.corpus import generate

    lines = [json.dumps(record, ensure_ascii=False) for record in generate(12, seed=11)]
    for offset, bad in enumerate(MALFORMED):
        lines.insert(2 + 3 * offset, bad)
    lines.append(lines[0].replace('"id": "11-0"', '"id": "11-0-again"'))
    first = json.loads(lines[0])  # the same text with a zero-width space: another raw text, the same document
    lines.insert(4, json.dumps({**first, "id": "11-0-zw", "text": first["text"].replace("新华社", "新\u200b华社", 1)},
                               ensure_ascii=False))
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ingest(db: Path, corpus: Path, **options) -> object:
    with Store(db) as store:
        return batch.ingest(store, read_paths([str(corpus)]), key=batch.run_key([str(corpus)]),
                            options=BatchOptions(**options))


@pytest.fixture(scope="module")
def reference(tmp_path_factory, corpus) -> tuple[dict, object]:
    """The database and summary of one worker, in this process."""
    db = tmp_path_factory.mktemp("reference") / "one.db"
    summary = ingest(db, corpus, workers=1)
    return content(db), summary


def test_one_worker_equals_the_library_ingest(tmp_path, corpus, reference):
    with Store(tmp_path / "library.db") as store:
        summary = store.ingest(read_paths([str(corpus)]))
    assert differences(content(tmp_path / "library.db"), reference[0]) == []
    assert summary == reference[1]


def test_two_worker_processes_give_the_same_database(tmp_path, corpus, reference):
    summary = ingest(tmp_path / "two.db", corpus, workers=2, chunk=3)
    assert differences(content(tmp_path / "two.db"), reference[0]) == []
    assert summary == reference[1]


@pytest.mark.dask
def test_dask_local_cluster_gives_the_same_database(tmp_path, corpus, reference):
    summary = ingest(tmp_path / "dask.db", corpus, dask="local", workers=2, chunk=2)
    assert differences(content(tmp_path / "dask.db"), reference[0]) == []
    assert summary == reference[1]


def test_one_transaction_per_chunk_gives_the_same_database(tmp_path, corpus, reference):
    ingest(tmp_path / "chunks.db", corpus, workers=1, chunk=5, commit="chunk")
    assert differences(content(tmp_path / "chunks.db"), reference[0]) == []


def test_chunk_commits_gather_chunks_until_the_commit_size(tmp_path, corpus, reference, monkeypatch):
    """Chunks of 2 committed together by 5 or more items: a transaction every third chunk, the
    last one with what is left, and the same database."""
    from huiwu.store import Store

    transactions = []
    atomic = Store.atomic

    def counted(self, *, savepoints=True):
        transactions.append(savepoints)
        return atomic(self, savepoints=savepoints)

    monkeypatch.setattr(Store, "atomic", counted)
    summary = ingest(tmp_path / "gathered.db", corpus, workers=1, chunk=2, commit="chunk", commit_size=5)
    assert differences(content(tmp_path / "gathered.db"), reference[0]) == []
    assert summary == reference[1]
    assert transactions == [False] * -(-summary.read // 6)


def test_malformed_documents_are_failures_and_the_rest_goes_on(reference):
    tables, summary = reference
    assert summary.read == 12 + len(MALFORMED) + 2
    assert summary.failed == len(MALFORMED)
    assert summary.new + summary.known == 14
    assert summary.known >= 2  # the two copies of the first article
    assert len(tables["documents"]) == summary.new
    assert {row[2] for row in tables["failures"]} == {"read"}
    assert len(tables["settings"]) == 1  # the run's resume mark is gone once it ends


def test_an_article_whose_extraction_raises_fails_alone(failing_extraction):
    failing_extraction("boom", ValueError("cannot read this one"))
    outcomes = workers.extract_chunk([Article(text="boom", path="a.txt"),
                                      Article(text="新华社北京6月19日电 习近平19日会见布林肯。", path="b.txt")])
    assert str(outcomes[0]) == "a.txt: extract: ValueError: cannot read this one"
    assert outcomes[1].doc.startswith("doc_")


def test_a_rerun_extracts_nothing_and_counts_failures_again(tmp_path, corpus, monkeypatch):
    db = tmp_path / "rerun.db"
    ingest(db, corpus)
    calls = []
    monkeypatch.setattr(workers, "extract_chunk", lambda articles, tokenizer=None: calls.append(articles) or [])
    summary = ingest(db, corpus)
    assert calls == [] and summary.new == 0 and summary.failed == len(MALFORMED)
    with Store(db) as store:
        assert {f.attempts for f in store.failures()} == {2}  # a finished run, then a new one


def test_an_interrupted_run_resumes_to_the_same_database(tmp_path, corpus, reference):
    db = tmp_path / "interrupted.db"
    for stop_after in (3, 7, 11):
        def stop(done: int, label: str, limit=stop_after) -> None:
            if done >= limit:
                raise KeyboardInterrupt
        with pytest.raises(KeyboardInterrupt), Store(db) as store:
            batch.ingest(store, read_paths([str(corpus)]), key=batch.run_key([str(corpus)]),
                         options=BatchOptions(workers=1, chunk=2), progress=stop)
    summary = ingest(db, corpus, workers=1, chunk=2)
    assert differences(content(db), reference[0]) == []
    assert summary == reference[1]  # counts of the whole run, across its interruptions


class _CountingRunner:
    """Extracts nothing; records how many chunks are in flight at most."""

    slots = 2

    def __init__(self) -> None:
        self.running: list[tuple[int, list[Article]]] = []
        self.most = 0

    def submit(self, seq: int, articles: list[Article]) -> None:
        self.running.append((seq, articles))
        self.most = max(self.most, len(self.running))

    def completed(self, *, wait: bool) -> list:
        if not wait:
            return []
        seq, articles = self.running.pop()  # the newest first: the writer must put them back in order
        return [(seq, [workers.Failure(a.label, "extract", "not extracted") for a in articles])]


def test_input_is_read_a_bounded_window_ahead_and_written_in_order(tmp_path, monkeypatch):
    read = []

    def items():
        for number in range(2000):
            read.append(number)
            yield Article(text=f"第{number}篇", path=f"{number}.txt")

    runner = _CountingRunner()
    written = []
    monkeypatch.setattr(batch, "open_runner", lambda **_: _Context(runner))
    with Store(tmp_path / "window.db") as store:
        options = BatchOptions(chunk=4, window=3)
        batch.ingest(store, items(), options=options,
                     progress=lambda done, label: written.append((len(read), label)))
    ahead = max(count - int(label.split(".")[0]) for count, label in written)
    assert runner.most <= options.window * runner.slots + 1
    assert ahead <= (options.window * runner.slots + 1) * options.chunk
    assert [label for _, label in written] == [f"{n}.txt" for n in range(2000)]


class _Context:
    def __init__(self, runner) -> None:
        self.runner = runner

    def __enter__(self):
        return self.runner

    def __exit__(self, *_):
        return False


def test_chunk_commit_writes_document_by_document_when_the_schema_refuses_one(tmp_path, corpus, monkeypatch):
    from dataclasses import replace

    import huiwu
    from huiwu.model import Extraction, Participant

    real = huiwu.extract_article
    nameless = (Participant("person/nobody", None, "person"),)  # type: ignore[arg-type]

    def refused(article: Article) -> Extraction:
        extraction = real(article)
        if article.ident != "11-4":
            return extraction
        return replace(extraction, events=(replace(extraction.events[0], actors=nameless), *extraction.events[1:]))

    monkeypatch.setattr(huiwu, "extract_article", refused)
    ingest(tmp_path / "documents.db", corpus, chunk=5)
    summary = ingest(tmp_path / "chunks.db", corpus, chunk=5, commit="chunk")
    assert differences(content(tmp_path / "chunks.db"), content(tmp_path / "documents.db")) == []
    assert summary.failed == len(MALFORMED) + 1
    assert [row[2] for row in content(tmp_path / "chunks.db")["failures"]].count("store") == 1
