"""Journal notes in the browser: htmx when present, plain forms when not."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import pages as copy
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.domain.text import NOTE_MAX_CHARS
from selftrust.services import notes
from selftrust.services.errors import TextInvalid
from selftrust.web.care import card_after_save, card_for_text
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import is_htmx, render

router = APIRouter()
TextField = Annotated[str, Form()]
NoteId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID)]
OptionalId = Annotated[int | None, Query(ge=1, le=MAX_RECORD_ID)]


def _section(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    *,
    before: int | None = None,
    status: int = 200,
    **extra: object,
) -> HTMLResponse:
    page = notes.list_notes(rt, profile, before_id=before)
    older = page[-1].id if len(page) == notes.PAGE_SIZE else None
    context = {"notes": page, "older": older, "max_chars": NOTE_MAX_CHARS, **extra}
    name = "notes/_section.html" if is_htmx(request) else "notes/index.html"
    return render(request, name, context, status=status)


@router.get("/notes")
def notes_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    before: OptionalId = None,
    saved: OptionalId = None,
    updated: OptionalId = None,
    deleted: OptionalId = None,
    care: bool = False,
) -> HTMLResponse:
    message = None
    if saved:
        message = copy.NOTE_SAVED
    elif updated:
        message = copy.NOTE_UPDATED
    elif deleted:
        message = copy.NOTE_DELETED
    card = None
    shown = saved or updated
    if care and shown:
        # The save decided the card should show; rebuild it from the note after the redirect.
        card = card_for_text(request, rt, profile, notes.get_note(rt, profile, shown).text)
    return _section(request, rt, profile, before=before, message=message, card=card)


@router.post("/notes")
def add_note(
    request: Request, rt: RuntimeDep, profile: ProfileDep, text: TextField = ""
) -> Response:
    try:
        saved = notes.add_note(rt, profile, text)
    except TextInvalid as error:
        return _section(request, rt, profile, status=422, error=str(error), draft=text)
    if is_htmx(request):
        card = card_after_save(request, rt, profile, saved.safety)
        return _section(request, rt, profile, message=copy.NOTE_SAVED, card=card)
    care = "&care=1" if saved.safety.show_card else ""
    return RedirectResponse(f"/notes?saved={saved.record.id}{care}", status_code=303)


@router.get("/notes/{note_id}/edit")
def edit_page(
    request: Request, rt: RuntimeDep, profile: ProfileDep, note_id: NoteId
) -> HTMLResponse:
    note = notes.get_note(rt, profile, note_id)
    context = {"note": note, "draft": note.text, "max_chars": NOTE_MAX_CHARS}
    return render(request, "notes/edit.html", context)


@router.post("/notes/{note_id}")
def edit_note(
    request: Request, rt: RuntimeDep, profile: ProfileDep, note_id: NoteId, text: TextField = ""
) -> Response:
    try:
        saved = notes.edit_note(rt, profile, note_id, text)
    except TextInvalid as error:
        note = notes.get_note(rt, profile, note_id)
        context = {"note": note, "draft": text, "error": str(error), "max_chars": NOTE_MAX_CHARS}
        return render(request, "notes/edit.html", context, status=422)
    care = "&care=1" if saved.safety.show_card else ""
    return RedirectResponse(f"/notes?updated={note_id}{care}", status_code=303)


@router.get("/notes/{note_id}/delete")
def delete_page(
    request: Request, rt: RuntimeDep, profile: ProfileDep, note_id: NoteId
) -> HTMLResponse:
    return render(request, "notes/delete.html", {"note": notes.get_note(rt, profile, note_id)})


@router.post("/notes/{note_id}/delete")
def delete_note(rt: RuntimeDep, profile: ProfileDep, note_id: NoteId) -> Response:
    notes.delete_note(rt, profile, note_id)
    return RedirectResponse("/notes?deleted=1", status_code=303)
