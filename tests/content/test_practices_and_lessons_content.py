"""Every practice and lesson has its required parts, reads plainly, and avoids banned words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from selftrust.content import body_copy, listen_copy
from selftrust.content.lessons import Lesson, LessonFileInvalid, all_lessons, parse
from selftrust.content.practices import PRACTICES
from selftrust.content.practices import copy as practice_copy
from selftrust.content.practices.body_scan import AREAS, BODY_SCAN
from tests.content.readability import grade, plain_text

# From CONTENT.md: words to avoid anywhere the app speaks ("wrong" too, to be safe).
BANNED = re.compile(
    r"\b(fail\w*|must|should|streaks?|broken|panic button|trigger warning|wrong|missed)\b",
    re.IGNORECASE,
)
GRADE_CEILING = 8.0
TOPICS = {
    "what-self-trust-is",
    "how-trauma-affects-self-trust",
    "signs-to-notice",
    "your-brain-can-relearn",
    "safety-before-confidence",
    "the-four-practices",
    "benefits-to-look-for",
    "faq",
    "finding-professional-help",
}


def _practice_texts() -> list[str]:
    texts = []
    for p in PRACTICES.values():
        texts += [p.title, p.summary, p.why_this_helps, p.options, p.closing]
        texts += [p.content_note or "", p.alternative or ""]
        texts += [s.text for v in p.versions for s in v.steps]
    return texts


def _module_strings(module: object) -> list[str]:
    found: list[str] = []
    for value in vars(module).values():
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            found += [v for v in value.values() if isinstance(v, str)]
        elif isinstance(value, tuple):
            found += [v for v in value if isinstance(v, str)]
    return found


def test_every_lesson_topic_of_the_issue_is_there() -> None:
    assert {lesson.slug for lesson in all_lessons()} == TOPICS


@pytest.mark.parametrize("lesson", all_lessons(), ids=lambda lesson: lesson.slug)
def test_every_lesson_has_front_matter_and_an_honest_reading_time(lesson: Lesson) -> None:
    assert lesson.title
    assert lesson.summary
    assert lesson.markdown.strip()
    words = len(lesson.markdown.split())
    # About 120-200 words a minute for careful reading.
    assert words / 200 - 1 <= lesson.reading_minutes <= words / 120 + 1
    assert "<" not in lesson.markdown  # no raw HTML


@pytest.mark.parametrize("lesson", all_lessons(), ids=lambda lesson: lesson.slug)
def test_every_lesson_reads_at_about_grade_8_or_below(lesson: Lesson) -> None:
    assert grade(plain_text(lesson.markdown)) <= GRADE_CEILING


def test_lessons_that_may_stir_things_up_carry_a_content_note() -> None:
    noted = {lesson.slug for lesson in all_lessons() if lesson.content_note}
    assert {"how-trauma-affects-self-trust", "finding-professional-help"} <= noted


def test_the_faq_answers_the_five_questions_of_the_issue() -> None:
    faq = next(lesson for lesson in all_lessons() if lesson.slug == "faq").markdown.lower()
    for question in (
        "can trauma really cause",
        "after many years",
        "how long does it take",
        "do i need therapy",
        "uncomfortable at first",
    ):
        assert question in faq


def test_no_banned_words_in_lessons_practices_or_copy() -> None:
    texts = [lesson.markdown + lesson.title + lesson.summary for lesson in all_lessons()]
    texts += [lesson.content_note or "" for lesson in all_lessons()]
    texts += _practice_texts()
    for module in (body_copy, listen_copy, practice_copy):
        texts += _module_strings(module)
    for text in texts:
        assert not BANNED.search(text), BANNED.search(text)


def test_practice_scripts_read_plainly() -> None:
    for practice in PRACTICES.values():
        steps = " ".join(s.text for s in practice.default_version.steps)
        assert grade(steps) <= GRADE_CEILING, practice.id


def test_every_practice_has_its_required_parts() -> None:
    for practice in PRACTICES.values():
        assert practice.why_this_helps, practice.id
        assert practice.sources, practice.id
        assert "stop" in practice.options.lower(), practice.id
        assert practice.closing, practice.id
        assert practice.versions, practice.id
        assert all(v.steps for v in practice.versions), practice.id
        assert all(s.pause_seconds >= 0 for v in practice.versions for s in v.steps)


def test_the_body_scan_is_trauma_sensitive_and_comes_in_1_3_and_5_minutes() -> None:
    assert [v.id for v in BODY_SCAN.versions] == ["1", "3", "5"]
    for version in BODY_SCAN.versions:
        assert 0.7 * int(version.id) * 60 <= version.seconds <= 1.4 * int(version.id) * 60
    assert BODY_SCAN.default_version.id == "3"
    assert "eyes open" in BODY_SCAN.options.lower()
    assert "skip" in BODY_SCAN.options.lower()
    assert BODY_SCAN.content_note
    assert "Mehling" in BODY_SCAN.why_this_helps
    assert "Kabat-Zinn" in BODY_SCAN.why_this_helps
    five = BODY_SCAN.version("5")
    assert five is not None
    assert {s.area for s in five.steps if s.area} == set(AREAS)
    assert not any(s.area == "chest" for s in five.without(frozenset({"chest"})).steps)


def test_the_practices_list_reuses_grounding_and_links_the_self_compassion_break() -> None:
    from selftrust.content import grounding

    assert set(PRACTICES) == {
        "body_scan",
        "five_senses",
        "orienting",
        "paced_breathing",
        "self_compassion_break",
    }
    assert [s.text for s in PRACTICES["orienting"].versions[0].steps] == list(
        grounding.ORIENTING.steps
    )
    assert PRACTICES["self_compassion_break"].path == "/practices/self-compassion-break"


def test_the_days_sentence_never_counts_what_was_not_done() -> None:
    for days in range(29):
        sentence = practice_copy.days_sentence(days)
        assert not BANNED.search(sentence)
        assert "miss" not in sentence.lower()


def test_a_lesson_file_without_front_matter_is_refused_clearly() -> None:
    with pytest.raises(LessonFileInvalid, match="front matter"):
        parse("x", "# Just a heading\n")
    with pytest.raises(LessonFileInvalid, match="needs"):
        parse("x", "---\ntitle: A\n---\nBody\n")


def test_lesson_files_live_in_the_package() -> None:
    folder = Path(__file__).parents[2] / "src" / "selftrust" / "content" / "lessons"
    assert len(list(folder.glob("*.md"))) == len(all_lessons())
