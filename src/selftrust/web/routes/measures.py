"""Check-ins and questionnaires in the browser: the list, starting, results and history."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from selftrust.content import measures_copy as words
from selftrust.content.instruments import INSTRUMENTS, InstrumentText
from selftrust.domain.checkin import ABILITIES_MAX, CHECKIN_ID, SIGNS_MAX, CheckInResult
from selftrust.domain.measure_responses import INSTRUMENT_IDS, MeasureResponse, TakingMode
from selftrust.domain.measures import SPECS, MeasureResult, Total
from selftrust.domain.profile import MAX_RECORD_ID
from selftrust.services import measure_results, measures
from selftrust.services.errors import InputInvalid, NotFound
from selftrust.web.charts import LineChart, line_chart
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.routes import measure_page, measure_taking
from selftrust.web.routes.measure_taking import item9_card, step_url
from selftrust.web.templating import render

router = APIRouter()
router.include_router(measure_taking.router)
router.include_router(measure_page.router)
ResponseId = Annotated[int, Path(ge=1, le=MAX_RECORD_ID)]
InstrumentPath = Annotated[str, Path(max_length=20)]
OptionalId = Annotated[int | None, Query(ge=1, le=MAX_RECORD_ID)]


@dataclass(frozen=True, slots=True)
class Entry:
    """One instrument on the list page."""

    text: InstrumentText
    draft: MeasureResponse | None
    finished: int


def _text(instrument: str) -> InstrumentText:
    if instrument not in INSTRUMENT_IDS:
        raise NotFound(f"There is no questionnaire called {instrument[:20]!r} here.")
    return INSTRUMENTS[instrument]


@router.get("/measures")
def overview(
    request: Request,
    rt: RuntimeDep,
    profile: ProfileDep,
    paused: OptionalId = None,
    let_go: bool = False,
    care: bool = False,
) -> HTMLResponse:
    drafts = {d.instrument: d for d in reversed(measures.list_drafts(rt, profile))}
    counts = measure_results.finished_counts(rt, profile)
    entries = [Entry(INSTRUMENTS[i], drafts.get(i), counts.get(i, 0)) for i in INSTRUMENT_IDS]
    paused_draft = next((d for d in drafts.values() if d.id == paused), None)
    card = None
    if care and paused_draft is not None:
        card = item9_card(request, rt, profile, paused_draft)
    message = words.PAUSED if paused_draft else words.LET_GO_DONE if let_go else None
    context = {
        "checkin": next(e for e in entries if e.text.id == CHECKIN_ID),
        "validated": [e for e in entries if e.text.id != CHECKIN_ID],
        "message": message,
        "card": card,
        "words": words,
    }
    return render(request, "measures/index.html", context)


@router.get("/measures/{instrument}")
def intro(
    request: Request, rt: RuntimeDep, profile: ProfileDep, instrument: InstrumentPath
) -> HTMLResponse:
    text = _text(instrument)
    context = {
        "text": text,
        "draft": measures.find_draft(rt, profile, text.id),
        "mode": measures.taking_mode(rt, profile),
        "modes": list(TakingMode),
        "finished": measure_results.finished_counts(rt, profile).get(text.id, 0),
        "words": words,
    }
    return render(request, "measures/intro.html", context)


def _begin(
    rt: RuntimeDep, profile: ProfileDep, instrument: str, mode: str, *, fresh: bool
) -> Response:
    text = _text(instrument)
    chosen = measures.taking_mode(rt, profile)
    if mode:
        # An unknown choice keeps the one remembered before.
        with suppress(InputInvalid):
            chosen = measures.choose_mode(rt, profile, mode)
    start = measures.start_over if fresh else measures.start_or_resume
    response = start(rt, profile, text.id)
    return RedirectResponse(step_url(response, chosen), status_code=303)


@router.post("/measures/{instrument}/start")
def start(
    rt: RuntimeDep,
    profile: ProfileDep,
    instrument: InstrumentPath,
    mode: Annotated[str, Form()] = "",
) -> Response:
    return _begin(rt, profile, instrument, mode, fresh=False)


@router.post("/measures/{instrument}/start-over")
def start_over(
    rt: RuntimeDep,
    profile: ProfileDep,
    instrument: InstrumentPath,
    mode: Annotated[str, Form()] = "",
) -> Response:
    return _begin(rt, profile, instrument, mode, fresh=True)


@router.post("/measures/responses/{response_id}/discard")
def discard(rt: RuntimeDep, profile: ProfileDep, response_id: ResponseId) -> Response:
    measures.discard_draft(rt, profile, response_id)
    return RedirectResponse("/measures?let_go=1", status_code=303)


@router.get("/measures/responses/{response_id}")
def result_page(
    request: Request, rt: RuntimeDep, profile: ProfileDep, response_id: ResponseId
) -> Response:
    response = measures.get_response(rt, profile, response_id)
    if not response.complete:
        mode = measures.taking_mode(rt, profile)
        return RedirectResponse(step_url(response, mode), status_code=303)
    done = measure_results.outcome(rt, profile, response_id)
    text = INSTRUMENTS[response.instrument]
    context: dict[str, object] = {
        "text": text,
        "done": done,
        "words": words,
        "card": item9_card(request, rt, profile, response),
    }
    if isinstance(done.score, MeasureResult):
        context["score_line"] = words.score_line(done.score, SPECS[text.id].max_total)
        context["notes"] = words.result_notes(text, done.score)
    if done.change is not None and done.previous is not None:
        assert done.previous.completed_at is not None
        context["change"] = words.change_sentences(text, done.change, done.previous.completed_at)
    if isinstance(done.score, CheckInResult):
        context["checkin_lines"] = words.checkin_lines(done.score)
        context["trend_lines"] = _trend_lines(done)
    return render(request, "measures/result.html", context)


def _trend_lines(done: measure_results.Outcome) -> list[str]:
    trend = done.trend
    if trend is None or trend.abilities is None or trend.signs is None:
        return [words.TREND_TOO_FEW]
    return [
        words.trend_sentence("Abilities", trend.abilities),
        words.trend_sentence("Signs", trend.signs),
    ]


@router.get("/measures/{instrument}/history")
def history(
    request: Request, rt: RuntimeDep, profile: ProfileDep, instrument: InstrumentPath
) -> HTMLResponse:
    text = _text(instrument)
    points = measure_results.history(rt, profile, text.id)
    context = {"text": text, "points": points, "charts": _charts(text, points), "words": words}
    return render(request, "measures/history.html", context)


def _charts(text: InstrumentText, points: list[measure_results.HistoryPoint]) -> list[LineChart]:
    """One chart per number: the total, or the check-in's abilities and signs."""
    if not points:
        return []
    first, last = (words.date_text(_when(points[i].response)) for i in (0, -1))
    series: dict[str, list[Total]] = {}
    for point in points:
        score = point.score
        if isinstance(score, CheckInResult):
            series.setdefault("abilities", []).append(score.abilities)
            series.setdefault("signs", []).append(score.signs)
        else:
            series.setdefault("totals", []).append(score.total)
    return [
        line_chart(
            values,
            lowest=_range(text.id, what)[0],
            highest=_range(text.id, what)[1],
            first_label=first,
            last_label=last,
            label=words.CHART_LABEL.format(
                name=text.short_name, what=what, first=first, last=last, count=len(points)
            ),
            caption=words.CHART_CAPTIONS[what],
        )
        for what, values in series.items()
    ]


def _range(instrument: str, what: str) -> tuple[Total, Total]:
    if instrument == CHECKIN_ID:
        return 0, ABILITIES_MAX if what == "abilities" else SIGNS_MAX
    spec = SPECS[instrument]
    return spec.min_total, spec.max_total


def _when(response: MeasureResponse) -> datetime:
    return response.completed_at or response.created_at
