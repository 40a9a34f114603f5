"""`selftrust mistake`: the five questions in the terminal, or one entry from a script."""

from __future__ import annotations

import json

from selftrust.cli.care import show_card_if_needed
from selftrust.cli.context import open_profile
from selftrust.cli.reframes import Stopped, ask, ask_until
from selftrust.content import reframes_copy as copy
from selftrust.domain.mistakes import check_what_happened, no_such_choice
from selftrust.services import mistakes
from selftrust.services.errors import InputInvalid


def _what(raw: str) -> str:
    if not raw.strip():
        raise InputInvalid(copy.WHAT_HAPPENED_HINT)
    return check_what_happened(raw)


def _answer(prompt: str, hint: str | None = None) -> str:
    print(f"\n{prompt}" + (f"\n  {hint}" if hint else ""))
    return ask("> ")


def interactive(*, choice: int | None) -> None:
    rt, profile = open_profile()
    print(copy.MISTAKE_TITLE)
    print(copy.MISTAKE_INTRO)
    if choice is not None:
        linked = mistakes.find_linked_choice(rt, profile, choice)
        if linked is None:
            # Refuse before asking anything, so no one writes five answers for nothing.
            raise no_such_choice(choice)
        print(copy.LINKED_CHOICE.format(text=linked.text))
    try:
        print(f"\n{copy.WHAT_HAPPENED_LABEL}\n  {copy.WHAT_HAPPENED_HINT}")
        what = ask_until("> ", _what)
        expected = _answer(copy.EXPECTED_LABEL)
        information = _answer(copy.INFORMATION_LABEL, copy.INFORMATION_HINT)
        next_time = _answer(copy.NEXT_TIME_LABEL, copy.NEXT_TIME_HINT)
        kind = _answer(copy.KIND_SENTENCE_LABEL, copy.KIND_SENTENCE_HINT)
    except Stopped:
        print(copy.CLI_STOPPED_NOTHING)
        return
    saved = mistakes.add_mistake(
        rt,
        profile,
        what_happened=what,
        expected=expected,
        information=information,
        next_time=next_time,
        kind_sentence=kind,
        choice_id=choice,
    )
    print()
    print(copy.CLI_MISTAKE_SAVED.format(id=saved.record.id))
    show_card_if_needed(rt, profile, saved.safety, json_output=False)


def scripted(
    *,
    what_happened: str,
    expected: str | None,
    information: str | None,
    next_time: str | None,
    kind: str | None,
    choice: int | None,
    json_output: bool,
) -> None:
    rt, profile = open_profile()
    saved = mistakes.add_mistake(
        rt,
        profile,
        what_happened=what_happened,
        expected=expected,
        information=information,
        next_time=next_time,
        kind_sentence=kind,
        choice_id=choice,
    )
    record = saved.record
    if json_output:
        document = {
            "id": record.id,
            "choice_id": record.choice_id,
            "safety": saved.safety.to_dict(),
        }
        print(json.dumps(document, ensure_ascii=False))
    else:
        print(copy.CLI_MISTAKE_SAVED.format(id=record.id))
    show_card_if_needed(rt, profile, saved.safety, json_output=json_output)


def show(*, search: str | None, limit: int, json_output: bool) -> None:
    rt, profile = open_profile()
    page = mistakes.list_mistakes(rt, profile, query=search, limit=limit)
    if json_output:
        print(json.dumps([mistakes.as_dict(m) for m in page], ensure_ascii=False))
        return
    if not page:
        print(copy.CLI_NO_MISTAKES)
        return
    for entry in reversed(page):
        stamp = entry.created_at.strftime("%Y-%m-%d %H:%M")
        print(f"[{entry.id}] {stamp} UTC")
        print(entry.what_happened)
        if entry.information:
            print(f"  {copy.INFORMATION_LABEL} {entry.information}")
        print()
