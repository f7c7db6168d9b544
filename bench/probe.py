"""One measurement in a fresh process, printed as one JSON line (run by bench/run.py).

    python bench/probe.py extract CORPUS.jsonl
    python bench/probe.py jieba CORPUS.jsonl
    python bench/probe.py paired CORPUS.jsonl
    python bench/probe.py ingest CORPUS.jsonl DB [--workers N] [--dask ADDRESS] [--commit chunk]

A fresh process per measurement keeps peak memory (`ru_maxrss`) honest: it is the high-water
mark of that one job, and of its worker processes (`RUSAGE_CHILDREN`) once they have ended.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections.abc import Callable, Iterator


def _articles(corpus: str) -> Iterator:
    from huiwu.ingest import read_paths
    from huiwu.model import Article

    return (item for item in read_paths([corpus]) if isinstance(item, Article))


def _rate(corpus: str, work: Callable[[str], object]) -> dict:
    """Time `work` on each article's text, reading excluded."""
    count = chars = size = 0
    spent = 0.0
    for article in _articles(corpus):
        started = time.perf_counter()
        work(article)
        spent += time.perf_counter() - started
        count += 1
        chars += len(article.text)
        size += len(article.text.encode("utf-8"))
    return {"articles": count, "chars": chars, "mb": size / 1e6, "seconds": spent,
            "articles_per_s": count / spent, "chars_per_s": chars / spent, "mb_per_s": size / 1e6 / spent}


def extract(corpus: str) -> dict:
    import huiwu

    huiwu.load_lexicon()
    huiwu.extract("新华社北京6月19日电 习近平19日会见布林肯。")  # compile everything before timing
    return _rate(corpus, huiwu.extract_article)


def segment(corpus: str) -> dict:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return _rate(corpus, lambda article: jieba.lcut(article.text))


def paired(corpus: str) -> dict:
    """Extraction and jieba.lcut side by side in one process, article by article, taking turns at
    going first: both see the same machine at the same moment, so the ratio holds steady while
    either rate alone drifts with the machine's load and clock."""
    import jieba

    import huiwu

    jieba.setLogLevel(60)
    jieba.initialize()
    huiwu.load_lexicon()
    huiwu.extract("新华社北京6月19日电 习近平19日会见布林肯。")
    spent = {"extract": 0.0, "jieba": 0.0}
    steps = (("extract", huiwu.extract_article), ("jieba", lambda article: jieba.lcut(article.text)))
    count = 0
    for count, article in enumerate(_articles(corpus), 1):
        for name, work in steps if count % 2 else steps[::-1]:
            started = time.perf_counter()
            work(article)
            spent[name] += time.perf_counter() - started
    return {"articles": count, "extract_seconds": spent["extract"], "jieba_seconds": spent["jieba"],
            "ratio": spent["jieba"] / spent["extract"]}


def ingest(corpus: str, db: str, *, workers: int | None, dask: str | None, commit: str, chunk: int) -> dict:
    """End to end through `huiwu.batch`, with the time spent merging and writing measured apart."""
    from huiwu import batch
    from huiwu.batch import BatchOptions
    from huiwu.ingest import read_paths
    from huiwu.store import Store, write

    spent = {"merge": 0.0, "write": 0.0}
    _time_calls(write, "merge_mention", spent, "merge")
    _time_calls(batch._Run, "_write", spent, "write")
    started = time.perf_counter()
    with Store(db) as store:
        summary = batch.ingest(store, read_paths([corpus]), key=batch.run_key([corpus]),
                               options=BatchOptions(workers=workers, dask=dask, commit=commit, chunk=chunk))
    elapsed = time.perf_counter() - started
    return {"read": summary.read, "new": summary.new, "events": summary.events, "seconds": elapsed,
            "articles_per_s": summary.read / elapsed, "merge_seconds": spent["merge"],
            "write_seconds": spent["write"], "writes_per_s": summary.read / max(spent["write"], 1e-9)}


def _time_calls(owner: object, name: str, spent: dict, key: str) -> None:
    """Wrap `owner.name` so that the time spent in it adds up in `spent[key]`."""
    original = getattr(owner, name)

    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[key] += time.perf_counter() - started

    setattr(owner, name, timed)


def _peak_mib() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mib": round(own, 1), "peak_worker_mib": round(children, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("extract", "jieba", "paired", "ingest"))
    parser.add_argument("corpus")
    parser.add_argument("db", nargs="?")
    parser.add_argument("--workers", type=int)
    parser.add_argument("--dask")
    parser.add_argument("--commit", default="document")
    parser.add_argument("--chunk", type=int, default=16)
    args = parser.parse_args()
    if args.kind == "extract":
        result = extract(args.corpus)
    elif args.kind == "jieba":
        result = segment(args.corpus)
    elif args.kind == "paired":
        result = paired(args.corpus)
    else:
        result = ingest(args.corpus, args.db, workers=args.workers, dask=args.dask, commit=args.commit,
                        chunk=args.chunk)
    print(json.dumps({**result, **_peak_mib()}))


if __name__ == "__main__":
    main()
