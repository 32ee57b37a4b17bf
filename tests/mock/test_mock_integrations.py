"""Integrations: CRUD, clone, and the install -> settings -> uninstall life cycle."""

from __future__ import annotations

from typing import Any

from mock_support import (
    OBJECT_ID,
    RFC3339,
    create_connector,
    create_integration,
    installable_connector,
    only_error,
)
from starlette.testclient import TestClient


def install(api: TestClient, connector_id: str, **body: Any) -> dict[str, Any]:
    response = api.post(f"/v1/integrations/{connector_id}/install", json=body or None)
    assert response.status_code == 200, response.text
    document: dict[str, Any] = response.json()
    return document


def num_installs(api: TestClient, connector_id: str) -> int:
    count: int = api.get(f"/v1/connectors/{connector_id}").json()["numInstalls"]
    return count


def test_crud(api: TestClient) -> None:
    assert api.get("/v1/integrations").status_code == 204
    created = create_integration(api, description="d", settings={"a": 1})
    assert OBJECT_ID.match(created["_id"]) and RFC3339.match(created["lastModified"])
    path = f"/v1/integrations/{created['_id']}"
    assert api.get(path).json() == created
    assert api.get("/v1/integrations").json() == [created]
    replaced = api.put(path, json={"name": "New", "_id": "x", "lastModified": "y"}).json()
    assert replaced["_id"] == created["_id"] and replaced["name"] == "New"
    assert "description" not in replaced and "settings" not in replaced
    assert RFC3339.match(replaced["lastModified"])
    assert api.delete(path).status_code == 204
    assert api.get(path).status_code == 404


def test_create_requires_name(api: TestClient) -> None:
    response = api.post("/v1/integrations", json={"mode": "install"})
    assert response.status_code == 422
    assert (only_error(response)["code"], only_error(response)["field"]) == (
        "missing_required_field",
        "name",
    )
    bad_mode = api.post("/v1/integrations", json={"name": "x", "mode": "broken"})
    assert bad_mode.status_code == 422 and only_error(bad_mode)["field"] == "mode"


def test_clone(api: TestClient) -> None:
    source = create_integration(api, settings={"k": "v"}, updateInProgress=True)
    response = api.post(f"/v1/integrations/{source['_id']}/clone")
    assert response.status_code == 201
    copy = response.json()
    assert copy["_id"] != source["_id"] and OBJECT_ID.match(copy["_id"])
    assert copy["name"] == source["name"] and copy["settings"] == {"k": "v"}
    assert copy["updateInProgress"] is False
    named = api.post(f"/v1/integrations/{source['_id']}/clone", json={"name": "Copy"}).json()
    assert named["name"] == "Copy"
    assert len(api.get("/v1/integrations").json()) == 3
    assert api.post("/v1/integrations/nope/clone").status_code == 404


def test_install_creates_an_integration_in_install_mode(api: TestClient) -> None:
    connector = installable_connector(api)
    integration = install(api, connector["_id"])
    assert integration["_connectorId"] == connector["_id"]
    assert integration["mode"] == "install"
    assert integration["name"] == connector["name"]
    assert [step["installerFunction"] for step in integration["install"]] == ["installShop"]
    assert all(step["completed"] is False for step in integration["install"])
    assert num_installs(api, connector["_id"]) == 1
    install(api, connector["_id"])
    assert num_installs(api, connector["_id"]) == 2


def test_install_with_own_steps(api: TestClient) -> None:
    connector = create_connector(api)
    steps = [
        {"name": "A", "installerFunction": "a", "uninstallerFunction": "ua", "completed": True},
        {"name": "B", "installerFunction": "b", "uninstallerFunction": "ub"},
    ]
    integration = install(api, connector["_id"], install=steps, name="Mine")
    assert integration["name"] == "Mine"
    assert [s["completed"] for s in integration["install"]] == [False, False]


def test_install_without_installer_is_invalid_integration_app(api: TestClient) -> None:
    connector = create_connector(api)
    response = api.post(f"/v1/integrations/{connector['_id']}/install")
    assert response.status_code == 422
    assert only_error(response)["code"] == "invalid_integration_app"
    assert api.get("/v1/integrations").status_code == 204
    assert api.post("/v1/integrations/0123456789abcdef01234567/install").status_code == 404


