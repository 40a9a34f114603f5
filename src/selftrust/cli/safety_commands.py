"""`selftrust analyze`, `selftrust ground`, `selftrust safety-plan …`, `selftrust help-now`."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

safety_plan_app = typer.Typer(help="Your safety plan: show it or edit it.", no_args_is_help=True)


def analyze(
    text: Annotated[
        str | None, typer.Argument(help="The text, or - to read it from standard input.")
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Read one text per line on stdin; one JSON per line.")
    ] = False,
) -> None:
    """Show what the app notices in a text (crisis language, thinking traps). Nothing is stored."""
    import json

    from selftrust.cli.context import settings
    from selftrust.services.analysis import analyze_text

    settings()  # the SELFTRUST_SEMANTIC setting decides whether meaning is read too
    if jsonl:
        for line in sys.stdin:
            document = analyze_text(line.rstrip("\n")).to_dict()
            sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
        return
    if text is None or text == "-":
        text = sys.stdin.read()
    result = analyze_text(text).to_dict()
    if json_output:
        print(json.dumps(result, ensure_ascii=False))
        return
    if not result["crisis"]:
        print("Nothing here looks like crisis language.")
        return
    print("This text may show: " + ", ".join(k.replace("_", " ") for k in result["crisis_kinds"]))
    for match in result["crisis_matches"]:
        print(f"  - {text[match['start'] : match['end']]!r}: {match['reason']}")


def ground(
    practice: Annotated[
        str, typer.Argument(help="five_senses, paced_breathing or orienting.")
    ] = "five_senses",
    pace: Annotated[float, typer.Option(help="Seconds between steps (0 to go at your pace).")] = 0,
) -> None:
    """A short grounding practice in the terminal. Stop any time with Ctrl+C."""
    import time

    from selftrust.content import grounding as g
    from selftrust.services.grounding import check_practice

    chosen = g.get_practice(check_practice(practice))
    print(chosen.title)
    print(chosen.options)
    if chosen.content_note:
        print(f"Content note: {chosen.content_note}")
    print()
    interactive = sys.stdin.isatty() and pace == 0
    try:
        for number, step in enumerate(chosen.steps, start=1):
            print(f"{number}. {step}")
            if interactive:
                input("   (Enter for the next step, Ctrl+C to stop) ")
            elif pace:
                time.sleep(pace)
    except (KeyboardInterrupt, EOFError):
        print("\nStopped. That's okay: enough for today is enough.")
        return
    print()
    print("Thank you for taking this time for yourself.")
    print("If you'd like to talk to someone: selftrust help-now")


def help_now() -> None:
    """Crisis services for your region, your own contacts, and the emergency number."""
    import os

    from selftrust.cli.context import open_profile
    from selftrust.content.crisis_card import cli_panel
    from selftrust.services import help

    rt, profile = open_profile()
    card = help.card_for(rt, profile, None, locale=os.environ.get("LANG"))
    people = [f"{p.name}: {p.phone}" if p.phone else p.name for p in card.own_people]
    print(cli_panel(card.region, None, own_people=people, ground_hint="selftrust ground"))


@safety_plan_app.command("show")
def plan_show(
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show your safety plan."""
    import json

    from selftrust.cli.context import open_profile
    from selftrust.content.safety_plan import SAFETY_PLAN, all_sections
    from selftrust.services import safety_plan

    rt, profile = open_profile()
    plan = safety_plan.get_plan(rt, profile)
    if json_output:
        print(json.dumps(plan, ensure_ascii=False))
        return
    print(SAFETY_PLAN.title)
    for number, section in enumerate(all_sections(), start=1):
        print(f"\n{number}. {section.title}")
        for line in plan[section.id] or [f"({SAFETY_PLAN.empty_state})"]:
            print(f"   - {line}")


@safety_plan_app.command("edit")
def plan_edit(
    section: Annotated[
        str | None, typer.Option(help="Only this part, e.g. warning_signs (for scripts).")
    ] = None,
    line: Annotated[
        list[str] | None, typer.Option("--line", help="A line for --section; repeat for more.")
    ] = None,
) -> None:
    """Edit your safety plan, one part at a time (or set one part with --section/--line)."""
    from selftrust.cli.care import show_card_if_needed
    from selftrust.cli.context import open_profile
    from selftrust.content.safety_plan import SAFETY_PLAN, all_sections
    from selftrust.services import safety_plan

    rt, profile = open_profile()
    if section is not None:
        saved = safety_plan.save_plan(rt, profile, {section: line or []})
    else:
        if not sys.stdin.isatty():
            raise typer.BadParameter("Use --section and --line when not at a terminal.")
        plan = safety_plan.get_plan(rt, profile)
        changes: dict[str, list[str]] = {}
        print(SAFETY_PLAN.how_to_use)
        for part in all_sections():
            print(f"\n{part.title}: {part.prompt}")
            for current in plan[part.id]:
                print(f"   - {current}")
            answer = input("Change this part? Type new lines separated by ';', or Enter to keep: ")
            if answer.strip():
                changes[part.id] = [p.strip() for p in answer.split(";") if p.strip()]
        saved = safety_plan.save_plan(rt, profile, changes)
    print("Your safety plan is saved.")
    show_card_if_needed(rt, profile, saved.safety, json_output=False)
