from __future__ import annotations

from fastapi import APIRouter

from selftrust import __version__
from selftrust.api.deps import RuntimeDep
from selftrust.api.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health")
def health(rt: RuntimeDep) -> Health:
    """Say whether the app and its database are answering."""
    return Health(status="ok", version=__version__, database=rt.db.dialect.value)
