"""Crisis services by region, as data.

Every entry here was checked against public sources on the date in `last_checked`;
docs/crisis-resources.md lists the source for each one and how to add or update an entry.
An entry we could not confirm is left out rather than guessed: a wrong number in a crisis
is real harm. Pure module: no I/O, no clock.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from selftrust.content.crisis_resources.americas import CA_SERVICES, US_SERVICES
from selftrust.content.crisis_resources.asia_pacific import AU_SERVICES, IN_SERVICES, NZ_SERVICES
from selftrust.content.crisis_resources.europe import (
    DE_SERVICES,
    FR_SERVICES,
    GB_SERVICES,
    IE_SERVICES,
)
from selftrust.content.crisis_resources.model import (
    CHECKED,
    DEFAULT_REGION,
    INTERNATIONAL_CODE,
    Channel,
    Contact,
    CrisisService,
    Focus,
    Origin,
    Region,
    service,
)

__all__ = [
    "CHECKED",
    "DEFAULT_REGION",
    "INTERNATIONAL",
    "INTERNATIONAL_CODE",
    "REGIONS",
    "Channel",
    "Contact",
    "CrisisService",
    "Focus",
    "Origin",
    "Region",
    "guess_country",
    "region_for",
]

INTERNATIONAL: Final = service(
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


# Ordered for the region picker: the international pointer comes last.
REGIONS: Final[Mapping[str, Region]] = MappingProxyType(
    {
        "US": Region("US", "United States", "911", US_SERVICES),
        "CA": Region("CA", "Canada", "911", CA_SERVICES),
        "GB": Region("GB", "United Kingdom", "999", GB_SERVICES, "112 also works."),
        "IE": Region("IE", "Ireland", "112", IE_SERVICES, "999 also works."),
        "AU": Region("AU", "Australia", "000", AU_SERVICES),
        "NZ": Region("NZ", "New Zealand", "111", NZ_SERVICES),
        "DE": Region("DE", "Germany", "112", DE_SERVICES),
        "FR": Region(
            "FR", "France", "112", FR_SERVICES, "For urgent medical help you can also call 15."
        ),
        "IN": Region("IN", "India", "112", IN_SERVICES),
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
