"""Crisis services in the United States and Canada.

Each entry was checked on the date in `last_checked`; docs/crisis-resources.md names the
source. Pure data.
"""

from __future__ import annotations

from selftrust.content.crisis_resources.model import (
    Focus,
    call,
    chat,
    service,
    text_line,
)

US_SERVICES = (
    service(
        "US",
        "988 Suicide & Crisis Lifeline",
        "For anyone in emotional distress or thinking about suicide, or worried about someone.",
        (call("988"), text_line("988"), chat("https://988lifeline.org/chat")),
        languages=("English", "Spanish", "Interpreters for many more languages by phone"),
        website="https://988lifeline.org",
    ),
    service(
        "US",
        "Crisis Text Line",
        "Free text support with a trained volunteer, for any crisis.",
        (text_line("741741", "HOME"),),
        website="https://www.crisistextline.org",
    ),
    service(
        "US",
        "National Domestic Violence Hotline",
        "For anyone being hurt or controlled by a partner or family member, and people who "
        "care about them.",
        (call("1-800-799-7233"), text_line("88788", "START"), chat("https://www.thehotline.org")),
        languages=("English", "Spanish", "Interpreters for many more languages by phone"),
        website="https://www.thehotline.org",
        focus=Focus.ABUSE,
    ),
)

CA_SERVICES = (
    service(
        "CA",
        "9-8-8: Suicide Crisis Helpline",
        "For anyone in Canada thinking about suicide, or worried about someone who is.",
        (call("988"), text_line("988")),
        languages=("English", "French"),
        website="https://988.ca",
    ),
    service(
        "CA",
        "Kids Help Phone",
        "Support for young people in Canada, by phone or text.",
        (call("1-800-668-6868"), text_line("686868", "CONNECT")),
        languages=("English", "French"),
        website="https://kidshelpphone.ca",
        focus=Focus.YOUTH,
    ),
    service(
        "CA",
        "Hope for Wellness Help Line",
        "Counselling and crisis support for Indigenous people across Canada.",
        (call("1-855-242-3310"),),
        languages=("English", "French", "Cree, Ojibway and Inuktitut on request"),
        website="https://hopeforwellness.ca",
        focus=Focus.INDIGENOUS,
    ),
)
