"""Every guided practice by id, in the order the practices page lists them.

The grounding practices reuse the scripts of the safety layer (content/grounding.py) and the
self-compassion break reuses its own page's script (content/reframes_copy.py): one text, one
place. Pauses after each step pace the terminal and the audio.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from selftrust.content import grounding, reframes_copy
from selftrust.content.practices.body_scan import BODY_SCAN
from selftrust.content.practices.shape import Practice, Step, Version

# Seconds of quiet after each step of the full and the short version.
_PAUSES: Final = {
    "five_senses": ((15, 12, 12, 10, 8, 4), (10, 8, 6)),
    "orienting": ((12, 10, 10, 10, 5), (10, 6, 5)),
    # In for 4 and out for 6, six rounds: the "repeat" step holds a minute of quiet.
    "paced_breathing": ((4, 4, 6, 60, 5), (4, 6, 30)),
}


def _from_grounding(practice: grounding.GroundingPractice) -> Practice:
    full, short = _PAUSES[practice.id]
    return Practice(
        id=practice.id,
        title=practice.title,
        summary=practice.summary,
        content_note=practice.content_note,
        why_this_helps=practice.why_this_helps,
        sources=practice.sources,
        options=practice.options,
        versions=(
            Version("full", "Full version", tuple(map(Step, practice.steps, full))),
            Version("short", "Shorter version", tuple(map(Step, practice.short_steps, short))),
        ),
        alternative=practice.alternative,
        breathing=practice.breathing,
    )


SELF_COMPASSION_BREAK: Final = Practice(
    id="self_compassion_break",
    title=reframes_copy.BREAK_TITLE,
    summary=reframes_copy.BREAK_SUMMARY,
    content_note=reframes_copy.BREAK_CONTENT_NOTE,
    why_this_helps=reframes_copy.BREAK_WHY,
    sources=reframes_copy.BREAK_SOURCES,
    options=reframes_copy.BREAK_OPTIONS,
    versions=(
        Version(
            "full",
            "Full version",
            tuple(Step(text, 12) for text in reframes_copy.BREAK_STEPS),
        ),
        Version(
            "short",
            "Shorter version",
            tuple(Step(text, 8) for text in reframes_copy.BREAK_SHORT_STEPS),
        ),
    ),
    closing=reframes_copy.BREAK_CLOSING,
    page=reframes_copy.BREAK_PATH,
)

PRACTICES: Final[Mapping[str, Practice]] = MappingProxyType(
    {
        p.id: p
        for p in (
            BODY_SCAN,
            _from_grounding(grounding.FIVE_SENSES),
            _from_grounding(grounding.ORIENTING),
            _from_grounding(grounding.PACED_BREATHING),
            SELF_COMPASSION_BREAK,
        )
    }
)


def find_practice(practice_id: str) -> Practice | None:
    """Return the practice with this id, or None."""
    return PRACTICES.get(practice_id)


__all__ = ["PRACTICES", "Practice", "Step", "Version", "find_practice"]
