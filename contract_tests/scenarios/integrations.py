"""Integrations installed from a connector: install -> settings -> uninstall, and push update."""

from __future__ import annotations

from typing import Any

import httpx

from contract_tests.scenarios.base import declare, described, error_codes, ids_of, json_of
from contract_tests.scenarios.listings import INSTALL_OPERATIONS, install, installable_connector
from contract_tests.scenarios.resources import INTEGRATION, make
from contract_tests.session import Session

STEPS = [
    {
        "name": "Connect the store",
        "installerFunction": "connectStore",
        "uninstallerFunction": "disconnectStore",
    },
    {
        "name": "Import the catalogue",
        "installerFunction": "importCatalogue",
        "uninstallerFunction": "dropCatalogue",
    },
]
UPDATE = "updateIntegration"
FUNCTION_OPERATIONS = {
    "invokeIntegrationInstaller",
    "invokeIntegrationUninstaller",
    "invokeIntegrationSettings",
    "uninstallIntegration",
    "pushConnectorUpdate",
    "updateIntegration",
}


def _call(
    s: Session, operation_id: str, integration: str, function: str, body: Any = None
) -> httpx.Response:
    return s.send(operation_id, path={"_id": integration, "function": function}, body=body or {})


def _mode(response: httpx.Response) -> Any:
    document = json_of(response)
    return document.get("mode") if isinstance(document, dict) else None


def _expect_mode(
    s: Session, response: httpx.Response, mode: str, why: str, operation_id: str
) -> bool:
    return s.expect(
        response.status_code == 200 and _mode(response) == mode,
        f"{why}: expected 200 in `{mode}` mode, got {described(response)} mode {_mode(response)!r}",
        response,
        operation_id,
    )


def _expect_422(
    s: Session, response: httpx.Response, codes: tuple[str, ...], why: str, operation_id: str
) -> None:
    s.expect(
        response.status_code == 422 and bool(set(codes) & set(error_codes(response))),
        f"{why}: expected 422 {' or '.join(codes)}, got {described(response)}",
        response,
        operation_id,
    )


def install_flow_walks_the_modes(s: Session) -> None:
    connector = installable_connector(s)
    plain = make(s, INTEGRATION)
    if connector is None or plain is None:
        return
    response = s.send("uninstallIntegration", path={"_id": plain.id})
    _expect_422(
        s,
        response,
        ("invalid_integration_app",),
        "uninstall of an integration not installed from a connector",
        "uninstallIntegration",
    )
    response = s.send(
        "installConnectorIntegration", path={"_id": connector}, body={"install": STEPS}
    )
    if not _expect_mode(
        s, response, "install", "install with two steps", "installConnectorIntegration"
    ):
        return
    installed = json_of(response)
    integration = str(installed["_id"])
    s.cleanup(INTEGRATION.delete, {"_id": integration})
    steps = installed.get("install") or []
    s.expect(
        installed.get("_connectorId") == connector
        and len(steps) == len(STEPS)
        and not any(step.get("completed") for step in steps),
        f"an install names its connector and starts with every step to do, got {installed}",
        response,
        "installConnectorIntegration",
    )
    base = s.send("getConnectorInstallBase", path={"_id": connector})
    s.expect(
        integration in ids_of(base, "_integrationId"),
        "the install must be in the connector's install base",
        base,
        "getConnectorInstallBase",
    )
    response = _call(s, "invokeIntegrationSettings", integration, "saveSettings", {"region": "eu"})
    _expect_422(
        s, response, ("invalid_mode",), "settings while installing", "invokeIntegrationSettings"
    )
    response = _call(s, "invokeIntegrationInstaller", integration, "noSuchFunction")
    _expect_422(
        s,
        response,
        ("invalid_function",),
        "an installer function no step names",
        "invokeIntegrationInstaller",
    )
    response = _call(s, "invokeIntegrationInstaller", integration, "connectStore")
    _expect_mode(s, response, "install", "one of two steps done", "invokeIntegrationInstaller")
    response = _call(s, "invokeIntegrationInstaller", integration, "importCatalogue")
    _expect_mode(s, response, "settings", "every step done", "invokeIntegrationInstaller")
    response = _call(s, "invokeIntegrationSettings", integration, "saveSettings", {"region": "eu"})
    settings = (json_of(response) or {}).get("settings") if response.status_code == 200 else None
    s.expect(
        isinstance(settings, dict) and settings.get("region") == "eu",
        f"a settings call in `settings` mode stores its settings, got {described(response)} {settings}",
        response,
        "invokeIntegrationSettings",
    )
    response = s.send("uninstallIntegration", path={"_id": integration})
    _expect_mode(s, response, "uninstall", "uninstall", "uninstallIntegration")
    response = _call(s, "invokeIntegrationUninstaller", integration, "disconnectStore")
    s.expect(
        response.status_code == 200,
        f"reverting one step: expected 200, got {described(response)}",
        response,
        "invokeIntegrationUninstaller",
    )
    response = s.send(INTEGRATION.get, path={"_id": integration})
    s.expect(
        response.status_code == 200,
        f"one step still done: the integration stays, got {described(response)}",
        response,
        INTEGRATION.get,
    )
    response = _call(s, "invokeIntegrationUninstaller", integration, "dropCatalogue")
    s.expect(
        response.status_code == 200,
        f"reverting the last step: expected 200, got {described(response)}",
        response,
        "invokeIntegrationUninstaller",
    )
    response = s.send(INTEGRATION.get, path={"_id": integration})
    s.expect(
        response.status_code == 404,
        f"no step left done: the integration is removed, got {described(response)}",
        response,
        INTEGRATION.get,
    )
    base = s.send("getConnectorInstallBase", path={"_id": connector})
    s.expect(
        integration not in ids_of(base, "_integrationId"),
        "a removed install left the install base",
        base,
        "getConnectorInstallBase",
    )


