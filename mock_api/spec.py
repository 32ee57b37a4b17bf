"""Reading specs/openapi.json into the operation table the server is built from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import pointers

JSONObject = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

DEFAULT_SPEC_PATH = Path(__file__).resolve().parent.parent / "specs" / "openapi.json"


class SpecError(Exception):
    """The spec cannot drive the mock (unreadable, unresolvable reference, ...)."""


@dataclass(frozen=True, slots=True)
class OperationSpec:
    operation_id: str
    method: str
    path: str
    # Request body schema with every $ref inlined; None when the operation takes no body.
    body_schema: JSONObject | None
    body_required: bool
    statuses: frozenset[str]
    # (name, schema with $refs inlined, required) of each query parameter.
    query: tuple[tuple[str, JSONObject, bool], ...] = ()
    paging: str | None = None  # `x-paging`: "link", "createdAt", or None
    projection: bool = False  # `x-projection`: include / exclude apply
    # What the items of a list answer require: projection never removes these.
    item_required: frozenset[str] = frozenset()


def load_spec(path: Path | None = None) -> JSONObject:
    spec_path = path or DEFAULT_SPEC_PATH
    try:
        document = json.loads(spec_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SpecError(f"cannot read the OpenAPI document {spec_path}: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise SpecError(f"{spec_path} is not an OpenAPI document (no `paths` object)")
    return document


def resolve(document: JSONObject, node: Any, trail: tuple[str, ...] = ()) -> Any:
    """Inline every local `$ref` below `node`.

    The validators are compiled from self-contained schemas so that no reference has
    to be looked up while a request is validated.
    """
    if isinstance(node, list):
        return [resolve(document, item, trail) for item in node]
    if not isinstance(node, dict):
        return node
    reference = node.get("$ref")
    if isinstance(reference, str):
        if reference in trail:
            raise SpecError(f"recursive $ref {reference} is not supported by the mock")
        target = _pointer(document, reference)
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        resolved = resolve(document, target, (*trail, reference))
        if siblings and isinstance(resolved, dict):
            return {**resolved, **resolve(document, siblings, trail)}
        return resolved
    return {key: resolve(document, value, trail) for key, value in node.items()}


def _pointer(document: JSONObject, reference: str) -> Any:
    if not reference.startswith("#/"):
        raise SpecError(f"only local references are supported, got {reference}")
    try:
        return pointers.resolve(document, reference)
    except (KeyError, ValueError, IndexError):
        raise SpecError(f"unresolvable reference {reference}") from None


def operations(document: JSONObject) -> list[OperationSpec]:
    found: list[OperationSpec] = []
    for path, item in document["paths"].items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            operation_id = operation.get("operationId")
            if not isinstance(operation_id, str):
                raise SpecError(f"{method.upper()} {path} has no operationId")
            body_schema, body_required = _request_body(document, operation)
            found.append(
                OperationSpec(
                    operation_id=operation_id,
                    method=method.upper(),
                    path=path,
                    body_schema=body_schema,
                    body_required=body_required,
                    statuses=frozenset(str(code) for code in operation.get("responses", {})),
                    query=_query_parameters(document, item, operation),
                    paging=operation.get("x-paging"),
                    projection=operation.get("x-projection") is True,
                    item_required=_item_required(document, operation),
                )
            )
    return found


def _item_required(document: JSONObject, operation: JSONObject) -> frozenset[str]:
    response = resolve(document, operation.get("responses", {}).get("200", {}))
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    items = schema.get("items") if schema.get("type") == "array" else None
    if not isinstance(items, dict):
        return frozenset()
    return frozenset(str(name) for name in items.get("required", []))


def _query_parameters(
    document: JSONObject, item: JSONObject, operation: JSONObject
) -> tuple[tuple[str, JSONObject, bool], ...]:
    """The operation's query parameters; the path item's too, unless the operation
    overrides them (same name)."""
    found: dict[str, tuple[str, JSONObject, bool]] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve(document, raw)
        if parameter.get("in") == "query":
            name = str(parameter["name"])
            schema = parameter.get("schema", {})
            found[name] = (name, schema, bool(parameter.get("required", False)))
    return tuple(found.values())


def _request_body(document: JSONObject, operation: JSONObject) -> tuple[JSONObject | None, bool]:
    body = operation.get("requestBody")
    if body is None:
        return None, False
    body = resolve(document, body)
    content = body.get("content", {})
    media = content.get("application/json")
    if media is None:
        raise SpecError(f"{operation['operationId']}: only application/json bodies are supported")
    schema = media.get("schema", {})
    return schema, bool(body.get("required", False))
