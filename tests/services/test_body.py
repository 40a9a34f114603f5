from __future__ import annotations

import pytest

from selftrust.domain.body import BodySignalInvalid, Tone
from selftrust.domain.profile import Profile
from selftrust.services import body, data
from selftrust.services.runtime import Runtime
from selftrust.storage.errors import NotFound
from tests.conftest import FixedClock


def _add(rt: Runtime, who: Profile, **changes: object) -> int:
    fields: dict[str, object] = {
        "regions": ["chest"],
        "feelings": ["tight"],
        "intensity": 6,
        "tone": "unpleasant",
        "message": None,
    } | changes
    return body.add_signal(rt, who, **fields).record.id  # type: ignore[arg-type]


def test_it_saves_a_signal_as_given(rt: Runtime, dana: Profile) -> None:
    saved = body.add_signal(
        rt,
        dana,
        regions=["stomach", "chest"],
        feelings=["hollow", "heavy"],
        intensity=7,
        tone="unpleasant",
        message="  Maybe I'm dreading the call.  ",
    )
    signal = body.get_signal(rt, dana, saved.record.id)
    assert signal.regions == ("chest", "stomach")
    assert signal.feelings == ("hollow", "heavy")
    assert (signal.intensity, signal.tone) == (7, Tone.UNPLEASANT)
    assert signal.message == "  Maybe I'm dreading the call.  "
    assert saved.safety.crisis is False


def test_it_keeps_the_text_and_offers_help_when_crisis_language_is_found(
    rt: Runtime, dana: Profile
) -> None:
    saved = body.add_signal(
        rt,
        dana,
        regions=["chest"],
        feelings=["heavy"],
        intensity=9,
        tone="unpleasant",
        message="it says I want to die",
    )
    assert saved.safety.crisis is True
    assert saved.safety.show_card is True
    assert body.get_signal(rt, dana, saved.record.id).message == "it says I want to die"


def test_a_new_feeling_word_joins_the_vocabulary_with_the_signal(
    rt: Runtime, dana: Profile
) -> None:
    saved = body.add_signal(
        rt,
        dana,
        regions=["throat"],
        feelings=[],
        intensity=3,
        tone="neutral",
        new_feeling=" Knotted ",
    )
    assert saved.record.feelings == ("knotted",)
    assert body.vocabulary(rt, dana)[-1] == "knotted"
    assert body.add_feeling(rt, dana, "knotted") == "knotted"  # adding twice is harmless
    assert body.vocabulary(rt, dana).count("knotted") == 1


def test_unknown_regions_feelings_and_intensities_save_nothing(rt: Runtime, dana: Profile) -> None:
    with pytest.raises(BodySignalInvalid, match="elbow"):
        _add(rt, dana, regions=["elbow"])
    with pytest.raises(BodySignalInvalid, match="fizzy"):
        _add(rt, dana, feelings=["fizzy"])
    with pytest.raises(BodySignalInvalid, match="0 to 10"):
        _add(rt, dana, intensity=11)
    with pytest.raises(BodySignalInvalid):
        _add(rt, dana, intensity=11, new_feeling="fizzy")
    assert body.list_signals(rt, dana) == []
    assert "fizzy" not in body.vocabulary(rt, dana)


def test_another_profile_never_sees_or_deletes_dana_s_signals(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    signal_id = _add(rt, dana)
    body.add_feeling(rt, dana, "fizzy")
    assert body.find_signal(rt, robin, signal_id) is None
    with pytest.raises(NotFound):
        body.get_signal(rt, robin, signal_id)
    with pytest.raises(NotFound):
        body.delete_signal(rt, robin, signal_id)
    assert body.list_signals(rt, robin) == []
    assert "fizzy" not in body.vocabulary(rt, robin)
    assert body.find_signal(rt, dana, signal_id) is not None


def test_the_map_view_filters_by_feeling_and_time(
    rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    _add(rt, dana, regions=["jaw"], feelings=["tight"])
    clock.advance(days=40)
    _add(rt, dana, regions=["jaw", "shoulders"], feelings=["tight", "heavy"])
    _add(rt, dana, regions=["feet"], feelings=["calm"], tone="pleasant")
    counts = lambda view: {r.region: r.count for r in view.map.regions if r.count}  # noqa: E731
    assert counts(body.map_view(rt, dana)) == {"jaw": 2, "shoulders": 1, "feet": 1}
    assert counts(body.map_view(rt, dana, feeling="tight")) == {"jaw": 2, "shoulders": 1}
    assert counts(body.map_view(rt, dana, feeling="tight", period="month")) == {
        "jaw": 1,
        "shoulders": 1,
    }
    with pytest.raises(BodySignalInvalid, match="time filter"):
        body.map_view(rt, dana, period="decade")


def test_list_signals_pages_newest_first_and_filters_by_feeling(rt: Runtime, dana: Profile) -> None:
    ids = [_add(rt, dana, feelings=["warm" if i % 2 else "tight"]) for i in range(6)]
    assert [s.id for s in body.list_signals(rt, dana, limit=2)] == ids[::-1][:2]
    assert [s.id for s in body.list_signals(rt, dana, feeling="warm")] == ids[1::2][::-1]


def test_signals_are_exported_and_deleted_with_everything_else(
    rt: Runtime, dana: Profile, robin: Profile
) -> None:
    _add(rt, dana, message="my own words")
    body.add_feeling(rt, dana, "fizzy")
    _add(rt, robin)
    document = data.export_everything(rt, dana)
    assert document["body"]["signals"][0]["message"] == "my own words"
    assert document["body"]["own_feeling_words"] == ["fizzy"]
    counts = data.delete_everything(rt, dana)
    assert counts["body"] == 2
    assert body.list_signals(rt, dana) == []
    assert len(body.list_signals(rt, robin)) == 1
