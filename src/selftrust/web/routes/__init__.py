"""All page routes (none of them in the OpenAPI schema)."""

from fastapi import APIRouter

from selftrust.web.routes import data, notes, pages

router = APIRouter(include_in_schema=False)
for feature in (pages, notes, data):
    router.include_router(feature.router)
