"""Walking an OpenAPI document: its operations and their parameters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.pointers import deref

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PARAMETER = re.compile(r"\{[^}/]*\}")


def path_item(document: dict[str, Any], template: str) -> dict[str, Any]:
    """The path item of `template`, following a `$ref` to another one."""
    item = deref(document, document["paths"][template])
    return item if isinstance(item, dict) else {}


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path template, method, operation) for every operation, sorted by template."""
    for template in sorted(document.get("paths") or {}):
        item = path_item(document, template)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield template, method, item[method]


def parameters(document: dict[str, Any], template: str, method: str) -> list[dict[str, Any]]:
    """The operation's parameters, resolved: the path item's, overridden by the operation's
    own where both name the same (location, name)."""
    item = path_item(document, template)
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*item.get("parameters", []), *item[method].get("parameters", [])]:
        parameter = deref(document, raw)
        merged[(parameter["in"], parameter["name"])] = parameter
    return list(merged.values())


def anonymous_path(template: str) -> str:
    """`/a/{x}/b` -> `/a/{}/b`: templates that differ only in parameter names compare equal."""
    return _PARAMETER.sub("{}", template)
