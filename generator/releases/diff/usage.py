"""Which operations use each component schema, in requests and in responses.

A change to a shared schema is reported once, at the component, with the rules of every
direction it is used in and the list of operations it reaches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.document import operations, path_item
from generator.pointers import deref
from generator.releases.diff.schemas import Direction

_SCHEMAS = "#/components/schemas/"


@dataclass
class Usage:
    directions: set[Direction] = field(default_factory=set)
    operations: set[str] = field(default_factory=set)


def operation_name(template: str, method: str) -> str:
    return f"{method.upper()} {template}"


def component_usage(document: dict[str, Any]) -> dict[str, Usage]:
    usage: dict[str, Usage] = defaultdict(Usage)
    for template, method, operation in operations(document):
        name = operation_name(template, method)
        for direction, schema in _schemas_of(document, template, operation):
            for component in _components_reached(document, schema):
                usage[component].directions.add(direction)
                usage[component].operations.add(name)
    return dict(usage)


def _schemas_of(
    document: dict[str, Any], template: str, operation: dict[str, Any]
) -> Iterator[tuple[Direction, Any]]:
    item = path_item(document, template)
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        resolved = deref(document, parameter)
        if isinstance(resolved, dict):
            yield Direction.REQUEST, resolved.get("schema")
    body = deref(document, operation.get("requestBody"))
    if isinstance(body, dict):
        for media in (body.get("content") or {}).values():
            yield Direction.REQUEST, media.get("schema")
    for response in (operation.get("responses") or {}).values():
        resolved = deref(document, response)
        if isinstance(resolved, dict):
            for media in (resolved.get("content") or {}).values():
                yield Direction.RESPONSE, media.get("schema")


def _components_reached(document: dict[str, Any], schema: Any) -> set[str]:
    reached: set[str] = set()
    pending = [schema]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_SCHEMAS):
                name = ref[len(_SCHEMAS) :]
                if name not in reached:
                    reached.add(name)
                    pending.append(document.get("components", {}).get("schemas", {}).get(name))
            pending.extend(v for k, v in node.items() if k != "$ref")
    return reached
