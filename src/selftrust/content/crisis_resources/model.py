"""The shapes of crisis-service data, and small builders for the region modules.

Pure module: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
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


def call(number: str) -> Contact:
    return Contact(Channel.CALL, number)


def text_line(number: str, keyword: str | None = None) -> Contact:
    return Contact(Channel.TEXT, number, keyword)


def chat(url: str) -> Contact:
    return Contact(Channel.CHAT, url)


def service(
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
