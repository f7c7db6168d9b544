"""Partial ISO dates ("2023", "2023-07", "2023-07-25") as ranges of days."""

from __future__ import annotations

import calendar
from datetime import date


def date_bounds(value: str) -> tuple[date, date]:
    """The first and last day a partial ISO date covers."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(parts[0], parts[1], parts[2])
    return day, day
