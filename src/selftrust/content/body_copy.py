"""Every sentence of the body-signal log and the body map."""

from __future__ import annotations

from typing import Final

TITLE: Final = "Listening to your body"
INTRO: Final = (
    "After hard times, the body's signals can feel far away, or too loud. Noticing them, "
    "gently and without judging, is a way of listening to yourself again. You choose what "
    "to note, and there is no right answer."
)
FORM_HEADING: Final = "Note a body signal"
REGIONS_LEGEND: Final = "Where do you notice it? Choose one or more."
FEELINGS_LEGEND: Final = "What does it feel like? Choose any words that fit."
NEW_FEELING_LABEL: Final = "Or add a word of your own"
NEW_FEELING_HINT: Final = "A word or two, like 'fizzy' or 'knotted'. It stays in your list."
INTENSITY_LEGEND: Final = "How strong is it, from 0 to 10?"
INTENSITY_LOW: Final = "0: barely there"
INTENSITY_HIGH: Final = "10: very strong"
TONE_LEGEND: Final = "Does it feel pleasant, unpleasant, or neither?"
TONE_LABELS: Final = {
    "pleasant": "Pleasant",
    "unpleasant": "Unpleasant",
    "neutral": "Neutral, or not sure",
}
MESSAGE_LABEL: Final = "What might it be telling you? (optional)"
MESSAGE_HINT: Final = (
    "Only if you like. A guess is fine, and so is 'I don't know yet'. Your words are kept as "
    "you write them."
)
SAVE_LABEL: Final = "Save this signal"
SAVED: Final = "Saved. Thank you for listening to your body."
DELETED: Final = "The signal is deleted."
DELETE_CONFIRM: Final = "Delete this body signal? It can't be brought back afterwards."
DELETE_TITLE: Final = "Delete a body signal"
DELETE_LINK: Final = "Delete"
DELETE_SUBMIT: Final = "Delete it"
DELETE_KEEP: Final = "Keep it"
TOO_MUCH_BEFORE: Final = (
    "If noticing your body feels like too much right now, that's okay. You could"
)
TOO_MUCH_LINK: Final = "look around the room"
TOO_MUCH_AFTER: Final = "instead, or come back another day."

MAP_HEADING: Final = "Where signals show up"
MAP_INTRO: Final = (
    "The map counts how often each place came up in what you noted. Darker shading and a "
    "bigger number mean more often. It describes what you noticed; it does not judge it."
)
MAP_EMPTY: Final = (
    "Nothing to show here yet. When you note a few signals, the places that come up will "
    "appear on the map."
)
MAP_EMPTY_FILTERED: Final = "No signals match this filter. You could try a wider time or all words."
FILTER_FEELING_LABEL: Final = "Feeling word"
FILTER_ALL_FEELINGS: Final = "All words"
FILTER_PERIOD_LABEL: Final = "Time"
FILTER_SUBMIT: Final = "Show"
PERIOD_LABELS: Final = {
    "week": "The last 7 days",
    "month": "The last 30 days",
    "quarter": "The last 3 months",
    "all": "All time",
}
MAP_LABEL: Final = "Body map of where your signals came up. The table below has the same numbers."
FRONT_LABEL: Final = "Front"
BACK_LABEL: Final = "Back"
TABLE_CAPTION: Final = "Where signals came up, place by place"
TABLE_HEADERS: Final = (
    "Place",
    "Times noted",
    "Average strength (0–10)",
    "Pleasant",
    "Unpleasant",
    "Neutral",
)
RECENT_HEADING: Final = "What you noted recently"
RECENT_EMPTY: Final = "Nothing noted yet. Whenever you're ready."
TOLD_ME: Final = "What it might be telling you:"


def times(count: int) -> str:
    """Return 'once', 'twice' or 'N times' for a count."""
    if count == 1:
        return "once"
    if count == 2:
        return "twice"
    return f"{count} times"


def region_title(label: str, count: int, mean: float | None) -> str:
    """Return the hover text for one place on the map."""
    if count == 0 or mean is None:
        return f"{label.capitalize()}: not noted"
    return f"{label.capitalize()}: noted {times(count)}, average strength {mean:g} of 10"
