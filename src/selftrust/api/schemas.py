"""Request and response models. Requests are strict: no silent coercion, no unknown fields."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from selftrust.domain.notes import Note
from selftrust.domain.text import NOTE_MAX_CHARS
from selftrust.services.safety import SafetyCheck, Saved


class StrictModel(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class NoteCreate(StrictModel):
    # Length is checked by the domain too, so the message is the same everywhere.
    text: str = Field(description=f"The note, kept exactly as written (1–{NOTE_MAX_CHARS} chars).")


class NoteUpdate(NoteCreate):
    pass


class NotePublic(BaseModel):
    id: int
    text: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, note: Note) -> NotePublic:
        return cls(
            id=note.id, text=note.text, created_at=note.created_at, updated_at=note.updated_at
        )


class SafetyPublic(BaseModel):
    """What the crisis-language check noticed in the text just saved (it is always saved)."""

    crisis: bool
    crisis_kinds: list[str]
    show_card: bool = Field(description="False when the same text showed the help card last time.")

    @classmethod
    def of(cls, check: SafetyCheck) -> SafetyPublic:
        return cls(**check.to_dict())


class NoteSaved(NotePublic):
    safety: SafetyPublic

    @classmethod
    def of_saved(cls, saved: Saved[Note]) -> NoteSaved:
        note = saved.record
        return cls(
            id=note.id,
            text=note.text,
            created_at=note.created_at,
            updated_at=note.updated_at,
            safety=SafetyPublic.of(saved.safety),
        )


class NoteList(BaseModel):
    notes: list[NotePublic]
    next_before: int | None = Field(description="Pass as `before` to get older notes.")


class Health(BaseModel):
    status: str
    version: str
    database: str


class ErrorBody(BaseModel):
    code: str
    message: str
    fields: list[dict[str, Any]] = []


class ErrorResponse(BaseModel):
    error: ErrorBody


class DeleteAllRequest(StrictModel):
    confirm: bool = Field(description="Must be true: deleting everything cannot be undone.")


class DeleteAllResult(BaseModel):
    deleted: dict[str, int]
