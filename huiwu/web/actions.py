"""The POST routes: corrections and knowledge-base decisions, as JSON (Bearer token) or from the
pages' forms (token field, then a redirect back to the page)."""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import quote

from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

from . import writes
from .errors import HttpError
from .guard import bearer, check_token

FORM_ACTIONS = ("confirm", "reject", "merge", "split", "date", "type", "status", "location", "titles")


class CorrectionIn(BaseModel):
    """A correction of one event."""

    action: Literal["confirm", "reject", "edit", "merge", "split"]
    field: Literal["date", "type", "status", "location", "titles"] | None = Field(
        None, description="for edit: the field to change")
    value: Any = Field(None, description="edit: the new value (date: {start, end}; location: name;"
                                         " titles: {participant, titles}); merge: the other event's id;"
                                         " split: the document id to take off")
    note: str | None = Field(None, max_length=500)
    author: str | None = Field(None, max_length=80)


class DecisionIn(BaseModel):
    """A decision on a knowledge-base candidate."""

    verdict: Literal["accepted", "rejected"]
    author: str | None = Field(None, max_length=80)


def require_token(request: Request, authorization: str | None = Header(None, description="Bearer TOKEN")) -> None:
    """403 unless the `Authorization: Bearer …` header carries the server's token (checked before the body)."""
    check_token(request.app.state.token, bearer(authorization))


def register(app: FastAPI) -> None:
    """The write routes; each checks the token before reading anything else."""

    @app.post("/api/events/{ident}/review", tags=["review"], summary="Correct an event (needs the token)")
    def correct_json(ident: str, body: CorrectionIn, request: Request,
                     _: None = Depends(require_token)) -> dict[str, Any]:
        return writes.correct(request.app.state.db_path, ident, body.model_dump())

    @app.post("/events/{ident}/review", include_in_schema=False)
    async def correct_form(ident: str, request: Request) -> RedirectResponse:
        form = await _form(request)
        check_token(request.app.state.token, form.get("token"))
        result = writes.correct(request.app.state.db_path, ident, form_correction(form))
        return RedirectResponse(f"/events/{quote(result['event'] or ident, safe='')}#review", status_code=303)

    @app.post("/api/kb/{candidate}", tags=["review"], summary="Accept or reject a knowledge-base candidate")
    def decide_json(candidate: str, body: DecisionIn, request: Request,
                    _: None = Depends(require_token)) -> dict[str, Any]:
        return writes.decide(request.app.state.db_path, candidate, body.model_dump(), kb_dir=request.app.state.kb_dir)

    @app.post("/review/kb/{candidate}", include_in_schema=False)
    async def decide_form(candidate: str, request: Request) -> RedirectResponse:
        form = await _form(request)
        check_token(request.app.state.token, form.get("token"))
        writes.decide(request.app.state.db_path, candidate, form, kb_dir=request.app.state.kb_dir)
        return RedirectResponse("/review", status_code=303)


async def _form(request: Request) -> dict[str, str]:
    """The posted form fields as strings (a field given twice keeps its last value)."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        raise HttpError(400, "the form must be posted as application/x-www-form-urlencoded")
    form = await request.form()
    return {key: value for key, value in form.multi_items() if isinstance(value, str)}


def form_correction(form: dict[str, str]) -> dict[str, Any]:
    """The review form's fields as a correction: the pressed button names the action."""
    pressed = form.get("do", "")
    action, _, detail = pressed.partition(":")
    if action not in FORM_ACTIONS:
        raise HttpError(400, f"unknown review action {pressed!r}")
    base = {"author": form.get("author"), "note": form.get("note")}
    if action in ("confirm", "reject"):
        return {**base, "action": action}
    if action == "merge":
        return {**base, "action": "merge", "value": form.get("merge_with", "").strip()}
    if action == "split":
        return {**base, "action": "split", "value": detail}
    values = {"date": {"start": form.get("date_start", ""), "end": form.get("date_end", "")},
              "type": form.get("type"), "status": form.get("status"), "location": form.get("location", ""),
              "titles": {"participant": detail, "titles": _titles(form.get(f"titles:{detail}", ""))}}
    return {**base, "action": "edit", "field": action, "value": values[action]}


def _titles(text: str) -> list[str]:
    return [t.strip() for t in text.replace("，", "、").replace(",", "、").split("、") if t.strip()]
