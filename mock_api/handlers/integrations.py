"""Installs of connectors: the install -> settings -> uninstall life cycle (CRUD and clone of
integrations: resources/integrations.py)."""

from __future__ import annotations

from typing import Any

from mock_api.calls import Call, body_object, document_reply, exists, load, operation, save
from mock_api.documents import object_id
from mock_api.errors import ApiError, unprocessable
from mock_api.handlers.connectors import default_steps
from mock_api.resources.integrations import delete_integration, update_in_progress
from mock_api.responses import Reply
from mock_api.storage import dumps


def invalid_mode(expected: str) -> ApiError:
    return unprocessable(
        "invalid_mode", f"The integration must be in {expected} mode for this call.", "mode"
    )


def invalid_function(function: str) -> ApiError:
    return unprocessable(
        "invalid_function", f"No install step names the function {function}.", "function"
    )


@operation("installConnectorIntegration", found=exists("connectors"))
def install(call: Call) -> Reply:
    body = body_object(call)
    integration_id = object_id()
    with call.store.transaction():
        connector = load(call, "connectors", call.params["_id"])
        if "install" in body:
            steps = [{**step, "completed": False} for step in body["install"]]
        elif connector.get("installerFunction"):
            steps = default_steps(connector)
        else:
            raise unprocessable(
                "invalid_integration_app",
                "The connector has no installer function, so no install step can run.",
            )
        document = {
            "_id": integration_id,
            "name": body.get("name", connector["name"]),
            "_connectorId": connector["_id"],
            "mode": "install" if steps else "settings",
            "install": steps,
            "settings": {},
            "updateInProgress": False,
            "createdAt": call.now(),
            "lastModified": call.now(),
        }
        text = dumps(document)
        call.store.insert_integration(call.owner, integration_id, text, connector["_id"])
        call.store.refresh_install_count(call.owner, connector["_id"])
    return document_reply(200, text)


@operation("uninstallIntegration")
def uninstall(call: Call) -> Reply:
    with call.store.transaction():
        document = load(call, "integrations", call.params["_id"])
        # The installed_from column, not the client-writable `_connectorId`, says whether
        # the integration is an install (as for the install base and push update).
        if call.store.installed_from(call.owner, document["_id"]) is None:
            raise unprocessable(
                "invalid_integration_app",
                "The integration was not installed from a connector.",
                "_connectorId",
            )
        # Only the mode changes here; the integration goes once an uninstaller call leaves
        # no step completed, so it can still be read in between.
        document["mode"] = "uninstall"
        for step in _steps(document):
            # A step without an uninstaller has nothing to revert.
            if not step.get("uninstallerFunction"):
                step["completed"] = False
        text = save(call, "integrations", document)
    return document_reply(200, text)


@operation("invokeIntegrationInstaller", found=exists("integrations"))
def invoke_installer(call: Call) -> Reply:
    function = call.params["function"]
    with call.store.transaction():
        document = load(call, "integrations", call.params["_id"])
        if document.get("mode") != "install":
            raise invalid_mode("install")
        matching = [s for s in _steps(document) if s.get("installerFunction") == function]
        if not matching:
            raise invalid_function(function)
        for step in matching:
            step["completed"] = True
        if all(step.get("completed") for step in _steps(document)):
            document["mode"] = "settings"
        text = save(call, "integrations", document)
    return document_reply(200, text)


@operation("invokeIntegrationUninstaller", found=exists("integrations"))
def invoke_uninstaller(call: Call) -> Reply:
    function = call.params["function"]
    with call.store.transaction():
        document = load(call, "integrations", call.params["_id"])
        if document.get("mode") != "uninstall":
            raise invalid_mode("uninstall")
        matching = [s for s in _steps(document) if s.get("uninstallerFunction") == function]
        if not matching:
            raise invalid_function(function)
        for step in matching:
            step["completed"] = False
        text = save(call, "integrations", document)
        if not any(step.get("completed") for step in _steps(document)):
            delete_integration(call, document["_id"])
    return document_reply(200, text)


@operation("invokeIntegrationSettings", found=exists("integrations"))
def invoke_settings(call: Call) -> Reply:
    changes = body_object(call)
    with call.store.transaction():
        document = load(call, "integrations", call.params["_id"])
        if document.get("mode") != "settings":
            raise invalid_mode("settings")
        if document.get("updateInProgress") is True:
            raise update_in_progress()
        settings = document.get("settings")
        document["settings"] = {**(settings if isinstance(settings, dict) else {}), **changes}
        text = save(call, "integrations", document)
    return document_reply(200, text)


def _steps(document: dict[str, Any]) -> list[dict[str, Any]]:
    steps = document.get("install")
    if not isinstance(steps, list):
        return []
    return [step for step in steps if isinstance(step, dict)]
