"""Read documents: files, folders, JSONL, HTML, Markdown, standard input.

Nothing here parses meaning. Each reader yields `Article` records, or a `Failure` for a
document that cannot be read, so one bad file never stops the others.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import Article, Failure
from ..normalize import without_surrogates
from .decode import decode_bytes
from .html import article_from_html
from .meta import parse_published

__all__ = ["read_paths", "read_path", "read_bytes", "article_from_record", "decode_bytes", "parse_published"]

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# One document (a file, standard input, a JSONL line) larger than this is refused before it is
# read: news articles are a few KB, and a scraped page with its markup rarely 2 MB; anything far
# bigger is a mistake (a dump, a log, a binary) that would hold up a whole run.
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
_READ_CHUNK = 1 << 20


def read_paths(paths: Iterable[str]) -> Iterator[Article | Failure]:
    """Yield every document under the given paths, in a stable order."""
    for path in paths:
        yield from read_path(path)


def read_path(path: str) -> Iterator[Article | Failure]:
    """The documents of one path: a file, a folder (walked recursively) or `-` (standard input)."""
    if path == "-":
        yield from _read_stdin()
        return
    try:
        is_dir = stat.S_ISDIR(os.stat(path).st_mode)
    except OSError as error:
        yield Failure(path, "read", _os_reason(path, error))
        return
    if is_dir:
        yield from _read_dir(Path(path))
    else:
        yield from _read_file(Path(path))


def _read_stdin() -> Iterator[Article | Failure]:
    data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        yield Failure("<stdin>", "read", f"more than {_megabytes(MAX_DOCUMENT_BYTES)}, the limit for one document")
        return
    yield from read_bytes(data, name="<stdin>")


def _read_dir(root: Path) -> Iterator[Article | Failure]:
    """Every document file under `root`; folders that cannot be listed are failures too."""
    seen: set[tuple[int, int]] = set()
    unlisted: list[OSError] = []
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=unlisted.append):
        while unlisted:
            error = unlisted.pop(0)
            where = error.filename or folder
            yield Failure(str(where), "read", f"cannot list the folder: {_os_reason(str(where), error)}")
        try:
            info = os.stat(folder)
        except OSError as error:
            yield Failure(folder, "read", _os_reason(folder, error))
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:  # a symbolic-link loop: do not walk the same folder twice
            dirs[:] = []
            continue
        seen.add(key)
        dirs.sort()
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in KNOWN_SUFFIXES:
                continue
            yield from _read_file(Path(folder) / name)
    for error in unlisted:
        where = str(error.filename or root)
        yield Failure(where, "read", f"cannot list the folder: {_os_reason(where, error)}")


def _read_file(path: Path) -> Iterator[Article | Failure]:
    """One file; anything but a regular file (a FIFO, a device, a socket) is refused unopened
    for reading, so a pipe with no writer cannot stall the run."""
    label = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with _open_regular(path) as handle:
                yield from _read_jsonl(handle, label)
            return
        with _open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_DOCUMENT_BYTES:
                yield Failure(label, "read", _too_big(size))
                return
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
        if len(data) > MAX_DOCUMENT_BYTES:  # the file grew while it was read
            yield Failure(label, "read", _too_big(len(data)))
            return
    except _NotRegular as refusal:
        yield Failure(label, "read", str(refusal))
        return
    except OSError as error:
        yield Failure(label, "read", _os_reason(label, error))
        return
    yield from read_bytes(data, name=label, suffix=suffix)


class _NotRegular(Exception):
    """The path is not a regular file."""


def _open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading, or raise `_NotRegular` naming what it is instead.
    O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise _NotRegular(f"not a regular file ({_kind(mode)}); skipped")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
    return next((name for test, name in kinds if test(mode)), "not a file")


def _os_reason(path: str, error: OSError) -> str:
    """A short reason for an OS error, telling a broken link and a link loop apart."""
    if error.errno == errno.ELOOP:
        return "a symbolic-link loop"
    if error.errno == errno.ENOENT and os.path.islink(path):
        return f"a broken symbolic link (to {os.readlink(path)})"
    if error.errno == errno.ENOENT:
        return "no such file or directory"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return (error.strerror or str(error)).lower()


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB".replace(".0 MB", " MB")


def _too_big(size: int) -> str:
    return f"the document is {_megabytes(size)}, over the {_megabytes(MAX_DOCUMENT_BYTES)} limit for one document"


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


def _read_jsonl(handle: BinaryIO, label: str) -> Iterator[Article | Failure]:
    """Each line a document; a bad line is a failure named `file:line` and the next is read."""
    for number, line in enumerate(_lines(handle), start=1):
        if line is None:
            yield Failure(f"{label}:{number}", "read", f"the line is over the {_megabytes(MAX_DOCUMENT_BYTES)} "
                          "limit for one document")
            continue
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            record = json.loads(decode_bytes(line, where))
            yield article_from_record(record, path=label, where=where)
        except json.JSONDecodeError as error:
            yield Failure(where, "read", f"not valid JSON ({error.msg} at column {error.colno})")
        except RecursionError:
            yield Failure(where, "read", "not valid JSON (nested too deeply)")
        except InputError as error:
            yield Failure(where, "read", error.problem)


def _lines(handle: BinaryIO) -> Iterator[bytes | None]:
    """The lines of a file, each at most MAX_DOCUMENT_BYTES; None for a longer line, which is
    skipped without ever being held in memory whole."""
    while True:
        line = handle.readline(MAX_DOCUMENT_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_DOCUMENT_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = handle.readline(_READ_CHUNK)
        yield None


def article_from_record(record: object, *, path: str | None, where: str) -> Article:
    """An article from a JSON object `{id, text, title?, url?, outlet?, published?}`; a record
    of another shape raises InputError saying which field is wrong and what it holds."""
    if not isinstance(record, dict):
        raise InputError(where, f"a JSONL line must be a JSON object, not {_json_kind(record)}")
    text = record.get("text")
    if text is None:
        raise InputError(where, "the field 'text' is missing")
    if not isinstance(text, str):
        raise InputError(where, f"the field 'text' must be a string, not {_json_kind(text)}")
    if not text.strip():
        raise InputError(where, "the field 'text' is empty")
    fields: dict[str, str | None] = {}
    for key in ("id", "title", "url", "outlet"):
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)):
            raise InputError(where, f"the field '{key}' must be a string, not {_json_kind(value)}")
        fields[key] = None if value is None else without_surrogates(str(value))
    text = without_surrogates(text)
    published = record.get("published")
    when: date | None = None
    if published is not None:
        if not isinstance(published, str) or (when := parse_published(published)) is None:
            raise InputError(where, f"the field 'published' is not a date: {_shorten(published)}")
    return Article(
        text=text, title=fields["title"], url=fields["url"], outlet=fields["outlet"],
        published=when, path=path, ident=fields["id"] or where.rsplit(":", 1)[-1],
    )


def _json_kind(value: object) -> str:
    """How a JSON value is named in a message: a number, a list, an object…"""
    if isinstance(value, bool):
        return "true or false"
    kinds = ((dict, "an object"), (list, "a list"), (int | float, "a number"), (str, "a string"))
    return next((name for kind, name in kinds if isinstance(value, kind)), "null")


def _shorten(value: object, limit: int = 60) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[:limit] + "…"


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
