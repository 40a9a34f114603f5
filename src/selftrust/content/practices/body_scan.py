"""A short body scan with trauma-sensitive options, in 1-, 3- and 5-minute versions.

Written for people for whom turning inward may not feel safe: eyes open is the default, any
area can be left out, and every step says that noticing "nothing much" is fine.
"""

from __future__ import annotations

from typing import Final

from selftrust.content.practices.shape import Practice, Step, Version

KABAT_ZINN_1990: Final = (
    "Kabat-Zinn, J. (1990). Full Catastrophe Living: Using the Wisdom of Your Body and Mind "
    "to Face Stress, Pain, and Illness. Delacorte. (The body scan in Mindfulness-Based Stress "
    "Reduction, MBSR.)"
)
MEHLING_2012: Final = (
    "Mehling, W. E., Price, C., Daubenmier, J. J., et al. (2012). The Multidimensional "
    "Assessment of Interoceptive Awareness (MAIA). PLoS ONE, 7(11), e48230."
)
MEHLING_2018: Final = (
    "Mehling, W. E., Chesney, M. A., Metzler, T. J., et al. (2018). A 12-week integrative "
    "exercise program improves self-reported mindfulness and interoceptive awareness in war "
    "veterans with posttraumatic stress symptoms. Journal of Clinical Psychology, 74(4), "
    "554-565."
)
TRELEAVEN_2018: Final = (
    "Treleaven, D. A. (2018). Trauma-Sensitive Mindfulness: Practices for Safe and "
    "Transformative Healing. W. W. Norton."
)

AREAS: Final = ("feet", "legs", "hips", "back", "stomach", "chest", "hands", "shoulders", "jaw")
AREA_LABELS: Final = {
    "feet": "Feet",
    "legs": "Legs",
    "hips": "Hips and seat",
    "back": "Back",
    "stomach": "Stomach",
    "chest": "Chest",
    "hands": "Hands and arms",
    "shoulders": "Shoulders",
    "jaw": "Jaw and face",
}

_WELCOME = (
    "This is a short body scan. You can keep your eyes open, resting on something easy to "
    "look at. You can stop at any time, and you can skip any part."
)
_SETTLE = (
    "Find a position that feels steady enough: sitting, lying down or standing. Notice what "
    "is holding you up, like the chair, the bed or the floor."
)
_AREA_TEXT: Final = {
    "feet": (
        "Bring your attention to your feet. You might notice the floor, warmth or coolness, "
        "or not much at all. Whatever you notice is fine. Nothing needs to change."
    ),
    "legs": (
        "Let your attention move up into your legs: your calves, your knees, your thighs. "
        "Notice any weight or pressure. If this is too much, you can skip ahead."
    ),
    "hips": (
        "Notice your hips, and the places where your body meets the chair, the bed or the "
        "floor. Notice that you are held up."
    ),
    "back": (
        "Notice your back, from low down up to your shoulder blades. You might feel the chair "
        "behind you, some tightness, or some ease."
    ),
    "stomach": (
        "Notice your stomach. It may rise and fall a little as you breathe. If noticing here "
        "doesn't feel okay, you can move on to your hands instead."
    ),
    "chest": (
        "Notice your chest. You might feel your breath, or your heartbeat, or nothing in "
        "particular. There is no right thing to feel."
    ),
    "hands": (
        "Notice your hands and arms. You could gently move your fingers, and notice what "
        "that feels like."
    ),
    "shoulders": (
        "Notice your shoulders. If they feel lifted or tight, you could let them drop a "
        "little, only if that feels okay."
    ),
    "jaw": (
        "Notice your jaw and your face. Many people hold tension here. You can let your jaw "
        "soften a little, or just notice it."
    ),
}
_WHOLE = (
    "Now notice your whole body at once, here in this room. Whatever you found, you listened. "
    "That counts."
)
_RETURN = (
    "When you are ready, let your eyes take in the room. Notice a few things you can see. "
    "You are here, and it is today."
)


def _version(minutes: int, areas: tuple[str, ...], pause: int, *, settle: bool) -> Version:
    steps = [Step(_WELCOME, 3)]
    if settle:
        steps.append(Step(_SETTLE, pause // 2))
    steps += [Step(_AREA_TEXT[a], pause, area=a) for a in areas]
    steps += [Step(_WHOLE, pause), Step(_RETURN, 4)]
    label = "1 minute" if minutes == 1 else f"{minutes} minutes"
    return Version(str(minutes), label, tuple(steps))


BODY_SCAN: Final = Practice(
    id="body_scan",
    title="A gentle body scan",
    summary="Notice your body one area at a time, with your eyes open if you like.",
    content_note=(
        "Paying attention to your body can bring up strong feelings or memories, especially "
        "after trauma. You can keep your eyes open, skip any area, or stop at any time. If it "
        "gets to be too much, looking around the room can help you come back to right now."
    ),
    why_this_helps=(
        "The body scan comes from Mindfulness-Based Stress Reduction (Kabat-Zinn, 1990). It "
        "trains interoceptive awareness: noticing signals from inside your body (Mehling et "
        "al., 2012). In a small study of veterans with trauma symptoms, a program that "
        "included this kind of body awareness was linked with more body awareness and "
        "mindfulness (Mehling et al., 2018). Research on short body scans on their own is "
        "limited, so treat this as something to try. The options here, like eyes open and "
        "skipping areas, follow trauma-sensitive advice (Treleaven, 2018)."
    ),
    sources=(KABAT_ZINN_1990, MEHLING_2012, MEHLING_2018, TRELEAVEN_2018),
    options=(
        "Eyes open is fine. Skip any area, stop at any time, or choose the shorter version. "
        "You are in charge here."
    ),
    versions=(
        _version(1, ("feet", "hands"), 5, settle=False),
        _version(
            3, ("feet", "legs", "hips", "stomach", "chest", "hands", "shoulders"), 8, settle=True
        ),
        _version(5, AREAS, 16, settle=True),
    ),
    default="3",
    alternative=(
        "If noticing your body feels like too much today, you could try orienting instead: "
        "slowly look around the room and name what you see."
    ),
    areas=AREAS,
)
