"""Connectors: CRUD, read-only fields, trial rule, install / preview, install base, push update."""

from __future__ import annotations

from mock_support import (
    OBJECT_ID,
    RFC3339,
    create_connector,
    create_integration,
    installable_connector,
    only_error,
)
from starlette.testclient import TestClient


def test_empty_list_is_204_without_body(api: TestClient) -> None:
    response = api.get("/v1/connectors")
    assert response.status_code == 204
    assert response.content == b""


def test_create_sets_read_only_fields(api: TestClient) -> None:
    connector = create_connector(api, name="Shop Sync & Co.", published=True)
    assert OBJECT_ID.match(connector["_id"])
    assert RFC3339.match(connector["lastModified"])
    assert connector["handle"] == "shop-sync-co"
    assert connector["numInstalls"] == 0
    assert connector["published"] is True


def test_client_sent_read_only_values_are_ignored(api: TestClient) -> None:
    sent = {"_id": "not-an-id", "handle": "mine", "numInstalls": "lots", "lastModified": 3}
    connector = create_connector(api, **sent)
    assert OBJECT_ID.match(connector["_id"])
    assert connector["handle"] == "shop-sync"
    assert connector["numInstalls"] == 0
    assert RFC3339.match(connector["lastModified"])


def test_handles_are_unique(api: TestClient) -> None:
    handles = {create_connector(api, name="Same")["handle"] for _ in range(4)}
    assert len(handles) == 4
    assert "same" in handles


def test_list_returns_connectors_in_creation_order(api: TestClient) -> None:
    first = create_connector(api, name="one")
    second = create_connector(api, name="two")
    listed = api.get("/v1/connectors").json()
    assert [c["_id"] for c in listed] == [first["_id"], second["_id"]]
    assert listed[0] == first


def test_get_unknown_is_invalid_ref(api: TestClient) -> None:
    response = api.get("/v1/connectors/0123456789abcdef01234567")
    assert response.status_code == 404
    assert only_error(response) == {"code": "invalid_ref", "message": "Resource not found."}


def test_put_is_full_replace_keeping_read_only_fields(api: TestClient) -> None:
    connector = create_connector(api, description="old", published=True)
    response = api.put(
        f"/v1/connectors/{connector['_id']}",
        json={"name": "Renamed", "handle": "ignored", "numInstalls": 9},
    )
    assert response.status_code == 200
    updated = response.json()
    assert updated["name"] == "Renamed"
    assert "description" not in updated and "published" not in updated
    assert updated["_id"] == connector["_id"]
    assert updated["handle"] == connector["handle"]
    assert updated["numInstalls"] == 0
    assert updated["lastModified"] >= connector["lastModified"]
    assert api.get(f"/v1/connectors/{connector['_id']}").json() == updated


def test_put_validates_like_create(api: TestClient) -> None:
    connector = create_connector(api)
    response = api.put(f"/v1/connectors/{connector['_id']}", json={"description": "x"})
    assert response.status_code == 422
    assert only_error(response)["code"] == "missing_required_field"
    assert only_error(response)["field"] == "name"


def test_put_unknown_is_404(api: TestClient) -> None:
    assert api.put("/v1/connectors/nope", json={"name": "x"}).status_code == 404


def test_delete_then_gone(api: TestClient) -> None:
    connector = create_connector(api)
    path = f"/v1/connectors/{connector['_id']}"
    response = api.delete(path)
    assert response.status_code == 204 and response.content == b""
    assert api.get(path).status_code == 404
    assert api.delete(path).status_code == 404


def test_missing_name_is_missing_required_field(api: TestClient) -> None:
    response = api.post("/v1/connectors", json={"description": "no name"})
    assert response.status_code == 422
    item = only_error(response)
    assert item["code"] == "missing_required_field"
    assert item["field"] == "name"


def test_wrong_types_are_invalid_fields(api: TestClient) -> None:
    response = api.post(
        "/v1/connectors", json={"name": "x", "published": "yes", "contactEmail": "nope"}
    )
    assert response.status_code == 422
    fields = {item["field"]: item["code"] for item in response.json()["errors"]}
    assert fields == {"published": "invalid_field", "contactEmail": "invalid_field"}


def test_trial_needs_period_and_license(api: TestClient) -> None:
    response = api.post("/v1/connectors", json={"name": "t", "trialEnabled": True})
    assert response.status_code == 422
    assert only_error(response)["code"] == "missing_required_field"
    assert only_error(response)["field"] == "trialPeriod"
    response = api.post(
        "/v1/connectors", json={"name": "t", "trialEnabled": True, "trialPeriod": 30}
    )
    assert only_error(response)["field"] == "_trialLicenseId"
    ok = create_connector(
        api, trialEnabled=True, trialPeriod=30, _trialLicenseId="0123456789abcdef01234567"
    )
    assert ok["trialPeriod"] == 30
    assert create_connector(api, trialEnabled=False)["trialEnabled"] is False


