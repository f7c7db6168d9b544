"""Printing events and tables for a person (rich) or a machine (JSON)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable

from ..model import Event


def console():
    from rich.console import Console

    return Console(width=None if sys.stdout.isatty() else 200, soft_wrap=False)


def participant_label(p) -> str:
    titles = "、".join(p.titles[:2])
    return f"{titles}{p.name}" if titles and p.kind == "person" else p.name


def event_detail(event: Event) -> str:
    parts = []
    if event.count:
        parts.append(f"×{event.count}")
    if event.post:
        parts.append(f"post: {event.post}")
    if event.predecessor:
        parts.append(f"after {event.predecessor}")
    if event.created:
        parts.append(f"created: {event.created}")
    if event.items:
        parts.append("; ".join(event.items[:4]))
    return " ".join(parts)


def date_label(event: Event) -> str:
    if not event.date.start:
        return "?"
    label = event.date.start if not event.date.end else f"{event.date.start}…{event.date.end}"
    return f"~{label}" if event.date.approximate else label


def print_events(events: Iterable[Event], *, fmt: str, title: str | None = None) -> None:
    events = list(events)
    if fmt == "jsonl":
        for event in events:
            sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        return
    if fmt == "json":
        sys.stdout.write(json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2) + "\n")
        return
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for column in ("#", "type", "status", "date", "actors", "with", "place", "details"):
        table.add_column(column, overflow="fold")
    for number, event in enumerate(events, start=1):
        status = event.status if event.status == "occurred" else f"[yellow]{event.status}[/]"
        table.add_row(
            str(number), event.type, status, date_label(event),
            ", ".join(participant_label(p) for p in event.actors),
            ", ".join(participant_label(p) for p in event.recipients),
            event.location.name if event.location else "", event_detail(event),
        )
    console().print(table)
