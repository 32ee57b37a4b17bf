"""Read-only views of specs/openapi.json that the custom checks and tests need."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from contract_tests.settings import SPEC_PATH
from generator import pointers

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@cache
def raw() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def title() -> str:
    return str(raw()["info"]["title"])


def resolve(node: Any) -> Any:
    """Follow local `$ref`s until a concrete object."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            raise ValueError(f"unresolvable reference {ref!r}")
        seen.add(ref)
        node = pointers.resolve(raw(), ref)
    return node


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    definition: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def path_parameters(self) -> tuple[str, ...]:
        names = []
        for parameter in self.definition.get("parameters", []):
            resolved = resolve(parameter)
            if resolved.get("in") == "path":
                names.append(str(resolved["name"]))
        return tuple(names)

    @property
    def status_codes(self) -> tuple[str, ...]:
        return tuple(sorted(self.definition.get("responses", {})))

    def response_schema(self, status: int, media_type: str = "application/json") -> Any | None:
        responses = self.definition.get("responses", {})
        response = (
            responses.get(str(status))
            or responses.get(f"{str(status)[0]}XX")
            or responses.get("default")
        )
        if response is None:
            return None
        content = resolve(response).get("content") or {}
        media = content.get(media_type)
        if media is None:
            return None
        return media.get("schema")

    def request_schema(self) -> Any | None:
        body = self.definition.get("requestBody")
        if body is None:
            return None
        media = (resolve(body).get("content") or {}).get("application/json")
        return None if media is None else media.get("schema")


@cache
def operations() -> tuple[Operation, ...]:
    found = []
    for path, item in raw()["paths"].items():
        for method in HTTP_METHODS:
            definition = item.get(method)
            if definition is not None:
                definition = _with_path_level_parameters(item, definition)
                found.append(Operation(str(definition["operationId"]), method, path, definition))
    return tuple(sorted(found, key=lambda op: op.operation_id))


def _with_path_level_parameters(item: dict[str, Any], definition: dict[str, Any]) -> dict[str, Any]:
    """The operation with the path item's parameters it does not override, as OpenAPI says."""
    shared = item.get("parameters") or []
    if not shared:
        return definition
    own = definition.get("parameters") or []
    taken = {(resolve(p).get("in"), resolve(p).get("name")) for p in own}
    inherited = [p for p in shared if (resolve(p).get("in"), resolve(p).get("name")) not in taken]
    return {**definition, "parameters": [*inherited, *own]}


def by_label(label: str) -> Operation | None:
    for operation in operations():
        if operation.label == label:
            return operation
    return None


def by_id(operation_id: str) -> Operation:
    for operation in operations():
        if operation.operation_id == operation_id:
            return operation
    raise KeyError(operation_id)


def component_schemas() -> dict[str, Any]:
    return dict(raw()["components"]["schemas"])


def rate_limit() -> tuple[int, float]:
    """The documented bucket (`x-rate-limit` at the root): (requests deep, refilled per second)."""
    limit = raw().get("x-rate-limit") or {}
    return int(limit["bucketSize"]), float(limit["refillPerSecond"])


def paging(operation: Operation) -> str | None:
    """`link` (limit / skip / Link), `createdAt` (jobs) or None (one flat list)."""
    value = operation.definition.get("x-paging")
    return str(value) if value is not None else None


def projects(operation: Operation) -> bool:
    return operation.definition.get("x-projection") is True


def query_parameters(operation: Operation) -> dict[str, dict[str, Any]]:
    """Name -> resolved schema of each documented query parameter."""
    found = {}
    for parameter in operation.definition.get("parameters", []):
        resolved = resolve(parameter)
        if resolved.get("in") == "query":
            found[str(resolved["name"])] = resolve(resolved.get("schema") or {})
    return found


def list_item_schema(operation: Operation) -> dict[str, Any] | None:
    """The resolved item schema of a list answer (200 with an array), else None."""
    schema = operation.response_schema(200)
    if schema is None:
        return None
    schema = resolve(schema)
    if schema.get("type") != "array":
        return None
    item: dict[str, Any] = resolve(schema.get("items") or {})
    return item


def required_fields(schema: dict[str, Any] | None) -> frozenset[str]:
    if not schema:
        return frozenset()
    return frozenset(str(name) for name in resolve(schema).get("required", []))


def secret_paths(schema: Any) -> tuple[tuple[str, ...], ...]:
    """Dot paths of the properties marked `x-secret` under `schema` (arrays are not entered:
    no secret lives in one)."""
    found: list[tuple[str, ...]] = []

    def walk(node: Any, prefix: tuple[str, ...], seen: frozenset[str]) -> None:
        if isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                return
            seen = seen | {ref}
        node = resolve(node)
        if not isinstance(node, dict):
            return
        if node.get("x-secret") is True and prefix:
            found.append(prefix)
        for name, child in (node.get("properties") or {}).items():
            walk(child, (*prefix, str(name)), seen)

    walk(schema, (), frozenset())
    return tuple(found)


def read_only_fields(schema: Any) -> frozenset[str]:
    """Top-level properties the schema marks `readOnly`."""
    node = resolve(schema) if schema is not None else {}
    return frozenset(
        str(name)
        for name, prop in (node.get("properties") or {}).items()
        if isinstance(resolve(prop), dict) and resolve(prop).get("readOnly") is True
    )


def schema_properties(schema: Any) -> dict[str, Any]:
    node = resolve(schema) if schema is not None else {}
    return {str(name): resolve(prop) for name, prop in (node.get("properties") or {}).items()}
