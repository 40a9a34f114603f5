"""The words shown beside each thinking trap: one for every trap, gentle and plain."""

import re

import pytest

from selftrust.content.thinking_traps import ABSOLUTIST_NOTE, TRAP_CONTENT, TrapContent
from selftrust.language.traps import Trap
from tests.content.readability import grade

# CONTENT.md: never these words in our own voice ("should" is fine inside quotes).
AVOID = re.compile(
    r"\b(?:fail|failure|must|should|wrong|streak|broken|panic button|trigger warning)\b", re.I
)


def own_words(text: str) -> str:
    return re.sub(r"“[^”]*”", "", text)


def test_it_has_content_for_every_trap_and_nothing_else() -> None:
    assert set(TRAP_CONTENT) == {t.value for t in Trap}


@pytest.mark.parametrize("trap", list(Trap), ids=[t.value for t in Trap])
def test_it_gives_each_trap_a_name_a_one_line_description_and_gentle_questions(
    trap: Trap,
) -> None:
    content = TRAP_CONTENT[trap.value]
    assert isinstance(content, TrapContent)
    assert content.name
    assert content.description.endswith(".")
    assert "\n" not in content.description
    assert 1 <= len(content.questions) <= 2
    assert all(q.endswith("?") for q in content.questions)


@pytest.mark.parametrize("trap", list(Trap), ids=[t.value for t in Trap])
def test_it_never_uses_the_words_we_avoid(trap: Trap) -> None:
    content = TRAP_CONTENT[trap.value]
    for text in (content.name, content.description, *content.questions):
        assert not AVOID.search(own_words(text)), text


def test_it_keeps_the_absolutist_note_gentle() -> None:
    assert ABSOLUTIST_NOTE.endswith(".")
    assert not AVOID.search(own_words(ABSOLUTIST_NOTE))


def test_it_reads_at_about_grade_eight_or_below() -> None:
    everything = " ".join(f"{c.description} {' '.join(c.questions)}" for c in TRAP_CONTENT.values())
    assert grade(everything) <= 8
    assert grade(ABSOLUTIST_NOTE) <= 8
    for content in TRAP_CONTENT.values():
        assert grade(content.description) <= 9, content.description


def test_it_cannot_be_changed_by_a_screen() -> None:
    with pytest.raises(TypeError):
        TRAP_CONTENT["labeling"] = TRAP_CONTENT["blaming"]  # type: ignore[index]