def test_full_life_cycle(api: TestClient) -> None:
    connector = create_connector(api)
    steps = [
        {"name": "A", "installerFunction": "a", "uninstallerFunction": "ua"},
        {"name": "B", "installerFunction": "b", "uninstallerFunction": "ub"},
    ]
    integration = install(api, connector["_id"], install=steps)
    path = f"/v1/integrations/{integration['_id']}"

    response = api.put(f"{path}/installer/nothing", json={})
    assert response.status_code == 422 and only_error(response)["code"] == "invalid_function"
    for call in (
        api.put(f"{path}/settings/save", json={"x": 1}),
        api.put(f"{path}/uninstaller/ua"),
    ):
        assert call.status_code == 422 and only_error(call)["code"] == "invalid_mode"

    after_a = api.put(f"{path}/installer/a", json={"connection": "ok"}).json()
    assert [s["completed"] for s in after_a["install"]] == [True, False]
    assert after_a["mode"] == "install"
    after_b = api.put(f"{path}/installer/b").json()
    assert after_b["mode"] == "settings"
    again = api.put(f"{path}/installer/a")
    assert again.status_code == 422 and only_error(again)["code"] == "invalid_mode"

    settings = api.put(f"{path}/settings/save", json={"level": 1, "flag": True}).json()
    assert settings["settings"] == {"level": 1, "flag": True}
    merged = api.put(f"{path}/settings/save", json={"level": 2}).json()
    assert merged["settings"] == {"level": 2, "flag": True}

    uninstalling = api.delete(f"{path}/install")
    assert uninstalling.status_code == 200 and uninstalling.json()["mode"] == "uninstall"
    wrong = api.put(f"{path}/uninstaller/a")
    assert wrong.status_code == 422 and only_error(wrong)["code"] == "invalid_function"
    after_ua = api.put(f"{path}/uninstaller/ua").json()
    assert [s["completed"] for s in after_ua["install"]] == [False, True]
    assert api.get(path).status_code == 200
    assert num_installs(api, connector["_id"]) == 1
    last = api.put(f"{path}/uninstaller/ub")
    assert last.status_code == 200
    assert api.get(path).status_code == 404
    assert num_installs(api, connector["_id"]) == 0


def test_uninstall_only_changes_the_mode_until_an_uninstaller_runs(api: TestClient) -> None:
    connector = installable_connector(api)
    integration = install(api, connector["_id"])
    path = f"/v1/integrations/{integration['_id']}"
    response = api.delete(f"{path}/install")
    assert response.status_code == 200 and response.json()["mode"] == "uninstall"
    assert api.get(path).json()["mode"] == "uninstall"
    assert api.delete(f"{path}/install").status_code == 200  # asking again is harmless
    assert num_installs(api, connector["_id"]) == 1
    assert api.put(f"{path}/uninstaller/uninstallShop").status_code == 200
    assert api.get(path).status_code == 404
    assert num_installs(api, connector["_id"]) == 0


def test_steps_without_uninstaller_are_reverted_by_uninstall(api: TestClient) -> None:
    connector = create_connector(api)
    steps = [
        {"name": "A", "installerFunction": "a"},
        {"name": "B", "installerFunction": "b", "uninstallerFunction": "ub"},
    ]
    integration = install(api, connector["_id"], install=steps)
    path = f"/v1/integrations/{integration['_id']}"
    api.put(f"{path}/installer/a")
    api.put(f"{path}/installer/b")
    uninstalling = api.delete(f"{path}/install").json()
    assert [s["completed"] for s in uninstalling["install"]] == [False, True]
    api.put(f"{path}/uninstaller/ub")
    assert api.get(path).status_code == 404


def test_uninstall_needs_a_connector_integration(api: TestClient) -> None:
    plain = create_integration(api)
    response = api.delete(f"/v1/integrations/{plain['_id']}/install")
    assert response.status_code == 422
    assert only_error(response)["code"] == "invalid_integration_app"
    assert api.delete("/v1/integrations/nope/install").status_code == 404


def install_base_ids(api: TestClient, connector_id: str) -> list[str]:
    response = api.get(f"/v1/connectors/{connector_id}/installBase")
    assert response.status_code in (200, 204), response.text
    return [entry["_integrationId"] for entry in response.json()] if response.content else []


