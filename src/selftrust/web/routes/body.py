"""The body-signal log and the body map: plain forms and GET filters, htmx when present."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Query, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import body_copy as copy
from selftrust.content import gut_signal_copy as gc
from selftrust.domain import body as rules
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.services import body, gut_signals
from selftrust.services.errors import InputInvalid
from selftrust.web.body_map import BACK_OUTLINE, LABELS, VIEWBOX, drawing
from selftrust.web.care import card_after_save, card_for_text
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import is_htmx, render

router = APIRouter()
SignalId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID)]
OptionalId = Annotated[int | None, Query(ge=1, le=MAX_RECORD_ID)]
Words = Annotated[list[str], Form()]
Field = Annotated[str, Form()]


def _section(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    *,
    feeling: str | None = None,
    period: str | None = None,
    status: int = 200,
    **extra: Any,
) -> HTMLResponse:
    filter_error = None
    try:
        view = body.map_view(rt, profile, feeling=feeling, period=period)
    except InputInvalid as error:
        # A hand-edited address: show everything and say why, rather than an error page.
        filter_error = str(error)
        view = body.map_view(rt, profile)
    context = {
        "copy": copy,
        "rules": rules,
        "view": view,
        "drawn": drawing(view.map),
        "viewbox": VIEWBOX,
        "back_outline": BACK_OUTLINE,
        "labels": LABELS,
        "vocabulary": body.vocabulary(rt, profile),
        "recent": body.list_signals(rt, profile, limit=10),
        "filter_error": filter_error,
        "draft": extra.pop("draft", {}),
        **extra,
    }
    name = "body/_section.html" if is_htmx(request) else "body/index.html"
    return render(request, name, context, status=status)


@router.get("/body")
def body_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    feeling: str | None = None,
    period: str | None = None,
    saved: OptionalId = None,
    deleted: bool = False,
    care: bool = False,
) -> HTMLResponse:
    message = copy.SAVED if saved else copy.DELETED if deleted else None
    card = None
    if care and saved:
        signal = body.get_signal(rt, profile, saved)
        card = card_for_text(request, rt, profile, signal.message or "")
    return _section(
        request, rt, profile, feeling=feeling, period=period, message=message, card=card
    )


@router.post("/body")
def add_signal(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    region: Words = [],  # noqa: B006 - FastAPI copies form defaults per request
    feeling: Words = [],  # noqa: B006
    new_feeling: Field = "",
    intensity: Field = "",
    tone: Field = "",
    message: Field = "",
) -> Response:
    draft = {
        "regions": region,
        "feelings": feeling,
        "new_feeling": new_feeling,
        # isdecimal, not isdigit: "²" is a digit that int() refuses.
        "intensity": int(intensity) if intensity.isascii() and intensity.isdecimal() else None,
        "tone": tone,
        "message": message,
    }
    try:
        saved = body.add_signal(
            rt,
            profile,
            regions=region,
            feelings=feeling,
            intensity=intensity,
            tone=tone,
            message=message,
            new_feeling=new_feeling,
        )
    except InputInvalid as error:
        field = getattr(error, "field", None)
        return _section(
            request, rt, profile, status=422, error=str(error), error_field=field, draft=draft
        )
    if is_htmx(request):
        card = card_after_save(request, rt, profile, saved.safety)
        return _section(request, rt, profile, message=copy.SAVED, card=card)
    care = "&care=1" if saved.safety.show_card else ""
    return RedirectResponse(f"/body?saved={saved.record.id}{care}", status_code=303)


@router.get("/body/{signal_id}/delete")
def delete_page(
    request: Request, rt: RuntimeDep, profile: ProfileDep, signal_id: SignalId
) -> HTMLResponse:
    signal = body.get_signal(rt, profile, signal_id)
    linked = gut_signals.linked_choices(rt, profile, signal_id)
    keeps = None
    if linked:
        count, them = gc.choices_phrase(linked)
        keeps = gc.DELETE_KEEPS_CHOICES.format(count=count, them=them)
    context = {"copy": copy, "signal": signal, "rules": rules, "keeps_choices": keeps}
    return render(request, "body/delete.html", context)


@router.post("/body/{signal_id}/delete")
def delete_signal(rt: RuntimeDep, profile: ProfileDep, signal_id: SignalId) -> Response:
    body.delete_signal(rt, profile, signal_id)
    return RedirectResponse("/body?deleted=true", status_code=303)
