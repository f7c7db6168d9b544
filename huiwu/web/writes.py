"""The write side: a reviewer's correction or knowledge-base decision, checked and stored.

Each write opens its own writable connection and one `BEGIN IMMEDIATE` transaction, so it
waits for (never interleaves with) a running `huiwu ingest`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..store import Store, review
from ..store.database import now, transaction
from .errors import HttpError
from .views.queue import find_candidate


def correct(db_path: Path, ident: str, body: dict[str, Any]) -> dict[str, Any]:
    """Store one correction of event `ident`; return it and the event's id afterwards."""
    with Store(db_path) as store:
        value = body.get("value")
        if body.get("action") == "edit" and body.get("field") == "type":
            value = _type_with_codes(store, ident, value)
        if body.get("action") == "edit" and body.get("field") == "location":
            value = _place(store, value)
        correction = review.Correction(event=ident, action=str(body.get("action") or ""),
                                       author=_author(body), field=body.get("field") or None,
                                       value=value, note=body.get("note") or None)
        with transaction(store.connection) as connection:
            stored = review.record(connection, correction, made_at=now())
            where = review.current_event(connection, stored)
    return {"correction": stored.to_dict(), "event": where}


def decide(db_path: Path, candidate_id: str, body: dict[str, Any], *, kb_dir: Path | None) -> dict[str, Any]:
    """Accept or reject a knowledge-base candidate: the lexicon writes its rows, the database logs it."""
    from ..lexicon import learn

    verdict = str(body.get("verdict") or "")
    if verdict not in review.VERDICTS:
        raise HttpError(400, "verdict must be 'accepted' or 'rejected'")
    with Store(db_path) as store:
        candidate = find_candidate(store, candidate_id, kb_dir=kb_dir)
        if candidate is None:
            raise HttpError(404, f"no open knowledge-base candidate {candidate_id!r}")
        author = _author(body)
        with transaction(store.connection) as connection:
            review.record_decision(connection, candidate.to_dict(), verdict, author=author, made_at=now())
            learn.decide(candidate, verdict, folder=kb_dir, author=author)
    return {"candidate": candidate.to_dict(), "verdict": verdict, "author": author}


def _author(body: dict[str, Any]) -> str:
    author = str(body.get("author") or "").strip()
    return author[:80] or "reviewer"


def _type_with_codes(store: Store, ident: str, value: Any) -> Any:
    """A type edit carries the PLOVER and CAMEO codes of the new type, so the store need not know them."""
    from ..extraction.codes import codes_for
    from ..model import EVENT_TYPES

    event = store.event(ident)
    if event is None or value not in EVENT_TYPES:
        return value
    plover, cameo = codes_for(value, signing=False, cue="", sentence="", actors=event.actors,
                              recipients=event.recipients, location=event.location)
    return {"type": value, "cameo": cameo, "plover": plover}


def _place(store: Store, value: Any) -> Any:
    """A place typed by name, completed from the knowledge base when the name is unambiguous."""
    if not isinstance(value, str) or not value.strip():
        return value
    places = store.lexicon.find_entities(value.strip(), kind="place")
    if len(places) != 1:
        return {"name": value.strip()}
    place = places[0]
    return {"name": place.name, "name_en": place.name_en, "country": place.country, "id": place.id}
