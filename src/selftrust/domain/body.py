"""Body signals: where something is felt, what it feels like, how strong, and what it may say.

A signal is the person's own noticing, never a measurement: the app keeps it as given and
only counts where signals recur (the body map). Pure module: no I/O, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final

from selftrust.domain.text import InputInvalid, check_optional_text

REGIONS: Final = (
    "head",
    "jaw",
    "throat",
    "chest",
    "stomach",
    "shoulders",
    "arms",
    "hands",
    "back",
    "hips",
    "legs",
    "feet",
    "whole_body",
)
# A starting vocabulary; each person can add their own words (kept per profile).
FEELINGS: Final = (
    "tight",
    "tense",
    "warm",
    "cool",
    "heavy",
    "light",
    "buzzing",
    "tingling",
    "hollow",
    "fluttery",
    "aching",
    "shaky",
    "numb",
    "calm",
    "open",
    "soft",
    "settled",
    "restless",
)
INTENSITY_MIN, INTENSITY_MAX = 0, 10
MESSAGE_MAX_CHARS = 5_000
FEELING_MAX_CHARS = 40
MAX_FEELINGS_PER_SIGNAL = 8
# Letters (any script), spaces, hyphens and apostrophes: a word or two, not a sentence.
_FEELING_WORD = re.compile(r"[^\W\d_]+(?:[ '\-][^\W\d_]+){0,3}")


class BodySignalInvalid(InputInvalid):
    """A body signal that cannot be saved as given; `field` names the part to look at."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class Tone(StrEnum):
    PLEASANT = "pleasant"
    UNPLEASANT = "unpleasant"
    NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class BodySignal:
    id: int
    regions: tuple[str, ...]
    feelings: tuple[str, ...]
    intensity: int
    tone: Tone
    message: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class SignalDraft:
    """A checked signal, ready to store."""

    regions: tuple[str, ...]
    feelings: tuple[str, ...]
    intensity: int
    tone: Tone
    message: str | None


def region_label(region: str) -> str:
    """Return the plain name of a region id ('whole_body' -> 'whole body')."""
    return region.replace("_", " ")


def check_regions(regions: object) -> tuple[str, ...]:
    """Return known region ids (at least one, no repeats, in map order), or raise."""
    if isinstance(regions, str):
        regions = [regions]
    if not isinstance(regions, Sequence) or not regions:
        raise BodySignalInvalid(
            "Choose at least one place in your body where you notice it.", field="regions"
        )
    chosen: set[str] = set()
    for region in regions:
        name = region.strip().lower().replace(" ", "_") if isinstance(region, str) else region
        if name not in REGIONS:
            raise BodySignalInvalid(
                f"The body map has no place called {str(region)[:40]!r}. "
                f"You can choose from: {', '.join(region_label(r) for r in REGIONS)}.",
                field="regions",
            )
        chosen.add(str(name))
    return tuple(r for r in REGIONS if r in chosen)


def normalise_feeling(word: object) -> str:
    """Return a feeling word in its stored form (trimmed, lower case), or raise."""
    if not isinstance(word, str) or not word.strip():
        raise BodySignalInvalid("A feeling word needs at least one letter.", field="feelings")
    clean = " ".join(word.split()).lower()
    if len(clean) > FEELING_MAX_CHARS:
        raise BodySignalInvalid(
            f"A feeling word can be up to {FEELING_MAX_CHARS} characters. A word or two is plenty.",
            field="feelings",
        )
    if not _FEELING_WORD.fullmatch(clean):
        raise BodySignalInvalid(
            f"{clean[:40]!r} can't be used as a feeling word. Letters, spaces and hyphens work.",
            field="feelings",
        )
    return clean


