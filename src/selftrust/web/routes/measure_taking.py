"""Answering one question per screen in the browser, with plain forms.

All questions on one page live in `measure_page`, which shares the helpers here. Every answer
is saved as it is given, so stopping at any point keeps a draft. A draft is finished only when
every question has an answer; skipped ones are listed for later.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import measures_copy as words
from selftrust.content.instruments import INSTRUMENTS
from selftrust.content.instruments.checkin import DISTRESS
from selftrust.domain.checkin import CHECKIN_ID, DISTRESS_MAX, DISTRESS_MIN
from selftrust.domain.measure_responses import (
    AnswersIncomplete,
    MeasureResponse,
    TakingMode,
)
from selftrust.domain.measures import AnswersInvalid
from selftrust.domain.profile import MAX_RECORD_ID, Profile
from selftrust.language.crisis import CrisisKind
from selftrust.services import help, measures
from selftrust.services.errors import NotFound
from selftrust.services.runtime import Runtime
from selftrust.web.care import locale_of
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import render

router = APIRouter()
ResponseId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID)]
ItemNumber = Annotated[int, Path(ge=1, le=100)]
FormText = Annotated[str, Form()]
_WHOLE = re.compile(r"-?\d{1,3}")
DISTRESS_VALUES = tuple(range(DISTRESS_MIN, DISTRESS_MAX + 1))


def base_url(response: MeasureResponse) -> str:
    return f"/measures/responses/{response.id}"


def step_url(response: MeasureResponse, mode: TakingMode) -> str:
    """Where to pick a draft up again: the first open question, or the last step."""
    if mode is TakingMode.ALL_AT_ONCE:
        return f"{base_url(response)}/all"
    first = response.first_open_item
    if first is not None:
        return f"{base_url(response)}/items/{first}"
    if response.instrument == CHECKIN_ID:
        return f"{base_url(response)}/distress"
    return f"{base_url(response)}/review"


def item9_card(
    request: Request, rt: Runtime, profile: Profile, response: MeasureResponse
) -> help.CrisisCard | None:
    """The help card, when PHQ-9 item 9 has an answer above 0."""
    if not response.safety_item_flagged:
        return None
    card = help.card_for(rt, profile, CrisisKind.SUICIDE, locale=locale_of(request))
    # The card's usual first line speaks of written words; here an answer was chosen.
    return replace(card, lines=(words.CARD_OPENING, *card.lines[1:]))


def see_other(url: str, *, care: bool = False) -> RedirectResponse:
    """Redirect after a post; `care` asks the next page to show the help card."""
    if care:
        url += ("&" if "?" in url else "?") + "care=1"
    return RedirectResponse(url, status_code=303)


def parse_answer(raw: object) -> int | None:
    """Read one form answer: empty means skipped; anything else has to be a whole number."""
    text = raw.strip() if isinstance(raw, str) else ""
    if not text:
        return None
    if not _WHOLE.fullmatch(text):
        raise AnswersInvalid("That answer isn't one of the choices. You could pick one, or skip.")
    return int(text)


def get_draft(rt: Runtime, profile: Profile, response_id: int) -> MeasureResponse:
    """Return the response (finished ones are redirected to their result by the caller)."""
    return measures.get_response(rt, profile, response_id)


def _finish(rt: Runtime, profile: Profile, response: MeasureResponse, care: bool) -> Response:
    try:
        measures.complete_response(rt, profile, response.id)
    except AnswersIncomplete:
        return see_other(f"{base_url(response)}/review", care=care)
    return see_other(base_url(response))


# --- One question per screen ---------------------------------------------------------------


def _item_page(
    request: Request,
    rt: Runtime,
    profile: Profile,
    response: MeasureResponse,
    item: int,
    *,
    care: bool,
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    text = INSTRUMENTS[response.instrument]
    context = {
        "text": text,
        "response": response,
        "item": item,
        "chosen": response.answers[item - 1],
        "words": words,
        "error": error,
        "card": item9_card(request, rt, profile, response) if care else None,
    }
    return render(request, "measures/item.html", context, status=status)


@router.get("/measures/responses/{response_id}/items/{item}")
def item_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    response_id: ResponseId,
    item: ItemNumber,
    care: bool = False,
) -> Response:
    response = get_draft(rt, profile, response_id)
    if response.complete:
        return see_other(base_url(response))
    if item > len(response.answers):
        raise NotFound(f"This questionnaire has no question {item}.")
    return _item_page(request, rt, profile, response, item, care=care)


@router.post("/measures/responses/{response_id}/items/{item}")
def answer_item(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    response_id: ResponseId,
    item: ItemNumber,
    answer: FormText = "",
    action: FormText = "next",
) -> Response:
    response = get_draft(rt, profile, response_id)
    if response.complete:
        return see_other(base_url(response))
    if item > len(response.answers):
        raise NotFound(f"This questionnaire has no question {item}.")
    show = False
    try:
        value = None if action == "skip" else parse_answer(answer)
        if action == "next" and value is None:
            raise AnswersInvalid(words.PICK_ONE)
        if action == "skip" or value is not None:
            saved = measures.answer_item(rt, profile, response.id, item, value)
            response, show = saved.record, saved.safety.show_card
    except AnswersInvalid as problem:
        page = _item_page(request, rt, profile, response, item, care=False, error=str(problem))
        page.status_code = 422
        return page
    if action == "back":
        back = f"{base_url(response)}/items/{item - 1}" if item > 1 else None
        return see_other(back or f"/measures/{response.instrument}", care=show)
    if action == "pause":
        return see_other(f"/measures?paused={response.id}", care=show)
    if item < len(response.answers):
        return see_other(f"{base_url(response)}/items/{item + 1}", care=show)
    if response.instrument == CHECKIN_ID:
        return see_other(f"{base_url(response)}/distress")
    return _finish(rt, profile, response, show)


@router.get("/measures/responses/{response_id}/distress")
def distress_page(
    request: Request, rt: RuntimeDep, profile: ProfileDep, response_id: ResponseId
) -> Response:
    response = get_draft(rt, profile, response_id)
    if response.complete:
        return see_other(base_url(response))
    if response.instrument != CHECKIN_ID:
        raise NotFound("Only the check-in asks about distress right now.")
    context = {"response": response, "distress": DISTRESS, "values": DISTRESS_VALUES}
    return render(request, "measures/distress.html", {**context, "words": words})


@router.post("/measures/responses/{response_id}/distress")
def save_distress(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    response_id: ResponseId,
    distress: FormText = "",
    action: FormText = "next",
) -> Response:
    response = get_draft(rt, profile, response_id)
    if response.complete:
        return see_other(base_url(response))
    try:
        value = None if action == "skip" else parse_answer(distress)
        if action == "skip" or value is not None:
            response = measures.set_distress(rt, profile, response.id, value)
    except AnswersInvalid as problem:
        context = {"response": response, "distress": DISTRESS, "values": DISTRESS_VALUES}
        context |= {"words": words, "error": str(problem)}
        return render(request, "measures/distress.html", context, status=422)
    if action == "back":
        return see_other(f"{base_url(response)}/items/{len(response.answers)}")
    if action == "pause":
        return see_other(f"/measures?paused={response.id}")
    return _finish(rt, profile, response, False)


@router.get("/measures/responses/{response_id}/review")
def review_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    response_id: ResponseId,
    care: bool = False,
) -> Response:
    response = get_draft(rt, profile, response_id)
    if response.complete:
        return see_other(base_url(response))
    context = {
        "text": INSTRUMENTS[response.instrument],
        "response": response,
        "words": words,
        "card": item9_card(request, rt, profile, response) if care else None,
    }
    return render(request, "measures/review.html", context)


@router.post("/measures/responses/{response_id}/finish")
def finish(rt: RuntimeDep, profile: ProfileDep, response_id: ResponseId) -> Response:
    response = get_draft(rt, profile, response_id)
    if response.complete:
        return see_other(base_url(response))
    return _finish(rt, profile, response, False)
