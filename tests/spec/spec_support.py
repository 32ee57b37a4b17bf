"""Small, self-written OpenAPI fragments for the spec pipeline tests.

A module of its own rather than conftest.py: `from conftest import ...` is ambiguous when
several test folders have a conftest.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Fixture API", "version": "2.0.0"},
    "servers": [{"url": "https://api.example.test"}],
    "security": [{"bearerAuth": []}],
    "tags": [{"name": "Things"}],
}

AUTH_RESPONSE: dict[str, Any] = {
    "description": "Unauthorized.",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["message"],
                "properties": {"message": {"type": "string"}},
            }
        }
    },
}

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["errors"],
    "properties": {
        "errors": {
            "type": "array",
            "items": {"type": "object", "properties": {"message": {"type": "string"}}},
        }
    },
}


def operation(operation_id: str, **extra: Any) -> dict[str, Any]:
    """A lint-clean operation: tag, summary, a 200 and the shared 401."""
    op: dict[str, Any] = {
        "operationId": operation_id,
        "tags": ["Things"],
        "summary": f"Do {operation_id}",
        "responses": {
            "200": {"description": "OK"},
            "401": {"$ref": "#/components/responses/401-unauthorized"},
        },
    }
    op.update(extra)
    return op


def fragment(paths: dict[str, Any], **components: dict[str, Any]) -> dict[str, Any]:
    """A self-contained fragment, repeating the shared components like the vendor page does."""
    shared: dict[str, dict[str, Any]] = {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "responses": {"401-unauthorized": copy.deepcopy(AUTH_RESPONSE)},
        "schemas": {"Error": copy.deepcopy(ERROR_SCHEMA)},
    }
    for kind, items in components.items():
        shared.setdefault(kind, {}).update(items)
    for template, item in paths.items():
        names = re.findall(r"\{([^}]+)\}", template)
        if names:
            item.setdefault(
                "parameters",
                [
                    {"name": n, "in": "path", "required": True, "schema": {"type": "string"}}
                    for n in names
                ],
            )
    return {
        "openapi": "3.1.0",
        "info": {"title": "Fragment", "version": "1"},
        "paths": paths,
        "components": shared,
    }


SourceWriter = Callable[..., Path]
