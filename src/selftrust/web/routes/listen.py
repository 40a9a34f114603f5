"""Audio for lessons and practices, rendered on first request and then served from the cache."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse

from selftrust.services import audio, lessons, listen, practices
from selftrust.services.speech import SpeechUnavailable
from selftrust.web.deps import RuntimeDep

router = APIRouter()
Skip = Annotated[list[str], Query(max_length=20)]


def _serve(rt: RuntimeDep, item: audio.AudioItem) -> FileResponse:
    try:
        found = audio.ensure(rt, item)
    except SpeechUnavailable as error:
        # The page already shows the words; the player just has nothing to play.
        raise HTTPException(503, str(error)) from error
    # FileResponse answers Range requests, so the player can seek.
    return FileResponse(found.path, media_type=found.media_type)


@router.get("/listen/lessons/{slug}")
def lesson_audio(rt: RuntimeDep, slug: str) -> FileResponse:
    return _serve(rt, listen.lesson_item(lessons.get_lesson(slug)))


@router.get("/listen/practices/{practice_id}")
def practice_audio(
    rt: RuntimeDep,
    practice_id: str,
    version: str | None = None,
    skip: Skip = [],  # noqa: B006 - FastAPI copies query defaults per request
) -> FileResponse:
    return _serve(rt, listen.practice_item(practices.script(practice_id, version, skip)))
