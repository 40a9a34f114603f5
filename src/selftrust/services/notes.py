"""Journal notes: write, read, edit, delete."""

from __future__ import annotations

from selftrust.domain.notes import Note, check_note_text
from selftrust.domain.profile import Profile
from selftrust.services.runtime import Runtime
from selftrust.services.safety import Saved, check_texts
from selftrust.storage import notes as store

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


def add_note(rt: Runtime, profile: Profile, text: object) -> Saved[Note]:
    """Save a note exactly as written, and check it for crisis language."""
    checked = check_note_text(text)
    with rt.db.transaction() as conn:
        note = store.add(conn, profile, checked, now=rt.now())
        return Saved(note, check_texts(conn, profile, [checked]))


def get_note(rt: Runtime, profile: Profile, note_id: int) -> Note:
    """Return one of this profile's notes, or raise NotFound."""
    with rt.db.transaction() as conn:
        return store.get(conn, profile, note_id)


def list_notes(
    rt: Runtime, profile: Profile, *, limit: int = PAGE_SIZE, before_id: int | None = None
) -> list[Note]:
    """Return notes newest first, one page at a time."""
    with rt.db.transaction() as conn:
        return store.recent(
            conn, profile, limit=max(1, min(limit, MAX_PAGE_SIZE)), before_id=before_id
        )


def edit_note(rt: Runtime, profile: Profile, note_id: int, text: object) -> Saved[Note]:
    """Replace a note's text, keeping it exactly as written, and check it."""
    checked = check_note_text(text)
    with rt.db.transaction() as conn:
        note = store.update(conn, profile, note_id, checked, now=rt.now())
        return Saved(note, check_texts(conn, profile, [checked]))


def delete_note(rt: Runtime, profile: Profile, note_id: int) -> None:
    """Delete one note for good."""
    with rt.db.transaction() as conn:
        store.delete(conn, profile, note_id)
