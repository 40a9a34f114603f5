"""Crisis services in Australia, New Zealand and India.

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

AU_SERVICES = (
    service(
        "AU",
        "Lifeline",
        "Crisis support and suicide prevention for anyone in Australia.",
        (call("13 11 14"), text_line("0477 13 11 14"), chat("https://www.lifeline.org.au")),
        website="https://www.lifeline.org.au",
    ),
    service(
        "AU",
        "Beyond Blue Support Service",
        "Talk with a trained counsellor about anxiety, low mood or anything weighing on you.",
        (call("1300 22 4636"),),
        website="https://www.beyondblue.org.au",
        focus=Focus.LISTENING,
    ),
    service(
        "AU",
        "1800RESPECT",
        "For anyone affected by domestic, family or sexual violence, and people supporting them.",
        (call("1800 737 732"), text_line("0458 737 732"), chat("https://www.1800respect.org.au")),
        website="https://www.1800respect.org.au",
        focus=Focus.ABUSE,
    ),
)

NZ_SERVICES = (
    service(
        "NZ",
        "1737, Need to talk?",
        "Free call or text to talk with a trained counsellor about anything.",
        (call("1737"), text_line("1737")),
        website="https://1737.org.nz",
        note="Interpreters are available for many languages.",
    ),
    service(
        "NZ",
        "Lifeline Aotearoa",
        "Someone to talk to when things feel like too much.",
        (call("0800 543 354"), text_line("4357")),
        website="https://www.lifeline.org.nz",
        note="The text number spells HELP.",
        focus=Focus.LISTENING,
    ),
    service(
        "NZ",
        "Women's Refuge Crisis Line",
        "For anyone experiencing family violence, any time of day or night.",
        (call("0800 733 843"),),
        website="https://womensrefuge.org.nz",
        focus=Focus.ABUSE,
    ),
)

IN_SERVICES = (
    service(
        "IN",
        "Tele-MANAS",
        "Free mental health support from trained counsellors, from the Government of India.",
        (call("14416"), call("1-800-891-4416")),
        languages=("Hindi", "English"),
        note="Available in about 20 languages, depending on your state.",
    ),
    service(
        "IN",
        "Women Helpline 181",
        "For women facing violence or who need urgent support.",
        (call("181"),),
        languages=("Depends on your state",),
        hours="Depends on your state",
        note="Run by each state and union territory.",
        focus=Focus.ABUSE,
    ),
)
