"""`make bench`: extraction against jieba, ingest with 1 and 2 workers and Dask, merge time, memory.

    python bench/run.py                          # 1,000 and 10,000 articles, every configuration
    python bench/run.py --full                   # and 100,000
    python bench/run.py --sizes 50000,100000 --configs 2-chunk --no-extract

Each corpus is generated once (bench/corpus.py, fixed seed) into the work folder; each
measurement runs in its own process (bench/probe.py). The results are printed as Markdown tables
and kept as JSON in the work folder.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIGS = {  # name → ingest options
    "1": [],
    "2": ["--workers", "2"],
    "dask": ["--dask", "local", "--workers", "2"],
    "2-chunk": ["--workers", "2", "--commit", "chunk", "--chunk", "64"],
}


def corpus(folder: Path, size: int, seed: int) -> Path:
    """The generated corpus of `size` articles (written once per seed)."""
    path = folder / f"corpus-{size}-{seed}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "corpus.py"), str(size), "-o", str(path), "--seed", str(seed)],
                       check=True, stdout=subprocess.DEVNULL)
    return path


def probe(*args: str) -> dict:
    """Run one measurement in a fresh process and return what it printed."""
    result = subprocess.run([sys.executable, str(HERE / "probe.py"), *args], check=True, capture_output=True,
                            text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(folder: Path, size: int, *, seed: int, configs: list[str], extract: bool) -> dict:
    path = corpus(folder, size, seed)
    row: dict = {"size": size}
    if extract:
        row["extract"] = probe("extract", str(path))
        row["jieba"] = probe("jieba", str(path))
        row["paired"] = probe("paired", str(path))
    for name in configs:
        db = folder / f"ingest-{size}-{name}.db"
        for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            stale.unlink(missing_ok=True)
        row[name] = probe("ingest", str(path), str(db), *CONFIGS[name])
        print(f"  {size} articles, {name}: {row[name]['seconds']:.1f} s", file=sys.stderr)
    return row


def extraction_table(rows: list[dict]) -> str:
    lines = ["| articles | MB | extraction art/s | extraction MB/s | jieba.lcut art/s | jieba.lcut MB/s | ratio "
             "(chars/s) | ratio side by side | peak MiB |", "|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        if "extract" not in row:
            continue
        ours, theirs = row["extract"], row["jieba"]
        lines.append(f"| {row['size']:,} | {ours['mb']:.1f} | {ours['articles_per_s']:.0f} | {ours['mb_per_s']:.2f} "
                     f"| {theirs['articles_per_s']:.0f} | {theirs['mb_per_s']:.2f} "
                     f"| {ours['chars_per_s'] / theirs['chars_per_s']:.2f} | {row['paired']['ratio']:.2f} "
                     f"| {ours['peak_mib']:.0f} |")
    return "\n".join(lines)


def ingest_table(rows: list[dict]) -> str:
    lines = ["| articles | workers | commit | total s | art/s end to end | writer art/s | merge s | events | "
             "peak MiB (main / worker) |", "|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        for name in CONFIGS:
            if name not in row:
                continue
            r = row[name]
            workers = {"1": "1 (in process)", "2": "2 processes", "dask": "Dask LocalCluster, 2",
                       "2-chunk": "2 processes"}[name]
            commit = "chunks of 64, by 512" if name.endswith("chunk") else "per document"
            lines.append(f"| {row['size']:,} | {workers} | {commit} | {r['seconds']:.1f} | {r['articles_per_s']:.0f} "
                         f"| {r['writes_per_s']:.0f} | {r['merge_seconds']:.1f} | {r['events']:,} "
                         f"| {r['peak_mib']:.0f} / {r['peak_worker_mib']:.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="huiwu benchmarks")
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--full", action="store_true", help="add 100,000 articles")
    parser.add_argument("--configs", default=",".join(CONFIGS), help=f"ingest configurations ({', '.join(CONFIGS)})")
    parser.add_argument("--no-extract", action="store_true", help="skip the extraction and jieba rates")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", help="where corpora, databases and results go (default: a temporary folder)")
    args = parser.parse_args()
    folder = Path(args.workdir or tempfile.mkdtemp(prefix="huiwu-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")] + ([100_000] if args.full else [])
    configs = [c for c in args.configs.split(",") if c]
    rows = []
    for size in sizes:
        rows.append(measure(folder, size, seed=args.seed, configs=configs, extract=not args.no_extract))
        (folder / f"results-{'-'.join(map(str, sizes))}-{time.strftime('%Y%m%d')}.json").write_text(
            json.dumps(rows, indent=2))
    print(extraction_table(rows), "", ingest_table(rows), f"\nresults and databases in {folder}", sep="\n")


if __name__ == "__main__":
    main()
