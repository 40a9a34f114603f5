"""The evidence view: counts, gut followed or not, calibration and reassurance, the wall."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from selftrust.content import choices_copy as cc
from selftrust.content import ledger_copy as lc
from selftrust.domain.ledger import Evidence, GutDecision
from selftrust.services import evidence
from selftrust.web.deps import ProfileDep, RuntimeDep
from selftrust.web.ledger_charts import Group, bar_chart
from selftrust.web.templating import render

router = APIRouter()
RECENT_MONTHS = 12
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class GutRow:
    label: str
    sentence: str
    felt_right: int
    partly: int
    not_right: int
    looked_back: int


@dataclass(frozen=True, slots=True)
class MonthRow:
    label: str
    choices: int
    on_my_own: int
    share: float


def _gut_rows(result: Evidence) -> list[GutRow]:
    rows = []
    for gut, yes, partly, total in (
        (
            GutDecision.FOLLOWED,
            result.felt_right_when_followed,
            result.partly_when_followed,
            result.looked_back_when_followed,
        ),
        (
            GutDecision.OVERRODE,
            result.felt_right_when_overrode,
            result.partly_when_overrode,
            result.looked_back_when_overrode,
        ),
    ):
        sentence = lc.describe_gut_outcomes(result, gut)
        rows.append(GutRow(lc.GUT_LABELS[gut], sentence, yes, partly, total - yes - partly, total))
    return rows


def _month_label(month: str) -> tuple[str, str]:
    year, number = month.split("-")
    return MONTHS[int(number) - 1], year


@router.get("/evidence")
def evidence_page(request: Request, rt: RuntimeDep, profile: ProfileDep) -> HTMLResponse:
    view = evidence.evidence_view(rt, profile)
    result = view.evidence
    months = [
        MonthRow(
            " ".join(_month_label(m.month)),
            m.choices,
            round(m.none_share * m.choices),
            m.none_share,
        )
        for m in result.reassurance_by_month[-RECENT_MONTHS:]
    ]
    calibration_chart = bar_chart(
        [
            Group(
                (f"{band.low}–{band.high} %",),
                (
                    band.mean_confidence,
                    None if band.felt_right_rate is None else band.felt_right_rate * 100,
                ),
            )
            for band in result.calibration
        ],
        ("cl-bar-sure", "cl-bar-felt"),
    )
    reassurance_chart = bar_chart(
        [
            Group(_month_label(m.month), (m.none_share * 100,))
            for m in result.reassurance_by_month[-RECENT_MONTHS:]
        ],
        ("cl-bar-own",),
    )
    context = {
        "cc": cc,
        "lc": lc,
        "view": view,
        "result": result,
        "gut_rows": _gut_rows(result),
        "small_numbers": lc.explain_small_numbers(result),
        "brier": lc.explain_brier(result.brier),
        "bands": [(band, lc.explain_calibration_band(band)) for band in result.calibration],
        "calibration_chart": calibration_chart,
        "reassurance": lc.describe_reassurance(result),
        "months": months,
        "more_months": len(result.reassurance_by_month) > RECENT_MONTHS,
        "reassurance_chart": reassurance_chart,
    }
    return render(request, "evidence/index.html", context)
