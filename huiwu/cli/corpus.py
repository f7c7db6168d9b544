"""`huiwu ingest`, `failures`, `events`, `timeline`, `network` and `export`: the corpus commands.

Each opens the database, makes one library call and prints the answer.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict

import click

from ..errors import UsageError
from ..model import EVENT_TYPES, STATUSES, Event, Failure
from . import main
from .output import console, date_label, participant_label

DEFAULT_DB = "huiwu.db"
EXPORT_FORMATS = ("plover", "jsonl", "csv", "parquet", "gexf", "timelinejs")

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, envvar="HUIWU_DB",
                         type=click.Path(dir_okay=False), help="The database file (or $HUIWU_DB).")


def filter_options(function):
    """--actor, --type, --country, --since, --until, --text, --status."""
    options = [
        click.option("--actor", "actors", multiple=True,
                     help="A participant, any name form (習近平, Xi Jinping, 美国); repeat: events with all of them."),
        click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES), help="Event type; repeatable."),
        click.option("--country", help="ISO3 code of any participant (CHN, USA…)."),
        click.option("--since", help="Events ending on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", help="Events starting on or before this date."),
        click.option("--text", help="Words in a source document (full-text search; spaces separate words)."),
        click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES), help="Status; repeatable."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _filters(actors, types, country, since, until, text, statuses) -> dict:
    return {"actor": list(actors) or None, "type": list(types) or None, "country": country, "since": since,
            "until": until, "text": text, "status": list(statuses) or None}


def _open(db: str, *, readonly: bool = True, on_failure: Callable[[Failure], None] | None = None):
    from ..store import Store

    return Store(db, readonly=readonly, on_failure=on_failure)


def _failure_reporter() -> Callable[[Failure], None]:
    """One line per document that failed, as it fails: the file (or file:line), the step and the
    reason; once each, even when a chunk is undone and written again."""
    reported: set[Failure] = set()

    def report(failure: Failure) -> None:
        if failure not in reported:
            reported.add(failure)
            click.echo(f"huiwu: {failure}", err=True)
    return report


# ---- ingest ---------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=click.IntRange(min=1),
              help="Extract in N local processes (default 1: in this process); with --dask local, the "
                   "number of Dask workers (default 2).")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on the Dask scheduler at ADDRESS (tcp://host:8786), or 'local' for a LocalCluster.")
@click.option("--chunk", type=click.IntRange(min=1), default=16, show_default=True,
              help="Documents sent to a worker at a time.")
@click.option("--commit", type=click.Choice(["document", "chunk"]), default="document", show_default=True,
              help="One transaction per document, or chunks gathered into transactions of 512 documents or more "
                   "(faster; an interruption loses what the open transaction held).")
def ingest(paths: tuple[str, ...], db: str, workers: int | None, dask_address: str | None, chunk: int,
           commit: str) -> None:
    """Read, extract and store the documents under PATHS (files, folders, JSONL; '-' for stdin).

    A document already stored (same normalised text) only gains the URL or path it was found
    under. After an interruption, run the same command again: it continues where it stopped.
    Exits with 1 when any document failed (see `huiwu failures`)."""
    from ..batch import BatchOptions, run_key
    from ..batch import ingest as run_ingest
    from ..ingest import read_paths

    options = BatchOptions(workers=workers, dask=dask_address, chunk=chunk, commit=commit)
    with _open(db, readonly=False, on_failure=_failure_reporter()) as store, _progress() as progress:
        summary = run_ingest(store, read_paths(paths), key=run_key(paths), options=options, progress=progress)
    click.echo(summary.line())
    if summary.failed:
        click.echo(f"huiwu: {summary.failed} documents failed; list them with `huiwu failures --db {db}`", err=True)
        sys.exit(1)


@contextmanager
def _progress() -> Iterator:
    """A rich progress line on a terminal; nothing when stderr is a file or a pipe."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} documents"), TextColumn("[dim]{task.description}"),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=None)
        yield lambda done, label: bar.update(task, completed=done, description=label[-60:])


# ---- failures -------------------------------------------------------------------------------
@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def failures(db: str, fmt: str) -> None:
    """The documents that could not be read or extracted, with the reason."""
    with _open(db) as store:
        rows = store.failures()
    if fmt == "json":
        click.echo(json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=2))
        return
    _print_table(f"{len(rows)} failures", ("source", "step", "reason", "attempts", "last failed"),
                 [(r.source, r.step, r.reason, str(r.attempts), r.failed_at) for r in rows])


