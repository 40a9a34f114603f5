"""Every sentence the choice ledger shows, in one place so its tone can be read and reviewed.

The maths lives in `selftrust.domain.ledger` and returns facts; this module turns them into
plain words. It reflects back and counts: no verdicts about the person, no grades.
"""

from __future__ import annotations

from selftrust.domain.ledger import (
    Area,
    BandReading,
    CalibrationBand,
    Evidence,
    FeltRight,
    GutDecision,
    LedgerInputError,
    Reassurance,
    read_band,
)

LOOK_BACK_QUESTION = "Looking back, did it feel right for you?"
CONFIDENCE_QUESTION = "How sure are you that, looking back, this will feel right for you?"
GUT_QUESTION = "What did your gut say? You can leave this empty."
REASSURANCE_QUESTION = "Did you ask anyone to check this choice with you first?"

FELT_RIGHT_LABELS: dict[FeltRight, str] = {
    FeltRight.YES: "Yes",
    FeltRight.PARTLY: "Partly",
    FeltRight.NO: "No",
    FeltRight.TOO_EARLY: "Too early to tell",
}

GUT_LABELS: dict[GutDecision, str] = {
    GutDecision.FOLLOWED: "I went with my gut",
    GutDecision.OVERRODE: "I went a different way from my gut",
}

REASSURANCE_LABELS: dict[Reassurance, str] = {
    Reassurance.NONE: "No, I decided on my own",
    Reassurance.SOME: "A little",
    Reassurance.LOTS: "Quite a lot",
}

AREA_LABELS: dict[Area, str] = {
    Area.REST: "Rest",
    Area.BOUNDARIES: "Boundaries",
    Area.COMFORT: "Comfort",
    Area.PACE: "Pace",
    Area.PREFERENCE: "Things I like",
    Area.OTHER: "Something else",
}

# Shown whenever small_numbers is true (fewer than SMALL_NUMBERS_THRESHOLD yes/no look-backs):
# honest about the noise, without turning it into a target.
SMALL_NUMBERS_NOTE = (
    "These numbers come from only a few look-backs, so they can still change a lot. "
    "Every look-back you add makes the picture clearer."
)
NOT_A_GRADE_NOTE = "This is a way to see a pattern, not a grade."
TOO_EARLY_NOTE = (
    "Choices you marked as too early to tell are not counted yet. You can look back again "
    "whenever you like."
)
EVIDENCE_WALL_TITLE = "Times you listened to yourself and it felt right"
EVIDENCE_WALL_EMPTY = (
    "When a choice feels right looking back, it will show up here, in your own words."
)


def explain_brier(brier: float | None) -> str:
    """Say in one plain sentence what a Brier score means."""
    if brier is None:
        return (
            "A score will show here once you look back on a choice with a yes or a no; "
            "partly and too early are not part of it."
        )
    if not 0.0 <= brier <= 1.0:
        raise LedgerInputError("A Brier score is a number from 0 to 1.")
    return (
        f"Your score is {round(brier, 3):g}: 0 would mean how sure you felt matched what "
        "happened every time, 0.25 is what always saying 50 % would give, and lower means closer."
    )


def band_label(band: CalibrationBand) -> str:
    """Name a confidence band the way a person would say it."""
    return f"{band.low} to {band.high} % sure"


def explain_calibration_band(band: CalibrationBand) -> str:
    """Describe one confidence band: how sure you were next to how often it felt right."""
    label = band_label(band)
    reading = read_band(band)
    if reading is BandReading.NOTHING_YET or band.felt_right_rate is None:
        return f"No yes-or-no look-backs yet for the times you felt {label}."
    felt_right = round(band.felt_right_rate * band.count)
    times = f"{felt_right} of {band.count} {'time' if band.count == 1 else 'times'}"
    if reading is BandReading.TOO_FEW:
        return (
            f"When you felt {label}, it felt right {times}. "
            "That is not enough yet to show a pattern."
        )
    if reading is BandReading.MORE_OFTEN:
        text = (
            f"When you felt {label}, it felt right more often than you expected: {times}. "
            "That is evidence in itself: your inner signal may deserve more trust than it "
            "gets right now."
        )
    elif reading is BandReading.LESS_OFTEN:
        text = (
            f"When you felt {label}, it felt right {times}, less often than you expected. "
            "That is useful to know, not a mark against you."
        )
    else:
        text = (
            f"When you felt {label}, it felt right {times}, close to how sure you were. "
            "How sure you feel and how things turn out are lining up here."
        )
    if band.count < 5:
        text += " It is based on just a few choices, so it may shift."
    return text


def describe_gut_outcomes(evidence: Evidence, gut: GutDecision) -> str:
    """Reflect back how choices turned out when the person followed or went against their gut."""
    if gut is GutDecision.FOLLOWED:
        when = "you went with your gut"
        felt_right = evidence.felt_right_when_followed
        partly = evidence.partly_when_followed
        looked_back = evidence.looked_back_when_followed
    else:
        when = "you went a different way from your gut"
        felt_right = evidence.felt_right_when_overrode
        partly = evidence.partly_when_overrode
        looked_back = evidence.looked_back_when_overrode
    if looked_back == 0:
        return f"No look-backs yet for the times {when}."
    text = f"When {when}, {felt_right} of {looked_back} felt right looking back"
    if partly:
        text += f", and {partly} felt partly right"
    return text + "."


def explain_small_numbers(evidence: Evidence) -> str | None:
    """Return the honest caveat when the evidence rests on few look-backs, else None."""
    return SMALL_NUMBERS_NOTE if evidence.small_numbers else None


def describe_reassurance(evidence: Evidence) -> str | None:
    """Reflect back the share of choices made without asking anyone first."""
    share = evidence.reassurance_none_share
    if share is None:
        return None
    return (
        f"{round(share * 100)} % of your choices so far were made without asking anyone to "
        "check them first. Asking is okay too; this is here so you can see change over time."
    )
