"""`huiwu who`, `huiwu person` and `huiwu lexicon …`: the knowledge base from the command line."""

from __future__ import annotations

import sys
from datetime import date

import click

from ..errors import UsageError
from . import main
from .output import console


def _day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--on must be YYYY-MM-DD, not {value!r}") from None


@main.command()
@click.argument("post")
@click.option("--country", help="ISO 3166-1 alpha-3 code, when the title exists in several countries.")
@click.option("--on", "on", help="The day (YYYY-MM-DD); today when omitted.")
def who(post: str, country: str | None, on: str | None) -> None:
    """Who held POST on a day: any title form (外长, 国务卿, 美财长, Secretary of State)."""
    from .. import load_lexicon
    from ..lexicon.queries import who_held

    day = _day(on)
    answers = who_held(load_lexicon(), post, country=country, on=day)
    if not answers:
        raise UsageError(f"no post known by the title {post!r}" + (f" in {country}" if country else ""))
    from rich.table import Table

    table = Table(title=f"{post} on {day.isoformat()}", header_style="bold")
    for column in ("post", "country", "holder", "English", "start", "end"):
        table.add_column(column)
    for row in answers:
        table.add_row(*[row.get(k) or "" for k in ("post", "country", "name", "name_en", "start", "end")])
    console().print(table)


@main.command()
@click.argument("name")
@click.option("--db", default="huiwu.db", show_default=True, help="Also list the person's events from this database.")
def person(name: str, db: str) -> None:
    """A person's posts over time (any name form: 耶伦, 葉倫, Janet Yellen), and their events."""
    from .. import load_lexicon
    from ..lexicon.queries import career

    lexicon = load_lexicon()
    people = lexicon.find_entities(name, kind="person")
    if not people:
        raise UsageError(f"no person known by the name {name!r}")
    from rich.table import Table

    out = console()
    for entity in people:
        table = Table(title=f"{entity.name} ({entity.name_en}) — {entity.country} — {entity.id}", header_style="bold")
        for column in ("post", "English", "start", "end"):
            table.add_column(column)
        for row in career(lexicon, entity.id):
            table.add_row(row["post"], row["post_en"], row["start"] or "?", row["end"] or "")
        out.print(table)
        _print_events_of(entity.id, db)


def _print_events_of(person_id: str, db: str) -> None:
    from pathlib import Path

    if not Path(db).exists():
        return
    from ..store import Store
    from .output import print_events

    with Store(db, readonly=True) as store:
        events = store.timeline(person_id)
    if events:
        print_events(events, fmt="table", title=f"{len(events)} events in {db}")


@main.group()
def lexicon() -> None:
    """Check and grow the knowledge base."""


@lexicon.command()
def check() -> None:
    """Validate every data file; prints each problem as file:line: problem."""
    import time

    from ..lexicon import Lexicon
    from ..lexicon.check import check as run_check

    started = time.perf_counter()
    loaded = Lexicon.load()
    problems = run_check(loaded)
    for problem in problems:
        click.echo(problem)
    persons = sum(1 for e in loaded.entities.values() if e.kind == "person")
    click.echo(f"{len(problems)} problems; {persons} persons, {len(loaded.posts)} posts, "
               f"{len(loaded.holdings)} holdings, {len(loaded.entities) - persons} places and organisations, "
               f"{len(loaded.countries)} countries; loaded in {time.perf_counter() - started:.2f} s",
               err=bool(problems))
    if problems:
        sys.exit(1)


@lexicon.command()
@click.option("--db", default="huiwu.db", show_default=True, help="The database whose events are read.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def candidates(db: str, fmt: str) -> None:
    """Facts the news suggests: officials it does not know, posts taken up (with evidence)."""
    import json

    found = _candidates(db)
    if fmt == "json":
        click.echo(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(title=f"{len(found)} candidates from {db}", header_style="bold")
    for column in ("id", "kind", "name", "country", "title", "post", "from", "count", "evidence"):
        table.add_column(column, overflow="fold")
    for c in found:
        evidence = "; ".join(f"{e['doc']}@{e['date']}" for e in c.evidence)
        table.add_row(c.id, c.kind, c.name, c.country or "", c.title or "", c.post or "", c.start or "",
                      str(c.count), evidence)
    console().print(table)


@lexicon.command()
@click.argument("ident")
@click.option("--db", default="huiwu.db", show_default=True)
def accept(ident: str, db: str) -> None:
    """Accept candidate IDENT: it becomes a fact in your own knowledge-base files."""
    _decide(ident, db, "accepted")


@lexicon.command()
@click.argument("ident")
@click.option("--db", default="huiwu.db", show_default=True)
def reject(ident: str, db: str) -> None:
    """Reject candidate IDENT: it is not shown again."""
    _decide(ident, db, "rejected")


def _candidates(db: str):
    from pathlib import Path

    from .. import load_lexicon
    from ..lexicon.learn import candidates_from_events, decisions

    if not Path(db).exists():
        raise UsageError(f"{db}: no such database (run 'huiwu ingest' first)")
    from ..store import Store

    with Store(db, readonly=True) as store:
        events = store.events()
    return candidates_from_events(events, load_lexicon(), decided=set(decisions()))


def _decide(ident: str, db: str, verdict: str) -> None:
    from ..lexicon.learn import decide, user_dir

    found = {c.id: c for c in _candidates(db)}
    if ident not in found:
        raise UsageError(f"no open candidate {ident!r} (see 'huiwu lexicon candidates')")
    decide(found[ident], verdict)
    click.echo(f"{ident}: {verdict}; recorded in {user_dir()}")
