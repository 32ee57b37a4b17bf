"""Exports' distributed configuration."""

from __future__ import annotations

from mock_support import create_export
from starlette.testclient import TestClient

CONFIGURATION = {
    "recordType": "salesorder",
    "executionContext": ["userinterface"],
    "disabled": False,
}


def test_distributed_configuration_is_empty_until_stored(api: TestClient) -> None:
    export = create_export(api)
    path = f"/v1/exports/{export['_id']}/distributed"
    assert api.get(path).json() == {}
    stored = api.put(path, json=CONFIGURATION)
    assert stored.status_code == 200 and stored.json() == CONFIGURATION
    assert api.get(path).json() == CONFIGURATION
    assert api.put(path, json={"recordType": "customer"}).json() == {"recordType": "customer"}
    assert api.get(f"/v1/exports/{export['_id']}").json() == export  # the export is unchanged


def test_system_field_names_are_not_stored(api: TestClient) -> None:
    path = f"/v1/exports/{create_export(api)['_id']}/distributed"
    body = {"_id": "x", "lastModified": "y", "createdAt": "z", "qualifier": ["a", "=", 1]}
    assert api.put(path, json=body).json() == {"qualifier": ["a", "=", 1]}


def test_unknown_exports_and_deleted_ones(api: TestClient) -> None:
    missing = "/v1/exports/0123456789abcdef01234567/distributed"
    assert api.get(missing).status_code == 404
    assert api.put(missing, json={}).status_code == 404
    export = create_export(api)
    api.put(f"/v1/exports/{export['_id']}/distributed", json=CONFIGURATION)
    api.delete(f"/v1/exports/{export['_id']}")
    assert api.get(f"/v1/exports/{export['_id']}/distributed").status_code == 404
    store = api.app.state.store  # type: ignore[attr-defined]
    assert store._db.execute("SELECT count(*) FROM export_distributed").fetchone()[0] == 0
