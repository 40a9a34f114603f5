"""Every sentence the check-ins and questionnaires show around the items themselves.

Item wording, options and meanings live in `content/instruments`; this module turns scores,
change and trend into plain words. It describes numbers and then says what they are not.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from types import MappingProxyType

from selftrust.content.instruments.checkin import DISTRESS
from selftrust.content.instruments.text import InstrumentText
from selftrust.domain.checkin import (
    ABILITIES_MAX,
    DISTRESS_MAX,
    DISTRESS_MIN,
    SIGNS_MAX,
    CheckInResult,
    Trend,
)
from selftrust.domain.measure_change import Change
from selftrust.domain.measure_responses import TakingMode
from selftrust.domain.measures import Direction, MeasureResult, Total

TITLE = "Check-ins"
INTRO = (
    "A few questions now and then can help you notice how things are changing. Every "
    "question is optional, you can skip any of them, and you can stop and come back later. "
    "A score describes a stretch of time. It is not a verdict about you."
)
CHECKIN_HEADING = "Your self-trust check-in"
VALIDATED_HEADING = "Published questionnaires"
VALIDATED_INTRO = (
    "Clinicians and researchers use these. They are shown word for word, with their sources, "
    "so you could share the results with someone you choose."
)
NOT_VALIDATED = "Made for this app, not a validated measure"
DRAFTS_HEADING = "Waiting for you, whenever you like"
DRAFT_LINE = "{name}: started {date}, {answered} of {count} answered."
START = "Start"
CONTINUE = "Continue"
START_OVER = "Start over"
LET_GO = "Let this draft go"
LET_GO_DONE = "The unfinished answers are gone. Your finished results are still here."
HISTORY_LINK = "How it has changed"
HISTORY_TITLE = "{name} over time"
HISTORY_EMPTY = "Nothing finished yet. When you finish one, it shows up here."
HISTORY_TABLE_CAPTION = "Every finished {name}, oldest first"
CHART_LABEL = "Line chart of your {name} {what}, from {first} to {last}, over {count} times."
ONE_POINT = "One result so far. A line appears from the second one on."
SOURCE_HEADING = "Where it comes from"

MODE_HEADING = "How would you like to answer?"
MODE_LABELS: Mapping[TakingMode, str] = MappingProxyType(
    {
        TakingMode.ONE_BY_ONE: "One question at a time",
        TakingMode.ALL_AT_ONCE: "All questions on one page",
    }
)
MODE_SAVE = "Keep this choice"
MODE_SAVED = "Got it. We'll remember how you like to answer."

QUESTION_OF = "Question {number} of {count}"
SAVE_AND_GO_ON = "Save and go on"
SKIP = "Skip this one"
BACK = "Back"
PAUSE = "Stop for now"
PAUSE_NOTE = "Your answers are saved as you go. You can stop and come back whenever you like."
PAUSED = (
    "Saved for later. Your answers are kept, and you can pick up where you left off from this page."
)
FINISH = "See my result"
SAVE_FOR_LATER = "Save for later"
PICK_ONE = "Pick the answer that fits best, or skip this one."
REVIEW_HEADING = "A few questions are still open"
REVIEW_TEXT = (
    "You skipped {which}. That's okay. A score needs every answer, so this is kept as a "
    "draft. You could answer those now, or come back another time."
)
ANSWER_NOW = "Answer them now"
READY_HEADING = "Every question has an answer"
READY_TEXT = "Whenever you're ready, you can see your result."
STILL_OPEN = "Still open"
LEAVE_OUT = "Leave this one out"
BACK_TO_LIST = "Back to check-ins"
DISTRESS_STEP = "One last, optional question"
DISTRESS_LOWEST = DISTRESS.lowest.label
DISTRESS_HIGHEST = DISTRESS.highest.label
DISTRESS_NONE = "Skip this question"

RESULT_TITLE = "Your {name} result"
SCORE_HEADING = "Your score"
CHANGE_HEADING = "Since last time"
FIRST_TIME = "This is your first finished one here, so there is nothing to compare yet."
CHECKIN_TREND_HEADING = "Your recent check-ins"
TREND_TOO_FEW = "After your second check-in, this shows how your numbers are moving."
DISTRESS_LINE = "Distress right now: {value} out of {highest}."
NO_DISTRESS = "You skipped distress right now."
# Replaces the help card's first line after a PHQ-9 item 9 answer above 0 (nothing was written).
CARD_OPENING = (
    "Your answer is saved. If you'd like some support right now, these are here for you. "
    "You don't have to be in crisis to reach out."
)
ITEM9_NOTE = (
    "Your answer is saved. You don't have to hold this alone: support is right here, and "
    "you can take all the time you need before going on."
)
FINISHED_BEFORE = "Finished {date}"
DONE_NOTE = (
    "Thank you for taking this time. Noticing how things are is a step of its own, "
    "whatever the numbers say."
)

CLI_HOW_TO_ANSWER = (
    "Type the number of your answer and press Enter. Type s to skip a question, or q to stop: "
    "your answers so far are kept."
)
CLI_ASK_AGAIN = "Type a number from {lowest} to {highest}, s to skip, or q to stop."
CLI_RESUMING = "Picking up where you left off ({date}): {answered} of {count} answered."
CLI_PAUSED = "Saved for later. `selftrust measure take {id}` picks it up again."
CLI_PICK_UP = "`selftrust measure take {id}` picks it up again whenever you like."
CLI_NO_HISTORY = (
    "Nothing finished yet. `selftrust measure take gad7` or `selftrust checkin` starts one."
)
CLI_HELP_HINT = "`selftrust help-now` shows people you can reach right now, wherever you are."
CLI_NOTHING_STORED = "Nothing was stored: this was only a calculation."


def date_text(moment: datetime) -> str:
    """Return a short date such as 14 Mar 2026 (UTC)."""
    return f"{moment.day} {moment.strftime('%b %Y')}"


def number_text(value: Total) -> str:
    """Return a total as people read it: whole numbers plain, SCS-SF means with two places."""
    return str(value) if isinstance(value, int) else f"{Decimal(value):.2f}"


def mean_text(value: Decimal) -> str:
    """Return an average without trailing zeros: 6, 6.5, 10.75."""
    return format(value.normalize(), "f")


def score_line(result: MeasureResult, highest: Total) -> str:
    """Return "9 out of 21" style text for a total."""
    return f"{number_text(result.total)} out of {number_text(highest)}"


def result_notes(text: InstrumentText, result: MeasureResult) -> list[str]:
    """Return the notes that apply to this result: its band first, then any raised flag."""
    keys: list[str] = []
    if result.band is not None:
        keys.append(result.band.value)
    flags = {
        "safety_flag": result.safety_flag,
        "assessment_suggested": result.assessment_suggested,
        "dsm5_rule": result.dsm5_rule,
        "low_self_esteem": result.low_self_esteem,
    }
    keys.extend(key for key, raised in flags.items() if raised)
    return [text.result_notes[key] for key in keys if key in text.result_notes]


def change_sentences(text: InstrumentText, moved: Change, previous_date: datetime) -> list[str]:
    """Describe how a total moved since last time, marking meaningful only past the threshold."""
    before, now = number_text(moved.previous), number_text(moved.current)
    when = date_text(previous_date)
    if moved.direction is Direction.SAME:
        return [f"Your total is {now}, the same as last time ({when})."]
    size = number_text(-moved.delta if moved.delta < 0 else moved.delta)
    unit = "" if isinstance(moved.delta, Decimal) else (" point" if size == "1" else " points")
    lines = [f"Your total went from {before} ({when}) to {now}: {size}{unit} {moved.direction}."]
    if moved.threshold is None:
        lines.append(
            f"The authors of the {text.short_name} publish no size of change that counts as "
            "meaningful, so we only show the difference."
        )
    elif moved.meaningful:
        lines.append(
            f"That is at least the {number_text(moved.threshold)}-point change the authors "
            f"of the {text.short_name} describe as meaningful."
        )
        if moved.toward_easier:
            lines.append("It points toward these things weighing on you less.")
        else:
            lines.append(
                "It points toward these things weighing on you more. You don't have to carry "
                "that alone: a person you trust or a professional could look at it with you."
            )
    else:
        if moved.response:
            lines.append(
                "That is at least the 5-point change the authors call a response to support."
            )
        lines.append(
            f"The authors count a change of {number_text(moved.threshold)} points or more as "
            "meaningful. Smaller changes can come and go from one time to the next."
        )
    return lines


def checkin_lines(result: CheckInResult) -> list[str]:
    """Return the check-in's two numbers, and distress if given, in plain words."""
    lines = [
        f"Abilities: {result.abilities} out of {ABILITIES_MAX} (moments of trusting yourself).",
        f"Signs: {result.signs} out of {SIGNS_MAX} (moments of doubt).",
    ]
    if result.distress is None:
        lines.append(NO_DISTRESS)
    else:
        lines.append(DISTRESS_LINE.format(value=result.distress, highest=DISTRESS_MAX))
    return lines


