"""Exact scoring of the five validated measures, checked by hand and by properties."""

from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selftrust.domain.measures import (
    PCL5_CLUSTERS,
    SPECS,
    AnswersInvalid,
    Band,
    UnknownInstrument,
    round_half_up,
    score,
)

BANNED = re.compile(r"\b(fail\w*|must|should|streak\w*|broken|wrong|no risk)\b", re.IGNORECASE)


def answers_for(instrument_id: str) -> st.SearchStrategy[list[int]]:
    spec = SPECS[instrument_id]
    item = st.integers(spec.min_answer, spec.max_answer)
    return st.lists(item, min_size=spec.item_count, max_size=spec.item_count)


any_instrument_with_answers = st.sampled_from(sorted(SPECS)).flatmap(
    lambda instrument_id: st.tuples(st.just(instrument_id), answers_for(instrument_id))
)


# --- GAD-7 -----------------------------------------------------------------------------------


def test_it_scores_gad7_all_zeros_as_minimal() -> None:
    result = score("gad7", [0] * 7)
    assert (result.total, result.band) == (0, Band.MINIMAL)


def test_it_scores_gad7_all_max_as_severe() -> None:
    result = score("gad7", [3] * 7)
    assert (result.total, result.band) == (21, Band.SEVERE)


def test_it_scores_the_published_gad7_sample_as_mild() -> None:
    # PACIO sample QuestionnaireResponse (HL7 FHIR): answers 1,1,1,1,0,1,2, total 7, mild.
    result = score("gad7", [1, 1, 1, 1, 0, 1, 2])
    assert (result.total, result.band) == (7, Band.MILD)


@pytest.mark.parametrize(
    ("total", "band"),
    [(4, Band.MINIMAL), (5, Band.MILD), (9, Band.MILD), (10, Band.MODERATE),
     (14, Band.MODERATE), (15, Band.SEVERE)],
)  # fmt: skip
def test_it_puts_gad7_band_edges_where_spitzer_puts_them(total: int, band: Band) -> None:
    answers = [min(3, max(0, total - 3 * i)) for i in range(7)]
    assert sum(answers) == total
    assert score("gad7", answers).band is band


# --- PHQ-9 -----------------------------------------------------------------------------------


def test_it_scores_phq9_all_zeros_without_a_safety_flag() -> None:
    result = score("phq9", [0] * 9)
    assert (result.total, result.band, result.safety_flag) == (0, Band.MINIMAL, False)


def test_it_scores_phq9_all_max_as_severe_with_the_safety_flag() -> None:
    result = score("phq9", [3] * 9)
    assert (result.total, result.band, result.safety_flag) == (27, Band.SEVERE, True)


