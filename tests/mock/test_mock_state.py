"""State: global keys and keys under a resource, any JSON value, the documented answers."""

from __future__ import annotations

import pytest
from mock_support import SECONDARY, create_connection, make_client, only_error
from starlette.applications import Starlette
from starlette.testclient import TestClient

JSON = {"content-type": "application/json"}
VALUES = [{"message": "Don't slip!"}, [1, "two", None], "text", 3.5, 0, True, None, {}]


@pytest.mark.parametrize("value", VALUES)
def test_any_json_value_reads_back_exactly(api: TestClient, value: object) -> None:
    import json

    raw = json.dumps(value).encode()
    created = api.put("/v1/state/banana", content=raw, headers=JSON)
    assert created.status_code == 200
    assert created.headers["content-type"] == "text/plain; charset=utf-8"
    assert created.text == "Created"
    assert api.get("/v1/state/banana").json() == value
    assert api.put("/v1/state/banana", content=raw, headers=JSON).text == "OK"


def test_global_keys_and_resource_keys_are_apart(api: TestClient) -> None:
    assert api.get("/v1/state").status_code == 204
    connection = create_connection(api)
    under = f"/v1/connections/{connection['_id']}/state"
    assert api.put("/v1/state/banana", json=1).text == "Created"
    assert api.put("/v1/state/apple", json=2).text == "Created"
    assert api.put(f"{under}/sequence", json={"counter": 1}).text == "Created"
    assert api.put(f"{under}/banana", json="mine").text == "Created"
    assert api.get("/v1/state").json() == {"keys": ["apple", "banana"]}
    assert api.get(under).json() == {"keys": ["banana", "sequence"]}
    assert api.get("/v1/state/banana").json() == 1
    assert api.get(f"{under}/banana").json() == "mine"
    assert api.get("/v1/state/sequence").status_code == 404


def test_deletes(api: TestClient) -> None:
    flow = api.post("/v1/flows", json={"name": "f"}).json()
    under = f"/v1/flows/{flow['_id']}/state"
    api.put("/v1/state/a", json=1)
    api.put("/v1/state/b", json=1)
    api.put(f"{under}/a", json=1)
    api.put(f"{under}/b", json=1)

    one = api.delete("/v1/state/a")
    assert (one.status_code, one.content) == (204, b"")
    assert api.delete("/v1/state/a").status_code == 404
    resource_one = api.delete(f"{under}/a")
    assert (resource_one.status_code, resource_one.text) == (200, "OK")
    assert resource_one.headers["content-type"] == "text/plain; charset=utf-8"
    assert api.delete(f"{under}/a").status_code == 404

    assert api.delete("/v1/state").status_code == 204
    assert api.get("/v1/state").status_code == 204
    assert api.get(under).json() == {"keys": ["b"]}  # global deletes leave resource keys
    everything = api.delete(under)
    assert (everything.status_code, everything.text) == (200, "OK")
    assert api.get(under).status_code == 204
    assert api.delete(under).status_code == 200  # nothing left to delete is still OK
    assert api.delete("/v1/state").status_code == 204


@pytest.mark.parametrize(
    "resource_type", ["connections", "exports", "imports", "flows", "integrations"]
)
def test_every_resource_type_keeps_state(api: TestClient, resource_type: str) -> None:
    body = {"type": "rest"} if resource_type == "connections" else {"name": "n"}
    resource = api.post(f"/v1/{resource_type}", json=body).json()
    path = f"/v1/{resource_type}/{resource['_id']}/state/k"
    assert api.put(path, json=[1]).text == "Created"
    assert api.get(path).json() == [1]


def test_unknown_resources_are_404(app: Starlette, api: TestClient) -> None:
    missing = "0123456789abcdef01234567"
    for method, path in (
        ("GET", f"/v1/flows/{missing}/state"),
        ("GET", f"/v1/flows/{missing}/state/k"),
        ("DELETE", f"/v1/flows/{missing}/state"),
        ("DELETE", f"/v1/exports/{missing}/state/k"),
    ):
        response = api.request(method, path)
        assert response.status_code == 404, path
        assert only_error(response)["code"] == "invalid_ref"
    assert api.put(f"/v1/imports/{missing}/state/k", json=1).status_code == 404
    assert api.get(f"/v1/connectors/{missing}/state").status_code == 404  # not a state type
    flow = api.post("/v1/flows", json={"name": "f"}).json()
    with make_client(app, SECONDARY) as other:
        assert other.put(f"/v1/flows/{flow['_id']}/state/k", json=1).status_code == 404
        assert other.get("/v1/state").status_code == 204


def test_keys_with_reserved_characters(api: TestClient) -> None:
    for key in ("a/b", "a b", "ä?", "%2F"):
        from urllib.parse import quote

        path = f"/v1/state/{quote(key, safe='')}"
        assert api.put(path, json=key).status_code == 200, key
        assert api.get(path).json() == key
    assert set(api.get("/v1/state").json()["keys"]) == {"a/b", "a b", "ä?", "%2F"}


def test_a_value_is_required_and_must_be_json(api: TestClient) -> None:
    assert api.put("/v1/state/k").status_code == 400
    malformed = api.put("/v1/state/k", content=b"{", headers=JSON)
    assert malformed.status_code == 400 and only_error(malformed)["code"] == "malformed_json"
    assert api.get("/v1/state").status_code == 204
