"""Resolving a name typed by a person to the entity ids stored with events."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..normalize import normalize_surface


def resolve_name(connection: sqlite3.Connection, name: str, lexicon: Any) -> set[str]:
    """Ids for `name`: knowledge-base entities and countries (any script, English, alias,
    ISO3 code) and entities stored under that name, English name or id."""
    name = name.strip()
    if not name:
        return set()
    ids = {e.id for e in lexicon.find_entities(name)} if lexicon is not None else set()
    ids |= {f"country/{iso3}" for iso3 in _countries(name, lexicon)}
    simplified = normalize_surface(name)
    rows = connection.execute(
        "SELECT id FROM entities WHERE name IN (?, ?) OR lower(name_en) = lower(?) OR id = ?",
        (name, simplified, name, name))
    ids |= {row[0] for row in rows}
    return ids


def _countries(name: str, lexicon: Any) -> set[str]:
    if lexicon is None:
        return set()
    found = {ref.id for ref in lexicon.refs(name) if ref.kind == "country"}
    upper, lowered = name.upper().removeprefix("COUNTRY/"), name.lower()  # country/USA: the id itself
    for iso3, country in lexicon.countries.items():
        if upper == iso3 or lowered == country.name_en.lower():
            found.add(iso3)
    return found
