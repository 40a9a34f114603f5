"""'What my gut said': which body signal a choice points at, checked to be the person's own.

The choice ledger (services/choices.py) saves and changes the link; this module reads a picked
id, makes sure it names one of this profile's signals, and gathers the signals a page shows.
"""

from __future__ import annotations

from collections.abc import Iterable

from selftrust.content import gut_signal_copy as copy
from selftrust.domain.body import BodySignal
from selftrust.domain.profile import MAX_RECORD_ID, Profile
from selftrust.domain.text import InputInvalid
from selftrust.services.runtime import Runtime
from selftrust.storage import body as body_store
from selftrust.storage import choices as choice_store
from selftrust.storage import gut_signals as links
from selftrust.storage.database import Connection

RECENT_SIGNALS = 6
_NONE_WORDS = ("", "none")


def parse_signal_id(value: object) -> int | None:
    """Read a picked signal: a whole number, or nothing / "none" for no link; else raise."""
    if value is None or (isinstance(value, str) and value.strip().lower() in _NONE_WORDS):
        return None
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputInvalid(copy.SIGNAL_ID_INVALID)
    if value > MAX_RECORD_ID:
        # Such a number can never name a record, and PostgreSQL would refuse it noisily.
        raise InputInvalid(copy.NO_SUCH_SIGNAL.format(id=value))
    return value


def owned_signal_id(conn: Connection, profile: Profile, signal_id: int | None) -> int | None:
    """Return the id when it names one of this profile's signals (or is None); else raise."""
    if signal_id is not None and body_store.find(conn, profile, signal_id) is None:
        # Someone else's signal gets the same sentence as a missing one: nothing leaks.
        raise InputInvalid(copy.NO_SUCH_SIGNAL.format(id=signal_id))
    return signal_id


def recent_signals(
    rt: Runtime, profile: Profile, *, keep: int | None = None, limit: int = RECENT_SIGNALS
) -> list[BodySignal]:
    """Return the newest signals to pick from; `keep` (the one linked now) is always there."""
    with rt.db.transaction() as conn:
        found = body_store.recent(conn, profile, limit=limit)
        if keep is not None and all(s.id != keep for s in found):
            found += body_store.by_ids(conn, profile, [keep]).values()
    return found


def signals_for(
    rt: Runtime, profile: Profile, picked: Iterable[choice_store.Choice]
) -> dict[int, BodySignal]:
    """Return the signals these choices point at, by id."""
    ids = sorted({c.body_signal_id for c in picked if c.body_signal_id is not None})
    if not ids:
        return {}
    with rt.db.transaction() as conn:
        return body_store.by_ids(conn, profile, ids)


def linked_choices(rt: Runtime, profile: Profile, signal_id: int) -> int:
    """Count the choices that point at a signal (shown before it is deleted)."""
    with rt.db.transaction() as conn:
        return links.linked_choices(conn, profile, signal_id)
