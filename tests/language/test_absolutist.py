"""Absolutist words: the published list, our additions, whole words only, offsets, bad input."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selftrust.language.absolutist import (
    ABSOLUTIST_WORDS,
    ADDED_WORDS,
    PUBLISHED_WORDS,
    WordMatch,
    find_absolutist_words,
)


def words(text: str) -> list[str]:
    return [m.word for m in find_absolutist_words(text)]


def test_it_keeps_the_published_list_of_nineteen_words_exactly() -> None:
    # Al-Mosaiwi & Johnstone (2018); additions go in ADDED_WORDS, with a reason each.
    published = {
        "absolutely", "all", "always", "complete", "completely", "constant", "constantly",
        "definitely", "entire", "ever", "every", "everyone", "everything", "full", "must",
        "never", "nothing", "totally", "whole",
    }  # fmt: skip
    assert len(published) == 19
    assert published == PUBLISHED_WORDS
    assert ABSOLUTIST_WORDS == PUBLISHED_WORDS | ADDED_WORDS
    assert not PUBLISHED_WORDS & ADDED_WORDS


@pytest.mark.parametrize("word", sorted(ABSOLUTIST_WORDS))
def test_it_finds_every_word_on_the_list(word: str) -> None:
    assert words(f"It is {word} like that.") == [word]


def test_it_finds_no_one_however_it_is_written() -> None:
    assert words("No one came. no-one called. noone wrote. no\none knew.") == [
        "No one", "no-one", "noone", "no\none"
    ]  # fmt: skip


def test_it_matches_whole_words_only() -> None:
    assert words("small hallways, however, several fullness, mustard, nevertheless") == []
    assert words("forever and ever, but not everyone's everything") == [
        "forever", "ever", "everyone", "everything"
    ]  # fmt: skip


def test_it_returns_the_word_as_written_with_offsets_into_the_original_text() -> None:
    text = "I ALWAYS mess up. Everyone’s fine. İİ Never mind."
    matches = find_absolutist_words(text)
    assert [m.word for m in matches] == ["ALWAYS", "Everyone", "Never"]
    for m in matches:
        assert text[m.start : m.end] == m.word


def test_it_lists_the_words_in_the_order_they_appear() -> None:
    matches = find_absolutist_words("nothing ever works, I always lose, never again")
    assert [m.word for m in matches] == ["nothing", "ever", "always", "never"]


def test_it_returns_nothing_for_empty_or_calm_text() -> None:
    assert find_absolutist_words("") == ()
    assert find_absolutist_words("I had soup and went to bed early.") == ()


def test_it_reads_a_megabyte_and_junk_without_trouble() -> None:
    text = ("I always feel like nothing works. " * 40_000)[:1_000_000]
    assert len(find_absolutist_words(text)) > 50_000
    for junk in ("\x00\xff" * 1000, "😭 never 😭", "\ud800 всегда always 总是"):
        assert all(isinstance(m, WordMatch) for m in find_absolutist_words(junk))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_it_never_raises_and_keeps_offsets_in_bounds(text: str) -> None:
    matches = find_absolutist_words(text)
    assert [m.start for m in matches] == sorted(m.start for m in matches)
    for m in matches:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.word
