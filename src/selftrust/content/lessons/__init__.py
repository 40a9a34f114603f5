"""Lessons and the FAQ: Markdown files in this folder, each with a small front matter block.

    ---
    title: What self-trust is
    order: 1
    reading_minutes: 3
    summary: One sentence for the list of lessons.
    content_note: Optional; shown before the lesson when it may stir things up.
    ---

Our own plain words, grade 8 or below (a test checks readability and banned words).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

REQUIRED = ("title", "order", "reading_minutes", "summary")
OPTIONAL = ("content_note",)


class LessonFileInvalid(ValueError):
    """A lesson file is missing its front matter or a required part."""


@dataclass(frozen=True, slots=True)
class Lesson:
    slug: str
    title: str
    order: int
    reading_minutes: int
    summary: str
    content_note: str | None
    markdown: str


def parse(slug: str, text: str) -> Lesson:
    """Read one lesson file: front matter between --- lines, then Markdown."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---" or "---" not in (s.strip() for s in lines[1:]):
        raise LessonFileInvalid(f"{slug}: the file starts with a --- front matter block.")
    end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        if not sep or key.strip() not in REQUIRED + OPTIONAL:
            raise LessonFileInvalid(f"{slug}: unknown front matter line {line!r}.")
        meta[key.strip()] = value.strip()
    missing = [k for k in REQUIRED if not meta.get(k)]
    if missing:
        raise LessonFileInvalid(f"{slug}: front matter needs {', '.join(missing)}.")
    return Lesson(
        slug=slug,
        title=meta["title"],
        order=int(meta["order"]),
        reading_minutes=int(meta["reading_minutes"]),
        summary=meta["summary"],
        content_note=meta.get("content_note") or None,
        markdown="\n".join(lines[end + 1 :]).strip() + "\n",
    )


@cache
def all_lessons() -> tuple[Lesson, ...]:
    """Return every lesson in reading order (read once from the package)."""
    folder = resources.files(__name__)
    found = [
        parse(entry.name.removesuffix(".md"), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".md")
    ]
    return tuple(sorted(found, key=lambda lesson: (lesson.order, lesson.slug)))


def find_lesson(slug: str) -> Lesson | None:
    """Return the lesson with this slug, or None."""
    return next((lesson for lesson in all_lessons() if lesson.slug == slug), None)
