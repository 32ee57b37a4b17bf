"""What every resource served by the engine does: create, read, PUT, delete, clone, and the
fields the server sets (connections, exports, imports, flows, iClients, templates)."""

from __future__ import annotations

from typing import Any

import pytest
from mock_support import OBJECT_ID, PRIMARY, RFC3339, SECONDARY, Clock, make_client, only_error
from starlette.testclient import TestClient

from mock_api.app import create_app
from mock_api.handlers import HANDLERS
from mock_api.resources import RESOURCES

# path, a valid body, a field a PUT may change
RESOURCES_SERVED = {
    "connections": ({"type": "rest", "name": "c", "sandbox": True}, "type"),
    "exports": ({"name": "e", "description": "d"}, "name"),
    "imports": ({"name": "i", "description": "d"}, "name"),
    "flows": ({"name": "f", "description": "d"}, "name"),
    "iclients": ({"provider": "shopify", "name": "app"}, "provider"),
    "templates": ({"name": "t", "description": "d"}, "name"),
}
CLONEABLE = ("exports", "imports", "flows", "integrations")


def test_every_declared_operation_is_served_by_its_declaration() -> None:
    for resource in RESOURCES:
        for verb in ("list", "create", "get", "update", "delete", "clone"):
            operation_id = getattr(resource.operations, verb)
            if operation_id is not None:
                assert HANDLERS[operation_id].args == (resource,), operation_id  # type: ignore[attr-defined]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed(clock: Clock) -> TestClient:
    app = create_app(rate_limit=False, clock=clock)
    with make_client(app, PRIMARY) as client:
        yield client


@pytest.mark.parametrize("name", sorted(RESOURCES_SERVED))
def test_create_get_list_put_delete(timed: TestClient, clock: Clock, name: str) -> None:
    body, changed = RESOURCES_SERVED[name]
    path = f"/v1/{name}"
    assert timed.get(path).status_code == 204
    sent = {**body, "_id": "not-an-id", "createdAt": "1999-01-01T00:00:00.000Z", "lastModified": 3}
    created = timed.post(path, json=sent)
    assert created.status_code == 201, created.text
    document = created.json()
    assert OBJECT_ID.match(document["_id"])
    assert document["createdAt"] == document["lastModified"] == "2027-01-15T08:00:00.000Z"
    assert {k: document[k] for k in body} == body
    one = f"{path}/{document['_id']}"
    assert timed.get(one).json() == document
    assert timed.get(path).json() == [document]

    clock.advance(1.5)
    replaced = timed.put(one, json={changed: body[changed], "createdAt": "2000-01-01T00:00:00Z"})
    assert replaced.status_code == 200, replaced.text
    updated = replaced.json()
    left_out = set(body) - {changed}
    assert left_out.isdisjoint(updated)  # PUT replaces the document
    assert updated["createdAt"] == document["createdAt"]  # never moves
    assert updated["lastModified"] == "2027-01-15T08:00:01.500Z"  # moves on every write
    assert RFC3339.match(updated["lastModified"])
    assert timed.get(one).json() == updated

    assert timed.delete(one).status_code == 204
    assert timed.get(one).status_code == 404
    assert timed.delete(one).status_code == 404
    assert timed.put(one, json=body).status_code == 404


@pytest.mark.parametrize("name", sorted(RESOURCES_SERVED))
def test_accounts_are_isolated(app: Any, name: str) -> None:
    body, _ = RESOURCES_SERVED[name]
    with make_client(app, PRIMARY) as api, make_client(app, SECONDARY) as other:
        mine = api.post(f"/v1/{name}", json=body).json()
        one = f"/v1/{name}/{mine['_id']}"
        assert other.get(f"/v1/{name}").status_code == 204
        for method in ("GET", "DELETE"):
            response = other.request(method, one)
            assert response.status_code == 404
            assert only_error(response)["code"] == "invalid_ref"
        assert other.put(one, json=body).status_code == 404
        assert api.get(one).json() == mine