def test_trial_rule_applies_to_put(api: TestClient) -> None:
    connector = create_connector(api)
    response = api.put(
        f"/v1/connectors/{connector['_id']}", json={"name": "t", "trialEnabled": True}
    )
    assert response.status_code == 422
    assert only_error(response)["field"] == "trialPeriod"


def test_install_and_preview_of_unknown_connector_are_404(api: TestClient) -> None:
    assert api.post("/v1/connectors/0123456789abcdef01234567/install").status_code == 404
    assert api.get("/v1/connectors/0123456789abcdef01234567/preview").status_code == 404


def test_install_needs_an_existing_integration_and_an_installer(api: TestClient) -> None:
    integration = create_integration(api)
    cases = [
        {},
        {"installerFunction": "install"},
        {"installerFunction": "install", "_integrationId": "0123456789abcdef01234567"},
        {"_integrationId": integration["_id"]},
    ]
    for fields in cases:
        connector = create_connector(api, **fields)
        for response in (
            api.post(f"/v1/connectors/{connector['_id']}/install", json={}),
            api.get(f"/v1/connectors/{connector['_id']}/preview"),
        ):
            assert response.status_code == 422, fields
            assert only_error(response)["code"] == "invalid_integration_app"


def test_install_and_preview_of_an_integration_app(api: TestClient) -> None:
    connector = installable_connector(api)
    started = api.post(f"/v1/connectors/{connector['_id']}/install", json={"edition": "pro"})
    assert started.status_code == 200
    assert started.json()["_connectorId"] == connector["_id"]
    preview = api.get(f"/v1/connectors/{connector['_id']}/preview")
    assert preview.status_code == 200
    steps = preview.json()["integration"]["install"]
    assert steps[0]["installerFunction"] == "installShop"


def test_install_base_lists_installs(api: TestClient) -> None:
    connector = installable_connector(api)
    base = f"/v1/connectors/{connector['_id']}/installBase"
    assert api.get(base).status_code == 204
    installed = api.post(f"/v1/integrations/{connector['_id']}/install").json()
    entries = api.get(base).json()
    assert [entry["_integrationId"] for entry in entries] == [installed["_id"]]
    assert entries[0]["email"] == "partner@example.com"
    assert api.get("/v1/connectors/nope/installBase").status_code == 404


def test_push_update_flags_every_install(api: TestClient) -> None:
    connector = installable_connector(api)
    first = api.post(f"/v1/integrations/{connector['_id']}/install").json()
    second = api.post(f"/v1/integrations/{connector['_id']}/install").json()
    unrelated = create_integration(api)
    response = api.put(f"/v1/connectors/{connector['_id']}/update")
    assert response.status_code == 200 and response.content == b""
    for integration in (first, second):
        assert api.get(f"/v1/integrations/{integration['_id']}").json()["updateInProgress"]
    assert "updateInProgress" not in api.get(f"/v1/integrations/{unrelated['_id']}").json()


def test_push_update_to_listed_installs_only(api: TestClient) -> None:
    connector = installable_connector(api)
    first = api.post(f"/v1/integrations/{connector['_id']}/install").json()
    second = api.post(f"/v1/integrations/{connector['_id']}/install").json()
    unrelated = create_integration(api)
    response = api.put(
        f"/v1/connectors/{connector['_id']}/update",
        json={"_integrationIds": [second["_id"], unrelated["_id"], "unknown"]},
    )
    assert response.status_code == 200
    assert api.get(f"/v1/integrations/{first['_id']}").json()["updateInProgress"] is False
    assert api.get(f"/v1/integrations/{second['_id']}").json()["updateInProgress"] is True
    assert "updateInProgress" not in api.get(f"/v1/integrations/{unrelated['_id']}").json()


def test_push_update_to_unknown_connector_is_404(api: TestClient) -> None:
    assert api.put("/v1/connectors/nope/update", json={}).status_code == 404


def test_a_deleted_connectors_handle_is_free_again(api: TestClient) -> None:
    first = create_connector(api, name="Reuse")
    second = create_connector(api, name="Reuse")
    assert (first["handle"], second["handle"] != "reuse") == ("reuse", True)
    api.delete(f"/v1/connectors/{first['_id']}")
    assert create_connector(api, name="Reuse")["handle"] == "reuse"
