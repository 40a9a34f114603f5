"""Copy for the calm card shown when crisis language is noticed, plus its plain-text form.

The card never blocks and never scolds: the person's words are already saved, and the card
only offers ways to reach someone. Order matters: the care line first, then concrete options,
then their own people, then grounding, and the emergency number always visible.
Pure module: no I/O, no clock.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from selftrust.content.crisis_resources import Channel, Contact, CrisisService, Focus, Region
from selftrust.language.crisis import CrisisKind

# The kinds are defined once, by the detector that finds them.


@dataclass(frozen=True, slots=True)
class CardCopy:
    opening: str  # the one line of care
    reach_someone_heading: str
    region_label: str  # "{region}" is replaced with the region name
    change_region_label: str
    own_people_heading: str
    own_people_empty: str
    ground_heading: str
    ground_action: str
    emergency_line: str  # "{number}" is replaced with the local emergency number
    emergency_line_unknown: str
    more_help_label: str
    dismiss_label: str
    cli_dismiss_hint: str


@dataclass(frozen=True, slots=True)
class KindVariant:
    kind: CrisisKind
    line: str  # shown under the opening line
    first_focus: Focus  # services with this focus are listed first


CARD: Final = CardCopy(
    opening=(
        "What you wrote is saved, just as you wrote it. If you'd like some support right now, "
        "these are here for you. You don't have to be in crisis to reach out."
    ),
    reach_someone_heading="Reach someone now",
    region_label="Services for {region}",
    change_region_label="Not where you are? Choose another place",
    own_people_heading="Your own people",
    own_people_empty="You can add people you trust to your safety plan, whenever it feels right.",
    ground_heading="Ground yourself",
    ground_action="Try a short grounding practice (a few minutes)",
    emergency_line="If you are in danger right now, call {number}.",
    emergency_line_unknown="If you are in danger right now, call your local emergency number.",
    more_help_label="More ways to get help",
    dismiss_label="Close for now",
    cli_dismiss_hint="Your words are saved. This will not show again for the same text.",
)

VARIANTS: Final[Mapping[CrisisKind, KindVariant]] = MappingProxyType(
    {
        CrisisKind.SUICIDE: KindVariant(
            CrisisKind.SUICIDE,
            "Thoughts of not wanting to be here can feel very heavy. Talking with someone, even "
            "for a few minutes, can help you carry them.",
            Focus.CRISIS,
        ),
        CrisisKind.SELF_HARM: KindVariant(
            CrisisKind.SELF_HARM,
            "If you are hurting, or thinking about hurting yourself, you deserve care, not "
            "judgement. Someone can talk it through with you.",
            Focus.CRISIS,
        ),
        CrisisKind.HARM_FROM_OTHERS: KindVariant(
            CrisisKind.HARM_FROM_OTHERS,
            "If someone is hurting you or making you feel unsafe, it is not your fault. You "
            "deserve to be safe. Some people's whole work is helping with this, and some "
            "services can be reached by text or chat if a call isn't safe.",
            Focus.ABUSE,
        ),
        CrisisKind.CONCERN_FOR_OTHER: KindVariant(
            CrisisKind.CONCERN_FOR_OTHER,
            "It sounds like you are worried about someone. You can share these services with "
            "them, or contact one yourself to ask how to help. Your own wellbeing matters too.",
            Focus.CRISIS,
        ),
    }
)

# Lower sorts first. Services for harm from others are kept near the end unless the kind
# asks for them, so a person writing about suicide sees a crisis line at the top.
_FOCUS_ORDER: Final = {
    Focus.CRISIS: 0,
    Focus.LISTENING: 1,
    Focus.INDIGENOUS: 2,
    Focus.YOUTH: 3,
    Focus.ABUSE: 4,
    Focus.DIRECTORY: 5,
}


def emergency_line(region: Region) -> str:
    """Return the emergency sentence for a region, with its number filled in."""
    if region.emergency_number is None:
        return CARD.emergency_line_unknown
    return CARD.emergency_line.format(number=region.emergency_number)


def describe_contact(contact: Contact) -> str:
    """Return a short plain instruction for one contact, e.g. "Text HOME to 741741"."""
    match contact.channel:
        case Channel.CALL:
            return f"Call {contact.value}"
        case Channel.TEXT if contact.keyword:
            return f"Text {contact.keyword} to {contact.value}"
        case Channel.TEXT:
            return f"Text {contact.value}"
        case Channel.CHAT:
            return f"Chat online: {contact.value}"
        case Channel.WEB:
            return f"Visit {contact.value}"


def services_for(region: Region, kind: CrisisKind | None = None) -> tuple[CrisisService, ...]:
    """Return the region's services with the best fit for this kind of message first."""
    first = VARIANTS[kind].first_focus if kind is not None else Focus.CRISIS

    def rank(service: CrisisService) -> int:
        return -1 if service.focus is first else _FOCUS_ORDER[service.focus]

    # sorted() is stable, so services keep their curated order within a rank.
    return tuple(sorted(region.services, key=rank))


def opening_lines(kind: CrisisKind | None = None, *, opening: str | None = None) -> tuple[str, ...]:
    """Return the care line (or a given one), followed by the kind's own line if any."""
    first = opening or CARD.opening
    if kind is None:
        return (first,)
    return (first, VARIANTS[kind].line)


def cli_panel(
    region: Region,
    kind: CrisisKind | None = None,
    *,
    own_people: Sequence[str] = (),
    ground_hint: str | None = None,
    width: int = 72,
    opening: str | None = None,
) -> str:
    """Render the card as plain text for a terminal; meaning never depends on colour."""
    rule = "-" * width
    lines: list[str] = [rule]
    for paragraph in opening_lines(kind, opening=opening):
        lines.extend(textwrap.wrap(paragraph, width))
        lines.append("")
    lines.append(f"{CARD.reach_someone_heading} ({region.name})")
    for service in services_for(region, kind):
        lines.append(f"  {service.name} ({service.hours})")
        lines.extend(f"    {describe_contact(contact)}" for contact in service.contacts)
    lines.append("")
    lines.append(CARD.own_people_heading)
    if own_people:
        lines.extend(f"  - {person}" for person in own_people)
    else:
        lines.extend(
            textwrap.wrap(CARD.own_people_empty, width, initial_indent="  ", subsequent_indent="  ")
        )
    lines.append("")
    lines.append(CARD.ground_heading)
    lines.append(f"  {CARD.ground_action}" + (f": {ground_hint}" if ground_hint else ""))
    lines.append("")
    lines.extend(textwrap.wrap(emergency_line(region), width))
    if region.emergency_note:
        lines.extend(textwrap.wrap(region.emergency_note, width))
    lines.append("")
    lines.append(CARD.cli_dismiss_hint)
    lines.append(rule)
    return "\n".join(lines)


CARD_TITLE: Final = "Support is here, if you want it"
