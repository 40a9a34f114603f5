from __future__ import annotations

import pytest

from selftrust.content.lessons import parse
from selftrust.domain.profile import Profile
from selftrust.domain.text import TextInvalid
from selftrust.services import data, lessons
from selftrust.services.runtime import Runtime
from selftrust.storage.errors import NotFound


def test_markdown_is_rendered_without_letting_raw_html_through() -> None:
    lesson = parse(
        "x",
        "---\ntitle: T\norder: 1\nreading_minutes: 1\nsummary: S\n---\n"
        "## Hi\n\n<script>alert(1)</script> and [a link](javascript:alert(1)) **bold**\n",
    )
    html = lessons.lesson_html(lesson)
    assert "<h2>Hi</h2>" in html
    assert "<strong>bold</strong>" in html
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript:' not in html


def test_a_reflection_is_kept_exactly_one_per_lesson_and_private(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    saved = lessons.save_reflection(rt, dana, "faq", "  exactly as written 🌱 ")
    assert saved.record.text == "  exactly as written 🌱 "
    assert saved.safety.crisis is False
    again = lessons.save_reflection(rt, dana, "faq", "changed my mind")
    assert again.record.id == saved.record.id
    assert lessons.get_reflection(rt, robin, "faq") is None
    assert [r.text for r in lessons.all_reflections(rt, dana)] == ["changed my mind"]
    with pytest.raises(NotFound):
        lessons.delete_reflection(rt, robin, "faq")


def test_bad_input_saves_nothing(rt: Runtime, dana: Profile) -> None:
    with pytest.raises(TextInvalid, match="empty"):
        lessons.save_reflection(rt, dana, "faq", " ")
    with pytest.raises(NotFound, match="no lesson called"):
        lessons.save_reflection(rt, dana, "nowhere", "text")
    assert lessons.all_reflections(rt, dana) == []


def test_a_crisis_sentence_is_saved_and_flagged(rt: Runtime, dana: Profile) -> None:
    saved = lessons.save_reflection(rt, dana, "faq", "I keep thinking about killing myself")
    assert saved.safety.crisis
    assert saved.safety.show_card
    assert lessons.get_reflection(rt, dana, "faq") is not None


def test_reflections_are_exported_and_deleted(rt: Runtime, dana: Profile) -> None:
    lessons.save_reflection(rt, dana, "signs-to-notice", "I replay conversations.")
    document = data.export_everything(rt, dana)
    assert document["lesson_reflections"] == [
        {
            "lesson": "signs-to-notice",
            "text": "I replay conversations.",
            "created_at": document["lesson_reflections"][0]["created_at"],
            "updated_at": document["lesson_reflections"][0]["updated_at"],
        }
    ]
    assert data.delete_everything(rt, dana)["lesson_reflections"] == 1
    assert lessons.all_reflections(rt, dana) == []
