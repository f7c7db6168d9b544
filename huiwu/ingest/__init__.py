"""Read documents: files, folders, JSONL, HTML, Markdown, standard input.

Nothing here parses meaning. Each reader yields `Article` records, or a `Failure` for a
document that cannot be read, so one bad file never stops the others.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..model import Article, Failure
from .decode import decode_bytes
from .html import article_from_html
from .meta import parse_published

__all__ = ["read_paths", "read_path", "read_bytes", "article_from_record", "decode_bytes", "parse_published"]

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


def read_paths(paths: Iterable[str]) -> Iterator[Article | Failure]:
    """Yield every document under the given paths, in a stable order."""
    for path in paths:
        yield from read_path(path)


def read_path(path: str) -> Iterator[Article | Failure]:
    if path == "-":
        yield from read_bytes(sys.stdin.buffer.read(), name="<stdin>")
        return
    target = Path(path)
    if target.is_dir():
        yield from _read_dir(target)
    elif not target.exists():
        yield Failure(path, "read", "no such file or directory")
    else:
        yield from _read_file(target)


def _read_dir(root: Path) -> Iterator[Article | Failure]:
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=None):
        try:
            stat = os.stat(folder)
        except OSError as error:
            yield Failure(folder, "read", error.strerror or str(error))
            continue
        key = (stat.st_dev, stat.st_ino)
        if key in seen:  # a symbolic-link loop: do not walk the same folder twice
            dirs[:] = []
            continue
        seen.add(key)
        dirs.sort()
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in KNOWN_SUFFIXES:
                continue
            yield from _read_file(Path(folder) / name)


def _read_file(path: Path) -> Iterator[Article | Failure]:
    label = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES and path.suffix.lower() not in JSONL_SUFFIXES:
            yield Failure(label, "read", f"file is {size // 2**20} MB, over the {MAX_DOCUMENT_BYTES // 2**20} MB limit")
            return
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl(path)
            return
        data = path.read_bytes()
    except OSError as error:
        yield Failure(label, "read", error.strerror or str(error))
        return
    yield from read_bytes(data, name=label, suffix=path.suffix.lower())


def read_bytes(data: bytes, *, name: str, suffix: str = "") -> Iterator[Article | Failure]:
    """Read one document given as bytes; the suffix says its kind (sniffed when empty)."""
    try:
        text = decode_bytes(data, name)
        if suffix in HTML_SUFFIXES or (not suffix and _looks_like_html(text)):
            article = article_from_html(text, path=name)
        else:
            markdown = suffix in MARKDOWN_SUFFIXES or _looks_like_markdown(text)
            markup = "markdown" if markdown else "text"
            article = Article(text=text, path=name, markup=markup, title=_first_heading(text, markup))
        if not article.text.strip():
            raise InputError(name, "the document has no text")
        yield article
    except InputError as error:
        yield Failure(name, "read", error.problem)


def _read_jsonl(path: Path) -> Iterator[Article | Failure]:
    label = str(path)
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{label}:{number}"
            try:
                record = json.loads(decode_bytes(line, where))
                yield article_from_record(record, path=label, where=where)
            except json.JSONDecodeError as error:
                yield Failure(where, "read", f"not valid JSON ({error.msg} at column {error.colno})")
            except InputError as error:
                yield Failure(where, "read", error.problem)


def article_from_record(record: object, *, path: str | None, where: str) -> Article:
    """An article from a JSON object `{id, text, title?, url?, outlet?, published?}`."""
    if not isinstance(record, dict):
        raise InputError(where, "a JSONL line must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "the field 'text' is missing, empty or not a string")
    fields: dict[str, str | None] = {}
    for key in ("id", "title", "url", "outlet"):
        value = record.get(key)
        if value is not None and not isinstance(value, str | int):
            raise InputError(where, f"the field '{key}' must be a string")
        fields[key] = None if value is None else str(value)
    published = record.get("published")
    when: date | None = None
    if published is not None:
        if not isinstance(published, str) or (when := parse_published(published)) is None:
            raise InputError(where, f"the field 'published' is not a date: {published!r}")
    return Article(
        text=text, title=fields["title"], url=fields["url"], outlet=fields["outlet"],
        published=when, path=path, ident=fields["id"] or where.rsplit(":", 1)[-1],
    )


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


_MARKDOWN_SIGNS = re.compile(r"^#{1,6} \S|!\[[^\]\n]*\]\(|\*\*\S|^\s*[-*] \S", re.MULTILINE)


def _looks_like_markdown(text: str) -> bool:
    """Scraped pages saved as .txt are often Markdown: headings, images, bold runs."""
    return len(_MARKDOWN_SIGNS.findall(text[:20000])) >= 2


def _first_heading(text: str, markup: str) -> str | None:
    for line in text.splitlines()[:20]:
        stripped = line.strip()
        if not stripped:
            continue
        if markup == "markdown":
            if stripped.startswith("#"):
                return stripped.lstrip("#").strip() or None
            continue
        return stripped if len(stripped) <= 60 and stripped[-1] not in "。！？.!?" else None
    return None
