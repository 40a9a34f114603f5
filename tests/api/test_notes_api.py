from __future__ import annotations

from typing import Any

import pytest

from selftrust.domain.profile import Profile
from selftrust.domain.text import NOTE_MAX_CHARS
from selftrust.services import notes
from selftrust.services.runtime import Runtime


def test_health_says_the_app_and_database_answer(client: Any) -> None:
    body = client.get("/api/v1/health").json()
    assert body["status"] == "ok"
    assert body["database"] in {"sqlite", "postgresql"}


def test_a_note_round_trips_through_the_api_exactly(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    text = "Said no without explaining. 🫶\nIt felt okay."
    created = client.post("/api/v1/notes", json={"text": text})
    assert created.status_code == 201
    note_id = created.json()["id"]
    assert client.get(f"/api/v1/notes/{note_id}").json()["text"] == text
    assert notes.get_note(rt, dana, note_id).text == text
    listed = client.get("/api/v1/notes").json()
    assert [n["text"] for n in listed["notes"]] == [text]
    assert listed["next_before"] is None


def test_a_note_can_be_replaced_and_deleted_through_the_api(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    note_id = client.post("/api/v1/notes", json={"text": "one"}).json()["id"]
    assert client.put(f"/api/v1/notes/{note_id}", json={"text": "two"}).json()["text"] == "two"
    assert client.delete(f"/api/v1/notes/{note_id}").status_code == 204
    assert client.get(f"/api/v1/notes/{note_id}").status_code == 404
    assert notes.list_notes(rt, dana) == []


@pytest.mark.parametrize(
    "body",
    [
        {"text": False},
        {"text": 0},
        {"text": None},
        {"text": ["a"]},
        {},
        {"text": "ok", "mood": "extra field"},
    ],
)
def test_wrong_types_are_refused_without_coercion_and_nothing_is_stored(
    client: Any, rt: Runtime, dana: Profile, body: dict[str, Any]
) -> None:
    response = client.post("/api/v1/notes", json=body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["message"]
    assert notes.list_notes(rt, dana) == []


@pytest.mark.parametrize(
    ("text", "words"), [("", "empty"), ("  ", "empty"), ("z" * (NOTE_MAX_CHARS + 1), "20,000")]
)
def test_empty_or_over_long_text_gets_a_clear_message(
    client: Any, rt: Runtime, dana: Profile, text: str, words: str
) -> None:
    response = client.post("/api/v1/notes", json={"text": text})
    assert response.status_code == 422
    assert words in response.json()["error"]["message"]
    assert notes.list_notes(rt, dana) == []


def test_malformed_json_gets_a_clear_message(client: Any) -> None:
    response = client.post(
        "/api/v1/notes",
        content=b'{"text": "unfinished',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["message"] == "The request body is not valid JSON."


def test_a_huge_body_is_refused_before_it_is_read(client: Any, rt: Runtime, dana: Profile) -> None:
    response = client.post("/api/v1/notes", json={"text": "a" * (3 * 1024 * 1024)})
    assert response.status_code == 413
    assert "2 MB" in response.json()["error"]["message"]
    assert notes.list_notes(rt, dana) == []


def test_errors_never_echo_what_a_person_wrote(client: Any) -> None:
    response = client.post("/api/v1/notes", json={"text": "secret words", "extra": "secret words"})
    assert "secret words" not in response.text


def test_another_persons_note_is_not_found(client: Any, rt: Runtime, robin: Profile) -> None:
    note = notes.add_note(rt, robin, "robin's").record
    assert client.get(f"/api/v1/notes/{note.id}").status_code == 404
    assert client.put(f"/api/v1/notes/{note.id}", json={"text": "x"}).status_code == 404
    assert client.delete(f"/api/v1/notes/{note.id}").status_code == 404
    assert notes.list_notes(rt, robin)[0].text == "robin's"


def test_export_and_delete_all_need_an_explicit_confirmation(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    notes.add_note(rt, dana, "mine")
    assert client.get("/api/v1/export").json()["notes"][0]["text"] == "mine"
    assert client.post("/api/v1/delete-all", json={"confirm": False}).status_code == 422
    assert client.post("/api/v1/delete-all", json={"confirm": 1}).status_code == 422
    assert len(notes.list_notes(rt, dana)) == 1
    result = client.post("/api/v1/delete-all", json={"confirm": True}).json()
    assert result["deleted"]["notes"] == 1


def test_the_openapi_schema_is_served_and_the_cdn_docs_pages_are_not(client: Any) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/notes" in schema["paths"]
    assert all(path.startswith("/api/v1") for path in schema["paths"])
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_fastapi_telemetry_is_switched_off(app: Any) -> None:
    config = app._telemetry
    assert not any(config[k] for k in ("tracing", "metrics", "logs", "auto_configure"))