def test_an_install_stays_one_after_a_put_without_connector_id(api: TestClient) -> None:
    # Regression: push update and uninstall read the client-writable `_connectorId`,
    # the install base and numInstalls the install record; a plain PUT split them.
    connector = installable_connector(api)
    integration = install(api, connector["_id"])
    path = f"/v1/integrations/{integration['_id']}"
    replaced = api.put(path, json={"name": "Renamed"})
    assert replaced.status_code == 200 and "_connectorId" not in replaced.json()

    assert install_base_ids(api, connector["_id"]) == [integration["_id"]]
    assert num_installs(api, connector["_id"]) == 1
    assert api.put(f"/v1/connectors/{connector['_id']}/update", json={}).status_code == 200
    assert api.get(path).json()["updateInProgress"] is True
    uninstalling = api.delete(f"{path}/install")
    assert uninstalling.status_code == 200 and uninstalling.json()["mode"] == "uninstall"


def test_connector_id_in_a_body_does_not_make_an_install(api: TestClient) -> None:
    # Regression: an integration created (or cloned) with `_connectorId` was flagged by
    # push update although it is in no install base.
    connector = installable_connector(api)
    created = create_integration(api, _connectorId=connector["_id"])
    installed = install(api, connector["_id"])
    clone = api.post(f"/v1/integrations/{installed['_id']}/clone").json()
    assert created["_connectorId"] == clone["_connectorId"] == connector["_id"]

    assert install_base_ids(api, connector["_id"]) == [installed["_id"]]
    assert num_installs(api, connector["_id"]) == 1
    assert api.put(f"/v1/connectors/{connector['_id']}/update", json={}).status_code == 200
    assert api.get(f"/v1/integrations/{installed['_id']}").json()["updateInProgress"] is True
    for other in (created, clone):
        path = f"/v1/integrations/{other['_id']}"
        assert api.get(path).json().get("updateInProgress") is not True
        response = api.delete(f"{path}/install")
        assert response.status_code == 422
        assert only_error(response) == {
            "code": "invalid_integration_app",
            "message": "The integration was not installed from a connector.",
            "field": "_connectorId",
        }
        assert api.get(path).json().get("mode") != "uninstall"


def test_deleting_an_install_updates_num_installs(api: TestClient) -> None:
    connector = installable_connector(api)
    integration = install(api, connector["_id"])
    clone = api.post(f"/v1/integrations/{integration['_id']}/clone").json()
    assert num_installs(api, connector["_id"]) == 1  # a clone is not an install
    api.delete(f"/v1/integrations/{clone['_id']}")
    assert num_installs(api, connector["_id"]) == 1
    api.delete(f"/v1/integrations/{integration['_id']}")
    assert num_installs(api, connector["_id"]) == 0


def test_update_in_progress_blocks_settings(api: TestClient) -> None:
    connector = create_connector(api)
    integration = install(api, connector["_id"], install=[{"name": "A", "installerFunction": "a"}])
    path = f"/v1/integrations/{integration['_id']}"
    api.put(f"{path}/installer/a")
    api.put(f"{path}/settings/save", json={"level": 1})
    assert api.put(f"/v1/connectors/{connector['_id']}/update", json={}).status_code == 200

    flagged = api.get(path).json()
    assert flagged["updateInProgress"] is True
    blocked = api.put(f"{path}/settings/save", json={"level": 2})
    assert blocked.status_code == 422 and only_error(blocked)["code"] == "update_in_progress"
    changed = api.put(path, json={**flagged, "settings": {"level": 3}})
    assert changed.status_code == 422 and only_error(changed)["code"] == "update_in_progress"
    assert api.get(path).json()["settings"] == {"level": 1}

    unchanged = api.put(path, json={**flagged, "version": "1.0.1"})
    assert unchanged.status_code == 200
    without_settings = {k: v for k, v in flagged.items() if k != "settings"}
    cleared = api.put(path, json={**without_settings, "updateInProgress": False})
    assert cleared.status_code == 200
    assert cleared.json()["settings"] == {"level": 1}  # kept while the flag was set
    assert api.put(f"{path}/settings/save", json={"level": 2}).json()["settings"] == {"level": 2}


def test_function_calls_on_unknown_integration_are_404(api: TestClient) -> None:
    for kind in ("installer", "uninstaller", "settings"):
        assert api.put(f"/v1/integrations/nope/{kind}/f", json={}).status_code == 404
