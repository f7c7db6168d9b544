"""Where extraction runs: in this process, in local worker processes, or on a Dask cluster.

A runner takes chunks of articles (`submit(seq, articles)`) and hands back finished chunks in
the order they finish (`completed(wait=...)`); putting them back in input order is the caller's
job (`huiwu.batch`). Extraction is pure, so any worker gives the same result. Each worker
process loads the lexicon once and keeps it for every chunk it extracts.

Lost workers: a local pool that breaks (a worker killed) is started again and its chunks sent
again, up to `MAX_RESTARTS` times a run. Dask reschedules the tasks of a lost worker itself;
a task that keeps killing workers is split into one task per article, and an article that
still kills its worker is recorded as a failure.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, Protocol

from .errors import WorkerError
from .model import Article, Extraction, Failure
from .store.prepare import Prepared

Outcome = Extraction | Prepared | Failure
MAX_RESTARTS = 3
POLL_SECONDS = 1.0  # how often a waiting pool runner looks for a worker that died unnoticed


# ---- on the worker ----------------------------------------------------------------------------
def extract_chunk(articles: list[Article], tokenizer: str | None = None) -> list[Outcome]:
    """Extract each article; an article whose extraction raises becomes a Failure, the others go on.
    With the full-text `tokenizer` of the database, each extraction comes prepared for writing
    (`store.prepare`), so the writer only runs statements."""
    from . import extract_article
    from .store.prepare import prepare

    outcomes: list[Outcome] = []
    for article in articles:
        try:
            extraction = extract_article(article)
        except Exception as error:  # one document's failure must not stop the chunk
            outcomes.append(Failure(article.label, "extract", f"{type(error).__name__}: {error}"))
            continue
        outcomes.append(prepare(extraction, tokenizer) if tokenizer else extraction)
    return outcomes


def prepare_worker() -> None:
    """Start of a local worker process: Ctrl-C is the parent's to handle, the process ends when
    its parent is killed, and the lexicon is loaded once, before the first chunk."""
    from . import _extractor

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True, name="huiwu-orphan-watch").start()
    _extractor()


def _exit_when_orphaned(parent: int) -> None:
    """A killed parent leaves its pool workers waiting forever on their queue: end them."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def warm_dask_worker() -> bool:
    """Run once on each Dask worker at the start: load the lexicon before the first task."""
    from . import _extractor

    _extractor()
    return True


# ---- runners ----------------------------------------------------------------------------------
class Runner(Protocol):
    slots: int  # chunks it extracts at the same time

    def submit(self, seq: int, articles: list[Article]) -> None: ...

    def completed(self, *, wait: bool) -> list[tuple[int, list[Outcome]]]: ...


class InlineRunner:
    """Extraction in this process, at submission: one worker, no pickling."""

    slots = 1

    def __init__(self, tokenizer: str | None = None) -> None:
        self.tokenizer = tokenizer
        self.done: list[tuple[int, list[Outcome]]] = []

    def submit(self, seq: int, articles: list[Article]) -> None:
        self.done.append((seq, extract_chunk(articles, self.tokenizer)))

    def completed(self, *, wait: bool) -> list[tuple[int, list[Outcome]]]:
        done, self.done = self.done, []
        return done


class PoolRunner:
    """N local processes (a ProcessPoolExecutor whose workers load the lexicon once)."""

    def __init__(self, workers: int, tokenizer: str | None = None) -> None:
        self.workers = self.slots = workers
        self.tokenizer = tokenizer
        self.running: dict[Future, tuple[int, list[Article]]] = {}
        self.restarts = 0
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn: a fresh interpreter whose parent is this process (so it can tell when it is
        # orphaned), and no copy of this process's open database.
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=prepare_worker)

    def submit(self, seq: int, articles: list[Article]) -> None:
        try:
            self.running[self.pool.submit(extract_chunk, articles, self.tokenizer)] = (seq, articles)
        except BrokenProcessPool:
            self._restart([(seq, articles)])

    def completed(self, *, wait: bool) -> list[tuple[int, list[Outcome]]]:
        if not self.running:
            return []
        finished, _ = _wait_first(list(self.running), timeout=POLL_SECONDS if wait else 0)
        dead_since = None
        while wait and not finished:
            # A worker killed while sending its result leaves the pool reading half a message
            # for ever: it never reports the pool broken. A worker found dead twice in a row
            # with nothing finished in between is that case.
            if not self._a_worker_died():
                dead_since = None
            elif dead_since is None:
                dead_since = time.monotonic()
            elif time.monotonic() - dead_since >= POLL_SECONDS:
                self._restart([])
                return []
            finished, _ = _wait_first(list(self.running), timeout=POLL_SECONDS)
        out = []
        for future in finished:
            seq, articles = self.running.pop(future)
            try:
                out.append((seq, future.result()))
            except BrokenProcessPool:
                self._restart([(seq, articles)])
                break
        return out

    def _restart(self, lost: list[tuple[int, list[Article]]]) -> None:
        """A worker died and took the pool with it: start a new pool and send every chunk in flight again."""
        self.restarts += 1
        if self.restarts > MAX_RESTARTS:
            raise WorkerError(f"worker processes died {self.restarts} times (out of memory?); "
                              "run the same command again to continue")
        lost += list(self.running.values())
        self.running.clear()
        _discard(self.pool)
        self.pool = self._start()
        for seq, articles in lost:
            self.submit(seq, articles)

    def _a_worker_died(self) -> bool:
        return any(process.exitcode is not None for process in list((self.pool._processes or {}).values()))

    def close(self) -> None:
        if self._a_worker_died():
            _discard(self.pool)  # its manager may be stuck on half a message: joining it would wait for ever
        else:
            self.pool.shutdown(wait=True, cancel_futures=True)


