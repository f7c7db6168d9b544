"""Publication dates from metadata strings: ISO, Chinese and ROC forms."""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_ROC = re.compile(r"民[国國]\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})")


def parse_published(value: str) -> date | None:
    """`2023-11-10`, `2023-11-10T08:00:00+08:00`, `2023年11月10日`, `民國112年11月10日` → a date."""
    text = value.strip().translate({code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)})
    if match := _ROC.search(text):
        year, month, day = int(match[1]) + 1911, int(match[2]), int(match[3])
    elif match := _ISO.search(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
