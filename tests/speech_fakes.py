"""A fast, deterministic stand-in for a speech engine (tests never need a real voice)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from selftrust.services import speech
from selftrust.services.speech import Pcm

RATE = 8_000


@dataclass
class FakeEngine:
    name: str = "fake"
    voice: str = "test-voice"
    version: str = "1.0"
    spoken: list[str] = field(default_factory=list)

    def synthesize(self, text: str) -> Pcm:
        self.spoken.append(text)
        # One short tone-ish burst per word, so longer text makes longer audio.
        return Pcm(b"\x10\x27" * (RATE // 10) * len(text.split()), RATE)


def use_fake_speech(
    monkeypatch: pytest.MonkeyPatch, *, encoder: speech.Encoder = speech.WAV
) -> FakeEngine:
    """Make the app see the fake engine (and, by default, plain WAV output)."""
    engine = FakeEngine()
    monkeypatch.setattr(speech, "detect_engine", lambda: engine)
    monkeypatch.setattr(speech, "detect_encoder", lambda: encoder)
    return engine


def use_no_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the app see a computer without any speech engine."""
    monkeypatch.setattr(speech, "detect_engine", lambda: None)
