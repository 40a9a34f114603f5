"""Mistakes as information: write, read, change, find, delete; optionally linked to a choice."""

from __future__ import annotations

from dataclasses import dataclass

from selftrust.domain.mistakes import (
    LABELS,
    Mistake,
    MistakeFields,
    check_choice_id,
    check_mistake_answer,
    check_what_happened,
    no_such_choice,
)
from selftrust.domain.profile import Profile
from selftrust.domain.reframes import KEEP, Keep, check_search
from selftrust.services.runtime import Runtime
from selftrust.services.safety import NO_CONCERN, Saved, check_texts
from selftrust.storage import mistakes as store
from selftrust.storage.database import Connection

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


@dataclass(frozen=True, slots=True)
class LinkedChoice:
    id: int
    text: str


def _answer(value: object, name: str) -> str | Keep | None:
    return KEEP if value is KEEP else check_mistake_answer(value, label=LABELS[name])


def _linked(conn: Connection, profile: Profile, choice_id: int | None) -> None:
    # Only the person's own choices can be linked; someone else's reads as missing.
    if choice_id is not None and store.choice_text(conn, profile, choice_id) is None:
        raise no_such_choice(choice_id)


def add_mistake(
    rt: Runtime,
    profile: Profile,
    *,
    what_happened: object,
    expected: object = None,
    information: object = None,
    next_time: object = None,
    kind_sentence: object = None,
    choice_id: object = None,
) -> Saved[Mistake]:
    """Save a mistake as information, exactly as written, and check its texts."""
    fields = MistakeFields(
        what_happened=check_what_happened(what_happened),
        expected=check_mistake_answer(expected, label=LABELS["expected"]),
        information=check_mistake_answer(information, label=LABELS["information"]),
        next_time=check_mistake_answer(next_time, label=LABELS["next_time"]),
        kind_sentence=check_mistake_answer(kind_sentence, label=LABELS["kind_sentence"]),
        choice_id=check_choice_id(choice_id),
    )
    with rt.db.transaction() as conn:
        _linked(conn, profile, fields.choice_id)
        mistake = store.add(conn, profile, fields, now=rt.now())
        return Saved(mistake, check_texts(conn, profile, mistake.texts))


def update_mistake(
    rt: Runtime,
    profile: Profile,
    mistake_id: int,
    *,
    what_happened: object = KEEP,
    expected: object = KEEP,
    information: object = KEEP,
    next_time: object = KEEP,
    kind_sentence: object = KEEP,
    choice_id: object = KEEP,
) -> Saved[Mistake]:
    """Change the given fields (KEEP leaves one as it is, None clears it), and check them."""
    happened = KEEP if what_happened is KEEP else check_what_happened(what_happened)
    answers = {
        "expected": _answer(expected, "expected"),
        "information": _answer(information, "information"),
        "next_time": _answer(next_time, "next_time"),
        "kind_sentence": _answer(kind_sentence, "kind_sentence"),
    }
    link = KEEP if choice_id is KEEP else check_choice_id(choice_id)
    with rt.db.transaction() as conn:
        current = store.get(conn, profile, mistake_id)
        if not isinstance(link, Keep):
            _linked(conn, profile, link)

        def pick(name: str, old: str | None) -> str | None:
            new = answers[name]
            return old if isinstance(new, Keep) else new

        fields = MistakeFields(
            what_happened=current.what_happened if isinstance(happened, Keep) else happened,
            expected=pick("expected", current.expected),
            information=pick("information", current.information),
            next_time=pick("next_time", current.next_time),
            kind_sentence=pick("kind_sentence", current.kind_sentence),
            choice_id=current.choice_id if isinstance(link, Keep) else link,
        )
        mistake = store.update(conn, profile, mistake_id, fields, now=rt.now())
        # Only the texts written in this save are checked (see services/reframes.py).
        written = [happened, *answers.values()]
        texts = [t for t in written if not isinstance(t, Keep)]
        check = check_texts(conn, profile, texts) if texts else NO_CONCERN
        return Saved(mistake, check)


def get_mistake(rt: Runtime, profile: Profile, mistake_id: int) -> Mistake:
    """Return one of this profile's mistake entries, or raise NotFound."""
    with rt.db.transaction() as conn:
        return store.get(conn, profile, mistake_id)


def list_mistakes(
    rt: Runtime,
    profile: Profile,
    *,
    query: object = None,
    limit: int = PAGE_SIZE,
    before_id: int | None = None,
) -> list[Mistake]:
    """Return mistake entries newest first, optionally only those containing the search text."""
    search = check_search(query)
    with rt.db.transaction() as conn:
        return store.recent(
            conn,
            profile,
            limit=max(1, min(limit, MAX_PAGE_SIZE)),
            before_id=before_id,
            query=search,
        )


def delete_mistake(rt: Runtime, profile: Profile, mistake_id: int) -> None:
    """Delete one mistake entry for good."""
    with rt.db.transaction() as conn:
        store.delete(conn, profile, mistake_id)


def find_linked_choice(rt: Runtime, profile: Profile, choice_id: object) -> LinkedChoice | None:
    """Return one of this profile's choices to link, or None (missing or someone else's)."""
    try:
        checked = check_choice_id(choice_id)
    except ValueError:
        return None
    if checked is None:
        return None
    with rt.db.transaction() as conn:
        text = store.choice_text(conn, profile, checked)
    return None if text is None else LinkedChoice(checked, text)


def as_dict(mistake: Mistake) -> dict[str, object]:
    """The JSON shape of a mistake entry for the CLI (the same as in the export)."""
    return store.to_dict(mistake)
