"""Full-text search over documents that works for Chinese.

SQLite's `unicode61` tokenizer treats a run of Chinese characters as one token, so a search
for 会见 would only find documents where 会见 stands alone. We use the `trigram` tokenizer
(SQLite 3.34 and later): any substring of three or more characters is found; shorter queries
are answered by a LIKE scan of the same table. Where trigram is missing, the text is indexed
with a space between Chinese characters under `unicode61`, and a query becomes a phrase of
single characters. Title and text are indexed in normalised form (simplified script,
half-width), so a simplified query finds a traditional-script article.
"""

from __future__ import annotations

import re
import sqlite3

from ..normalize import normalize_surface

TRIGRAM = "trigram"
SPACED = "unicode61-spaced"
_CJK_RUN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")


def has_trigram(connection: sqlite3.Connection) -> bool:
    """Whether this SQLite library has the trigram tokenizer."""
    try:
        connection.execute("CREATE VIRTUAL TABLE temp._huiwu_probe USING fts5(x, tokenize='trigram')")
    except sqlite3.OperationalError:
        return False
    connection.execute("DROP TABLE temp._huiwu_probe")
    return True


def create_fts_table(connection: sqlite3.Connection, *, tokenizer: str | None = None) -> str:
    """Create `documents_fts` (rowid = documents.number) and return the tokenizer used."""
    chosen = tokenizer or (TRIGRAM if has_trigram(connection) else SPACED)
    option = "trigram" if chosen == TRIGRAM else "unicode61"
    connection.execute(f"CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, tokenize='{option}')")
    return chosen


def indexed_form(text: str | None, tokenizer: str) -> str:
    """What the index holds for a title or text: normalised, CJK spaced for unicode61."""
    normal = normalize_surface(text or "")
    return _CJK_RUN.sub(r" \1 ", normal) if tokenizer == SPACED else normal


def search_condition(query: str, tokenizer: str) -> tuple[str, list[str]]:
    """SQL selecting the `documents.number` of documents containing every term of `query`,
    with its bound parameters. Terms are separated by spaces."""
    terms = [normalize_surface(t) for t in query.split() if normalize_surface(t)]
    if not terms:
        return "SELECT number FROM documents WHERE 0", []
    parts, params = [], []
    for term in terms:
        sql, values = _term_condition(term, tokenizer)
        parts.append(sql)
        params.extend(values)
    return " INTERSECT ".join(parts), params


def _term_condition(term: str, tokenizer: str) -> tuple[str, list[str]]:
    if tokenizer == TRIGRAM and len(term) < 3:
        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return ("SELECT rowid FROM documents_fts WHERE title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\'",
                [pattern, pattern])
    phrase = " ".join(indexed_form(term, tokenizer).split()) if tokenizer == SPACED else term
    return "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", ['"' + phrase.replace('"', '""') + '"']
