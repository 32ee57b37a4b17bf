"""Secrets (`x-secret` in the spec) never come back: every answer shows `******`."""

from __future__ import annotations

from typing import Any

from schemathesis import Case, CheckContext, Response

from contract_tests import spec
from contract_tests.checks.base import operation_of, response_check, successful_json

MASK = "******"


def unmasked(document: Any, paths: tuple[tuple[str, ...], ...]) -> list[str]:
    """The secret paths of `document` that hold something other than the mask."""
    found = []
    for path in paths:
        value: Any = document
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        if value is not None and value != MASK:
            found.append(".".join(path))
    return found


def secret_paths_of_answer(operation: spec.Operation, status: int) -> tuple[tuple[str, ...], ...]:
    schema = operation.response_schema(status)
    if schema is None:
        return ()
    resolved = spec.resolve(schema)
    if resolved.get("type") == "array":
        return spec.secret_paths(resolved.get("items") or {})
    return spec.secret_paths(schema)


@response_check("secrets.masked")
def secrets_are_masked(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    operation = operation_of(case)
    body = successful_json(response, case)
    if operation is None or body is None:
        return None
    paths = secret_paths_of_answer(operation, response.status_code)
    if not paths:
        return None
    for document in body if isinstance(body, list) else [body]:
        leaked = unmasked(document, paths)
        if leaked:
            raise AssertionError(
                f"secret field(s) {', '.join(leaked)} came back unmasked (must read {MASK!r})"
            )
    return None
