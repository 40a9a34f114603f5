from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import _context
from tests.e2e.test_browser import serious_violations

SAFETY_PAGES = [
    "/help?region=US",
    "/ground/five_senses",
    "/ground/paced_breathing",
    "/ground/orienting",
    "/safety-plan",
    "/safety-plan/edit",
]


def test_crisis_text_is_saved_and_the_card_shows_the_regions_services(
    browser: Any, live_server: str, outside_requests: list[str]
) -> None:
    context = _context(browser, live_server, outside_requests, locale="en-GB")
    page = context.new_page()
    page.goto("/notes")
    page.get_by_label("Your note", exact=True).fill("everyone would be better off without me")
    page.get_by_role("button", name="Save note").click()
    card = page.locator("#care-card")
    card.wait_for()
    assert "Samaritans" in card.inner_text()
    assert (
        page.locator(".note-text").first.inner_text() == "everyone would be better off without me"
    )
    assert serious_violations(page) == []
    card.get_by_role("link", name="Close for now").click()
    assert card.is_hidden()
    context.close()
    assert outside_requests == []


def test_grounding_works_with_javascript_disabled(page_without_js: Any) -> None:
    page = page_without_js
    page.goto("/ground")
    page.get_by_role("link", name="5-4-3-2-1: notice your senses").click()
    page.get_by_role("group", name="Before you start").get_by_label("7", exact=True).check()
    page.get_by_role("group", name="And now").get_by_label("4", exact=True).check()
    page.get_by_label("Save these numbers").check()
    page.get_by_role("button", name="Finish").click()
    assert "saved" in page.get_by_role("status").inner_text()


@pytest.mark.parametrize("path", SAFETY_PAGES)
def test_safety_pages_have_no_serious_accessibility_problems(page: Any, path: str) -> None:
    page.goto(path)
    assert serious_violations(page) == []
