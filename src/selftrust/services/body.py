"""Body signals: log one, read them back, see where they recur, grow the feeling words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from selftrust.domain import body as rules
from selftrust.domain.body import BodyMap, BodySignal, BodySignalInvalid
from selftrust.domain.profile import Profile
from selftrust.services.runtime import Runtime
from selftrust.services.safety import Saved, check_texts
from selftrust.storage import body as store
from selftrust.storage import gut_signals as links
from selftrust.storage.database import Connection

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


class Period(StrEnum):
    """Time windows for the body map (GET parameters, so the filter works without JS)."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    ALL = "all"


PERIOD_DAYS = {Period.WEEK: 7, Period.MONTH: 30, Period.QUARTER: 90, Period.ALL: None}


@dataclass(frozen=True, slots=True)
class MapView:
    """The body map for one filter, with the signals it was drawn from (newest first)."""

    map: BodyMap
    signals: tuple[BodySignal, ...]
    feeling: str | None
    period: Period


def _vocabulary(conn: Connection, profile: Profile) -> list[str]:
    own = [w for w in store.own_feelings(conn, profile) if w not in rules.FEELINGS]
    return [*rules.FEELINGS, *own]


def vocabulary(rt: Runtime, profile: Profile) -> list[str]:
    """Return the feeling words this person can choose from: the starting set, then their own."""
    with rt.db.transaction() as conn:
        return _vocabulary(conn, profile)


def add_feeling(rt: Runtime, profile: Profile, word: object) -> str:
    """Add a feeling word of the person's own; return it as stored."""
    clean = rules.normalise_feeling(word)
    with rt.db.transaction() as conn:
        if clean not in rules.FEELINGS:
            store.add_feeling(conn, profile, clean, now=rt.now())
    return clean


def add_signal(
    rt: Runtime,
    profile: Profile,
    *,
    regions: object,
    feelings: object,
    intensity: object,
    tone: object,
    message: object = None,
    new_feeling: object = None,
) -> Saved[BodySignal]:
    """Save a body signal (a new feeling word is added first), and check the text for crisis."""
    chosen = _as_list(feelings)
    extra = None
    if isinstance(new_feeling, str) and new_feeling.strip():
        extra = rules.normalise_feeling(new_feeling)
        chosen = [*chosen, extra] if isinstance(chosen, list) else chosen
    with rt.db.transaction() as conn:
        known = _vocabulary(conn, profile)
        draft = rules.check_signal(
            regions=regions,
            feelings=chosen,
            intensity=intensity,
            tone=tone,
            message=message,
            vocabulary=[*known, extra] if extra else known,
        )
        if extra and extra not in known:
            store.add_feeling(conn, profile, extra, now=rt.now())
        signal = store.add(conn, profile, draft, now=rt.now())
        return Saved(signal, check_texts(conn, profile, [draft.message]))


def _as_list(value: object) -> object:
    # A form or CLI may send nothing, one word or many; anything else is left for the check.
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return list(value)
    return value


def find_signal(rt: Runtime, profile: Profile, signal_id: int) -> BodySignal | None:
    """Return one of this profile's signals, or None (for linking a choice to 'my gut said')."""
    with rt.db.transaction() as conn:
        return store.find(conn, profile, signal_id)


def get_signal(rt: Runtime, profile: Profile, signal_id: int) -> BodySignal:
    """Return one of this profile's signals, or raise NotFound."""
    with rt.db.transaction() as conn:
        return store.get(conn, profile, signal_id)


def list_signals(
    rt: Runtime,
    profile: Profile,
    *,
    feeling: str | None = None,
    since: datetime | None = None,
    limit: int = PAGE_SIZE,
) -> list[BodySignal]:
    """Return signals newest first, optionally only one feeling word or from a time on."""
    word = None if feeling is None else rules.normalise_feeling(feeling)
    if since is not None and since.tzinfo is None:
        raise BodySignalInvalid("Give the start time with a time zone, like 2026-03-01T00:00Z.")
    size = max(1, min(limit, MAX_PAGE_SIZE))
    with rt.db.transaction() as conn:
        found = store.recent(conn, profile, since=since, limit=None if word else size)
    return [s for s in found if rules.matches(s, feeling=word)][:size]


def check_period(value: object) -> Period:
    """Return a known time window, or raise with the choices."""
    try:
        return Period(str(value or Period.ALL))
    except ValueError:
        raise BodySignalInvalid(
            f"The time filter can be one of: {', '.join(p.value for p in Period)}."
        ) from None


def map_view(
    rt: Runtime, profile: Profile, *, feeling: object = None, period: object = None
) -> MapView:
    """Return the body map for a feeling word and a time window, with its signals."""
    window = check_period(period)
    word = None if feeling in (None, "") else rules.normalise_feeling(feeling)
    days = PERIOD_DAYS[window]
    since = None if days is None else rt.now() - timedelta(days=days)
    with rt.db.transaction() as conn:
        signals = [
            s for s in store.recent(conn, profile, since=since) if rules.matches(s, feeling=word)
        ]
    return MapView(map=rules.body_map(signals), signals=tuple(signals), feeling=word, period=window)


def delete_signal(rt: Runtime, profile: Profile, signal_id: int) -> int:
    """Delete one signal for good; choices that pointed at it are kept, only unlinked.

    Return how many choices were unlinked. Deleting is never refused: the person may want a
    signal gone, and a choice stands on its own without it.
    """
    with rt.db.transaction() as conn:
        store.get(conn, profile, signal_id)  # NotFound before anything changes
        unlinked = links.unlink_signal(conn, profile, signal_id, now=rt.now())
        store.delete(conn, profile, signal_id)
    return unlinked
