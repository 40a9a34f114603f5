"""Help now: the person's region, their own contacts, and the calm card shown after crisis text."""

from __future__ import annotations

from dataclasses import dataclass

from selftrust.content import crisis_card as copy
from selftrust.content.crisis_resources import (
    REGIONS,
    CrisisService,
    Region,
    guess_country,
    region_for,
)
from selftrust.domain.profile import Profile
from selftrust.domain.safety import PersonalContact, check_contact
from selftrust.domain.text import InputInvalid
from selftrust.language.crisis import CrisisKind
from selftrust.services.runtime import Runtime
from selftrust.services.safety import SafetyCheck
from selftrust.storage import safety_records, settings

REGION_KEY = "region"


@dataclass(frozen=True, slots=True)
class CrisisCard:
    """Everything the calm card shows, ready for any entry layer to render."""

    kind: CrisisKind | None
    lines: tuple[str, ...]
    region: Region
    services: tuple[CrisisService, ...]
    own_people: tuple[PersonalContact, ...]
    emergency_line: str


def region_of(rt: Runtime, profile: Profile, *, locale: str | None = None) -> Region:
    """The region chosen in settings, else one guessed from the locale, else international."""
    with rt.db.transaction() as conn:
        chosen = settings.get(conn, profile, REGION_KEY)
    return region_for(chosen or guess_country(locale))


def choose_region(rt: Runtime, profile: Profile, country: object) -> Region:
    """Remember the person's region for Help now and the card."""
    if not isinstance(country, str) or country.upper() not in REGIONS:
        raise InputInvalid("That place isn't in the list yet; the international list still helps.")
    with rt.db.transaction() as conn:
        settings.put(conn, profile, REGION_KEY, country.upper())
    return REGIONS[country.upper()]


def own_contacts(rt: Runtime, profile: Profile) -> list[PersonalContact]:
    """The person's own people, as they added them."""
    with rt.db.transaction() as conn:
        return safety_records.contacts(conn, profile)


def add_contact(
    rt: Runtime, profile: Profile, name: object, phone: object = None, note: object = None
) -> PersonalContact:
    """Add someone the person can reach out to."""
    checked = check_contact(name, phone, note)
    with rt.db.transaction() as conn:
        return safety_records.add_contact(conn, profile, *checked, now=rt.now())


def remove_contact(rt: Runtime, profile: Profile, contact_id: int) -> None:
    """Remove one of the person's contacts."""
    with rt.db.transaction() as conn:
        safety_records.delete_contact(conn, profile, contact_id)


def crisis_card(
    rt: Runtime, profile: Profile, check: SafetyCheck, *, locale: str | None = None
) -> CrisisCard | None:
    """The card to show for this check, or None when it should not show."""
    if not check.show_card:
        return None
    return card_for(rt, profile, check.primary_kind, locale=locale)


def card_for(
    rt: Runtime, profile: Profile, kind: CrisisKind | None, *, locale: str | None = None
) -> CrisisCard:
    """Build the card for a kind of concern (None: the general card)."""
    region = region_of(rt, profile, locale=locale)
    return CrisisCard(
        kind=kind,
        lines=copy.opening_lines(kind),
        region=region,
        services=copy.services_for(region, kind),
        own_people=tuple(own_contacts(rt, profile)),
        emergency_line=copy.emergency_line(region),
    )
