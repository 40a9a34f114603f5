"""Guided practices and practice sessions (with days practised in the last four weeks)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from selftrust.api.deps import ProfileDep, RuntimeDep
from selftrust.api.schemas import StrictModel
from selftrust.content.practices import PRACTICES, Practice
from selftrust.domain.practices import PracticeSession
from selftrust.services import practices
from selftrust.services.errors import NotFound

router = APIRouter(tags=["practices"])


class VersionPublic(BaseModel):
    id: str
    label: str
    minutes: int
    steps: list[str]


class PracticePublic(BaseModel):
    id: str
    title: str
    summary: str
    content_note: str | None
    options: str
    why_this_helps: str
    sources: list[str]
    areas: list[str] = Field(description="Body areas that can be left out (`skip`).")
    page: str
    versions: list[VersionPublic]

    @classmethod
    def of(cls, p: Practice) -> PracticePublic:
        return cls(
            id=p.id,
            title=p.title,
            summary=p.summary,
            content_note=p.content_note,
            options=p.options,
            why_this_helps=p.why_this_helps,
            sources=list(p.sources),
            areas=list(p.areas),
            page=p.path,
            versions=[
                VersionPublic(
                    id=v.id, label=v.label, minutes=v.minutes, steps=[s.text for s in v.steps]
                )
                for v in p.versions
            ],
        )


class SessionCreate(StrictModel):
    practice: str
    outcome: str = Field(description="finished, enough_for_today or stopped.")
    minutes: int | None = Field(default=None, description="The length chosen, 1-60.")
    distress_before: int | None = Field(default=None, description="0-10, optional.")
    distress_after: int | None = Field(default=None, description="0-10, optional.")


class SessionPublic(BaseModel):
    id: int
    practice: str
    minutes: int | None
    outcome: str
    distress_before: int | None
    distress_after: int | None
    created_at: datetime

    @classmethod
    def of(cls, s: PracticeSession) -> SessionPublic:
        return cls(
            id=s.id,
            practice=s.practice,
            minutes=s.minutes,
            outcome=s.outcome.value,
            distress_before=s.distress_before,
            distress_after=s.distress_after,
            created_at=s.created_at,
        )


class SessionList(BaseModel):
    sessions: list[SessionPublic]
    days_practised: int = Field(description="Distinct days with any practice in the window.")
    window_days: int


@router.get("/practices")
def list_practices() -> list[PracticePublic]:
    """Every guided practice with its versions and steps."""
    return [PracticePublic.of(p) for p in PRACTICES.values()]


@router.get("/practices/{practice_id}")
def get_practice(practice_id: str) -> PracticePublic:
    """One guided practice."""
    found = PRACTICES.get(practice_id)
    if found is None:
        raise NotFound(f"There is no practice called {practice_id[:40]!r}.")
    return PracticePublic.of(found)


@router.post("/practice-sessions", status_code=201)
def record_session(body: SessionCreate, rt: RuntimeDep, profile: ProfileDep) -> SessionPublic:
    """Save how a practice ended, with optional distress before and after."""
    session = practices.record_session(
        rt,
        profile,
        body.practice,
        outcome=body.outcome,
        minutes=body.minutes,
        before=body.distress_before,
        after=body.distress_after,
    )
    return SessionPublic.of(session)


@router.get("/practice-sessions")
def list_sessions(
    rt: RuntimeDep,
    profile: ProfileDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> SessionList:
    """Recent sessions, newest first, and days practised in the last four weeks."""
    counted = practices.consistency(rt, profile)
    return SessionList(
        sessions=[SessionPublic.of(s) for s in practices.history(rt, profile, limit=limit)],
        days_practised=counted.days,
        window_days=counted.window,
    )
