"""JSON Schema validators for documented responses that know our custom string formats."""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema_rs

from contract_tests import spec
from contract_tests.formats import FORMAT_VALIDATORS


@cache
def _build(operation_id: str, status: int) -> Any | None:
    schema = spec.by_id(operation_id).response_schema(status)
    if not isinstance(schema, dict):
        return None
    # Component `$ref`s resolve against the root, so the root carries the spec's components.
    root = {**schema, "components": spec.raw()["components"]}
    return jsonschema_rs.Draft202012Validator(
        root, validate_formats=True, formats=dict(FORMAT_VALIDATORS)
    )


def for_response(operation: spec.Operation, status: int) -> Any | None:
    return _build(operation.operation_id, status)
