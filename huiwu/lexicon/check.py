"""`huiwu lexicon check`: every problem in the data files as `file:line: problem`."""

from __future__ import annotations

import re
from collections import defaultdict

from ..model import EVENT_TYPES
from . import Lexicon
from .dates import date_bounds
from .tables import Row, check_date

_ID_PATTERNS = {
    "persons": re.compile(r"^person/[a-z0-9][a-z0-9.'-]*$"),
    "posts": re.compile(r"^post/[a-z]{3}/[a-z0-9][a-z0-9-]*$"),
    "places": re.compile(r"^place/[a-z0-9][a-z0-9-]*$"),
    "orgs": re.compile(r"^org/[a-z0-9][a-z0-9-]*$"),
}
_FRAMES = {"receive", "with", "visit", "greet", "attend", "agree", "express", "demand", "should", "appoint", "establish", "sanction"}


def check(lexicon: Lexicon) -> list[str]:
    problems: list[str] = []
    seen: dict[tuple[str, str], Row] = {}
    countries = set(lexicon.countries) | {"UNO"}
    for row in lexicon.rows:
        key_name = "iso3" if row.kind == "countries" else "id"
        if row.kind in ("countries", "persons", "posts", "places", "orgs"):
            ident = row[key_name]
            if not ident:
                problems.append(f"{row.where}: empty {key_name}")
                continue
            if (row.kind, ident) in seen:
                problems.append(f"{row.where}: duplicate id {ident} (first at {seen[(row.kind, ident)].where})")
            seen[(row.kind, ident)] = row
            pattern = _ID_PATTERNS.get(row.kind)
            if pattern and not pattern.match(ident):
                problems.append(f"{row.where}: id {ident!r} is not of the form {pattern.pattern}")
            if not row["name"]:
                problems.append(f"{row.where}: empty name")
        country = row["country"] if row.kind in ("persons", "posts", "places", "orgs") else ""
        if country and country not in countries:
            problems.append(f"{row.where}: unknown country code {country!r}")
        if row.kind == "posts" and not country:
            problems.append(f"{row.where}: a post needs a country")
        if row.kind == "holdings":
            problems.extend(_check_holding(row, lexicon))
        if row.kind == "cues":
            if row["type"] not in EVENT_TYPES:
                problems.append(f"{row.where}: unknown event type {row['type']!r}")
            if row["frame"] not in _FRAMES:
                problems.append(f"{row.where}: unknown frame {row['frame']!r}")
            for column in ("block_before", "block_after", "need_after"):
                try:
                    pattern = re.compile(row[column])
                except re.error as error:
                    problems.append(f"{row.where}: {column} is not a valid pattern ({error})")
                    continue
                if row[column] and pattern.match("") and pattern.match("\x00"):  # "|遭" blocks every reading
                    problems.append(f"{row.where}: {column} matches any text, so it "
                                    f"{'is always met' if column == 'need_after' else 'cancels the cue everywhere'}")
    problems.extend(_overlaps(lexicon))
    problems.extend(_ambiguous_names(lexicon))
    return problems


def _check_holding(row: Row, lexicon: Lexicon) -> list[str]:
    out = []
    if row["person"] not in lexicon.entities or lexicon.entities[row["person"]].kind != "person":
        out.append(f"{row.where}: unknown person {row['person']!r}")
    if row["post"] not in lexicon.posts:
        out.append(f"{row.where}: unknown post {row['post']!r}")
    for key in ("start", "end"):
        if problem := check_date(row, key):
            out.append(f"{row.where}: {problem}")
    if row["start"] and row["end"] and not check_date(row, "start") and not check_date(row, "end"):
        if date_bounds(row["end"])[1] < date_bounds(row["start"])[0]:
            out.append(f"{row.where}: ends ({row['end']}) before it starts ({row['start']})")
    return out


def _overlaps(lexicon: Lexicon) -> list[str]:
    out = []
    for post_id, holdings in lexicon._by_post.items():
        post = lexicon.posts.get(post_id)
        if post is None or not post.single:
            continue
        spans = []
        for h in holdings:
            if check_date_value(h.start) and check_date_value(h.end):
                start = date_bounds(h.start)[1] if h.start else None
                end = date_bounds(h.end)[0] if h.end else None
                spans.append((start, end, h))
        spans.sort(key=lambda s: (s[0] is not None, s[0]))
        for i, (start_a, end_a, a) in enumerate(spans):
            for start_b, end_b, b in spans[i + 1:]:
                if a.person == b.person:
                    continue
                if start_a and start_b and (end_a is None or end_a >= start_b) and (end_b is None or end_b >= start_a):
                    if end_a is None or start_b < end_a:
                        out.append(f"{b.source}: {post_id} has two holders on the same day: "
                                   f"{b.person} and {a.person} ({a.source})")
    return out


def check_date_value(value: str) -> bool:
    return not value or bool(re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value))


def _ambiguous_names(lexicon: Lexicon) -> list[str]:
    """A name of two persons is fine when each has posts to tell them apart by context."""
    out = []
    by_form: dict[str, set[str]] = defaultdict(set)
    for form, refs in lexicon._surfaces.items():
        people = {r.id for r in refs if r.kind == "person"}
        if len(people) > 1:
            by_form[form] = people
    rows = {r["id"]: r for r in lexicon.rows if r.kind == "persons"}
    for form, people in sorted(by_form.items()):
        undated = [p for p in sorted(people) if not lexicon.holdings_of(p)]
        if undated:
            where = rows[undated[0]].where if undated[0] in rows else "persons"
            out.append(f"{where}: the name {form!r} maps to {', '.join(sorted(people))} and "
                       f"{', '.join(undated)} has no post to tell them apart")
    return out
