"""The choice ledger's page, command and calendar copy (the maths' words are in ledger_copy).

Every sentence here invites; none of them tells a person what is true about them.
"""

from __future__ import annotations

from selftrust.content.choice_ideas import CHOICE_IDEAS_INTRO
from selftrust.content.ledger_copy import FELT_RIGHT_LABELS
from selftrust.domain.ledger import FeltRight

CHOICES_TITLE = "Choices"
CHOICES_INTRO = (
    "Small choices made by listening to yourself are how self-trust grows back. Write one down, "
    "and later you can look back and notice how it felt. Nothing here is a test."
)
EVIDENCE_LINK = "See what your look-backs add up to"

RECORD_HEADING = "Write down a choice"
CHOICE_TEXT_LABEL = "What did you choose?"
CHOICE_TEXT_HINT = "A few words are plenty, for example: I rested when I was tired."
GUT_TEXT_LABEL = "What did your gut or body say?"
GUT_TEXT_HINT = "You can leave this empty."
GUT_LEGEND = "Did you go with your gut?"
CONFIDENCE_LABEL = "How sure are you that, looking back, this will feel right for you? (0 to 100)"
CONFIDENCE_HINT = "0 means not sure at all, 100 means completely sure. Any number is fine."
REASSURANCE_LEGEND = "Did you ask anyone to check this choice with you first?"
AREA_LABEL = "Area (if you like)"
NO_AREA = "No area"
SAVE_CHOICE = "Save this choice"

CHOICE_SAVED = "Saved. Thank you for listening to yourself."
CHOICE_SAVED_LOOK_BACK = "You can look back on it from {when}, or any time before that."
RECENT_HEADING = "Your recent choices"
RECENT_EMPTY = "No choices yet. Whenever you are ready, a small one is a good start."
OLDER_CHOICES = "Older choices"
OPEN_CHOICE = "Open"
NOT_LOOKED_BACK = "Not looked back on yet"

DUE_HEADING = "Ready to look back on"
DUE_INTRO = "Only if you feel like it. You can skip any of these, for as long as you like."
DUE_EMPTY = "Nothing is waiting. You can look back on any choice from its page."
DUE_MORE = "And {count} more. Each one waits on its own page for as long as you like."
DUE_OFF = (
    "Look-back invitations are turned off. You can still look back on any choice from its page."
)
LOOK_BACK_ACTION = "Look back"

IDEAS_HEADING = "Ideas for small choices"
IDEAS_INTRO = CHOICE_IDEAS_INTRO
IDEAS_EMPTY = "No ideas are showing. You can add your own, or bring back the ones you hid."
IDEA_ADD_LABEL = "Add an idea of your own"
IDEA_AREA_LABEL = "Area for your idea (if you like)"
IDEA_ADD = "Add idea"
IDEA_EDIT_TITLE = "Your idea"
IDEA_SAVED_HERE = "Saved. Your words are kept as you wrote them."
CANCEL = "Cancel"
IDEA_EDIT_LABEL = "Your words for this idea"
IDEA_SAVE = "Save idea"
IDEA_HIDE = "Hide"
IDEA_SHOW = "Show again"
IDEA_EDIT = "Edit"
IDEA_RESTORE = "Use the original words"
IDEA_REMOVE = "Remove"
IDEAS_HIDDEN_HEADING = "Ideas you hid"
IDEA_ADDED = "Your idea is added."
IDEA_UPDATED = "The idea is updated."
IDEA_HIDDEN = "The idea is hidden. You can bring it back below."
IDEA_SHOWN = "The idea is showing again."
IDEA_RESTORED = "The idea has its original words again."
IDEA_REMOVED = "Your idea is removed."
IDEA_BUILTIN_NOT_REMOVABLE = (
    "The ideas that come with selftrust can be hidden, not removed. Hiding keeps them out of view."
)

DETAIL_TITLE = "A choice you made"
DETAIL_MADE = "When you made it"
DETAIL_GUT_SAID = "What your gut said"
DETAIL_SURE = "How sure you were"
DETAIL_REASSURANCE = "Asking first"
DETAIL_AREA = "Area"
LOOK_BACK_HEADING = "Look back"
LOOK_BACK_NOTE_LABEL = "Anything you noticed? (optional)"
SAVE_LOOK_BACK = "Save look-back"
LOOK_BACK_SAVED = "Saved. Thank you for looking back."
LOOK_BACK_AGAIN = "You can look back again whenever you like; the latest look-back counts."
LOOK_BACKS_HEADING = "Your look-backs"
LOOK_BACK_COUNTS = "this one counts"
NEXT_LOOK_BACK = "A gentle invitation to look back will show from {when}."
MISTAKE_INVITATION = (
    "It did not feel fully right, and that is okay. If you like, you could treat it as "
    "information: what happened, what you expected, what it tells you."
)
MISTAKE_LINK = "Look at it as information"
BACK_TO_CHOICES = "Back to your choices"