def check_feelings(feelings: object, vocabulary: Iterable[str]) -> tuple[str, ...]:
    """Return the chosen feeling words (at least one, all known to this person), or raise."""
    if isinstance(feelings, str):
        feelings = [feelings]
    if not isinstance(feelings, Sequence) or not feelings:
        raise BodySignalInvalid(
            "Choose at least one word for what it feels like.", field="feelings"
        )
    known = list(vocabulary)
    chosen: list[str] = []
    for raw in feelings:
        word = normalise_feeling(raw)
        if word not in known:
            raise BodySignalInvalid(
                f"{word!r} isn't in your feeling words yet. You can add it as a new word "
                "first, or pick one that is close.",
                field="feelings",
            )
        if word not in chosen:
            chosen.append(word)
    if len(chosen) > MAX_FEELINGS_PER_SIGNAL:
        raise BodySignalInvalid(
            f"Up to {MAX_FEELINGS_PER_SIGNAL} feeling words fit one signal. You could pick "
            "the ones that stand out most.",
            field="feelings",
        )
    return tuple(chosen)


def check_intensity(value: object) -> int:
    """Return an intensity 0–10, or raise with a clear sentence."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdecimal():
        value = int(value.strip())  # ASCII digits only: int() refuses "²", a Unicode digit
    if isinstance(value, bool) or not isinstance(value, int):
        raise BodySignalInvalid(
            "How strong it feels is a whole number from 0 to 10.", field="intensity"
        )
    if not INTENSITY_MIN <= value <= INTENSITY_MAX:
        raise BodySignalInvalid(
            f"How strong it feels runs from 0 to 10; {value} is outside that.", field="intensity"
        )
    return value


def check_tone(value: object) -> Tone:
    """Return pleasant, unpleasant or neutral, or raise."""
    try:
        return Tone(str(value).strip().lower())
    except ValueError:
        raise BodySignalInvalid(
            "Choose whether it feels pleasant, unpleasant or neutral.", field="tone"
        ) from None


def check_message(value: object) -> str | None:
    """Return 'what might it be telling me?' as written (optional), or raise."""
    try:
        return check_optional_text(
            value, label="What it might be telling you", max_chars=MESSAGE_MAX_CHARS
        )
    except InputInvalid as error:
        raise BodySignalInvalid(str(error), field="message") from None


def check_signal(
    *,
    regions: object,
    feelings: object,
    intensity: object,
    tone: object,
    message: object,
    vocabulary: Iterable[str],
) -> SignalDraft:
    """Check every part of a new signal; raise the first problem found, in form order."""
    return SignalDraft(
        regions=check_regions(regions),
        feelings=check_feelings(feelings, vocabulary),
        intensity=check_intensity(intensity),
        tone=check_tone(tone),
        message=check_message(message),
    )


@dataclass(frozen=True, slots=True)
class RegionSummary:
    region: str
    count: int
    mean_intensity: float | None
    pleasant: int
    unpleasant: int
    neutral: int

    @property
    def label(self) -> str:
        return region_label(self.region)


@dataclass(frozen=True, slots=True)
class BodyMap:
    regions: tuple[RegionSummary, ...]
    total_signals: int

    @property
    def most(self) -> int:
        return max((r.count for r in self.regions), default=0)

    def level(self, summary: RegionSummary, *, steps: int = 4) -> int:
        """Return a shade step 0..steps for a region, relative to the busiest region."""
        if summary.count == 0 or self.most == 0:
            return 0
        return max(1, round(steps * summary.count / self.most))


def matches(
    signal: BodySignal, *, feeling: str | None = None, since: datetime | None = None
) -> bool:
    """Return whether a signal passes the map's filters (a feeling word, a start time)."""
    if feeling is not None and feeling not in signal.feelings:
        return False
    return since is None or signal.created_at >= since


def body_map(signals: Iterable[BodySignal]) -> BodyMap:
    """Count where signals recur, region by region (a signal counts once per region)."""
    rows: dict[str, list[BodySignal]] = {r: [] for r in REGIONS}
    total = 0
    for signal in signals:
        total += 1
        for region in signal.regions:
            rows[region].append(signal)
    summaries = tuple(
        RegionSummary(
            region=region,
            count=len(found),
            mean_intensity=(
                round(sum(s.intensity for s in found) / len(found), 1) if found else None
            ),
            pleasant=sum(s.tone is Tone.PLEASANT for s in found),
            unpleasant=sum(s.tone is Tone.UNPLEASANT for s in found),
            neutral=sum(s.tone is Tone.NEUTRAL for s in found),
        )
        for region, found in rows.items()
    )
    return BodyMap(regions=summaries, total_signals=total)
