"""Words for linking a body signal to a choice as "what my gut said", and describing it.

A signal is described the way a person would say it: where, what it felt like, how strong,
when. Times are UTC, like everywhere else in the app, and say so.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from selftrust.domain.body import BodySignal, region_label

PICK_LEGEND: Final = "Did your body say something? (optional)"
PICK_HINT: Final = (
    "You can link one of the body signals you noted as what your gut said (newest first), "
    "or link one later from the choice's own page."
)
PICK_NONE: Final = "No body signal"
PICK_EMPTY: Final = "You have not noted a body signal yet. That is fine."
NEW_SIGNAL_LINK: Final = "Note a new body signal (opens in a new tab)"
DETAIL_LABEL: Final = "What your body said"
LIST_LINE: Final = "What your gut said: {what}"
LOOK_BACK_THEN: Final = "What your gut said then: {what}"
CHANGE_HEADING: Final = "Link a body signal"
CHANGE_HINT: Final = (
    "You can link a body signal to this choice, change it, or remove the link. The signal "
    "itself stays in your body log either way."
)
SAVE_LINK: Final = "Save the link"
LINKED: Final = "Saved. The body signal is linked to this choice."
UNLINKED: Final = "The link is removed. The choice and the signal are both still kept."
SIGNAL_ID_INVALID: Final = (
    "A body signal is picked by its number, like 12. You can also leave it empty."
)
NO_SUCH_SIGNAL: Final = (
    "There is no body signal number {id} among yours. You could pick one from your recent "
    "signals, or leave it empty."
)
DELETE_KEEPS_CHOICES: Final = (
    "This signal is linked to {count} as what your gut said. If you delete it, {them}; "
    "only the link goes."
)
CLI_PICK_INTRO: Final = "Your recent body signals, newest first:"
CLI_PICK_QUESTION: Final = "Which one was your gut speaking? Type its number, or Enter for none: "
CLI_NO_SIGNALS: Final = (
    "You have not noted a body signal yet, so none is linked. You can note one with: "
    "selftrust body add"
)
CLI_STOPPED: Final = "Stopped. Nothing was saved."
CLI_ASK_NEEDS_TERMINAL: Final = (
    "--gut-signal ask needs the keyboard, so it can't be used with text from stdin (-). "
    "You could give the signal's number instead."
)
CLI_LINKED: Final = "Linked body signal {signal} to choice {choice}."
CLI_UNLINKED: Final = "Choice {choice} has no body signal linked now. Both are still kept."


def choices_phrase(count: int) -> tuple[str, str]:
    """Return the count and what happens to the choices, for the delete page."""
    if count == 1:
        return "1 choice", "the choice stays"
    return f"{count} choices", "the choices stay"


def when_words(moment: datetime, now: datetime) -> str:
    """Say when, relative to now: 'today, 09:30 UTC', 'yesterday, …', '3 days ago', a date."""
    days = (now.date() - moment.date()).days
    clock = moment.strftime("%H:%M")
    if days <= 0:
        return f"today, {clock} UTC"
    if days == 1:
        return f"yesterday, {clock} UTC"
    if days < 7:
        return f"{days} days ago"
    return moment.strftime("%-d %b %Y")


def describe(signal: BodySignal, now: datetime) -> str:
    """Describe a signal in plain words, e.g. 'Chest · tight · 6/10 · today, 09:30 UTC'."""
    places = " and ".join(region_label(r) for r in signal.regions)
    feelings = ", ".join(signal.feelings)
    return (
        f"{places[:1].upper()}{places[1:]} · {feelings} · {signal.intensity}/10 · "
        f"{when_words(signal.created_at, now)}"
    )
