from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from selftrust.api.deps import ProfileDep, RuntimeDep
from selftrust.api.schemas import NoteCreate, NoteList, NotePublic, NoteSaved, NoteUpdate
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.services import notes

NoteId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID, description="The note's id.")]

router = APIRouter(prefix="/notes", tags=["notes"])


@router.get("")
def list_notes(
    rt: RuntimeDep,
    profile: ProfileDep,
    limit: Annotated[int, Query(ge=1, le=notes.MAX_PAGE_SIZE)] = notes.PAGE_SIZE,
    before: Annotated[int | None, Query(ge=1, le=MAX_RECORD_ID)] = None,
) -> NoteList:
    """List notes, newest first, one page at a time."""
    page = notes.list_notes(rt, profile, limit=limit, before_id=before)
    return NoteList(
        notes=[NotePublic.of(n) for n in page],
        next_before=page[-1].id if len(page) == limit else None,
    )


@router.post("", status_code=201)
def add_note(body: NoteCreate, rt: RuntimeDep, profile: ProfileDep) -> NoteSaved:
    """Save a note exactly as written; `safety` says whether to offer help."""
    return NoteSaved.of_saved(notes.add_note(rt, profile, body.text))


@router.get("/{note_id}")
def get_note(note_id: NoteId, rt: RuntimeDep, profile: ProfileDep) -> NotePublic:
    """Read one note."""
    return NotePublic.of(notes.get_note(rt, profile, note_id))


@router.put("/{note_id}")
def edit_note(note_id: NoteId, body: NoteUpdate, rt: RuntimeDep, profile: ProfileDep) -> NoteSaved:
    """Replace a note's text; `safety` says whether to offer help."""
    return NoteSaved.of_saved(notes.edit_note(rt, profile, note_id, body.text))


@router.delete("/{note_id}", status_code=204)
def delete_note(note_id: NoteId, rt: RuntimeDep, profile: ProfileDep) -> Response:
    """Delete a note for good."""
    notes.delete_note(rt, profile, note_id)
    return Response(status_code=204)
