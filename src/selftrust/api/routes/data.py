from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from selftrust.api.deps import ProfileDep, RuntimeDep
from selftrust.api.schemas import DeleteAllRequest, DeleteAllResult
from selftrust.services import data
from selftrust.services.errors import InputInvalid

router = APIRouter(tags=["your data"])


@router.get("/export")
def export(rt: RuntimeDep, profile: ProfileDep) -> dict[str, Any]:
    """Everything this profile owns, as one versioned JSON document."""
    return data.export_everything(rt, profile)


@router.post("/delete-all")
def delete_all(body: DeleteAllRequest, rt: RuntimeDep, profile: ProfileDep) -> DeleteAllResult:
    """Delete everything this profile owns. Send {"confirm": true}."""
    if not body.confirm:
        raise InputInvalid("Nothing was deleted: send confirm true if you are sure.")
    return DeleteAllResult(deleted=data.delete_everything(rt, profile))
