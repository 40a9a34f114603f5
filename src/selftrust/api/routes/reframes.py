"""Reframes (inner critic to kind voice), mistakes as information, and the gentle trend."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from selftrust.api.deps import ProfileDep, RuntimeDep
from selftrust.api.reframe_schemas import (
    MistakeCreate,
    MistakeList,
    MistakePublic,
    MistakeSaved,
    MistakeUpdate,
    ReframeCreate,
    ReframeList,
    ReframePublic,
    ReframeSaved,
    ReframeUpdate,
    Status,
    TrendPublic,
)
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.domain.reframes import SEARCH_MAX_CHARS
from selftrust.services import mistakes, reframes

ReframeId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID, description="The reframe's id.")]
MistakeId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID, description="The entry's id.")]
Search = Annotated[
    str | None,
    Query(max_length=SEARCH_MAX_CHARS, description="Only entries containing this text."),
]
Limit = Annotated[int, Query(ge=1, le=reframes.MAX_PAGE_SIZE)]
Before = Annotated[int | None, Query(ge=1, le=MAX_RECORD_ID)]

router = APIRouter(tags=["kind voice"])


@router.get("/reframes/trend")
def trend(rt: RuntimeDep, profile: ProfileDep) -> TrendPublic:
    """Per month (UTC): labeling and absolutist words, and the average drop in feeling."""
    return TrendPublic.of(reframes.reframe_trend(rt, profile))


@router.get("/reframes")
def list_reframes(
    rt: RuntimeDep,
    profile: ProfileDep,
    q: Search = None,
    status: Annotated[Status | None, Query(description="Only drafts or only done.")] = None,
    limit: Limit = reframes.PAGE_SIZE,
    before: Before = None,
) -> ReframeList:
    """List reframes newest first; `q` searches every text the person wrote."""
    page = reframes.list_reframes(
        rt, profile, query=q, status=status, limit=limit, before_id=before
    )
    return ReframeList(
        reframes=[ReframePublic.of(r) for r in page],
        next_before=page[-1].id if len(page) == limit else None,
    )


@router.post("/reframes", status_code=201)
def start_reframe(body: ReframeCreate, rt: RuntimeDep, profile: ProfileDep) -> ReframeSaved:
    """Save a reframe (a draft to finish later, or done); `safety` says whether to offer help."""
    return ReframeSaved.of_saved(reframes.start_reframe(rt, profile, **body.model_dump()))


@router.get("/reframes/{reframe_id}")
def get_reframe(reframe_id: ReframeId, rt: RuntimeDep, profile: ProfileDep) -> ReframePublic:
    """Read one reframe."""
    return ReframePublic.of(reframes.get_reframe(rt, profile, reframe_id))


@router.patch("/reframes/{reframe_id}")
def update_reframe(
    reframe_id: ReframeId, body: ReframeUpdate, rt: RuntimeDep, profile: ProfileDep
) -> ReframeSaved:
    """Change the given fields (carry on, or finish with `"status": "done"`)."""
    saved = reframes.update_reframe(rt, profile, reframe_id, **body.changes())
    return ReframeSaved.of_saved(saved)


@router.delete("/reframes/{reframe_id}", status_code=204)
def delete_reframe(reframe_id: ReframeId, rt: RuntimeDep, profile: ProfileDep) -> Response:
    """Delete a reframe for good."""
    reframes.delete_reframe(rt, profile, reframe_id)
    return Response(status_code=204)


@router.get("/mistakes")
def list_mistakes(
    rt: RuntimeDep,
    profile: ProfileDep,
    q: Search = None,
    limit: Limit = mistakes.PAGE_SIZE,
    before: Before = None,
) -> MistakeList:
    """List mistake entries newest first; `q` searches every text the person wrote."""
    page = mistakes.list_mistakes(rt, profile, query=q, limit=limit, before_id=before)
    return MistakeList(
        mistakes=[MistakePublic.of(m) for m in page],
        next_before=page[-1].id if len(page) == limit else None,
    )


@router.post("/mistakes", status_code=201)
def add_mistake(body: MistakeCreate, rt: RuntimeDep, profile: ProfileDep) -> MistakeSaved:
    """Save a mistake as information; `choice_id` links one of your own choices."""
    return MistakeSaved.of_saved(mistakes.add_mistake(rt, profile, **body.model_dump()))


@router.get("/mistakes/{mistake_id}")
def get_mistake(mistake_id: MistakeId, rt: RuntimeDep, profile: ProfileDep) -> MistakePublic:
    """Read one mistake entry."""
    return MistakePublic.of(mistakes.get_mistake(rt, profile, mistake_id))


@router.patch("/mistakes/{mistake_id}")
def update_mistake(
    mistake_id: MistakeId, body: MistakeUpdate, rt: RuntimeDep, profile: ProfileDep
) -> MistakeSaved:
    """Change the given fields; `"choice_id": null` removes the link."""
    saved = mistakes.update_mistake(rt, profile, mistake_id, **body.changes())
    return MistakeSaved.of_saved(saved)


@router.delete("/mistakes/{mistake_id}", status_code=204)
def delete_mistake(mistake_id: MistakeId, rt: RuntimeDep, profile: ProfileDep) -> Response:
    """Delete a mistake entry for good."""
    mistakes.delete_mistake(rt, profile, mistake_id)
    return Response(status_code=204)
