from __future__ import annotations

from typing import Any

import pytest

from selftrust.content.pages import NAVIGATION

PAGES = [item.path for item in NAVIGATION] + ["/help", "/ground", "/exit"]


def serious_violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_a_person_writes_a_note_and_reads_it_back(page: Any) -> None:
    page.goto("/notes")
    page.get_by_label("Your note", exact=True).fill(
        "Took the long way home because I wanted to. 🌳"
    )
    page.get_by_role("button", name="Save note").click()
    page.get_by_role("status").wait_for()
    assert "Saved." in page.get_by_role("status").inner_text()
    assert page.locator(".note-text").first.inner_text() == (
        "Took the long way home because I wanted to. 🌳"
    )
    assert page.get_by_label("Your note", exact=True).input_value() == ""
    page.reload()
    assert "Took the long way home" in page.locator(".note-text").first.inner_text()


def test_notes_work_without_javascript(page_without_js: Any) -> None:
    page = page_without_js
    page.goto("/notes")
    page.get_by_label("Your note", exact=True).fill("No scripts needed.")
    page.get_by_role("button", name="Save note").click()
    assert "Saved." in page.get_by_role("status").inner_text()
    assert page.locator(".note-text").first.inner_text() == "No scripts needed."


def test_quick_exit_replaces_the_page_and_leaves_the_app_out_of_back(page: Any) -> None:
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Notes").click()
    page.wait_for_url("**/notes")
    page.get_by_role("link", name="Quick exit", exact=True).click()
    page.wait_for_url("**/exit")
    assert page.title() == "Houseplant care"
    page.go_back()
    assert "/notes" not in page.url
    assert page.url == "about:blank" or page.url.endswith("/exit")


def test_pressing_escape_twice_leaves_quickly(page: Any) -> None:
    page.goto("/notes")
    page.get_by_label("Your note", exact=True).fill("private words")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url("**/exit")
    assert "private words" not in page.content()


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_no_serious_accessibility_problems(page: Any, path: str) -> None:
    page.goto(path)
    assert serious_violations(page) == []


def test_pages_follow_dark_mode_without_accessibility_problems(
    browser: Any, live_server: str
) -> None:
    context = browser.new_context(
        base_url=live_server, color_scheme="dark", reduced_motion="reduce"
    )
    page = context.new_page()
    page.goto("/notes")
    page.get_by_label("Your note", exact=True).fill("evening note")
    page.get_by_role("button", name="Save note").click()
    page.get_by_role("status").wait_for()
    assert serious_violations(page) == []
    context.close()


def test_the_note_form_is_usable_by_keyboard_alone(page: Any) -> None:
    page.goto("/notes")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.get_by_label("Your note", exact=True).focus()
    page.keyboard.type("typed only")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.get_by_role("status").wait_for()
    assert page.locator(".note-text").first.inner_text() == "typed only"


def test_an_empty_note_shows_a_kind_error_in_place_and_keeps_the_page(page: Any) -> None:
    page.goto("/notes")
    page.get_by_label("Your note", exact=True).fill("   ")
    page.get_by_role("button", name="Save note").click()
    page.locator(".field-error").wait_for()
    assert "empty" in page.locator(".field-error").inner_text()
    assert page.locator(".note-text").count() == 0
