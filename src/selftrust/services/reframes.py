"""Inner critic to kind voice: start, carry on, finish, find, delete, and the gentle trend.

Step 1 saves a draft; later steps update it, so nothing written is lost when the person stops.
Every free text is kept exactly as written and crisis-checked in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from selftrust.content.thinking_traps import TRAP_CONTENT
from selftrust.domain.profile import Profile
from selftrust.domain.reframe_trend import Trend, compute_trend
from selftrust.domain.reframes import (
    KEEP,
    Keep,
    Reframe,
    ReframeFields,
    ReframeStatus,
    Segment,
    Span,
    check_changes,
    check_new_reframe,
    check_search,
    check_status,
    highlight,
)
from selftrust.language.absolutist import find_absolutist_words
from selftrust.language.traps import Trap
from selftrust.services.reader import read_traps
from selftrust.services.runtime import Runtime
from selftrust.services.safety import NO_CONCERN, Saved, check_texts
from selftrust.storage import reframes as store

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
ABSOLUTIST = "absolutist"  # the highlight tag for absolutist words (traps use their ids)


@dataclass(frozen=True, slots=True)
class TrapNote:
    """One trap the rules noticed, with its plain description and gentle questions."""

    trap: str
    name: str
    description: str
    questions: tuple[str, ...]
    words: tuple[str, ...]  # the person's own words that suggested it, exactly as written


@dataclass(frozen=True, slots=True)
class ThoughtReading:
    """Step 2: the sentence cut into highlight segments, and what each highlight means."""

    segments: tuple[Segment, ...]
    traps: tuple[TrapNote, ...]
    absolutist_words: tuple[str, ...]  # exactly as written, each once

    @property
    def noticed(self) -> bool:
        return bool(self.traps or self.absolutist_words)


def read_thought(thought: str) -> ThoughtReading:
    """Find traps and absolutist words in the person's own sentence, to highlight them."""
    traps = read_traps(thought)
    words = find_absolutist_words(thought)
    spans = [Span(m.start, m.end, m.trap.value) for m in traps]
    spans += [Span(w.start, w.end, ABSOLUTIST) for w in words]
    notes: dict[str, list[str]] = {}
    for match in traps:
        notes.setdefault(match.trap.value, []).append(thought[match.start : match.end])
    return ThoughtReading(
        segments=highlight(thought, spans),
        traps=tuple(_note(trap, found) for trap, found in notes.items()),
        absolutist_words=tuple(dict.fromkeys(thought[w.start : w.end] for w in words)),
    )


def _note(trap: str, found: list[str]) -> TrapNote:
    content = TRAP_CONTENT[trap]
    return TrapNote(
        trap=trap,
        name=content.name,
        description=content.description,
        questions=tuple(content.questions),
        words=tuple(dict.fromkeys(found)),
    )


def captured(thought: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The trap ids and absolutist words in a thought, as stored with it (each once)."""
    found = {match.trap for match in read_traps(thought)}
    traps = tuple(trap.value for trap in Trap if trap in found)  # in the trap list's order
    words = tuple(dict.fromkeys(match.word.lower() for match in find_absolutist_words(thought)))
    return traps, words


def start_reframe(
    rt: Runtime,
    profile: Profile,
    *,
    thought: object,
    feeling_before: object = None,
    feeling_now: object = None,
    common_humanity: object = None,
    friend_words: object = None,
    reply: object = None,
    feeling_after: object = None,
    status: object = ReframeStatus.DRAFT,
) -> Saved[Reframe]:
    """Save a new reframe (a draft unless finished), and check its texts."""
    # Everything is checked before the transaction opens: bad input saves nothing at all.
    fields = check_new_reframe(
        thought=thought,
        feeling_before=feeling_before,
        feeling_now=feeling_now,
        common_humanity=common_humanity,
        friend_words=friend_words,
        reply=reply,
        feeling_after=feeling_after,
        status=status,
    )
    traps, words = captured(fields.thought)
    texts = [fields.thought, fields.feeling_now, fields.common_humanity, fields.friend_words]
    with rt.db.transaction() as conn:
        reframe = store.add(conn, profile, fields, traps=traps, words=words, now=rt.now())
        return Saved(reframe, check_texts(conn, profile, [*texts, fields.reply]))


def update_reframe(
    rt: Runtime,
    profile: Profile,
    reframe_id: int,
    *,
    thought: object = KEEP,
    feeling_before: object = KEEP,
    feeling_now: object = KEEP,
    common_humanity: object = KEEP,
    friend_words: object = KEEP,
    reply: object = KEEP,
    feeling_after: object = KEEP,
    status: object = KEEP,
) -> Saved[Reframe]:
    """Change the given fields (KEEP leaves one as it is, None clears it), and check them."""
    changes = check_changes(
        thought=thought,
        feeling_before=feeling_before,
        feeling_now=feeling_now,
        common_humanity=common_humanity,
        friend_words=friend_words,
        reply=reply,
        feeling_after=feeling_after,
        status=status,
    )
    with rt.db.transaction() as conn:
        current = store.get(conn, profile, reframe_id)
        fields = changes.apply(
            ReframeFields(
                thought=current.thought,
                feeling_before=current.feeling_before,
                feeling_now=current.feeling_now,
                common_humanity=current.common_humanity,
                friend_words=current.friend_words,
                reply=current.reply,
                feeling_after=current.feeling_after,
                status=current.status,
            )
        )
        if isinstance(changes.thought, Keep):
            traps, words = current.traps, current.absolutist_words
        else:
            traps, words = captured(fields.thought)
        reframe = store.update(
            conn, profile, reframe_id, fields, traps=traps, words=words, now=rt.now()
        )
        # Only the texts written in this save are checked: carrying on with step 3 does not
        # show the card again for a thought that already showed it in step 1.
        check = check_texts(conn, profile, changes.texts) if changes.texts else NO_CONCERN
        return Saved(reframe, check)


def get_reframe(rt: Runtime, profile: Profile, reframe_id: int) -> Reframe:
    """Return one of this profile's reframes, or raise NotFound."""
    with rt.db.transaction() as conn:
        return store.get(conn, profile, reframe_id)


def list_reframes(
    rt: Runtime,
    profile: Profile,
    *,
    query: object = None,
    limit: int = PAGE_SIZE,
    before_id: int | None = None,
    status: object = None,
) -> list[Reframe]:
    """Return reframes newest first, optionally only those containing the search text."""
    search = check_search(query)
    wanted = None if status is None else check_status(status)
    with rt.db.transaction() as conn:
        return store.recent(
            conn,
            profile,
            limit=max(1, min(limit, MAX_PAGE_SIZE)),
            before_id=before_id,
            query=search,
            status=wanted,
        )


def delete_reframe(rt: Runtime, profile: Profile, reframe_id: int) -> None:
    """Delete one reframe for good."""
    with rt.db.transaction() as conn:
        store.delete(conn, profile, reframe_id)


def reframe_trend(rt: Runtime, profile: Profile) -> Trend:
    """Return the gentle trend over all of this profile's reframes, month by month (UTC)."""
    with rt.db.transaction() as conn:
        facts = store.trend_facts(conn, profile)
    return compute_trend(facts)


def as_dict(reframe: Reframe) -> dict[str, object]:
    """The JSON shape of a reframe for the CLI (the same as in the export)."""
    return store.to_dict(reframe)
