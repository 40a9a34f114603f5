"""Offline speech: real-time factor per engine and size per minute per encoder.

Real-time factor = seconds of audio produced per second of compute (higher is faster). Size
per minute is measured on the same audio, as Ogg/Opus (when opusenc is installed) and as WAV.
The text is a real lesson and a real practice, so the speech and pauses are typical.
Engines that are not installed are reported as such (piper needs `pip install '.[voice]'`).
"""

from __future__ import annotations

import time

from selftrust.content.lessons import find_lesson
from selftrust.services import listen, practices, speech
from selftrust.services.audio import AudioItem, Segment, synthesize

ROUNDS = 3


def _items() -> list[AudioItem]:
    lesson = find_lesson("safety-before-confidence")
    assert lesson is not None
    return [listen.lesson_item(lesson), listen.practice_item(practices.script("body_scan", "1"))]


def _spoken_only(item: AudioItem) -> list[Segment]:
    # RTF is about the voice: leave the quiet pauses out, or they would flatter it.
    return [Segment(s.text, 0.0) for s in item.segments]


def main() -> int:
    items = _items()
    for name in ("piper", "espeak-ng"):
        engine = speech.engine_named(name)
        if engine is None:
            print(f"{name:10} not installed")
            continue
        synthesize(engine, [Segment("Warming up.", 0.0)])  # loads the voice once
        best = float("inf")
        produced = 0.0
        for _ in range(ROUNDS):
            started = time.perf_counter()
            produced = sum(synthesize(engine, _spoken_only(i)).seconds for i in items)
            best = min(best, time.perf_counter() - started)
        print(
            f"{name:10} {engine.version:24} real-time factor {produced / best:6.1f}x "
            f"({produced:.0f} s of speech in {best:.2f} s, best of {ROUNDS})"
        )
        paced = [synthesize(engine, i.segments) for i in items]
        minutes = sum(p.seconds for p in paced) / 60
        encoders = [speech.WAV]
        if speech.detect_encoder() is not speech.WAV:
            encoders.insert(0, speech.detect_encoder())
        for encoder in encoders:
            started = time.perf_counter()
            size = sum(len(encoder.encode(p)) for p in paced)
            took = time.perf_counter() - started
            print(
                f"{'':10} {encoder.name:8} {size / minutes / 1000:7.0f} KB per minute "
                f"({minutes:.1f} min paced audio, encoded in {took:.2f} s)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
