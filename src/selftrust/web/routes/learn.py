"""Lessons and the FAQ, each with "Listen" and a private reflection box."""

from __future__ import annotations

from itertools import pairwise
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import learn_copy as copy
from selftrust.content import listen_copy
from selftrust.domain.lessons import REFLECTION_MAX_CHARS
from selftrust.services import lessons, listen
from selftrust.services.errors import TextInvalid
from selftrust.web.care import card_after_save, card_for_text
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import is_htmx, render

router = APIRouter()


@router.get("/learn")
def learn_page(request: Request, rt: RuntimeDep, profile: ProfileDep) -> HTMLResponse:
    reflected = {r.lesson for r in lessons.all_reflections(rt, profile)}
    context = {"copy": copy, "lessons": lessons.list_lessons(), "reflected": reflected}
    return render(request, "learn/index.html", context)


def _lesson(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    slug: str,
    *,
    status: int = 200,
    **extra: Any,
) -> HTMLResponse:
    lesson = lessons.get_lesson(slug)
    reflection = lessons.get_reflection(rt, profile, slug)
    order = lessons.list_lessons()
    following = next((b for a, b in pairwise(order) if a.slug == slug), None)
    context = {
        "copy": copy,
        "lc": listen_copy,
        "lesson": lesson,
        "html": lessons.lesson_html(lesson),
        "listen": listen.offer_for_lesson(rt, lesson),
        "transcript": [p.text for p in lessons.spoken_parts(lesson)],
        "reflection": reflection,
        "draft": extra.pop("draft", None if reflection is None else reflection.text),
        "max_chars": REFLECTION_MAX_CHARS,
        "following": following,
        **extra,
    }
    name = "learn/_reflection.html" if is_htmx(request) else "learn/lesson.html"
    return render(request, name, context, status=status)


@router.get("/learn/{slug}")
def lesson_page(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    slug: str,
    saved: bool = False,
    deleted: bool = False,
    care: bool = False,
) -> HTMLResponse:
    message = copy.REFLECTION_SAVED if saved else copy.REFLECTION_DELETED if deleted else None
    card = None
    if care and saved:
        found = lessons.get_reflection(rt, profile, slug)
        card = card_for_text(request, rt, profile, found.text) if found else None
    return _lesson(request, rt, profile, slug, message=message, card=card)


@router.post("/learn/{slug}/reflection")
def save_reflection(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    slug: str,
    text: Annotated[str, Form()] = "",
) -> Response:
    try:
        saved = lessons.save_reflection(rt, profile, slug, text)
    except TextInvalid as error:
        return _lesson(request, rt, profile, slug, status=422, error=str(error), draft=text)
    if is_htmx(request):
        card = card_after_save(request, rt, profile, saved.safety)
        return _lesson(request, rt, profile, slug, message=copy.REFLECTION_SAVED, card=card)
    care = "&care=1" if saved.safety.show_card else ""
    return RedirectResponse(f"/learn/{slug}?saved=true{care}#reflection", status_code=303)


@router.post("/learn/{slug}/reflection/delete")
def delete_reflection(rt: RuntimeDep, profile: ProfileDep, slug: str) -> Response:
    lessons.delete_reflection(rt, profile, slug)
    return RedirectResponse(f"/learn/{slug}?deleted=true#reflection", status_code=303)
