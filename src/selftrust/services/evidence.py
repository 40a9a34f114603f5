"""The evidence view: what a person's own look-backs add up to, and their words for the wall."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from selftrust.domain.ledger import Evidence, GutDecision, recent_honoured
from selftrust.domain.profile import Profile
from selftrust.services import ledger_facts
from selftrust.services.runtime import Runtime
from selftrust.storage import choices as store

WALL_SIZE = 12


@dataclass(frozen=True, slots=True)
class WallEntry:
    """A choice that felt right looking back, in the person's own words."""

    choice_id: int
    text: str
    made_at: datetime
    gut: GutDecision
    note: str | None  # what they wrote when looking back, if anything


@dataclass(frozen=True, slots=True)
class EvidenceView:
    evidence: Evidence
    wall: tuple[WallEntry, ...]  # most recently made first


def evidence_for(rt: Runtime, profile: Profile) -> Evidence:
    """Add up the profile's ledger: counts, felt-right by gut decision, Brier, bands."""
    with rt.db.transaction() as conn:
        return ledger_facts.snapshot(conn, rt.db, profile).evidence()


def evidence_view(rt: Runtime, profile: Profile, *, wall_size: int = WALL_SIZE) -> EvidenceView:
    """Return the evidence and the most recent choices that felt right, with their words."""
    with rt.db.transaction() as conn:
        snapshot = ledger_facts.snapshot(conn, rt.db, profile)
        honoured = recent_honoured(snapshot.facts.values(), limit=wall_size)
        found = store.by_ids(conn, profile, [fact.id for fact in honoured])
    wall = tuple(
        WallEntry(
            choice_id=choice.id,
            text=choice.text,
            made_at=choice.made_at,
            gut=choice.gut,
            note=None if choice.latest is None else choice.latest.note,
        )
        for choice in (found.get(fact.id) for fact in honoured)
        if choice is not None
    )
    return EvidenceView(evidence=snapshot.evidence(), wall=wall)
