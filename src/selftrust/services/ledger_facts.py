"""Every choice as the ledger maths sees it, kept warm between calls.

Why a cache: reading 20,000 choices and building their facts takes 150–300 ms, far over the
50 ms the evidence view may take (docs/performance.md). Choices and look-backs are only ever
added, or all deleted together, so a small marker query (counts, newest ids and their times)
tells whether anything changed, and then only the new rows are read.

The marker is checked against the database on every call, so several processes (the web app and
the CLI, or many web workers) never see each other's stale data. After everything is deleted,
SQLite may hand out the same ids again; the time stamp of the newest row tells those apart.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from selftrust.domain.ledger import ChoiceFacts, Evidence, compute_evidence
from selftrust.domain.profile import Profile
from selftrust.storage import choice_facts as store
from selftrust.storage.database import Connection, Database

# Enough for a busy clinic server's active people; each heavy ledger is a few MB at most.
MAX_PROFILES_PER_DATABASE = 32


@dataclass(slots=True)
class LedgerSnapshot:
    """The facts of one profile's ledger at one marker; never changed once shared."""

    marker: store.LedgerMarker
    facts: Mapping[int, ChoiceFacts]
    _evidence: Evidence | None = field(default=None, repr=False)

    def evidence(self) -> Evidence:
        """Return the evidence for these facts, computed once per snapshot."""
        # Two threads may both compute it the first time; the result is the same either way.
        if self._evidence is None:
            self._evidence = compute_evidence(self.facts.values())
        return self._evidence


_lock = threading.Lock()
_snapshots: WeakKeyDictionary[Database, OrderedDict[int, LedgerSnapshot]] = WeakKeyDictionary()


def snapshot(conn: Connection, db: Database, profile: Profile) -> LedgerSnapshot:
    """Return the profile's ledger facts as they are in the database right now."""
    marker = store.marker(conn, profile)
    with _lock:
        cached = _snapshots.get(db, OrderedDict()).get(profile.id)
    if cached is not None and cached.marker == marker:
        fresh = cached
    else:
        updated = _updated(conn, profile, cached, marker) if cached is not None else None
        fresh = updated or LedgerSnapshot(marker, _by_id(store.all_facts(conn, profile)))
    with _lock:
        per_db = _snapshots.setdefault(db, OrderedDict())
        per_db[profile.id] = fresh
        per_db.move_to_end(profile.id)
        while len(per_db) > MAX_PROFILES_PER_DATABASE:
            per_db.popitem(last=False)
    return fresh


def forget(db: Database, profile: Profile) -> None:
    """Drop what is kept for this profile (after everything was deleted, for instance)."""
    with _lock:
        _snapshots.get(db, OrderedDict()).pop(profile.id, None)


def _by_id(facts: list[ChoiceFacts]) -> dict[int, ChoiceFacts]:
    return {fact.id: fact for fact in facts}


def _updated(
    conn: Connection, profile: Profile, old: LedgerSnapshot, new: store.LedgerMarker
) -> LedgerSnapshot | None:
    """Apply only what was added since `old`; None when anything else changed."""
    before = old.marker
    if new.choices < before.choices or new.look_backs < before.look_backs:
        return None
    # The newest rows seen last time are still there, unchanged: nothing was deleted and
    # refilled under the same ids.
    if store.row_time(conn, profile, "choices", before.last_choice_id) != before.last_made_at:
        return None
    if (
        store.row_time(conn, profile, "look_backs", before.last_look_back_id)
        != before.last_looked_back_at
    ):
        return None
    last_choice = before.last_choice_id or 0
    last_look_back = before.last_look_back_id or 0
    changed = store.facts_changed_since(
        conn, profile, choice_id=last_choice, look_back_id=last_look_back
    )
    added = sum(1 for fact in changed if fact.id > last_choice)
    looked_back = store.count_look_backs_after(conn, profile, last_look_back)
    # Every change is an addition: the counts must add up exactly, or start again from scratch.
    if before.choices + added != new.choices or before.look_backs + looked_back != new.look_backs:
        return None
    facts = dict(old.facts)
    facts.update(_by_id(changed))
    return LedgerSnapshot(new, facts)
