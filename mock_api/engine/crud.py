"""Generic list / create / get / update / delete / clone for every declared resource."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Any

from mock_api import listing
from mock_api.calls import (
    Call,
    Check,
    Handler,
    body_object,
    document_reply,
    list_reply,
    operation,
    require,
)
from mock_api.documents import object_id
from mock_api.engine.references import check_references
from mock_api.engine.resource import Resource, Write
from mock_api.engine.secrets import seal
from mock_api.errors import not_found
from mock_api.responses import NO_CONTENT, Reply, json_reply
from mock_api.storage import dumps


def serve(resource: Resource) -> Resource:
    """Register the generic handlers of the resource's operations."""
    verbs: dict[str, Callable[[Resource, Call], Reply]] = {
        "list": list_documents,
        "create": create,
        "get": get,
        "update": update,
        "delete": delete,
        "clone": clone,
    }
    # What the path of an operation with a body must name, checked before the body is.
    found: dict[str, Check] = {
        "create": partial(parent_of, resource),
        "update": partial(document_of, resource),
        "clone": partial(document_of, resource),
    }
    for verb, handler in verbs.items():
        operation_id = getattr(resource.operations, verb)
        if operation_id is not None:
            bound: Handler = partial(handler, resource)
            operation(operation_id, found.get(verb))(bound)
    return resource


def parent_of(resource: Resource, call: Call) -> tuple[str, str] | None:
    """(column, id) of the parent the path names; 404 unless the account has it."""
    if resource.parent is None:
        return None
    parent_id = require(call, resource.parent.resource, call.params[resource.parent.param])
    return resource.parent.column, parent_id


def document_of(resource: Resource, call: Call) -> bytes:
    """The stored text of the document the path names (under its parent); 404 otherwise."""
    parent = parent_of(resource, call)
    raw = call.store.get(resource.name, call.owner, call.params[resource.id_param], parent)
    if raw is None:
        raise not_found()
    return raw


def list_documents(resource: Resource, call: Call) -> Reply:
    parent = parent_of(resource, call)
    if call.rules is not None and call.rules.paging == "link":
        if call.rules.projection:
            listing.check_projection(call.query)
        window = listing.window(call.query)
        found, more = call.store.page(
            resource.name, call.owner, listing.sql_offset(window), window.limit, parent
        )
        return list_reply(call, found, more=more)
    return list_reply(call, call.store.all_of(resource.name, call.owner, parent))


def get(resource: Resource, call: Call) -> Reply:
    return json_reply(200, document_of(resource, call))


def create(resource: Resource, call: Call) -> Reply:
    # The server sets `_id`, also where the request schema does not name it (licenses).
    sent = {name: value for name, value in call.body.items() if name != "_id"}
    document: dict[str, Any] = {"_id": object_id(), **sent}
    write = Write(call, resource, document)
    if resource.references or resource.parent is not None:
        with call.store.transaction():
            text = _insert_new(write, parent_of(resource, call))
    else:
        # One INSERT is a transaction of its own.
        text = _insert_new(write, None)
    return document_reply(201, text)


def _insert_new(write: Write, parent: tuple[str, str] | None) -> str:
    resource, call, document = write.resource, write.call, write.document
    shape = call.world.shapes[resource.name]
    if shape.created_at:
        document["createdAt"] = call.now()
    for rule in resource.on_create:
        rule(write)
    for rule in resource.checks:
        rule(write)
    check_references(write)
    secrets = seal(document, shape.secrets)
    if shape.last_modified:
        document["lastModified"] = call.now()
    return _store_new(write, secrets, parent)


def _store_new(write: Write, secrets: dict[str, Any], parent: tuple[str, str] | None) -> str:
    resource = write.resource
    if resource.insert is not None:
        return resource.insert(write, secrets)
    text = dumps(write.document)
    call = write.call
    call.store.insert(resource.name, call.owner, write.document["_id"], text, secrets, parent)
    return text


def update(resource: Resource, call: Call) -> Reply:
    doc_id = call.params[resource.id_param]
    shape = call.world.shapes[resource.name]
    with call.store.transaction():
        parent = parent_of(resource, call)
        found = call.store.get_with_secrets(resource.name, call.owner, doc_id, parent)
        if found is None:
            raise not_found()
        raw, stored_secrets = found
        current: dict[str, Any] = json.loads(raw)
        document: dict[str, Any] = {"_id": doc_id, **call.body}
        # PUT replaces the document, except what the server sets.
        for name in shape.read_only - {"_id", "lastModified"}:
            if name in current:
                document[name] = current[name]
        write = Write(call, resource, document, current, "update")
        for rule in resource.checks:
            rule(write)
        check_references(write)
        secrets = seal(document, shape.secrets, stored_secrets)
        if shape.last_modified:
            document["lastModified"] = call.now()
        text = dumps(document)
        call.store.replace(resource.name, call.owner, doc_id, text, secrets)
    return document_reply(200, text)


def delete(resource: Resource, call: Call) -> Reply:
    doc_id = call.params[resource.id_param]
    with call.store.transaction():
        parent = parent_of(resource, call)
        if parent is not None and call.store.get(resource.name, call.owner, doc_id, parent) is None:
            raise not_found()
        if resource.remove is not None:
            removed = resource.remove(call, doc_id)
        else:
            removed = call.store.delete(resource.name, call.owner, doc_id)
        if not removed:
            raise not_found()
        for after in resource.after_delete:
            after(call, doc_id)
    return NO_CONTENT


def clone(resource: Resource, call: Call) -> Reply:
    """201 with a copy: same settings (secrets too), a new `_id` and system fields; the
    body's `name`, if any, names the copy. References are copied as they are."""
    body = body_object(call)
    shape = call.world.shapes[resource.name]
    with call.store.transaction():
        found = call.store.get_with_secrets(resource.name, call.owner, call.params["_id"])
        if found is None:
            raise not_found()
        raw, secrets = found
        source: dict[str, Any] = json.loads(raw)
        document = {**source, "_id": object_id()}
        if "name" in body:
            document["name"] = body["name"]
        write = Write(call, resource, document, source, "clone")
        if shape.created_at:
            document["createdAt"] = call.now()
        for rule in resource.on_create:
            rule(write)
        for rule in resource.on_clone:
            rule(write)
        if shape.last_modified:
            document["lastModified"] = call.now()
        text = _store_new(write, secrets, None)
    return document_reply(201, text)
