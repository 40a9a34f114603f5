"""Copy for the "Get help now" page, adding your own contact, and Quick exit.

The Quick exit text is deliberately honest about its limits: promising more privacy than a
browser can give would put someone at risk from a person who checks their device.
Pure module: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class HelpPageCopy:
    title: str
    intro: str
    region_picker_label: str
    region_picker_hint: str
    services_heading: str
    own_contacts_heading: str
    own_contacts_empty: str
    ground_link_label: str
    last_checked_label: str  # "{date}" is replaced with the entry's last-checked date
    hours_label: str
    languages_label: str
    numbers_change_note: str


@dataclass(frozen=True, slots=True)
class AddContactCopy:
    heading: str
    intro: str
    name_label: str
    name_example: str
    channel_label: str
    call_option: str
    text_option: str
    chat_option: str
    value_label: str
    value_hint: str
    keyword_label: str
    hours_label: str
    note_label: str
    save_label: str
    cancel_label: str
    saved_message: str
    invalid_number: str


@dataclass(frozen=True, slots=True)
class QuickExitCopy:
    button_label: str
    shortcut_hint: str
    what_it_does: str
    what_it_cannot_do: str
    clear_history: str
    private_window: str
    your_data: str
    monitored_device: str
    cli_note: str


HELP_PAGE: Final = HelpPageCopy(
    title="Get help now",
    intro=(
        "If things feel like too much, you don't have to handle them alone. These services "
        "are free, and the people there are trained to listen. You can call, text or chat, "
        "whichever feels easiest."
    ),
    region_picker_label="Where are you right now?",
    region_picker_hint="We only use this to show numbers that work where you are.",
    services_heading="Reach someone now",
    own_contacts_heading="Your own contacts",
    own_contacts_empty="You haven't added any yet. You can add someone whenever you like.",
    ground_link_label="Ground myself",
    last_checked_label="Last checked {date}",
    hours_label="Open",
    languages_label="Languages",
    numbers_change_note=(
        "We check these numbers, but services sometimes change. If one doesn't connect, "
        "another on this page, or your local emergency number, can help."
    ),
)

ADD_CONTACT: Final = AddContactCopy(
    heading="Add your own contact",
    intro=(
        "You can add a person or service that helps you: a friend, your therapist, a local "
        "line. It will show up here and on the crisis card."
    ),
    name_label="Name",
    name_example="For example: Alex, or My therapist",
    channel_label="How to reach them",
    call_option="Call",
    text_option="Text",
    chat_option="Chat or website",
    value_label="Number or web address",
    value_hint="Write the number the way you would dial it.",
    keyword_label="Word to text first (if there is one)",
    hours_label="When they're available (optional)",
    note_label="Anything you want to remember (optional)",
    save_label="Save contact",
    cancel_label="Not now",
    saved_message="Saved. It's on this page and on the crisis card now.",
    invalid_number=(
        "That doesn't look like a phone number yet. Numbers can use digits, spaces and dashes."
    ),
)

QUICK_EXIT: Final = QuickExitCopy(
    button_label="Quick exit",
    shortcut_hint="You can also press Esc twice.",
    what_it_does=(
        "Quick exit swaps this page for a plain, everyday page straight away. It also tries "
        "to keep selftrust out of the Back button."
    ),
    what_it_cannot_do=(
        "It can't erase your browser history, close other tabs, or change what someone may "
        "have already seen on a shared device. Your browser may still remember this site's "
        "address."
    ),
    clear_history=(
        "To remove it from your history, open your browser's History menu or settings and "
        "clear it. In many browsers, Ctrl+Shift+Delete (Cmd+Shift+Delete on a Mac) opens "
        "this. If clearing everything would be noticed, some browsers let you delete just "
        "one site's entries."
    ),
    private_window=(
        "A private window (sometimes called incognito) doesn't keep history after you close "
        "it. In many browsers it opens with Ctrl+Shift+N, or Ctrl+Shift+P in Firefox "
        "(Cmd instead of Ctrl on a Mac)."
    ),
    your_data=(
        "Quick exit does not delete anything you've written in selftrust. Your entries stay "
        "saved, and you can come back to them when it's safe."
    ),
    monitored_device=(
        "If you think someone checks your phone or computer, a domestic abuse service can "
        "help you think through safer ways to get support."
    ),
    cli_note=(
        "In the terminal, quick exit clears the screen, but your terminal may keep earlier "
        "lines in its scrollback or history."
    ),
)
