"""Choice ideas: the ones that come with the app, as the person has shaped them, and their own.

An idea's key is the built-in id (e.g. "rest-when-tired") or "mine-<number>" for the person's
own; built-in ids never contain digits, so the two can never collide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selftrust.content.choice_ideas import CHOICE_IDEAS, find_idea
from selftrust.content.choices_copy import IDEA_BUILTIN_NOT_REMOVABLE
from selftrust.domain.ledger import Area, parse_area
from selftrust.domain.profile import MAX_RECORD_ID, Profile
from selftrust.domain.text import InputInvalid, check_text
from selftrust.services.runtime import Runtime
from selftrust.services.safety import Saved, check_texts
from selftrust.storage import choice_ideas as store
from selftrust.storage.errors import NotFound

IDEA_MAX_CHARS = 500
OWN_PREFIX = "mine-"
_OWN_KEY = re.compile(rf"{OWN_PREFIX}([0-9]{{1,10}})")


@dataclass(frozen=True, slots=True)
class Idea:
    key: str
    text: str
    area: Area | None
    hidden: bool
    own: bool  # written by the person (can be removed); built-in ones can only be hidden
    edited: bool  # a built-in idea in the person's own words


class IdeaNotRemovable(InputInvalid):
    """Built-in ideas can be hidden, not removed."""


def _own_key(idea_id: int) -> str:
    return f"{OWN_PREFIX}{idea_id}"


def _parse_key(key: object) -> tuple[str | None, int | None]:
    """Return (built-in id, None) or (None, own idea id); NotFound for anything else."""
    if isinstance(key, str):
        own = _OWN_KEY.fullmatch(key)
        if own and 1 <= int(own.group(1)) <= MAX_RECORD_ID:
            return None, int(own.group(1))
        if find_idea(key) is not None:
            return key, None
    raise NotFound("There is no idea with that name.")


def _own(row: store.IdeaRow) -> Idea:
    return Idea(
        key=_own_key(row.id),
        text=row.text or "",
        area=row.area,
        hidden=row.hidden,
        own=True,
        edited=False,
    )


def _builtin(builtin_id: str, change: store.IdeaRow | None) -> Idea:
    idea = find_idea(builtin_id)
    assert idea is not None
    return Idea(
        key=idea.id,
        text=idea.text if change is None or change.text is None else change.text,
        area=idea.area,
        hidden=change is not None and change.hidden,
        own=False,
        edited=change is not None and change.text is not None,
    )


def _check_idea_text(text: object) -> str:
    return check_text(text, label="The idea", max_chars=IDEA_MAX_CHARS)


def list_ideas(rt: Runtime, profile: Profile) -> list[Idea]:
    """Return every idea (hidden ones too): built-in ones in their order, then the person's."""
    with rt.db.transaction() as conn:
        found = store.rows(conn, profile)
    changes = {row.builtin_id: row for row in found if row.builtin_id is not None}
    builtins = [_builtin(idea.id, changes.get(idea.id)) for idea in CHOICE_IDEAS]
    # Rows for ids no longer in the app are ignored: ids are never reused (content/choice_ideas).
    return builtins + [_own(row) for row in found if row.builtin_id is None]


def get_idea(rt: Runtime, profile: Profile, key: object) -> Idea:
    """Return one idea by key, or raise NotFound."""
    builtin_id, own_id = _parse_key(key)
    with rt.db.transaction() as conn:
        if builtin_id is not None:
            return _builtin(builtin_id, store.find_builtin(conn, profile, builtin_id))
        assert own_id is not None
        row = store.find_own(conn, profile, own_id)
    if row is None:
        raise NotFound("There is no idea with that name.")
    return _own(row)


def add_idea(rt: Runtime, profile: Profile, text: object, area: object = None) -> Saved[Idea]:
    """Add an idea of the person's own, kept as written, and check its words."""
    checked = _check_idea_text(text)
    checked_area = parse_area(area)
    with rt.db.transaction() as conn:
        row = store.add_own(conn, profile, checked, checked_area, now=rt.now())
        return Saved(_own(row), check_texts(conn, profile, [checked]))


def edit_idea(rt: Runtime, profile: Profile, key: object, text: object) -> Saved[Idea]:
    """Put an idea in the person's own words, and check them."""
    builtin_id, own_id = _parse_key(key)
    checked = _check_idea_text(text)
    with rt.db.transaction() as conn:
        if builtin_id is not None:
            current = store.find_builtin(conn, profile, builtin_id)
            hidden = current is not None and current.hidden
            row = store.put_builtin(
                conn, profile, builtin_id, text=checked, hidden=hidden, now=rt.now()
            )
            idea = _builtin(builtin_id, row)
        else:
            assert own_id is not None
            own = store.find_own(conn, profile, own_id)
            if own is None:
                raise NotFound("There is no idea with that name.")
            idea = _own(store.update_own(conn, profile, own_id, text=checked, hidden=own.hidden))
        return Saved(idea, check_texts(conn, profile, [checked]))


def _set_hidden(rt: Runtime, profile: Profile, key: object, *, hidden: bool) -> Idea:
    builtin_id, own_id = _parse_key(key)
    with rt.db.transaction() as conn:
        if builtin_id is not None:
            current = store.find_builtin(conn, profile, builtin_id)
            text = None if current is None else current.text
            if text is None and not hidden:
                # Nothing left to remember: the idea is just as it came.
                store.remove_builtin(conn, profile, builtin_id)
                return _builtin(builtin_id, None)
            row = store.put_builtin(
                conn, profile, builtin_id, text=text, hidden=hidden, now=rt.now()
            )
            return _builtin(builtin_id, row)
        assert own_id is not None
        own = store.find_own(conn, profile, own_id)
        if own is None:
            raise NotFound("There is no idea with that name.")
        return _own(store.update_own(conn, profile, own_id, text=own.text or "", hidden=hidden))


def hide_idea(rt: Runtime, profile: Profile, key: object) -> Idea:
    """Hide an idea from the list (it can be shown again)."""
    return _set_hidden(rt, profile, key, hidden=True)


def show_idea(rt: Runtime, profile: Profile, key: object) -> Idea:
    """Show a hidden idea again, keeping any words the person gave it."""
    return _set_hidden(rt, profile, key, hidden=False)


def restore_idea(rt: Runtime, profile: Profile, key: object) -> Idea:
    """Bring a built-in idea back as it came (shown, original words); show an own idea again."""
    builtin_id, _ = _parse_key(key)
    if builtin_id is None:
        return show_idea(rt, profile, key)
    with rt.db.transaction() as conn:
        store.remove_builtin(conn, profile, builtin_id)
    return _builtin(builtin_id, None)


def remove_idea(rt: Runtime, profile: Profile, key: object) -> None:
    """Delete one of the person's own ideas for good (built-in ones can only be hidden)."""
    builtin_id, own_id = _parse_key(key)
    if builtin_id is not None:
        raise IdeaNotRemovable(IDEA_BUILTIN_NOT_REMOVABLE)
    assert own_id is not None
    with rt.db.transaction() as conn:
        store.delete_own(conn, profile, own_id)