SETTINGS_TITLE = "Look-back settings"
SETTINGS_LINK = "Look-back settings and calendar"
DELAY_LABEL = "When would you like to be invited to look back?"
DELAY_HINT = "This applies to every choice, including ones you already saved."
DELAY_SAVED = "Saved. Your look-back invitations follow this now."
SAVE_DELAY = "Save"
DELAY_OPTIONS: tuple[tuple[str, str], ...] = (
    ("4", "After 4 hours"),
    ("12", "After 12 hours"),
    ("24", "The next day (after 24 hours)"),
    ("48", "After 2 days"),
    ("72", "After 3 days"),
    ("168", "After a week"),
    ("off", "Don't invite me; I will look back when I want to"),
)

CALENDAR_HEADING = "Look-backs in your calendar"
CALENDAR_INTRO = (
    "You can download your waiting and upcoming look-backs as a calendar file and import it "
    "into a calendar app."
)
CALENDAR_PRIVACY = (
    "Calendars often sync to online accounts, so by default each event only says "
    '"Look back on a choice", without what you chose.'
)
CALENDAR_WITH_TEXT = "Include what I chose in each event (it may leave this device)"
CALENDAR_DOWNLOAD = "Download calendar file"
CALENDAR_NAME = "selftrust look-backs"
CALENDAR_SUMMARY = "Look back on a choice"
CALENDAR_DESCRIPTION = (
    "Looking back, did it feel right for you? You can answer in selftrust whenever you like, "
    "or let it pass."
)
CALENDAR_CHOICE_LINE = "What you chose: {text}"

EVIDENCE_TITLE = "Your evidence"
EVIDENCE_INTRO = (
    "This is what your own look-backs add up to, counted as they are. It is here so you can "
    "see your inner signal over time, not to judge it."
)
EVIDENCE_EMPTY = (
    "Nothing to count yet. When you save a choice and later look back on it, it will show here."
)
COUNTS_HEADING = "So far"
COUNT_CHOICES = "Choices you wrote down"
COUNT_FOLLOWED = "Times you went with your gut"
COUNT_OVERRODE = "Times you went a different way"
COUNT_LOOKED_BACK = "Choices you looked back on"
COUNT_TOO_EARLY = "Marked too early to tell"
GUT_HEADING = "Going with your gut, and not"
GUT_TABLE_CAPTION = "How choices felt looking back, by what you did with your gut"
FELT_RIGHT_COLUMN = "Felt right"
PARTLY_COLUMN = "Partly"
NOT_RIGHT_COLUMN = "Did not feel right"
LOOKED_BACK_COLUMN = "Looked back on"
CALIBRATION_HEADING = "How sure you were, next to how it felt"
CALIBRATION_INTRO = (
    "For look-backs answered yes or no, this puts how sure you felt next to how often the choice "
    "felt right. If it felt right more often than you expected, that is evidence of self-trust "
    "in itself."
)
CALIBRATION_CHART_LABEL = (
    "Bar chart: for each range of how sure you were, the average sureness and the share of "
    "choices that felt right. The same numbers are in the table below."
)
CALIBRATION_CAPTION = "How sure you were and how often it felt right, by range"
BAND_COLUMN = "How sure you were"
COUNT_COLUMN = "Yes or no look-backs"
MEAN_COLUMN = "Average sureness"
RATE_COLUMN = "Felt right"
LEGEND_SURE = "How sure you were (average)"
LEGEND_FELT = "How often it felt right"
BRIER_HEADING = "One number for the match"
REASSURANCE_HEADING = "Deciding on your own, over time"
REASSURANCE_CHART_LABEL = (
    "Bar chart: for each month, the share of choices made without asking anyone first. "
    "The same numbers are in the table below."
)
REASSURANCE_CAPTION = "Choices made without asking anyone first, by month"
MONTH_COLUMN = "Month"
MONTH_CHOICES_COLUMN = "Choices"
ON_MY_OWN_COLUMN = "Decided on my own"
REASSURANCE_RECENT = "Showing the most recent {count} months."
NO_DATA = "none yet"

CLI_SAVED = "Saved (choice {id}). Thank you for listening to yourself."
CLI_LOOK_BACK_SAVED = "Saved your look-back on choice {id}. Thank you for looking back."
CLI_MISTAKE_HINT = (
    "If you like, you could look at it as information: selftrust mistake --choice {id}"
)
CLI_NO_CHOICES = (
    'No choices yet. Whenever you are ready: selftrust choice add "…" --followed-gut '
    "--confidence 60"
)
CLI_DELAY_IS = "Look-back invitations come {delay}."
CLI_DELAY_OFF = "Look-back invitations are turned off."
CLI_DUE_HINT = "Look back with: selftrust choice look-back ID --felt-right yes|partly|no|too_early"
CLI_GUT_CHOICE = "Say what you did with your gut: add --followed-gut or --overrode-gut (just one)."


def felt_right_label(answer: FeltRight | None) -> str:
    """Name a look-back answer, or say that there is none yet."""
    return NOT_LOOKED_BACK if answer is None else FELT_RIGHT_LABELS[answer]


def delay_phrase(hours: int) -> str:
    """Say a look-back delay the way a person would."""
    if hours % 24 == 0:
        days = hours // 24
        return "the next day" if days == 1 else f"after {days} days"
    return f"after {hours} hour{'s' if hours != 1 else ''}"


def share_text(count: int, total: int) -> str:
    """Show a share as counts first, the percentage only beside them."""
    if total == 0:
        return NO_DATA
    return f"{count} of {total} ({round(100 * count / total)} %)"
