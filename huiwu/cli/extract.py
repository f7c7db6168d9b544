"""`huiwu extract` and `huiwu eval`."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import click

from . import main
from .output import console, print_events


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for every file; else read from the document.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
def extract(files: tuple[str, ...], published: str | None, fmt: str) -> None:
    """Extract the events of FILES (text, Markdown, HTML, JSONL; '-' reads standard input)."""
    from .. import _as_date, extract_article
    from ..ingest import read_paths
    from ..model import Failure

    when = _as_date(published)
    failed = 0
    collected = []
    for item in read_paths(files):
        if isinstance(item, Failure):
            failed += 1
            click.echo(f"huiwu: {item.doc}: {item.reason}", err=True)
            continue
        if when is not None:
            item = replace(item, published=when)
        try:
            result = extract_article(item)
        except Exception as error:  # one document's failure must not stop the others
            failed += 1
            click.echo(f"huiwu: {Failure(item.label, 'extract', f'{type(error).__name__}: {error}')}", err=True)
            continue
        for note in result.notes:
            click.echo(f"huiwu: {item.label}: {note}", err=True)
        if fmt == "table":
            print_events(result.events, fmt=fmt, title=f"{item.label} — {len(result.events)} events")
        elif fmt == "jsonl":
            print_events(result.events, fmt=fmt)
        else:
            collected.extend(result.events)
    if fmt == "json":
        print_events(collected, fmt=fmt)
    if failed:
        sys.exit(1)


@main.command(name="eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(path_type=Path), help="Folder of gold *.jsonl files.")
@click.option("--texts", "texts", required=True, multiple=True, help="Folder (or files) of the articles.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--published", help="Publication date for documents that carry none (YYYY-MM-DD).")
@click.option("--show-errors", is_flag=True, help="List missed gold events and unmatched output events.")
def evaluate_cmd(gold_dir: Path, texts: tuple[str, ...], fmt: str, published: str | None, show_errors: bool) -> None:
    """Score extraction against gold files: precision, recall, F1 per type, and core recall."""
    from .. import _as_date, extract_article, load_lexicon
    from ..evaluate import evaluate

    report = evaluate(gold_dir, texts, load_lexicon(), extract_article, default_published=_as_date(published))
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(title=f"huiwu eval — {gold_dir}", header_style="bold")
    for column in ("type", "gold", "output", "matched", "precision", "recall", "F1"):
        table.add_column(column, justify="right" if column != "type" else "left")
    for name, tally in sorted(report.by_type.items()):
        table.add_row(name, str(tally.gold), str(tally.output), str(tally.matched_gold),
                      f"{tally.precision:.2f}", f"{tally.recall:.2f}", f"{tally.f1:.2f}")
    total = report.overall
    table.add_row("[bold]all[/]", str(total.gold), str(total.output), str(total.matched_gold),
                  f"{total.precision:.2f}", f"{total.recall:.2f}", f"{total.f1:.2f}", end_section=True)
    out = console()
    out.print(table)
    out.print(f"core recall: {total.core_recall:.2f} ({total.core_matched}/{total.core})")
    for failure in report.failures:
        out.print(f"[red]failed:[/] {failure}")
    if show_errors:
        for gold in report.missed:
            out.print(f"[red]missed[/] {gold.line}: {gold.type} {','.join(gold.actors)} → "
                      f"{','.join(gold.recipients)} {gold.date_start}")
        for doc, event in report.spurious:
            out.print(f"[yellow]extra[/] {doc}: {event.type} {[p.name for p in event.actors]} → "
                      f"{[p.name for p in event.recipients]} {event.date.start}")
