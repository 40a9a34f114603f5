"""The choice ledger in the browser: htmx when present, plain forms (POST, then 303) when not."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Query, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import choices_copy as cc
from selftrust.content import gut_signal_copy as gc
from selftrust.content import ledger_copy as lc
from selftrust.domain.ledger import Area, FeltRight, GutDecision, Reassurance
from selftrust.domain.profile import MAX_RECORD_ID, Profile
from selftrust.services import choice_ideas, choices, gut_signals
from selftrust.services.choices import FieldInvalid
from selftrust.services.runtime import Runtime
from selftrust.web.care import card_after_save, card_for_text
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.routes import choice_ideas as ideas_routes
from selftrust.web.routes import evidence as evidence_routes
from selftrust.web.templating import is_htmx, render

router = APIRouter()
ChoiceId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID)]
OptionalId = Annotated[int | None, Query(ge=1, le=MAX_RECORD_ID)]
Field = Annotated[str, Form()]
Flag = Annotated[int | None, Query(ge=1, le=1)]
RECENT = 10

# The choice pages share these so templates can read labels and copy in one place.
LABELS: dict[str, Any] = {
    "cc": cc,
    "lc": lc,
    "gc": gc,
    "gut_options": list(GutDecision),
    "reassurance_options": list(Reassurance),
    "area_options": list(Area),
    "felt_right_options": list(FeltRight),
    "max_text": choices.CHOICE_MAX_CHARS,
    "max_gut": choices.GUT_MAX_CHARS,
    "max_note": choices.LOOK_BACK_NOTE_MAX_CHARS,
    "max_idea": choice_ideas.IDEA_MAX_CHARS,
}


def refused(request: Request) -> int:
    """Status for a form that could not be saved: htmx swaps only 2xx answers in by default."""
    return 200 if is_htmx(request) else 422


def _signal_words(rt: Runtime) -> dict[str, Any]:
    """Describe body signals relative to now ("today, 09:30 UTC") for the templates."""
    return {"describe_signal": partial(gc.describe, now=rt.now())}


def _main(
    request: Request,
    rt: Runtime,
    profile: Profile,
    *,
    before: int | None = None,
    status: int = 200,
    **extra: Any,
) -> HTMLResponse:
    recent = choices.list_choices(rt, profile, limit=RECENT, before_id=before)
    context = {
        **LABELS,
        "recent": recent,
        "older": recent[-1].id if len(recent) == RECENT else None,
        "due": choices.due_look_backs(rt, profile),
        "draft": {"reassurance": Reassurance.NONE.value},
        "gut_choices": gut_signals.recent_signals(rt, profile),
        "list_signals": gut_signals.signals_for(rt, profile, recent),
        **_signal_words(rt),
        **extra,
    }
    if is_htmx(request):
        return render(request, "choices/_main.html", context, status=status)
    context["ideas"] = choice_ideas.list_ideas(rt, profile)
    return render(request, "choices/index.html", context, status=status)


@router.get("/choices")
def choices_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    before: OptionalId = None,
    saved: OptionalId = None,
    care: Flag = None,
    idea: Annotated[str | None, Query(max_length=20)] = None,
) -> HTMLResponse:
    extra: dict[str, Any] = {"idea_message": ideas_routes.MESSAGES.get(idea or "")}
    if saved is not None:
        choice = choices.get_choice(rt, profile, saved)
        extra["message"] = cc.CHOICE_SAVED
        if care:
            words = "\n".join(t for t in (choice.text, choice.gut_text) if t)
            extra["card"] = card_for_text(request, rt, profile, words)
    return _main(request, rt, profile, before=before, **extra)


@router.post("/choices")
def add_choice(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    text: Field = "",
    gut_text: Field = "",
    gut: Field = "",
    confidence: Field = "",
    reassurance: Field = "",
    area: Field = "",
    body_signal_id: Field = "",
) -> Response:
    draft = {
        "text": text,
        "gut_text": gut_text,
        "gut": gut,
        "confidence": confidence,
        "reassurance": reassurance,
        "area": area,
        "body_signal_id": body_signal_id,
    }
    try:
        saved = choices.add_choice(
            rt,
            profile,
            text,
            gut_text=gut_text,
            gut=gut,
            confidence=choices.parse_whole_number(confidence),
            reassurance=reassurance,
            area=area,
            body_signal_id=body_signal_id,
        )
    except FieldInvalid as error:
        return _main(
            request,
            rt,
            profile,
            status=refused(request),
            error=str(error),
            error_field=error.field,
            draft=draft,
        )
    if is_htmx(request):
        card = card_after_save(request, rt, profile, saved.safety)
        return _main(request, rt, profile, message=cc.CHOICE_SAVED, card=card)
    care = "&care=1" if saved.safety.show_card else ""
    return RedirectResponse(f"/choices?saved={saved.record.id}{care}", status_code=303)


# Fixed paths come before /choices/{choice_id}, which would otherwise claim them.
router.include_router(ideas_routes.router)
router.include_router(evidence_routes.router)


@router.get("/choices/settings")
def settings_page(
    request: Request, rt: RuntimeDep, profile: ProfileDep, saved: Flag = None
) -> HTMLResponse:
    context = {
        **LABELS,
        "hours": choices.look_back_hours(rt, profile),
        "message": cc.DELAY_SAVED if saved else None,
    }
    return render(request, "choices/settings.html", context)


@router.post("/choices/settings")
def save_settings(
    request: Request, rt: RuntimeDep, profile: ProfileDep, hours: Field = ""
) -> Response:
    try:
        choices.set_look_back_hours(rt, profile, hours)
    except FieldInvalid as error:
        context = {**LABELS, "hours": choices.look_back_hours(rt, profile), "error": str(error)}
        return render(request, "choices/settings.html", context, status=422)
    return RedirectResponse("/choices/settings?saved=1", status_code=303)


@router.get("/choices/lookbacks.ics")
def calendar_file(
    rt: RuntimeDep,
    profile: ProfileDep,
    with_text: Annotated[str | None, Query(max_length=3)] = None,
) -> Response:
    document = choices.look_back_calendar(rt, profile, with_text=with_text == "yes")
    return Response(
        document,
        media_type="text/calendar; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="lookbacks.ics"'},
    )


def _detail(
    request: Request,
    rt: Runtime,
    profile: Profile,
    choice_id: int,
    *,
    status: int = 200,
    **extra: Any,
) -> HTMLResponse:
    detail = choices.choice_detail(rt, profile, choice_id)
    latest = detail.choice.latest
    context = {
        **LABELS,
        "detail": detail,
        "choice": detail.choice,
        "invite": choices.invites_reflection(None if latest is None else latest.felt_right),
        "draft": {},
        "gut_signal": detail.gut_signal,
        "gut_choices": gut_signals.recent_signals(rt, profile, keep=detail.choice.body_signal_id),
        "gut_draft": str(detail.choice.body_signal_id or ""),
        **_signal_words(rt),
        **extra,
    }
    name = "choices/_look_back.html" if is_htmx(request) else "choices/detail.html"
    return render(request, name, context, status=status)


@router.get("/choices/{choice_id}")
def choice_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    choice_id: ChoiceId,
    looked: Flag = None,
    care: Flag = None,
    gut: Annotated[str | None, Query(max_length=10)] = None,
) -> HTMLResponse:
    extra: dict[str, Any] = {
        "gut_message": {"linked": gc.LINKED, "unlinked": gc.UNLINKED}.get(gut or "")
    }
    if looked:
        extra["message"] = cc.LOOK_BACK_SAVED
    if care:
        latest = choices.get_choice(rt, profile, choice_id).latest
        note = None if latest is None else latest.note
        extra["card"] = None if not note else card_for_text(request, rt, profile, note)
    return _detail(request, rt, profile, choice_id, **extra)


@router.post("/choices/{choice_id}/look-backs")
def add_look_back(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    choice_id: ChoiceId,
    felt_right: Field = "",
    note: Field = "",
) -> Response:
    try:
        saved = choices.look_back(rt, profile, choice_id, felt_right, note)
    except FieldInvalid as error:
        draft = {"felt_right": felt_right, "note": note}
        return _detail(
            request,
            rt,
            profile,
            choice_id,
            status=refused(request),
            error=str(error),
            error_field=error.field,
            draft=draft,
        )
    if is_htmx(request):
        card = card_after_save(request, rt, profile, saved.safety)
        return _detail(request, rt, profile, choice_id, message=cc.LOOK_BACK_SAVED, card=card)
    care = "&care=1" if saved.safety.show_card else ""
    return RedirectResponse(f"/choices/{choice_id}?looked=1{care}", status_code=303)


@router.post("/choices/{choice_id}/gut-signal")
def change_gut_signal(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    choice_id: ChoiceId,
    body_signal_id: Field = "",
) -> Response:
    """Link, change or remove the body signal; a plain form (hx-boost carries it with JS)."""
    try:
        choice = choices.set_gut_signal(rt, profile, choice_id, body_signal_id)
    except FieldInvalid as error:
        return _detail(
            request,
            rt,
            profile,
            choice_id,
            status=422,
            error=str(error),
            error_field=error.field,
            gut_draft=body_signal_id,
        )
    done = "linked" if choice.body_signal_id is not None else "unlinked"
    return RedirectResponse(f"/choices/{choice_id}?gut={done}#gut-signal", status_code=303)
