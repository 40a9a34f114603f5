"""Body signals, the body map and the person's feeling words."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from selftrust.api.body_schemas import (
    BodyMapPublic,
    BodySignalCreate,
    BodySignalList,
    BodySignalPublic,
    BodySignalSaved,
    FeelingCreate,
    FeelingWords,
)
from selftrust.api.deps import ProfileDep, RuntimeDep
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.services import body

SignalId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID, description="The signal's id.")]
Feeling = Annotated[str | None, Query(max_length=40, description="Only this feeling word.")]

router = APIRouter(tags=["body"])


@router.get("/body-signals")
def list_signals(
    rt: RuntimeDep,
    profile: ProfileDep,
    feeling: Feeling = None,
    since: Annotated[datetime | None, Query(description="Only from this time on.")] = None,
    limit: Annotated[int, Query(ge=1, le=body.MAX_PAGE_SIZE)] = body.PAGE_SIZE,
) -> BodySignalList:
    """List body signals, newest first (to show, or to link one to a choice)."""
    found = body.list_signals(rt, profile, feeling=feeling, since=since, limit=limit)
    return BodySignalList(signals=[BodySignalPublic.of(s) for s in found])


@router.post("/body-signals", status_code=201)
def add_signal(body_in: BodySignalCreate, rt: RuntimeDep, profile: ProfileDep) -> BodySignalSaved:
    """Save a body signal; `safety` says whether to offer help."""
    saved = body.add_signal(
        rt,
        profile,
        regions=body_in.regions,
        feelings=body_in.feelings,
        intensity=body_in.intensity,
        tone=body_in.tone,
        message=body_in.message,
        new_feeling=body_in.new_feeling,
    )
    return BodySignalSaved.of_saved(saved)


@router.get("/body-signals/{signal_id}")
def get_signal(signal_id: SignalId, rt: RuntimeDep, profile: ProfileDep) -> BodySignalPublic:
    """Read one body signal."""
    return BodySignalPublic.of(body.get_signal(rt, profile, signal_id))


@router.delete("/body-signals/{signal_id}", status_code=204)
def delete_signal(signal_id: SignalId, rt: RuntimeDep, profile: ProfileDep) -> Response:
    """Delete a body signal for good."""
    body.delete_signal(rt, profile, signal_id)
    return Response(status_code=204)


@router.get("/body-map")
def body_map(
    rt: RuntimeDep,
    profile: ProfileDep,
    feeling: Feeling = None,
    period: Annotated[str, Query(description="week, month, quarter or all.")] = "all",
) -> BodyMapPublic:
    """Where signals recur, region by region, for a feeling word and a time window."""
    return BodyMapPublic.of(body.map_view(rt, profile, feeling=feeling, period=period))


@router.get("/body-feelings")
def feeling_words(rt: RuntimeDep, profile: ProfileDep) -> FeelingWords:
    """The feeling words to choose from: the starting set, then the person's own."""
    return FeelingWords(words=body.vocabulary(rt, profile))


@router.post("/body-feelings", status_code=201)
def add_feeling(body_in: FeelingCreate, rt: RuntimeDep, profile: ProfileDep) -> FeelingWords:
    """Add a feeling word of the person's own; returns the whole list."""
    body.add_feeling(rt, profile, body_in.word)
    return FeelingWords(words=body.vocabulary(rt, profile))
