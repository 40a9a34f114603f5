"""Every sentence of the practices pages and the terminal practice."""

from __future__ import annotations

from typing import Final

TITLE: Final = "Practices"
INTRO: Final = (
    "Short, gentle practices for listening to your body and settling your mind. Each one can "
    "be paused, shortened or stopped, and you can listen instead of reading."
)
BODY_LINK: Final = "Note a body signal, and see where signals show up"
BODY_LINK_TEXT: Final = "If you noticed something in your body, you could note it here:"
DAYS_HEADING: Final = "Your practice in the last four weeks"
HISTORY_HEADING: Final = "Recent practice"
HISTORY_EMPTY: Final = "Nothing here yet. Whenever you'd like to, a practice is here for you."
MINUTES: Final = "about {minutes} min"
VERSIONS_LABEL: Final = "Length"
SKIP_LEGEND: Final = "Leave out any areas you'd rather not notice today"
SKIP_SUBMIT: Final = "Update the steps"
STEPS_HEADING: Final = "Steps"
PAUSE_HINT: Final = "Take your time with each step. There is no need to hurry."
STOP_LABEL: Final = "Stop here"
STOP_HINT: Final = "You can stop at any moment. Stopping is always okay."
FINISH_LABEL: Final = "I finished"
ENOUGH_LABEL: Final = "Enough for today"
END_HEADING: Final = "When you are ready to end"
HISTORY_NOTE: Final = (
    "When you end, the app notes the day you practised, and your numbers if you gave them. "
    "Only you can see this, and you can delete it in Your data."
)
OUTCOME_LABELS: Final = {
    "finished": "Finished",
    "enough_for_today": "Enough for today",
    "stopped": "Stopped",
}
OUTCOME_MESSAGES: Final = {
    "finished": "Thank you for taking this time for yourself.",
    "enough_for_today": "Enough for today is a good place to stop. Thank you for listening to "
    "yourself.",
    "stopped": "You stopped, and that's okay. Knowing when to stop is listening to yourself too.",
}
OTHER_PRACTICES: Final = "Other practices"
DISTRESS_NOT_A_NUMBER: Final = (
    "{label} is a whole number from 0 to 10, or you can leave it empty. Nothing was saved yet."
)

# The terminal practice (`selftrust practice NAME`). Each key is typed, then Enter.
CLI_KEYS_TIMED: Final = (
    "The steps go on by themselves. Press Enter to pause at any time. Type e and Enter for "
    "enough for today, or q and Enter to stop. Ctrl+C stops too."
)
CLI_KEYS_OWN_PACE: Final = (
    "Press Enter for the next step, whenever you are ready. Type e and Enter for enough for "
    "today, or q and Enter to stop. Ctrl+C stops too."
)
CLI_PAUSED: Final = (
    "Paused. Take all the time you need. Press Enter to go on, e for enough for today, or q "
    "to stop."
)
CLI_SKIP_HINT: Final = "(Enter to skip) "
CLI_DISTRESS_RETRY: Final = "A whole number from 0 to 10 works here, or press Enter to skip."
CLI_DISTRESS_LEFT_OUT: Final = "Let's leave the number out this time. That's completely fine."
CLI_NOT_STARTED: Final = "That's okay. The practice is here whenever you'd like it."
CLI_NOT_SAVED: Final = "Nothing was noted in your history."
CLI_HELP_NOW: Final = "If you'd like to talk to someone: selftrust help-now"
WHY_HEADING: Final = "Why this helps"
SOURCES_HEADING: Final = "Sources"
ON_ITS_OWN_PAGE: Final = "Opens its own page"


def days_sentence(days: int) -> str:
    """Return a gentle sentence about days practised in the last four weeks (never 'missed')."""
    if days == 0:
        return "Whenever you'd like to, a practice is here. There's no schedule to keep."
    if days == 1:
        return "You practised on 1 day in the last four weeks. Every time counts."
    return f"You practised on {days} days in the last four weeks. Every time counts."
