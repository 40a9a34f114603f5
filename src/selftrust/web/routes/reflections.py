"""Kind voice: the history of both flows (searchable), the gentle trend, and the
self-compassion break. This router also carries the two flows' own routers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse

from selftrust.content import reframes_copy as copy
from selftrust.content.thinking_traps import TRAP_CONTENT
from selftrust.domain.profile import Profile
from selftrust.domain.reframe_trend import LABELING, last_months
from selftrust.domain.reframes import SEARCH_MAX_CHARS
from selftrust.services import mistakes, reframes
from selftrust.services.runtime import Runtime
from selftrust.web import reframe_chart
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.routes import mistakes as mistake_routes
from selftrust.web.routes import reframes as reframe_routes
from selftrust.web.templating import is_htmx, render

router = APIRouter()
router.include_router(reframe_routes.router)
router.include_router(mistake_routes.router)
CHART_MONTHS = 12
HISTORY_STEP = 50
DELETED = {"reframe": copy.REFRAME_DELETED, "mistake": copy.MISTAKE_DELETED}


@dataclass(frozen=True, slots=True)
class HistoryItem:
    kind: str
    url: str
    text: str
    status: str | None
    created_at: datetime
    order: int  # breaks ties between records saved in the same instant


def history(
    rt: Runtime, profile: Profile, *, query: str | None, limit: int
) -> tuple[list[HistoryItem], bool]:
    """Both flows newest first, merged; and whether there is more to show."""
    found_reframes = reframes.list_reframes(rt, profile, query=query, limit=limit)
    found_mistakes = mistakes.list_mistakes(rt, profile, query=query, limit=limit)
    items = [
        HistoryItem(
            copy.KIND_REFRAME,
            f"/reframe/{r.id}",
            r.thought,
            copy.STATUS_LABELS[r.status.value],
            r.created_at,
            r.id,
        )
        for r in found_reframes
    ] + [
        HistoryItem(
            copy.KIND_MISTAKE, f"/mistakes/{m.id}", m.what_happened, None, m.created_at, m.id
        )
        for m in found_mistakes
    ]
    items.sort(key=lambda item: (item.created_at, item.order), reverse=True)
    more = len(found_reframes) == limit or len(found_mistakes) == limit
    return items[:limit], more or len(items) > limit


@router.get("/reflections")
def reflections_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    q: Annotated[str | None, Query(max_length=SEARCH_MAX_CHARS)] = None,
    limit: Annotated[int, Query(ge=1, le=reframes.MAX_PAGE_SIZE)] = HISTORY_STEP,
    deleted: Annotated[str | None, Query(max_length=20)] = None,
) -> HTMLResponse:
    query = (q or "").strip() or None
    items, more = history(rt, profile, query=query, limit=limit)
    context: dict[str, object] = {
        "c": copy,
        "items": items,
        "query": query,
        "more": min(limit + HISTORY_STEP, reframes.MAX_PAGE_SIZE) if more else None,
        "message": DELETED.get(deleted or ""),
        "max_search": SEARCH_MAX_CHARS,
    }
    if is_htmx(request):
        return render(request, "reflections/_history.html", context)
    trend = reframes.reframe_trend(rt, profile)
    months = list(last_months(trend, CHART_MONTHS))
    labeling = TRAP_CONTENT[LABELING].name
    context.update(
        trend=trend,
        months=months,
        labeling_name=labeling,
        chart=reframe_chart.share_chart(months, label=copy.trend_chart_label(labeling, months))
        if months
        else None,
        drop=copy.drop_sentence(trend.average_drop, trend.rated_both),
        small=trend.entries < copy.SMALL_NUMBERS,
    )
    return render(request, "reflections/index.html", context)


@router.get(copy.BREAK_PATH)
def self_compassion_break(request: Request) -> HTMLResponse:
    return render(request, "reflections/practice.html", {"c": copy})
