"""Choice ideas in the browser: hide, show, edit, add, restore, remove."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import choices_copy as cc
from selftrust.content import ledger_copy as lc
from selftrust.domain.ledger import Area
from selftrust.domain.profile import Profile
from selftrust.services import choice_ideas
from selftrust.services.errors import InputInvalid
from selftrust.services.runtime import Runtime
from selftrust.web.care import card_after_save
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import is_htmx, render

router = APIRouter()
IdeaKey = Annotated[str, Path(pattern=r"^[a-z0-9-]{1,60}$")]
Field = Annotated[str, Form()]

# ?idea=… after a plain-form redirect names what just happened, never the idea's words.
MESSAGES = {
    "added": cc.IDEA_ADDED,
    "updated": cc.IDEA_UPDATED,
    "hidden": cc.IDEA_HIDDEN,
    "shown": cc.IDEA_SHOWN,
    "restored": cc.IDEA_RESTORED,
    "removed": cc.IDEA_REMOVED,
}
_CONTEXT: dict[str, Any] = {
    "cc": cc,
    "lc": lc,
    "area_options": list(Area),
    "max_idea": choice_ideas.IDEA_MAX_CHARS,
}


def _section(
    request: Request, rt: Runtime, profile: Profile, *, status: int = 200, **extra: Any
) -> HTMLResponse:
    context = {**_CONTEXT, "ideas": choice_ideas.list_ideas(rt, profile), **extra}
    return render(request, "choices/_ideas.html", context, status=status)


def _done(request: Request, rt: Runtime, profile: Profile, what: str, **extra: Any) -> Response:
    if is_htmx(request):
        return _section(request, rt, profile, idea_message=MESSAGES[what], **extra)
    return RedirectResponse(f"/choices?idea={what}#ideas-section", status_code=303)


@router.post("/choices/ideas")
def add_idea(
    request: Request, rt: RuntimeDep, profile: ProfileDep, text: Field = "", area: Field = ""
) -> Response:
    try:
        saved = choice_ideas.add_idea(rt, profile, text, area)
    except InputInvalid as error:
        if is_htmx(request):
            # htmx swaps only 2xx answers in by default, so the sentence arrives with a 200.
            return _section(request, rt, profile, idea_error=str(error), idea_draft=text)
        context = {**_CONTEXT, "idea": None, "draft": text, "error": str(error)}
        return render(request, "choices/idea_edit.html", context, status=422)
    # The calm card shows in place with htmx; without it, on the edit page of the new idea.
    card = card_after_save(request, rt, profile, saved.safety)
    if card is not None and not is_htmx(request):
        context = {**_CONTEXT, "idea": saved.record, "draft": saved.record.text, "card": card}
        return render(request, "choices/idea_edit.html", context)
    return _done(request, rt, profile, "added", idea_card=card)


@router.get("/choices/ideas/{key}/edit")
def edit_page(request: Request, rt: RuntimeDep, profile: ProfileDep, key: IdeaKey) -> Response:
    idea = choice_ideas.get_idea(rt, profile, key)
    context = {**_CONTEXT, "idea": idea, "draft": idea.text}
    return render(request, "choices/idea_edit.html", context)


@router.post("/choices/ideas/{key}")
def edit_idea(
    request: Request, rt: RuntimeDep, profile: ProfileDep, key: IdeaKey, text: Field = ""
) -> Response:
    try:
        saved = choice_ideas.edit_idea(rt, profile, key, text)
    except InputInvalid as error:
        idea = choice_ideas.get_idea(rt, profile, key)
        context = {**_CONTEXT, "idea": idea, "draft": text, "error": str(error)}
        return render(request, "choices/idea_edit.html", context, status=422)
    card = card_after_save(request, rt, profile, saved.safety)
    if card is not None:
        context = {**_CONTEXT, "idea": saved.record, "draft": saved.record.text, "card": card}
        return render(request, "choices/idea_edit.html", context)
    return RedirectResponse("/choices?idea=updated#ideas-section", status_code=303)


def _action(
    what: str, act: Callable[[Runtime, Profile, object], object]
) -> Callable[..., Response]:
    def handle(request: Request, rt: RuntimeDep, profile: ProfileDep, key: IdeaKey) -> Response:
        act(rt, profile, key)
        return _done(request, rt, profile, what)

    return handle


for _path, _what, _act in (
    ("hide", "hidden", choice_ideas.hide_idea),
    ("show", "shown", choice_ideas.show_idea),
    ("restore", "restored", choice_ideas.restore_idea),
    ("remove", "removed", choice_ideas.remove_idea),
):
    router.add_api_route(f"/choices/ideas/{{key}}/{_path}", _action(_what, _act), methods=["POST"])
