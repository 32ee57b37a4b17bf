"""Server-set fields and formats: never taken from the request, always well formed."""

from __future__ import annotations

from typing import Any

import jsonschema_rs
from schemathesis import Case, CheckContext, Response

from contract_tests import http, response_validators, spec
from contract_tests.checks.base import operation_of, response_check, successful_json

# Values the server stamps itself, so an answer equal to the one sent can only be an echo
# (unlike `handle` or `numInstalls`, which may coincide with what a client sends).
STAMPED_ON_WRITE = ("_id", "lastModified")
STAMPED_ON_CREATE = ("createdAt",)


@response_check("fields.read-only")
def read_only_fields_are_system_set(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """`_id`, `createdAt` and `lastModified` come from the server: never echoed from the body."""
    method = case.method.upper()
    if method not in {"POST", "PUT"} or not isinstance(case.body, dict):
        return None
    body = successful_json(response, case)
    if not isinstance(body, dict):
        return None
    stamped = STAMPED_ON_WRITE + (STAMPED_ON_CREATE if method == "POST" else ())
    for field in stamped:
        sent = case.body.get(field)
        if sent is not None and body.get(field) == sent:
            raise AssertionError(f"read-only `{field}` was taken from the request body: {sent!r}")
    operation = operation_of(case)
    if operation is None or method != "PUT" or not operation.operation_id.startswith("update"):
        return None
    path_ids = [name for name in operation.path_parameters if name.startswith("_")]
    schema = operation.response_schema(response.status_code)
    if not path_ids or "_id" not in spec.schema_properties(schema) or "_id" not in body:
        return None
    own_id = (case.path_parameters or {}).get(path_ids[-1])
    if body["_id"] != own_id:
        raise AssertionError(f"`_id` {body['_id']!r} differs from the path's {own_id!r}")
    return None


@response_check("openapi.schema", "fields.read-only")
def response_formats_conform(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Formats in documented responses hold, `objectId` included (jsonschema_rs skips unknown formats)."""
    if not http.body_bytes(response) or http.media_type(response) != "application/json":
        return None
    if not http.is_ours(case):
        return None
    operation = operation_of(case)
    if operation is None:
        return None
    validator = response_validators.for_response(operation, response.status_code)
    if validator is None:
        return None
    try:
        body = http.json_body(response)
    except http.NotJson:
        return None
    problems = [
        f"{'/' + '/'.join(map(str, error.instance_path))}: {error.message}"
        for error in validator.iter_errors(body)
        if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.Format)
    ]
    if problems:
        raise AssertionError("response value breaks its format: " + "; ".join(problems[:3]))
    return None


@response_check("openapi.links")
def read_answers_what_was_asked(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """A read by id answers that object, not another one."""
    operation = operation_of(case)
    if (
        case.method.upper() != "GET"
        or operation is None
        or not operation.operation_id.startswith("get")
    ):
        return None
    body = successful_json(response, case)
    path_ids = [name for name in operation.path_parameters if name.startswith("_")]
    if not isinstance(body, dict) or "_id" not in body or not path_ids:
        return None
    if "_id" not in spec.schema_properties(operation.response_schema(response.status_code)):
        return None
    asked = (case.path_parameters or {}).get(path_ids[-1])
    if body["_id"] != asked:
        raise AssertionError(f"asked for {asked!r}, the answer is {body['_id']!r}")
    return None
