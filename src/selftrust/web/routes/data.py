"""Your data: full export and full delete."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import pages as copy
from selftrust.services import data
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.templating import render

router = APIRouter()


@router.get("/settings")
def data_page(request: Request, done: int | None = None) -> HTMLResponse:
    return render(request, "data/index.html", {"message": copy.DELETE_ALL_DONE if done else None})


@router.get("/settings/export.json")
def export(rt: RuntimeDep, profile: ProfileDep) -> Response:
    document = data.export_everything(rt, profile)
    return Response(
        json.dumps(document, ensure_ascii=False, indent=2),
        media_type="application/json",
        headers={"content-disposition": 'attachment; filename="selftrust-export.json"'},
    )


@router.post("/settings/delete-all")
def delete_all(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    confirm: Annotated[str, Form()] = "",
) -> Response:
    if confirm != "yes":
        error = "Nothing was deleted. Tick the box first if you are sure."
        return render(request, "data/index.html", {"error": error}, status=422)
    data.delete_everything(rt, profile)
    return RedirectResponse("/settings?done=1", status_code=303)
