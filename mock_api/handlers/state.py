"""State: a key-value store per account, global keys apart from the keys under a resource."""

from __future__ import annotations

from mock_api.calls import Call, document_reply, operation, require
from mock_api.errors import not_found
from mock_api.responses import NO_CONTENT, Reply, json_reply, text_reply
from mock_api.storage import dumps

GLOBAL = ""
# The `resource_type`s that keep state (the spec's StateResourceType), each a table.
RESOURCE_TYPES = frozenset({"connections", "exports", "imports", "flows", "integrations"})


def resource_scope(call: Call) -> str:
    """The scope of the keys under the resource in the path; 404 unless the account has it."""
    resource_type = call.params["resource_type"]
    if resource_type not in RESOURCE_TYPES:
        raise not_found()
    resource_id = require(call, resource_type, call.params["_id"])
    return f"{resource_type}/{resource_id}"


def keys_reply(call: Call, scope: str) -> Reply:
    keys = call.store.state_keys(call.owner, scope)
    return document_reply(200, {"keys": keys}) if keys else NO_CONTENT


def value_reply(call: Call, scope: str) -> Reply:
    value = call.store.state_value(call.owner, scope, call.params["key"])
    if value is None:
        raise not_found()
    return json_reply(200, value)


def put_reply(call: Call, scope: str) -> Reply:
    created = call.store.put_state(call.owner, scope, call.params["key"], dumps(call.body))
    return text_reply(200, "Created" if created else "OK")


def delete_key(call: Call, scope: str) -> None:
    if not call.store.delete_state(call.owner, scope, call.params["key"]):
        raise not_found()


@operation("listStateKeys")
def list_keys(call: Call) -> Reply:
    return keys_reply(call, GLOBAL)


@operation("getStateValue")
def get_value(call: Call) -> Reply:
    return value_reply(call, GLOBAL)


@operation("putStateValue")
def put_value(call: Call) -> Reply:
    return put_reply(call, GLOBAL)


@operation("deleteStateValue")
def delete_value(call: Call) -> Reply:
    delete_key(call, GLOBAL)
    return NO_CONTENT


@operation("deleteAllState")
def delete_all(call: Call) -> Reply:
    call.store.delete_state(call.owner, GLOBAL)
    return NO_CONTENT


@operation("listResourceStateKeys")
def list_resource_keys(call: Call) -> Reply:
    return keys_reply(call, resource_scope(call))


@operation("getResourceStateValue")
def get_resource_value(call: Call) -> Reply:
    return value_reply(call, resource_scope(call))


@operation("putResourceStateValue", found=resource_scope)
def put_resource_value(call: Call) -> Reply:
    with call.store.transaction():
        return put_reply(call, resource_scope(call))


@operation("deleteResourceStateValue")
def delete_resource_value(call: Call) -> Reply:
    with call.store.transaction():
        delete_key(call, resource_scope(call))
    return text_reply(200, "OK")


@operation("deleteAllResourceState")
def delete_all_resource(call: Call) -> Reply:
    with call.store.transaction():
        call.store.delete_state(call.owner, resource_scope(call))
    return text_reply(200, "OK")
