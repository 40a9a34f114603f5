"""Inner critic to kind voice, step by step: htmx swaps one step for the next; without
JavaScript every step is a plain form that redirects to the next step's own address."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import reframes_copy as copy
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.domain.reframes import (
    FEELING_MAX,
    LABELS,
    REFRAME_TEXT_MAX_CHARS,
    Reframe,
    ReframeStatus,
    check_answer,
    check_feeling,
    check_thought,
)
from selftrust.services import reframes
from selftrust.services.errors import InputInvalid
from selftrust.services.help import CrisisCard
from selftrust.services.safety import SafetyCheck
from selftrust.web.care import card_after_save, card_for_text
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import is_htmx, render

router = APIRouter()
Text = Annotated[str, Form()]
ReframeId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID)]
Step = Annotated[int, Path(ge=1, le=4)]
CareStep = Annotated[int | None, Query(ge=1, le=4)]
STEP_TEXTS = {1: ("thought",), 3: ("feeling_now", "common_humanity", "friend_words"), 4: ("reply",)}
MESSAGES = {"later": copy.SAVED_FOR_LATER, "finished": copy.FINISHED, "started": copy.STARTED_NOTE}


def _feeling(raw: str) -> object:
    """A form's 0-10 choice: empty means left out; anything but plain digits is refused later."""
    text = raw.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 3 else text or None


def _check(form: dict[str, str]) -> tuple[dict[str, object], dict[str, str]]:
    """Check each field on its own, so an error can be shown beside the field it is about."""
    values: dict[str, object] = {}
    errors: dict[str, str] = {}
    for name, raw in form.items():
        try:
            if name == "thought":
                values[name] = check_thought(raw)
            elif name in ("feeling_before", "feeling_after"):
                values[name] = check_feeling(_feeling(raw), label=LABELS[name])
            else:
                values[name] = check_answer(raw, label=LABELS[name])
        except InputInvalid as error:
            errors[name] = str(error)
    return values, errors


def _context(reframe: Reframe | None, view: int | str, **extra: object) -> dict[str, object]:
    context: dict[str, object] = {
        "c": copy,
        "reframe": reframe,
        "view": view,
        "max_chars": REFRAME_TEXT_MAX_CHARS,
        "scale": range(FEELING_MAX + 1),
        "errors": {},
        "draft": {},
        **extra,
    }
    if view == 2 and reframe is not None:
        context["reading"] = reframes.read_thought(reframe.thought)
    if view == "summary" and reframe is not None:
        context["change"] = copy.feeling_change(reframe.feeling_before, reframe.feeling_after)
        context["resume"] = resume_step(reframe)
    return context


def resume_step(reframe: Reframe) -> int:
    """The step to carry on from: after the last step that has something in it."""
    if reframe.feeling_now or reframe.common_humanity or reframe.friend_words:
        return 4
    return 2


def _page(
    request: Request,
    reframe: Reframe | None,
    view: int | str,
    *,
    status: int = 200,
    **extra: object,
) -> HTMLResponse:
    name = "reframes/_flow.html" if is_htmx(request) else "reframes/page.html"
    return render(request, name, _context(reframe, view, **extra), status=status)


def _care(
    request: Request, rt: RuntimeDep, profile: ProfileDep, reframe: Reframe, step: int
) -> CrisisCard | None:
    texts = [getattr(reframe, name) for name in STEP_TEXTS.get(step, ())]
    return card_for_text(request, rt, profile, "\n".join(t for t in texts if t))


@router.get("/reframe")
def start_page(request: Request, rt: RuntimeDep, profile: ProfileDep) -> HTMLResponse:
    drafts = reframes.list_reframes(rt, profile, status=ReframeStatus.DRAFT, limit=5)
    return _page(request, None, 1, drafts=drafts)


@router.post("/reframe")
def start(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    thought: Text = "",
    feeling_before: Text = "",
    action: Text = "next",
) -> Response:
    form = {"thought": thought, "feeling_before": feeling_before}
    values, errors = _check(form)
    if errors:
        # htmx only swaps successful responses in, so it gets the form back with a 200.
        status = 200 if is_htmx(request) else 422
        return _page(request, None, 1, status=status, errors=errors, draft=form)
    saved = reframes.start_reframe(rt, profile, **values)
    return _after_save(request, rt, profile, saved.record, 1, action, saved.safety)


