"""Request and response models of the choice ledger and the evidence view.

Requests are strict (see api/schemas.py): "50" or true is not a confidence, and unknown fields
are refused. Choices from a list are Literal strings so the OpenAPI schema names them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from selftrust.api.body_schemas import BodySignalPublic
from selftrust.api.schemas import SafetyPublic, StrictModel
from selftrust.domain.ledger import CalibrationBand, MonthShare
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.services import choices
from selftrust.services.choice_ideas import IDEA_MAX_CHARS, Idea
from selftrust.services.evidence import EvidenceView, WallEntry
from selftrust.services.safety import Saved

GutName = Literal["followed", "overrode"]
ReassuranceName = Literal["none", "some", "lots"]
AreaName = Literal["rest", "boundaries", "comfort", "pace", "preference", "other"]
FeltRightName = Literal["yes", "partly", "no", "too_early"]


class ChoiceCreate(StrictModel):
    text: str = Field(description=f"What you chose, as written (1–{choices.CHOICE_MAX_CHARS}).")
    gut_text: str | None = Field(default=None, description="What your gut or body said.")
    gut: GutName = Field(description="Whether you followed your gut or went another way.")
    confidence: int = Field(
        description="How sure you are it will feel right looking back: a whole number 0–100."
    )
    reassurance: ReassuranceName = Field(
        default="none", description="How much you asked others to check the choice first."
    )
    area: AreaName | None = None
    body_signal_id: int | None = Field(
        default=None,
        ge=1,
        le=MAX_RECORD_ID,
        description="One of your body signals (GET /body-signals), linked as what your gut said.",
    )


class GutSignalLink(StrictModel):
    body_signal_id: int | None = Field(
        ge=1,
        le=MAX_RECORD_ID,
        description="One of your body signals to link as what your gut said; null removes it.",
    )


class LookBackCreate(StrictModel):
    felt_right: FeltRightName = Field(description="Looking back, did it feel right for you?")
    note: str | None = Field(default=None, description="Anything you noticed (optional).")


class LookBackPublic(BaseModel):
    id: int
    choice_id: int
    felt_right: str
    note: str | None
    created_at: datetime

    @classmethod
    def of(cls, look_back: choices.LookBack) -> LookBackPublic:
        return cls(
            id=look_back.id,
            choice_id=look_back.choice_id,
            felt_right=look_back.felt_right.value,
            note=look_back.note,
            created_at=look_back.created_at,
        )


class ChoicePublic(BaseModel):
    id: int
    text: str
    gut_text: str | None
    gut: str
    confidence: int
    reassurance: str
    area: str | None
    made_at: datetime
    latest_look_back: LookBackPublic | None = Field(description="The look-back that counts.")
    look_back_count: int
    body_signal_id: int | None = Field(
        description="The body signal linked as what your gut said, or null."
    )

    @classmethod
    def of(cls, choice: choices.Choice) -> ChoicePublic:
        return cls(
            id=choice.id,
            text=choice.text,
            gut_text=choice.gut_text,
            gut=choice.gut.value,
            confidence=choice.confidence,
            reassurance=choice.reassurance.value,
            area=None if choice.area is None else choice.area.value,
            made_at=choice.made_at,
            latest_look_back=None if choice.latest is None else LookBackPublic.of(choice.latest),
            look_back_count=choice.look_back_count,
            body_signal_id=choice.body_signal_id,
        )


class ChoiceSaved(ChoicePublic):
    safety: SafetyPublic

    @classmethod
    def of_saved(cls, saved: Saved[choices.Choice]) -> ChoiceSaved:
        public = ChoicePublic.of(saved.record)
        return cls(**public.model_dump(), safety=SafetyPublic.of(saved.safety))


class ChoiceDetailPublic(ChoicePublic):
    look_backs: list[LookBackPublic] = Field(description="Every look-back, the latest first.")
    next_look_back_at: datetime | None = Field(
        description="When a look-back invitation shows; null when none is planned."
    )
    body_signal: BodySignalPublic | None = Field(
        description="The linked body signal in full (what your gut said), or null."
    )

    @classmethod
    def of_detail(cls, detail: choices.ChoiceDetail) -> ChoiceDetailPublic:
        signal = detail.gut_signal
        return cls(
            **ChoicePublic.of(detail.choice).model_dump(),
            look_backs=[LookBackPublic.of(lb) for lb in detail.look_backs],
            next_look_back_at=detail.next_look_back_at,
            body_signal=None if signal is None else BodySignalPublic.of(signal),
        )


class ChoiceList(BaseModel):
    choices: list[ChoicePublic]
    next_before: int | None = Field(description="Pass as `before` to get older choices.")


class LookBackSaved(BaseModel):
    look_back: LookBackPublic
    invite_reflection: bool = Field(
        description="True after no or partly: an invitation (never a requirement) to look at "
        "the choice as information, in the mistakes flow."
    )
    safety: SafetyPublic

    @classmethod
    def of_saved(cls, saved: Saved[choices.LookBack]) -> LookBackSaved:
        return cls(
            look_back=LookBackPublic.of(saved.record),
            invite_reflection=choices.invites_reflection(saved.record.felt_right),
            safety=SafetyPublic.of(saved.safety),
        )


class DueItem(BaseModel):
    choice: ChoicePublic
    due_at: datetime


class DueList(BaseModel):
    due: list[DueItem] = Field(description="Most recently due first.")
    total: int = Field(description="How many are waiting in all.")
    turned_off: bool = Field(description="True when the person turned invitations off.")

    @classmethod
    def of(cls, due: choices.DueLookBacks) -> DueList:
        return cls(
            due=[DueItem(choice=ChoicePublic.of(i.choice), due_at=i.due_at) for i in due.items],
            total=due.total,
            turned_off=due.turned_off,
        )


class LookBackSettings(StrictModel):
    look_back_hours: int | None = Field(
        description=f"Hours after a choice before a look-back is offered (1–"
        f"{choices.MAX_DELAY_HOURS}); null turns invitations off."
    )


class IdeaPublic(BaseModel):
    key: str = Field(description='A built-in id such as "rest-when-tired", or "mine-<n>".')
    text: str
    area: str | None
    hidden: bool
    own: bool
    edited: bool

    @classmethod
    def of(cls, idea: Idea) -> IdeaPublic:
        area = None if idea.area is None else idea.area.value
        return cls(
            key=idea.key,
            text=idea.text,
            area=area,
            hidden=idea.hidden,
            own=idea.own,
            edited=idea.edited,
        )


class IdeaSaved(IdeaPublic):
    safety: SafetyPublic

    @classmethod
    def of_saved(cls, saved: Saved[Idea]) -> IdeaSaved:
        return cls(**IdeaPublic.of(saved.record).model_dump(), safety=SafetyPublic.of(saved.safety))


class IdeaList(BaseModel):
    ideas: list[IdeaPublic]


class IdeaCreate(StrictModel):
    text: str = Field(description=f"Your idea, as written (1–{IDEA_MAX_CHARS} characters).")
    area: AreaName | None = None


class IdeaUpdate(StrictModel):
    text: str | None = Field(default=None, description="New words for the idea.")
    hidden: bool | None = Field(default=None, description="True hides it, false shows it.")


class BandPublic(BaseModel):
    band: str
    count: int
    mean_confidence: float | None
    felt_right_rate: float | None

    @classmethod
    def of(cls, band: CalibrationBand) -> BandPublic:
        return cls(**band.to_dict())


class MonthPublic(BaseModel):
    month: str
    choices: int
    none_share: float

    @classmethod
    def of(cls, month: MonthShare) -> MonthPublic:
        return cls(**month.to_dict())


class WallPublic(BaseModel):
    choice_id: int
    text: str
    made_at: datetime
    gut: str
    note: str | None

    @classmethod
    def of(cls, entry: WallEntry) -> WallPublic:
        return cls(
            choice_id=entry.choice_id,
            text=entry.text,
            made_at=entry.made_at,
            gut=entry.gut.value,
            note=entry.note,
        )


class EvidencePublic(BaseModel):
    """Counts are exact; brier is rounded to 3 places (brier_exact is not)."""

    choices: int
    followed_gut: int
    overrode_gut: int
    looked_back: int
    too_early: int
    felt_right: int
    felt_right_when_followed: int
    partly_when_followed: int
    looked_back_when_followed: int
    felt_right_when_overrode: int
    partly_when_overrode: int
    looked_back_when_overrode: int
    scored_look_backs: int = Field(description="Yes/no look-backs: the ones Brier uses.")
    brier: float | None = Field(description="Null until there is a yes or no look-back.")
    brier_exact: float | None
    calibration: list[BandPublic]
    reassurance_none_share: float | None
    reassurance_by_month: list[MonthPublic]
    small_numbers: bool = Field(description="True while the numbers rest on few look-backs.")
    wall: list[WallPublic] = Field(description="Recent choices that felt right, newest first.")

    @classmethod
    def of(cls, view: EvidenceView) -> EvidencePublic:
        data = view.evidence.to_dict()
        return cls(
            **{k: v for k, v in data.items() if k not in ("calibration", "reassurance_by_month")},
            calibration=[BandPublic.of(b) for b in view.evidence.calibration],
            reassurance_by_month=[MonthPublic.of(m) for m in view.evidence.reassurance_by_month],
            wall=[WallPublic.of(entry) for entry in view.wall],
        )
