"""The choice ledger, its look-back invitations and ideas, and the evidence view."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from selftrust.api.choice_schemas import (
    ChoiceCreate,
    ChoiceDetailPublic,
    ChoiceList,
    ChoicePublic,
    ChoiceSaved,
    DueList,
    EvidencePublic,
    GutSignalLink,
    IdeaCreate,
    IdeaList,
    IdeaPublic,
    IdeaSaved,
    IdeaUpdate,
    LookBackCreate,
    LookBackSaved,
    LookBackSettings,
)
from selftrust.api.deps import ProfileDep, RuntimeDep
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.services import choice_ideas, choices, evidence
from selftrust.services.errors import InputInvalid
from selftrust.services.safety import NO_CONCERN, Saved

ChoiceId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID, description="The choice's id.")]
IdeaKey = Annotated[
    str, Path(pattern=r"^[a-z0-9-]{1,60}$", description='e.g. "rest-when-tired" or "mine-3".')
]

router = APIRouter(tags=["choices"])


@router.post("/choices", status_code=201)
def add_choice(body: ChoiceCreate, rt: RuntimeDep, profile: ProfileDep) -> ChoiceSaved:
    """Record a choice exactly as written; `safety` says whether to offer help."""
    saved = choices.add_choice(
        rt,
        profile,
        body.text,
        gut_text=body.gut_text,
        gut=body.gut,
        confidence=body.confidence,
        reassurance=body.reassurance,
        area=body.area,
        body_signal_id=body.body_signal_id,
    )
    return ChoiceSaved.of_saved(saved)


@router.get("/choices")
def list_choices(
    rt: RuntimeDep,
    profile: ProfileDep,
    limit: Annotated[int, Query(ge=1, le=choices.MAX_PAGE_SIZE)] = choices.PAGE_SIZE,
    before: Annotated[int | None, Query(ge=1, le=MAX_RECORD_ID)] = None,
) -> ChoiceList:
    """List choices, newest first, each with the look-back that counts."""
    page = choices.list_choices(rt, profile, limit=limit, before_id=before)
    return ChoiceList(
        choices=[ChoicePublic.of(c) for c in page],
        next_before=page[-1].id if len(page) == limit else None,
    )


@router.get("/choices/due")
def due_look_backs(
    rt: RuntimeDep,
    profile: ProfileDep,
    limit: Annotated[int, Query(ge=1, le=choices.MAX_PAGE_SIZE)] = 50,
) -> DueList:
    """Choices with a look-back invitation waiting now, most recently due first."""
    return DueList.of(choices.due_look_backs(rt, profile, limit=limit))


@router.get(
    "/choices/lookbacks.ics",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}, "description": "An iCalendar file."}},
)
def calendar_file(
    rt: RuntimeDep,
    profile: ProfileDep,
    with_text: Annotated[
        bool, Query(description="Put what you chose in each event (it may sync online).")
    ] = False,
) -> Response:
    """Waiting and upcoming look-backs as iCalendar; without the choice's words by default."""
    document = choices.look_back_calendar(rt, profile, with_text=with_text)
    return Response(
        document,
        media_type="text/calendar; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="lookbacks.ics"'},
    )


@router.get("/choices/settings")
def get_settings(rt: RuntimeDep, profile: ProfileDep) -> LookBackSettings:
    """The hours before a look-back is offered (null: invitations are off)."""
    return LookBackSettings(look_back_hours=choices.look_back_hours(rt, profile))


@router.put("/choices/settings")
def put_settings(body: LookBackSettings, rt: RuntimeDep, profile: ProfileDep) -> LookBackSettings:
    """Set the hours before a look-back is offered, or null to turn invitations off."""
    hours = choices.set_look_back_hours(rt, profile, body.look_back_hours)
    return LookBackSettings(look_back_hours=hours)


@router.get("/choices/ideas")
def list_ideas(rt: RuntimeDep, profile: ProfileDep) -> IdeaList:
    """Every idea, hidden ones too: the built-in ones in order, then your own."""
    return IdeaList(ideas=[IdeaPublic.of(i) for i in choice_ideas.list_ideas(rt, profile)])


@router.post("/choices/ideas", status_code=201)
def add_idea(body: IdeaCreate, rt: RuntimeDep, profile: ProfileDep) -> IdeaSaved:
    """Add an idea of your own; `safety` says whether to offer help."""
    return IdeaSaved.of_saved(choice_ideas.add_idea(rt, profile, body.text, body.area))


@router.patch("/choices/ideas/{key}")
def change_idea(key: IdeaKey, body: IdeaUpdate, rt: RuntimeDep, profile: ProfileDep) -> IdeaSaved:
    """Put an idea in your own words, hide it, or show it again."""
    if body.text is None and body.hidden is None:
        raise InputInvalid("Nothing was changed: send text, hidden, or both.")
    saved = Saved(choice_ideas.get_idea(rt, profile, key), NO_CONCERN)
    if body.text is not None:
        saved = choice_ideas.edit_idea(rt, profile, key, body.text)
    if body.hidden is not None:
        change = choice_ideas.hide_idea if body.hidden else choice_ideas.show_idea
        saved = Saved(change(rt, profile, key), saved.safety)
    return IdeaSaved.of_saved(saved)


@router.post("/choices/ideas/{key}/restore")
def restore_idea(key: IdeaKey, rt: RuntimeDep, profile: ProfileDep) -> IdeaPublic:
    """Show a built-in idea as it came (original words), or show your own idea again."""
    return IdeaPublic.of(choice_ideas.restore_idea(rt, profile, key))


@router.delete("/choices/ideas/{key}", status_code=204)
def remove_idea(key: IdeaKey, rt: RuntimeDep, profile: ProfileDep) -> Response:
    """Delete one of your own ideas (built-in ones can be hidden, not removed)."""
    choice_ideas.remove_idea(rt, profile, key)
    return Response(status_code=204)


@router.get("/choices/{choice_id}")
def get_choice(choice_id: ChoiceId, rt: RuntimeDep, profile: ProfileDep) -> ChoiceDetailPublic:
    """One choice with every look-back on it."""
    return ChoiceDetailPublic.of_detail(choices.choice_detail(rt, profile, choice_id))


@router.put("/choices/{choice_id}/body-signal")
def link_body_signal(
    choice_id: ChoiceId, body: GutSignalLink, rt: RuntimeDep, profile: ProfileDep
) -> ChoicePublic:
    """Link one of your body signals to a choice as what your gut said; null removes it."""
    return ChoicePublic.of(choices.set_gut_signal(rt, profile, choice_id, body.body_signal_id))


@router.post("/choices/{choice_id}/look-backs", status_code=201)
def look_back(
    choice_id: ChoiceId, body: LookBackCreate, rt: RuntimeDep, profile: ProfileDep
) -> LookBackSaved:
    """Look back on a choice; the latest look-back is the one that counts."""
    saved = choices.look_back(rt, profile, choice_id, body.felt_right, body.note)
    return LookBackSaved.of_saved(saved)


@router.get("/evidence", tags=["evidence"])
def get_evidence(rt: RuntimeDep, profile: ProfileDep) -> EvidencePublic:
    """What your look-backs add up to: counts, felt right by gut, Brier, bands, reassurance."""
    return EvidencePublic.of(evidence.evidence_view(rt, profile))
