"""`selftrust reframe`: the four steps in the terminal, or one reframe from a script."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypeVar

from selftrust.cli.care import show_card_if_needed
from selftrust.cli.context import open_profile
from selftrust.content import reframes_copy as copy
from selftrust.domain.reframes import LABELS, ReframeStatus, check_feeling, check_thought
from selftrust.services import reframes
from selftrust.services.errors import InputInvalid

T = TypeVar("T")


class Stopped(Exception):
    """The person pressed Ctrl+C or closed the input: stop gently, keep what is saved."""


def ask(prompt: str) -> str:
    """Read one answer; Ctrl+C or the end of input stops the flow."""
    try:
        return input(prompt)
    except (KeyboardInterrupt, EOFError):
        print()
        raise Stopped from None


def ask_until(prompt: str, check: Callable[[str], T]) -> T:
    """Ask again, with the kind sentence, until the answer can be used."""
    while True:
        try:
            return check(ask(prompt))
        except InputInvalid as error:
            print(error)


def _feeling(raw: str, label: str) -> int | None:
    text = raw.strip()
    if not text:
        return None
    value: object = int(text) if text.isascii() and text.isdigit() and len(text) <= 3 else text
    return check_feeling(value, label=label)


def _thought(raw: str) -> str:
    if not raw.strip():
        raise InputInvalid(copy.CLI_THOUGHT_AGAIN)
    return check_thought(raw)


def _answer(prompt: str, hint: str) -> str:
    print(f"\n{prompt}\n  {hint}")
    return ask("> ")


def print_reading(thought: str) -> None:
    """List the traps and absolutist words found, each with its gentle question."""
    reading = reframes.read_thought(thought)
    print(copy.READING_INTRO)
    print(f"\n  “{thought}”\n")
    if not reading.noticed:
        print(copy.READING_NOTHING)
    for note in reading.traps:
        print(f"- {note.name}: " + ", ".join(f"“{w}”" for w in note.words))
        print(f"  {note.description}")
        for question in note.questions:
            print(f"  ? {question}")
    if reading.absolutist_words:
        print(f"- {copy.ABSOLUTIST_NAME}: " + ", ".join(f"“{w}”" for w in reading.absolutist_words))
        print(f"  {copy.ABSOLUTIST_DESCRIPTION}")
        print(f"  ? {copy.ABSOLUTIST_QUESTION}")


def _heading(step: int) -> None:
    print(f"\n{copy.STEP_OF.format(step=step)}: {copy.STEP_TITLES[step]}")


def interactive() -> None:
    rt, profile = open_profile()
    print(copy.REFRAME_TITLE)
    print(copy.REFRAME_INTRO)
    print(copy.CLI_HOW)
    reframe_id: int | None = None
    try:
        _heading(1)
        thought = ask_until(f"{copy.THOUGHT_LABEL}:\n> ", _thought)
        label = LABELS["feeling_before"]
        before = ask_until(
            f"{copy.FEELING_BEFORE_LEGEND} (0-10, Enter to skip) ", lambda r: _feeling(r, label)
        )
        # Saved as a draft straight away, so stopping later never loses what was written.
        saved = reframes.start_reframe(rt, profile, thought=thought, feeling_before=before)
        reframe_id = saved.record.id
        show_card_if_needed(rt, profile, saved.safety, json_output=False)

        _heading(2)
        print_reading(thought)
        ask(copy.CLI_CONTINUE)

        _heading(3)
        now = _answer(copy.MINDFULNESS_PROMPT, copy.MINDFULNESS_HINT)
        others = _answer(copy.HUMANITY_PROMPT, copy.HUMANITY_HINT)
        friend = _answer(copy.KINDNESS_PROMPT, copy.KINDNESS_HINT)
        saved = reframes.update_reframe(
            rt, profile, reframe_id, feeling_now=now, common_humanity=others, friend_words=friend
        )
        show_card_if_needed(rt, profile, saved.safety, json_output=False)

        _heading(4)
        reply = _answer(copy.REPLY_LABEL, copy.REPLY_INVITATION)
        label = LABELS["feeling_after"]
        after = ask_until(
            f"{copy.FEELING_AFTER_LEGEND} (0-10, Enter to skip) ", lambda r: _feeling(r, label)
        )
    except Stopped:
        if reframe_id is None:
            print(copy.CLI_STOPPED_NOTHING)
        else:
            print(copy.CLI_STOPPED_DRAFT.format(id=reframe_id))
        return
    saved = reframes.update_reframe(
        rt, profile, reframe_id, reply=reply, feeling_after=after, status=ReframeStatus.DONE
    )
    print()
    print(copy.CLI_REFRAME_SAVED.format(id=reframe_id))
    change = copy.feeling_change(saved.record.feeling_before, saved.record.feeling_after)
    if change:
        print(change)
    show_card_if_needed(rt, profile, saved.safety, json_output=False)


def scripted(
    *,
    thought: str,
    reply: str | None,
    before: int | None,
    after: int | None,
    draft: bool,
    json_output: bool,
) -> None:
    rt, profile = open_profile()
    saved = reframes.start_reframe(
        rt,
        profile,
        thought=thought,
        reply=reply,
        feeling_before=before,
        feeling_after=after,
        status=ReframeStatus.DRAFT if draft else ReframeStatus.DONE,
    )
    record = saved.record
    if json_output:
        document = {
            "id": record.id,
            "traps": list(record.traps),
            "absolutist_words": list(record.absolutist_words),
            "safety": saved.safety.to_dict(),
        }
        print(json.dumps(document, ensure_ascii=False))
    else:
        print(copy.CLI_REFRAME_SAVED.format(id=record.id))
        print_reading(record.thought)
        change = copy.feeling_change(record.feeling_before, record.feeling_after)
        if change:
            print(change)
    show_card_if_needed(rt, profile, saved.safety, json_output=json_output)


def show(*, search: str | None, limit: int, json_output: bool) -> None:
    rt, profile = open_profile()
    page = reframes.list_reframes(rt, profile, query=search, limit=limit)
    if json_output:
        print(json.dumps([reframes.as_dict(r) for r in page], ensure_ascii=False))
        return
    if not page:
        print(copy.CLI_NO_REFRAMES)
        return
    for reframe in reversed(page):
        stamp = reframe.created_at.strftime("%Y-%m-%d %H:%M")
        print(f"[{reframe.id}] {stamp} UTC · {copy.STATUS_LABELS[reframe.status.value]}")
        print(reframe.thought)
        if reframe.reply:
            print(f"  {copy.REPLY_LABEL}: {reframe.reply}")
        print()
