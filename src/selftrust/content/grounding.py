"""Three short grounding practices, and the optional 0-10 distress check, as data.

Every practice can be done with eyes open, stopped at any time, shortened or skipped in parts:
after trauma, being told to close your eyes or focus inward can feel unsafe. Evidence notes
stay modest; where research on an exact exercise is thin, the note says so.
Pure module: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

ZACCARO_2018: Final = (
    "Zaccaro, A., Piarulli, A., Laurino, M., et al. (2018). How breath-control can change "
    "your life: a systematic review on psycho-physiological correlates of slow breathing. "
    "Frontiers in Human Neuroscience, 12, 353."
)
SAMHSA_TIP_57: Final = (
    "Substance Abuse and Mental Health Services Administration (2014). Trauma-Informed Care "
    "in Behavioral Health Services. Treatment Improvement Protocol (TIP) Series 57. "
    "Background on trauma-informed care in general."
)

OPTIONS_LINE: Final = (
    "You can keep your eyes open, stop at any time, skip any step, or try the shorter "
    "version. You are in charge here."
)


@dataclass(frozen=True, slots=True)
class BreathingPattern:
    inhale_seconds: int
    exhale_seconds: int
    rounds: int
    hold_seconds: int = 0  # no hold by default: holding the breath can feel like bracing

    @property
    def seconds_per_breath(self) -> int:
        return self.inhale_seconds + self.hold_seconds + self.exhale_seconds

    @property
    def total_seconds(self) -> int:
        return self.seconds_per_breath * self.rounds

    @property
    def breaths_per_minute(self) -> float:
        return 60 / self.seconds_per_breath


@dataclass(frozen=True, slots=True)
class GroundingPractice:
    id: str
    title: str
    summary: str
    content_note: str | None
    why_this_helps: str
    sources: tuple[str, ...]
    steps: tuple[str, ...]
    short_steps: tuple[str, ...]  # the shorter version, for when the full one is too much
    options: str = OPTIONS_LINE
    breathing: BreathingPattern | None = None
    alternative: str | None = None  # what to do instead if the practice feels uncomfortable


FIVE_SENSES: Final = GroundingPractice(
    id="five_senses",
    title="5-4-3-2-1: notice your senses",
    summary="Bring your attention to right here, one sense at a time.",
    content_note=None,
    why_this_helps=(
        "Naming what your senses notice brings your attention to the present moment, away "
        "from what your mind may be replaying. Grounding like this is commonly used in "
        "trauma-informed care. There is little formal research on this exact exercise, so "
        "treat it as something to try, and keep it if it helps you."
    ),
    sources=(SAMHSA_TIP_57,),
    steps=(
        "Let your eyes rest on the room. Name five things you can see.",
        "Notice four things you can touch or feel, like your feet on the floor or your "
        "sleeve on your arm.",
        "Listen for three things you can hear, near or far.",
        "Notice two things you can smell. If nothing comes, think of two smells you like.",
        "Notice one thing you can taste, or take a sip of something.",
        "You are here, right now. Take a moment before you go on with your day.",
    ),
    short_steps=(
        "Name three things you can see.",
        "Name two things you can hear.",
        "Notice one thing you can touch.",
    ),
    alternative="If noticing your body feels like too much, you can stay with sight and sound.",
)

PACED_BREATHING: Final = GroundingPractice(
    id="paced_breathing",
    title="Slow breathing: in for 4, out for 6",
    summary="A gentle, slow rhythm of breathing, with a longer breath out.",
    content_note=(
        "Paying attention to your breath can feel uncomfortable for some people, especially "
        "after trauma. If it does, you can stop at any point."
    ),
    why_this_helps=(
        "Breathing slowly, around six breaths a minute, has been linked in studies with "
        "changes in heart rhythm and with feeling calmer (Zaccaro et al., 2018, a systematic "
        "review, mostly of healthy adults). Many people find that a longer breath out helps "
        "the body settle."
    ),
    sources=(ZACCARO_2018,),
    steps=(
        "Sit or stand in a way that feels steady. Your eyes can stay open.",
        "Breathe in gently through your nose while you count to 4.",
        "Breathe out slowly while you count to 6, as if you were cooling a hot drink.",
        "Repeat for six rounds, or fewer. There is no perfect way to do this.",
        "When you are done, let your breath return to its own pace.",
    ),
    short_steps=(
        "Breathe in while you count to 4.",
        "Breathe out while you count to 6.",
        "Repeat three times.",
    ),
    breathing=BreathingPattern(inhale_seconds=4, exhale_seconds=6, rounds=6),
    alternative=(
        "If focusing on your breath feels uncomfortable, you can just look around the room "
        "instead, and name a few things you see."
    ),
)

ORIENTING: Final = GroundingPractice(
    id="orienting",
    title="Orienting: notice where you are",
    summary="Let your eyes take in the room, and remind yourself that you are here, now.",
    content_note=None,
    why_this_helps=(
        "Orienting means letting your eyes and head slowly take in your surroundings. It is "
        "commonly used in trauma-informed and body-based approaches to help the body notice "
        "that it is here, now. Research on it is limited; many people simply find it steadying."
    ),
    sources=(SAMHSA_TIP_57,),
    steps=(
        "Slowly turn your head and let your eyes wander around the room.",
        "Name what you see, out loud or in your head: a chair, a window, a colour you like.",
        "Notice where the doors and windows are, and that you could leave if you wanted to.",
        "Notice something that tells you it is today: the light, a sound, something you own.",
        "If it fits, say to yourself: I am here, and it is today.",
    ),
    short_steps=(
        "Look around and name three things you see.",
        "Notice where the door is.",
        "Remind yourself: I am here, and it is today.",
    ),
)

PRACTICES: Final[Mapping[str, GroundingPractice]] = MappingProxyType(
    {practice.id: practice for practice in (FIVE_SENSES, PACED_BREATHING, ORIENTING)}
)


def get_practice(practice_id: str) -> GroundingPractice:
    """Return the practice with this id; raise KeyError when there is none."""
    return PRACTICES[practice_id]


@dataclass(frozen=True, slots=True)
class DistressCheckCopy:
    question_before: str
    question_after: str
    low_label: str
    high_label: str
    optional_note: str
    privacy_note: str
    save_label: str
    skip_label: str
    lower_reflection: str
    same_reflection: str
    higher_reflection: str


DISTRESS_CHECK: Final = DistressCheckCopy(
    question_before="Before you start: how much distress do you feel right now, from 0 to 10?",
    question_after="And now: how much distress do you feel, from 0 to 10?",
    low_label="0: calm",
    high_label="10: the most distress you can imagine",
    optional_note="This is optional. You can skip it and go straight to the practice.",
    privacy_note="Your numbers are not saved unless you choose to save them.",
    save_label="Save these numbers",
    skip_label="Skip",
    lower_reflection="It eased a little. Thank you for checking in with yourself.",
    same_reflection="It stayed about the same, and that is okay. Noticing is useful too.",
    higher_reflection=(
        "It went up. Sometimes a practice stirs things up, and that is okay. You can stop "
        "here, try a different practice, or reach someone now."
    ),
)

DISTRESS_MIN: Final = 0
DISTRESS_MAX: Final = 10


def distress_reflection(before: int, after: int) -> str:
    """Return a gentle, non-judging reflection on a before/after distress pair."""
    for value in (before, after):
        if not DISTRESS_MIN <= value <= DISTRESS_MAX:
            raise ValueError(f"distress ratings run from 0 to 10, got {value}")
    if after < before:
        return DISTRESS_CHECK.lower_reflection
    if after > before:
        return DISTRESS_CHECK.higher_reflection
    return DISTRESS_CHECK.same_reflection
