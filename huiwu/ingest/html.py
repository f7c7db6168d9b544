"""HTML pages: the main text, title and publication date, boilerplate removed."""

from __future__ import annotations

import logging

from ..errors import InputError
from ..model import Article
from .meta import parse_published


def article_from_html(html: str, *, path: str | None) -> Article:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        result = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True,
        )
    except Exception as error:  # trafilatura raises many kinds on broken markup; report, do not crash
        raise InputError(path or "<html>", f"cannot parse HTML ({type(error).__name__})") from None
    if result is None:
        raise InputError(path or "<html>", "no article text found in the HTML page")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(path or "<html>", "no article text found in the HTML page")
    published = parse_published(data.get("date") or "") if data.get("date") else None
    title = (data.get("title") or "").strip() or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Article(
        text=text, title=title, url=data.get("url"), outlet=data.get("sitename"),
        published=published, path=path,
    )
