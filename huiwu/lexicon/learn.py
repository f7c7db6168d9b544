"""Growing the knowledge base from the news: candidate facts, and the user's decisions on them.

Appointments the extractor finds (接替, 出任, 任命, 当选…) and officials it met with a title but
does not know become candidates, each with its evidence. Accepting one writes ordinary data rows
into the user's own folder (``$HUIWU_HOME``, else ``~/.local/share/huiwu``), which the loader
reads after the shipped files; the shipped data is never edited. Rejections are remembered so a
candidate does not come back.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..errors import UsageError
from ..model import Event
from . import Lexicon
from .tables import COLUMNS

DECISIONS = "decisions.jsonl"


def user_dir() -> Path:
    """Where the user's own knowledge-base files and decisions live."""
    home = os.environ.get("HUIWU_HOME")
    return Path(home) if home else Path.home() / ".local" / "share" / "huiwu"


@dataclass
class Candidate:
    id: str
    kind: str  # "person": someone the knowledge base does not know; "holding": a post held from a date
    name: str
    person: str | None  # the known person's id, for a holding
    country: str | None
    post: str | None  # the post's id when the title names a known post
    title: str | None  # the title as the article writes it
    start: str | None
    count: int = 0
    evidence: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {k: v for k, v in vars(self).items()}


def _ident(*parts: object) -> str:
    return "c" + hashlib.sha1(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:10]


def _day(event: Event) -> str | None:
    return event.date.start if event.date.precision in ("day", "month") else None


def candidates_from_events(events: Iterable[Event], lexicon: Lexicon, *, decided: set[str] = frozenset()) -> list[Candidate]:
    """Candidate facts in a set of events, most evidence first; decided ones are left out."""
    found: dict[str, Candidate] = {}

    def note(candidate: Candidate, event: Event) -> None:
        if candidate.id in decided:
            return
        kept = found.setdefault(candidate.id, candidate)
        kept.count += 1
        if len(kept.evidence) < 3:
            source = event.sources[0]
            kept.evidence.append({"doc": source.doc, "event": event.id, "date": event.date.start,
                                  "sentence": [source.sentence.start, source.sentence.end]})

    for event in events:
        for person in (*event.actors, *event.recipients):
            if person.kind != "person":
                continue
            if person.id not in lexicon.entities:
                note(_unknown_person(person, lexicon, event), event)
            elif "title-not-held-on-date" in person.flags:
                for title in person.titles:
                    holding = _holding(person.id, person.name, title, person.country, lexicon, event)
                    if holding:
                        note(holding, event)
        if event.type == "appoint" and event.post:
            for person in event.actors:
                if person.kind == "person" and person.id in lexicon.entities:
                    holding = _holding(person.id, person.name, event.post, person.country, lexicon, event)
                    if holding:
                        note(holding, event)
    return sorted(found.values(), key=lambda c: (-c.count, c.id))


def _unknown_person(person, lexicon: Lexicon, event: Event) -> Candidate:
    title = person.titles[0] if person.titles else None
    post = _post_for(title, person.country, lexicon)
    return Candidate(_ident("person", person.name, person.country), "person", person.name, None,
                     person.country, post, title, _day(event))


def _holding(person_id: str, name: str, title: str, country: str | None, lexicon: Lexicon,
             event: Event) -> Candidate | None:
    post = _post_for(title, country, lexicon)
    if post is None or any(h.post == post for h in lexicon.holdings_of(person_id)):
        return None
    return Candidate(_ident("holding", person_id, post), "holding", name, person_id, country, post, title,
                     _day(event))


def _post_for(title: str | None, country: str | None, lexicon: Lexicon) -> str | None:
    if not title:
        return None
    for part in title.replace("兼", "、").split("、"):
        posts = lexicon.find_posts(part.strip(), country=country) or lexicon.find_posts(part.strip())
        if len(posts) == 1:
            return posts[0].id
    return None


# ---- decisions ----------------------------------------------------------------------------
def decisions(folder: Path | None = None) -> dict[str, dict]:
    path = (folder or user_dir()) / DECISIONS
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out[record["id"]] = record
    return out


def decide(candidate: Candidate, verdict: str, *, folder: Path | None = None, author: str | None = None) -> None:
    """Record the decision; an accepted candidate becomes rows of the user's data files."""
    if verdict not in ("accepted", "rejected"):
        raise UsageError(f"a decision is 'accepted' or 'rejected', not {verdict!r}")
    folder = folder or user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if verdict == "accepted":
        _write_rows(candidate, folder)
    record = {"id": candidate.id, "verdict": verdict, "candidate": candidate.to_dict(),
              "at": datetime.now(UTC).isoformat(timespec="seconds"),
              "author": author or os.environ.get("USER") or "unknown"}
    with (folder / DECISIONS).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _write_rows(candidate: Candidate, folder: Path) -> None:
    person = candidate.person
    if candidate.kind == "person":
        person = "person/user-" + hashlib.sha1(candidate.name.encode("utf-8")).hexdigest()[:10]
        _append(folder / "persons-user.tsv", "persons", {
            "id": person, "name": candidate.name, "name_en": "", "country": candidate.country or "",
            "gender": "", "wikidata": "", "aliases": ""})
    if candidate.post and person:
        _append(folder / "holdings-user.tsv", "holdings", {
            "person": person, "post": candidate.post, "start": candidate.start or "", "end": "",
            "note": f"accepted from the news ({candidate.id})"})


def _append(path: Path, kind: str, row: dict[str, str]) -> None:
    columns = COLUMNS[kind]
    new = not path.exists()
    with path.open("a", encoding="utf-8") as handle:
        if new:
            handle.write("\t".join(columns) + "\n")
        handle.write("\t".join(row.get(c, "").replace("\t", " ") for c in columns) + "\n")