def _discard(pool: ProcessPoolExecutor) -> None:
    """Stop a pool that lost a worker: end its workers, and close this process's end of the result
    pipe, so that a manager reading half a message gets end-of-file, calls the pool broken and stops."""
    processes, results = list((pool._processes or {}).values()), pool._result_queue
    pool.shutdown(wait=False, cancel_futures=True)  # forgets both
    for process in processes:
        if process.exitcode is None:
            process.kill()
        process.join(5)
    if results is not None:
        results._writer.close()


def _wait_first(futures: list[Future], *, timeout: float) -> tuple[set[Future], set[Future]]:
    return wait(futures, timeout=timeout, return_when=FIRST_COMPLETED)


class DaskRunner:
    """Tasks on a Dask distributed cluster; results gathered as they complete."""

    def __init__(self, address: str, *, workers: int = 2, threads: int = 1, tokenizer: str | None = None) -> None:
        self.tokenizer = tokenizer
        try:
            from distributed import Client, LocalCluster, as_completed
        except ImportError:
            raise WorkerError("--dask needs dask.distributed: pip install 'huiwu[batch]'") from None
        self.cluster = None
        try:
            if address == "local":
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=threads, processes=True,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout="20s")
        except OSError as error:
            raise WorkerError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        try:
            self.client.run(warm_dask_worker)
        except Exception as error:  # the workers' own error, whatever its class
            self.close()
            raise WorkerError(f"the Dask workers cannot load huiwu ({type(error).__name__}: {error}); "
                              "install the same huiwu on every worker") from None
        self.slots = max(1, sum(w["nthreads"] for w in self.client.scheduler_info()["workers"].values()))
        # On this client's loop: by default as_completed runs on the default client's loop, which
        # is another one when the caller has a client of its own, and awaiting these futures
        # there fails inside as_completed, which then never yields them. Results are fetched
        # here, so that a failed fetch raises instead of going unseen the same way.
        self.completions = as_completed(loop=self.client.loop)
        self.tasks: dict[str, tuple[int, int, list[Article]]] = {}  # future key → (seq, offset, articles)
        self.parts: dict[int, list[Outcome | None]] = {}

    def submit(self, seq: int, articles: list[Article]) -> None:
        self.parts[seq] = [None] * len(articles)
        self._send(seq, 0, articles)

    def _send(self, seq: int, offset: int, articles: list[Article]) -> None:
        future = self.client.submit(extract_chunk, articles, self.tokenizer, pure=False)
        self.tasks[future.key] = (seq, offset, articles)
        self.completions.add(future)

    def completed(self, *, wait: bool) -> list[tuple[int, list[Outcome]]]:
        if self.completions.is_empty() or (not wait and not self.completions.has_ready()):
            return []
        out = []
        for future in self.completions.next_batch(block=wait):
            seq, offset, articles = self.tasks.pop(future.key)
            error = future.exception() if future.status == "error" else None
            outcomes = self._after_error(seq, offset, articles, error) if error else future.result()
            self.parts[seq][offset:offset + len(outcomes)] = outcomes
            if outcomes and None not in self.parts[seq]:
                out.append((seq, self.parts.pop(seq)))
        return out

    def _after_error(self, seq: int, offset: int, articles: list[Article], error: BaseException) -> list[Outcome]:
        """A task that killed its workers again and again (KilledWorker) is sent again one article
        per task; an article that does so alone is a failure. Any other error stops the run."""
        if type(error).__name__ != "KilledWorker":
            raise WorkerError(f"a Dask task failed: {type(error).__name__}: {error}")
        if len(articles) == 1:
            return [Failure(articles[0].label, "extract", "the worker died while extracting it (KilledWorker)")]
        for position, article in enumerate(articles):
            self._send(seq, offset + position, [article])
        return []

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@contextmanager
def open_runner(*, workers: int | None = None, dask: str | None = None,
                tokenizer: str | None = None) -> Iterator[Runner]:
    """The runner for the options: Dask when an address (or "local": a LocalCluster of `workers`
    processes, 2 by default) is given, else `workers` local processes, else this process. With
    the database's full-text `tokenizer`, extractions come back prepared for writing."""
    if dask:
        runner: Any = DaskRunner(dask, workers=workers or 2, tokenizer=tokenizer)
    elif (workers or 1) > 1:
        runner = PoolRunner(workers, tokenizer)
    else:
        runner = InlineRunner(tokenizer)
    try:
        yield runner
    finally:
        if hasattr(runner, "close"):
            runner.close()
