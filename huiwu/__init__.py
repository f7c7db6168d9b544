"""huiwu (会晤): source-linked records of diplomatic events from Chinese news.

    import huiwu
    events = huiwu.extract(text, published="2023-11-11")
    print(events[0].to_dict())
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from .errors import HuiwuError, InputError, LexiconError, StoreError, UsageError
from .model import Article, DateValue, Event, Extraction, Failure, Location, Participant, Source, Span

__all__ = [
    "extract", "extract_article", "open_store", "load_lexicon",
    "Article", "DateValue", "Event", "Extraction", "Failure", "Location", "Participant", "Source", "Span",
    "HuiwuError", "InputError", "LexiconError", "StoreError", "UsageError",
]
__version__ = "0.1.0"


@lru_cache(maxsize=1)
def _extractor():
    from .extraction import Extractor
    from .lexicon import default_lexicon

    return Extractor(default_lexicon())


def load_lexicon():
    """The shipped knowledge base (loaded once per process)."""
    from .lexicon import default_lexicon

    return default_lexicon()


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"published must be a date or YYYY-MM-DD, not {value!r}") from None


def extract(text: str, *, published: date | str | None = None, title: str | None = None,
            markup: str = "text") -> list[Event]:
    """Every event the text reports, with roles, dates, places and source spans."""
    article = Article(text=text, title=title, published=_as_date(published), markup=markup)
    return list(_extractor().extract_article(article).events)


def extract_article(article: Article) -> Extraction:
    """Extract one `Article` (as read by `huiwu.ingest`), keeping its metadata and notes."""
    return _extractor().extract_article(article)


def open_store(path: str = "huiwu.db"):
    """Open (creating if needed) a huiwu SQLite database."""
    from .store import Store

    return Store(path)
