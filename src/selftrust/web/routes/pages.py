"""Start page, the neutral quick-exit page, and calm placeholders for areas on their way."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from selftrust.content.pages import NAVIGATION
from selftrust.services import notes
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import render

router = APIRouter()


@router.get("/")
def home(request: Request, rt: RuntimeDep, profile: ProfileDep) -> HTMLResponse:
    recent = notes.list_notes(rt, profile, limit=3)
    return render(request, "pages/home.html", {"recent": recent})


@router.get("/exit")
def neutral_page(request: Request) -> HTMLResponse:
    return render(request, "pages/exit.html")


def _soon(label: str) -> object:
    def page(request: Request) -> HTMLResponse:
        return render(request, "pages/soon.html", {"area": label})

    return page


for _item in NAVIGATION:
    if not _item.ready:
        router.add_api_route(_item.path, _soon(_item.label), methods=["GET"])  # type: ignore[arg-type]
