"""`selftrust choice …` and `selftrust evidence`: thin commands over the ledger services."""

from __future__ import annotations

import json
import sys
from typing import Any

from selftrust.cli.care import show_card_if_needed
from selftrust.cli.context import open_profile
from selftrust.content import choices_copy as cc
from selftrust.content import gut_signal_copy as gc
from selftrust.content import ledger_copy as lc
from selftrust.domain.ledger import GutDecision
from selftrust.domain.profile import Profile
from selftrust.services import choices, gut_signals
from selftrust.services import evidence as evidence_service
from selftrust.services.errors import InputInvalid
from selftrust.services.runtime import Runtime

STAMP = "%Y-%m-%d %H:%M"
CLI_DUE_LIMIT = 500


def _look_back_dict(look_back: choices.LookBack | None) -> dict[str, Any] | None:
    if look_back is None:
        return None
    return {
        "id": look_back.id,
        "felt_right": look_back.felt_right.value,
        "note": look_back.note,
        "created_at": look_back.created_at.isoformat(),
    }


def _choice_dict(choice: choices.Choice) -> dict[str, Any]:
    return {
        "id": choice.id,
        "text": choice.text,
        "gut_text": choice.gut_text,
        "gut": choice.gut.value,
        "confidence": choice.confidence,
        "reassurance": choice.reassurance.value,
        "area": None if choice.area is None else choice.area.value,
        "made_at": choice.made_at.isoformat(),
        "latest_look_back": _look_back_dict(choice.latest),
        "body_signal_id": choice.body_signal_id,
    }


def _pick_signal(rt: Runtime, profile: Profile, *, json_output: bool) -> str:
    """Offer the recent body signals, newest first, and return the number typed (or "")."""
    out = sys.stderr if json_output else sys.stdout  # keep --json output clean for scripts
    recent = gut_signals.recent_signals(rt, profile)
    if not recent:
        print(gc.CLI_NO_SIGNALS, file=out)
        return ""
    now = rt.now()
    print(gc.CLI_PICK_INTRO, file=out)
    for signal in recent:
        print(f"  [{signal.id}] {gc.describe(signal, now)}", file=out)
    print(gc.CLI_PICK_QUESTION, end="", file=out, flush=True)
    answer = sys.stdin.readline()
    if not answer:
        # Input ran out before an answer: nothing is saved, and that is fine.
        print(f"\n{gc.CLI_STOPPED}", file=out)
        raise SystemExit(0)
    return answer.strip()


def add(
    text: str,
    *,
    gut_text: str | None,
    followed: bool,
    overrode: bool,
    confidence: str,
    reassurance: str,
    area: str | None,
    gut_signal: str | None,
    json_output: bool,
) -> None:
    if followed == overrode:
        raise InputInvalid(cc.CLI_GUT_CHOICE)
    asking = gut_signal is not None and gut_signal.strip().lower() == "ask"
    if text == "-":
        if asking:
            raise InputInvalid(gc.CLI_ASK_NEEDS_TERMINAL)
        text = sys.stdin.read()
    rt, profile = open_profile()
    if asking:
        gut_signal = _pick_signal(rt, profile, json_output=json_output)
    saved = choices.add_choice(
        rt,
        profile,
        text,
        gut_text=gut_text,
        gut=GutDecision.FOLLOWED if followed else GutDecision.OVERRODE,
        confidence=choices.parse_whole_number(confidence),
        reassurance=reassurance,
        area=area,
        body_signal_id=gut_signal,
    )
    choice = saved.record
    due = choices.choice_detail(rt, profile, choice.id).next_look_back_at
    if json_output:
        document = {
            "id": choice.id,
            "made_at": choice.made_at.isoformat(),
            "look_back_due_at": None if due is None else due.isoformat(),
            "safety": saved.safety.to_dict(),
        }
        print(json.dumps(document))
    else:
        print(cc.CLI_SAVED.format(id=choice.id))
        if due is not None:
            print(cc.CHOICE_SAVED_LOOK_BACK.format(when=f"{due.strftime(STAMP)} UTC"))
    show_card_if_needed(rt, profile, saved.safety, json_output=json_output)


def link_signal(choice_id: int, signal: str) -> None:
    rt, profile = open_profile()
    choice = choices.set_gut_signal(rt, profile, choice_id, signal)
    if choice.body_signal_id is None:
        print(gc.CLI_UNLINKED.format(choice=choice.id))
    else:
        print(gc.CLI_LINKED.format(signal=choice.body_signal_id, choice=choice.id))


