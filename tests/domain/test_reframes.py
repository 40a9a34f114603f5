from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from fractions import Fraction
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selftrust.domain.mistakes import ChoiceLinkInvalid, check_choice_id
from selftrust.domain.reframe_trend import LABELING, ReframeFacts, compute_trend, last_months
from selftrust.domain.reframes import (
    KEEP,
    ReframeFields,
    ReframeInputError,
    ReframeStatus,
    Span,
    check_changes,
    check_feeling,
    check_new_reframe,
    check_search,
    check_status,
    highlight,
)
from selftrust.domain.text import InputInvalid, TextInvalid


@pytest.mark.parametrize("value", [0, 5, 10, None])
def test_it_takes_whole_feeling_numbers_from_0_to_10(value: int | None) -> None:
    assert check_feeling(value, label="The feeling") == value


@pytest.mark.parametrize("value", [-1, 11, 100, True, False, 5.0, "5", "", [5]])
def test_it_refuses_anything_else_as_a_feeling_with_one_clear_sentence(value: object) -> None:
    with pytest.raises(ReframeInputError, match="whole number from 0 to 10"):
        check_feeling(value, label="The feeling")


def test_a_new_reframe_needs_a_thought_and_keeps_every_text_as_written() -> None:
    with pytest.raises(TextInvalid, match="The thought is empty"):
        check_new_reframe(thought="   ")
    fields = check_new_reframe(thought="  I'm hopeless  ", reply="  ", friend_words="You try")
    assert fields == ReframeFields(thought="  I'm hopeless  ", friend_words="You try")


def test_changes_leave_out_what_is_kept_and_clear_what_is_none() -> None:
    base = ReframeFields(thought="t", feeling_before=7, reply="r")
    changes = check_changes(reply=None, feeling_after=3, status="done")
    assert changes.thought is KEEP
    assert changes.texts == (None,)
    assert changes.apply(base) == ReframeFields(
        thought="t", feeling_before=7, reply=None, feeling_after=3, status=ReframeStatus.DONE
    )


def test_it_knows_only_two_statuses() -> None:
    assert check_status("done") is ReframeStatus.DONE
    for value in ("finished", None, 1, "DRAFT"):
        with pytest.raises(ReframeInputError):
            check_status(value)


def test_a_search_is_trimmed_and_bounded() -> None:
    assert check_search("  kind ") == "kind"
    assert check_search("   ") is None
    with pytest.raises(InputInvalid):
        check_search("x" * 201)


def test_a_choice_link_is_a_positive_record_number() -> None:
    assert check_choice_id(None) is None
    assert check_choice_id(3) == 3
    for value in (0, -2, True, "3", 2**31):
        with pytest.raises(ChoiceLinkInvalid):
            check_choice_id(value)


def test_highlights_mark_overlapping_words_without_changing_the_sentence() -> None:
    text = "I always ruin everything"
    segments = highlight(text, [Span(2, 24, "overgeneralizing"), Span(2, 8, "absolutist")])
    assert [(s.text, s.tags) for s in segments] == [
        ("I ", ()),
        ("always", ("overgeneralizing", "absolutist")),
        (" ruin everything", ("overgeneralizing",)),
    ]


spans = st.builds(
    Span, st.integers(-5, 60), st.integers(-5, 60), st.sampled_from(["a", "b", "labeling"])
)


@given(st.text(max_size=50), st.lists(spans, max_size=8))
def test_joining_the_highlight_segments_always_gives_the_sentence_back(
    text: str, found: list[Span]
) -> None:
    segments = highlight(text, found)
    assert "".join(s.text for s in segments) == text
    position = 0
    for segment in segments:
        end = position + len(segment.text)
        for span in found:
            covers = span.start <= position and end <= span.end and span.start < span.end
            assert (span.tag in segment.tags) or not covers
        position = end


START = datetime(2026, 1, 31, 23, 30, tzinfo=UTC)
facts = st.builds(
    ReframeFacts,
    created_at=st.integers(0, 400).map(lambda days: START + timedelta(days=days, hours=days)),
    traps=st.lists(st.sampled_from([LABELING, "blaming", "comparing"]), max_size=3).map(tuple),
    absolutist_words=st.lists(st.sampled_from(["always", "never"]), max_size=2).map(tuple),
    feeling_before=st.none() | st.integers(0, 10),
    feeling_after=st.none() | st.integers(0, 10),
)


@given(st.lists(facts, max_size=40))
def test_the_trend_counts_every_entry_once_with_exact_shares(entries: list[ReframeFacts]) -> None:
    trend = compute_trend(entries)
    assert trend.entries == len(entries)
    assert [m.month for m in trend.months] == sorted({m.month for m in trend.months})
    for month in trend.months:
        assert 0 <= month.labeling_share <= 1
        assert 0 <= month.absolutist_share <= 1
        mine = [e for e in entries if e.created_at.strftime("%Y-%m") == month.month]
        assert month.entries == len(mine)
        assert month.with_labeling == sum(LABELING in e.traps for e in mine)
        assert month.with_absolutist == sum(bool(e.absolutist_words) for e in mine)


@given(st.lists(facts, max_size=40))
def test_the_average_drop_is_the_mean_over_entries_with_both_numbers(
    entries: list[ReframeFacts],
) -> None:
    rated = [e for e in entries if e.feeling_before is not None and e.feeling_after is not None]
    trend = compute_trend(entries)
    assert trend.rated_both == len(rated)
    if not rated:
        assert trend.average_drop is None
        return
    drops = [(e.feeling_before or 0) - (e.feeling_after or 0) for e in rated]
    exact = Fraction(sum(drops), len(rated))
    assert trend.average_drop == pytest.approx(float(exact))
    assert -10 <= trend.average_drop <= 10


@given(st.lists(facts, max_size=30), st.randoms())
def test_the_trend_does_not_depend_on_the_order_of_entries(
    entries: list[ReframeFacts], rnd: Random
) -> None:
    shuffled = list(entries)
    rnd.shuffle(shuffled)
    assert compute_trend(shuffled) == compute_trend(entries)


def test_the_month_follows_the_time_zone_given() -> None:
    late = ReframeFacts(START, (LABELING,), (), 8, 5)
    assert [m.month for m in compute_trend([late]).months] == ["2026-01"]
    plus_two = timezone(timedelta(hours=2))
    assert [m.month for m in compute_trend([late], tz=plus_two).months] == ["2026-02"]


def test_the_chart_keeps_only_the_latest_months() -> None:
    entries = [ReframeFacts(START + timedelta(days=31 * i), (), (), None, None) for i in range(15)]
    trend = compute_trend(entries)
    assert len(last_months(trend, 12)) == 12
    assert last_months(trend, 12)[-1] == trend.months[-1]
    assert last_months(trend, 0) == ()


@pytest.mark.parametrize("query", ["a\x00b", "\x00", "lone \ud800"])
def test_a_search_with_characters_that_cannot_be_stored_gets_a_clear_sentence(query: str) -> None:
    from selftrust.domain.reframes import check_search
    from selftrust.domain.text import InputInvalid

    with pytest.raises(InputInvalid):
        check_search(query)
