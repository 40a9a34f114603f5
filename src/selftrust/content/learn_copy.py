"""Every sentence of the Learn pages around the lessons themselves."""

from __future__ import annotations

from typing import Final

TITLE: Final = "Learn"
INTRO: Final = (
    "Short lessons in plain words about self-trust, trauma and how things can change. Read "
    "or listen, in any order, and skip anything that doesn't feel right for today."
)
READING_TIME: Final = "{minutes} min read"
REFLECTION_HEADING: Final = "Your reflection"
REFLECTION_LABEL: Final = "What stood out to you? (private, optional)"
REFLECTION_HINT: Final = (
    "Only you can see this. Nothing is shared or published anywhere. Your words are kept "
    "exactly as you write them."
)
REFLECTION_SAVE: Final = "Save my reflection"
REFLECTION_SAVED: Final = "Your reflection is saved."
REFLECTION_DELETE: Final = "Delete my reflection"
REFLECTION_DELETED: Final = "Your reflection is deleted."
REFLECTED: Final = "You wrote a reflection"
NEXT: Final = "Next lesson"
ALL_LESSONS: Final = "All lessons"
