"""Events as flat rows, and as pandas or polars data frames when those are installed."""

from __future__ import annotations

from typing import Any

from ..errors import HuiwuError
from ..model import Event

COLUMNS = (
    "id", "type", "status", "date_start", "date_end", "date_precision", "actors", "actor_ids",
    "recipients", "recipient_ids", "countries", "place", "place_country", "cameo", "plover_type",
    "sources", "documents", "urls", "confidence", "flags",
)


def flat_row(event: Event) -> dict[str, Any]:
    """One event as a flat record: names joined with 、, lists of ids as lists."""
    everyone = (*event.actors, *event.recipients)
    return {
        "id": event.id, "type": event.type, "status": event.status,
        "date_start": event.date.start, "date_end": event.date.end, "date_precision": event.date.precision,
        "actors": "、".join(p.name for p in event.actors), "actor_ids": [p.id for p in event.actors],
        "recipients": "、".join(p.name for p in event.recipients),
        "recipient_ids": [p.id for p in event.recipients],
        "countries": sorted({p.country for p in everyone if p.country}),
        "place": event.location.name if event.location else None,
        "place_country": event.location.country if event.location else None,
        "cameo": event.cameo, "plover_type": (event.plover or {}).get("type"),
        "sources": len(event.sources), "documents": len({s.doc for s in event.sources}),
        "urls": sorted({s.url for s in event.sources if s.url}),
        "confidence": round(event.confidence, 3), "flags": list(event.flags),
    }


def rows(store, **filters: Any) -> list[dict[str, Any]]:
    return [flat_row(e) for e in store.events(**filters)]


def _require(package: str):
    try:
        return __import__(package)
    except ModuleNotFoundError:
        raise HuiwuError(f"this needs {package}, which is not installed: pip install {package}") from None


def to_pandas(store, **filters: Any):
    pandas = _require("pandas")
    return pandas.DataFrame(rows(store, **filters), columns=list(COLUMNS))


def to_polars(store, **filters: Any):
    polars = _require("polars")
    data = rows(store, **filters)
    return polars.DataFrame(data) if data else polars.DataFrame({c: [] for c in COLUMNS})
