"""Crisis services by region, as data.

Every entry here was checked against public sources on the date in `last_checked`;
docs/crisis-resources.md lists the source for each one and how to add or update an entry.
An entry we could not confirm is left out rather than guessed: a wrong number in a crisis
is real harm. Pure module: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Final


class Channel(StrEnum):
    CALL = "call"
    TEXT = "text"
    CHAT = "chat"
    WEB = "web"  # a website to visit, e.g. a directory of helplines


class Focus(StrEnum):
    """What a service is mainly for, so the crisis card can put the closest fit first."""

    CRISIS = "crisis"  # suicidal thoughts and emotional crisis
    LISTENING = "listening"  # someone to talk to about anything
    ABUSE = "abuse"  # harm from a partner, family member or anyone else
    YOUTH = "youth"
    INDIGENOUS = "indigenous"
    DIRECTORY = "directory"  # points to other services


class Origin(StrEnum):
    """Built in (checked by us) or added by the person; storage keeps the personal ones."""

    BUILT_IN = "built_in"
    PERSONAL = "personal"


@dataclass(frozen=True, slots=True)
class Contact:
    """One way to reach a service."""

    channel: Channel
    # Phone number as dialled locally, a text short code or number, or a web address.
    value: str
    keyword: str | None = None  # word to send first by text, e.g. "HOME"


@dataclass(frozen=True, slots=True)
class CrisisService:
    country: str  # ISO 3166-1 alpha-2, or "INT" for the international pointer
    name: str
    description: str  # one short line in our words: who it is for
    contacts: tuple[Contact, ...]
    hours: str
    languages: tuple[str, ...]
    last_checked: date
    website: str | None = None
    note: str | None = None  # how to use it, when the number alone is not enough
    focus: Focus = Focus.CRISIS
    origin: Origin = Origin.BUILT_IN


@dataclass(frozen=True, slots=True)
class Region:
    country: str
    name: str
    # None only for the international region, where we cannot know the local number.
    emergency_number: str | None
    services: tuple[CrisisService, ...]
    emergency_note: str | None = None  # other emergency numbers worth knowing


# The date these entries were verified (see docs/crisis-resources.md).
CHECKED: Final = date(2026, 11, 24)
INTERNATIONAL_CODE: Final = "INT"
DEFAULT_REGION: Final = INTERNATIONAL_CODE


def _call(number: str) -> Contact:
    return Contact(Channel.CALL, number)


def _text(number: str, keyword: str | None = None) -> Contact:
    return Contact(Channel.TEXT, number, keyword)


def _chat(url: str) -> Contact:
    return Contact(Channel.CHAT, url)


def _service(
    country: str,
    name: str,
    description: str,
    contacts: tuple[Contact, ...],
    *,
    languages: tuple[str, ...] = ("English",),
    hours: str = "24/7",
    website: str | None = None,
    note: str | None = None,
    focus: Focus = Focus.CRISIS,
) -> CrisisService:
    return CrisisService(
        country, name, description, contacts, hours, languages, CHECKED, website, note, focus
    )


INTERNATIONAL: Final = _service(
    INTERNATIONAL_CODE,
    "Find A Helpline",
    "A free directory of helplines in many countries, searchable by country and topic.",
    (Contact(Channel.WEB, "https://findahelpline.com"),),
    languages=("English", "Many more"),
    hours="Website, any time",
    website="https://findahelpline.com",
    note="It lists services; it does not answer calls itself. Services and hours vary by country.",
    focus=Focus.DIRECTORY,
)

_US = (
    _service(
        "US",
        "988 Suicide & Crisis Lifeline",
        "For anyone in emotional distress or thinking about suicide, or worried about someone.",
        (_call("988"), _text("988"), _chat("https://988lifeline.org/chat")),
        languages=("English", "Spanish", "Interpreters for many more languages by phone"),
        website="https://988lifeline.org",
    ),
    _service(
        "US",
        "Crisis Text Line",
        "Free text support with a trained volunteer, for any crisis.",
        (_text("741741", "HOME"),),
        website="https://www.crisistextline.org",
    ),
    _service(
        "US",
        "National Domestic Violence Hotline",
        "For anyone being hurt or controlled by a partner or family member, and people who "
        "care about them.",
        (_call("1-800-799-7233"), _text("88788", "START"), _chat("https://www.thehotline.org")),
        languages=("English", "Spanish", "Interpreters for many more languages by phone"),
        website="https://www.thehotline.org",
        focus=Focus.ABUSE,
    ),
)

_CA = (
    _service(
        "CA",
        "9-8-8: Suicide Crisis Helpline",
        "For anyone in Canada thinking about suicide, or worried about someone who is.",
        (_call("988"), _text("988")),
        languages=("English", "French"),
        website="https://988.ca",
    ),
    _service(
        "CA",
        "Kids Help Phone",
        "Support for young people in Canada, by phone or text.",
        (_call("1-800-668-6868"), _text("686868", "CONNECT")),
        languages=("English", "French"),
        website="https://kidshelpphone.ca",
        focus=Focus.YOUTH,
    ),
    _service(
        "CA",
        "Hope for Wellness Help Line",
        "Counselling and crisis support for Indigenous people across Canada.",
        (_call("1-855-242-3310"),),
        languages=("English", "French", "Cree, Ojibway and Inuktitut on request"),
        website="https://hopeforwellness.ca",
        focus=Focus.INDIGENOUS,
    ),
)

_GB = (
    _service(
        "GB",
        "Samaritans",
        "Someone to listen, any time, whatever you are going through.",
        (_call("116 123"),),
        website="https://www.samaritans.org",
        note="Free to call from any phone. You can also email jo@samaritans.org.",
    ),
    _service(
        "GB",
        "Shout",
        "Free text support for anyone in the UK who is struggling to cope.",
        (_text("85258", "SHOUT"),),
        website="https://giveusashout.org",
    ),
    _service(
        "GB",
        "NHS 111, mental health option (England)",
        "Urgent mental health help from the NHS, for you or someone you care about.",
        (_call("111"),),
        website="https://111.nhs.uk",
        note="Call 111 and choose the mental health option. In Scotland and Wales, local NHS "
        "lines work a little differently.",
    ),
    _service(
        "GB",
        "National Domestic Abuse Helpline",
        "For anyone experiencing domestic abuse, and people worried about them.",
        (_call("0808 2000 247"),),
        website="https://www.nationaldahelpline.org.uk",
        note="Free, run by Refuge.",
        focus=Focus.ABUSE,
    ),
)

_IE = (
    _service(
        "IE",
        "Samaritans",
        "Someone to listen, any time, whatever you are going through.",
        (_call("116 123"),),
        website="https://www.samaritans.org",
    ),
    _service(
        "IE",
        "50808 free text service",
        "Free text support, day or night, for any mental health or emotional crisis.",
        (_text("50808"),),
        note="Funded by the HSE.",
    ),
    _service(
        "IE",
        "Women's Aid National Freephone Helpline",
        "For women experiencing abuse from a partner or ex-partner, and people worried about them.",
        (_call("1800 341 900"),),
        website="https://www.womensaid.ie",
        focus=Focus.ABUSE,
    ),
)

_AU = (
    _service(
        "AU",
        "Lifeline",
        "Crisis support and suicide prevention for anyone in Australia.",
        (_call("13 11 14"), _text("0477 13 11 14"), _chat("https://www.lifeline.org.au")),
        website="https://www.lifeline.org.au",
    ),
    _service(
        "AU",
        "Beyond Blue Support Service",
        "Talk with a trained counsellor about anxiety, low mood or anything weighing on you.",
        (_call("1300 22 4636"),),
        website="https://www.beyondblue.org.au",
        focus=Focus.LISTENING,
    ),
    _service(
        "AU",
        "1800RESPECT",
        "For anyone affected by domestic, family or sexual violence, and people supporting them.",
        (_call("1800 737 732"), _text("0458 737 732"), _chat("https://www.1800respect.org.au")),
        website="https://www.1800respect.org.au",
        focus=Focus.ABUSE,
    ),
)

_NZ = (
    _service(
        "NZ",
        "1737, Need to talk?",
        "Free call or text to talk with a trained counsellor about anything.",
        (_call("1737"), _text("1737")),
        website="https://1737.org.nz",
        note="Interpreters are available for many languages.",
    ),
    _service(
        "NZ",
        "Lifeline Aotearoa",
        "Someone to talk to when things feel like too much.",
        (_call("0800 543 354"), _text("4357")),
        website="https://www.lifeline.org.nz",
        note="The text number spells HELP.",
        focus=Focus.LISTENING,
    ),
    _service(
        "NZ",
        "Women's Refuge Crisis Line",
        "For anyone experiencing family violence, any time of day or night.",
        (_call("0800 733 843"),),
        website="https://womensrefuge.org.nz",
        focus=Focus.ABUSE,
    ),
)

_DE = (
    _service(
        "DE",
        "TelefonSeelsorge",
        "Anonymous, free support for anyone going through a hard time.",
        (_call("0800 111 0 111"), _call("0800 111 0 222"), _call("116 123")),
        languages=("German",),
        website="https://www.telefonseelsorge.de",
        note="Chat and email are also offered on the website.",
        focus=Focus.LISTENING,
    ),
    _service(
        "DE",
        "Hilfetelefon Gewalt gegen Frauen",
        "For women experiencing violence, and people who want to support them.",
        (_call("116 016"), _chat("https://www.hilfetelefon.de")),
        languages=("German", "18 other languages, including English"),
        website="https://www.hilfetelefon.de",
        focus=Focus.ABUSE,
    ),
)

_FR = (
    _service(
        "FR",
        "3114, numéro national de prévention du suicide",
        "Care professionals for anyone thinking about suicide, or worried about someone.",
        (_call("3114"),),
        languages=("French",),
        website="https://3114.fr",
    ),
    _service(
        "FR",
        "SOS Amitié",
        "Anonymous listening for anyone going through a hard time.",
        (_call("09 72 39 40 50"),),
        languages=("French",),
        website="https://www.sos-amitie.com",
        focus=Focus.LISTENING,
    ),
    _service(
        "FR",
        "3919, Violences Femmes Info",
        "For women experiencing violence, and the people around them.",
        (_call("3919"),),
        languages=("French", "12 other languages at set times"),
        website="https://solidaritefemmes.org",
        focus=Focus.ABUSE,
    ),
)

_IN = (
    _service(
        "IN",
        "Tele-MANAS",
        "Free mental health support from trained counsellors, from the Government of India.",
        (_call("14416"), _call("1-800-891-4416")),
        languages=("Hindi", "English"),
        note="Available in about 20 languages, depending on your state.",
    ),
    _service(
        "IN",
        "Women Helpline 181",
        "For women facing violence or who need urgent support.",
        (_call("181"),),
        languages=("Depends on your state",),
        hours="Depends on your state",
        note="Run by each state and union territory.",
        focus=Focus.ABUSE,
    ),
)


# Ordered for the region picker: the international pointer comes last.
REGIONS: Final[Mapping[str, Region]] = MappingProxyType(
    {
        "US": Region("US", "United States", "911", _US),
        "CA": Region("CA", "Canada", "911", _CA),
        "GB": Region("GB", "United Kingdom", "999", _GB, "112 also works."),
        "IE": Region("IE", "Ireland", "112", _IE, "999 also works."),
        "AU": Region("AU", "Australia", "000", _AU),
        "NZ": Region("NZ", "New Zealand", "111", _NZ),
        "DE": Region("DE", "Germany", "112", _DE),
        "FR": Region("FR", "France", "112", _FR, "For urgent medical help you can also call 15."),
        "IN": Region("IN", "India", "112", _IN),
        INTERNATIONAL_CODE: Region(
            INTERNATIONAL_CODE,
            "Other countries",
            None,
            (INTERNATIONAL,),
            "In the EU and many other countries, 112 reaches emergency services from a mobile.",
        ),
    }
)

# Common non-standard spellings people and systems use.
_ALIASES: Final = MappingProxyType({"UK": "GB"})


def region_for(country: str | None) -> Region:
    """Return the region for a country code, or the international region when unknown."""
    if not country:
        return REGIONS[DEFAULT_REGION]
    code = country.strip().upper()
    code = _ALIASES.get(code, code)
    return REGIONS.get(code, REGIONS[DEFAULT_REGION])


def guess_country(locale_name: str | None) -> str | None:
    """Guess a country code from a locale name like "en_US.UTF-8" or "en-GB"."""
    if not locale_name:
        return None
    # Drop the encoding (".UTF-8") and modifier ("@euro") before looking at the parts.
    base = locale_name.split(".", 1)[0].split("@", 1)[0]
    parts = base.replace("-", "_").split("_")
    # The first part is the language; the region is the first later part of two letters
    # (this skips script subtags like "Hant" and numeric regions like "419").
    for part in parts[1:]:
        if len(part) == 2 and part.isascii() and part.isalpha():
            code = part.upper()
            return _ALIASES.get(code, code)
    return None
