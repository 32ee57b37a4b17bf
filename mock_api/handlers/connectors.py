"""Connectors (Integration Apps): CRUD, install base, push update, install and preview."""

from __future__ import annotations

import json
from typing import Any

from mock_api.documents import now, object_id, slug
from mock_api.errors import not_found, unprocessable
from mock_api.handlers.base import (
    Call,
    body_object,
    document_reply,
    list_reply,
    load,
    load_raw,
    operation,
    require,
    save,
)
from mock_api.responses import EMPTY_OK, NO_CONTENT, Reply, json_reply
from mock_api.seed import ACCOUNTS
from mock_api.storage import dumps

TRIAL_FIELDS = ("trialPeriod", "_trialLicenseId")
ACCOUNT_OWNERS = {account.key: account.user for account in ACCOUNTS}


def check_trial(document: dict[str, Any]) -> None:
    if document.get("trialEnabled") is True:
        for name in TRIAL_FIELDS:
            if name not in document:
                raise unprocessable(
                    "missing_required_field",
                    f"{name} is required when trialEnabled is true.",
                    name,
                )


def handle_candidates(name: str, connector_id: str) -> tuple[str, ...]:
    """The slug of the name, made unique with part of the id and, as a last resort, all of it."""
    base = slug(name)
    return (base, f"{base}-{connector_id[-6:]}", f"{base}-{connector_id}")


@operation("listConnectors")
def list_connectors(call: Call) -> Reply:
    return list_reply(call, call.store.all("connectors", call.owner))


@operation("createConnector")
def create_connector(call: Call) -> Reply:
    body: dict[str, Any] = call.body
    check_trial(body)
    connector_id = object_id()
    document = {"_id": connector_id, **body, "handle": "", "numInstalls": 0, "lastModified": now()}
    candidates = handle_candidates(body["name"], connector_id)
    for handle in candidates:
        # The last candidate is always tried: the hint may be stale after a restart.
        if handle != candidates[-1] and call.store.handle_known_taken(handle):
            continue
        document["handle"] = handle
        text = dumps(document)
        if call.store.insert_connector(call.owner, connector_id, handle, text):
            return document_reply(201, text)
    # The last candidate contains the connector's unique id, so this cannot happen.
    raise RuntimeError(f"no free handle for connector {connector_id}")


@operation("getConnectorById")
def get_connector(call: Call) -> Reply:
    return json_reply(200, load_raw(call, "connectors", call.params["_id"]))


@operation("updateConnector")
def update_connector(call: Call) -> Reply:
    body: dict[str, Any] = call.body
    check_trial(body)
    connector_id = call.params["_id"]
    with call.store.transaction():
        current = load(call, "connectors", connector_id)
        document = {
            "_id": connector_id,
            **body,
            "handle": current["handle"],
            "numInstalls": current.get("numInstalls", 0),
        }
        text = save(call, "connectors", document)
    return document_reply(200, text)


@operation("deleteConnector")
def delete_connector(call: Call) -> Reply:
    # Existing installs are left alone (the API says so); the licenses go with the connector.
    with call.store.transaction():
        if not call.store.delete_connector(call.owner, call.params["_id"]):
            raise not_found()
    return NO_CONTENT


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


@operation("pushConnectorUpdate")
def push_update(call: Call) -> Reply:
    body = body_object(call)
    targets = body.get("_integrationIds")
    with call.store.transaction():
        connector_id = require(call, "connectors", call.params["_id"])
        # Only installs of this connector can receive its update; other ids are skipped.
        call.store.flag_update_in_progress(call.owner, connector_id, now(), targets)
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


@operation("installConnector")
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
