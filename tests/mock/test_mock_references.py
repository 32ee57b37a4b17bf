"""References: a connection, export, import or flow naming a resource the account does not
have is 422 `invalid_ref` with `field` (validation's notation: `pageProcessors.1._importId`)."""

from __future__ import annotations

from mock_support import (
    SECONDARY,
    create_connection,
    create_export,
    create_flow,
    create_import,
    create_integration,
    make_client,
    only_error,
)
from starlette.applications import Starlette
from starlette.testclient import TestClient

MISSING = "0123456789abcdef01234567"


def test_each_kind_of_reference_is_checked(api: TestClient) -> None:
    cases = [
        ("/v1/connections", {"type": "rest", "_iClientId": MISSING}, "_iClientId"),
        ("/v1/connections", {"type": "rest", "_integrationId": MISSING}, "_integrationId"),
        ("/v1/exports", {"name": "e", "_connectionId": MISSING}, "_connectionId"),
        ("/v1/imports", {"name": "i", "_integrationId": MISSING}, "_integrationId"),
        ("/v1/flows", {"name": "f", "_exportId": MISSING}, "_exportId"),
        (
            "/v1/flows",
            {"name": "f", "pageGenerators": [{"_exportId": MISSING}]},
            "pageGenerators.0._exportId",
        ),
    ]
    for path, body, field in cases:
        response = api.post(path, json=body)
        assert response.status_code == 422, (path, body)
        item = only_error(response)
        assert (item["code"], item["field"]) == ("invalid_ref", field)
    for path in ("/v1/connections", "/v1/exports", "/v1/imports", "/v1/flows"):
        assert api.get(path).status_code == 204  # nothing was stored


def test_every_missing_reference_is_reported(api: TestClient) -> None:
    export = create_export(api)
    imported = create_import(api)
    processors = [
        {"type": "import", "_importId": imported["_id"]},
        {"type": "import", "_importId": MISSING},
        {"type": "export", "_exportId": MISSING},
    ]
    body = {
        "name": "f",
        "_integrationId": MISSING,
        "_exportId": export["_id"],
        "pageProcessors": processors,
    }
    response = api.post("/v1/flows", json=body)
    assert response.status_code == 422
    assert {(e["code"], e["field"]) for e in response.json()["errors"]} == {
        ("invalid_ref", "_integrationId"),
        ("invalid_ref", "pageProcessors.1._importId"),
        ("invalid_ref", "pageProcessors.2._exportId"),
    }


def test_existing_references_are_accepted_and_put_checks_too(api: TestClient) -> None:
    integration = create_integration(api)
    connection = create_connection(api, _integrationId=integration["_id"])
    export = create_export(api, _connectionId=connection["_id"], _integrationId=integration["_id"])
    imported = create_import(api, _connectionId=connection["_id"])
    flow = create_flow(
        api,
        _integrationId=integration["_id"],
        pageGenerators=[{"_exportId": export["_id"]}],
        pageProcessors=[{"type": "import", "_importId": imported["_id"]}],
    )
    broken = api.put(f"/v1/exports/{export['_id']}", json={"name": "e", "_connectionId": MISSING})
    assert broken.status_code == 422 and only_error(broken)["field"] == "_connectionId"
    assert api.get(f"/v1/exports/{export['_id']}").json() == export
    assert api.put(f"/v1/flows/{flow['_id']}", json={"name": "g"}).status_code == 200


def test_another_accounts_resource_does_not_count(app: Starlette, api: TestClient) -> None:
    with make_client(app, SECONDARY) as other:
        theirs = create_connection(other)
    response = api.post("/v1/exports", json={"name": "e", "_connectionId": theirs["_id"]})
    assert response.status_code == 422 and only_error(response)["code"] == "invalid_ref"


def test_a_step_names_its_resource(api: TestClient) -> None:
    response = api.post("/v1/flows", json={"name": "f", "pageProcessors": [{"type": "import"}]})
    assert response.status_code == 422
    assert only_error(response) == {
        "code": "missing_required_field",
        "message": "pageProcessors.0._importId is required for a step of type import.",
        "field": "pageProcessors.0._importId",
    }


def test_deleting_a_referenced_resource_is_allowed_and_clones_copy_references(
    api: TestClient,
) -> None:
    connection = create_connection(api)
    export = create_export(api, _connectionId=connection["_id"])
    assert api.delete(f"/v1/connections/{connection['_id']}").status_code == 204
    clone = api.post(f"/v1/exports/{export['_id']}/clone")
    assert clone.status_code == 201 and clone.json()["_connectionId"] == connection["_id"]
