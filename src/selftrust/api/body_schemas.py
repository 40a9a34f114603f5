"""Request and response models for body signals, the body map and feeling words."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from selftrust.api.schemas import SafetyPublic, StrictModel
from selftrust.domain.body import MAX_FEELINGS_PER_SIGNAL, REGIONS, BodySignal
from selftrust.services.body import MapView
from selftrust.services.safety import Saved


class BodySignalCreate(StrictModel):
    # Words and regions are checked by the domain, so the message is the same everywhere.
    regions: list[str] = Field(
        max_length=len(REGIONS), description=f"One or more of: {', '.join(REGIONS)}."
    )
    feelings: list[str] = Field(
        default=[],
        max_length=MAX_FEELINGS_PER_SIGNAL,
        description="Feeling words from GET /body-feelings (at least one, or `new_feeling`).",
    )
    new_feeling: str | None = Field(
        default=None, description="A word of the person's own, added to their list and used."
    )
    intensity: int = Field(description="How strong it feels, 0-10.")
    tone: str = Field(description="pleasant, unpleasant or neutral.")
    message: str | None = Field(
        default=None, description="What it might be telling me (optional, kept as written)."
    )


class BodySignalPublic(BaseModel):
    id: int
    regions: list[str]
    feelings: list[str]
    intensity: int
    tone: str
    message: str | None
    created_at: datetime

    @classmethod
    def of(cls, signal: BodySignal) -> BodySignalPublic:
        return cls(
            id=signal.id,
            regions=list(signal.regions),
            feelings=list(signal.feelings),
            intensity=signal.intensity,
            tone=signal.tone.value,
            message=signal.message,
            created_at=signal.created_at,
        )


class BodySignalSaved(BodySignalPublic):
    safety: SafetyPublic

    @classmethod
    def of_saved(cls, saved: Saved[BodySignal]) -> BodySignalSaved:
        public = BodySignalPublic.of(saved.record)
        return cls(**public.model_dump(), safety=SafetyPublic.of(saved.safety))


class BodySignalList(BaseModel):
    signals: list[BodySignalPublic]


class RegionCount(BaseModel):
    region: str
    count: int
    mean_intensity: float | None
    pleasant: int
    unpleasant: int
    neutral: int


class BodyMapPublic(BaseModel):
    feeling: str | None
    period: str
    total_signals: int
    regions: list[RegionCount]

    @classmethod
    def of(cls, view: MapView) -> BodyMapPublic:
        return cls(
            feeling=view.feeling,
            period=view.period.value,
            total_signals=view.map.total_signals,
            regions=[
                RegionCount(
                    region=r.region,
                    count=r.count,
                    mean_intensity=r.mean_intensity,
                    pleasant=r.pleasant,
                    unpleasant=r.unpleasant,
                    neutral=r.neutral,
                )
                for r in view.map.regions
            ],
        )


class FeelingCreate(StrictModel):
    word: str = Field(description="A word or two (letters, spaces, hyphens), up to 40 chars.")


class FeelingWords(BaseModel):
    words: list[str]