def test_it_raises_the_safety_flag_for_any_answer_above_zero_on_item_9() -> None:
    result = score("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert result.total == 1
    assert result.band is Band.MINIMAL
    assert result.safety_flag is True


def test_it_keeps_the_flag_down_but_says_nothing_reassuring_when_item_9_is_zero() -> None:
    result = score("phq9", [3, 3, 3, 3, 3, 3, 3, 3, 0])
    assert result.safety_flag is False
    data = result.to_dict()
    assert set(data) == {"instrument", "total", "band", "safety_flag"}
    assert not BANNED.search(json.dumps(data))


@pytest.mark.parametrize(
    ("total", "band"),
    [(4, Band.MINIMAL), (5, Band.MILD), (9, Band.MILD), (10, Band.MODERATE),
     (14, Band.MODERATE), (15, Band.MODERATELY_SEVERE), (19, Band.MODERATELY_SEVERE),
     (20, Band.SEVERE)],
)  # fmt: skip
def test_it_puts_phq9_band_edges_where_kroenke_puts_them(total: int, band: Band) -> None:
    answers = [min(3, max(0, total - 3 * i)) for i in range(8)] + [0]
    assert sum(answers) == total
    assert score("phq9", answers).band is band


# --- PCL-5 -----------------------------------------------------------------------------------


def test_it_scores_pcl5_all_zeros_with_empty_clusters() -> None:
    result = score("pcl5", [0] * 20)
    assert result.total == 0
    assert dict(result.clusters or {}) == {"B": 0, "C": 0, "D": 0, "E": 0}
    assert (result.dsm5_rule, result.assessment_suggested, result.band) == (False, False, None)


def test_it_scores_pcl5_all_max_across_the_four_clusters() -> None:
    result = score("pcl5", [4] * 20)
    assert result.total == 80
    assert dict(result.clusters or {}) == {"B": 20, "C": 8, "D": 28, "E": 24}
    assert (result.dsm5_rule, result.assessment_suggested) == (True, True)


@pytest.mark.parametrize(
    ("item", "cluster"),
    [(1, "B"), (5, "B"), (6, "C"), (7, "C"), (8, "D"), (14, "D"), (15, "E"), (20, "E")],
)
def test_it_puts_each_pcl5_item_in_its_dsm5_cluster(item: int, cluster: str) -> None:
    answers = [0] * 20
    answers[item - 1] = 3
    clusters = score("pcl5", answers).clusters or {}
    assert clusters[cluster] == 3
    assert sum(clusters.values()) == 3


def minimal_rule_pattern() -> list[int]:
    # One B, one C, two D and two E items at "Moderately": the smallest pattern the rule meets.
    answers = [0] * 20
    for item in (1, 6, 8, 9, 15, 16):
        answers[item - 1] = 2
    return answers


def test_it_meets_the_dsm5_rule_with_the_smallest_pattern_even_below_the_cutoff() -> None:
    result = score("pcl5", minimal_rule_pattern())
    assert (result.total, result.dsm5_rule, result.assessment_suggested) == (12, True, False)


@pytest.mark.parametrize("dropped", [1, 6, 8, 15])
def test_it_misses_the_dsm5_rule_when_one_cluster_falls_short(dropped: int) -> None:
    answers = minimal_rule_pattern()
    answers[dropped - 1] = 1  # "A little bit" is not endorsed
    assert score("pcl5", answers).dsm5_rule is False


def test_it_does_not_count_a_little_bit_as_endorsed() -> None:
    assert score("pcl5", [1] * 20).dsm5_rule is False


@pytest.mark.parametrize(("total", "suggested"), [(30, False), (31, True), (33, True)])
def test_it_suggests_an_assessment_from_31(total: int, suggested: bool) -> None:
    answers = [min(4, max(0, total - 4 * i)) for i in range(20)]
    assert sum(answers) == total
    assert score("pcl5", answers).assessment_suggested is suggested


def test_it_gives_pcl5_no_band_at_all() -> None:
    data = score("pcl5", [4] * 20).to_dict()
    assert "band" not in data
    assert set(data) == {"instrument", "total", "clusters", "dsm5_rule", "assessment_suggested"}


# --- SCS-SF ----------------------------------------------------------------------------------

REVERSED = (1, 4, 8, 9, 11, 12)


def scssf_answers(*, forward: int, reversed_: int) -> list[int]:
    return [reversed_ if item in REVERSED else forward for item in range(1, 13)]


@pytest.mark.parametrize(
    ("forward", "reversed_", "mean"),
    [(1, 1, "3.00"), (5, 5, "3.00"), (5, 1, "5.00"), (1, 5, "1.00"), (4, 2, "4.00")],
)
def test_it_reverses_the_six_self_judging_scssf_items(
    forward: int, reversed_: int, mean: str
) -> None:
    total = score("scssf", scssf_answers(forward=forward, reversed_=reversed_)).total
    assert str(total) == mean


@pytest.mark.parametrize(
    ("bump", "mean"),
    [(1, "3.08"), (2, "3.17"), (3, "3.25"), (4, "3.33"), (5, "3.42"), (7, "3.58"), (11, "3.92")],
)
def test_it_rounds_the_scssf_mean_to_two_decimals(bump: int, mean: str) -> None:
    # Start from a scored sum of 36 (mean 3.00) and add `bump` to the forward items.
    answers = scssf_answers(forward=3, reversed_=3)
    forward_items = [i for i in range(12) if i + 1 not in REVERSED]
    for index in forward_items:
        step = min(2, bump)
        answers[index] += step
        bump -= step
    assert bump == 0
    assert str(score("scssf", answers).total) == mean


def test_it_rounds_an_exact_half_up_as_published_3125_to_313() -> None:
    # Twelve whole answers can never give a mean ending in an exact half (it is always k/12),
    # so the tie rule is checked on the helper itself.
    assert str(round_half_up(Fraction(25, 8))) == "3.13"
    assert str(round_half_up(Fraction(-25, 8))) == "-3.13"
    assert str(round_half_up(Fraction(2675, 1000))) == "2.68"  # a float would give 2.67
    assert str(round_half_up(3)) == "3.00"


@given(st.fractions(max_denominator=10_000).filter(lambda f: abs(f) < 10**6))
def test_it_rounds_exactly_like_decimal_round_half_up(value: Fraction) -> None:
    with localcontext() as ctx:
        ctx.prec = 200
        expected = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )
    assert round_half_up(value) == expected


# --- RSES ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "total", "low"),
    [
        ([4] * 10, 15, False),  # strongly agree with everything: 5 x 3 + 5 x 0
        ([1] * 10, 15, False),  # strongly disagree with everything: 5 x 0 + 5 x 3
        ([4, 1, 4, 4, 1, 1, 4, 1, 1, 4], 30, False),
        ([1, 4, 1, 1, 4, 4, 1, 4, 4, 1], 0, True),
        ([3, 2, 3, 3, 2, 2, 3, 2, 2, 3], 20, False),
        ([2, 3, 2, 2, 3, 3, 2, 3, 3, 3], 11, True),
        ([3, 3, 3, 3, 3, 3, 3, 3, 2, 1], 14, True),
    ],
)
def test_it_scores_rses_with_items_2_5_6_8_9_reversed(
    answers: list[int], total: int, low: bool
) -> None:
    result = score("rses", answers)
    assert (result.total, result.low_self_esteem) == (total, low)
    assert set(result.to_dict()) == {"instrument", "total", "low_self_esteem"}


