"""Reading the knowledge-base TSV files into typed rows, each remembering its file and line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import LexiconError

COLUMNS: dict[str, tuple[str, ...]] = {
    "countries": ("iso3", "name", "name_en", "short", "aliases"),
    "places": ("id", "name", "name_en", "country", "kind", "within", "aliases"),
    "orgs": ("id", "name", "name_en", "country", "kind", "aliases"),
    "persons": ("id", "name", "name_en", "country", "gender", "wikidata", "aliases"),
    "posts": ("id", "name", "name_en", "country", "single", "aliases"),
    "holdings": ("person", "post", "start", "end", "note"),
    "cues": ("type", "cue", "frame", "object", "block_before", "block_after", "need_after", "note"),
    "markers": ("kind", "word", "value", "note"),
}
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class Row:
    kind: str
    values: dict[str, str]
    path: str
    line: int

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "")

    def many(self, key: str) -> list[str]:
        return [v.strip() for v in self.values.get(key, "").split("|") if v.strip()]

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


def kind_of(path: Path) -> str | None:
    stem = path.name.split(".")[0]
    for kind in COLUMNS:
        if stem == kind or stem.startswith(kind + "-") or stem.startswith(kind + "_"):
            return kind
    return None


def data_files(folder: Path) -> Iterator[tuple[str, Path]]:
    for path in sorted(folder.glob("*.tsv")):
        kind = kind_of(path)
        if kind:
            yield kind, path


def read_table(path: Path, kind: str) -> Iterator[Row]:
    """Rows of one TSV file; a malformed line raises LexiconError naming file and line."""
    expected = COLUMNS[kind]
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(str(path), None, f"cannot read: {error}") from None
    header: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in expected if c not in header]
            if missing:
                raise LexiconError(str(path), number, f"header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) > len(header):
            raise LexiconError(str(path), number, f"{len(cells)} cells, the header has {len(header)}")
        values = {name: cells[i].strip() if i < len(cells) else "" for i, name in enumerate(header)}
        yield Row(kind, values, str(path), number)


def check_date(row: Row, key: str) -> str | None:
    value = row[key]
    if value and not _PARTIAL_DATE.match(value):
        return f"{key} {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    return None