def trend_sentence(label: str, trend: Trend) -> str:
    """Describe a check-in trend without judging it."""
    group = "check-in" if trend.window == 1 else f"{trend.window} check-ins"
    latest, previous = mean_text(trend.latest_mean), mean_text(trend.previous_mean)
    if trend.direction is Direction.SAME:
        return f"{label}: about the same over your latest {group} as the {group} before."
    return (
        f"{label}: {trend.direction} over your latest {group} (average {latest}) than the "
        f"{group} before (average {previous})."
    )


TABLE_DATE = "Finished"
TABLE_TOTAL = "Total"
TABLE_CHANGE = "Change since the one before"
TABLE_ABILITIES = f"Abilities (0-{ABILITIES_MAX})"
TABLE_SIGNS = f"Signs (0-{SIGNS_MAX})"
TABLE_DISTRESS = f"Distress ({DISTRESS_MIN}-{DISTRESS_MAX})"
TABLE_OPEN = "Result"
OPEN_RESULT = "Open"
CHART_CAPTIONS: Mapping[str, str] = MappingProxyType(
    {
        "totals": "Totals",
        "abilities": f"Abilities, 0 to {ABILITIES_MAX}: a higher line means more moments of "
        "trusting yourself",
        "signs": f"Signs, 0 to {SIGNS_MAX}: a higher line means more moments of doubt",
    }
)


def question_list(numbers: tuple[int, ...] | list[int]) -> str:
    """Return "question 3" or "questions 2, 3 and 5"."""
    if len(numbers) == 1:
        return f"question {numbers[0]}"
    head = ", ".join(str(n) for n in numbers[:-1])
    return f"questions {head} and {numbers[-1]}"


def change_cell(moved: Change | None) -> str:
    """Return a short table cell for a change: "5 lower, meaningful", "2 higher", "same"."""
    if moved is None:
        return "-"
    if moved.direction is Direction.SAME:
        return "same"
    size = number_text(-moved.delta if moved.delta < 0 else moved.delta)
    return f"{size} {moved.direction}" + (", meaningful" if moved.meaningful else "")


def distress_label(value: int) -> str:
    """Label a distress choice; only the two ends carry words."""
    if value == DISTRESS_MIN:
        return f"{value}: {DISTRESS_LOWEST}"
    if value == DISTRESS_MAX:
        return f"{value}: {DISTRESS_HIGHEST}"
    return str(value)
