"""All page routes (none of them in the OpenAPI schema)."""

from fastapi import APIRouter

from selftrust.web.routes import data, grounding, notes, pages, safety

router = APIRouter(include_in_schema=False)
for feature in (pages, notes, data, safety, grounding):
    router.include_router(feature.router)
