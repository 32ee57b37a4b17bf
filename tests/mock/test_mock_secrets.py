"""Secrets: the spec's `x-secret` fields read back as `******` everywhere; `******` sent
back keeps the stored value."""

from __future__ import annotations

import json
from typing import Any

from mock_support import create_connection, create_export, only_error
from starlette.testclient import TestClient

from mock_api.engine.secrets import MASK, seal, secret_paths
from mock_api.spec import load_spec, resolve


def stored_secrets(api: TestClient, table: str, doc_id: str) -> dict[str, Any]:
    store = api.app.state.store  # type: ignore[attr-defined]
    found = store.get_with_secrets(table, "5e03061cda20740022300f09", doc_id)
    assert found is not None
    raw, secrets = found
    assert b"hunter2" not in raw and b"tok-1" not in raw  # never in the served text
    secrets_dict: dict[str, Any] = secrets
    return secrets_dict


def test_secret_fields_come_from_the_spec() -> None:
    document = load_spec()
    schemas = document["components"]["schemas"]
    connection = set(secret_paths(resolve(document, schemas["Connection"])))
    assert ("rest", "bearerToken") in connection
    assert ("http", "auth", "basic", "password") in connection
    assert ("netsuite", "tokenSecret") in connection
    assert ("name",) not in connection
    assert set(secret_paths(resolve(document, schemas["Export"]))) >= {("webhook", "key")}
    assert ("oauth2", "clientSecret") in set(secret_paths(resolve(document, schemas["IClient"])))
    # Every path found is a string property marked x-secret in the spec.
    for path in connection:
        node = resolve(document, schemas["Connection"])
        for part in path:
            node = node["properties"][part]
        assert node["x-secret"] is True and node["type"] == "string"


def test_walk_follows_arrays_and_compositions() -> None:
    schema = {
        "properties": {
            "keys": {"type": "array", "items": {"properties": {"key": {"x-secret": True}}}},
            "auth": {"oneOf": [{"properties": {"token": {"x-secret": True}}}]},
        }
    }
    paths = secret_paths(schema)
    assert paths == (("keys", "*", "key"), ("auth", "token"))
    document = {"keys": [{"key": "a"}, {"key": "b"}, {}], "auth": {"token": "t"}}
    kept = seal(document, paths)
    assert kept == {"keys.0.key": "a", "keys.1.key": "b", "auth.token": "t"}
    assert document == {"keys": [{"key": MASK}, {"key": MASK}, {}], "auth": {"token": MASK}}


def test_every_read_of_a_connection_is_masked(api: TestClient) -> None:
    sent = {"rest": {"bearerToken": "tok-1", "basicAuth": {"username": "u", "password": "hunter2"}}}
    created = create_connection(api, **sent)
    masked = {"bearerToken": MASK, "basicAuth": {"username": "u", "password": MASK}}
    assert created["rest"] == masked
    assert api.get(f"/v1/connections/{created['_id']}").json()["rest"] == masked
    assert api.get("/v1/connections").json()[0]["rest"] == masked
    assert stored_secrets(api, "connections", created["_id"]) == {
        "rest.bearerToken": "tok-1",
        "rest.basicAuth.password": "hunter2",
    }


def test_put_with_the_mask_keeps_new_values_replace_missing_ones_erase(api: TestClient) -> None:
    created = create_connection(api, rest={"bearerToken": "tok-1", "refreshToken": "r-1"})
    path = f"/v1/connections/{created['_id']}"
    body = {"type": "rest", "rest": {"bearerToken": MASK, "basicAuth": {"password": "hunter2"}}}
    updated = api.put(path, json=body).json()
    assert updated["rest"] == {"bearerToken": MASK, "basicAuth": {"password": MASK}}
    assert stored_secrets(api, "connections", created["_id"]) == {
        "rest.bearerToken": "tok-1",  # kept
        "rest.basicAuth.password": "hunter2",  # new
    }  # refreshToken, left out, is erased as a PUT erases any field
    again = api.put(path, json={"type": "rest", "rest": {"bearerToken": "tok-2"}}).json()
    assert again["rest"] == {"bearerToken": MASK}
    assert stored_secrets(api, "connections", created["_id"]) == {"rest.bearerToken": "tok-2"}


def test_the_mask_with_nothing_stored_keeps_nothing(api: TestClient) -> None:
    created = create_connection(api, rest={"bearerToken": MASK, "baseURI": "https://x"})
    assert created["rest"] == {"baseURI": "https://x"}


def test_clones_keep_the_secrets_and_mask_them(api: TestClient) -> None:
    export = create_export(api, webhook={"provider": "custom", "key": "hunter2"})
    assert export["webhook"] == {"provider": "custom", "key": MASK}
    clone = api.post(f"/v1/exports/{export['_id']}/clone").json()
    assert clone["webhook"]["key"] == MASK
    assert stored_secrets(api, "exports", clone["_id"]) == {"webhook.key": "hunter2"}


def test_iclient_secrets_are_masked(api: TestClient) -> None:
    body = {"provider": "salesforce", "salesforce": {"clientId": "c", "clientSecret": "hunter2"}}
    created = api.post("/v1/iclients", json=body).json()
    assert created["salesforce"] == {"clientId": "c", "clientSecret": MASK}
    assert api.get(f"/v1/iclients/{created['_id']}").json() == created


def test_error_texts_never_quote_a_secret(api: TestClient) -> None:
    response = api.post(
        "/v1/connections",
        json={
            "type": "rest",
            "rest": {"bearerToken": ["hunter2"], "basicAuth": {"password": {"p": "hunter2x"}}},
        },
    )
    assert response.status_code == 422
    assert "hunter2" not in response.text
    fields = {item["field"] for item in response.json()["errors"]}
    assert fields == {"rest.bearerToken", "rest.basicAuth.password"}
    single = api.post("/v1/iclients", json={"provider": "p", "oauth2": {"clientSecret": 12345}})
    assert "12345" not in single.text
    assert only_error(single)["field"] == "oauth2.clientSecret"
    assert json.loads(single.text)["errors"][0]["code"] == "invalid_field"
