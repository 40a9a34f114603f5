"""The calm card in pages: built from a save's safety check, or again after a redirect."""

from __future__ import annotations

from fastapi import Request

from selftrust.domain.profile import Profile
from selftrust.services import help
from selftrust.services.runtime import Runtime
from selftrust.services.safety import KIND_PRIORITY, SafetyCheck, detect


def locale_of(request: Request) -> str | None:
    """The browser's first language tag (e.g. en-GB), used only to guess the region."""
    header = request.headers.get("accept-language", "")
    first = header.split(",", 1)[0].split(";", 1)[0].strip()
    return first or None


def card_after_save(
    request: Request, rt: Runtime, profile: Profile, check: SafetyCheck
) -> help.CrisisCard | None:
    return help.crisis_card(rt, profile, check, locale=locale_of(request))


def card_for_text(
    request: Request, rt: Runtime, profile: Profile, text: str
) -> help.CrisisCard | None:
    """Rebuild the card after a plain-form redirect (the save already decided it should show)."""
    kinds = detect(text).kinds
    if not kinds:
        return None
    kind = next(k for k in KIND_PRIORITY if k in kinds)
    return help.card_for(rt, profile, kind, locale=locale_of(request))
