"""Answering in the browser with all questions on one page; a plain form, no script needed.

Gaps are allowed: "See my result" with open questions keeps a draft and marks them.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import HTMLResponse, Response

from selftrust.content import measures_copy as words
from selftrust.content.instruments import INSTRUMENTS
from selftrust.content.instruments.checkin import DISTRESS
from selftrust.domain.checkin import CHECKIN_ID
from selftrust.domain.measure_responses import AnswersIncomplete, MeasureResponse
from selftrust.domain.measures import AnswersInvalid
from selftrust.domain.profile import Profile
from selftrust.services import measures
from selftrust.services.runtime import Runtime
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.routes.measure_taking import (
    DISTRESS_VALUES,
    ResponseId,
    base_url,
    get_draft,
    item9_card,
    parse_answer,
    see_other,
)
from selftrust.web.templating import render

router = APIRouter()


async def _posted(request: Request) -> dict[str, str]:
    form = await request.form()
    return {key: value for key, value in form.items() if isinstance(value, str)}


Posted = Annotated[dict[str, str], Depends(_posted)]


def _all_page(
    request: Request,
    rt: Runtime,
    profile: Profile,
    response: MeasureResponse,
    *,
    chosen: list[int | None] | None = None,
    distress: int | None = None,
    show_open: bool = False,
    care: bool = False,
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    context = {
        "text": INSTRUMENTS[response.instrument],
        "response": response,
        "chosen": list(response.answers) if chosen is None else chosen,
        "chosen_distress": response.distress if chosen is None else distress,
        "show_open": show_open and bool(response.open_items),
        "distress": DISTRESS if response.instrument == CHECKIN_ID else None,
        "values": DISTRESS_VALUES,
        "words": words,
        "error": error,
        "card": item9_card(request, rt, profile, response) if care else None,
    }
    return render(request, "measures/all.html", context, status=status)


@router.get("/measures/responses/{response_id}/all")
def all_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    response_id: ResponseId,
    open: bool = False,  # the query parameter people see in the address
    care: bool = False,
) -> Response:
    response = get_draft(rt, profile, response_id)
    if response.complete:
        return see_other(base_url(response))
    return _all_page(request, rt, profile, response, show_open=open, care=care)


@router.post("/measures/responses/{response_id}/all")
def save_all(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    response_id: ResponseId,
    posted: Posted,
) -> Response:
    response = get_draft(rt, profile, response_id)
    if response.complete:
        return see_other(base_url(response))
    chosen: list[int | None] = []
    distress: int | None = None
    try:
        for number in range(1, len(response.answers) + 1):
            chosen.append(parse_answer(posted.get(f"item_{number}", "")))
        distress = parse_answer(posted.get("distress", ""))
        if posted.get("action") == "finish":
            try:
                saved = measures.save_answers(
                    rt, profile, response.id, chosen, distress=distress, finish=True
                )
                return see_other(base_url(saved.record))
            except AnswersIncomplete:
                pass
        saved = measures.save_answers(
            rt, profile, response.id, chosen, distress=distress, finish=False
        )
    except AnswersInvalid as problem:
        chosen += [None] * (len(response.answers) - len(chosen))
        return _all_page(
            request,
            rt,
            profile,
            response,
            chosen=chosen,
            distress=distress,
            error=str(problem),
            status=422,
        )
    show = saved.safety.show_card
    if posted.get("action") == "finish":
        return see_other(f"{base_url(response)}/all?open=1", care=show)
    return see_other(f"/measures?paused={response.id}", care=show)
