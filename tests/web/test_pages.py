from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from selftrust.content.pages import NAVIGATION
from selftrust.domain.profile import Profile
from selftrust.services import notes
from selftrust.services.runtime import Runtime

PAGES = [item.path for item in NAVIGATION] + ["/exit"]
TEMPLATES = Path(__file__).parents[2] / "src" / "selftrust" / "web" / "templates"


@pytest.mark.parametrize("path", [p for p in PAGES if p != "/exit"])
def test_every_page_offers_help_grounding_and_quick_exit(client: Any, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200
    assert 'href="/help"' in page.text
    assert 'href="/ground"' in page.text
    assert 'id="quick-exit"' in page.text


def test_the_neutral_page_shows_nothing_of_this_app(client: Any) -> None:
    page = client.get("/exit").text
    assert "selftrust" not in page.lower()
    assert "<script" not in page


@pytest.mark.parametrize("path", PAGES)
def test_pages_carry_a_strict_content_security_policy_and_are_never_cached(
    client: Any, path: str
) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "default-src 'none'" in csp
    assert headers["cache-control"] == "no-store"
    assert headers["x-frame-options"] == "DENY"


def test_no_template_has_inline_scripts_styles_or_outside_addresses() -> None:
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        assert not re.search(r"<script(?![^>]*\ssrc=)", text), template
        assert not re.search(r"\son[a-z]+=", text), template
        assert " style=" not in text, template
        assert not re.search(r"(src|href)=\"(https?:)?//", text), template


def test_a_form_post_from_another_website_is_refused(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post(
        "/notes", data={"text": "forged"}, headers={"Origin": "https://evil.example"}
    )
    assert response.status_code == 403
    response = client.post(
        "/settings/delete-all", data={"confirm": "yes"}, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert response.status_code == 403
    assert notes.list_notes(rt, dana) == []


def test_a_request_for_an_unknown_host_name_is_refused(client: Any) -> None:
    assert client.get("/", headers={"Host": "attacker.example"}).status_code == 400


def test_an_unknown_page_gets_a_calm_not_found_page(client: Any) -> None:
    page = client.get("/nowhere")
    assert page.status_code == 404
    assert "find that page" in page.text
    assert "Traceback" not in page.text


def test_the_start_page_shows_the_latest_notes(client: Any, rt: Runtime, dana: Profile) -> None:
    notes.add_note(rt, dana, "a small win")
    assert "a small win" in client.get("/").text


def test_your_data_page_exports_and_deletes_everything_after_confirmation(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    notes.add_note(rt, dana, "keep a copy")
    export = client.get("/settings/export.json")
    assert export.headers["content-disposition"].startswith("attachment")
    assert export.json()["notes"][0]["text"] == "keep a copy"
    refused = client.post("/settings/delete-all", data={})
    assert refused.status_code == 422
    assert len(notes.list_notes(rt, dana)) == 1
    done = client.post("/settings/delete-all", data={"confirm": "yes"})
    assert "Everything is deleted" in done.text
    assert notes.list_notes(rt, dana) == []
