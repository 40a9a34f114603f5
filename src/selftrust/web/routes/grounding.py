"""Ground myself: works without JavaScript; distress numbers saved only when asked."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import HTMLResponse

from selftrust.content import grounding as g
from selftrust.content.practices.copy import DISTRESS_NOT_A_NUMBER
from selftrust.services import grounding
from selftrust.services.errors import InputInvalid
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import render

router = APIRouter()
Rating = Annotated[str, Form()]


@router.get("/ground")
def practices(request: Request) -> HTMLResponse:
    return render(request, "grounding/index.html", {"g": g, "practices": g.PRACTICES.values()})


@router.get("/ground/{practice_id}")
def practice_page(request: Request, practice_id: str) -> HTMLResponse:
    practice = g.get_practice(grounding.check_practice(practice_id))
    return render(request, "grounding/practice.html", {"g": g, "practice": practice})


def _rating(raw: str, *, label: str) -> int | None:
    """Read an optional 0-10 box; a hand-made non-number is refused, never quietly dropped."""
    text = raw.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):  # "²".isdigit() is true, int("²") is not
        raise InputInvalid(DISTRESS_NOT_A_NUMBER.format(label=label))
    return int(text)


@router.post("/ground/{practice_id}")
def finish(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    practice_id: str,
    before: Rating = "",
    after: Rating = "",
    save: Rating = "",
) -> HTMLResponse:
    practice = g.get_practice(grounding.check_practice(practice_id))
    context: dict[str, object] = {"g": g, "practice": practice}
    try:
        first = _rating(before, label="How you felt before")
        last = _rating(after, label="How you feel now")
        context |= {"before": first, "after": last}
        if save == "yes":
            grounding.record_session(rt, profile, practice_id, first, last)
    except InputInvalid as error:
        return render(
            request, "grounding/practice.html", {**context, "error": str(error)}, status=422
        )
    reflection = "Thank you for taking this time for yourself."
    if first is not None and last is not None:
        reflection = g.distress_reflection(first, last)
    if save == "yes":
        reflection += " Your numbers are saved."
    return render(request, "grounding/practice.html", {**context, "reflection": reflection})