@router.get("/reframe/{reframe_id}")
def summary_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    reframe_id: ReframeId,
    saved: Annotated[str | None, Query(max_length=20)] = None,
    care: CareStep = None,
) -> HTMLResponse:
    reframe = reframes.get_reframe(rt, profile, reframe_id)
    card = _care(request, rt, profile, reframe, care) if care else None
    message = MESSAGES.get(saved or "")
    return _page(request, reframe, "summary", message=message, card=card)


@router.get("/reframe/{reframe_id}/step/{step}")
def step_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    reframe_id: ReframeId,
    step: Step,
    saved: Annotated[str | None, Query(max_length=20)] = None,
    care: CareStep = None,
) -> HTMLResponse:
    reframe = reframes.get_reframe(rt, profile, reframe_id)
    card = _care(request, rt, profile, reframe, care) if care else None
    return _page(request, reframe, step, message=MESSAGES.get(saved or ""), card=card)


@router.post("/reframe/{reframe_id}/step/{step}")
def save_step(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    reframe_id: ReframeId,
    step: Step,
    thought: Text = "",
    feeling_before: Text = "",
    feeling_now: Text = "",
    common_humanity: Text = "",
    friend_words: Text = "",
    reply: Text = "",
    feeling_after: Text = "",
    action: Text = "next",
) -> Response:
    reframe = reframes.get_reframe(rt, profile, reframe_id)
    given = {
        "thought": thought,
        "feeling_before": feeling_before,
        "feeling_now": feeling_now,
        "common_humanity": common_humanity,
        "friend_words": friend_words,
        "reply": reply,
        "feeling_after": feeling_after,
    }
    # Each step's form carries only its own fields; "skip" leaves them as they were.
    names = {
        1: ("thought", "feeling_before"),
        2: (),
        3: STEP_TEXTS[3],
        4: ("reply", "feeling_after"),
    }
    form = {} if action == "skip" else {name: given[name] for name in names[step]}
    values, errors = _check(form)
    if errors:
        status = 200 if is_htmx(request) else 422
        return _page(request, reframe, step, status=status, errors=errors, draft=form)
    finishing = step == 4 and action != "later"
    if finishing:
        values["status"] = ReframeStatus.DONE
    safety = None
    if values:
        saved = reframes.update_reframe(rt, profile, reframe_id, **values)
        reframe, safety = saved.record, saved.safety
    return _after_save(request, rt, profile, reframe, step, action, safety)


def _after_save(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    reframe: Reframe,
    step: int,
    action: str,
    safety: SafetyCheck | None,
) -> Response:
    view: int | str
    message: str | None
    saved: str | None
    if action == "later":
        view = "summary"
        message, saved = copy.SAVED_FOR_LATER, "later"
    elif step == 4:
        view, message, saved = "summary", copy.FINISHED, "finished"
    else:
        view = step + 1
        message, saved = (copy.STARTED_NOTE, "started") if step == 1 else (None, None)
    path = f"/reframe/{reframe.id}" + ("" if view == "summary" else f"/step/{view}")
    show_card = safety is not None and safety.show_card
    if is_htmx(request):
        card = card_after_save(request, rt, profile, safety) if safety and show_card else None
        response = _page(request, reframe, view, message=message, card=card)
        # The next step gets its own address, so a reload or Back lands on a real page.
        response.headers["HX-Push-Url"] = path
        return response
    query = [f"saved={saved}"] if saved else []
    if show_card:
        query.append(f"care={step}")
    return RedirectResponse(path + ("?" + "&".join(query) if query else ""), status_code=303)


@router.get("/reframe/{reframe_id}/delete")
def delete_page(
    request: Request, rt: RuntimeDep, profile: ProfileDep, reframe_id: ReframeId
) -> HTMLResponse:
    reframe = reframes.get_reframe(rt, profile, reframe_id)
    return render(request, "reframes/delete.html", {"reframe": reframe, "c": copy})


@router.post("/reframe/{reframe_id}/delete")
def delete(rt: RuntimeDep, profile: ProfileDep, reframe_id: ReframeId) -> Response:
    reframes.delete_reframe(rt, profile, reframe_id)
    return RedirectResponse("/reflections?deleted=reframe", status_code=303)
