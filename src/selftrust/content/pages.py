"""Page titles, navigation and short page copy (long copy lives in its feature's module)."""

from __future__ import annotations

from typing import NamedTuple


class NavItem(NamedTuple):
    path: str
    label: str
    ready: bool


# The areas of the app. Areas still being built say so calmly on their page.
NAVIGATION: tuple[NavItem, ...] = (
    NavItem("/", "Today", True),
    NavItem("/notes", "Notes", True),
    NavItem("/choices", "Choices", True),
    NavItem("/reflections", "Kind voice", True),
    NavItem("/measures", "Check-ins", True),
    NavItem("/practices", "Practices", True),
    NavItem("/learn", "Learn", True),
    NavItem("/insights", "Insights", False),
    NavItem("/settings", "Your data", True),
)

# Shown before a content note on every page that has one (a Jinja global too).
CONTENT_NOTE_LABEL = "Content note"
APP_TAGLINE = "A private place to practise listening to yourself."
HOME_INTRO = (
    "Self-trust grows through small, safe moments of listening to yourself and finding it was "
    "okay. This is a quiet place to notice those moments, in your own words. Everything you "
    "write stays on this device."
)
HOME_START = "You could start with a short note about how today feels. There is no right way."
NOTES_INTRO = (
    "Write whatever you like, as much or as little as you want. Notes are kept exactly as you "
    "write them, and only you can see them."
)
NOTES_EMPTY = "No notes yet. Whenever you feel ready, this is your space."
NOTE_SAVED = "Saved. Thank you for taking a moment for yourself."
NOTE_UPDATED = "Your changes are saved."
NOTE_DELETED = "The note is deleted."
DELETE_NOTE_CONFIRM = "Delete this note? It can't be brought back afterwards."
SOON_TITLE = "This part is on its way"
SOON_TEXT = (
    "This area is still being built. In the meantime, your notes are here for you, and help is "
    "always one step away."
)
DATA_INTRO = (
    "Everything you write belongs to you. You can take a full copy with you, or delete it all."
)
EXPORT_TEXT = "Download everything as one JSON file. Keep it somewhere safe: it is not encrypted."
DELETE_ALL_TEXT = (
    "This deletes every note and record stored here for you. It cannot be undone. If you might "
    "want them later, download a copy first."
)
DELETE_ALL_DONE = "Everything is deleted. This space is empty and ready whenever you are."
NOT_FOUND = "We couldn't find that page. It may have been deleted, or the link may be old."
SERVER_TROUBLE = (
    "Something went wrong on our side and the page could not be shown. Nothing you saved before "
    "is lost. You could go back and try again."
)
EXIT_TITLE = "Houseplant care"
EXIT_TEXT = (
    "Most houseplants like bright, indirect light and a drink when the top of the soil feels dry. "
    "Turn pots now and then so they grow evenly."
)
