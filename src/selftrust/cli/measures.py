"""`selftrust measure take|history` and `selftrust checkin`: asking, saving, showing."""

from __future__ import annotations

import json

from selftrust.cli.care import show_card_if_needed
from selftrust.cli.context import open_profile
from selftrust.cli.measure_score import parse_answers
from selftrust.content import measures_copy as words
from selftrust.content.instruments import INSTRUMENTS, InstrumentText
from selftrust.content.instruments.checkin import DISTRESS
from selftrust.domain.checkin import CHECKIN_ID, DISTRESS_MAX, DISTRESS_MIN, CheckInResult
from selftrust.domain.measure_responses import (
    INSTRUMENT_IDS,
    AnswersIncomplete,
    MeasureResponse,
    item_range,
)
from selftrust.domain.measures import SPECS, MeasureResult
from selftrust.domain.profile import Profile
from selftrust.services import measure_results, measures
from selftrust.services.runtime import Runtime
from selftrust.services.safety import SafetyCheck

STOP, SKIP = "q", "s"


def _ask(prompt: str, allowed: range) -> int | str:
    """Ask until a number in range, s or q comes in; end of input counts as q."""
    while True:
        try:
            raw = input(prompt).strip().lower()
        except EOFError:
            print()
            return STOP
        if raw in (STOP, SKIP):
            return raw
        if raw.lstrip("-").isdigit() and int(raw) in allowed:
            return int(raw)
        print(words.CLI_ASK_AGAIN.format(lowest=allowed.start, highest=allowed.stop - 1))


def _show_card(rt: Runtime, profile: Profile, check: SafetyCheck) -> None:
    # A questionnaire answer was given, not words written: the card says so.
    show_card_if_needed(rt, profile, check, json_output=False, opening=words.CARD_OPENING)


def take(instrument: str) -> None:
    """Ask the open questions of a draft (or a new one) one at a time, saving each answer."""
    rng = item_range(instrument)  # an unknown id is named before anything is opened
    text = INSTRUMENTS[rng.instrument]
    rt, profile = open_profile()
    draft = measures.find_draft(rt, profile, rng.instrument)
    response = measures.start_or_resume(rt, profile, rng.instrument)
    print(text.title)
    if not text.validated:
        print(words.NOT_VALIDATED + ".")
    if draft is not None:
        date = words.date_text(draft.created_at)
        print(
            words.CLI_RESUMING.format(
                date=date, answered=draft.answered_count, count=rng.item_count
            )
        )
    else:
        print(text.about)
    if text.content_note:
        print(text.content_note)
    print(words.CLI_HOW_TO_ANSWER)
    print()
    print(text.instructions)
    allowed = range(rng.lowest, rng.highest + 1)
    for number in response.open_items:
        print()
        print(words.QUESTION_OF.format(number=number, count=rng.item_count))
        if text.stem:
            print(text.stem)
        print(text.items[number - 1])
        for option in text.options:
            print(f"  {option.value}  {option.label}")
        answer = _ask("> ", allowed)
        if answer == STOP:
            print(words.CLI_PAUSED.format(id=rng.instrument))
            return
        saved = measures.answer_item(
            rt, profile, response.id, number, None if answer == SKIP else answer
        )
        response = saved.record
        _show_card(rt, profile, saved.safety)
    if rng.instrument == CHECKIN_ID and response.distress is None:
        print()
        print(f"{DISTRESS.question} ({DISTRESS.note})")
        print(f"  {words.distress_label(DISTRESS_MIN)} … {words.distress_label(DISTRESS_MAX)}")
        value = _ask("> ", range(DISTRESS_MIN, DISTRESS_MAX + 1))
        if value == STOP:
            print(words.CLI_PAUSED.format(id=rng.instrument))
            return
        if isinstance(value, int):
            response = measures.set_distress(rt, profile, response.id, value)
    _finish(rt, profile, response)