def look_back(choice_id: int, *, felt_right: str, note: str | None, json_output: bool) -> None:
    rt, profile = open_profile()
    saved = choices.look_back(rt, profile, choice_id, felt_right, note)
    invite = choices.invites_reflection(saved.record.felt_right)
    if json_output:
        document = {
            "id": saved.record.id,
            "choice_id": saved.record.choice_id,
            "felt_right": saved.record.felt_right.value,
            "invite_reflection": invite,
            "safety": saved.safety.to_dict(),
        }
        print(json.dumps(document))
    else:
        print(cc.CLI_LOOK_BACK_SAVED.format(id=choice_id))
        if invite:
            print(cc.CLI_MISTAKE_HINT.format(id=choice_id))
    show_card_if_needed(rt, profile, saved.safety, json_output=json_output)


def show(*, limit: int, json_output: bool) -> None:
    rt, profile = open_profile()
    page = choices.list_choices(rt, profile, limit=limit)
    if json_output:
        print(json.dumps([_choice_dict(c) for c in page], ensure_ascii=False))
        return
    if not page:
        print(cc.CLI_NO_CHOICES)
        return
    signals = gut_signals.signals_for(rt, profile, page)
    now = rt.now()
    for choice in reversed(page):
        answer = cc.felt_right_label(None if choice.latest is None else choice.latest.felt_right)
        print(
            f"[{choice.id}] {choice.made_at.strftime(STAMP)} UTC · {lc.GUT_LABELS[choice.gut]} "
            f"· {choice.confidence} % sure · {answer}"
        )
        print(choice.text)
        signal = signals.get(choice.body_signal_id or 0)
        if signal is not None:
            print(gc.LIST_LINE.format(what=gc.describe(signal, now)))
        print()


def show_due(*, json_output: bool) -> None:
    rt, profile = open_profile()
    due = choices.due_look_backs(rt, profile, limit=CLI_DUE_LIMIT)
    if json_output:
        rows = [
            {
                "id": item.choice.id,
                "text": item.choice.text,
                "made_at": item.choice.made_at.isoformat(),
                "due_at": item.due_at.isoformat(),
            }
            for item in due.items
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return
    if due.turned_off:
        print(cc.DUE_OFF)
        return
    if not due.items:
        print(cc.DUE_EMPTY)
        return
    print(cc.DUE_INTRO)
    for item in due.items:
        print(f"[{item.choice.id}] {item.choice.made_at.strftime(STAMP)} UTC  {item.choice.text}")
    print(cc.CLI_DUE_HINT)


def calendar(*, with_text: bool) -> None:
    rt, profile = open_profile()
    document = choices.look_back_calendar(rt, profile, with_text=with_text)
    # Written as bytes: iCalendar lines end in CRLF, which text mode could change.
    sys.stdout.flush()
    sys.stdout.buffer.write(document)
    sys.stdout.buffer.flush()


def delay(value: str | None) -> None:
    rt, profile = open_profile()
    hours = (
        choices.look_back_hours(rt, profile)
        if value is None
        else choices.set_look_back_hours(rt, profile, value)
    )
    if hours is None:
        print(cc.CLI_DELAY_OFF)
    else:
        print(cc.CLI_DELAY_IS.format(delay=cc.delay_phrase(hours)))


def evidence(*, json_output: bool) -> None:
    rt, profile = open_profile()
    view = evidence_service.evidence_view(rt, profile)
    result = view.evidence
    if json_output:
        document = result.to_dict()
        document["wall"] = [
            {"id": e.choice_id, "text": e.text, "made_at": e.made_at.isoformat(), "note": e.note}
            for e in view.wall
        ]
        print(json.dumps(document, ensure_ascii=False))
        return
    print(f"{cc.COUNT_CHOICES}: {result.choices}")
    print(f"{cc.COUNT_FOLLOWED}: {result.followed_gut}")
    print(f"{cc.COUNT_LOOKED_BACK}: {result.looked_back}")
    print()
    for gut in GutDecision:
        print(lc.describe_gut_outcomes(result, gut))
    caveat = lc.explain_small_numbers(result)
    if caveat:
        print(caveat)
    print()
    print(lc.explain_brier(result.brier))
    for band in result.calibration:
        if band.count:
            print(f"- {lc.explain_calibration_band(band)}")
    print(lc.NOT_A_GRADE_NOTE)
    reassurance = lc.describe_reassurance(result)
    if reassurance:
        print()
        print(reassurance)
    if view.wall:
        print()
        print(f"{lc.EVIDENCE_WALL_TITLE}:")
        for entry in view.wall:
            print(f"- {entry.text}")
