"""All page routes (none of them in the OpenAPI schema)."""

from fastapi import APIRouter

from selftrust.web.routes import (
    body,
    choices,
    data,
    grounding,
    learn,
    listen,
    measures,
    notes,
    pages,
    practices,
    reflections,
    safety,
)

router = APIRouter(include_in_schema=False)
for feature in (pages, notes, data, safety, grounding, measures):
    router.include_router(feature.router)
for feature in (body, practices, learn, listen):
    router.include_router(feature.router)
router.include_router(reflections.router)  # kind voice: reframes, mistakes, the break
router.include_router(choices.router)  # the choice ledger and the evidence view
