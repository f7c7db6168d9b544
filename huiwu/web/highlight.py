"""Marking spans of raw text for display: escape every character, wrap spans in `<mark>`.

Spans are character offsets into the raw document text (as stored), so the marked text is
exactly what the article says. Overlapping and nested spans are flattened into segments;
a segment covered by several spans gets all their classes and links to the innermost span
that has a link. Every piece of text — article text and labels — is escaped here.
"""

from __future__ import annotations

import html
from typing import Any

from markupsafe import Markup

KINDS = ("sentence", "actor", "recipient", "date", "place", "cue", "evidence")


def highlight(text: str, marks: list[dict[str, Any]], *, offset: int = 0) -> Markup:
    """`text` (which starts at character `offset` of the document) with the marks applied."""
    spans = _clipped(marks, offset, len(text))
    cuts = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    out: list[str] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in spans if s["start"] <= start and end <= s["end"]]
        out.append(_segment(text[start:end], covering))
    return Markup("".join(out))


def _clipped(marks: list[dict[str, Any]], offset: int, length: int) -> list[dict[str, Any]]:
    """Marks moved into the window's coordinates; those outside it (or empty) dropped."""
    found = []
    for mark in marks:
        start, end = int(mark["start"]) - offset, int(mark["end"]) - offset
        start, end = max(0, start), min(length, end)
        if start < end:
            found.append({**mark, "start": start, "end": end})
    return found


def _segment(piece: str, covering: list[dict[str, Any]]) -> str:
    escaped = html.escape(piece, quote=True)
    if not covering:
        return escaped
    inner = sorted(covering, key=lambda s: s["end"] - s["start"])
    kinds = " ".join(dict.fromkeys(f"m-{s['kind']}" for s in inner if s.get("kind") in KINDS))
    title = html.escape(" · ".join(dict.fromkeys(str(s.get("label") or s.get("kind")) for s in inner)), quote=True)
    href = next((s["href"] for s in inner if s.get("href")), None)
    body = f'<a href="{html.escape(href, quote=True)}">{escaped}</a>' if href else escaped
    return f'<mark class="{kinds}" title="{title}">{body}</mark>'
