"""The choice ledger: record a choice, look back on it, and the gentle look-back invitations."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from selftrust.domain.body import BodySignal
from selftrust.domain.ledger import (
    ChoiceFacts,
    FeltRight,
    GutDecision,
    Reassurance,
    next_look_back_at,
    parse_area,
    parse_choice_field,
    validate_confidence,
)
from selftrust.domain.profile import MAX_RECORD_ID, Profile
from selftrust.domain.text import InputInvalid, check_optional_text, check_text
from selftrust.services import gut_signals, ledger_facts
from selftrust.services.choice_fields import FieldInvalid as FieldInvalid
from selftrust.services.choice_fields import parse_whole_number as parse_whole_number
from selftrust.services.look_back_delay import DEFAULT_DELAY_HOURS as DEFAULT_DELAY_HOURS
from selftrust.services.look_back_delay import DELAY_KEY as DELAY_KEY
from selftrust.services.look_back_delay import DELAY_OFF as DELAY_OFF
from selftrust.services.look_back_delay import MAX_DELAY_HOURS as MAX_DELAY_HOURS
from selftrust.services.look_back_delay import look_back_hours as look_back_hours
from selftrust.services.look_back_delay import parse_look_back_hours as parse_look_back_hours
from selftrust.services.look_back_delay import set_look_back_hours as set_look_back_hours
from selftrust.services.look_back_delay import stored_delay as _delay
from selftrust.services.runtime import Runtime
from selftrust.services.safety import Saved, check_texts
from selftrust.storage import body as body_store
from selftrust.storage import choices as store
from selftrust.storage import gut_signals as links
from selftrust.storage.database import Connection
from selftrust.storage.errors import NotFound

Choice = store.Choice
LookBack = store.LookBack
T = TypeVar("T")

CHOICE_MAX_CHARS = 2_000
GUT_MAX_CHARS = 2_000
LOOK_BACK_NOTE_MAX_CHARS = 5_000
PAGE_SIZE = 20
MAX_PAGE_SIZE = 500
DUE_LIMIT = 20
CALENDAR_LIMIT = 500


@dataclass(frozen=True, slots=True)
class DueLookBack:
    choice: Choice
    due_at: datetime


@dataclass(frozen=True, slots=True)
class DueLookBacks:
    items: tuple[DueLookBack, ...]  # most recently due first, up to the limit asked for
    total: int
    turned_off: bool


@dataclass(frozen=True, slots=True)
class ChoiceDetail:
    choice: Choice
    look_backs: tuple[LookBack, ...]  # the one that counts first
    next_look_back_at: datetime | None
    gut_signal: BodySignal | None = None  # the body signal linked as what the gut said


def _field(name: str, check: Callable[[object], T], value: object) -> T:
    try:
        return check(value)
    except InputInvalid as error:
        raise FieldInvalid(name, str(error)) from None


def _owned_signal(conn: Connection, profile: Profile, signal_id: int | None) -> int | None:
    try:
        return gut_signals.owned_signal_id(conn, profile, signal_id)
    except InputInvalid as error:
        raise FieldInvalid("body_signal_id", str(error)) from None


def add_choice(
    rt: Runtime,
    profile: Profile,
    text: object,
    *,
    gut: object,
    confidence: object,
    gut_text: object = None,
    reassurance: object = Reassurance.NONE.value,
    area: object = None,
    body_signal_id: object = None,
) -> Saved[Choice]:
    """Save a choice exactly as written, and check its words for crisis language.

    `body_signal_id` links one of the person's body signals as what their gut said.
    """
    checked_text = _field(
        "text",
        lambda v: check_text(v, label="What you chose", max_chars=CHOICE_MAX_CHARS),
        text,
    )
    checked_gut_text = _field(
        "gut_text",
        lambda v: check_optional_text(v, label="What your gut said", max_chars=GUT_MAX_CHARS),
        gut_text,
    )
    decision = _field("gut", lambda v: parse_choice_field(GutDecision, v), gut)
    sure = _field("confidence", validate_confidence, confidence)
    asked = _field("reassurance", lambda v: parse_choice_field(Reassurance, v), reassurance)
    checked_area = _field("area", parse_area, area)
    signal_id = _field("body_signal_id", gut_signals.parse_signal_id, body_signal_id)
    with rt.db.transaction() as conn:
        # Checked inside the transaction that saves: a refused link leaves nothing behind.
        owned = _owned_signal(conn, profile, signal_id)
        choice = store.add(
            conn,
            profile,
            text=checked_text,
            gut_text=checked_gut_text,
            gut=decision,
            confidence=sure,
            reassurance=asked,
            area=checked_area,
            now=rt.now(),
            body_signal_id=owned,
        )
        return Saved(choice, check_texts(conn, profile, [checked_text, checked_gut_text]))


def _check_id(choice_id: int) -> int:
    # Larger numbers can never name a record, and PostgreSQL would refuse them noisily.
    if isinstance(choice_id, bool) or not 1 <= choice_id <= MAX_RECORD_ID:
        raise NotFound(f"There is no choice number {choice_id}.")
    return choice_id


def get_choice(rt: Runtime, profile: Profile, choice_id: int) -> Choice:
    """Return one of this profile's choices, or raise NotFound."""
    with rt.db.transaction() as conn:
        return store.get(conn, profile, _check_id(choice_id))


