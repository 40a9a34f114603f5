"""Safety: text analysis, help now (region, services, own contacts), safety plan, grounding."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from selftrust.api.deps import ProfileDep, RuntimeDep
from selftrust.api.schemas import SafetyPublic, StrictModel
from selftrust.content import crisis_card
from selftrust.content.grounding import PRACTICES
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.services import analysis, grounding, help
from selftrust.services import safety_plan as plans

router = APIRouter(tags=["safety"])
ContactId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID)]


class AnalyzeRequest(StrictModel):
    text: str


class RegionRequest(StrictModel):
    region: str


class ContactCreate(StrictModel):
    name: str
    phone: str | None = None
    note: str | None = None


class PlanUpdate(StrictModel):
    sections: dict[str, list[str]]


class GroundingCreate(StrictModel):
    practice: str
    distress_before: int | None = None
    distress_after: int | None = None


@router.post("/analyze")
def analyze(body: AnalyzeRequest) -> dict[str, Any]:
    """What the rules notice in a text: crisis language (kinds, spans, reasons). Stores nothing."""
    return analysis.analyze_text(body.text).to_dict()


def _service(service: Any) -> dict[str, Any]:
    return {
        "name": service.name,
        "description": service.description,
        "hours": service.hours,
        "languages": list(service.languages),
        "last_checked": service.last_checked.isoformat(),
        "website": service.website,
        "contacts": [
            {
                "channel": c.channel.value,
                "value": c.value,
                "keyword": c.keyword,
                "label": crisis_card.describe_contact(c),
            }
            for c in service.contacts
        ],
    }


@router.get("/help")
def help_now(rt: RuntimeDep, profile: ProfileDep) -> dict[str, Any]:
    """The person's region, its crisis services and emergency number, and their own contacts."""
    region = help.region_of(rt, profile)
    return {
        "region": region.country,
        "region_name": region.name,
        "emergency_number": region.emergency_number,
        "emergency_line": crisis_card.emergency_line(region),
        "services": [_service(s) for s in crisis_card.services_for(region)],
        "own_contacts": [
            {"id": c.id, "name": c.name, "phone": c.phone, "note": c.note}
            for c in help.own_contacts(rt, profile)
        ],
    }


@router.put("/help/region")
def choose_region(body: RegionRequest, rt: RuntimeDep, profile: ProfileDep) -> dict[str, str]:
    """Remember the person's region (an ISO country code such as GB)."""
    region = help.choose_region(rt, profile, body.region)
    return {"region": region.country, "region_name": region.name}


@router.post("/contacts", status_code=201)
def add_contact(body: ContactCreate, rt: RuntimeDep, profile: ProfileDep) -> dict[str, Any]:
    """Add one of the person's own contacts."""
    contact = help.add_contact(rt, profile, body.name, body.phone, body.note)
    return {"id": contact.id, "name": contact.name, "phone": contact.phone, "note": contact.note}


@router.delete("/contacts/{contact_id}", status_code=204)
def remove_contact(contact_id: ContactId, rt: RuntimeDep, profile: ProfileDep) -> Response:
    """Remove one of the person's own contacts."""
    help.remove_contact(rt, profile, contact_id)
    return Response(status_code=204)


@router.get("/safety-plan")
def get_plan(rt: RuntimeDep, profile: ProfileDep) -> dict[str, list[str]]:
    """Every section of the safety plan with its lines."""
    return plans.get_plan(rt, profile)


@router.put("/safety-plan")
def save_plan(body: PlanUpdate, rt: RuntimeDep, profile: ProfileDep) -> dict[str, Any]:
    """Replace the given sections' lines; the others stay as they are."""
    saved = plans.save_plan(rt, profile, body.sections)
    return {"sections": saved.record, "safety": SafetyPublic.of(saved.safety).model_dump()}


@router.get("/grounding")
def grounding_practices() -> list[dict[str, Any]]:
    """The grounding practices, with their steps."""
    return [
        {"id": p.id, "title": p.title, "summary": p.summary, "steps": list(p.steps)}
        for p in PRACTICES.values()
    ]


@router.post("/grounding-sessions", status_code=201)
def record_grounding(body: GroundingCreate, rt: RuntimeDep, profile: ProfileDep) -> dict[str, Any]:
    """Save a practice with optional distress before and after (0–10)."""
    session = grounding.record_session(
        rt, profile, body.practice, body.distress_before, body.distress_after
    )
    return {
        "id": session.id,
        "practice": session.practice,
        "distress_before": session.distress_before,
        "distress_after": session.distress_after,
        "created_at": session.created_at.isoformat(),
    }
