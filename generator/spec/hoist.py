"""Lift shared inline schemas into named components.

openapi-python-client makes one model per inline schema per operation; a shape that is
shared (a response component used by many operations, or the same inline schema written
out in several operations) must become one named component so the client gets one class.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from generator.document import operations
from generator.errors import MergeConflict, SpecError
from generator.pointers import pointer

_STATUS_PREFIX = re.compile(r"^\d{3}[-_ ]*")


def hoist_shared_schemas(document: dict[str, Any]) -> list[str]:
    """Rewrite `document` in place; returns the names of the schemas it created."""
    created = _hoist_response_components(document)
    created += _hoist_repeated_inline(document)
    return sorted(created)


def component_name(response_name: str, schema: dict[str, Any]) -> str:
    """`title` wins; otherwise '401-unauthorized' becomes 'Unauthorized'."""
    if isinstance(schema.get("title"), str) and schema["title"].strip():
        return re.sub(r"\W+", "", schema["title"])
    words = re.split(r"[^A-Za-z0-9]+", _STATUS_PREFIX.sub("", response_name))
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def _is_model(schema: Any) -> bool:
    return isinstance(schema, dict) and "$ref" not in schema and "properties" in schema


def _install(document: dict[str, Any], name: str, schema: dict[str, Any], origin: str) -> str:
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    ref = pointer("components", "schemas", name)
    if name in schemas and schemas[name] != schema:
        raise MergeConflict(ref, ref, origin, "a hoisted schema would replace a different schema")
    schemas[name] = schema
    return ref


def _hoist_response_components(document: dict[str, Any]) -> list[str]:
    created: list[str] = []
    responses = document.get("components", {}).get("responses", {})
    for response_name, response in sorted(responses.items()):
        for media_type, media in sorted(response.get("content", {}).items()):
            schema = media.get("schema")
            if not _is_model(schema):
                continue
            name = component_name(response_name, schema)
            origin = pointer(
                "components", "responses", response_name, "content", media_type, "schema"
            )
            media["schema"] = {"$ref": _install(document, name, schema, origin)}
            created.append(name)
    return created


def _inline_media_schemas(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(pointer, media object) for every inline model in operations' bodies and responses."""
    found: list[tuple[str, dict[str, Any]]] = []
    for template, method, operation in operations(document):
        bodies = [("requestBody", operation.get("requestBody", {}))]
        bodies += [
            (f"responses/{code}", r) for code, r in sorted(operation.get("responses", {}).items())
        ]
        for label, holder in bodies:
            for media_type, media in sorted(holder.get("content", {}).items()):
                if _is_model(media.get("schema")):
                    where = pointer(
                        "paths", template, method, *label.split("/"), "content", media_type
                    )
                    found.append((where, media))
    return found


def _hoist_repeated_inline(document: dict[str, Any]) -> list[str]:
    groups: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for where, media in _inline_media_schemas(document):
        groups[json.dumps(media["schema"], sort_keys=True)].append((where, media))
    created: list[str] = []
    for places in groups.values():
        if len(places) < 2:
            continue
        schema = places[0][1]["schema"]
        if not schema.get("title"):
            listing = ", ".join(where for where, _ in places)
            raise SpecError(
                f"the same inline schema appears {len(places)} times ({listing}); give it a "
                "`title` in an overlay so it becomes one named component"
            )
        name = component_name("", schema)
        ref = _install(document, name, schema, places[0][0])
        for _, media in places:
            media["schema"] = {"$ref": ref}
        created.append(name)
    return created
