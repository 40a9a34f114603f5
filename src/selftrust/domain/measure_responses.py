"""A questionnaire response as it is kept: answers (None for a skipped item), status, times.

Pure: stdlib only, no I/O, no clock. Scores are never stored. They are recomputed from the
answers whenever they are shown, so a draft (with skipped items) can never carry a score, and
a correction to scoring reaches every past result at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from selftrust.domain import checkin
from selftrust.domain.measures import (
    PHQ9_SAFETY_ITEM,
    SPECS,
    AnswersInvalid,
    MeasureResult,
    UnknownInstrument,
    score,
)

# Validated measures in the order people see them, then our own check-in.
INSTRUMENT_IDS: tuple[str, ...] = (*SPECS, checkin.CHECKIN_ID)


class ResponseStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


class TakingMode(StrEnum):
    """How a person likes to answer: one question per screen, or all on one page."""

    ONE_BY_ONE = "one"
    ALL_AT_ONCE = "all"


class AnswersIncomplete(AnswersInvalid):
    """Asked to finish while some questions are still open; nothing is scored."""


class NotScored(AnswersInvalid):
    """A draft was asked for its score; drafts are never scored."""


class AlreadyComplete(AnswersInvalid):
    """A finished response was asked to change; finished answers stay as they were given."""


@dataclass(frozen=True, slots=True)
class ItemRange:
    instrument: str
    short_name: str
    item_count: int
    lowest: int
    highest: int


def item_range(instrument_id: object) -> ItemRange:
    """Return the item count and answer range of an instrument, or raise UnknownInstrument."""
    if instrument_id == checkin.CHECKIN_ID:
        return ItemRange(
            checkin.CHECKIN_ID,
            checkin.SHORT_NAME,
            checkin.ITEM_COUNT,
            checkin.MIN_ANSWER,
            checkin.MAX_ANSWER,
        )
    spec = SPECS.get(instrument_id) if isinstance(instrument_id, str) else None
    if spec is None:
        raise UnknownInstrument(f"There is no questionnaire called {str(instrument_id)!r} here.")
    return ItemRange(
        spec.instrument, spec.short_name, spec.item_count, spec.min_answer, spec.max_answer
    )


@dataclass(frozen=True, slots=True)
class MeasureResponse:
    id: int
    instrument: str
    answers: tuple[int | None, ...]
    distress: int | None
    status: ResponseStatus
    created_at: datetime
    completed_at: datetime | None

    @property
    def complete(self) -> bool:
        return self.status is ResponseStatus.COMPLETE

    @property
    def open_items(self) -> tuple[int, ...]:
        """1-based numbers of the questions not answered yet (skipped or not reached)."""
        return tuple(n for n, value in enumerate(self.answers, start=1) if value is None)

    @property
    def first_open_item(self) -> int | None:
        return next(iter(self.open_items), None)

    @property
    def answered_count(self) -> int:
        return sum(1 for value in self.answers if value is not None)

    @property
    def safety_item_flagged(self) -> bool:
        return safety_item_flagged(self.instrument, self.answers)


def check_answer(rng: ItemRange, position: int, value: object) -> int | None:
    """Return one answer (None means skipped), or raise AnswersInvalid saying what is off."""
    if value is None:
        return None
    # bool is a subclass of int in Python; True is not a questionnaire answer.
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnswersInvalid(
            f"Answer {position} needs to be a whole number from {rng.lowest} to {rng.highest}."
        )
    if not rng.lowest <= value <= rng.highest:
        raise AnswersInvalid(
            f"Answer {position} is {value}, and {rng.short_name} answers go from {rng.lowest}"
            f" to {rng.highest}."
        )
    return value


def check_item_number(rng: ItemRange, item: object) -> int:
    """Return a 1-based question number of this instrument, or raise AnswersInvalid."""
    if isinstance(item, bool) or not isinstance(item, int) or not 1 <= item <= rng.item_count:
        raise AnswersInvalid(
            f"The {rng.short_name} has questions 1 to {rng.item_count}, and no question {item}."
        )
    return item


def check_draft_answers(instrument_id: object, answers: object) -> tuple[int | None, ...]:
    """Return answers in item order with None for skipped ones, or raise AnswersInvalid."""
    rng = item_range(instrument_id)
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise AnswersInvalid(
            f"The {rng.short_name} answers need to come as a list, one per question."
        )
    if len(answers) != rng.item_count:
        raise AnswersInvalid(
            f"The {rng.short_name} has {rng.item_count} questions, so it needs "
            f"{rng.item_count} answers, and {len(answers)} came in."
        )
    return tuple(check_answer(rng, n, value) for n, value in enumerate(answers, start=1))


def check_distress(value: object) -> int | None:
    """Return distress right now, 0-10, or None when skipped; else raise AnswersInvalid."""
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not checkin.DISTRESS_MIN <= value <= checkin.DISTRESS_MAX
    ):
        raise AnswersInvalid(
            f"Distress right now needs to be a whole number from {checkin.DISTRESS_MIN} "
            f"to {checkin.DISTRESS_MAX}."
        )
    return value


def safety_item_flagged(instrument_id: str, answers: Sequence[int | None]) -> bool:
    """Say whether PHQ-9 item 9 has an answer above 0 (the help card opens at once)."""
    # Only a positive answer raises it. A 0 or a skip is not read as "no risk" anywhere.
    if instrument_id != "phq9" or len(answers) < PHQ9_SAFETY_ITEM:
        return False
    value = answers[PHQ9_SAFETY_ITEM - 1]
    return value is not None and value > 0


def complete_answers(instrument_id: str, answers: Sequence[int | None]) -> tuple[int, ...]:
    """Return the answers when every question has one, or raise AnswersIncomplete."""
    rng = item_range(instrument_id)
    missing = [n for n, value in enumerate(answers, start=1) if value is None]
    if missing:
        which = ", ".join(str(n) for n in missing[:8]) + (" …" if len(missing) > 8 else "")
        noun = "question is" if len(missing) == 1 else "questions are"
        raise AnswersIncomplete(
            f"{len(missing)} {rng.short_name} {noun} still without an answer ({which}). "
            "A score needs an answer to every question, so nothing was scored."
        )
    return tuple(value for value in answers if value is not None)


def score_response(response: MeasureResponse) -> MeasureResult | checkin.CheckInResult:
    """Score a finished response from its answers; drafts raise NotScored."""
    if not response.complete:
        raise NotScored("This one isn't finished yet, so it has no score.")
    answers = complete_answers(response.instrument, response.answers)
    if response.instrument == checkin.CHECKIN_ID:
        return checkin.score_checkin(answers, distress=response.distress)
    return score(response.instrument, answers)
