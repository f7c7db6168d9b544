"""The review page: knowledge-base candidates waiting for a decision, the latest corrections and
the decisions taken."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...store import Store
from ...store import review as corrections
from .common import document_href, event_href

CANDIDATE_EVENTS = 20_000
SHOWN = 100


def review_page(store: Store, *, kb_dir: Path | None) -> dict[str, Any]:
    """What waits for a reviewer, and what reviewers did."""
    latest = corrections.corrections(store.connection, limit=SHOWN)
    for row in latest:
        row["href"] = event_href(row["now"] or row["event"])
    return {"candidates": candidates(store, kb_dir=kb_dir)[:SHOWN], "corrections": list(reversed(latest)),
            "decisions": corrections.decisions(store.connection)[:SHOWN]}


def candidates(store: Store, *, kb_dir: Path | None) -> list[dict[str, Any]]:
    """Knowledge-base candidates found in the stored events that nobody has decided on yet."""
    from ...lexicon import learn

    decided = set(learn.decisions(kb_dir))
    decided |= {row["candidate"] for row in corrections.decisions(store.connection)}
    found = learn.candidates_from_events(store.events(limit=CANDIDATE_EVENTS), store.lexicon, decided=decided)
    out = []
    for candidate in found:
        data = candidate.to_dict()
        for evidence in data["evidence"]:
            evidence["href"] = event_href(evidence["event"])
            evidence["document_href"] = document_href(evidence["doc"])
        out.append(data)
    return out


def find_candidate(store: Store, ident: str, *, kb_dir: Path | None) -> Any:
    """The candidate object with this id (for `learn.decide`), or None."""
    from ...lexicon import learn

    decided = set(learn.decisions(kb_dir))
    found = learn.candidates_from_events(store.events(limit=CANDIDATE_EVENTS), store.lexicon, decided=decided)
    return next((c for c in found if c.id == ident), None)
