"""`selftrust note …`"""

from __future__ import annotations

import json
import sys

from selftrust.cli.care import show_card_if_needed
from selftrust.cli.context import open_profile
from selftrust.services import notes


def add(text: str, *, json_output: bool) -> None:
    if text == "-":
        text = sys.stdin.read()
    rt, profile = open_profile()
    saved = notes.add_note(rt, profile, text)
    note = saved.record
    if json_output:
        document = {
            "id": note.id,
            "created_at": note.created_at.isoformat(),
            "safety": saved.safety.to_dict(),
        }
        print(json.dumps(document))
    else:
        print(f"Saved (note {note.id}). Thank you for taking a moment for yourself.")
    show_card_if_needed(rt, profile, saved.safety, json_output=json_output)


def show(*, limit: int, json_output: bool) -> None:
    rt, profile = open_profile()
    page = notes.list_notes(rt, profile, limit=limit)
    if json_output:
        rows = [
            {
                "id": n.id,
                "text": n.text,
                "created_at": n.created_at.isoformat(),
                "updated_at": n.updated_at.isoformat(),
            }
            for n in page
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return
    if not page:
        print('No notes yet. Whenever you feel ready: selftrust note add "…"')
        return
    for note in reversed(page):
        stamp = note.created_at.strftime("%Y-%m-%d %H:%M")
        print(f"[{note.id}] {stamp} UTC")
        print(note.text)
        print()
