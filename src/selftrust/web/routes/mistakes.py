"""Mistakes as information in the browser: one calm form, htmx when present, plain when not."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import reframes_copy as copy
from selftrust.domain.mistakes import (
    LABELS,
    MISTAKE_TEXT_MAX_CHARS,
    ChoiceLinkInvalid,
    Mistake,
    check_mistake_answer,
    check_what_happened,
)
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.services import mistakes
from selftrust.services.errors import InputInvalid
from selftrust.web.care import card_after_save, card_for_text
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import is_htmx, render

router = APIRouter()
Text = Annotated[str, Form()]
MistakeId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID)]
Flag = Annotated[str | None, Query(max_length=20)]
FIELDS = ("what_happened", "expected", "information", "next_time", "kind_sentence")
MESSAGES = {"saved": copy.MISTAKE_SAVED, "updated": copy.MISTAKE_UPDATED}


def _choice_value(raw: str) -> object:
    text = raw.strip()
    if not text:
        return None
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 10 else text


def _check(form: dict[str, str]) -> dict[str, str]:
    """Check each text on its own, so an error shows beside the field it is about."""
    errors: dict[str, str] = {}
    for name, raw in form.items():
        try:
            if name == "what_happened":
                check_what_happened(raw)
            else:
                check_mistake_answer(raw, label=LABELS[name])
        except InputInvalid as error:
            errors[name] = str(error)
    return errors


def _form(
    request: Request,
    *,
    mistake: Mistake | None,
    draft: dict[str, str],
    choice: mistakes.LinkedChoice | None,
    errors: dict[str, str] | None = None,
) -> HTMLResponse:
    context = {
        "c": copy,
        "mistake": mistake,
        "draft": draft,
        "choice": choice,
        "errors": errors or {},
        "max_chars": MISTAKE_TEXT_MAX_CHARS,
    }
    # htmx only swaps successful responses in, so it gets the form back with a 200.
    status = 200 if not errors or is_htmx(request) else 422
    name = "mistakes/_section.html" if is_htmx(request) else "mistakes/form.html"
    return render(request, name, context, status=status)


def _draft(mistake: Mistake | None) -> dict[str, str]:
    return {name: (getattr(mistake, name) or "") if mistake else "" for name in FIELDS}


@router.get("/mistakes/new")
def new_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    choice: Annotated[int | None, Query(ge=1, le=MAX_RECORD_ID)] = None,
) -> HTMLResponse:
    # A link from a look-back: prefill the choice only if it is this person's own.
    linked = mistakes.find_linked_choice(rt, profile, choice) if choice else None
    return _form(request, mistake=None, draft=_draft(None), choice=linked)


def _save(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    form: dict[str, str],
    choice_id: str,
    mistake: Mistake | None,
) -> Response:
    link = _choice_value(choice_id)
    linked = mistakes.find_linked_choice(rt, profile, link)
    errors = _check(form)
    if not errors:
        try:
            if mistake is None:
                saved = mistakes.add_mistake(rt, profile, **form, choice_id=link)
            else:
                saved = mistakes.update_mistake(rt, profile, mistake.id, **form, choice_id=link)
        except ChoiceLinkInvalid as error:
            errors = {"choice_id": str(error)}
    if errors:
        return _form(request, mistake=mistake, draft=form, choice=linked, errors=errors)
    record = saved.record
    flag = "saved" if mistake is None else "updated"
    if is_htmx(request):
        card = card_after_save(request, rt, profile, saved.safety)
        response = _entry(request, rt, profile, record, message=MESSAGES[flag], card=card)
        response.headers["HX-Push-Url"] = f"/mistakes/{record.id}"
        return response
    care = "&care=1" if saved.safety.show_card else ""
    return RedirectResponse(f"/mistakes/{record.id}?{flag}=1{care}", status_code=303)


@router.post("/mistakes")
def add(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    what_happened: Text = "",
    expected: Text = "",
    information: Text = "",
    next_time: Text = "",
    kind_sentence: Text = "",
    choice_id: Text = "",
) -> Response:
    form = {
        "what_happened": what_happened,
        "expected": expected,
        "information": information,
        "next_time": next_time,
        "kind_sentence": kind_sentence,
    }
    return _save(request, rt, profile, form, choice_id, None)


def _entry(
    request: Request, rt: RuntimeDep, profile: ProfileDep, mistake: Mistake, **extra: object
) -> HTMLResponse:
    linked = mistakes.find_linked_choice(rt, profile, mistake.choice_id)
    context = {"c": copy, "mistake": mistake, "choice": linked, **extra}
    name = "mistakes/_entry.html" if is_htmx(request) else "mistakes/entry.html"
    return render(request, name, context)


@router.get("/mistakes/{mistake_id}")
def entry_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    mistake_id: MistakeId,
    saved: Flag = None,
    updated: Flag = None,
    care: bool = False,
) -> HTMLResponse:
    mistake = mistakes.get_mistake(rt, profile, mistake_id)
    message = MESSAGES["saved"] if saved else MESSAGES["updated"] if updated else None
    text = "\n".join(t for t in mistake.texts if t)
    card = card_for_text(request, rt, profile, text) if care and message else None
    return _entry(request, rt, profile, mistake, message=message, card=card)


@router.get("/mistakes/{mistake_id}/edit")
def edit_page(
    request: Request, rt: RuntimeDep, profile: ProfileDep, mistake_id: MistakeId
) -> HTMLResponse:
    mistake = mistakes.get_mistake(rt, profile, mistake_id)
    linked = mistakes.find_linked_choice(rt, profile, mistake.choice_id)
    return _form(request, mistake=mistake, draft=_draft(mistake), choice=linked)


@router.post("/mistakes/{mistake_id}")
def edit(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    mistake_id: MistakeId,
    what_happened: Text = "",
    expected: Text = "",
    information: Text = "",
    next_time: Text = "",
    kind_sentence: Text = "",
    choice_id: Text = "",
) -> Response:
    mistake = mistakes.get_mistake(rt, profile, mistake_id)
    form = {
        "what_happened": what_happened,
        "expected": expected,
        "information": information,
        "next_time": next_time,
        "kind_sentence": kind_sentence,
    }
    return _save(request, rt, profile, form, choice_id, mistake)


@router.get("/mistakes/{mistake_id}/delete")
def delete_page(
    request: Request, rt: RuntimeDep, profile: ProfileDep, mistake_id: MistakeId
) -> HTMLResponse:
    mistake = mistakes.get_mistake(rt, profile, mistake_id)
    return render(request, "mistakes/delete.html", {"mistake": mistake, "c": copy})


@router.post("/mistakes/{mistake_id}/delete")
def delete(rt: RuntimeDep, profile: ProfileDep, mistake_id: MistakeId) -> Response:
    mistakes.delete_mistake(rt, profile, mistake_id)
    return RedirectResponse("/reflections?deleted=mistake", status_code=303)