def _settled_install(s: Session, connector: str) -> str | None:
    """An install of the connector, its one step done: in `settings` mode."""
    integration = install(s, connector)
    if integration is None:
        return None
    response = _call(s, "invokeIntegrationInstaller", integration, "installStore")
    return (
        integration
        if _expect_mode(s, response, "settings", "the only step done", "invokeIntegrationInstaller")
        else None
    )


def _flag(s: Session, integration: str) -> Any:
    document = json_of(s.send(INTEGRATION.get, path={"_id": integration})) or {}
    return document.get("updateInProgress")


def update_in_progress_blocks_settings(s: Session) -> None:
    connector = installable_connector(s)
    if connector is None:
        return
    first, second = _settled_install(s, connector), _settled_install(s, connector)
    if first is None or second is None:
        return
    response = s.send(
        "pushConnectorUpdate", path={"_id": connector}, body={"_integrationIds": [first]}
    )
    s.expect(
        response.status_code == 200 and _flag(s, first) is True and _flag(s, second) is not True,
        f"a push update to one install flags that one only: {described(response)}, "
        f"flags {_flag(s, first)!r} / {_flag(s, second)!r}",
        response,
        "pushConnectorUpdate",
    )
    response = _call(s, "invokeIntegrationSettings", first, "saveSettings", {"region": "us"})
    _expect_422(
        s,
        response,
        ("update_in_progress",),
        "settings during an update",
        "invokeIntegrationSettings",
    )
    current = json_of(s.send(INTEGRATION.get, path={"_id": first})) or {}
    body = {key: value for key, value in current.items() if key not in INTEGRATION.read_only}
    body["settings"] = {**(current.get("settings") or {}), "region": "us"}
    response = s.send(UPDATE, path={"_id": first}, body=body)
    _expect_422(
        s, response, ("update_in_progress",), "a PUT changing settings during an update", UPDATE
    )
    response = s.send("pushConnectorUpdate", path={"_id": connector}, body={})
    s.expect(
        response.status_code == 200 and _flag(s, second) is True,
        f"a push update without ids flags every install: {described(response)}, flag {_flag(s, second)!r}",
        response,
        "pushConnectorUpdate",
    )


declare(
    "install_flow_walks_the_modes",
    install_flow_walks_the_modes,
    ("integrations.install-flow",),
    INSTALL_OPERATIONS | FUNCTION_OPERATIONS | {"getConnectorInstallBase"},
)
declare(
    "update_in_progress_blocks_settings",
    update_in_progress_blocks_settings,
    ("integrations.update-in-progress",),
    INSTALL_OPERATIONS | FUNCTION_OPERATIONS,
)
