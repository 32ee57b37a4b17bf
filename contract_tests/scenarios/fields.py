"""Rules on fields, for every resource: read-only fields, timestamps, PUT replaces, 422s."""

from __future__ import annotations

import time
from functools import partial
from typing import Any

from contract_tests import spec
from contract_tests.formats import is_date_time, is_object_id
from contract_tests.scenarios.base import (
    UNKNOWN_ID,
    declare,
    described,
    error_codes,
    error_fields,
    json_of,
)
from contract_tests.scenarios.resources import RESOURCES, Made, Resource, adopt, make
from contract_tests.session import Session

OLD_MOMENT = "2001-01-01T00:00:00.000Z"
TIMESTAMPS = ("createdAt", "lastModified")
# Two writes in the same millisecond could carry the same timestamp.
TICK_SECONDS = 0.01


def bogus_value(schema: Any) -> Any:
    """A value for a read-only field that the server would never choose itself."""
    node = spec.resolve(schema)
    kind = node.get("type")
    if kind == "string":
        return {"objectId": UNKNOWN_ID, "date-time": OLD_MOMENT}.get(
            node.get("format", ""), "client-chosen"
        )
    if kind == "integer":
        return 7
    if kind == "boolean":
        return True
    if kind == "array":
        return [{"name": "client-chosen", "size": 3}]
    return {"client": "chosen"}


def bogus_read_only(resource: Resource) -> dict[str, Any]:
    properties = spec.schema_properties(resource.schema)
    return {name: bogus_value(properties[name]) for name in sorted(resource.read_only)}


def read(s: Session, made: Made) -> tuple[Any, dict[str, Any]]:
    response = s.send(made.resource.get, path=made.path)
    document = json_of(response)
    return response, document if isinstance(document, dict) else {}


def _not_taken(
    s: Session, document: dict[str, Any], sent: dict[str, Any], response: Any, op: str, when: str
) -> None:
    for name, value in sent.items():
        s.expect(
            document.get(name) != value,
            f"{when}: read-only `{name}` took the client's value {value!r}",
            response,
            op,
        )
    s.expect(
        is_object_id(document.get("_id")),
        f"{when}: `_id` must be 24 hex digits, got {document.get('_id')!r}",
        response,
        op,
    )


def read_only_fields_ignored(s: Session, resource: Resource) -> None:
    sent = bogus_read_only(resource)
    made = make(s, resource, **sent)
    if made is None:
        return
    _not_taken(s, made.document, sent, made.response, resource.create, "create answer")
    response, stored = read(s, made)
    _not_taken(s, stored, sent, response, resource.get, "read after create")
    if resource.update is None:
        return
    response = s.send(resource.update, path=made.path, body={**made.update_body, **sent})
    answer = json_of(response) if response.status_code == 200 else {}
    s.expect(
        response.status_code == 200,
        f"update: expected 200, got {described(response)}",
        response,
        resource.update,
    )
    _not_taken(s, answer or {}, sent, response, resource.update, "update answer")
    response, stored = read(s, made)
    _not_taken(s, stored, sent, response, resource.get, "read after update")
    s.expect(stored.get("_id") == made.id, "an update changed `_id`", response, resource.get)


def server_sets_timestamps(s: Session, resource: Resource) -> None:
    made = make(s, resource)
    if made is None:
        return
    response, stored = read(s, made)
    for name in TIMESTAMPS:
        if name not in resource.read_only:
            continue
        for where, document in (("create answer", made.document), ("read", stored)):
            s.expect(
                is_date_time(document.get(name)),
                f"{where}: the server must set `{name}` (a date-time), got {document.get(name)!r}",
                response,
                resource.get,
            )


def last_modified_moves(s: Session, resource: Resource) -> None:
    made = make(s, resource)
    if made is None or resource.update is None:
        return
    _, before = read(s, made)
    time.sleep(TICK_SECONDS)
    response = s.send(resource.update, path=made.path, body=made.update_body)
    _, after = read(s, made)
    old, new = before.get("lastModified"), after.get("lastModified")
    s.expect(
        isinstance(old, str) and isinstance(new, str) and new > old,
        f"a PUT must move `lastModified` forward: {old!r} -> {new!r}",
        response,
        resource.update,
    )
    if "createdAt" in before or "createdAt" in after:
        s.expect(
            before.get("createdAt") == after.get("createdAt"),
            f"a PUT moved `createdAt`: {before.get('createdAt')!r} -> {after.get('createdAt')!r}",
            response,
            resource.update,
        )


