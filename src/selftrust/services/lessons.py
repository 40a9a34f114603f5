"""Lessons: Markdown rendered safely to HTML, spoken text for Listen, private reflections."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from selftrust.content.lessons import Lesson, all_lessons, find_lesson
from selftrust.domain.lessons import Reflection, check_reflection
from selftrust.domain.profile import Profile
from selftrust.services.runtime import Runtime
from selftrust.services.safety import Saved, check_texts
from selftrust.storage import lessons as store
from selftrust.storage.errors import NotFound


@dataclass(frozen=True, slots=True)
class SpokenPart:
    text: str
    pause_seconds: float


@cache
def _markdown() -> Any:
    # Imported here: only pages that show a lesson need it. Raw HTML in a lesson is escaped
    # (html=False), so a lesson file can never inject markup or scripts into a page.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def list_lessons() -> tuple[Lesson, ...]:
    """Return every lesson in reading order."""
    return all_lessons()


def get_lesson(slug: str) -> Lesson:
    """Return the lesson with this slug, or raise NotFound."""
    lesson = find_lesson(slug)
    if lesson is None:
        raise NotFound(f"There is no lesson called {slug[:60]!r}.")
    return lesson


def lesson_html(lesson: Lesson) -> str:
    """Return the lesson body as safe HTML (headings start at h2 under the page's h1)."""
    return str(_markdown().render(lesson.markdown))


def spoken_parts(lesson: Lesson) -> list[SpokenPart]:
    """Return the lesson as plain sentences to speak: title, content note, then each block."""
    parts = [SpokenPart(lesson.title, 1.0)]
    if lesson.content_note:
        parts.append(SpokenPart(f"Content note. {lesson.content_note}", 1.0))
    tokens = _markdown().parse(lesson.markdown)
    for index, token in enumerate(tokens):
        if token.type != "inline":
            continue
        words = "".join(
            " " if child.type in ("softbreak", "hardbreak") else child.content
            for child in token.children or []
        ).strip()
        opener = tokens[index - 1].type if index else ""
        pause = 1.0 if opener == "heading_open" else 0.6
        if words:
            parts.append(SpokenPart(words, pause))
    return parts


def get_reflection(rt: Runtime, profile: Profile, slug: str) -> Reflection | None:
    """Return the person's reflection on a lesson, if they wrote one."""
    get_lesson(slug)
    with rt.db.transaction() as conn:
        return store.find(conn, profile, slug)


def save_reflection(rt: Runtime, profile: Profile, slug: str, text: object) -> Saved[Reflection]:
    """Save the reflection under a lesson exactly as written, and check it for crisis."""
    lesson = get_lesson(slug)
    checked = check_reflection(text)
    with rt.db.transaction() as conn:
        saved = store.save(conn, profile, lesson.slug, checked, now=rt.now())
        return Saved(saved, check_texts(conn, profile, [checked]))


def delete_reflection(rt: Runtime, profile: Profile, slug: str) -> None:
    """Delete the reflection under a lesson for good."""
    get_lesson(slug)
    with rt.db.transaction() as conn:
        if not store.delete(conn, profile, slug):
            raise NotFound("There is no reflection on this lesson to delete.")


def all_reflections(rt: Runtime, profile: Profile) -> list[Reflection]:
    """Return every reflection the person wrote, oldest first."""
    with rt.db.transaction() as conn:
        return store.all_for(conn, profile)
