"""Licenses of a connector, each issued to a registered integrator.io user."""

from __future__ import annotations

import json
from typing import Any

from mock_api.documents import now, object_id
from mock_api.errors import not_found, unprocessable
from mock_api.handlers.base import Call, document_reply, list_reply, operation, require
from mock_api.responses import NO_CONTENT, Reply, json_reply
from mock_api.seed import find_user
from mock_api.storage import dumps


def resolve_user(email: Any, field: str = "email") -> dict[str, str]:
    user = find_user(email) if isinstance(email, str) else None
    if user is None:
        raise unprocessable("invalid_user", "No integrator.io user has this email.", field)
    return {"email": user.email, "_id": user.id, "name": user.name}


def require_connector(call: Call) -> str:
    return require(call, "connectors", call.params["_id"])


def load_license_raw(call: Call, connector_id: str) -> bytes:
    """The stored text of the license named in the path; 404 unless it is the connector's."""
    raw = call.store.get_license(call.owner, connector_id, call.params["_licenseId"])
    if raw is None:
        raise not_found()
    return raw


def load_license(call: Call, connector_id: str) -> dict[str, Any]:
    license_doc: dict[str, Any] = json.loads(load_license_raw(call, connector_id))
    return license_doc


@operation("listConnectorLicenses")
def list_licenses(call: Call) -> Reply:
    connector_id = require_connector(call)
    return list_reply(call, call.store.list_licenses(call.owner, connector_id))


@operation("createConnectorLicense")
def create_license(call: Call) -> Reply:
    body: dict[str, Any] = call.body
    license_id = object_id()
    with call.store.transaction():
        connector_id = require_connector(call)
        user = resolve_user(body["email"])
        document = {
            "_id": license_id,
            "created": now(),
            "expires": body["expires"],
            "opts": body["opts"],
            "user": user,
        }
        text = dumps(document)
        call.store.insert_license(call.owner, connector_id, license_id, text)
    return document_reply(201, text)


@operation("getConnectorLicenseById")
def get_license(call: Call) -> Reply:
    connector_id = require_connector(call)
    return json_reply(200, load_license_raw(call, connector_id))


@operation("updateConnectorLicense")
def update_license(call: Call) -> Reply:
    """Full replace; `created` and the licensed user are kept unless a new user email is given."""
    body: dict[str, Any] = call.body
    with call.store.transaction():
        connector_id = require_connector(call)
        current = load_license(call, connector_id)
        user = body.get("user")
        if isinstance(user, dict) and "email" in user:
            resolved = resolve_user(user["email"], "user.email")
        else:
            resolved = current["user"]
        document = {
            "_id": current["_id"],
            **body,
            "created": body.get("created", current["created"]),
            "user": resolved,
        }
        text = dumps(document)
        call.store.replace("licenses", call.owner, current["_id"], text)
    return document_reply(200, text)


@operation("deleteConnectorLicense")
def delete_license(call: Call) -> Reply:
    with call.store.transaction():
        connector_id = require_connector(call)
        current = load_license(call, connector_id)
        call.store.delete("licenses", call.owner, current["_id"])
    return NO_CONTENT
