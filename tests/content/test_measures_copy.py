"""The words around scores: kind, plain, and never claiming more than the numbers hold."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal

from selftrust.content import measures_copy as words
from selftrust.content.instruments import INSTRUMENTS
from selftrust.domain.checkin import trend
from selftrust.domain.measure_change import change
from selftrust.domain.measures import score

BANNED = re.compile(
    r"\b(fail\w*|must|should|streak\w*|broken|wrong|panic button|trigger warning|no risk|"
    r"not at risk|good job)\b",
    re.IGNORECASE,
)
THEN = datetime(2026, 3, 1, tzinfo=UTC)


def test_no_sentence_uses_words_kept_out_of_our_copy() -> None:
    for name in dir(words):
        value = getattr(words, name)
        texts = value.values() if isinstance(value, Mapping) else [value]
        for text in texts:
            if isinstance(text, str):
                assert not BANNED.search(text), f"{name}: {text}"


def test_a_meaningful_change_is_named_only_from_the_published_threshold() -> None:
    gad7 = INSTRUMENTS["gad7"]
    below = " ".join(words.change_sentences(gad7, change("gad7", 12, 9), THEN))
    at = " ".join(words.change_sentences(gad7, change("gad7", 12, 8), THEN))
    assert "3 points lower" in below
    assert "describe as meaningful" not in below
    assert "at least the 4-point change the authors of the GAD-7 describe as meaningful" in at
    assert "weighing on you less" in at


def test_a_worsening_is_described_without_alarm_and_with_company() -> None:
    lines = " ".join(words.change_sentences(INSTRUMENTS["phq9"], change("phq9", 4, 12), THEN))
    assert "8 points higher" in lines
    assert "You don't have to carry that alone" in lines


def test_the_pcl5_response_is_named_apart_from_meaningful_change() -> None:
    lines = " ".join(words.change_sentences(INSTRUMENTS["pcl5"], change("pcl5", 40, 34), THEN))
    assert "call a response" in lines
    assert "describe as meaningful" not in lines


def test_scales_without_a_threshold_only_show_the_difference() -> None:
    moved = change("scssf", Decimal("2.50"), Decimal("3.08"))
    lines = words.change_sentences(INSTRUMENTS["scssf"], moved, THEN)
    assert lines[0] == "Your total went from 2.50 (1 Mar 2026) to 3.08: 0.58 higher."
    assert "publish no size of change" in lines[1]
    same = words.change_sentences(INSTRUMENTS["rses"], change("rses", 20, 20), THEN)
    assert same == ["Your total is 20, the same as last time (1 Mar 2026)."]


def test_result_notes_follow_the_band_then_the_raised_flags() -> None:
    phq9 = INSTRUMENTS["phq9"]
    notes = words.result_notes(phq9, score("phq9", [1] * 8 + [2]))
    assert notes[0] == phq9.result_notes["moderate"]
    assert notes[1] == phq9.result_notes["safety_flag"]
    assert words.result_notes(phq9, score("phq9", [0] * 9)) == [phq9.result_notes["minimal"]]


def test_the_trend_sentence_stays_neutral() -> None:
    rising = trend([4, 6])
    assert rising is not None
    assert words.trend_sentence("Abilities", rising) == (
        "Abilities: higher over your latest check-in (average 6) than the check-in before "
        "(average 4)."
    )


def test_question_lists_read_naturally() -> None:
    assert words.question_list((3,)) == "question 3"
    assert words.question_list((2, 3, 5)) == "questions 2, 3 and 5"
    assert words.mean_text(Decimal("6.50")) == "6.5"