# --- Properties ------------------------------------------------------------------------------


@given(any_instrument_with_answers)
def test_it_keeps_every_total_within_the_published_range(case: tuple[str, list[int]]) -> None:
    instrument_id, answers = case
    spec = SPECS[instrument_id]
    result = score(instrument_id, answers)
    assert spec.min_total <= result.total <= spec.max_total
    json.dumps(result.to_dict())


@given(answers_for("scssf"))
def test_it_maps_mirrored_scssf_answers_to_the_mirrored_mean(answers: list[int]) -> None:
    mirrored = [6 - x for x in answers]
    total, mirrored_total = score("scssf", answers).total, score("scssf", mirrored).total
    assert mirrored_total == 6 - total


@given(answers_for("rses"))
def test_it_maps_mirrored_rses_answers_to_the_mirrored_total(answers: list[int]) -> None:
    mirrored = [5 - x for x in answers]
    assert score("rses", mirrored).total == 30 - score("rses", answers).total


@given(any_instrument_with_answers, st.data())
def test_it_moves_the_total_the_way_the_raised_item_points(
    case: tuple[str, list[int]], data: st.DataObject
) -> None:
    instrument_id, answers = case
    spec = SPECS[instrument_id]
    index = data.draw(st.integers(0, spec.item_count - 1))
    if answers[index] == spec.max_answer:
        return
    raised = [*answers]
    raised[index] += 1
    before, after = score(instrument_id, answers).total, score(instrument_id, raised).total
    if index + 1 in spec.reverse_items:
        assert after < before
    else:
        assert after > before
    if instrument_id in {"gad7", "phq9", "pcl5", "rses"}:
        assert abs(after - before) == 1


@given(answers_for("phq9"))
def test_it_flags_phq9_exactly_when_item_9_is_above_zero(answers: list[int]) -> None:
    assert score("phq9", answers).safety_flag is (answers[8] > 0)


@given(answers_for("pcl5"))
def test_it_makes_pcl5_clusters_add_up_to_the_total(answers: list[int]) -> None:
    result = score("pcl5", answers)
    assert sum((result.clusters or {}).values()) == result.total
    assert sorted(i for items in PCL5_CLUSTERS.values() for i in items) == list(range(1, 21))


# --- Invalid input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instrument_id", "answers", "fragment"),
    [
        ("gad7", [0] * 6, "has 7 questions, so it needs 7 answers, and 6 came in."),
        ("phq9", [0] * 10, "needs 9 answers, and 10 came in."),
        ("gad7", [0, 0, 0, 4, 0, 0, 0], "Answer 4 is 4, and GAD-7 answers go from 0 to 3."),
        ("scssf", [0] * 12, "Answer 1 is 0, and SCS-SF answers go from 1 to 5."),
        ("rses", [1] * 9 + [5], "Answer 10 is 5"),
        ("pcl5", [0] * 19 + [-1], "Answer 20 is -1"),
        ("gad7", [0, True, 0, 0, 0, 0, 0], "Answer 2 needs to be a whole number from 0 to 3."),
        ("gad7", [0, 0, 1.0, 0, 0, 0, 0], "Answer 3 needs to be a whole number"),
        ("gad7", [0, 0, 0, "1", 0, 0, 0], "Answer 4 needs to be a whole number"),
        ("gad7", [0, 0, 0, 0, None, 0, 0], "Answer 5 needs to be a whole number"),
        ("gad7", "0000000", "need to come as a list"),
        ("gad7", None, "need to come as a list"),
    ],
)
def test_it_refuses_answers_it_cannot_score_with_one_kind_sentence(
    instrument_id: str, answers: object, fragment: str
) -> None:
    with pytest.raises(AnswersInvalid) as caught:
        score(instrument_id, answers)  # type: ignore[arg-type]
    message = str(caught.value)
    assert fragment in message
    assert message.endswith(".")
    assert message.count(". ") == 0  # one sentence
    assert not BANNED.search(message)


@pytest.mark.parametrize("instrument_id", ["who5", "GAD7", "checkin", "", None])
def test_it_names_an_unknown_instrument_plainly(instrument_id: object) -> None:
    with pytest.raises(UnknownInstrument, match="There is no questionnaire called"):
        score(instrument_id, [0] * 7)  # type: ignore[arg-type]


def test_it_treats_an_unknown_instrument_as_invalid_answers_too() -> None:
    assert issubclass(UnknownInstrument, AnswersInvalid)
    assert issubclass(AnswersInvalid, ValueError)
