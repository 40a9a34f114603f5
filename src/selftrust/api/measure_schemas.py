"""Request and response models for instruments, questionnaire answers and check-ins.

Requests are strict (see schemas.StrictModel): `true` or `"2"` is never taken as an answer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from selftrust.api.schemas import SafetyPublic, StrictModel
from selftrust.content import measures_copy
from selftrust.content.instruments import INSTRUMENTS, InstrumentText
from selftrust.content.instruments.checkin import DISTRESS
from selftrust.domain.checkin import CHECKIN_ID
from selftrust.domain.measure_responses import MeasureResponse, item_range
from selftrust.domain.measures import MeasureResult
from selftrust.services.measure_results import CheckInTrend, HistoryPoint, Outcome
from selftrust.services.safety import SafetyCheck

# Longer than any instrument (the PCL-5 has 20); the domain gives the exact count in words.
MAX_ANSWERS = 40
Answer = int | None
ANSWERS_HELP = "One answer per question in order; null for a skipped question."


class ResponseCreate(StrictModel):
    answers: list[Answer] = Field(max_length=MAX_ANSWERS, description=ANSWERS_HELP)
    distress: int | None = Field(
        default=None, description="Check-in only: distress right now, 0-10, optional."
    )
    draft: bool = Field(
        default=False,
        description="Keep as a draft. Without it, every question needs an answer (else 422).",
    )


class CheckInCreate(ResponseCreate):
    pass


class AnswersReplace(ResponseCreate):
    pass


class AnswerUpdate(StrictModel):
    answer: Answer = Field(description="The answer to this question, or null to skip it.")


class OptionPublic(BaseModel):
    value: int
    label: str


class InstrumentSummary(BaseModel):
    id: str
    title: str
    short_name: str
    validated: bool
    item_count: int
    min_answer: int
    max_answer: int
    about: str
    content_note: str | None
    validation_note: str

    @classmethod
    def of(cls, text: InstrumentText) -> InstrumentSummary:
        return cls(**_summary(text))


def _summary(text: InstrumentText) -> dict[str, Any]:
    rng = item_range(text.id)
    return {
        "id": text.id,
        "title": text.title,
        "short_name": text.short_name,
        "validated": text.validated,
        "item_count": rng.item_count,
        "min_answer": rng.lowest,
        "max_answer": rng.highest,
        "about": text.about,
        "content_note": text.content_note,
        "validation_note": text.validation_note,
    }


class InstrumentList(BaseModel):
    instruments: list[InstrumentSummary]


class LoincPublic(BaseModel):
    panel: str | None
    total: str | None
    items: list[str] | None


class DistressQuestion(BaseModel):
    question: str
    lowest: OptionPublic
    highest: OptionPublic
    note: str


class InstrumentDetail(InstrumentSummary):
    instructions: str
    stem: str | None
    items: list[str]
    options: list[OptionPublic]
    citation: str
    licence: str
    source_url: str | None
    loinc: LoincPublic
    meaning: str
    distress: DistressQuestion | None = Field(description="Asked after the check-in items.")

    @classmethod
    def of_text(cls, text: InstrumentText) -> InstrumentDetail:
        distress = None
        if text.id == CHECKIN_ID:
            distress = DistressQuestion(
                question=DISTRESS.question,
                lowest=OptionPublic(value=DISTRESS.lowest.value, label=DISTRESS.lowest.label),
                highest=OptionPublic(value=DISTRESS.highest.value, label=DISTRESS.highest.label),
                note=DISTRESS.note,
            )
        return cls(
            **_summary(text),
            instructions=text.instructions,
            stem=text.stem,
            items=list(text.items),
            options=[OptionPublic(value=o.value, label=o.label) for o in text.options],
            citation=text.citation,
            licence=text.licence,
            source_url=text.source_url,
            loinc=LoincPublic(
                panel=text.loinc.panel,
                total=text.loinc.total,
                items=None if text.loinc.items is None else list(text.loinc.items),
            ),
            meaning=text.meaning,
            distress=distress,
        )


class ResponsePublic(BaseModel):
    id: int
    instrument: str
    status: str = Field(description="draft or complete. Drafts are never scored.")
    answers: list[Answer]
    open_items: list[int] = Field(description="Question numbers still without an answer.")
    distress: int | None
    created_at: datetime
    completed_at: datetime | None

    @classmethod
    def of(cls, response: MeasureResponse) -> ResponsePublic:
        return cls(**_response(response))


def _response(response: MeasureResponse) -> dict[str, Any]:
    return {
        "id": response.id,
        "instrument": response.instrument,
        "status": response.status.value,
        "answers": list(response.answers),
        "open_items": list(response.open_items),
        "distress": response.distress,
        "created_at": response.created_at,
        "completed_at": response.completed_at,
    }


class ResponseSaved(ResponsePublic):
    result: dict[str, Any] | None = Field(
        description="The score (complete responses only), keys as in `selftrust measure score`."
    )
    meaning: str | None = Field(description="What the score means, in plain words.")
    notes: list[str] = Field(description="Notes that apply to this result (ranges, flags).")
    change: dict[str, Any] | None = Field(
        description="Since the last finished one of the same questionnaire; `meaningful` is "
        "true only when the published threshold is reached."
    )
    trend: dict[str, Any] | None = Field(description="Check-in only: abilities and signs trend.")
    safety: SafetyPublic

    @classmethod
    def of_draft(cls, response: MeasureResponse, check: SafetyCheck) -> ResponseSaved:
        return cls(
            **_response(response),
            result=None,
            meaning=None,
            notes=[],
            change=None,
            trend=None,
            safety=SafetyPublic.of(check),
        )

    @classmethod
    def of_outcome(cls, done: Outcome) -> ResponseSaved:
        text = INSTRUMENTS[done.response.instrument]
        notes = (
            measures_copy.result_notes(text, done.score)
            if isinstance(done.score, MeasureResult)
            else []
        )
        return cls(
            **_response(done.response),
            result=done.score.to_dict(),
            meaning=text.meaning,
            notes=notes,
            change=None if done.change is None else done.change.to_dict(),
            trend=None if done.trend is None else done.trend.to_dict(),
            safety=SafetyPublic.of(done.safety),
        )


class ResponseList(BaseModel):
    responses: list[ResponsePublic]


class HistoryEntry(BaseModel):
    id: int
    completed_at: datetime | None
    result: dict[str, Any]
    change: dict[str, Any] | None

    @classmethod
    def of(cls, point: HistoryPoint) -> HistoryEntry:
        return cls(
            id=point.response.id,
            completed_at=point.response.completed_at,
            result=point.score.to_dict(),
            change=None if point.change is None else point.change.to_dict(),
        )


class HistoryPublic(BaseModel):
    instrument: str
    entries: list[HistoryEntry] = Field(description="Finished responses, oldest first.")
    trend: dict[str, Any] | None = Field(description="Check-in only.")

    @classmethod
    def of(
        cls, instrument: str, points: list[HistoryPoint], trend: CheckInTrend | None
    ) -> HistoryPublic:
        return cls(
            instrument=instrument,
            entries=[HistoryEntry.of(p) for p in points],
            trend=None if trend is None else trend.to_dict(),
        )