@pytest.mark.parametrize("name", ["exports", "imports", "flows"])
def test_clone_is_a_copy_with_new_system_fields(timed: TestClient, clock: Clock, name: str) -> None:
    source = timed.post(f"/v1/{name}", json={"name": "source", "description": "d"}).json()
    clock.advance(2)
    response = timed.post(f"/v1/{name}/{source['_id']}/clone")
    assert response.status_code == 201
    copy = response.json()
    assert copy["_id"] != source["_id"] and OBJECT_ID.match(copy["_id"])
    assert copy["name"] == "source" and copy["description"] == "d"
    assert copy["createdAt"] == copy["lastModified"] == "2027-01-15T08:00:02.000Z"
    assert copy.get("apiIdentifier") != source.get("apiIdentifier") or name == "flows"
    named = timed.post(f"/v1/{name}/{source['_id']}/clone", json={"name": "renamed"}).json()
    assert named["name"] == "renamed"
    assert timed.get(f"/v1/{name}/{source['_id']}").json() == source  # the source is unchanged
    assert len(timed.get(f"/v1/{name}").json()) == 3
    assert timed.post(f"/v1/{name}/0123456789abcdef01234567/clone").status_code == 404


@pytest.mark.parametrize(("name", "prefix"), [("exports", "e"), ("imports", "i")])
def test_api_identifier_is_system_generated(api: TestClient, name: str, prefix: str) -> None:
    first = api.post(f"/v1/{name}", json={"name": "x", "apiIdentifier": "mine"}).json()
    second = api.post(f"/v1/{name}", json={"name": "y"}).json()
    for document in (first, second):
        assert document["apiIdentifier"].startswith(prefix)
        assert len(document["apiIdentifier"]) == 11
    assert first["apiIdentifier"] != second["apiIdentifier"]
    path = f"/v1/{name}/{first['_id']}"
    kept = api.put(path, json={"name": "x", "apiIdentifier": "changed"}).json()
    assert kept["apiIdentifier"] == first["apiIdentifier"]


def test_template_published_is_read_only(api: TestClient) -> None:
    template = api.post("/v1/templates", json={"name": "t", "published": True}).json()
    assert template["published"] is False
    path = f"/v1/templates/{template['_id']}"
    assert api.put(path, json={"name": "t2", "published": True}).json()["published"] is False


def test_templates_are_one_flat_list(api: TestClient) -> None:
    for number in range(3):
        api.post("/v1/templates", json={"name": f"t{number}"})
    response = api.get("/v1/templates", params={"limit": 1})  # not a parameter of templates
    assert [t["name"] for t in response.json()] == ["t0", "t1", "t2"]
    assert "link" not in response.headers


def test_flow_run_sets_last_executed_at_but_not_last_modified(
    timed: TestClient, clock: Clock
) -> None:
    flow = timed.post("/v1/flows", json={"name": "f"}).json()
    clock.advance(3)
    assert timed.post(f"/v1/flows/{flow['_id']}/run").status_code == 201
    after = timed.get(f"/v1/flows/{flow['_id']}").json()
    assert after["lastExecutedAt"] == "2027-01-15T08:00:03.000Z"
    assert after["lastModified"] == flow["lastModified"]
    kept = timed.put(f"/v1/flows/{flow['_id']}", json={"name": "g", "lastExecutedAt": "x"}).json()
    assert kept["lastExecutedAt"] == after["lastExecutedAt"]


def test_state_goes_with_its_resource(api: TestClient) -> None:
    flow = api.post("/v1/flows", json={"name": "f"}).json()
    assert api.put(f"/v1/flows/{flow['_id']}/state/k", json=1).text == "Created"
    api.delete(f"/v1/flows/{flow['_id']}")
    again = api.post("/v1/flows", json={"name": "f"}).json()
    assert api.get(f"/v1/flows/{again['_id']}/state").status_code == 204
    assert api.app.state.store._db.execute("SELECT count(*) FROM state").fetchone()[0] == 0  # type: ignore[attr-defined]
