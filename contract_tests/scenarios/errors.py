"""404 for ids the account does not have, 400 for bodies that are not JSON, and the order of
the two and of the body's own checks."""

from __future__ import annotations

from typing import Any

from contract_tests import spec
from contract_tests.scenarios.base import (
    UNKNOWN_ID,
    declare,
    described,
    error_codes,
    error_fields,
)
from contract_tests.scenarios.fixtures import Fixtures
from contract_tests.session import Session

MALFORMED = b'{"name": "unterminated'


def unknown_id_is_404(s: Session) -> None:
    fixtures = Fixtures(s)
    for operation in s.operations():
        ids = [name for name in operation.path_parameters if name.startswith("_")]
        if not ids:
            continue
        # The innermost id is unknown; its parents exist, so the 404 is about the right object.
        path = fixtures.path(operation, unknown=frozenset({ids[-1]}))
        response = s.send(operation.operation_id, path=path, body=fixtures.body(operation))
        s.expect(
            response.status_code == 404 and "invalid_ref" in error_codes(response),
            f"unknown {ids[-1]}: expected 404 invalid_ref, got {described(response)}",
            response,
            operation.operation_id,
        )


def malformed_json_is_400(s: Session) -> None:
    fixtures = Fixtures(s)
    for operation in s.operations():
        # Every operation that documents a 400, with a body or without: a JSON body parser
        # runs before the routes. Elsewhere a 400 would be an undocumented status.
        if "400" not in operation.status_codes:
            continue
        response = s.send(operation.operation_id, path=fixtures.path(operation), raw_body=MALFORMED)
        s.expect(
            response.status_code == 400 and "malformed_json" in error_codes(response),
            f"a body that is not JSON: expected 400 malformed_json, got {described(response)}",
            response,
            operation.operation_id,
        )


def invalid_body(operation: spec.Operation) -> Any | None:
    """A well-formed body the operation's schema refuses: without its required fields, or not
    an object at all; None when the schema takes any JSON."""
    schema = operation.request_schema()
    if schema is None or spec.resolve(schema).get("type") != "object":
        return None
    return {} if spec.required_fields(schema) else []


# A value of another JSON type than the one a property declares.
WRONG_TYPE: dict[str, Any] = {
    "string": 12345,
    "integer": "not a number",
    "number": "not a number",
    "boolean": "not a boolean",
    "array": "not an array",
    "object": "not an object",
}


def wrong_typed(operation: spec.Operation) -> tuple[str, Any] | None:
    """A writable property of the operation's body and a value of the wrong type for it."""
    schema = operation.request_schema()
    read_only = spec.read_only_fields(schema)
    for name, prop in sorted(spec.schema_properties(schema).items()):
        kind = prop.get("type")
        if name not in read_only and isinstance(kind, str) and kind in WRONG_TYPE:
            return name, WRONG_TYPE[kind]
    return None


def refused_bodies_are_named(s: Session) -> None:
    """On every operation that takes an object, at a path that exists: a body without its
    required fields, or with a property of the wrong type (or no object at all), is refused
    with the field at fault: 422, or 400 where the operation documents no 422."""
    fixtures = Fixtures(s)
    for operation in s.operations():
        body = invalid_body(operation)
        if body is None:
            continue
        status = 422 if "422" in operation.status_codes else 400
        wrong = wrong_typed(operation)
        required = sorted(spec.required_fields(operation.request_schema()))
        if required:
            field: str | None = required[0]
            valid = fixtures.body(operation)
            body = {k: v for k, v in valid.items() if k != field} if isinstance(valid, dict) else {}
        elif wrong is not None:
            field, value = wrong
            body = {field: value}
        else:
            field = None
        response = s.send(operation.operation_id, path=fixtures.path(operation), body=body)
        fixtures.adopt(operation, response)
        fields = error_fields(response)
        s.expect(
            response.status_code == status
            and bool({"missing_required_field", "invalid_field"} & set(error_codes(response)))
            and (field is None or field in fields),
            f"a body the schema refuses ({body!r:.80}): expected {status} naming "
            f"{field or 'the body'}, got {described(response)} fields {fields}",
            response,
            operation.operation_id,
        )


# Fields that refer to another resource, per update: a rule checked after the lookup.
REFERRING_UPDATES = {
    "updateConnection": "_iClientId",
    "updateExport": "_connectionId",
    "updateImport": "_connectionId",
    "updateFlow": "_exportId",
}


def errors_come_in_order(s: Session) -> None:
    """400 for a malformed body before 404 for an unknown path, and 404 before anything about
    the body (422, or 400 where the operation documents no 422). Sent only with unknown ids,
    so nothing changes."""
    fixtures = Fixtures(s)
    for operation in s.operations():
        ids = [name for name in operation.path_parameters if name.startswith("_")]
        if operation.request_schema() is None or not ids or "404" not in operation.status_codes:
            continue
        path = fixtures.path(operation, unknown=frozenset({ids[-1]}))
        if "400" in operation.status_codes:
            response = s.send(operation.operation_id, path=path, raw_body=MALFORMED)
            s.expect(
                response.status_code == 400 and "malformed_json" in error_codes(response),
                f"a malformed body and an unknown {ids[-1]}: the body is read first, expected "
                f"400 malformed_json, got {described(response)}",
                response,
                operation.operation_id,
            )
        bodies = [("a body the schema refuses", invalid_body(operation))]
        if operation.operation_id in REFERRING_UPDATES:
            reference = REFERRING_UPDATES[operation.operation_id]
            valid = fixtures.body(operation)
            bodies.append(
                (f"a body naming an unknown {reference}", {**valid, reference: UNKNOWN_ID})
            )
        for what, body in bodies:
            if body is None:
                continue
            response = s.send(operation.operation_id, path=path, body=body)
            s.expect(
                response.status_code == 404 and "invalid_ref" in error_codes(response),
                f"{what} and an unknown {ids[-1]}: the path is looked up before the body is "
                f"checked, expected 404 invalid_ref, got {described(response)}",
                response,
                operation.operation_id,
            )


declare("unknown_id_is_404", unknown_id_is_404, ("errors.not-found",), None)
declare("errors_come_in_order", errors_come_in_order, ("errors.order",), None)
declare("refused_bodies_are_named", refused_bodies_are_named, ("errors.validation",), None)
declare("malformed_json_is_400", malformed_json_is_400, ("errors.malformed-json",), None)
