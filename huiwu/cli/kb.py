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
def person(name: str) -> None:
    """A person's posts over time (any name form: 耶伦, 葉倫, Janet Yellen)."""
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
