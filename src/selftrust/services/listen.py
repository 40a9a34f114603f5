"""What can be listened to (every lesson, every practice at every length) and how to offer it.

Pages ask for an Offer: a player when a speech engine is installed, otherwise a short note on
how to turn speech on. Nothing here renders audio on its own: the audio route and
`selftrust audio build` do (services/audio.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from selftrust.content import listen_copy as copy
from selftrust.content.lessons import Lesson
from selftrust.content.practices import PRACTICES
from selftrust.services import audio, lessons, practices, speech
from selftrust.services.audio import AudioItem, Segment
from selftrust.services.practices import Script
from selftrust.services.runtime import Runtime


@dataclass(frozen=True, slots=True)
class Offer:
    """A player (url) or, when no engine is installed, a note on how to enable speech."""

    url: str | None
    note: str | None
    ready: bool  # already rendered: plays at once


def practice_item(chosen: Script) -> AudioItem:
    """Return the paced audio of one practice version (steps with their pauses)."""
    practice, version = chosen.practice, chosen.version
    segments = [Segment(practice.title, 1.5)]
    if practice.content_note:
        segments.append(Segment(f"Content note. {practice.content_note}", 1.5))
    segments.append(Segment(practice.options, 2.0))
    segments += [Segment(step.text, step.pause_seconds) for step in version.steps]
    segments.append(Segment(practice.closing, 0.5))
    query = {"version": version.id} | ({"skip": list(chosen.skipped)} if chosen.skipped else {})
    return AudioItem(
        kind="practice",
        id=f"{practice.id}:{version.id}" + "".join(f"-{a}" for a in chosen.skipped),
        title=f"{practice.title} ({version.label.lower()})",
        segments=tuple(segments),
        url=f"/listen/practices/{practice.id}?{urlencode(query, doseq=True)}",
    )


def lesson_item(lesson: Lesson) -> AudioItem:
    """Return the spoken version of a lesson."""
    parts = lessons.spoken_parts(lesson)
    return AudioItem(
        kind="lesson",
        id=lesson.slug,
        title=lesson.title,
        segments=tuple(Segment(p.text, p.pause_seconds) for p in parts),
        url=f"/listen/lessons/{lesson.slug}",
    )


def all_items() -> list[AudioItem]:
    """Return everything `selftrust audio build` renders: each lesson, each practice length."""
    items = [lesson_item(lesson) for lesson in lessons.list_lessons()]
    for practice in PRACTICES.values():
        items += [practice_item(practices.script(practice.id, v.id)) for v in practice.versions]
    return items


def _offer(rt: Runtime, item: AudioItem) -> Offer:
    if speech.detect_engine() is None:
        return Offer(url=None, note=copy.NO_ENGINE, ready=False)
    return Offer(url=item.url, note=None, ready=audio.find_cached(rt, item) is not None)


def offer_for_practice(rt: Runtime, chosen: Script) -> Offer:
    """Return how to listen to this practice version."""
    return _offer(rt, practice_item(chosen))


def offer_for_lesson(rt: Runtime, lesson: Lesson) -> Offer:
    """Return how to listen to this lesson."""
    return _offer(rt, lesson_item(lesson))


@dataclass(frozen=True, slots=True)
class Status:
    engine: str | None
    voice: str | None
    encoder: str
    ready: int
    total: int
    bytes_on_disk: int
    missing: tuple[str, ...]


def status(rt: Runtime) -> Status:
    """Return which engine is in use and how much audio is rendered already."""
    engine = speech.detect_engine()
    items = all_items()
    missing = tuple(i.title for i in items if audio.find_cached(rt, i) is None)
    return Status(
        engine=None if engine is None else f"{engine.name} {engine.version}",
        voice=None if engine is None else engine.voice,
        encoder=speech.detect_encoder().name,
        ready=len(items) - len(missing) if engine else 0,
        total=len(items),
        bytes_on_disk=audio.cache_size(rt),
        missing=missing,
    )


def build(
    rt: Runtime,
    items: Iterable[AudioItem] | None = None,
    *,
    progress: Callable[[AudioItem, audio.CachedAudio], None] | None = None,
) -> list[audio.CachedAudio]:
    """Render every item not yet cached (raises SpeechUnavailable when there is no engine)."""
    done = []
    for item in all_items() if items is None else items:
        rendered = audio.ensure(rt, item)
        done.append(rendered)
        if progress is not None:
            progress(item, rendered)
    return done
