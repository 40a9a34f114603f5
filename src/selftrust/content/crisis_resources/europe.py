"""Crisis services in the United Kingdom, Ireland, Germany and France.

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

GB_SERVICES = (
    service(
        "GB",
        "Samaritans",
        "Someone to listen, any time, whatever you are going through.",
        (call("116 123"),),
        website="https://www.samaritans.org",
        note="Free to call from any phone. You can also email jo@samaritans.org.",
    ),
    service(
        "GB",
        "Shout",
        "Free text support for anyone in the UK who is struggling to cope.",
        (text_line("85258", "SHOUT"),),
        website="https://giveusashout.org",
    ),
    service(
        "GB",
        "NHS 111, mental health option (England)",
        "Urgent mental health help from the NHS, for you or someone you care about.",
        (call("111"),),
        website="https://111.nhs.uk",
        note="Call 111 and choose the mental health option. In Scotland and Wales, local NHS "
        "lines work a little differently.",
    ),
    service(
        "GB",
        "National Domestic Abuse Helpline",
        "For anyone experiencing domestic abuse, and people worried about them.",
        (call("0808 2000 247"),),
        website="https://www.nationaldahelpline.org.uk",
        note="Free, run by Refuge.",
        focus=Focus.ABUSE,
    ),
)

IE_SERVICES = (
    service(
        "IE",
        "Samaritans",
        "Someone to listen, any time, whatever you are going through.",
        (call("116 123"),),
        website="https://www.samaritans.org",
    ),
    service(
        "IE",
        "50808 free text service",
        "Free text support, day or night, for any mental health or emotional crisis.",
        (text_line("50808"),),
        note="Funded by the HSE.",
    ),
    service(
        "IE",
        "Women's Aid National Freephone Helpline",
        "For women experiencing abuse from a partner or ex-partner, and people worried about them.",
        (call("1800 341 900"),),
        website="https://www.womensaid.ie",
        focus=Focus.ABUSE,
    ),
)

DE_SERVICES = (
    service(
        "DE",
        "TelefonSeelsorge",
        "Anonymous, free support for anyone going through a hard time.",
        (call("0800 111 0 111"), call("0800 111 0 222"), call("116 123")),
        languages=("German",),
        website="https://www.telefonseelsorge.de",
        note="Chat and email are also offered on the website.",
        focus=Focus.LISTENING,
    ),
    service(
        "DE",
        "Hilfetelefon Gewalt gegen Frauen",
        "For women experiencing violence, and people who want to support them.",
        (call("116 016"), chat("https://www.hilfetelefon.de")),
        languages=("German", "18 other languages, including English"),
        website="https://www.hilfetelefon.de",
        focus=Focus.ABUSE,
    ),
)

FR_SERVICES = (
    service(
        "FR",
        "3114, numéro national de prévention du suicide",
        "Care professionals for anyone thinking about suicide, or worried about someone.",
        (call("3114"),),
        languages=("French",),
        website="https://3114.fr",
    ),
    service(
        "FR",
        "SOS Amitié",
        "Anonymous listening for anyone going through a hard time.",
        (call("09 72 39 40 50"),),
        languages=("French",),
        website="https://www.sos-amitie.com",
        focus=Focus.LISTENING,
    ),
    service(
        "FR",
        "3919, Violences Femmes Info",
        "For women experiencing violence, and the people around them.",
        (call("3919"),),
        languages=("French", "12 other languages at set times"),
        website="https://solidaritefemmes.org",
        focus=Focus.ABUSE,
    ),
)
