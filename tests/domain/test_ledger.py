"""The choice ledger's maths, checked by hand-worked examples and by properties."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from math import isclose
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selftrust.content import ledger_copy
from selftrust.domain.ledger import (
    BANDS,
    Area,
    BandReading,
    ChoiceFacts,
    FeltRight,
    GutDecision,
    LedgerInputError,
    Reassurance,
    compute_evidence,
    is_due,
    latest_look_back,
    look_back_due_at,
    next_look_back_at,
    parse_area,
    parse_choice_field,
    read_band,
    recent_honoured,
    validate_confidence,
)

NOON = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)
# Hypothesis keeps no example database here: tests never write into the working tree.
quick = settings(database=None, max_examples=200)


def choice(
    confidence: int = 50,
    answer: FeltRight | None = None,
    *,
    id: int = 1,
    gut: GutDecision = GutDecision.FOLLOWED,
    reassurance: Reassurance = Reassurance.NONE,
    made_at: datetime = NOON,
    looked_back_at: datetime | None = None,
) -> ChoiceFacts:
    if answer is not None and looked_back_at is None:
        looked_back_at = made_at + DAY
    return ChoiceFacts(
        id=id,
        made_at=made_at,
        gut=gut,
        confidence=confidence,
        reassurance=reassurance,
        area=None,
        latest_look_back=answer,
        looked_back_at=looked_back_at,
    )


def numbered(choices: Sequence[ChoiceFacts]) -> list[ChoiceFacts]:
    return [
        ChoiceFacts(i, c.made_at, c.gut, c.confidence, c.reassurance, c.area,
                    c.latest_look_back, c.looked_back_at)
        for i, c in enumerate(choices)
    ]  # fmt: skip


@pytest.fixture
def ari() -> list[ChoiceFacts]:
    """Ari: six choices, every kind of look-back, worked out by hand below."""
    return numbered([
        choice(70, FeltRight.YES),                                # (0.7 - 1)^2 = 0.09
        choice(20, FeltRight.NO, gut=GutDecision.OVERRODE),       # (0.2 - 0)^2 = 0.04
        choice(50, FeltRight.YES, reassurance=Reassurance.SOME),  # (0.5 - 1)^2 = 0.25
        choice(90, FeltRight.PARTLY),                             # left out of the score
        choice(40, FeltRight.TOO_EARLY, gut=GutDecision.OVERRODE, reassurance=Reassurance.LOTS),
        choice(60, None),                                         # not looked back on yet
    ])  # fmt: skip


def test_it_computes_the_brier_score_over_yes_and_no_only(ari: list[ChoiceFacts]) -> None:
    evidence = compute_evidence(ari)
    assert evidence.brier == pytest.approx(0.38 / 3)
    assert evidence.to_dict()["brier"] == 0.127
    assert evidence.to_dict()["brier_exact"] == evidence.brier
    assert evidence.scored_look_backs == 3


def test_it_counts_partly_as_looked_back_but_not_as_felt_right(ari: list[ChoiceFacts]) -> None:
    evidence = compute_evidence(ari)
    assert (evidence.choices, evidence.followed_gut, evidence.overrode_gut) == (6, 4, 2)
    assert evidence.looked_back == 4
    assert evidence.too_early == 1
    assert evidence.felt_right == 2
    assert evidence.felt_right_when_followed == 2
    assert evidence.partly_when_followed == 1
    assert evidence.looked_back_when_followed == 3
    assert evidence.felt_right_when_overrode == 0
    assert evidence.partly_when_overrode == 0
    assert evidence.looked_back_when_overrode == 1


def test_it_fills_the_calibration_bands_by_hand(ari: list[ChoiceFacts]) -> None:
    rows = compute_evidence(ari).to_dict()["calibration"]
    assert rows == [
        {"band": "0-20", "count": 0, "mean_confidence": None, "felt_right_rate": None},
        {"band": "20-40", "count": 1, "mean_confidence": 20.0, "felt_right_rate": 0.0},
        {"band": "40-60", "count": 1, "mean_confidence": 50.0, "felt_right_rate": 1.0},
        {"band": "60-80", "count": 1, "mean_confidence": 70.0, "felt_right_rate": 1.0},
        {"band": "80-100", "count": 0, "mean_confidence": None, "felt_right_rate": None},
    ]


def test_it_shares_out_reassurance_overall_and_by_month(ari: list[ChoiceFacts]) -> None:
    march = numbered([*ari, choice(10, None, made_at=datetime(2025, 4, 2, tzinfo=UTC))])
    evidence = compute_evidence(march)
    assert evidence.reassurance_none_share == pytest.approx(5 / 7)
    assert evidence.to_dict()["reassurance_by_month"] == [
        {"month": "2025-03", "choices": 6, "none_share": 0.667},
        {"month": "2025-04", "choices": 1, "none_share": 1.0},
    ]


def test_it_gives_honest_empties_when_there_are_no_choices() -> None:
    """Dana: new, no history."""
    evidence = compute_evidence([])
    assert evidence.choices == 0
    assert evidence.brier is None
    assert evidence.reassurance_none_share is None
    assert evidence.reassurance_by_month == ()
    assert evidence.small_numbers is True
    assert [row.count for row in evidence.calibration] == [0, 0, 0, 0, 0]
    assert evidence.to_dict()["brier"] is None


def test_it_has_no_score_when_every_look_back_is_partly_or_too_early() -> None:
    unsure = numbered([choice(80, FeltRight.PARTLY), choice(30, FeltRight.TOO_EARLY)])
    evidence = compute_evidence(unsure)
    assert evidence.brier is None
    assert evidence.looked_back == 1
    assert evidence.scored_look_backs == 0
    assert all(row.felt_right_rate is None for row in evidence.calibration)


@pytest.mark.parametrize(
    ("confidence", "answer", "brier"),
    [(100, FeltRight.YES, 0.0), (0, FeltRight.NO, 0.0), (100, FeltRight.NO, 1.0),
     (0, FeltRight.YES, 1.0), (50, FeltRight.YES, 0.25), (50, FeltRight.NO, 0.25)],
)  # fmt: skip
def test_it_scores_the_extremes_exactly(confidence: int, answer: FeltRight, brier: float) -> None:
    assert compute_evidence([choice(confidence, answer)]).brier == brier


@pytest.mark.parametrize(
    ("confidence", "band"),
    [(0, "0-20"), (19, "0-20"), (20, "20-40"), (39, "20-40"), (40, "40-60"), (59, "40-60"),
     (60, "60-80"), (79, "60-80"), (80, "80-100"), (99, "80-100"), (100, "80-100")],
)  # fmt: skip
def test_it_puts_band_edges_in_the_upper_band_and_100_in_the_top(
    confidence: int, band: str
) -> None:
    rows = compute_evidence([choice(confidence, FeltRight.YES)]).calibration
    assert [row.band for row in rows if row.count] == [band]


def test_it_counts_only_the_latest_look_back_it_is_given() -> None:
    # Yesterday "too early", today "yes": the service passes the latest and only that counts.
    answers = [(NOON, FeltRight.TOO_EARLY), (NOON + DAY, FeltRight.YES)]
    at, answer = latest_look_back(answers) or (NOON, FeltRight.NO)
    evidence = compute_evidence([choice(90, answer, looked_back_at=at)])
    assert (evidence.looked_back, evidence.too_early, evidence.felt_right) == (1, 0, 1)


def test_it_picks_the_latest_look_back_and_the_last_listed_on_a_tie() -> None:
    assert latest_look_back([]) is None
    later = (NOON + DAY, FeltRight.NO)
    assert latest_look_back([later, (NOON, FeltRight.YES)]) == later
    assert latest_look_back([(NOON, FeltRight.YES), (NOON, FeltRight.PARTLY)]) == (
        NOON,
        FeltRight.PARTLY,
    )


def test_it_flags_small_numbers_below_ten_yes_or_no_look_backs() -> None:
    nine = numbered([choice(70, FeltRight.YES)] * 9 + [choice(70, FeltRight.PARTLY)] * 5)
    assert compute_evidence(nine).small_numbers is True
    assert compute_evidence(numbered([*nine, choice(1, FeltRight.NO)])).small_numbers is False


def test_it_groups_months_in_the_persons_time_zone() -> None:
    late_january = datetime(2024, 1, 31, 23, 30, tzinfo=UTC)
    just_march = datetime(2024, 3, 1, 0, 30, tzinfo=UTC)
    both = numbered([choice(made_at=late_january), choice(made_at=just_march)])
    berlin = compute_evidence(both, tz=ZoneInfo("Europe/Berlin")).reassurance_by_month
    new_york = compute_evidence(both, tz=ZoneInfo("America/New_York")).reassurance_by_month
    assert [m.month for m in berlin] == ["2024-02", "2024-03"]
    assert [m.month for m in new_york] == ["2024-01", "2024-02"]


def test_it_refuses_the_same_choice_twice() -> None:
    with pytest.raises(LedgerInputError, match="only once"):
        compute_evidence([choice(id=7), choice(id=7)])


@pytest.mark.parametrize("value", [True, False, 1.5, -1, 101, "50", None])
def test_it_refuses_a_confidence_that_is_not_a_whole_number_from_0_to_100(value: object) -> None:
    with pytest.raises(LedgerInputError, match="whole number from 0 to 100"):
        validate_confidence(value)


def test_it_accepts_confidence_at_both_ends() -> None:
    assert (validate_confidence(0), validate_confidence(100)) == (0, 100)


def test_it_parses_submitted_values_into_the_ledgers_words() -> None:
    assert parse_choice_field(FeltRight, "too_early") is FeltRight.TOO_EARLY
    assert parse_area("") is None
    assert parse_area("rest") is Area.REST
    with pytest.raises(LedgerInputError, match="one of: none, some, lots"):
        parse_choice_field(Reassurance, "heaps")
    with pytest.raises(LedgerInputError):
        parse_choice_field(GutDecision, 1)


def test_it_keeps_choice_facts_consistent() -> None:
    with pytest.raises(LedgerInputError, match="both an answer and a time"):
        ChoiceFacts(1, NOON, GutDecision.FOLLOWED, 50, Reassurance.NONE, None, FeltRight.YES, None)
    with pytest.raises(LedgerInputError, match="time zone"):
        choice(made_at=datetime(2025, 1, 1))  # naive on purpose
    plus_two = datetime(2025, 1, 1, 1, 0, tzinfo=timezone(timedelta(hours=2)))
    stored = choice(made_at=plus_two)
    assert stored.made_at == plus_two
    assert stored.made_at.utcoffset() == timedelta(0)
    from_storage = ChoiceFacts(1, NOON, "overrode", 5, "lots", "pace", None, None)  # type: ignore[arg-type]
    assert from_storage.gut is GutDecision.OVERRODE
    assert from_storage.area is Area.PACE


def test_it_invites_the_first_look_back_the_next_day_by_default() -> None:
    assert look_back_due_at(NOON) == NOON + DAY
    assert look_back_due_at(NOON, delay=timedelta(hours=3)) == NOON + timedelta(hours=3)
    assert look_back_due_at(NOON, delay=None) is None


def test_it_refuses_a_look_back_delay_of_zero_or_less() -> None:
    with pytest.raises(LedgerInputError):
        look_back_due_at(NOON, delay=timedelta(0))


def test_it_is_due_from_the_due_time_until_someone_looks_back() -> None:
    waiting = choice()
    assert not is_due(waiting, NOON + DAY - timedelta(seconds=1))
    assert is_due(waiting, NOON + DAY)
    assert is_due(waiting, NOON + 30 * DAY)
    for answer in (FeltRight.YES, FeltRight.PARTLY, FeltRight.NO):
        assert not is_due(choice(answer=answer), NOON + 30 * DAY)


def test_it_asks_again_one_delay_after_too_early_not_straight_away() -> None:
    asked_on_day_three = choice(answer=FeltRight.TOO_EARLY, looked_back_at=NOON + 3 * DAY)
    assert next_look_back_at(asked_on_day_three) == NOON + 4 * DAY
    assert not is_due(asked_on_day_three, NOON + 3 * DAY + timedelta(hours=1))
    assert is_due(asked_on_day_three, NOON + 4 * DAY)


def test_it_is_never_due_when_look_backs_are_turned_off() -> None:
    assert not is_due(choice(), NOON + 365 * DAY, None)
    assert not is_due(choice(answer=FeltRight.TOO_EARLY), NOON + 365 * DAY, None)


def test_it_needs_an_aware_now() -> None:
    with pytest.raises(LedgerInputError, match="time zone"):
        is_due(choice(), datetime(2025, 3, 12))  # naive on purpose


def test_it_shows_the_most_recent_yes_choices_on_the_evidence_wall() -> None:
    """Sam: a month of daily choices, every third one felt right."""
    answers = [FeltRight.YES, FeltRight.PARTLY, FeltRight.NO]
    sam = [choice(answer=answers[i % 3], id=i, made_at=NOON + i * DAY) for i in range(30)]
    wall = recent_honoured(reversed(sam), limit=4)
    assert [c.id for c in wall] == [27, 24, 21, 18]
    assert len(recent_honoured(sam)) == 10
    assert recent_honoured(sam, limit=0) == []
    same_moment = [choice(answer=FeltRight.YES, id=i) for i in (3, 9, 5)]
    assert [c.id for c in recent_honoured(same_moment)] == [9, 5, 3]
    with pytest.raises(LedgerInputError):
        recent_honoured(sam, limit=-1)


# Properties -----------------------------------------------------------------------------------

ZONES: list[tzinfo] = [
    UTC, ZoneInfo("Europe/Berlin"), ZoneInfo("America/St_Johns"), ZoneInfo("Pacific/Kiritimati"),
    ZoneInfo("Pacific/Pago_Pago"), timezone(timedelta(hours=23, minutes=59)),
    timezone(-timedelta(hours=23, minutes=59)),
]  # fmt: skip

one_choice = st.builds(
    choice,
    confidence=st.integers(0, 100),
    answer=st.none() | st.sampled_from(FeltRight),
    gut=st.sampled_from(GutDecision),
    reassurance=st.sampled_from(Reassurance),
    made_at=st.datetimes(datetime(2020, 1, 1), datetime(2030, 12, 31), timezones=st.just(UTC)),
)
many_choices = st.lists(one_choice, max_size=60).map(numbered)


@quick
@given(many_choices)
def test_it_keeps_the_brier_score_between_0_and_1_and_equal_to_the_yes_no_mean(
    choices: list[ChoiceFacts],
) -> None:
    scored = [c for c in choices if c.latest_look_back in (FeltRight.YES, FeltRight.NO)]
    brier = compute_evidence(choices).brier
    if not scored:
        assert brier is None
        return
    squares = [(c.confidence / 100 - (c.latest_look_back is FeltRight.YES)) ** 2 for c in scored]
    mean = sum(squares) / len(squares)
    assert brier is not None
    assert 0.0 <= brier <= 1.0
    assert isclose(brier, mean, abs_tol=1e-12)


@quick
@given(st.lists(st.booleans(), min_size=1, max_size=60))
def test_it_scores_zero_when_certainty_always_matched(felt_right: list[bool]) -> None:
    certain = [choice(100, FeltRight.YES) if yes else choice(0, FeltRight.NO) for yes in felt_right]
    assert compute_evidence(numbered(certain)).brier == 0.0


@quick
@given(many_choices)
def test_it_keeps_every_count_and_rate_inside_its_bounds(choices: list[ChoiceFacts]) -> None:
    evidence = compute_evidence(choices)
    assert sum(row.count for row in evidence.calibration) == evidence.scored_look_backs
    assert [row.band for row in evidence.calibration] == list(BANDS)
    for row in evidence.calibration:
        if row.count:
            assert row.felt_right_rate is not None
            assert 0.0 <= row.felt_right_rate <= 1.0
            assert row.mean_confidence is not None
            assert row.low <= row.mean_confidence <= row.high
        else:
            assert row.felt_right_rate is None
            assert read_band(row) is BandReading.NOTHING_YET
    e = evidence
    assert e.felt_right_when_followed + e.partly_when_followed <= e.looked_back_when_followed
    assert e.felt_right_when_overrode + e.partly_when_overrode <= e.looked_back_when_overrode
    assert e.looked_back_when_followed + e.looked_back_when_overrode == e.looked_back
    assert e.looked_back + e.too_early <= e.choices == e.followed_gut + e.overrode_gut
    assert sum(m.choices for m in e.reassurance_by_month) == e.choices
    assert [m.month for m in e.reassurance_by_month] == sorted(
        {m.month for m in e.reassurance_by_month}
    )
    if e.reassurance_none_share is not None:
        assert 0.0 <= e.reassurance_none_share <= 1.0


@quick
@given(many_choices, st.randoms(use_true_random=False))
def test_it_gives_the_same_evidence_in_any_order(
    choices: list[ChoiceFacts], rng: random.Random
) -> None:
    shuffled = list(choices)
    rng.shuffle(shuffled)
    assert compute_evidence(shuffled) == compute_evidence(choices)


@quick
@given(many_choices, st.sampled_from(ZONES))
def test_it_puts_each_choice_in_its_local_month(choices: list[ChoiceFacts], tz: tzinfo) -> None:
    counts: dict[str, int] = {}
    for c in choices:
        month = c.made_at.astimezone(tz).strftime("%Y-%m")
        counts[month] = counts.get(month, 0) + 1
    by_month = compute_evidence(choices, tz=tz).reassurance_by_month
    assert {m.month: m.choices for m in by_month} == counts


# The plain-language copy (selftrust.content.ledger_copy) ----------------------------------------

BANNED = ("fail", "must", "should", "streak", "broken", "wrong", "panic", "trigger")


@quick
@given(many_choices)
def test_it_explains_every_number_without_banned_words(choices: list[ChoiceFacts]) -> None:
    evidence = compute_evidence(choices)
    texts = [ledger_copy.explain_brier(evidence.brier)]
    texts += [ledger_copy.explain_calibration_band(row) for row in evidence.calibration]
    texts += [ledger_copy.describe_gut_outcomes(evidence, gut) for gut in GutDecision]
    texts += [ledger_copy.explain_small_numbers(evidence) or ""]
    texts += [ledger_copy.describe_reassurance(evidence) or ""]
    for text in texts:
        assert not any(word in text.lower() for word in BANNED), text


def test_it_explains_the_brier_score_in_one_plain_sentence() -> None:
    text = ledger_copy.explain_brier(0.12)
    assert text.startswith("Your score is 0.12:")
    assert "0.25" in text
    assert "50 %" in text
    assert text.endswith(".")
    assert ". " not in text  # one sentence
    assert "yes or a no" in ledger_copy.explain_brier(None)
    with pytest.raises(LedgerInputError):
        ledger_copy.explain_brier(1.5)


def test_it_calls_it_evidence_when_it_felt_right_more_often_than_expected() -> None:
    surprised = numbered([choice(30, FeltRight.YES)] * 4 + [choice(30, FeltRight.NO)])
    row = compute_evidence(surprised).calibration[1]
    assert read_band(row) is BandReading.MORE_OFTEN
    text = ledger_copy.explain_calibration_band(row)
    assert "20 to 40 % sure" in text
    assert "more often than you expected: 4 of 5 times" in text
    assert "evidence" in text


def test_it_stays_kind_when_it_felt_right_less_often_than_expected() -> None:
    row = compute_evidence(numbered([choice(90, FeltRight.NO)] * 3)).calibration[4]
    assert read_band(row) is BandReading.LESS_OFTEN
    text = ledger_copy.explain_calibration_band(row)
    assert "0 of 3 times, less often than you expected" in text
    assert "not a mark against you" in text
    assert "just a few" in text


def test_it_reads_no_direction_from_one_or_two_look_backs() -> None:
    row = compute_evidence([choice(90, FeltRight.NO)]).calibration[4]
    assert read_band(row) is BandReading.TOO_FEW
    text = ledger_copy.explain_calibration_band(row)
    assert text == "When you felt 80 to 100 % sure, it felt right 0 of 1 time. " + (
        "That is not enough yet to show a pattern."
    )


@pytest.mark.parametrize(
    ("felt_right", "reading"),
    [(7, BandReading.AS_EXPECTED), (8, BandReading.AS_EXPECTED), (9, BandReading.MORE_OFTEN),
     (6, BandReading.AS_EXPECTED), (5, BandReading.LESS_OFTEN)],
)  # fmt: skip
def test_it_reads_a_band_within_ten_points_as_expected(
    felt_right: int, reading: BandReading
) -> None:
    ten = [choice(70, FeltRight.YES if i < felt_right else FeltRight.NO) for i in range(10)]
    assert read_band(compute_evidence(numbered(ten)).calibration[3]) is reading
