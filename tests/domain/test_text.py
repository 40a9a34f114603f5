from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selftrust.domain.notes import check_note_text
from selftrust.domain.text import NOTE_MAX_CHARS, TextInvalid, check_optional_text


def test_it_keeps_the_text_exactly_as_written() -> None:
    text = "  Ich war müde 😴\n\tand that was okay.  \r\n"
    assert check_note_text(text) is text


def test_it_accepts_exactly_the_longest_note() -> None:
    assert len(check_note_text("a" * NOTE_MAX_CHARS)) == NOTE_MAX_CHARS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty"),
        ("   \n\t", "empty"),
        ("a" * (NOTE_MAX_CHARS + 1), "20,000"),
        ("nul\x00char", "null character"),
        ("lone \ud800 surrogate", "broken character"),
        (42, "needs to be text"),
        (False, "needs to be text"),
        (None, "needs to be text"),
    ],
)
def test_it_refuses_text_that_cannot_be_kept_with_a_clear_sentence(
    text: object, expected: str
) -> None:
    with pytest.raises(TextInvalid, match=expected):
        check_note_text(text)


def test_optional_text_treats_blank_as_left_empty() -> None:
    assert check_optional_text("  ", label="The gut", max_chars=10) is None
    assert check_optional_text(None, label="The gut", max_chars=10) is None


@given(
    st.text(min_size=1, max_size=300).filter(
        lambda t: (
            t.strip() != "" and "\x00" not in t and not any(0xD800 <= ord(c) <= 0xDFFF for c in t)
        )
    )
)
def test_any_storable_text_comes_back_unchanged(text: str) -> None:
    assert check_note_text(text) == text
