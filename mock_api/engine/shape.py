"""What the spec says about a resource's documents: fields the server sets, secret fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mock_api.engine.secrets import SecretPath, secret_paths
from mock_api.spec import SpecError, resolve


@dataclass(frozen=True, slots=True)
class Shape:
    # Top-level properties marked readOnly: set by the server, kept by a PUT.
    read_only: frozenset[str]
    secrets: tuple[SecretPath, ...]

    @property
    def created_at(self) -> bool:
        return "createdAt" in self.read_only

    @property
    def last_modified(self) -> bool:
        return "lastModified" in self.read_only


def shape_of(document: dict[str, Any], schema_name: str) -> Shape:
    schema = document.get("components", {}).get("schemas", {}).get(schema_name)
    if not isinstance(schema, dict):
        raise SpecError(f"the spec has no schema {schema_name} for the mock's resource")
    resolved = resolve(document, schema)
    properties = resolved.get("properties") or {}
    read_only = frozenset(
        str(name)
        for name, prop in properties.items()
        if isinstance(prop, dict) and prop.get("readOnly") is True
    )
    return Shape(read_only, secret_paths(resolved))