def set_gut_signal(rt: Runtime, profile: Profile, choice_id: int, body_signal_id: object) -> Choice:
    """Link a body signal to a choice as what the gut said, change it, or remove it (None)."""
    signal_id = _field("body_signal_id", gut_signals.parse_signal_id, body_signal_id)
    with rt.db.transaction() as conn:
        store.get(conn, profile, _check_id(choice_id))
        owned = _owned_signal(conn, profile, signal_id)
        links.set_link(conn, profile, choice_id, owned, now=rt.now())
        return store.get(conn, profile, choice_id)


def choice_detail(rt: Runtime, profile: Profile, choice_id: int) -> ChoiceDetail:
    """Return a choice with every look-back on it and when the next invitation shows."""
    with rt.db.transaction() as conn:
        choice = store.get(conn, profile, _check_id(choice_id))
        history = store.look_backs_of(conn, profile, choice.id)
        delay = _delay(conn, profile)
        signal = (
            None
            if choice.body_signal_id is None
            else body_store.find(conn, profile, choice.body_signal_id)
        )
    due = next_look_back_at(choice.facts(), delay)
    return ChoiceDetail(choice, tuple(history), due, signal)


def list_choices(
    rt: Runtime, profile: Profile, *, limit: int = PAGE_SIZE, before_id: int | None = None
) -> list[Choice]:
    """Return choices newest first, one page at a time."""
    with rt.db.transaction() as conn:
        return store.recent(
            conn, profile, limit=max(1, min(limit, MAX_PAGE_SIZE)), before_id=before_id
        )


def look_back(
    rt: Runtime, profile: Profile, choice_id: int, felt_right: object, note: object = None
) -> Saved[LookBack]:
    """Record how a choice feels looking back; the latest look-back is the one that counts."""
    answer = _field("felt_right", lambda v: parse_choice_field(FeltRight, v), felt_right)
    checked_note = _field(
        "note",
        lambda v: check_optional_text(v, label="Your note", max_chars=LOOK_BACK_NOTE_MAX_CHARS),
        note,
    )
    with rt.db.transaction() as conn:
        saved = store.add_look_back(
            conn, profile, _check_id(choice_id), felt_right=answer, note=checked_note, now=rt.now()
        )
        return Saved(saved, check_texts(conn, profile, [checked_note]))


def invites_reflection(answer: FeltRight | None) -> bool:
    """Tell whether to offer (never require) looking at the choice as information."""
    return answer in (FeltRight.NO, FeltRight.PARTLY)


# --- Look-back invitations ------------------------------------------------------------------


def _waiting(facts: Iterable[ChoiceFacts], delay: timedelta) -> list[tuple[datetime, int]]:
    """(when, choice id) for every choice an invitation is waiting or planned for."""
    waiting = []
    for fact in facts:
        # Answered choices are never prompted again; skip them before the date maths.
        if fact.latest_look_back is None or fact.latest_look_back is FeltRight.TOO_EARLY:
            due = next_look_back_at(fact, delay)
            if due is not None:
                waiting.append((due, fact.id))
    waiting.sort(reverse=True)
    return waiting


def due_look_backs(rt: Runtime, profile: Profile, *, limit: int = DUE_LIMIT) -> DueLookBacks:
    """Return the look-back invitations waiting now, most recently due first."""
    with rt.db.transaction() as conn:
        delay = _delay(conn, profile)
        if delay is None:
            return DueLookBacks(items=(), total=0, turned_off=True)
        now = rt.now()
        snapshot = ledger_facts.snapshot(conn, rt.db, profile)
        due = [item for item in _waiting(snapshot.facts.values(), delay) if item[0] <= now]
        picked = due[: max(0, min(limit, MAX_PAGE_SIZE))]
        found = store.by_ids(conn, profile, [choice_id for _, choice_id in picked])
    items = tuple(DueLookBack(found[i], at) for at, i in picked if i in found)
    return DueLookBacks(items=items, total=len(due), turned_off=False)


def look_back_calendar(rt: Runtime, profile: Profile, *, with_text: bool = False) -> bytes:
    """Return waiting and upcoming invitations as an iCalendar file (words only if asked)."""
    from selftrust.reports.ical import LookBackEvent, look_back_calendar

    now = rt.now()
    with rt.db.transaction() as conn:
        delay = _delay(conn, profile)
        waiting: list[tuple[datetime, int]] = []
        if delay is not None:
            snapshot = ledger_facts.snapshot(conn, rt.db, profile)
            waiting = _waiting(snapshot.facts.values(), delay)[:CALENDAR_LIMIT]
        found = store.by_ids(conn, profile, [choice_id for _, choice_id in waiting])
    # An invitation already waiting goes at the next full hour: a past event is easy to miss.
    next_hour = (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
    events = [
        LookBackEvent(
            choice_id=choice_id,
            starts_at=due if due > now else next_hour,
            sequence=found[choice_id].look_back_count,
            choice_text=found[choice_id].text if with_text else None,
        )
        for due, choice_id in sorted(waiting)
        if choice_id in found
    ]
    return look_back_calendar(events, stamp=now)
