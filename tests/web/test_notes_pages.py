from __future__ import annotations

from typing import Any

from selftrust.domain.profile import Profile
from selftrust.services import notes
from selftrust.services.runtime import Runtime

HTMX = {"HX-Request": "true"}


def test_the_notes_page_invites_a_first_note(client: Any) -> None:
    page = client.get("/notes")
    assert page.status_code == 200
    assert "No notes yet" in page.text
    assert 'name="text"' in page.text


def test_a_note_posted_from_a_plain_form_is_stored_and_shown(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/notes", data={"text": "Rested when tired 🌙"}, follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert "Saved." in page.text
    assert "Rested when tired 🌙" in page.text
    assert [n.text for n in notes.list_notes(rt, dana)] == ["Rested when tired 🌙"]


def test_a_note_posted_with_htmx_returns_the_updated_section(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/notes", data={"text": "<b>kept as text</b>"}, headers=HTMX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<div id="notes-section">')
    assert "&lt;b&gt;kept as text&lt;/b&gt;" in response.text
    assert notes.list_notes(rt, dana)[0].text == "<b>kept as text</b>"


def test_an_empty_note_keeps_the_draft_and_stores_nothing(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    response = client.post("/notes", data={"text": "   "})
    assert response.status_code == 422
    assert "empty" in response.text
    assert 'aria-invalid="true"' in response.text
    assert notes.list_notes(rt, dana) == []


def test_an_over_long_note_keeps_the_draft_for_the_person(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    draft = "word " * 4001
    response = client.post("/notes", data={"text": draft})
    assert response.status_code == 422
    assert "20,000" in response.text
    assert draft.strip() in response.text
    assert notes.list_notes(rt, dana) == []


def test_a_note_can_be_edited_and_deleted_in_the_browser(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    note = notes.add_note(rt, dana, "draft one").record
    assert "draft one" in client.get(f"/notes/{note.id}/edit").text
    client.post(f"/notes/{note.id}", data={"text": "draft two"})
    assert notes.get_note(rt, dana, note.id).text == "draft two"
    assert "be brought back afterwards" in client.get(f"/notes/{note.id}/delete").text
    client.post(f"/notes/{note.id}/delete")
    assert notes.list_notes(rt, dana) == []


def test_someone_elses_note_is_not_found_in_the_browser(
    client: Any, rt: Runtime, robin: Profile
) -> None:
    note = notes.add_note(rt, robin, "robin's").record
    assert client.get(f"/notes/{note.id}/edit").status_code == 404
    assert client.post(f"/notes/{note.id}", data={"text": "x"}).status_code == 404
    assert client.post(f"/notes/{note.id}/delete").status_code == 404
    assert notes.list_notes(rt, robin)[0].text == "robin's"


def test_older_notes_are_reached_page_by_page(client: Any, rt: Runtime, dana: Profile) -> None:
    for i in range(notes.PAGE_SIZE + 3):
        notes.add_note(rt, dana, f"n{i}")
    first = client.get("/notes").text
    assert "Older notes" in first
    assert ">n0<" not in first
    older = client.get("/notes?before=4").text
    assert ">n0<" in older
