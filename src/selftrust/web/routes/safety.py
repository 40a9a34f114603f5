"""Get help now and my safety plan: reachable from every page, without login or lock."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import crisis_card, help_copy, safety_plan
from selftrust.content.crisis_resources import INTERNATIONAL, REGIONS, region_for
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.domain.safety import PLAN_SECTIONS
from selftrust.services import help
from selftrust.services import safety_plan as plans
from selftrust.services.errors import InputInvalid
from selftrust.web.care import card_after_save, locale_of
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import render

router = APIRouter()
Text = Annotated[str, Form()]


def _help_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    *,
    region_code: str | None = None,
    status: int = 200,
    **extra: object,
) -> HTMLResponse:
    region = (
        region_for(region_code)
        if region_code
        else help.region_of(rt, profile, locale=locale_of(request))
    )
    context = {
        "hc": help_copy,
        "region": region,
        "regions": REGIONS,
        "services": crisis_card.services_for(region),
        "emergency_line": crisis_card.emergency_line(region),
        "international": INTERNATIONAL,
        "contacts": help.own_contacts(rt, profile),
        "draft": {},
        **extra,
    }
    return render(request, "safety/help.html", context, status=status)


@router.get("/help")
def help_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    region: str | None = None,
    added: int | None = None,
) -> HTMLResponse:
    code = region.upper() if region and region.upper() in REGIONS else None
    message = help_copy.ADD_CONTACT.saved_message if added else None
    return _help_page(request, rt, profile, region_code=code, message=message)


@router.post("/help/region")
def choose_region(rt: RuntimeDep, profile: ProfileDep, region: Text = "") -> Response:
    help.choose_region(rt, profile, region)
    return RedirectResponse("/help#region", status_code=303)


@router.post("/help/contacts")
def add_contact(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    name: Text = "",
    phone: Text = "",
    note: Text = "",
) -> Response:
    try:
        help.add_contact(rt, profile, name, phone, note)
    except InputInvalid as error:
        draft = {"name": name, "phone": phone, "note": note}
        return _help_page(request, rt, profile, status=422, contact_error=str(error), draft=draft)
    return RedirectResponse("/help?added=1#own-people", status_code=303)


@router.post("/help/contacts/{contact_id}/delete")
def remove_contact(
    rt: RuntimeDep,
    profile: ProfileDep,
    contact_id: Annotated[int, Path(ge=1, le=MAX_RECORD_ID)],
) -> Response:
    help.remove_contact(rt, profile, contact_id)
    return RedirectResponse("/help#own-people", status_code=303)


def _plan_context(rt: RuntimeDep, profile: ProfileDep, request: Request) -> dict[str, object]:
    region = help.region_of(rt, profile, locale=locale_of(request))
    return {
        "sp": safety_plan,
        "sections": safety_plan.all_sections(),
        "emergency_line": crisis_card.emergency_line(region),
    }


@router.get("/safety-plan")
def plan_page(
    request: Request, rt: RuntimeDep, profile: ProfileDep, saved: int | None = None
) -> HTMLResponse:
    context = _plan_context(rt, profile, request)
    context["plan"] = plans.get_plan(rt, profile)
    context["message"] = "Your plan is saved." if saved else None
    return render(request, "safety/plan.html", context)


@router.get("/safety-plan/edit")
def plan_edit_page(request: Request, rt: RuntimeDep, profile: ProfileDep) -> HTMLResponse:
    context = _plan_context(rt, profile, request)
    plan = plans.get_plan(rt, profile)
    context["drafts"] = {section: "\n".join(lines) for section, lines in plan.items()}
    return render(request, "safety/plan_edit.html", context)


@router.post("/safety-plan")
async def save_plan(request: Request, rt: RuntimeDep, profile: ProfileDep) -> Response:
    form = await request.form()
    drafts = {s: str(form.get(s, "")) for s in PLAN_SECTIONS}
    sections = {s: plans.lines_from_text(text) for s, text in drafts.items()}
    try:
        saved = await run_in_threadpool(plans.save_plan, rt, profile, sections)
    except InputInvalid as error:
        context = _plan_context(rt, profile, request)
        context.update(drafts=drafts, error=str(error))
        return render(request, "safety/plan_edit.html", context, status=422)
    card = card_after_save(request, rt, profile, saved.safety)
    if card is None:
        return RedirectResponse("/safety-plan?saved=1", status_code=303)
    context = _plan_context(rt, profile, request)
    context.update(plan=saved.record, message="Your plan is saved.", card=card)
    return render(request, "safety/plan.html", context)
