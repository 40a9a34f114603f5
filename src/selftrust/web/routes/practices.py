"""Guided practices in the browser: plain links and forms; the audio player is the only script."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from starlette.convertors import Convertor, register_url_convertor
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import grounding, listen_copy
from selftrust.content.practices import PRACTICES
from selftrust.content.practices import copy as copy
from selftrust.content.practices.body_scan import AREA_LABELS
from selftrust.domain.practices import PracticeInvalid
from selftrust.services import listen, practices
from selftrust.services.errors import InputInvalid, NotFound
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import render

router = APIRouter()
Rating = Annotated[str, Form()]
Skip = Annotated[list[str], Query(max_length=20)]


class PracticeIdConvertor(Convertor[str]):
    # Ids use underscores only, so hyphenated pages under /practices/ (the self-compassion
    # break has its own route) never match this one, whichever router is included first.
    regex = "[a-z0-9]+(?:_[a-z0-9]+)*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("practice_id", PracticeIdConvertor())
_DIGITS = re.compile(r"[0-9]{1,2}")  # ASCII only: "²" and "٣" are not ratings here


@router.get("/practices")
def practices_page(request: Request, rt: RuntimeDep, profile: ProfileDep) -> HTMLResponse:
    context = {
        "copy": copy,
        "practices": PRACTICES.values(),
        "consistency": practices.consistency(rt, profile),
        "history": practices.history(rt, profile, limit=10),
        "titles": {p.id: p.title for p in PRACTICES.values()},
    }
    return render(request, "practices/index.html", context)


def _practice_context(
    rt: RuntimeDep, version: str | None, skip: list[str], practice_id: str
) -> dict[str, object]:
    if practice_id not in PRACTICES:
        raise NotFound(f"There is no practice called {practice_id[:40]!r}.")
    chosen = practices.script(practice_id, version, skip)
    return {
        "copy": copy,
        "lc": listen_copy,
        "g": grounding,
        "script": chosen,
        "practice": chosen.practice,
        "area_labels": AREA_LABELS,
        "listen": listen.offer_for_practice(rt, chosen),
    }


@router.get("/practices/{practice_id:practice_id}")
def practice_page(
    request: Request,
    rt: RuntimeDep,
    practice_id: str,
    version: str | None = None,
    skip: Skip = [],  # noqa: B006 - FastAPI copies query defaults per request
) -> Response:
    found = PRACTICES.get(practice_id)
    if found is not None and found.page is not None:
        return RedirectResponse(found.page, status_code=303)  # it has a page of its own
    context = _practice_context(rt, version, skip, practice_id)
    return render(request, "practices/practice.html", context)


def _rating(raw: str, *, label: str) -> int | None:
    """Read an optional 0-10 box; a hand-made non-number is refused, never quietly dropped."""
    text = raw.strip()
    if not text:
        return None
    if not _DIGITS.fullmatch(text):
        raise PracticeInvalid(copy.DISTRESS_NOT_A_NUMBER.format(label=label))
    return int(text)


@router.post("/practices/{practice_id:practice_id}")
def end_practice(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    practice_id: str,
    outcome: Rating = "finished",
    version: Rating = "",
    before: Rating = "",
    after: Rating = "",
    skip: Annotated[list[str], Form()] = [],  # noqa: B006
) -> HTMLResponse:
    context = _practice_context(rt, version or None, skip, practice_id)
    chosen = practices.script(practice_id, version or None, skip)
    first = last = None
    try:
        first = _rating(before, label="Distress before")
        last = _rating(after, label="Distress after")
        session = practices.record_session(
            rt,
            profile,
            practice_id,
            outcome=outcome,
            minutes=chosen.version.minutes,
            before=first,
            after=last,
        )
    except InputInvalid as error:
        context |= {"error": str(error), "before": first, "after": last}
        return render(request, "practices/practice.html", context, status=422)
    reflection = copy.OUTCOME_MESSAGES[session.outcome.value]
    if first is not None and last is not None:
        reflection += " " + grounding.distress_reflection(first, last)
    context |= {
        "session": session,
        "reflection": reflection,
        "consistency": practices.consistency(rt, profile),
    }
    return render(request, "practices/ended.html", context)