def _finish(rt: Runtime, profile: Profile, response: MeasureResponse) -> None:
    try:
        measures.complete_response(rt, profile, response.id)
    except AnswersIncomplete:
        which = words.question_list(response.open_items)
        print()
        print(words.REVIEW_TEXT.format(which=which))
        print(words.CLI_PICK_UP.format(id=response.instrument))
        return
    print()
    print_outcome(measure_results.outcome(rt, profile, response.id))


def print_outcome(done: measure_results.Outcome) -> None:
    """Print a finished result in plain words: score, notes, meaning, change or trend."""
    text = INSTRUMENTS[done.response.instrument]
    print(words.DONE_NOTE)
    score = done.score
    if isinstance(score, MeasureResult):
        print(f"{text.short_name}: {words.score_line(score, SPECS[text.id].max_total)}.")
        for note in words.result_notes(text, score):
            print(note)
    else:
        for line in words.checkin_lines(score):
            print(line)
    print(text.meaning)
    for line in _movement(text, done):
        print(line)


def _movement(text: InstrumentText, done: measure_results.Outcome) -> list[str]:
    if isinstance(done.score, CheckInResult):
        trend = done.trend
        if trend is None or trend.abilities is None or trend.signs is None:
            return [words.TREND_TOO_FEW]
        return [
            words.trend_sentence("Abilities", trend.abilities),
            words.trend_sentence("Signs", trend.signs),
        ]
    if done.change is None or done.previous is None or done.previous.completed_at is None:
        return [words.FIRST_TIME]
    return words.change_sentences(text, done.change, done.previous.completed_at)


def checkin_from_flags(raw: str, distress: int | None, *, json_output: bool) -> None:
    """Save a whole check-in given on the command line (all 10 answers)."""
    answers = parse_answers(raw)
    rt, profile = open_profile()
    saved = measures.submit(rt, profile, CHECKIN_ID, answers, distress=distress)
    done = measure_results.outcome(rt, profile, saved.record.id)
    if json_output:
        print(json.dumps({**done.to_dict(), "safety": saved.safety.to_dict()}))
    else:
        print_outcome(done)
    show_card_if_needed(
        rt, profile, saved.safety, json_output=json_output, opening=words.CARD_OPENING
    )


def show_history(instrument: str | None, *, json_output: bool) -> None:
    """Print finished results oldest first, one instrument or all of them."""
    which = INSTRUMENT_IDS if instrument is None else (item_range(instrument).instrument,)
    rt, profile = open_profile()
    histories = [(i, measure_results.history(rt, profile, i)) for i in which]
    if json_output:
        documents = [_history_dict(i, points) for i, points in histories]
        print(json.dumps(documents[0] if instrument is not None else documents))
        return
    shown = False
    for instrument_id, points in histories:
        if not points and instrument is None:
            continue
        shown = True
        text = INSTRUMENTS[instrument_id]
        print(text.short_name)
        if not points:
            print(f"  {words.HISTORY_EMPTY}")
        for point in points:
            print(f"  {_history_line(point)}")
    if not shown:
        print(words.CLI_NO_HISTORY)


def _history_line(point: measure_results.HistoryPoint) -> str:
    stamp = point.response.completed_at or point.response.created_at
    date = f"{stamp:%Y-%m-%d}"
    score = point.score
    if isinstance(score, CheckInResult):
        distress = "-" if score.distress is None else score.distress
        return f"{date}  abilities {score.abilities}  signs {score.signs}  distress {distress}"
    change = "" if point.change is None else f"  ({words.change_cell(point.change)})"
    return f"{date}  total {words.number_text(score.total)}{change}"


def _history_dict(instrument: str, points: list[measure_results.HistoryPoint]) -> dict[str, object]:
    return {
        "instrument": instrument,
        "entries": [
            {
                "id": p.response.id,
                "completed_at": None
                if p.response.completed_at is None
                else p.response.completed_at.isoformat(),
                "result": p.score.to_dict(),
                "change": None if p.change is None else p.change.to_dict(),
            }
            for p in points
        ],
    }