# ---- events ---------------------------------------------------------------------------------
@main.command()
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
              show_default=True)
@click.option("--explain", "explain_id", metavar="ID", help="Show why the sources of event ID were merged.")
def events(db: str, actors, types, country, since, until, text, statuses, limit: int | None, fmt: str,
           explain_id: str | None) -> None:
    """Merged events (one per real event, every source listed), in date order."""
    with _open(db) as store:
        if explain_id:
            explanation = store.explain(explain_id)
            if explanation is None:
                raise UsageError(f"no event with the id {explain_id!r} in {db}")
            _print_explanation(explanation, fmt)
            return
        found = store.events(**_filters(actors, types, country, since, until, text, statuses), limit=limit)
    _print_events(found, fmt, title=f"{len(found)} events")


def _print_events(found: list[Event], fmt: str, *, title: str) -> None:
    if fmt in ("json", "jsonl"):
        from .output import print_events

        print_events(found, fmt=fmt)
    elif fmt == "csv":
        from ..store.frames import COLUMNS, flat_row

        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS)
        writer.writeheader()
        for event in found:
            row = flat_row(event)
            writer.writerow({k: "|".join(v) if isinstance(v, list) else v for k, v in row.items()})
    else:
        _print_table(title, ("id", "type", "status", "date", "actors", "with", "place", "sources"), [
            (e.id, e.type, e.status, date_label(e), ", ".join(participant_label(p) for p in e.actors),
             ", ".join(participant_label(p) for p in e.recipients), e.location.name if e.location else "",
             str(len(e.sources))) for e in found])


def _print_explanation(explanation, fmt: str) -> None:
    if fmt != "table":
        click.echo(json.dumps(explanation.to_dict(), ensure_ascii=False, indent=2))
        return
    event = explanation.event
    out = console()
    out.print(f"[bold]{event.id}[/] {event.type} {date_label(event)} — "
              f"{len(event.sources)} sources, confidence {event.confidence:.2f}")
    out.print(f"key participants: {', '.join(explanation.keyset)}")
    rows = []
    for source in explanation.sources:
        match = source["match"]
        why = "first report" if match.get("founder") else (
            f"key {match['key']}; in common: {', '.join(match['common'])}; date: {match['date']}; "
            f"place: {match['place']}; {match['type']}; score {match['score']:.2f}")
        rows.append((source["document"], source["title"] or "", source["date"] or "?", source["place"] or "",
                     "、".join(source["participants"]), why))
    _print_table("sources", ("document", "title", "date", "place", "participants", "why merged"), rows)
    for conflict in explanation.conflicts:
        values = "; ".join(f"{v['value']} ({', '.join(v['documents'])})" for v in conflict["values"])
        out.print(f"[yellow]conflicting {conflict['field']}:[/] {values}")


# ---- timeline and network -------------------------------------------------------------------
@main.command()
@click.argument("name")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
              show_default=True)
def timeline(name: str, db: str, fmt: str) -> None:
    """The events of a person, organisation or country (any name form), in date order."""
    with _open(db) as store:
        if not store.resolve(name):
            raise UsageError(f"no person, organisation or country known as {name!r}")
        found = store.timeline(name)
    _print_events(found, fmt, title=f"{name}: {len(found)} events")


@main.command()
@db_option
@click.option("--since", help="Events ending on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Events starting on or before this date.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def network(db: str, since: str | None, until: str | None, fmt: str) -> None:
    """Who met, talked with, called or visited whom, and how often (events that took place)."""
    with _open(db) as store:
        ties = store.network(since=since, until=until)
    if fmt == "json":
        click.echo(json.dumps([t.to_dict() for t in ties], ensure_ascii=False, indent=2))
        return
    kinds = ("meet", "talks", "call", "visit")
    _print_table(f"{len(ties)} pairs", ("one", "other", *kinds, "total", "first", "last"), [
        (t.a_name, t.b_name, *(str(t.counts.get(k, 0)) for k in kinds), str(t.total), t.first or "?",
         t.last or "?") for t in ties])


# ---- export ---------------------------------------------------------------------------------
@main.command(name="export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False), help="File to write.")
@filter_options
def export_command(db: str, fmt: str, out: str, actors, types, country, since, until, text, statuses) -> None:
    """Write the events (all, or those the filters select) in a format other tools read."""
    from ..export import export

    with _open(db) as store:
        written = export(store, fmt, out, **_filters(actors, types, country, since, until, text, statuses))
    click.echo(f"wrote {written} events to {out}")


def _print_table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    from rich.table import Table

    table = Table(title=title, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console().print(table)
