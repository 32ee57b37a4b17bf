"""Licenses: issued to registered users only, scoped to their connector."""

from __future__ import annotations

from typing import Any

from mock_support import OBJECT_ID, create_connector, only_error
from starlette.testclient import TestClient

from mock_api.seed import LICENSEE_USER, REGISTERED_EMAILS

LICENSE = {"email": "user@example.com", "expires": "2030-01-01T00:00:00Z", "opts": {}}


def issue(api: TestClient, connector_id: str, **fields: Any) -> dict[str, Any]:
    response = api.post(f"/v1/connectors/{connector_id}/licenses", json={**LICENSE, **fields})
    assert response.status_code == 201, response.text
    document: dict[str, Any] = response.json()
    return document


def test_registered_emails_are_documented() -> None:
    assert "user@example.com" in REGISTERED_EMAILS
    assert len(set(REGISTERED_EMAILS)) == len(REGISTERED_EMAILS) >= 3


def test_create_resolves_the_user(api: TestClient) -> None:
    connector = create_connector(api)
    license_doc = issue(api, connector["_id"], opts={"connectorEdition": "premium"})
    assert OBJECT_ID.match(license_doc["_id"])
    assert license_doc["user"] == {
        "email": LICENSEE_USER.email,
        "_id": LICENSEE_USER.id,
        "name": LICENSEE_USER.name,
    }
    assert license_doc["opts"] == {"connectorEdition": "premium"}
    assert license_doc["expires"] == "2030-01-01T00:00:00Z"


def test_every_registered_email_can_be_licensed(api: TestClient) -> None:
    connector = create_connector(api)
    for email in REGISTERED_EMAILS:
        assert issue(api, connector["_id"], email=email)["user"]["email"] == email


def test_unregistered_email_is_invalid_user(api: TestClient) -> None:
    connector = create_connector(api)
    response = api.post(
        f"/v1/connectors/{connector['_id']}/licenses", json={**LICENSE, "email": "x@nowhere.io"}
    )
    assert response.status_code == 422
    item = only_error(response)
    assert (item["code"], item["field"]) == ("invalid_user", "email")
    assert api.get(f"/v1/connectors/{connector['_id']}/licenses").status_code == 204


def test_required_fields(api: TestClient) -> None:
    connector = create_connector(api)
    response = api.post(
        f"/v1/connectors/{connector['_id']}/licenses", json={"email": "user@example.com"}
    )
    assert response.status_code == 422
    assert {item["field"] for item in response.json()["errors"]} == {"expires", "opts"}


def test_license_on_unknown_connector_is_404(api: TestClient) -> None:
    response = api.post("/v1/connectors/nope/licenses", json=LICENSE)
    assert response.status_code == 404
    assert api.get("/v1/connectors/nope/licenses").status_code == 404


def test_list_get_update_delete(api: TestClient) -> None:
    connector = create_connector(api)
    base = f"/v1/connectors/{connector['_id']}/licenses"
    assert api.get(base).status_code == 204
    license_doc = issue(api, connector["_id"])
    assert api.get(base).json() == [license_doc]
    path = f"{base}/{license_doc['_id']}"
    assert api.get(path).json() == license_doc

    response = api.put(path, json={"expires": "2031-01-01T00:00:00Z", "_id": "ignored"})
    assert response.status_code == 200
    updated = response.json()
    assert updated["_id"] == license_doc["_id"]
    assert updated["expires"] == "2031-01-01T00:00:00Z"
    assert "opts" not in updated  # full replace
    assert updated["user"] == license_doc["user"]
    assert updated["created"] == license_doc["created"]

    moved = api.put(path, json={"user": {"email": "dev@example.com"}}).json()
    assert moved["user"]["email"] == "dev@example.com"
    bad = api.put(path, json={"user": {"email": "ghost@example.com"}})
    assert bad.status_code == 422
    assert only_error(bad)["code"] == "invalid_user"

    assert api.delete(path).status_code == 204
    assert api.get(path).status_code == 404
    assert api.delete(path).status_code == 404


def test_license_belongs_to_its_connector(api: TestClient) -> None:
    first = create_connector(api)
    second = create_connector(api)
    license_doc = issue(api, first["_id"])
    wrong = f"/v1/connectors/{second['_id']}/licenses/{license_doc['_id']}"
    assert api.get(wrong).status_code == 404
    assert api.put(wrong, json={}).status_code == 404
    assert api.delete(wrong).status_code == 404


def test_deleting_the_connector_removes_its_licenses(api: TestClient) -> None:
    connector = create_connector(api)
    issue(api, connector["_id"])
    api.delete(f"/v1/connectors/{connector['_id']}")
    store = api.app.state.store  # type: ignore[attr-defined]
    assert store._db.execute("SELECT count(*) FROM licenses").fetchone()[0] == 0


def test_invalid_expires_is_rejected(api: TestClient) -> None:
    connector = create_connector(api)
    response = api.post(
        f"/v1/connectors/{connector['_id']}/licenses", json={**LICENSE, "expires": "soon"}
    )
    assert response.status_code == 422
    item = only_error(response)
    assert (item["code"], item["field"]) == ("invalid_field", "expires")


def test_an_id_sent_with_a_new_license_is_ignored(api: TestClient) -> None:
    # fields.read-only: the create request's schema does not list `_id`, the server sets it anyway.
    connector = create_connector(api)
    chosen = "0123456789abcdef01234567"
    license_doc = issue(api, connector["_id"], _id=chosen)
    assert OBJECT_ID.match(license_doc["_id"]) and license_doc["_id"] != chosen
    listed = api.get(f"/v1/connectors/{connector['_id']}/licenses").json()
    assert [item["_id"] for item in listed] == [license_doc["_id"]]
    assert api.get(f"/v1/connectors/{connector['_id']}/licenses/{chosen}").status_code == 404
