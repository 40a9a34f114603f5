"""The calm card in the terminal: a quiet plain-text panel, on stderr when stdout is JSON."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selftrust.domain.profile import Profile
    from selftrust.services.runtime import Runtime
    from selftrust.services.safety import SafetyCheck


def show_card_if_needed(
    rt: Runtime,
    profile: Profile,
    check: SafetyCheck,
    *,
    json_output: bool,
    opening: str | None = None,
) -> None:
    """Print the help panel when the save's safety check asks for it."""
    if not check.show_card:
        return
    # Imported only when the card shows: most saves never need it, and start-up time matters.
    from selftrust.content.crisis_card import cli_panel
    from selftrust.services import help

    card = help.crisis_card(rt, profile, check, locale=os.environ.get("LANG"))
    if card is None:
        return
    people = [f"{p.name}: {p.phone}" if p.phone else p.name for p in card.own_people]
    panel = cli_panel(
        card.region, card.kind, own_people=people, ground_hint="selftrust ground", opening=opening
    )
    print(panel, file=sys.stderr if json_output else sys.stdout)
