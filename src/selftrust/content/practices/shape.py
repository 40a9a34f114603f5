"""The one shape every guided practice shares, so adding one is a short recipe.

A practice has versions (lengths); each version is a list of steps, and each step has a quiet
pause after it. The pauses pace the terminal and the audio; on a page, the person goes at
their own pace. Pure module: no I/O, no clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from selftrust.content.grounding import BreathingPattern

# Calm guided speech runs slower than conversation; used to estimate lengths.
WORDS_PER_MINUTE = 140


@dataclass(frozen=True, slots=True)
class Step:
    text: str
    pause_seconds: int
    area: str | None = None  # a body area the person can choose to leave out


@dataclass(frozen=True, slots=True)
class Version:
    id: str
    label: str
    steps: tuple[Step, ...]

    @property
    def seconds(self) -> int:
        """Return the estimated length: speaking time plus the pauses."""
        words = sum(len(s.text.split()) for s in self.steps)
        return round(words * 60 / WORDS_PER_MINUTE) + sum(s.pause_seconds for s in self.steps)

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.seconds / 60 - 0.25))

    def without(self, areas: tuple[str, ...] | frozenset[str]) -> Version:
        """Return this version with the chosen body areas left out."""
        kept = tuple(s for s in self.steps if s.area is None or s.area not in areas)
        return Version(self.id, self.label, kept)


@dataclass(frozen=True, slots=True)
class Practice:
    id: str
    title: str
    summary: str
    content_note: str | None
    why_this_helps: str
    sources: tuple[str, ...]
    options: str
    versions: tuple[Version, ...]
    alternative: str | None = None
    closing: str = (
        "Thank you for taking this time for yourself. It's okay to stop here. "
        "Enough for today is enough."
    )
    page: str | None = None  # the practice lives on its own page elsewhere in the app
    breathing: BreathingPattern | None = None
    areas: tuple[str, ...] = field(default=())
    default: str | None = None  # the version offered first (else the first listed)

    @property
    def default_version(self) -> Version:
        return next((v for v in self.versions if v.id == self.default), self.versions[0])

    def version(self, version_id: str | None) -> Version | None:
        """Return the version with this id (the first one when none is given)."""
        if version_id in (None, ""):
            return self.default_version
        return next((v for v in self.versions if v.id == version_id), None)

    @property
    def path(self) -> str:
        return self.page or f"/practices/{self.id}"
