from __future__ import annotations

import json

import pytest

from selftrust.services import audio, listen, practices, speech
from selftrust.services.audio import AudioItem, Segment
from selftrust.services.runtime import Runtime
from selftrust.services.speech import SpeechUnavailable
from tests.speech_fakes import use_fake_speech, use_no_speech

ITEM = AudioItem(
    kind="lesson",
    id="test",
    title="A test",
    segments=(Segment("Hello there.", 1.0), Segment("You are here.", 0.5)),
    url="/listen/lessons/test",
)


def test_the_same_text_renders_once_and_is_served_from_the_cache(
    rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = use_fake_speech(monkeypatch)
    first = audio.ensure(rt, ITEM)
    second = audio.ensure(rt, ITEM)
    assert first.rendered_now
    assert not second.rendered_now
    assert first.path == second.path
    assert first.path.parent == rt.settings.home / "audio"
    assert engine.spoken == ["Hello there.", "You are here."]  # spoken once only
    assert first.path.read_bytes().startswith(b"RIFF")


def test_pauses_become_silence_between_steps(rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_speech(monkeypatch)
    rendered = audio.ensure(rt, ITEM)
    # 2 words + 3 words at 0.1 s each, then 1.0 s and 0.5 s of quiet.
    assert rendered.seconds == pytest.approx(0.5 + 1.5, abs=0.01)


def test_a_change_to_text_engine_or_voice_makes_a_new_file(
    rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = use_fake_speech(monkeypatch)
    base = audio.cache_key(ITEM, engine, speech.WAV)
    changed_text = AudioItem("lesson", "test", "A test", (Segment("Hello."),), "/x")
    assert audio.cache_key(changed_text, engine, speech.WAV) != base
    engine.version = "2.0"
    assert audio.cache_key(ITEM, engine, speech.WAV) != base
    opus = speech.Encoder("opusenc", "opus", "audio/ogg", "/bin/false")
    assert audio.cache_key(ITEM, engine, opus) != audio.cache_key(ITEM, engine, speech.WAV)


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "no-record", "bad-record"])
def test_a_damaged_cache_file_is_rendered_again_never_served_broken(
    rt: Runtime, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    engine = use_fake_speech(monkeypatch)
    good = audio.ensure(rt, ITEM)
    original = good.path.read_bytes()
    record = good.path.with_suffix(".json")
    if damage == "truncate":
        good.path.write_bytes(original[: len(original) // 2])
    elif damage == "flip":
        good.path.write_bytes(original[:-1] + bytes([original[-1] ^ 0xFF]))
    elif damage == "garbage":
        good.path.write_bytes(b"not audio at all")
    elif damage == "no-record":
        record.unlink()
    else:
        record.write_text("{not json")
    assert audio.find_cached(rt, ITEM) is None
    again = audio.ensure(rt, ITEM)
    assert again.rendered_now
    assert again.path.read_bytes() == original
    assert json.loads(record.read_text())["size"] == len(original)
    assert len(engine.spoken) == 4


def test_without_an_engine_pages_get_a_kind_note_and_rendering_says_why(
    rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_no_speech(monkeypatch)
    offer = listen.offer_for_practice(rt, practices.script("orienting"))
    assert offer.url is None
    assert offer.note is not None
    assert "espeak-ng" in offer.note
    with pytest.raises(SpeechUnavailable, match="No speech engine"):
        audio.ensure(rt, ITEM)
    assert not (rt.settings.home / "audio").exists()
    status = listen.status(rt)
    assert status.engine is None
    assert status.ready == 0
    assert status.total > 10


def test_build_renders_everything_once_and_status_counts_it(
    rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_fake_speech(monkeypatch)
    seen: list[str] = []
    done = listen.build(rt, progress=lambda item, _: seen.append(item.title))
    status = listen.status(rt)
    assert len(done) == len(seen) == status.total == status.ready
    assert status.missing == ()
    assert status.bytes_on_disk == audio.cache_size(rt) > 0
    assert not any(d.rendered_now for d in listen.build(rt))


def test_a_practice_is_spoken_with_its_content_note_options_steps_and_pauses() -> None:
    item = listen.practice_item(practices.script("paced_breathing", "full"))
    texts = [s.text for s in item.segments]
    assert texts[0].startswith("Slow breathing")
    assert texts[1].startswith("Content note.")
    assert any(s.pause_seconds >= 60 for s in item.segments)
    skipped = listen.practice_item(practices.script("body_scan", "5", ["chest"]))
    assert "skip=chest" in skipped.url
    assert not any("Notice your chest" in s.text for s in skipped.segments)


def test_a_lesson_is_spoken_as_plain_sentences_without_markdown_marks() -> None:
    from selftrust.services import lessons

    item = listen.lesson_item(lessons.get_lesson("what-self-trust-is"))
    texts = [s.text for s in item.segments]
    assert texts[0] == "What self-trust is"
    assert not any("**" in t or t.startswith("#") for t in texts)
    assert "Trusting what you notice. Your feelings," in " ".join(texts)


@pytest.mark.skipif(speech._espeak() is None, reason="espeak-ng is not installed (CI installs it)")
def test_espeak_ng_renders_real_speech_and_opus_when_available(
    rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech, "detect_engine", speech._espeak)
    rendered = audio.ensure(rt, ITEM)
    assert rendered.seconds > 1.5
    magic = rendered.path.read_bytes()[:4]
    assert magic == (b"OggS" if speech.detect_encoder().name != "wav" else b"RIFF")