def put_replaces(s: Session, resource: Resource) -> None:
    assert resource.erasable is not None and resource.update is not None
    field, value = resource.erasable
    made = make(s, resource, **{field: value})
    if made is None:
        return
    _, before = read(s, made)
    body = {key: item for key, item in made.update_body.items() if key != field}
    response = s.send(resource.update, path=made.path, body=body)
    if not s.expect(
        response.status_code == 200,
        f"update: expected 200, got {described(response)}",
        response,
        resource.update,
    ):
        return
    answer = json_of(response) or {}
    response, after = read(s, made)
    for where, document in (("update answer", answer), ("read after update", after)):
        s.expect(
            field not in document,
            f"{where}: `{field}` was left out of the PUT but is still {document.get(field)!r}",
            response,
            resource.get,
        )
    for name in resource.read_only - {"lastModified"}:
        s.expect(
            before.get(name) == after.get(name),
            f"a PUT must keep read-only `{name}`: {before.get(name)!r} -> {after.get(name)!r}",
            response,
            resource.get,
        )


def schema_violations_are_422(s: Session, resource: Resource) -> None:
    create = spec.by_id(resource.create)
    required = sorted(spec.required_fields(create.request_schema()))
    parent = make(s, resource.parent) if resource.parent is not None else None
    if resource.parent is not None and parent is None:
        return
    path = {"_id": parent.id} if parent is not None else {}
    body = resource.body(s)
    for name in required:
        response = s.send(
            resource.create, path=path, body={k: v for k, v in body.items() if k != name}
        )
        adopt(s, resource, response, parent)
        s.expect(
            response.status_code == 422
            and "missing_required_field" in error_codes(response)
            and name in error_fields(response),
            f"create without required `{name}`: expected 422 missing_required_field with "
            f"field `{name}`, got {described(response)} fields {error_fields(response)}",
            response,
            resource.create,
        )
    name = required[0]
    wrong = 12345 if isinstance(body.get(name), str) else "not-the-right-type"
    response = s.send(resource.create, path=path, body={**body, name: wrong})
    adopt(s, resource, response, parent)
    s.expect(
        response.status_code == 422
        and "invalid_field" in error_codes(response)
        and name in error_fields(response),
        f"create with `{name}` of the wrong type: expected 422 invalid_field with field "
        f"`{name}`, got {described(response)} fields {error_fields(response)}",
        response,
        resource.create,
    )


for _resource in RESOURCES:
    _ops = _resource.crud | ({_resource.update} if _resource.update else set())
    if _resource.read_only:
        declare(
            f"read_only_fields_ignored_{_resource.name}",
            partial(read_only_fields_ignored, resource=_resource),
            ("fields.read-only",),
            _ops,
            needs=_resource.all_needs,
        )
    if _resource.read_only & set(TIMESTAMPS):
        declare(
            f"server_sets_timestamps_{_resource.name}",
            partial(server_sets_timestamps, resource=_resource),
            ("fields.read-only",),
            _resource.crud,
            needs=_resource.all_needs,
        )
    if "lastModified" in _resource.read_only and _resource.update:
        declare(
            f"last_modified_moves_{_resource.name}",
            partial(last_modified_moves, resource=_resource),
            ("fields.last-modified",),
            _ops,
            needs=_resource.all_needs,
        )
    if _resource.erasable and _resource.update:
        declare(
            f"put_replaces_{_resource.name}",
            partial(put_replaces, resource=_resource),
            ("put.replaces",),
            _ops,
            needs=_resource.all_needs,
        )
    declare(
        f"schema_violations_are_422_{_resource.name}",
        partial(schema_violations_are_422, resource=_resource),
        ("errors.validation",),
        _resource.crud,
        needs=_resource.all_needs,
    )
