"""The JSON API, version 1."""

from fastapi import APIRouter

from selftrust.api.routes import (
    body,
    choices,
    data,
    health,
    lessons,
    measures,
    notes,
    practices,
    reframes,
    safety,
)
from selftrust.api.schemas import ErrorResponse

router = APIRouter(
    prefix="/api/v1",
    responses={
        400: {"model": ErrorResponse},
        404: {"model": ErrorResponse},
        413: {"model": ErrorResponse},
        422: {"model": ErrorResponse},
    },
)
for feature in (health, notes, data, safety, measures):
    router.include_router(feature.router)
for feature in (body, practices, lessons):
    router.include_router(feature.router)
router.include_router(reframes.router)
router.include_router(choices.router)
