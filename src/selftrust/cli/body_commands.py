"""`selftrust body add|list`: note a body signal, read them back."""

from __future__ import annotations

from typing import Annotated

import typer

body_app = typer.Typer(help="Note body signals and read them back.", no_args_is_help=True)

Repeated = Annotated[list[str] | None, typer.Option(help="Repeat for more than one.")]


def _ask(question: str) -> str:
    try:
        return input(question)
    except EOFError:
        # Input ran out before the last question: nothing is saved, and that is fine.
        print("\nStopped. Nothing was saved.")
        raise typer.Exit() from None


def _ask_interactively() -> dict[str, object]:
    from selftrust.content import body_copy as copy
    from selftrust.domain.body import REGIONS, region_label

    print(copy.INTRO)
    print(f"\n{copy.REGIONS_LEGEND}")
    print("  " + ", ".join(region_label(r) for r in REGIONS))
    regions = [r.strip() for r in _ask("Places (separate with commas): ").split(",") if r.strip()]
    print(f"\n{copy.FEELINGS_LEGEND}")
    feelings = [f.strip() for f in _ask("Words (separate with commas): ").split(",") if f.strip()]
    new_word = _ask(f"{copy.NEW_FEELING_LABEL} (Enter to skip): ").strip() or None
    intensity = _ask(f"\n{copy.INTENSITY_LEGEND} ").strip()
    tone = _ask(f"{copy.TONE_LEGEND} (pleasant / unpleasant / neutral) ").strip()
    message = _ask(f"{copy.MESSAGE_LABEL}: ").strip() or None
    return {
        "regions": regions,
        "feelings": feelings,
        "new_feeling": new_word,
        "intensity": intensity,
        "tone": tone,
        "message": message,
    }


@body_app.command("add")
def add(
    region: Repeated = None,
    feeling: Repeated = None,
    new_feeling: Annotated[
        str | None, typer.Option(help="A feeling word of your own, added to your list.")
    ] = None,
    intensity: Annotated[int | None, typer.Option(help="How strong, 0 to 10.")] = None,
    tone: Annotated[str | None, typer.Option(help="pleasant, unpleasant or neutral.")] = None,
    message: Annotated[
        str | None, typer.Option(help="What might it be telling you? (optional)")
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Note a body signal. Without --region it asks, one question at a time."""
    import json

    from selftrust.cli.care import show_card_if_needed
    from selftrust.cli.context import open_profile
    from selftrust.content import body_copy as copy
    from selftrust.services import body

    if region:
        fields: dict[str, object] = {
            "regions": region,
            "feelings": feeling or [],
            "new_feeling": new_feeling,
            "intensity": intensity,
            "tone": tone,
            "message": message,
        }
    else:
        fields = _ask_interactively()
    rt, profile = open_profile()
    saved = body.add_signal(rt, profile, **fields)
    signal = saved.record
    if json_output:
        document = {
            "id": signal.id,
            "created_at": signal.created_at.isoformat(),
            "safety": saved.safety.to_dict(),
        }
        print(json.dumps(document))
    else:
        print(f"{copy.SAVED} (signal {signal.id})")
    show_card_if_needed(rt, profile, saved.safety, json_output=json_output)


@body_app.command("list")
def show(
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=500, help="How many.")] = 20,
    feeling: Annotated[str | None, typer.Option(help="Only signals with this word.")] = None,
) -> None:
    """Show the body signals you noted, newest last."""
    import json

    from selftrust.cli.context import open_profile
    from selftrust.content import body_copy as copy
    from selftrust.domain.body import region_label
    from selftrust.services import body

    rt, profile = open_profile()
    found = body.list_signals(rt, profile, feeling=feeling, limit=limit)
    if json_output:
        rows = [
            {
                "id": s.id,
                "regions": list(s.regions),
                "feelings": list(s.feelings),
                "intensity": s.intensity,
                "tone": s.tone.value,
                "message": s.message,
                "created_at": s.created_at.isoformat(),
            }
            for s in found
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return
    if not found:
        print(f"{copy.RECENT_EMPTY} selftrust body add")
        return
    for signal in reversed(found):
        places = ", ".join(region_label(r) for r in signal.regions)
        stamp = signal.created_at.strftime("%Y-%m-%d %H:%M")
        print(f"[{signal.id}] {stamp} UTC  {places}: {', '.join(signal.feelings)}")
        print(f"    {signal.intensity} of 10, {copy.TONE_LABELS[signal.tone.value].lower()}")
        if signal.message:
            print(f"    {copy.TOLD_ME} {signal.message}")
