"""Text normalisation with an offset map back to the raw text.

The extractor reads normalised text: simplified script, half-width digits, letters and
punctuation, no zero-width or control characters, and (for Markdown) no markup. Every
character of the normalised text remembers the raw character it came from, so any span
found in it maps back to `raw[start:end]` exactly.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache

# Full-width ASCII (U+FF01–U+FF5E) and the ideographic space become their ASCII forms.
_NARROW = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_NARROW["\u3000"] = " "
_WIDE = re.compile("[\uff01-\uff5e\u3000]")


def _narrow(text: str) -> str:
    """Full-width characters to their ASCII forms. A text holds only a few distinct ones (，：（）),
    and one `str.replace` per character is several times faster than `str.translate`, which
    looks every character of the text up in a table."""
    for wide in set(_WIDE.findall(text)):
        text = text.replace(wide, _NARROW[wide])
    return text


# Characters that are dropped everywhere: zero-width and bidi marks, soft hyphen, BOM, C0/C1 controls
# other than tab and newline. A carriage return becomes nothing so CRLF reads as LF.
# The set is written twice rather than with `+`: a pattern that starts with a character set is
# searched by skipping in C to a character of the set, several times faster on text without any.
_INVISIBLE_CHAR = "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad\x00-\x08\x0b\x0c\x0d\x0e-\x1f\x7f-\x9f]"
_INVISIBLE = re.compile(_INVISIBLE_CHAR + _INVISIBLE_CHAR + "*")
# Markdown markup that carries no words: images, link targets, emphasis, heading marks, HTML tags.
_MARKDOWN = re.compile(
    r"!\[[^\]\n]*\]\([^)]*\)"          # an image, possibly wrapped over lines
    r"|\]\([^)\s]*\)"                   # the target of a link: [text](url) keeps "text"
    r"|(?<!\\)\[(?=[^\]\n]*\]\()"       # the opening bracket of such a link
    r"|\*\*|__|(?<![\w*])\*(?![\s*])|(?<=\S)\*(?![\w*])|^_(?=\S)|(?<=\S)_$"
    r"|^[ \t]*#{1,6}[ \t]+|^[ \t]*>[ \t]?"
    r"|</?[A-Za-z][^<>\n]{0,200}>",
    re.MULTILINE,
)


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _t2s_char(char: str) -> str:
    converted = _t2s().convert(char)
    return converted if len(converted) == 1 else char


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """A lone half of a surrogate pair (JSON can spell one: `"\\ud83d"`) is no character and
    cannot be encoded: each becomes U+FFFD, one for one, so lengths and offsets stay."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def to_simplified(text: str) -> str:
    """Traditional → simplified, always keeping the length (one character for one)."""
    if not text:
        return text
    text = without_surrogates(text)
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_t2s_char(c) for c in text)


def normalize_surface(text: str) -> str:
    """Normalise a short string (a name, a cue word) the way article text is normalised."""
    return to_simplified(_narrow(_INVISIBLE.sub("", text))).strip()


def normalize_many(texts: list[str]) -> list[str]:
    """`normalize_surface` for many short strings at once (one pass of the converter)."""
    if not texts:
        return []
    joined = _INVISIBLE.sub("", "\n".join(t.replace("\n", " ") for t in texts))
    return [part.strip() for part in to_simplified(_narrow(joined)).split("\n")]


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and, for each of its characters, the raw offset it came from."""

    raw: str
    text: str
    offsets: array | None  # None: identity (nothing was deleted)

    def raw_offset(self, index: int) -> int:
        if self.offsets is None:
            return index
        if index >= len(self.text):
            return len(self.raw)
        return self.offsets[index]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map [start, end) of the normalised text to [start, end) of the raw text."""
        if self.offsets is None:
            return start, end
        if end <= start:
            at = self.raw_offset(start)
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1


def _deletions(raw: str, markdown: bool) -> list[tuple[int, int]]:
    spans = [m.span() for m in _INVISIBLE.finditer(raw)]
    if markdown:
        spans.extend(m.span() for m in _MARKDOWN.finditer(raw))
        spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        elif end > start:
            merged.append((start, end))
    return merged


def normalize(raw: str, *, markdown: bool = False) -> Normalized:
    """Normalise `raw`, keeping a map from every output character back to `raw`."""
    deletions = _deletions(raw, markdown)
    if not deletions:
        kept, offsets = raw, None
    else:
        pieces: list[str] = []
        offsets = array("l")
        cursor = 0
        for start, end in deletions:
            pieces.append(raw[cursor:start])
            offsets.extend(range(cursor, start))
            cursor = end
        pieces.append(raw[cursor:])
        offsets.extend(range(cursor, len(raw)))
        kept = "".join(pieces)
    text = to_simplified(_narrow(kept))
    return Normalized(raw=raw, text=text, offsets=offsets)
