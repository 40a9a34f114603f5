"""Lessons (Markdown and safe HTML), private reflections, and what audio is ready."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Response
from pydantic import BaseModel

from selftrust.api.deps import ProfileDep, RuntimeDep
from selftrust.api.schemas import SafetyPublic, StrictModel
from selftrust.content.lessons import Lesson
from selftrust.domain.lessons import Reflection
from selftrust.services import lessons, listen

router = APIRouter(tags=["lessons"])


class LessonPublic(BaseModel):
    slug: str
    title: str
    summary: str
    reading_minutes: int
    content_note: str | None
    markdown: str
    html: str
    audio: str | None

    @classmethod
    def of(cls, lesson: Lesson, *, audio: str | None) -> LessonPublic:
        return cls(
            slug=lesson.slug,
            title=lesson.title,
            summary=lesson.summary,
            reading_minutes=lesson.reading_minutes,
            content_note=lesson.content_note,
            markdown=lesson.markdown,
            html=lessons.lesson_html(lesson),
            audio=audio,
        )


class ReflectionWrite(StrictModel):
    text: str


class ReflectionPublic(BaseModel):
    lesson: str
    text: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, r: Reflection) -> ReflectionPublic:
        return cls(lesson=r.lesson, text=r.text, created_at=r.created_at, updated_at=r.updated_at)


class ReflectionSaved(ReflectionPublic):
    safety: SafetyPublic


class AudioStatus(BaseModel):
    engine: str | None
    voice: str | None
    encoder: str
    ready: int
    total: int
    bytes_on_disk: int


@router.get("/lessons")
def list_lessons(rt: RuntimeDep) -> list[LessonPublic]:
    """Every lesson in reading order; `audio` is where to listen (null without an engine)."""
    return [
        LessonPublic.of(lesson, audio=listen.offer_for_lesson(rt, lesson).url)
        for lesson in lessons.list_lessons()
    ]


@router.get("/lessons/{slug}")
def get_lesson(slug: str, rt: RuntimeDep) -> LessonPublic:
    """One lesson."""
    lesson = lessons.get_lesson(slug)
    return LessonPublic.of(lesson, audio=listen.offer_for_lesson(rt, lesson).url)


@router.get("/lessons/{slug}/reflection")
def get_reflection(slug: str, rt: RuntimeDep, profile: ProfileDep) -> ReflectionPublic | None:
    """The person's private reflection on a lesson, or null."""
    found = lessons.get_reflection(rt, profile, slug)
    return None if found is None else ReflectionPublic.of(found)


@router.put("/lessons/{slug}/reflection")
def save_reflection(
    slug: str, body: ReflectionWrite, rt: RuntimeDep, profile: ProfileDep
) -> ReflectionSaved:
    """Write (or replace) the reflection on a lesson; `safety` says whether to offer help."""
    saved = lessons.save_reflection(rt, profile, slug, body.text)
    public = ReflectionPublic.of(saved.record)
    return ReflectionSaved(**public.model_dump(), safety=SafetyPublic.of(saved.safety))


@router.delete("/lessons/{slug}/reflection", status_code=204)
def delete_reflection(slug: str, rt: RuntimeDep, profile: ProfileDep) -> Response:
    """Delete the reflection on a lesson for good."""
    lessons.delete_reflection(rt, profile, slug)
    return Response(status_code=204)


@router.get("/audio/status")
def audio_status(rt: RuntimeDep) -> AudioStatus:
    """Which speech engine is in use and how much audio is rendered ahead."""
    found = listen.status(rt)
    return AudioStatus(
        engine=found.engine,
        voice=found.voice,
        encoder=found.encoder,
        ready=found.ready,
        total=found.total,
        bytes_on_disk=found.bytes_on_disk,
    )
