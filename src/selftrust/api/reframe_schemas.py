"""Request and response models for reframes, mistakes and their gentle trend.

Requests are strict (see schemas.StrictModel): `"7"` or `true` is never taken as a feeling.
Updates are partial: a field left out stays as it is, `null` clears an optional one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from selftrust.api.schemas import SafetyPublic, StrictModel
from selftrust.domain.mistakes import Mistake
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.domain.reframe_trend import MonthTrend, Trend
from selftrust.domain.reframes import FEELING_MAX, FEELING_MIN, Reframe
from selftrust.services.safety import Saved

Status = Literal["draft", "done"]
FEELING = "Feeling strength, a whole number from 0 to 10; null or left out when skipped."


def _feeling(default: None = None) -> Any:
    return Field(default=default, ge=FEELING_MIN, le=FEELING_MAX, description=FEELING)


class ReframeCreate(StrictModel):
    thought: str = Field(description="The critical thought, kept exactly as written (required).")
    feeling_before: int | None = _feeling()
    feeling_now: str | None = Field(default=None, description="What am I feeling right now?")
    common_humanity: str | None = Field(default=None, description="Who else might feel this?")
    friend_words: str | None = Field(default=None, description="What would I tell a friend?")
    reply: str | None = Field(default=None, description="The person's own kind reply.")
    feeling_after: int | None = _feeling()
    status: Status = Field(default="draft", description="`draft` to finish later, or `done`.")


class ReframeUpdate(StrictModel):
    thought: str | None = None
    feeling_before: int | None = _feeling()
    feeling_now: str | None = None
    common_humanity: str | None = None
    friend_words: str | None = None
    reply: str | None = None
    feeling_after: int | None = _feeling()
    status: Status | None = None

    def changes(self) -> dict[str, Any]:
        """Only the fields the request gave (left-out fields stay as they are)."""
        return {name: getattr(self, name) for name in self.model_fields_set}


class ReframePublic(BaseModel):
    id: int
    thought: str
    feeling_before: int | None
    feeling_now: str | None
    common_humanity: str | None
    friend_words: str | None
    reply: str | None
    feeling_after: int | None
    traps: list[str] = Field(description="Thinking traps in the thought when it was saved.")
    absolutist_words: list[str] = Field(description="Absolutist words in the thought, each once.")
    status: Status
    created_at: datetime
    updated_at: datetime

    @classmethod
    def fields_of(cls, r: Reframe) -> dict[str, Any]:
        return {
            "id": r.id,
            "thought": r.thought,
            "feeling_before": r.feeling_before,
            "feeling_now": r.feeling_now,
            "common_humanity": r.common_humanity,
            "friend_words": r.friend_words,
            "reply": r.reply,
            "feeling_after": r.feeling_after,
            "traps": list(r.traps),
            "absolutist_words": list(r.absolutist_words),
            "status": r.status.value,
            "created_at": r.created_at,
            "updated_at": r.updated_at,
        }

    @classmethod
    def of(cls, reframe: Reframe) -> ReframePublic:
        return cls(**cls.fields_of(reframe))


class ReframeSaved(ReframePublic):
    safety: SafetyPublic

    @classmethod
    def of_saved(cls, saved: Saved[Reframe]) -> ReframeSaved:
        return cls(**cls.fields_of(saved.record), safety=SafetyPublic.of(saved.safety))


class ReframeList(BaseModel):
    reframes: list[ReframePublic]
    next_before: int | None = Field(description="Pass as `before` to get older reframes.")


class MonthPublic(BaseModel):
    month: str = Field(description="YYYY-MM (UTC).")
    entries: int
    with_labeling: int
    with_absolutist: int
    labeling_share: float
    absolutist_share: float
    rated_both: int = Field(description="Reframes with a feeling number at the start and end.")
    average_drop: float | None = Field(description="Start minus end, on average; > 0: eased.")

    @classmethod
    def of(cls, m: MonthTrend) -> MonthPublic:
        drop = m.average_drop
        return cls(
            month=m.month,
            entries=m.entries,
            with_labeling=m.with_labeling,
            with_absolutist=m.with_absolutist,
            labeling_share=round(m.labeling_share, 3),
            absolutist_share=round(m.absolutist_share, 3),
            rated_both=m.rated_both,
            average_drop=None if drop is None else round(drop, 2),
        )


class TrendPublic(BaseModel):
    entries: int
    rated_both: int
    average_drop: float | None = Field(description="Over every reframe with both numbers.")
    months: list[MonthPublic]

    @classmethod
    def of(cls, trend: Trend) -> TrendPublic:
        drop = trend.average_drop
        return cls(
            entries=trend.entries,
            rated_both=trend.rated_both,
            average_drop=None if drop is None else round(drop, 2),
            months=[MonthPublic.of(m) for m in trend.months],
        )


class MistakeCreate(StrictModel):
    what_happened: str = Field(description="What happened, kept exactly as written (required).")
    expected: str | None = None
    information: str | None = Field(default=None, description="What it tells me.")
    next_time: str | None = None
    kind_sentence: str | None = None
    choice_id: int | None = Field(
        default=None, ge=1, le=MAX_RECORD_ID, description="One of your own choices, to link."
    )


class MistakeUpdate(StrictModel):
    what_happened: str | None = None
    expected: str | None = None
    information: str | None = None
    next_time: str | None = None
    kind_sentence: str | None = None
    choice_id: int | None = Field(default=None, ge=1, le=MAX_RECORD_ID)

    def changes(self) -> dict[str, Any]:
        """Only the fields the request gave (left-out fields stay as they are)."""
        return {name: getattr(self, name) for name in self.model_fields_set}


class MistakePublic(BaseModel):
    id: int
    what_happened: str
    expected: str | None
    information: str | None
    next_time: str | None
    kind_sentence: str | None
    choice_id: int | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def fields_of(cls, m: Mistake) -> dict[str, Any]:
        return {
            "id": m.id,
            "what_happened": m.what_happened,
            "expected": m.expected,
            "information": m.information,
            "next_time": m.next_time,
            "kind_sentence": m.kind_sentence,
            "choice_id": m.choice_id,
            "created_at": m.created_at,
            "updated_at": m.updated_at,
        }

    @classmethod
    def of(cls, mistake: Mistake) -> MistakePublic:
        return cls(**cls.fields_of(mistake))


class MistakeSaved(MistakePublic):
    safety: SafetyPublic

    @classmethod
    def of_saved(cls, saved: Saved[Mistake]) -> MistakeSaved:
        return cls(**cls.fields_of(saved.record), safety=SafetyPublic.of(saved.safety))


class MistakeList(BaseModel):
    mistakes: list[MistakePublic]
    next_before: int | None = Field(description="Pass as `before` to get older entries.")
