"""The JSON API, version 1."""

from fastapi import APIRouter

from selftrust.api.routes import data, health, notes, safety
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
for feature in (health, notes, data, safety):
    router.include_router(feature.router)
