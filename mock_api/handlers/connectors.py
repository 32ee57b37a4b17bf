"""Connectors (Integration Apps) beyond CRUD (resources/connectors.py): install base, push
update, install and preview."""

from __future__ import annotations

import json
from typing import Any

from mock_api.calls import (
    Call,
    body_object,
    document_reply,
    exists,
    list_reply,
    load,
    operation,
    require,
)
from mock_api.errors import unprocessable
from mock_api.responses import EMPTY_OK, Reply
from mock_api.seed import ACCOUNTS
from mock_api.storage import dumps

ACCOUNT_OWNERS = {account.key: account.user for account in ACCOUNTS}


@operation("getConnectorInstallBase")
def install_base(call: Call) -> Reply:
    connector_id = require(call, "connectors", call.params["_id"])
    entries = []
    for owner, raw in call.store.install_base(connector_id):
        integration = json.loads(raw)
        user = ACCOUNT_OWNERS.get(owner)
        entry: dict[str, Any] = {
            "_integrationId": integration["_id"],
            "_userId": owner,
            "name": integration.get("name"),
            "mode": integration.get("mode"),
            "updateInProgress": integration.get("updateInProgress", False),
        }
        if user is not None:
            entry["email"] = user.email
        if "version" in integration:
            entry["version"] = integration["version"]
        entries.append(dumps(entry).encode())
    return list_reply(call, entries)


@operation("pushConnectorUpdate", found=exists("connectors"))
def push_update(call: Call) -> Reply:
    body = body_object(call)
    targets = body.get("_integrationIds")
    with call.store.transaction():
        connector_id = require(call, "connectors", call.params["_id"])
        # Only installs of this connector can receive its update; other ids are skipped.
        call.store.flag_update_in_progress(call.owner, connector_id, call.now(), targets)
    return EMPTY_OK


def installable(call: Call) -> dict[str, Any]:
    """The connector, if it can be installed: 404 / 422 invalid_integration_app otherwise."""
    connector = load(call, "connectors", call.params["_id"])
    integration_id = connector.get("_integrationId")
    if (
        not isinstance(integration_id, str)
        or not connector.get("installerFunction")
        or not call.store.exists("integrations", call.owner, integration_id)
    ):
        raise unprocessable(
            "invalid_integration_app",
            "The connector is not associated with an integration that supports the "
            "install function.",
        )
    return connector


def default_steps(connector: dict[str, Any]) -> list[dict[str, Any]]:
    step: dict[str, Any] = {
        "name": f"Install {connector['name']}",
        "description": f"Runs the connector's installer function {connector['installerFunction']}.",
        "installerFunction": connector["installerFunction"],
        "completed": False,
    }
    if connector.get("uninstallerFunction"):
        step["uninstallerFunction"] = connector["uninstallerFunction"]
    return [step]


@operation("previewConnectorInstall")
def preview_install(call: Call) -> Reply:
    connector = installable(call)
    preview = {
        "_connectorId": connector["_id"],
        "_integrationId": connector["_integrationId"],
        "integration": {
            "name": connector["name"],
            "_connectorId": connector["_id"],
            "mode": "install",
            "install": default_steps(connector),
        },
    }
    return document_reply(200, preview)


@operation("installConnector", found=exists("connectors"))
def install_connector(call: Call) -> Reply:
    # Starting the flow has no state of its own: the integration appears when the
    # account installs it (POST /v1/integrations/{connectorId}/install).
    connector = installable(call)
    started = {
        "_connectorId": connector["_id"],
        "_integrationId": connector["_integrationId"],
        "installerFunction": connector["installerFunction"],
        "status": "initiated",
        "options": body_object(call),
    }
    return document_reply(200, started)
