"""Audio for "Listen": rendered once, cached by content, never served broken.

A file's name is a hash of its words and pauses, the engine, its voice and version, and the
encoder, so a change to any of them renders anew and old files are never reused by mistake.
Next to each file a small JSON record keeps its size and SHA-256; a file that does not match
(cut short by a crash, edited, damaged disk) is rendered again before it is served.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from selftrust.services import speech
from selftrust.services.runtime import Runtime
from selftrust.services.speech import Encoder, Engine, Pcm, SpeechUnavailable

FORMAT_VERSION = 1  # bump when the way segments are joined changes
MAGIC = {"opus": b"OggS", "wav": b"RIFF"}


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    pause_seconds: float = 0.8


@dataclass(frozen=True, slots=True)
class AudioItem:
    """Something that can be listened to: a lesson, or a practice at one length."""

    kind: str  # "lesson" or "practice"
    id: str
    title: str
    segments: tuple[Segment, ...]
    url: str


@dataclass(frozen=True, slots=True)
class CachedAudio:
    path: Path
    media_type: str
    seconds: float
    size: int
    rendered_now: bool


def audio_dir(rt: Runtime) -> Path:
    """The folder audio is cached in: SELFTRUST_HOME/audio."""
    return rt.settings.home / "audio"


def cache_key(item: AudioItem, engine: Engine, encoder: Encoder) -> str:
    """Return the content hash that names this item's audio file."""
    identity = {
        "format": FORMAT_VERSION,
        "segments": [[s.text, s.pause_seconds] for s in item.segments],
        "engine": [engine.name, engine.voice, engine.version],
        "encoder": encoder.name,
    }
    encoded = json.dumps(identity, ensure_ascii=False, sort_keys=True).encode()
    return hashlib.sha256(encoded).hexdigest()[:32]


def _paths(rt: Runtime, key: str, encoder: Encoder) -> tuple[Path, Path]:
    folder = audio_dir(rt)
    return folder / f"{key}.{encoder.extension}", folder / f"{key}.json"


def _valid(audio: Path, record: Path, extension: str) -> dict[str, object] | None:
    """Return the record when the audio file is whole and matches it, else None."""
    try:
        meta = json.loads(record.read_text())
        data = audio.read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("size") != len(data):
        return None
    if not data.startswith(MAGIC[extension]):
        return None
    if meta.get("sha256") != hashlib.sha256(data).hexdigest():
        return None
    return meta


def find_cached(rt: Runtime, item: AudioItem) -> CachedAudio | None:
    """Return the item's audio if it is cached and whole (never renders)."""
    engine = speech.detect_engine()
    if engine is None:
        return None
    encoder = speech.detect_encoder()
    audio, record = _paths(rt, cache_key(item, engine, encoder), encoder)
    meta = _valid(audio, record, encoder.extension)
    if meta is None:
        return None
    seconds = meta.get("seconds")
    return CachedAudio(
        path=audio,
        media_type=encoder.media_type,
        seconds=float(seconds) if isinstance(seconds, int | float) else 0.0,
        size=audio.stat().st_size,
        rendered_now=False,
    )


def synthesize(engine: Engine, segments: Sequence[Segment]) -> Pcm:
    """Speak each segment and join them with its pause (the pacing of a practice)."""
    frames: list[bytes] = []
    rate = 0
    for segment in segments:
        if not segment.text.strip():
            continue
        spoken = engine.synthesize(segment.text)
        if rate and spoken.rate != rate:
            raise SpeechUnavailable("The speech engine changed its sample rate mid-way.")
        rate = spoken.rate
        frames += [spoken.frames, spoken.silence(segment.pause_seconds)]
    return Pcm(b"".join(frames), rate or 22_050)


def _write_atomically(path: Path, data: bytes) -> None:
    # Write beside the target, then rename: a crash never leaves a half file under the name.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def ensure(rt: Runtime, item: AudioItem) -> CachedAudio:
    """Return the item's audio, rendering it first when it is missing or damaged."""
    found = find_cached(rt, item)
    if found is not None:
        return found
    engine = speech.detect_engine()
    if engine is None:
        raise SpeechUnavailable("No speech engine is installed on this computer.")
    encoder = speech.detect_encoder()
    audio, record = _paths(rt, cache_key(item, engine, encoder), encoder)
    pcm = synthesize(engine, item.segments)
    data = encoder.encode(pcm)
    audio.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(audio, data)
    meta = {
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "seconds": round(pcm.seconds, 2),
        "engine": engine.name,
        "voice": engine.voice,
        "engine_version": engine.version,
        "encoder": encoder.name,
        "kind": item.kind,
        "id": item.id,
    }
    _write_atomically(record, json.dumps(meta).encode())
    return CachedAudio(audio, encoder.media_type, pcm.seconds, len(data), rendered_now=True)


def cache_size(rt: Runtime) -> int:
    """Return the bytes the audio cache takes on disk."""
    folder = audio_dir(rt)
    if not folder.is_dir():
        return 0
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
