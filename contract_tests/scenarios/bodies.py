"""Request bodies an operation accepts: the spec's own example, or the smallest valid instance."""

from __future__ import annotations

from typing import Any

from contract_tests import spec

# Values for the smallest instance of a schema, by JSON type.
DEFAULTS: dict[str, Any] = {
    "string": "contract",
    "integer": 1,
    "number": 1,
    "boolean": False,
    "array": [],
    "object": {},
}
FORMATS = {
    "objectId": "0123456789abcdef01234567",
    "date-time": "2030-01-01T00:00:00.000Z",
    "email": "someone@example.com",
    "uri": "https://example.com/",
}


def minimal(schema: Any) -> Any:
    """The smallest instance of `schema`: its required properties, each as small as it can be."""
    node = spec.resolve(schema) if schema is not None else {}
    if not isinstance(node, dict):
        return {}
    if "enum" in node:
        return node["enum"][0]
    for combinator in ("oneOf", "anyOf"):
        if node.get(combinator):
            return minimal(node[combinator][0])
    kind = node.get("type", "object")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "object")
    if kind == "string" and node.get("format") in FORMATS:
        return FORMATS[node["format"]]
    if kind == "object":
        properties = node.get("properties") or {}
        return {name: minimal(properties.get(name)) for name in node.get("required", [])}
    if kind == "integer" and "minimum" in node:
        return max(1, int(node["minimum"]))
    return DEFAULTS.get(str(kind), {})


def example(operation: spec.Operation) -> Any | None:
    body = operation.definition.get("requestBody")
    if body is None:
        return None
    media = (spec.resolve(body).get("content") or {}).get("application/json") or {}
    if "example" in media:
        return media["example"]
    for item in (media.get("examples") or {}).values():
        resolved = spec.resolve(item)
        if "value" in resolved:
            return resolved["value"]
    return None


def valid_body(operation: spec.Operation) -> Any | None:
    """A body the operation accepts (None when it takes none)."""
    if operation.request_schema() is None:
        return None
    found = example(operation)
    return found if found is not None else minimal(operation.request_schema())
